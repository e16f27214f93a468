"""Opening the workspace database: the engine with its per-dialect settings, the session
factory, and Alembic migrations run in code (so a frozen application can migrate too).

Two kinds of database: the SQLite file inside the workspace folder (the commune's PC), or a
PostgreSQL server shared by several reviewers' PCs on a LAN (``postgresql://…``; the
evidence files stay in the workspace folder, a shared folder then).

On open: a newer schema than this program knows is refused; an older one is upgraded one
migration per transaction, after a backup with SQLite's online backup API for a file (on a
server, the server's own backups apply: PlanDesk cannot copy a server's database). Alembic
itself is loaded only when there is something to upgrade: the usual open reads the stamped
revision with a plain query and the shipped ones from the migration files."""

from __future__ import annotations

import ast
import datetime as dt
import logging
import re
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, String, create_engine, event, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session, sessionmaker

from plandesk.domain.messages import CodedError, Message, msg

from .location import journal_mode

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
SQLITE, POSTGRESQL = "sqlite", "postgresql"
PG_DRIVER = "postgresql+psycopg"
CONNECT_TIMEOUT_S = 10
# a PC that dies mid-transaction must not hold rows (or the audit chain) for long; a write
# that waits this long for another PC's lock gives up with an error instead of hanging
PG_SESSION_OPTIONS = "-c lock_timeout=30s -c idle_in_transaction_session_timeout=10min"

log = logging.getLogger(__name__)


class SchemaError(CodedError):
    """The database cannot be opened by this version of PlanDesk."""


class DatabaseUnavailable(SchemaError):
    """The database server cannot be reached or refuses us; the message names the server and
    says what to do."""


class DiskUnavailable(SchemaError):
    """The database file cannot be read or opened because of its disk (full, read-only, not
    there any more): it is not damaged, and nothing was changed."""


class ServerTrouble(CodedError):
    """The database could not finish a statement: on a shared server, another PC held the
    same data too long (lock timeout, deadlock) or the connection was lost; on the
    workspace's own file, the disk is full, read-only or failing (``DiskTrouble``). The
    action's transaction is rolled back, so nothing of it was written; the message says what
    to do. Raised instead of the driver's error so that the window and the command line can
    say so in plain words."""


class BadDatabaseAddress(CodedError, ValueError):
    """A shared database's address that is not a PostgreSQL address PlanDesk can use."""


class DiskTrouble(ServerTrouble):
    """The disk holding the workspace's database refused a write (full, read-only, failing)."""


def disk_problem(exc: BaseException, where: Path) -> Message | None:
    """What an SQLite error says about the disk holding ``where``, in the user's words; None
    when it is not about the disk (a damaged file, a programming error…)."""
    import errno
    import shutil

    text = str(getattr(exc, "orig", None) or exc).lower()
    code = getattr(exc, "errno", None)
    folder = Path(where)
    try:
        free = shutil.disk_usage(folder if folder.is_dir() else folder.parent).free
    except OSError:
        free = None
    if "database or disk is full" in text or code in (errno.ENOSPC, errno.EFBIG) \
            or ("disk i/o error" in text and free is not None and free < 4 * (1 << 20)):
        return msg("database.disk_full", file=str(where), free=free // 1024 if free is not None else "?")
    import os

    unwritable = folder.exists() and not os.access(folder if folder.is_dir() else folder.parent, os.W_OK)
    if "readonly" in text or "read-only" in text or code in (errno.EROFS, errno.EACCES, errno.EPERM) \
            or (unwritable and ("unable to open" in text or "disk i/o error" in text)):
        return msg("database.disk_read_only", file=str(where))
    if "disk i/o error" in text or "unable to open database file" in text or code == errno.EIO:
        return msg("database.disk_failing", file=str(where))
    return None


# lock_not_available (lock_timeout), deadlock_detected, serialization_failure
_BUSY_STATES = {"55P03", "40P01", "40001"}


@compiles(String, "postgresql")
def _unbounded_varchar(element, compiler, **kw):  # pragma: no cover - exercised by migrations on PG
    # SQLite never enforced the String(n) lengths of the schema, so workspaces hold (and
    # packages carry) longer values; on the server they are plain VARCHAR, which takes them.
    return "VARCHAR"


def database_url(value: str | URL) -> URL:
    """The SQLAlchemy URL of a shared database given as ``postgresql://user@host:port/db``
    (``postgres://`` and ``postgresql+psycopg://`` too); PlanDesk talks to it with psycopg 3.
    BadDatabaseAddress (a ValueError), in the user's words, for anything else."""
    try:
        url = make_url(value) if isinstance(value, str) else value
    except ArgumentError as exc:
        raise BadDatabaseAddress(msg("database.address_invalid", address=str(value))) from exc
    backend = url.get_backend_name()
    if backend == "postgres":
        backend = POSTGRESQL
    if backend != POSTGRESQL:
        raise BadDatabaseAddress(msg("database.address_not_postgresql",
                                     address=url.render_as_string(hide_password=True)))
    if not url.database:
        raise BadDatabaseAddress(msg("database.address_without_name", address=url.render_as_string(hide_password=True)))
    return url.set(drivername=PG_DRIVER)


def server_label(url: URL) -> str:
    """The server and database in the user's words, never with the password."""
    return str(server_message(url))


def server_message(url: URL) -> Message:
    """The server and database as a message of the catalogue (for the messages naming it)."""
    port = f":{url.port}" if url.port else ""
    if not url.host:   # a local socket
        return msg("database.server_here", port=port, database=str(url.database))
    return msg("database.server", host=f"{url.host}{port}", database=str(url.database))


def make_engine(target: Path | URL) -> Engine:
    """An engine on the workspace's SQLite file (a Path) or on a PostgreSQL server (a URL
    from ``database_url``)."""
    if isinstance(target, URL):
        return _postgres_engine(target)
    engine = create_engine(f"sqlite:///{target}")
    journal = journal_mode(Path(target).parent)  # WAL, or the rollback journal on a network share

    @event.listens_for(engine, "handle_error")
    def _disk(context):  # a full or read-only disk is not an "unexpected error": say so, exit 2
        problem = disk_problem(context.original_exception, target)
        if problem is not None:
            raise DiskTrouble(msg("database.not_written_disk", problem=problem)) \
                from context.original_exception

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection, _record):  # pragma: no cover - exercised by every test
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA journal_mode={journal}")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=5000")
        cursor.close()

    return engine


def _postgres_engine(url: URL) -> Engine:
    # PlanDesk's session settings first: the URL's own ``options`` (an administrator's) win
    own = url.query.get("options")   # a tuple when the URL names it twice
    options = " ".join(o for o in (PG_SESSION_OPTIONS, *(own if isinstance(own, tuple) else (own,))) if o)
    try:
        engine = create_engine(
            url.difference_update_query(["options"]),
            pool_pre_ping=True,        # a server restarted or a LAN cable replugged: reconnect, do not fail
            pool_size=4, max_overflow=4, pool_recycle=30 * 60,
            connect_args={"connect_timeout": CONNECT_TIMEOUT_S, "application_name": "PlanDesk",
                          "options": options, "keepalives": 1, "keepalives_idle": 60})
    except (ImportError, NoSuchModuleError) as exc:
        raise DatabaseUnavailable(msg("database.driver_missing")) from exc

    @event.listens_for(engine, "handle_error")
    def _in_plain_words(context):
        if context.connection is None:  # connecting: the opener explains (connection_problem)
            return
        state = getattr(context.original_exception, "sqlstate", None)
        if state in _BUSY_STATES:
            raise ServerTrouble(msg("database.server_busy", server=server_message(url))) \
                from context.original_exception
        if state == "23505":  # unique_violation: the services look first, so another PC got there in between
            raise ServerTrouble(msg("database.written_elsewhere", server=server_message(url))) \
                from context.original_exception
        if context.is_disconnect:
            raise ServerTrouble(msg("database.connection_lost", server=server_message(url))) \
                from context.original_exception

    return engine


def connection_problem(url: URL, exc: BaseException) -> DatabaseUnavailable:
    """What went wrong connecting to the server, in the user's words, naming the server."""
    text = str(getattr(exc, "orig", None) or exc)
    server = server_message(url)
    lowered = text.lower()
    why: Message
    if "password authentication failed" in lowered or "no password supplied" in lowered \
            or "authentication failed" in lowered:
        why = msg("database.server_wrong_password", user=url.username or "")
    elif re.search(r'database ".*" does not exist', lowered):
        why = msg("database.server_no_database", database=str(url.database),
                  owner=url.username or msg("database.user_placeholder"))
    elif re.search(r'role ".*" does not exist', lowered):
        why = msg("database.server_no_user", user=url.username or "")
    elif "no pg_hba.conf entry" in lowered:
        why = msg("database.server_refuses_computer")
    elif "permission denied" in lowered:
        why = msg("database.server_permission")
    elif any(s in lowered for s in ("connection refused", "timeout expired", "timed out", "could not translate",
                                    "failed to resolve", "name or service not known", "no route to host",
                                    "network is unreachable", "could not connect", "server closed the connection")):
        why = msg("database.server_unreachable")
    else:
        why = msg("database.server_error", detail=text.strip().splitlines()[0] if text.strip() else type(exc).__name__)
    return DatabaseUnavailable(msg("database.server_unavailable", server=server, problem=why))


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

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if head is None:   # the migrations ship with the package: never without one
        raise RuntimeError("no Alembic revision found")
    return head


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
        raise SchemaError(msg("database.several_revisions", revisions=", ".join(stamped)))
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


def _refuse_newer(revision: str | None, file: Path | None = None, server: Message | str = "") -> None:
    """A database made by a newer PlanDesk (the file ``file``, or on the server named ``server``)."""
    known = shipped_revisions()[1]
    if revision is not None and known and revision not in known:  # no files at all: migrate says so
        raise SchemaError(msg("database.newer", file=str(file), revision=revision) if file is not None else
                          msg("database.newer_on_server", server=server, revision=revision))


def inspect_database(target: Path | URL, quick_check: bool = True) -> str | None:
    """Look at an existing database without changing a byte: its schema revision (None when
    there is nothing yet). A file gets a quick integrity check first (unless ``quick_check``
    is False: checked a moment ago). Refuses a damaged file, one from a newer PlanDesk, and a
    server database holding tables that are not PlanDesk's."""
    if isinstance(target, URL):
        return _inspect_server(target)
    db_path = target
    if not db_path.exists() or db_path.stat().st_size == 0:
        return None
    try:
        con = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        problem = disk_problem(exc, db_path)
        raise (DiskUnavailable if problem else SchemaError)(
            msg("database.disk_unavailable", file=str(db_path), problem=problem or str(exc))) from exc
    try:
        result = [r[0] for r in con.execute("PRAGMA quick_check").fetchall()] if quick_check else ["ok"]
        if result != ["ok"]:
            raise SchemaError(msg("database.damaged", file=str(db_path), detail="; ".join(result[:3])))
        has_version = con.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'").fetchone()
        revision = con.execute("SELECT version_num FROM alembic_version").fetchone() if has_version else None
    except sqlite3.DatabaseError as exc:
        problem = disk_problem(exc, db_path)
        if problem is not None:  # not damaged: the disk will not let SQLite read or write beside it
            raise DiskUnavailable(msg("database.disk_unavailable", file=str(db_path), problem=problem)) from exc
        raise SchemaError(msg("database.unreadable", file=str(db_path), detail=str(exc))) from exc
    finally:
        con.close()
    revision = revision[0] if revision else None
    _refuse_newer(revision, file=db_path)
    return revision


def _inspect_server(url: URL) -> str | None:
    engine = make_engine(url)
    try:
        with engine.connect().execution_options(postgresql_readonly=True) as connection:
            tables = set(inspect(connection).get_table_names())
            revision = (connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
                        if "alembic_version" in tables else None)
    except DBAPIError as exc:
        raise connection_problem(url, exc) from exc
    except ServerTrouble as exc:
        raise DatabaseUnavailable(exc) from exc
    finally:
        engine.dispose()
    if revision is None and tables:
        shown = ", ".join(sorted(tables)[:5]) + (" …" if len(tables) > 5 else "")
        raise SchemaError(msg("database.foreign_tables", server=server_message(url), tables=shown))
    _refuse_newer(revision, server=server_message(url))
    return revision


def migrate(engine: Engine, db_path: Path | None, backups_dir: Path) -> str | None:
    """Bring the database to the newest schema. Returns the path of the backup made before
    an upgrade, or None when nothing was upgraded, the database was new, or it lives on a
    server (``db_path`` None: the server's backups apply, PlanDesk cannot copy it)."""
    head, _ = shipped_revisions()
    current = current_revision(engine)
    if head is not None and current == head:  # the usual open: Alembic is not even imported
        return None
    from alembic import command
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    head = script.get_current_head()
    if head is None:
        raise SchemaError(msg("database.migrations_missing", folder=str(MIGRATIONS_DIR)))
    if current == head:
        return None
    known = {rev.revision for rev in script.walk_revisions()}
    if current is not None and current not in known:
        raise SchemaError(msg("database.newer", file=str(db_path), revision=current) if db_path is not None else
                          msg("database.newer_on_server", server=server_message(engine.url), revision=current))
    backup = None
    if current is not None and engine.dialect.name == SQLITE and db_path is not None:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        backup = str(backup_database(db_path, backups_dir / f"truoc-nang-cap-{current}-{stamp}.sqlite"))
    elif current is not None:
        log.info("Upgrading the schema of %s from %s to %s without a copy by PlanDesk: the server's own "
                 "backups (pg_dump) apply.", engine.url.render_as_string(hide_password=True), current, head)
    command.upgrade(alembic_config(engine), "head")
    return backup
