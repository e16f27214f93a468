"""The use cases, in plain Python, that the GUI and the command line both call."""
from __future__ import annotations

from dataclasses import dataclass

from plandesk.storage.workspace import Workspace

from .backup import BackupService
from .dossiers import DossierService
from .errors import InvalidInput, NotFound, ServiceError
from .evidence import EvidenceService
from .evidence_text import EvidenceTextService
from .frameworks import FrameworkService
from .integrity import IntegrityService
from .rollup import RollupService
from .transfer import TransferService

__all__ = ["Services", "ServiceError", "InvalidInput", "NotFound"]


@dataclass
class Services:
    workspace: Workspace
    frameworks: FrameworkService
    dossiers: DossierService
    evidence: EvidenceService
    integrity: IntegrityService
    transfer: TransferService
    rollup: RollupService
    backup: BackupService

    @classmethod
    def build(cls, workspace: Workspace, user: str = "") -> "Services":
        dossiers = DossierService(workspace, user)
        return cls(workspace, FrameworkService(workspace), dossiers,
                   EvidenceService(workspace, user), IntegrityService(workspace, user),
                   TransferService(workspace, user, dossiers.forget_framework), RollupService(workspace),
                   BackupService(workspace, user))

    @property
    def evidence_text(self) -> EvidenceTextService:
        """Reading documents: text, search, OCR, metadata read from the first page, criteria suggestions."""
        return self.evidence.text

    def close(self) -> None:
        self.workspace.close()
