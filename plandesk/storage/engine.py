"""Opening the workspace database: the engine with its pragmas, the session factory, and
Alembic migrations run in code (so a frozen application can migrate too).

On open: a newer schema than this program knows is refused; an older one is backed up with
SQLite's online backup API, then upgraded one migration per transaction. Alembic itself is
loaded only when there is something to upgrade: the usual open reads the stamped revision with
a plain query and the shipped ones from the migration files."""
from __future__ import annotations

import ast
import datetime as dt
import re
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.orm import Session, sessionmaker

if TYPE_CHECKING:
    from alembic.config import Config

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
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if engine is not None:
        cfg.attributes["engine"] = engine
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


_ASSIGNMENT = re.compile(r"^(revision|down_revision)\s*(?::[^=]*)?=\s*(.+?)\s*$", re.MULTILINE)


def shipped_revisions() -> tuple[str | None, frozenset[str]]:
    """The head and every revision of the migrations shipped with this program, read from the
    files' ``revision``/``down_revision`` lines without loading Alembic. The head is None
    when the files do not make one linear chain (then ``migrate`` asks Alembic)."""
    down: dict[str, tuple[str, ...]] = {}
    for path in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        found = dict(_ASSIGNMENT.findall(path.read_text(encoding="utf-8")))
        if "revision" not in found:
            continue
        try:
            revision, parent = ast.literal_eval(found["revision"]), ast.literal_eval(found.get("down_revision", "None"))
        except (ValueError, SyntaxError):
            return None, frozenset(down)
        down[revision] = tuple(parent) if isinstance(parent, (tuple, list)) else (() if parent is None else (parent,))
    heads = set(down) - {parent for parents in down.values() for parent in parents}
    return (next(iter(heads)) if len(heads) == 1 else None), frozenset(down)


def current_revision(engine: Engine) -> str | None:
    """The revision stamped in the database, None for a database without one."""
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        stamped = connection.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    if len(stamped) > 1:
        raise SchemaError(f"Cơ sở dữ liệu có nhiều phiên bản lược đồ cùng lúc ({', '.join(stamped)}).")
    return stamped[0] if stamped else None


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
    known = shipped_revisions()[1]
    if revision is not None and known and revision not in known:  # no files at all: migrate says so
        raise SchemaError(
            f"Cơ sở dữ liệu '{db_path}' được tạo bởi phiên bản PlanDesk mới hơn (lược đồ {revision}). "
            "Hãy cập nhật PlanDesk rồi mở lại; tệp không bị thay đổi.")
    return revision


def migrate(engine: Engine, db_path: Path, backups_dir: Path) -> str | None:
    """Bring the database to the newest schema. Returns the path of the backup made before
    an upgrade, or None when nothing was upgraded or the database was new."""
    head, _ = shipped_revisions()
    current = current_revision(engine)
    if head is not None and current == head:  # the usual open: Alembic is not even imported
        return None
    from alembic import command
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    head = script.get_current_head()
    if head is None:
        raise SchemaError(f"Bản cài đặt PlanDesk thiếu các bước nâng cấp cơ sở dữ liệu ({MIGRATIONS_DIR}); "
                          "hãy cài đặt lại ứng dụng.")
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
