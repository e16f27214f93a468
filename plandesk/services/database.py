"""Which database a workspace uses (its own SQLite file, or a PostgreSQL server shared by
several PCs), at which schema, who backs it up; and remembering a server in the workspace
folder so that every PC opening the folder (the window too) uses it."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from plandesk.domain.messages import TEXTS, Message, msg
from plandesk.storage.engine import current_revision, head_revision
from plandesk.storage.workspace import DATABASE_SETTING, Workspace, database_setting, write_database_setting

from .errors import InvalidInput, ServiceError

SERVER_BACKUPS_CODE = "database.server_backups"
SERVER_BACKUPS = TEXTS[SERVER_BACKUPS_CODE]


@dataclass(frozen=True)
class DatabaseInfo:
    shared: bool              # on a PostgreSQL server
    where: str                # in the user's words, never with a password
    revision: str | None
    head: str
    setting: Path | None      # the workspace's database.txt, when it names a server
    backups: str              # who backs the data up
    evidence: Path            # the folder of the evidence files


class DatabaseService:
    def __init__(self, workspace: Workspace):
        self.ws = workspace

    def info(self) -> DatabaseInfo:
        setting = self.ws.root / DATABASE_SETTING
        backups = SERVER_BACKUPS if self.ws.shared else (
            f"Tự động sao lưu vào '{self.ws.backups_dir}' khi mở và ít nhất mỗi ngày; sao lưu đầy đủ bằng "
            "'plandesk backup'.")
        return DatabaseInfo(self.ws.shared, self.ws.database_label, current_revision(self.ws.engine),
                            head_revision(), setting if database_setting(self.ws.root) else None, backups,
                            self.ws.store.root)

    def remember(self) -> Path:
        """Write the server's URL (without its password) into the workspace's database.txt."""
        if self.ws.database_url is None:
            raise InvalidInput(msg("database.no_server_to_remember"))
        try:
            return write_database_setting(self.ws.root, self.ws.database_url)
        except OSError as exc:
            raise ServiceError(msg("export.cannot_write", file=str(self.ws.root / DATABASE_SETTING),
                                   reason=exc.strerror or str(exc))) from exc


def refuse_on_server(workspace: Workspace, what: Message) -> None:
    """ServiceError saying why ``what`` cannot be done on a shared server database, and what to do."""
    if workspace.shared:
        raise ServiceError(msg("database.refused_on_server", action=what, backups=msg(SERVER_BACKUPS_CODE)))
