"""What every screen shares: the services, the task runner (every read and write of the
dossier goes through it, off the GUI thread), the open dossier, and the one app-level signal
set that says what changed after a write (views refresh themselves)."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal

from plandesk.domain.dossier import DossierInfo
from plandesk.services import Services

from .preferences import Preferences
from .tasks import TaskRunner


class AppSignals(QObject):
    dossier_opened = Signal(int)            # a dossier was opened (or reopened)
    assessment_changed = Signal(str)        # one criterion changed (its code)
    evidence_changed = Signal()             # documents or their links changed
    council_changed = Signal()
    settings_changed = Signal()
    saving = Signal(bool)                   # a write is in progress
    save_refused = Signal(str)              # a change was refused (where the officer no longer looks)
    role_changed = Signal()                 # this PC's role (commune / approving body) changed


class AppContext:
    def __init__(self, services: Services, settings: QSettings | Preferences, synchronous: bool = False,
                 reopen: Callable[[Path], Services] | None = None):
        self.services = services
        self.reopen = reopen  # opens another workspace folder (None: switching is not offered)
        self.settings = settings
        self.signals = AppSignals()
        self.runner = TaskRunner(synchronous=synchronous)
        self.runner.busy_changed.connect(self.signals.saving)
        self.dossier_id: int | None = None
        self.dossier: DossierInfo | None = None  # the open dossier's unit and year (read when opened)
        self.read_only = False  # a dossier opened for review: only the review fields are written
        self.codes: list[str] = []  # the open dossier's criteria, in order
        self.several_units = False  # the workspace holds several communes' dossiers (read at start)

    # -- this PC's role: the commune that builds dossiers, or the approving body that reviews them
    ROLE_COMMUNE, ROLE_REVIEWER = "xa", "tham_dinh"

    @property
    def role(self) -> str:
        """The role chosen in Thiết lập; until then, the approving body's when the workspace
        holds the dossiers of several communes (guessed at start), else the commune's."""
        chosen = str(self.settings.value("role", "") or "")
        if chosen in (self.ROLE_COMMUNE, self.ROLE_REVIEWER):
            return chosen
        return self.ROLE_REVIEWER if self.several_units else self.ROLE_COMMUNE

    @property
    def reviewer(self) -> bool:
        return self.role == self.ROLE_REVIEWER

    def set_role(self, role: str) -> None:
        self.settings.setValue("role", role)
        self.signals.role_changed.emit()

    @property
    def workspace_key(self) -> str:
        return str(self.services.folder.root.resolve())

    def remember_dossier(self, dossier_id: int) -> None:
        self.settings.setValue(f"last_dossier/{self.workspace_key}", dossier_id)

    def last_dossier(self) -> int | None:
        value = self.settings.value(f"last_dossier/{self.workspace_key}")
        try:
            return int(value) if value is not None else None
        except (TypeError, ValueError):
            return None
