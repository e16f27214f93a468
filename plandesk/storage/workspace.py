"""The workspace folder: ``plandesk.sqlite``, ``evidence/``, ``frameworks/``, ``backups/``.

Opening creates what is missing, migrates the database (backing it up first) and loads the
frameworks. Nothing here knows about the GUI or the command line."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from plandesk import paths

from .engine import SchemaError, inspect_database, make_engine, make_session_factory, migrate
from .evidence_store import EvidenceStore
from .frameworks import FrameworkCatalog, load_catalog

DB_NAME = "plandesk.sqlite"


class WorkspaceError(Exception):
    pass


@dataclass
class Workspace:
    root: Path
    engine: Engine
    sessions: sessionmaker[Session]
    store: EvidenceStore
    catalog: FrameworkCatalog
    upgrade_backup: str | None = None

    @property
    def db_path(self) -> Path:
        return self.root / DB_NAME

    @property
    def frameworks_dir(self) -> Path:
        return self.root / "frameworks"

    @property
    def backups_dir(self) -> Path:
        return self.root / "backups"

    def reload_frameworks(self) -> FrameworkCatalog:
        self.catalog = load_catalog(paths.frameworks_dir(), self.frameworks_dir)
        return self.catalog

    def close(self) -> None:
        self.engine.dispose()


def open_workspace(root: Path) -> Workspace:
    root = Path(root).expanduser()
    try:
        for sub in ("", "evidence", "frameworks", "backups"):
            (root / sub).mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise WorkspaceError(f"Không tạo được thư mục làm việc '{root}': {exc.strerror or exc}. "
                             "Hãy chọn thư mục khác bằng --data.") from exc
    db_path = root / DB_NAME
    try:
        inspect_database(db_path)
    except SchemaError as exc:
        raise WorkspaceError(str(exc)) from exc
    engine = make_engine(db_path)
    try:
        backup = migrate(engine, db_path, root / "backups")
    except SchemaError as exc:
        engine.dispose()
        raise WorkspaceError(str(exc)) from exc
    except Exception as exc:  # a damaged or foreign file: say so, never write over it
        engine.dispose()
        raise WorkspaceError(f"Không mở được cơ sở dữ liệu '{db_path}': {exc}. "
                             "Tệp có thể bị hỏng; hãy giữ nguyên tệp và khôi phục từ thư mục backups/.") from exc
    workspace = Workspace(root, engine, make_session_factory(engine), EvidenceStore(root / "evidence"),
                          FrameworkCatalog(), backup)
    workspace.reload_frameworks()
    return workspace
