"""The use cases, in plain Python, that the GUI and the command line both call.

:meth:`Services.build` is the one place a service is made: the window, the command line and
the self-test all take theirs from it, so they share one ``DossierService`` (one cache of
parsed frameworks) and one identity. The services whose modules are heavy to import (the
documents with reportlab, the spreadsheets with openpyxl) are made on first use, off the
window's first paint."""
from __future__ import annotations

import importlib
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar, overload

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


class _MadeOnFirstUse(Generic[_T]):
    """A service of :class:`Services` whose module is heavy to import: the class ``name`` of
    ``services.<module>``, made with ``args(services)`` the first time it is asked for (by
    whichever thread asks first) and kept."""

    def __init__(self, module: str, name: str, args: Callable[[Services], tuple[Any, ...]]) -> None:
        self.module, self.name, self.args = module, name, args

    def __set_name__(self, owner: type, attribute: str) -> None:
        self.attribute = attribute

    def made_class(self) -> type[_T]:
        made: type[_T] = getattr(importlib.import_module(f"{__name__}.{self.module}"), self.name)
        return made

    @overload
    def __get__(self, services: None, owner: type) -> _MadeOnFirstUse[_T]: ...
    @overload
    def __get__(self, services: Services, owner: type) -> _T: ...

    def __get__(self, services: Services | None, owner: type) -> _MadeOnFirstUse[_T] | _T:
        if services is None:
            return self
        return services._once(self.attribute, lambda: self.made_class()(*self.args(services)))


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

    # made on first use: their modules import the renderers (reportlab…) or openpyxl
    export: ClassVar[_MadeOnFirstUse[ExportService]] = _MadeOnFirstUse(      # build, render, preview, export
        "export", "ExportService", lambda s: (s.dossiers, s.evidence))
    issued: ClassVar[_MadeOnFirstUse[IssueService]] = _MadeOnFirstUse(        # documents kept as issued
        "issued", "IssueService", lambda s: (s.export,))
    preflight: ClassVar[_MadeOnFirstUse[PreflightService]] = _MadeOnFirstUse(  # the pre-submission check
        "preflight", "PreflightService", lambda s: (s.export, s.issued))
    spreadsheets: ClassVar[_MadeOnFirstUse[SpreadsheetService]] = _MadeOnFirstUse(  # council, assignments
        "spreadsheets", "SpreadsheetService", lambda s: (s.dossiers,))

    def close(self) -> None:
        self.workspace.close()
