"""The use cases, in plain Python, that the GUI and the command line both call.

:meth:`Services.build` is the one place a service is made: the window, the command line and
the self-test all take theirs from it, so they share one ``DossierService`` (one cache of
parsed frameworks) and one identity. The services whose modules are heavy to import (the
documents with reportlab, the spreadsheets with openpyxl) are made on first use, off the
window's first paint."""
from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

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
from .workspace import WorkspaceService

if TYPE_CHECKING:
    from .export import ExportService
    from .issued import IssueService
    from .preflight import PreflightService
    from .spreadsheets import SpreadsheetService

_T = TypeVar("_T")

__all__ = ["Services", "ServiceError", "InvalidInput", "NotFound", "AccessDenied", "DossierSealed", "Identity"]


@dataclass
class Services:
    workspace: Workspace          # the storage object: for the composition root and tests, not the window
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
    database: DatabaseService     # which database the workspace uses; remembering a server
    folder: WorkspaceService      # the workspace folder: where, what kind of drive, moving it
    _made: dict[str, Any] = field(default_factory=dict, repr=False)
    _lock: Any = field(default_factory=threading.RLock, repr=False)

    @classmethod
    def build(cls, workspace: Workspace, user: str | Identity = "") -> Services:
        """All the use cases over one workspace, acting for one identity (shared: signing in
        through ``accounts`` changes who acts for every service)."""
        identity = Identity.of(user)
        dossiers = DossierService(workspace, identity)
        evidence = EvidenceService(workspace, identity, dossiers.framework)
        transfer = TransferService(workspace, identity, dossiers, lambda: services.export)
        services = cls(workspace, FrameworkService(workspace), dossiers, evidence,
                       IntegrityService(workspace, identity), transfer, RollupService(workspace),
                       BackupService(workspace, identity, dossiers), AccountService(workspace, identity),
                       SealService(workspace, identity), identity, DatabaseService(workspace),
                       WorkspaceService(workspace))
        return services

    def _once(self, name: str, make: Callable[[], _T]) -> _T:
        # made by whichever thread asks first (the window's tasks run on worker threads)
        with self._lock:
            if name not in self._made:
                self._made[name] = make()
            made: _T = self._made[name]
            return made

    @property
    def evidence_text(self) -> EvidenceTextService:
        """Reading documents: text, search, OCR, metadata read from the first page, criteria suggestions."""
        return self.evidence.text

    @property
    def export(self) -> ExportService:
        """The documents: build, render, preview, export (imports the renderers on first use)."""
        def make() -> ExportService:
            from .export import ExportService

            return ExportService(self.dossiers, self.evidence)
        return self._once("export", make)

    @property
    def issued(self) -> IssueService:
        """Documents kept as issued (number, date, version) and whether the dossier changed since."""
        def make() -> IssueService:
            from .issued import IssueService

            return IssueService(self.export)
        return self._once("issued", make)

    @property
    def preflight(self) -> PreflightService:
        """The pre-submission check."""
        def make() -> PreflightService:
            from .preflight import PreflightService

            return PreflightService(self.export, self.issued)
        return self._once("preflight", make)

    @property
    def spreadsheets(self) -> SpreadsheetService:
        """The council and the assignment table from Excel (imports openpyxl on first use)."""
        def make() -> SpreadsheetService:
            from .spreadsheets import SpreadsheetService

            return SpreadsheetService(self.dossiers)
        return self._once("spreadsheets", make)

    def close(self) -> None:
        self.workspace.close()
