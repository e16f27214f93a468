"""Opening the workspace database: the engine with its pragmas, the session factory, and
Alembic migrations run in code (so a frozen application can migrate too).

On open: a newer schema than this program knows is refused; an older one is backed up with
SQLite's online backup API, then upgraded one migration per transaction."""
from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class SchemaError(Exception):
    """The database cannot be opened by this version of PlanDesk."""


def make_engine(db_path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{db_path}")

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection, _record):  # pragma: no cover - exercised by every test
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=5000")
        cursor.close()

    return engine


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


def alembic_config(engine: Engine | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if engine is not None:
        cfg.attributes["engine"] = engine
    return cfg


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def backup_database(db_path: Path, target: Path) -> Path:
    """Copy a live SQLite database consistently (online backup API)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    source = sqlite3.connect(db_path)
    try:
        dest = sqlite3.connect(target)
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    return target


def inspect_database(db_path: Path) -> str | None:
    """Look at an existing database without changing a byte: a quick integrity check and its
    schema revision. Refuses a damaged file and one from a newer PlanDesk."""
    if not db_path.exists() or db_path.stat().st_size == 0:
        return None
    try:
        con = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise SchemaError(f"Không mở được cơ sở dữ liệu '{db_path}': {exc}.") from exc
    try:
        result = [r[0] for r in con.execute("PRAGMA quick_check").fetchall()]
        if result != ["ok"]:
            raise SchemaError(f"Cơ sở dữ liệu '{db_path}' bị hỏng ({'; '.join(result[:3])}). "
                              "Tệp được giữ nguyên; hãy khôi phục từ thư mục backups/.")
        has_version = con.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'").fetchone()
        revision = con.execute("SELECT version_num FROM alembic_version").fetchone() if has_version else None
    except sqlite3.DatabaseError as exc:
        raise SchemaError(f"Tệp '{db_path}' không phải cơ sở dữ liệu PlanDesk hoặc đã bị hỏng ({exc}). "
                          "Tệp được giữ nguyên; hãy khôi phục từ thư mục backups/.") from exc
    finally:
        con.close()
    revision = revision[0] if revision else None
    known = {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}
    if revision is not None and revision not in known:
        raise SchemaError(
            f"Cơ sở dữ liệu '{db_path}' được tạo bởi phiên bản PlanDesk mới hơn (lược đồ {revision}). "
            "Hãy cập nhật PlanDesk rồi mở lại; tệp không bị thay đổi.")
    return revision


def migrate(engine: Engine, db_path: Path, backups_dir: Path) -> str | None:
    """Bring the database to the newest schema. Returns the path of the backup made before
    an upgrade, or None when nothing was upgraded or the database was new."""
    script = ScriptDirectory.from_config(alembic_config())
    head = script.get_current_head()
    if head is None:
        raise SchemaError(f"Bản cài đặt PlanDesk thiếu các bước nâng cấp cơ sở dữ liệu ({MIGRATIONS_DIR}); "
                          "hãy cài đặt lại ứng dụng.")
    current = current_revision(engine)
    if current == head:
        return None
    known = {rev.revision for rev in script.walk_revisions()}
    if current is not None and current not in known:
        raise SchemaError(
            f"Cơ sở dữ liệu '{db_path}' được tạo bởi phiên bản PlanDesk mới hơn (lược đồ {current}). "
            "Hãy cập nhật PlanDesk rồi mở lại; tệp không bị thay đổi.")
    backup = None
    if current is not None:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        backup = str(backup_database(db_path, backups_dir / f"truoc-nang-cap-{current}-{stamp}.sqlite"))
    command.upgrade(alembic_config(engine), "head")
    return backup
