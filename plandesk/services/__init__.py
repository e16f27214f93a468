"""The use cases, in plain Python, that the GUI and the command line both call."""
from __future__ import annotations

from dataclasses import dataclass

from plandesk.storage.workspace import Workspace

from .access import AccessDenied, DossierSealed, Identity
from .accounts import AccountService
from .backup import BackupService
from .database import DatabaseService
from .dossiers import DossierService
from .errors import InvalidInput, NotFound, ServiceError
from .evidence import EvidenceService
from .evidence_text import EvidenceTextService
from .frameworks import FrameworkService
from .integrity import IntegrityService
from .rollup import RollupService
from .seals import SealService
from .transfer import TransferService

__all__ = ["Services", "ServiceError", "InvalidInput", "NotFound", "AccessDenied", "DossierSealed", "Identity"]


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
    accounts: AccountService
    seals: SealService
    identity: Identity

    @classmethod
    def build(cls, workspace: Workspace, user: str | Identity = "") -> Services:
        """All the use cases over one workspace, acting for one identity (shared: signing in
        through ``accounts`` changes who acts for every service)."""
        identity = Identity.of(user)
        dossiers = DossierService(workspace, identity)
        return cls(workspace, FrameworkService(workspace), dossiers,
                   EvidenceService(workspace, identity), IntegrityService(workspace, identity),
                   TransferService(workspace, identity, dossiers.forget_framework), RollupService(workspace),
                   BackupService(workspace, identity), AccountService(workspace, identity),
                   SealService(workspace, identity), identity)

    @property
    def evidence_text(self) -> EvidenceTextService:
        """Reading documents: text, search, OCR, metadata read from the first page, criteria suggestions."""
        return self.evidence.text

    @property
    def database(self) -> DatabaseService:
        """Which database the workspace uses (a file or a shared server) and remembering a server."""
        return DatabaseService(self.workspace)

    def close(self) -> None:
        self.workspace.close()
