"""Which database a workspace uses (its own SQLite file, or a PostgreSQL server shared by
several PCs), at which schema, who backs it up; and remembering a server in the workspace
folder so that every PC opening the folder (the window too) uses it."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from plandesk.storage.engine import current_revision, head_revision
from plandesk.storage.workspace import DATABASE_SETTING, Workspace, database_setting, write_database_setting

from .errors import InvalidInput, ServiceError

SERVER_BACKUPS = ("Cơ sở dữ liệu nằm trên máy chủ PostgreSQL: PlanDesk không sao lưu hay khôi phục được nó. Hãy để "
                  "người quản trị máy chủ sao lưu định kỳ bằng pg_dump (khôi phục bằng pg_restore), và chép thư mục "
                  "minh chứng (evidence/) của thư mục làm việc dùng chung cùng lúc.")


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
            raise InvalidInput("Thư mục làm việc này đang dùng tệp cơ sở dữ liệu riêng; hãy chỉ định máy chủ bằng "
                               "--database postgresql://… rồi chạy lại lệnh.")
        try:
            return write_database_setting(self.ws.root, self.ws.database_url)
        except OSError as exc:
            raise ServiceError(f"Không ghi được tệp '{self.ws.root / DATABASE_SETTING}': {exc.strerror or exc}.") \
                from exc


def refuse_on_server(workspace: Workspace, what: str) -> None:
    """ServiceError saying why ``what`` cannot be done on a shared server database, and what to do."""
    if workspace.shared:
        raise ServiceError(f"Không thể {what}: {SERVER_BACKUPS}")
