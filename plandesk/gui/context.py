"""What every screen shares: the services, the task runner, the open dossier, and the one
app-level signal set that says what changed after a write (views refresh themselves)."""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QObject, QSettings, Signal

from plandesk.services import Services

from .tasks import TaskRunner


class AppSignals(QObject):
    dossier_opened = Signal(int)            # a dossier was opened (or reopened)
    assessment_changed = Signal(str)        # one criterion changed (its code)
    evidence_changed = Signal()             # documents or their links changed
    council_changed = Signal()
    settings_changed = Signal()
    saving = Signal(bool)                   # a write is in progress


class AppContext:
    def __init__(self, services: Services, settings: QSettings, synchronous: bool = False,
                 reopen: Callable[[Path], Services] | None = None):
        self.services = services
        self.reopen = reopen  # opens another workspace folder (None: switching is not offered)
        self.settings = settings
        self.signals = AppSignals()
        self.runner = TaskRunner(synchronous=synchronous)
        self.runner.busy_changed.connect(self.signals.saving)
        self.dossier_id: int | None = None
        self.read_only = False  # a dossier opened for review: only the review fields are written

    @property
    def workspace_key(self) -> str:
        return str(self.services.workspace.root.resolve())

    def remember_dossier(self, dossier_id: int) -> None:
        self.settings.setValue(f"last_dossier/{self.workspace_key}", dossier_id)

    def last_dossier(self) -> int | None:
        value = self.settings.value(f"last_dossier/{self.workspace_key}")
        try:
            return int(value) if value is not None else None
        except (TypeError, ValueError):
            return None
