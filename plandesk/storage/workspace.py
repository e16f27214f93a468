"""The workspace folder: ``plandesk.sqlite``, ``evidence/``, ``frameworks/``, ``backups/``,
``plandesk.lock``.

Opening takes the workspace lock (a second program on the same folder is refused, naming
who has it), creates what is missing, refuses a damaged database untouched (naming the
newest good backup), migrates (backing up first), makes the opening backup and loads the
frameworks. While open, a background thread refreshes the lock and makes a backup at least
daily. ``close`` stops it and gives the lock back. Nothing here knows about the GUI or the
command line.

A shared workspace keeps its database on a PostgreSQL server (``--database URL``, or the URL
written in ``database.txt`` in the folder) and its evidence in the folder, a shared network
folder then. Several PCs use it at once by design, so there is no workspace lock: every write
is a server transaction, and the evidence store only ever adds files under their hash. No
automatic copies either: a server database is backed up by the server (pg_dump)."""
from __future__ import annotations

import datetime as dt
import threading
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from plandesk import paths
from plandesk.domain.messages import CodedError, Listing, Message, cause, msg
from plandesk.filesafe import atomic_write

from . import anchor as anchors
from . import backup as backups
from .engine import (
    DiskUnavailable,
    SchemaError,
    ServerTrouble,
    connection_problem,
    current_revision,
    database_url,
    inspect_database,
    make_engine,
    make_session_factory,
    migrate,
    server_label,
    server_message,
)
from .evidence_store import EvidenceStore
from .frameworks import FrameworkCatalog, load_catalog
from .location import PathTooLong, check_workspace_path
from .lock import LOCK_NAME, LockError, LockInfo, WorkspaceLock, acquire_lock, lock_in_use, read_lock

DB_NAME = "plandesk.sqlite"
DATABASE_SETTING = "database.txt"   # in a shared workspace: the PostgreSQL server's URL
BACKUP_EVERY = dt.timedelta(days=1)
MAINTENANCE_EVERY = 5 * 60  # seconds between two looks at the lock and the daily backup


class WorkspaceError(CodedError):
    pass


class WorkspaceLocked(WorkspaceError):
    """Another program has the workspace open; ``holder`` says who, when it is known."""

    def __init__(self, message: Message | str | BaseException, holder: LockInfo | None = None):
        super().__init__(message)
        self.holder = holder


class DamagedDatabase(WorkspaceError):
    """The database file is damaged; it was not touched. ``good_backups`` are the database
    copies in ``backups/`` that read cleanly, newest first."""

    def __init__(self, message: Message | str, db_path: Path, good_backups: list[Path]):
        super().__init__(message)
        self.db_path = db_path
        self.good_backups = good_backups


@dataclass
class Workspace:
    root: Path
    engine: Engine
    sessions: sessionmaker[Session]
    store: EvidenceStore
    catalog: FrameworkCatalog
    upgrade_backup: str | None = None
    lock: WorkspaceLock | None = None
    last_backup: Path | None = None        # the newest automatic database copy (made or confirmed)
    backup_warning: Message | str | None = None      # why the last automatic copy could not be made
    database_url: URL | None = None        # a shared workspace: its PostgreSQL server; None: the SQLite file
    upgrade_note: Message | None = None    # a shared server's schema was upgraded on opening: say whose backups apply
    _stop: threading.Event = field(default_factory=threading.Event, repr=False)
    _maintenance: threading.Thread | None = field(default=None, repr=False)
    _backup_lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @property
    def db_path(self) -> Path:
        return self.root / DB_NAME

    @property
    def shared(self) -> bool:
        """The database is on a PostgreSQL server that several PCs use at once."""
        return self.database_url is not None

    @property
    def database_label(self) -> str:
        """Where the data is, in the user's words (never a password)."""
        return server_label(self.database_url) if self.database_url is not None else f"tệp '{self.db_path}'"

    @property
    def frameworks_dir(self) -> Path:
        return self.root / "frameworks"

    @property
    def backups_dir(self) -> Path:
        return self.root / "backups"

    def reload_frameworks(self) -> FrameworkCatalog:
        self.catalog = load_catalog(paths.frameworks_dir(), self.frameworks_dir)
        return self.catalog

    @property
    def closed(self) -> bool:
        return self._stop.is_set()

    def backup_now(self, now: dt.datetime | None = None) -> backups.AutoBackup | None:
        """Make the automatic database copy (skipped when unchanged since the newest one).
        Never raises: a failure is kept in ``backup_warning`` for the window to show. A server
        database is not copied (its server's backups apply): None."""
        if self.shared:
            return None
        with self._backup_lock:
            try:
                made = backups.automatic_backup(self.db_path, self.backups_dir, now)
            except backups.BackupError as exc:
                self.backup_warning = cause(exc)
                return None
            if not made.created:
                backups.touch(made.path, now or dt.datetime.now())  # confirmed as current: counts as today's
            self.last_backup, self.backup_warning = made.path, None
            return made

    def maintain(self, now: dt.datetime | None = None) -> None:
        """One look: refresh the lock's heartbeat; back up when the newest copy is a day old."""
        now = now or dt.datetime.now()
        if self.lock is not None:
            self.lock.heartbeat(now.replace(microsecond=0))
        if self.shared:
            return
        latest = backups.latest_backup_time(self.backups_dir)
        if latest is None or now - latest >= BACKUP_EVERY:
            self.backup_now(now)

    def _start_maintenance(self, every: float = MAINTENANCE_EVERY) -> None:
        def loop() -> None:
            while not self._stop.wait(every):
                try:
                    self.maintain()
                except Exception:  # pragma: no cover - never let the helper thread end the program
                    pass

        self._maintenance = threading.Thread(target=loop, name="plandesk-workspace-maintenance", daemon=True)
        self._maintenance.start()

    def close(self) -> None:
        """Stop the helper thread, close the database and give the lock back (idempotent)."""
        self._stop.set()
        if self._maintenance is not None and self._maintenance is not threading.current_thread():
            self._maintenance.join(timeout=10)
        self.engine.dispose()
        lock, self.lock = self.lock, None
        if lock is not None:
            lock.release()


# -- what a folder is, decided before anything is written ----------------------------------
NEW, HEALTHY, DAMAGED, FOREIGN = "new", "healthy", "damaged", "foreign"


@dataclass(frozen=True)
class WorkspaceState:
    """What a folder holds, looked at without writing a byte: ``NEW`` (nothing yet: a
    workspace may be created), ``HEALTHY`` (a PlanDesk database that reads cleanly),
    ``DAMAGED`` (a database that is damaged, or missing or empty while the folder shows that
    data was there) or ``FOREIGN`` (a database PlanDesk did not make, or a newer PlanDesk
    did). ``reason`` says why, in the user's words; ``signs`` what shows that data was here."""

    kind: str
    reason: str | Message = ""
    revision: str | None = None
    signs: tuple[Message, ...] = ()


def _evidence_files(root: Path) -> int:
    evidence = root / "evidence"
    return sum(1 for p in evidence.rglob("*") if p.is_file()) if evidence.is_dir() else 0


def _signs_of_data(root: Path) -> tuple[Message, ...]:
    """What in the folder shows that a workspace lived here: evidence files, backups, the
    database's journal, the record of the audit chain, a lock left by a program that
    stopped. Empty folders do not count (PlanDesk makes them)."""
    signs = []
    count = _evidence_files(root)
    if count:
        signs.append(msg("workspace.sign_evidence", count=count))
    backups_dir = root / "backups"
    if backups_dir.is_dir():
        count = sum(1 for p in backups_dir.rglob("*") if p.is_file() and p.suffix in (".sqlite", ".zip"))
        if count:
            signs.append(msg("workspace.sign_backups", count=count))
    for suffix in ("-wal", "-journal"):
        side = root / f"{DB_NAME}{suffix}"
        if side.is_file() and side.stat().st_size > 0:
            signs.append(msg("workspace.sign_journal", file=side.name))
    if (root / anchors.ANCHOR_NAME).is_file():
        signs.append(msg("workspace.sign_anchor", file=anchors.ANCHOR_NAME))
    holder = read_lock(root / LOCK_NAME)
    if holder is not None and not lock_in_use(holder):
        signs.append(msg("workspace.sign_lock", file=LOCK_NAME, holder=holder.describe()))
    return tuple(signs)


def workspace_state(root: Path) -> WorkspaceState:
    """Decide what the folder is before anything is written (see WorkspaceState). A folder
    with evidence, backups, a journal or a lock but an empty or missing database is damaged
    (what a power cut on a USB stick leaves), never new: creating an empty database there
    would let the automatic copies that hold the data rotate away."""
    root = Path(root).expanduser()
    db_path = root / DB_NAME
    if not root.exists():
        return WorkspaceState(NEW)
    if not root.is_dir():
        return WorkspaceState(FOREIGN, msg("workspace.is_a_file", folder=str(root)))
    empty = not db_path.exists() or (db_path.is_file() and db_path.stat().st_size == 0)
    if db_path.exists() and not db_path.is_file():
        return WorkspaceState(FOREIGN, msg("workspace.database_not_a_file", file=str(db_path)))
    revision = None
    if not empty:
        try:
            revision = inspect_database(db_path)
        except DiskUnavailable as exc:
            raise WorkspaceError(exc) from exc
        except SchemaError as exc:
            if backups.database_is_damaged(db_path):
                return WorkspaceState(DAMAGED, cause(exc))
            return WorkspaceState(FOREIGN, cause(exc))
        if revision is None:
            tables = _tables(db_path)
            if tables:
                shown = ", ".join(sorted(tables)[:5]) + (" …" if len(tables) > 5 else "")
                return WorkspaceState(FOREIGN, msg("workspace.foreign_database", file=str(db_path), tables=shown))
            empty = True   # a database file with nothing in it: as good as missing
        else:
            return WorkspaceState(HEALTHY, revision=revision)
    signs = _signs_of_data(root)
    if not signs:
        return WorkspaceState(NEW)
    return WorkspaceState(DAMAGED, msg("workspace.database_empty" if db_path.exists() else "workspace.database_lost",
                                       file=str(db_path), signs=Listing(signs)), signs=signs)


def _tables(db_path: Path) -> set[str]:
    import sqlite3

    try:
        con = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
        try:
            return {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view') "
                                              "AND name NOT LIKE 'sqlite_%'")}
        finally:
            con.close()
    except sqlite3.Error:
        return set()


def good_backups(root: Path) -> list[Path]:
    """The database copies in ``root/backups`` that read cleanly, newest first."""
    folder = Path(root) / "backups"
    candidates = [p for p in folder.glob("*.sqlite") if p.is_file()] if folder.is_dir() else []
    candidates.sort(key=lambda p: (backups.stamp_of(p) or dt.datetime.min, p.stat().st_mtime), reverse=True)
    good = []
    for path in candidates:
        try:
            backups.read_database(path)
        except backups.BackupError:
            continue
        good.append(path)
    return good


def _damaged(db_path: Path, exc: BaseException | str | Message) -> DamagedDatabase:
    root = db_path.parent
    good = good_backups(root)
    problem = cause(exc) if isinstance(exc, BaseException) else exc
    message = (msg("workspace.damaged_with_backup", problem=problem, backup=str(good[0]), database=DB_NAME,
                   file=str(db_path)) if good else msg("workspace.damaged_no_backup", problem=problem))
    return DamagedDatabase(message, db_path, good)


def database_setting(root: Path) -> str | None:
    """The server URL written in the workspace's ``database.txt`` (first line that is not
    blank or a ``#`` comment), or None when the workspace keeps its own SQLite file."""
    try:
        lines = (Path(root) / DATABASE_SETTING).read_text(encoding="utf-8-sig").splitlines()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise WorkspaceError(msg("file.unreadable", file=str(Path(root) / DATABASE_SETTING),
                                 reason=exc.strerror or str(exc))) from exc
    for line in lines:
        if line.strip() and not line.lstrip().startswith("#"):
            return line.strip()
    return None


def write_database_setting(root: Path, url: URL) -> Path:
    """Remember the server in the workspace folder (``database.txt``), without the password:
    a shared folder is readable by everyone who uses it."""
    target = Path(root) / DATABASE_SETTING
    without_password = URL.create("postgresql", url.username, None, url.host, url.port, url.database, url.query)
    text = ("# Cơ sở dữ liệu PostgreSQL dùng chung của thư mục làm việc này (PlanDesk đọc dòng đầu tiên).\n"
            "# Mật khẩu không ghi ở đây: đặt trong pgpass.conf của từng người dùng hoặc biến PGPASSWORD.\n"
            f"{without_password.render_as_string(hide_password=False)}\n")
    atomic_write(target, text.encode("utf-8"))
    return target


def open_workspace(root: Path, *, database: str | URL | None = None, lock: bool = True, backup: bool = True,
                   maintenance_every: float | None = MAINTENANCE_EVERY) -> Workspace:
    """Open (or create) the workspace folder. ``database`` is a PostgreSQL URL for a shared
    workspace (default: the one in the folder's ``database.txt``, else the folder's SQLite
    file). ``lock=False`` is only for tools that must look at a folder some other program
    holds; ``maintenance_every=None`` starts no helper thread."""
    root = Path(root).expanduser()
    checked = False   # the database file's integrity checked just now (not again under the lock)
    if database is None and not (root / DATABASE_SETTING).is_file():
        # decided before anything is written, even the folders: a damaged or foreign
        # database is refused untouched, and a new one is made only where nothing was
        state = workspace_state(root)
        if state.kind == DAMAGED:
            raise _damaged(root / DB_NAME, state.reason)
        if state.kind == FOREIGN:
            raise WorkspaceError(state.reason)
        checked = state.kind == HEALTHY
    try:
        check_workspace_path(root)  # Windows' 260 characters: refused before anything is made
    except PathTooLong as exc:
        raise WorkspaceError(exc) from exc
    try:
        for sub in ("", "evidence", "frameworks", "backups"):
            (root / sub).mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise WorkspaceError(msg("workspace.cannot_create", folder=str(root), reason=exc.strerror or str(exc))) \
            from exc
    if database is None:
        database = database_setting(root)
    if database is not None:
        try:
            url = database_url(database)
        except ValueError as exc:
            raise WorkspaceError(exc) from exc
        return _open_shared(root, url)
    held = None
    if lock:
        try:
            held = acquire_lock(root)
        except LockError as exc:
            raise WorkspaceLocked(exc, exc.holder) from exc
    try:
        workspace = _open_locked(root, held, backup, checked)
    except BaseException:
        if held is not None:
            held.release()
        raise
    if maintenance_every is not None:
        workspace._start_maintenance(maintenance_every)
    return workspace


def _open_shared(root: Path, url: URL) -> Workspace:
    """A workspace whose database is on a PostgreSQL server: no lock, no copies, no helper thread."""
    try:
        before = inspect_database(url)
    except SchemaError as exc:
        raise WorkspaceError(exc) from exc
    stored = _evidence_files(root)
    if before is None and stored:
        # the same rule as for the folder's own file: an empty database where data was is
        # damaged (or the wrong one), never new: the files would become "orphans" to remove
        raise WorkspaceError(msg("workspace.server_database_empty", server=server_message(url), folder=str(root),
                                 count=stored))
    engine = make_engine(url)
    try:
        migrate(engine, None, root / "backups")
        after = current_revision(engine)
    except SchemaError as exc:
        engine.dispose()
        raise WorkspaceError(exc) from exc
    except DBAPIError as exc:  # out of reach, no rights to create tables, …: named and explained
        engine.dispose()
        raise WorkspaceError(connection_problem(url, exc)) from exc
    except ServerTrouble as exc:  # another PC upgrading for too long, or the connection lost
        engine.dispose()
        raise WorkspaceError(exc) from exc
    workspace = Workspace(root, engine, make_session_factory(engine), EvidenceStore(root / "evidence"),
                          FrameworkCatalog(), database_url=url)
    anchors.install(workspace.sessions, root)
    if before is not None and before != after:
        workspace.upgrade_note = msg("workspace.server_upgraded", server=server_message(url), before=before,
                                     after=str(after))
    try:
        workspace.reload_frameworks()
    except BaseException:
        engine.dispose()
        raise
    return workspace


def _open_locked(root: Path, held: WorkspaceLock | None, backup: bool, checked: bool = False) -> Workspace:
    db_path = root / DB_NAME
    try:
        # again under the lock (another PlanDesk may have changed it meanwhile); its integrity
        # check not twice in a row (it reads the whole file: ~50 ms for 40 MB)
        existing = inspect_database(db_path, quick_check=not checked)
    except SchemaError as exc:
        if backups.database_is_damaged(db_path):
            raise _damaged(db_path, exc) from exc
        raise WorkspaceError(exc) from exc
    engine = make_engine(db_path)
    try:
        upgrade = migrate(engine, db_path, root / "backups")
    except SchemaError as exc:
        engine.dispose()
        raise WorkspaceError(exc) from exc
    except Exception as exc:  # a damaged or foreign file: say so, never write over it
        engine.dispose()
        error = WorkspaceError(msg("workspace.database_unopenable", file=str(db_path), detail=str(exc)))
        if backups.database_is_damaged(db_path):
            raise _damaged(db_path, error) from exc
        raise WorkspaceError(msg("workspace.database_unopenable_check", problem=cause(error))) from exc
    workspace = Workspace(root, engine, make_session_factory(engine), EvidenceStore(root / "evidence"),
                          FrameworkCatalog(), upgrade, held)
    anchors.install(workspace.sessions, root)
    try:
        if backup and existing is not None:  # a workspace created just now has nothing to keep yet
            workspace.backup_now()
        workspace.reload_frameworks()
    except BaseException:
        engine.dispose()
        raise
    return workspace
