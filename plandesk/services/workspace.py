"""Use cases on the workspace folder itself, for the window: where it is and on what kind of
drive, what its opening noted (an automatic backup that failed, a shared server upgraded),
the default folder for a dossier's exported files, an output path checked against the
workspace's own files, and moving the workspace to another folder (copy, verify; the window
then switches to the copy). The window asks these instead of reading the storage layer."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from plandesk.domain.messages import Message, msg
from plandesk.storage import location
from plandesk.storage.engine import ServerTrouble
from plandesk.storage.workspace import DamagedDatabase, Workspace

from .database import refuse_on_server
from .errors import ServiceError
from .outputs import checked_output

Report = Callable[[int, int, str], None]

# what opening a workspace (DamagedDatabase: offer its newest good backup) or reaching its
# shared server (ServerTrouble: busy or out of reach, nothing written) raises, for the window
__all__ = ["WorkspaceService", "MoveFailed", "DamagedDatabase", "ServerTrouble", "LOCAL", "REMOVABLE", "NETWORK"]

# what storage_kind says
LOCAL, REMOVABLE, NETWORK = location.LOCAL, location.REMOVABLE, location.NETWORK
EXPORT_FOLDER = "xuat-van-ban"


class MoveFailed(ServiceError):
    """The workspace could not be copied to the new folder; the current one is unchanged."""


class WorkspaceService:
    def __init__(self, workspace: Workspace):
        self.ws = workspace

    # -- what the window shows (attributes read at opening: no database statement) ----------------
    @property
    def root(self) -> Path:
        return self.ws.root

    @property
    def shared(self) -> bool:
        """The database is on a shared PostgreSQL server."""
        return self.ws.shared

    @property
    def database_label(self) -> str:
        return self.ws.database_label

    @property
    def backup_warning(self) -> Message | str | None:
        """Why the automatic backup made at opening failed, if it did."""
        return getattr(self.ws, "backup_warning", None)

    @property
    def upgrade_note(self) -> Message | None:
        """A shared server's schema upgraded at opening: whose backups apply."""
        return getattr(self.ws, "upgrade_note", None)

    def storage_kind(self) -> str:
        """LOCAL, REMOVABLE (a USB stick) or NETWORK (a mapped drive or a share)."""
        return location.storage_kind(self.ws.root)

    # -- outputs ------------------------------------------------------------------------------------
    def export_dir(self, name: str) -> Path:
        """The default folder of a dossier's exported documents (``name``: a safe file name)."""
        return self.ws.root / EXPORT_FOLDER / name

    def checked_output(self, path: Path) -> Path:
        """``path`` made absolute, or ServiceError when it would write over the workspace's own files."""
        return checked_output(Path(path), self.ws.root)

    # -- moving -------------------------------------------------------------------------------------
    def move(self, target: Path, report: Report | None = None,
             is_cancelled: Callable[[], bool] | None = None) -> Path:
        """Copy the workspace into ``target`` (an empty or new folder) and verify the copy; this
        workspace is left as it was. The caller opens the copy (the window switches to it)."""
        refuse_on_server(self.ws, msg("database.action_move"))
        target = Path(target)
        try:
            location.copy_workspace(self.ws.root, target, report, is_cancelled)
        except location.MoveError as exc:
            raise MoveFailed(exc) from exc
        return target
