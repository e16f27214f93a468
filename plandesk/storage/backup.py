"""Backups of a workspace, on disk: the files and what they hold, never the user's story.

- **Database copies** in ``backups/`` made with SQLite's online backup API (consistent while
  the database is in use): ``tu-dong-YYYYMMDD-HHMMSS.sqlite`` at each opening and at least
  daily, rotated (the last ``KEEP_LAST`` and the newest of each month are kept); a copy that
  would be identical to the newest one is not written again. Other copies in ``backups/``
  (before an upgrade, before a restore) are never rotated away.
- **Full backups**: one ``.zip`` with ``manifest.json``, the database and every evidence file
  (the store is content-addressed, so evidence needs no copy inside the workspace, but a
  backup on a USB stick must carry it). Written under a temporary name, flushed, verified
  member by member, then renamed: an interrupted backup never looks like a backup.
- **Reading** either kind without changing a byte (``immutable`` SQLite URI), refusing a
  damaged or foreign file with a message that names it.

Every write goes to a temporary name, is flushed and fsynced, then renamed."""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import shutil
import sqlite3
import time
import zipfile
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from plandesk.domain.messages import CodedError, Message, cause, msg
from plandesk.domain.schema import loads_bounded
from plandesk.domain.text import format_size
from plandesk.filesafe import CHUNK, TEMP_SUFFIX, atomic_write, file_sha256, fsync_file, move_into_place

from .anchor import ChainHead, database_head
from .evidence_store import EvidenceStore, disk_problem_message

AUTO_PREFIX = "tu-dong-"
KEEP_LAST = 10
TMP_SUFFIX = TEMP_SUFFIX
FULL_KIND = "plandesk-sao-luu-day-du"
FULL_FORMAT = 1
MANIFEST = "manifest.json"
DB_MEMBER = "plandesk.sqlite"
_STAMP = re.compile(r"(\d{8})-(\d{6})")
_HASH = re.compile(r"^[0-9a-f]{64}$")
_ANY_HASH = re.compile(r"[0-9a-f]{64}")

Report = Callable[[int, int, str], None]
# what zipfile raises on a damaged archive, besides BadZipFile: a flipped bit can make a member
# look encrypted, compressed by an unknown method, or of another zip version
_ZIP_DAMAGE = (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError, ValueError, KeyError)


class BackupError(CodedError):
    """A backup cannot be written or read; the message names the file and says what to do."""


def probe_writable(folder: Path) -> None:
    """Raise OSError now when nothing can be written in ``folder`` (read-only, no rights),
    rather than halfway through a backup with a less clear error."""
    probe = Path(folder) / f".plandesk-thu-ghi-{os.getpid()}{TMP_SUFFIX}"
    fd = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    os.close(fd)
    os.unlink(probe)


def remove_database_file(path: Path) -> None:
    """Remove a database file and the journal files SQLite may have left beside it."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        try:
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        except OSError:
            pass


# -- database copies ---------------------------------------------------------------------------
def snapshot_database(db_path: Path, target: Path) -> Path:
    """A consistent copy of a live database at ``target`` (online backup API), checked,
    flushed and renamed into place. The copy uses a rollback journal so it can be read
    without side files."""
    target = Path(target)
    tmp = target.with_name(target.name + TMP_SUFFIX)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        probe_writable(target.parent)
        remove_database_file(tmp)
        source = sqlite3.connect(f"{Path(db_path).resolve().as_uri()}?mode=ro", uri=True)
        try:
            dest = sqlite3.connect(tmp)
            try:
                source.backup(dest)
                dest.execute("PRAGMA journal_mode=DELETE")
                check = dest.execute("PRAGMA quick_check").fetchone()[0]
            finally:
                dest.close()
        finally:
            source.close()
        if check != "ok":
            raise BackupError(msg("backup.copy_damaged", file=str(target), detail=str(check)))
        fsync_file(tmp)
        move_into_place(tmp, target)
        return target
    except (OSError, sqlite3.Error) as exc:
        remove_database_file(tmp)
        raise BackupError(msg("backup.database_copy_disk", problem=disk_problem_message(exc, target.parent))) from exc
    except BaseException:
        remove_database_file(tmp)
        raise


def restore_database_into(source_db: Path, live_db: Path) -> None:
    """Replace the content of the live database by that of ``source_db`` in one SQLite
    transaction (online backup API into the live file): a crash midway leaves the old
    content, never a mixture; the WAL of the live file is handled by SQLite itself."""
    source = sqlite3.connect(f"{Path(source_db).resolve().as_uri()}?mode=ro", uri=True)
    try:
        dest = sqlite3.connect(live_db, timeout=10)
        try:
            source.backup(dest)
            dest.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            dest.close()
    finally:
        source.close()


def stamp_of(path: Path) -> dt.datetime | None:
    match = _STAMP.search(Path(path).name)
    if not match:
        return None
    try:
        return dt.datetime.strptime("".join(match.groups()), "%Y%m%d%H%M%S")
    except ValueError:
        return None


def stamp(now: dt.datetime) -> str:
    return now.strftime("%Y%m%d-%H%M%S")


def automatic_backups(backups_dir: Path) -> list[Path]:
    """The automatic copies, oldest first."""
    if not Path(backups_dir).is_dir():
        return []
    found = [p for p in Path(backups_dir).glob(f"{AUTO_PREFIX}*.sqlite") if stamp_of(p) is not None]
    return sorted(found, key=lambda p: (stamp_of(p), _same_second_number(p), p.name))


def _same_second_number(path: Path) -> int:
    """Copies made in the same second are named …-HHMMSS.sqlite, …-HHMMSS-1.sqlite, -2…: in
    that order (by name alone "-1" would sort before ".sqlite")."""
    match = re.search(r"\d{8}-\d{6}-(\d+)\.sqlite$", Path(path).name)
    return int(match.group(1)) if match else 0


def to_keep(stamps: Iterable[dt.datetime], keep_last: int = KEEP_LAST) -> set[dt.datetime]:
    """The rotation rule: the newest ``keep_last`` and the newest one of each month."""
    ordered = sorted(set(stamps))
    keep = set(ordered[-keep_last:]) if keep_last > 0 else set()
    newest_of_month: dict[tuple[int, int], dt.datetime] = {}
    for when in ordered:
        newest_of_month[(when.year, when.month)] = when
    return keep | set(newest_of_month.values())


def rotate(backups_dir: Path, keep_last: int = KEEP_LAST) -> list[Path]:
    """Delete the automatic copies the rule does not keep; return them."""
    backups = automatic_backups(backups_dir)   # oldest first; copies of one second told apart by name
    keep = set(backups[-keep_last:]) if keep_last > 0 else set()
    newest_of_month: dict[tuple[int, int], Path] = {}
    for path in backups:
        when = stamp_of(path)
        if when is not None:   # automatic_backups lists stamped names only
            newest_of_month[(when.year, when.month)] = path
    keep |= set(newest_of_month.values())
    removed = []
    for path in backups:
        if path not in keep:
            try:
                path.unlink()
                removed.append(path)
            except OSError:
                pass  # kept one more time; the next rotation tries again
    return removed


@dataclass(frozen=True)
class AutoBackup:
    path: Path
    created: bool      # False: the database had not changed since ``path`` was written


# What the database files looked like when the newest automatic copy was made or confirmed
# equal to them: the next opening compares and, when nothing changed, neither copies nor hashes.
COPY_STATE = ".tu-dong-trang-thai.json"
# a file changed less than this before it was looked at may change again within the same tick
# of the file system's clock without its time moving: such a look proves nothing (as git does
# with a "racily clean" index)
SETTLED_NS = 3_000_000_000


def database_files_state(db_path: Path) -> list:
    """For the database file and its write-ahead log: size, modification time (ns), file id
    and header (the database's 100 bytes, the log's 32: salts and checkpoint number), or None
    when the file does not exist (or, for the log, is empty). Any write to either file changes
    its modification time; a commit also changes the log's size or, when the log starts
    again from its beginning, its salts."""
    state: list = []
    for suffix, header in (("", 100), ("-wal", 32)):
        try:
            with open(f"{db_path}{suffix}", "rb") as handle:
                st = os.fstat(handle.fileno())
                head = handle.read(header)
        except FileNotFoundError:
            state.append(None)
            continue
        # an empty log (as every open connection has one) holds nothing: as if absent
        state.append([st.st_size, st.st_mtime_ns, st.st_ino, head.hex()] if suffix == "" or st.st_size else None)
    return state


def _look(db_path: Path) -> dict:
    at = time.time_ns()   # before the look: a write after it has a later time than anything seen
    return {"at_ns": at, "database": database_files_state(db_path)}


def _unchanged_since_copy(db_path: Path, backups_dir: Path, newest: Path) -> bool:
    """True only when the state recorded with ``newest`` proves the database has not been
    written since: the same copy (name and size), the same files, and every file time seen
    then already settled. Anything else (no record, another copy, a doubt) is False: copy."""
    try:
        recorded = json.loads((Path(backups_dir) / COPY_STATE).read_text(encoding="utf-8"))
        if recorded.get("copy") != newest.name or recorded.get("copy_size") != newest.stat().st_size:
            return False
        files = recorded["database"]
        if any(f is not None and f[1] >= recorded["at_ns"] - SETTLED_NS for f in files):
            return False
        return files == database_files_state(db_path)
    except (OSError, ValueError, KeyError, TypeError, IndexError, AttributeError):
        return False


def _record_copy_state(backups_dir: Path, copy: Path, look: dict) -> None:
    """Kept beside the copies (not flushed: losing it only costs one more comparison)."""
    path = Path(backups_dir) / COPY_STATE
    try:
        state = json.dumps({"copy": copy.name, "copy_size": copy.stat().st_size, **look})
        atomic_write(path, state.encode("utf-8"), durable=False)
    except OSError:
        try:
            path.unlink(missing_ok=True)
        except OSError:
            pass


def automatic_backup(db_path: Path, backups_dir: Path, now: dt.datetime | None = None,
                     keep_last: int = KEEP_LAST) -> AutoBackup:
    """Copy the database into ``backups/`` unless it is unchanged since the newest copy: proved
    from the files' state recorded with that copy (no copy made), else by copying and comparing
    the copy with the newest one."""
    now = (now or dt.datetime.now()).replace(microsecond=0)
    previous = automatic_backups(backups_dir)
    if previous and _unchanged_since_copy(db_path, backups_dir, previous[-1]):
        return AutoBackup(previous[-1], False)
    look = _look(db_path)   # before the copy: a write during it shows as a change next time
    target = Path(backups_dir) / f"{AUTO_PREFIX}{stamp(now)}.sqlite"
    n = 1
    while target.exists():
        target = Path(backups_dir) / f"{AUTO_PREFIX}{stamp(now)}-{n}.sqlite"
        n += 1
    snapshot_database(db_path, target)
    if previous:
        newest = previous[-1]
        try:
            same = newest.stat().st_size == target.stat().st_size and file_sha256(newest) == file_sha256(target)
        except OSError:
            same = False
        if same:
            target.unlink(missing_ok=True)
            _record_copy_state(backups_dir, newest, look)
            return AutoBackup(newest, False)
    rotate(backups_dir, keep_last)
    _record_copy_state(backups_dir, target, look)
    return AutoBackup(target, True)


def latest_backup_time(backups_dir: Path) -> dt.datetime | None:
    """When the newest automatic copy was made or confirmed (its file time)."""
    backups = automatic_backups(backups_dir)
    if not backups:
        return None
    try:
        return dt.datetime.fromtimestamp(max(p.stat().st_mtime for p in backups))
    except OSError:
        return None


def touch(path: Path, when: dt.datetime) -> None:
    try:
        os.utime(path, (when.timestamp(), when.timestamp()))
    except OSError:
        pass


# -- reading a database file without changing it ---------------------------------------------
@dataclass(frozen=True)
class DossierSummary:
    id: int
    unit: str
    year: int


@dataclass(frozen=True)
class DatabaseSummary:
    revision: str | None
    dossiers: tuple[DossierSummary, ...]
    evidence_hashes: frozenset[str]
    evidence_rows: int
    audit_entries: int


def read_database(path: Path, *, full_check: bool = False) -> DatabaseSummary:
    """What a database file holds; BackupError if it is damaged or not a PlanDesk database."""
    path = Path(path)
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error as exc:
        raise BackupError(msg("backup.cannot_open", file=str(path), detail=str(exc))) from exc
    try:
        result = [r[0] for r in con.execute("PRAGMA integrity_check" if full_check else "PRAGMA quick_check")]
        if result != ["ok"]:
            raise BackupError(msg("backup.database_damaged", file=str(path), detail="; ".join(result[:3])))
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not {"alembic_version", "dossiers", "evidence", "units"} <= tables:
            raise BackupError(msg("backup.not_database", file=str(path)))
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        dossiers = tuple(DossierSummary(i, u, y) for i, u, y in con.execute(
            "SELECT d.id, u.name, d.year FROM dossiers d JOIN units u ON u.id = d.unit_id ORDER BY d.id"))
        hashes = [r[0] for r in con.execute("SELECT sha256 FROM evidence")]
        audit = con.execute("SELECT count(*) FROM audit_log").fetchone()[0] if "audit_log" in tables else 0
    except sqlite3.DatabaseError as exc:
        raise BackupError(msg("backup.not_database_or_damaged", file=str(path), detail=str(exc))) from exc
    finally:
        con.close()
    return DatabaseSummary(row[0] if row else None, dossiers, frozenset(hashes), len(hashes), audit)


def database_is_damaged(path: Path) -> bool:
    """True when the file exists but SQLite finds it damaged or unreadable."""
    path = Path(path)
    if not path.exists() or path.stat().st_size == 0:
        return False
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            return [r[0] for r in con.execute("PRAGMA quick_check")] != ["ok"]
        finally:
            con.close()
    except sqlite3.Error as exc:
        # a full, read-only or vanished disk keeps SQLite from reading beside the file
        # (its -shm, -wal): that says nothing about the file itself
        from .engine import disk_problem

        return disk_problem(exc, path) is None


# what each column of a backup may hold: read by the program after a restore, so checked first
_INT_COLUMNS = {"units": ("id",), "dossiers": ("id", "unit_id", "year"),
                "assessments": ("id", "dossier_id", "position"), "evidence": ("id", "dossier_id", "size"),
                "evidence_links": ("assessment_id", "evidence_id", "position"),
                "council_members": ("id", "dossier_id", "sort_order"), "deadlines": ("id", "dossier_id"),
                "audit_log": ("id",), "dossier_versions": ("id", "dossier_id", "sequence"),
                "accounts": ("id", "failed_attempts"), "dossier_seals": ("id", "dossier_id", "evidence_count")}
# integers with a narrower range (as in packages: domain/schema.py, transfer/dataformat.py)
_BOUNDED_COLUMNS = {("dossiers", "year"): (2000, 2100)}
_DATE_COLUMNS = {"assessments": ("deadline",), "evidence": ("issued_on",), "deadlines": ("due_on", "done_on")}
_TIME_COLUMNS = {"dossiers": ("created_at",), "assessments": ("updated_at",), "evidence": ("added_at",),
                 "audit_log": ("at",), "dossier_versions": ("at",), "accounts": ("created_at", "locked_until",
                                                                                  "last_sign_in"),
                 "dossier_seals": ("sealed_at", "reopened_at")}
_JSON_COLUMNS = {"dossiers": ("framework_data", "settings"), "assessments": ("values",),
                 "dossier_versions": ("summary", "snapshot")}
_ENUM_COLUMNS = {("assessments", "status"): {"chua_danh_gia", "dang_thuc_hien", "dat", "khong_dat"},
                 ("assessments", "review_status"): {"chua_xem", "dat", "yeu_cau_bo_sung"},
                 ("council_members", "role"): {"chu_tich", "pho_chu_tich", "thu_ky", "thanh_vien"},
                 ("accounts", "role"): {"can_bo", "lanh_dao", "xem"}}


def check_database_content(path: Path, limit: int = 8) -> list[Message]:
    """What in a database file (a backup about to be restored) the program could not read
    back: integers out of bounds, dates that are not dates, JSON too deep or not finite,
    unknown decisions and roles, document settings of the wrong type, values a criterion
    cannot hold (domain.schema, the same schema as packages). Empty when it is sound."""
    import datetime as _dt

    from plandesk.domain import schema
    from plandesk.domain.framework import FrameworkError, parse_framework
    from plandesk.domain.rules import BadValue, parse_value

    problems: list[Message] = []
    try:
        con = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error as exc:
        return [msg("backup.content_cannot_open", detail=str(exc))]
    try:
        tables = {r[0]: {c[1] for c in con.execute(f'PRAGMA table_info("{r[0]}")')}
                  for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}

        def columns(spec):
            for table, names in spec.items():
                for name in names:
                    if name in tables.get(table, ()):
                        yield table, name

        for table, name in columns(_INT_COLUMNS):
            row = con.execute(f'SELECT rowid, "{name}" FROM "{table}" WHERE "{name}" IS NOT NULL AND '
                              f'(typeof("{name}") != \'integer\' OR abs("{name}") > {schema.MAX_FILE_SIZE}) '
                              "LIMIT 1").fetchone()
            if row is not None:
                problems.append(msg("backup.content_not_integer", table=table, row=row[0], column=name,
                                    value=repr(str(row[1])[:30])))
        for (table, name), (low, high) in _BOUNDED_COLUMNS.items():
            if name in tables.get(table, ()):
                row = con.execute(f'SELECT rowid, "{name}" FROM "{table}" WHERE typeof("{name}") = \'integer\' AND '
                                  f'"{name}" NOT BETWEEN ? AND ? LIMIT 1', (low, high)).fetchone()
                if row is not None:
                    problems.append(msg("backup.content_out_of_range", table=table, row=row[0], column=name,
                                        value=row[1], low=low, high=high))
        for spec, parse in ((_DATE_COLUMNS, _dt.date.fromisoformat), (_TIME_COLUMNS, _dt.datetime.fromisoformat)):
            for table, name in columns(spec):
                for rowid, value in con.execute(f'SELECT rowid, "{name}" FROM "{table}" WHERE "{name}" IS NOT NULL'):
                    try:
                        ok = isinstance(value, str) and schema.MIN_YEAR <= parse(value).year <= schema.MAX_YEAR
                    except ValueError:
                        ok = False
                    if not ok:
                        problems.append(msg("backup.content_not_datetime", table=table, row=rowid, column=name,
                                            value=repr(str(value)[:30])))
                        break
        for (table, name), allowed in _ENUM_COLUMNS.items():
            if name in tables.get(table, ()):
                marks = ", ".join("?" * len(allowed))
                row = con.execute(f'SELECT rowid, "{name}" FROM "{table}" WHERE "{name}" NOT IN ({marks}) LIMIT 1',
                                  tuple(allowed)).fetchone()
                if row is not None:
                    problems.append(msg("backup.content_invalid", table=table, row=row[0], column=name,
                                        value=repr(str(row[1])[:30])))
        parsed: dict[tuple[str, int], object] = {}
        for table, name in columns(_JSON_COLUMNS):
            for rowid, value in con.execute(f'SELECT rowid, CAST("{name}" AS TEXT) FROM "{table}"'):
                try:
                    # NULL is no value; an empty text is not JSON (the database layer cannot read it)
                    parsed[(f"{table}.{name}", rowid)] = schema.loads_bounded("null" if value is None else value)
                except (ValueError, RecursionError) as exc:
                    problems.append(msg("backup.content_column_unreadable", table=table, row=rowid, column=name,
                                        detail=str(exc)[:80]))
        if "settings" in tables.get("dossiers", ()):
            for (where, rowid), value in parsed.items():
                if where == "dossiers.settings" and value is not None:
                    for key, what in schema.check_settings(value)[1][:2]:
                        problems.append(msg("backup.content_setting", row=rowid, key=key, problem=what))
        frameworks = {}
        for (where, rowid), value in parsed.items():
            if where == "dossiers.framework_data":
                if not isinstance(value, dict):
                    problems.append(msg("backup.content_framework", row=rowid,
                                        detail=msg("backup.content_not_table", kind=type(value).__name__)))
                    continue
                try:
                    frameworks[rowid] = parse_framework(value, f"hồ sơ dòng {rowid}")
                except (FrameworkError, TypeError, ValueError, AttributeError, KeyError) as exc:
                    problems.append(msg("backup.content_framework", row=rowid, detail=str(exc)[:80]))
        if {"values", "code", "dossier_id"} <= tables.get("assessments", set()):
            for rowid, dossier_id, code in con.execute("SELECT rowid, dossier_id, code FROM assessments"):
                values, framework = parsed.get(("assessments.values", rowid)), frameworks.get(dossier_id)
                if not values or framework is None:
                    continue
                criterion = framework.criterion(code) if isinstance(code, str) else None
                conditions = {n: c for c in criterion.conditions for n in c.value_names()} if criterion else {}
                for name, value in (values.items() if isinstance(values, dict) else [("?", values)]):
                    shown = repr(str(name)[:40])
                    if name not in conditions:
                        problems.append(msg("backup.content_value", criterion=str(code), row=rowid, name=shown,
                                            problem=msg("backup.content_value_unknown")))
                        break
                    try:
                        parse_value(conditions[name], name, value, framework)
                    except BadValue as exc:
                        problems.append(msg("backup.content_value", criterion=str(code), row=rowid, name=shown,
                                            problem=cause(exc)))
                        break
    except sqlite3.Error as exc:
        problems.append(msg("backup.content_cannot_read", detail=str(exc)))
    finally:
        con.close()
    return problems[:limit]


def copies_needing(backups_dir: Path, sha256: str) -> list[Path]:
    """The database copies in ``backups_dir`` whose documents (or kept versions) name the
    evidence file ``sha256``: restoring one of them needs that file in the store."""
    needing: list[Path] = []
    folder = Path(backups_dir)
    if not folder.is_dir():
        return needing
    for copy in sorted(folder.rglob("*.sqlite")):
        try:
            con = sqlite3.connect(f"{copy.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
        except sqlite3.Error:
            continue
        try:
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            found = "evidence" in tables and con.execute("SELECT 1 FROM evidence WHERE sha256 = ? LIMIT 1",
                                                         (sha256,)).fetchone() is not None
            if not found and "dossier_versions" in tables:
                like = f"%{sha256}%"
                found = con.execute("SELECT 1 FROM dossier_versions WHERE CAST(snapshot AS TEXT) LIKE ? OR "
                                    "CAST(summary AS TEXT) LIKE ? LIMIT 1", (like, like)).fetchone() is not None
        except sqlite3.Error:
            found = False
        finally:
            con.close()
        if found:
            needing.append(copy)
    return needing


def referenced_hashes(path: Path) -> set[str]:
    """Every evidence hash a database file refers to: its documents and the versions kept
    by transfers (their snapshots name files too). Empty for an unreadable file."""
    try:
        con = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error:
        return set()
    found: set[str] = set()
    try:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "evidence" in tables:
            found.update(r[0] for r in con.execute("SELECT sha256 FROM evidence"))
        if "dossier_versions" in tables:
            for snapshot, summary in con.execute("SELECT CAST(snapshot AS TEXT), CAST(summary AS TEXT) "
                                                 "FROM dossier_versions"):
                found.update(_ANY_HASH.findall(f"{snapshot or ''} {summary or ''}"))
    except sqlite3.Error:
        return found
    finally:
        con.close()
    return found


# -- full backups ------------------------------------------------------------------------------
@dataclass(frozen=True)
class FullBackupInfo:
    path: Path
    created: dt.datetime
    app_version: str
    revision: str | None
    source: str
    dossiers: tuple[DossierSummary, ...]
    evidence: tuple[tuple[str, int], ...]     # (sha256, size)
    database_sha256: str
    size: int = 0
    audit_head: ChainHead | None = None    # the newest audit entry when the backup was made

    @property
    def evidence_bytes(self) -> int:
        return sum(size for _, size in self.evidence)


@dataclass
class WrittenBackup:
    path: Path
    size: int
    files: int
    info: FullBackupInfo
    notes: list[Message | str] = field(default_factory=list)


def _member(sha: str) -> str:
    return f"evidence/{sha[:2]}/{sha}"


def write_full_backup(db_path: Path, store: EvidenceStore, target: Path, *, app_version: str, source: str,
                      now: dt.datetime | None = None, report: Report | None = None) -> WrittenBackup:
    """Write a full backup to ``target`` (a .zip): a database snapshot and every evidence
    file it refers to, then read it all back and compare before giving it its name."""
    now = (now or dt.datetime.now()).replace(microsecond=0)
    target = Path(target)
    tmp = target.with_name(target.name + TMP_SUFFIX)
    db_tmp = target.with_name(target.name + ".csdl" + TMP_SUFFIX)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        probe_writable(target.parent)
        for pattern in (f"PlanDesk-sao-luu-*{TMP_SUFFIX}*", f".plandesk-thu-ghi-*{TMP_SUFFIX}"):
            for stale in target.parent.glob(pattern):  # an earlier backup cut short
                stale.unlink(missing_ok=True)
    except OSError as exc:
        raise BackupError(msg("backup.not_written_disk", problem=disk_problem_message(exc, target.parent))) from exc
    done = 0
    try:
        snapshot_database(db_path, db_tmp)
        summary = read_database(db_tmp)
        missing = sorted(h for h in summary.evidence_hashes if not store.has(h))
        if missing:
            raise BackupError(msg("backup.evidence_missing", count=len(missing), example=f"{missing[0][:12]}…"))
        # versions kept by transfers may name files too: carry those the store still has
        hashes = sorted(h for h in referenced_hashes(db_tmp) | summary.evidence_hashes if store.has(h))
        sizes = {h: store.path_for(h).stat().st_size for h in hashes}
        need = sum(sizes.values()) + db_tmp.stat().st_size + (1 << 20)
        free = shutil.disk_usage(target.parent).free
        if free < need:
            raise BackupError(msg("backup.disk_too_small", folder=str(target.parent), free=format_size(free),
                                  need=format_size(need)))
        total = sum(sizes.values()) + db_tmp.stat().st_size
        db_sha = file_sha256(db_tmp)
        info = FullBackupInfo(target, now, app_version, summary.revision, source, summary.dossiers,
                              tuple((h, sizes[h]) for h in hashes), db_sha)
        manifest = {"kind": FULL_KIND, "format": FULL_FORMAT, "created": now.isoformat(), "app_version": app_version,
                    "schema": summary.revision, "source": source,
                    "database": {"name": DB_MEMBER, "sha256": db_sha, "size": db_tmp.stat().st_size},
                    "dossiers": [{"id": d.id, "unit": d.unit, "year": d.year} for d in summary.dossiers],
                    # the newest entry of the audit chain: 'check' finds later whether it is still there
                    "audit_head": head.to_json() if (head := database_head(db_tmp)) is not None else None,
                    "evidence": [{"sha256": h, "size": sizes[h]} for h in hashes]}
        with open(tmp, "wb") as raw:
            with zipfile.ZipFile(raw, "w", allowZip64=True) as archive:
                archive.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1), zipfile.ZIP_DEFLATED)
                archive.write(db_tmp, DB_MEMBER, zipfile.ZIP_DEFLATED)
                done += db_tmp.stat().st_size
                for h in hashes:
                    # evidence is mostly PDF and images, already compressed: store as is
                    archive.write(store.path_for(h), _member(h), zipfile.ZIP_STORED)
                    done += sizes[h]
                    if report:
                        report(done, total, h)
            raw.flush()
            os.fsync(raw.fileno())
        verified = read_full_backup(tmp, verify=True)
        if verified.database_sha256 != db_sha or len(verified.evidence) != len(hashes):
            raise BackupError(msg("backup.read_back_differs", file=str(target)))
        move_into_place(tmp, target)
    except (OSError, sqlite3.Error) as exc:
        tmp.unlink(missing_ok=True)
        raise BackupError(msg("backup.not_written_nothing_left",
                              problem=disk_problem_message(exc, target.parent))) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    finally:
        remove_database_file(db_tmp)
    size = target.stat().st_size
    info = FullBackupInfo(target, now, app_version, summary.revision, source, summary.dossiers,
                          tuple((h, sizes[h]) for h in hashes), db_sha, size)
    return WrittenBackup(target, size, len(hashes), info)


def _foreign(path: Path) -> BackupError:
    return BackupError(msg("backup.foreign_zip", file=str(path), manifest=MANIFEST))


def _damaged(path: Path, why: str | Message) -> BackupError:
    return BackupError(msg("backup.damaged", file=str(path), reason=why))


def _copy_member(archive: zipfile.ZipFile, name: str, out: IO[bytes] | None) -> str:
    digest = hashlib.sha256()
    with archive.open(name) as member:
        while block := member.read(CHUNK):
            digest.update(block)
            if out is not None:
                out.write(block)
    return digest.hexdigest()


def read_full_backup(path: Path, *, verify: bool = False) -> FullBackupInfo:
    """What a full backup holds. With ``verify``, every member is read back and compared
    with the manifest (and the database checked): BackupError names what is wrong."""
    path = Path(path)
    try:
        archive = zipfile.ZipFile(path)
    except FileNotFoundError as exc:
        raise BackupError(msg("backup.not_found", file=str(path))) from exc
    except _ZIP_DAMAGE as exc:
        raise BackupError(msg("backup.not_zip", file=str(path))) from exc
    except OSError as exc:
        raise BackupError(msg("file.unreadable", file=str(path), reason=exc.strerror or str(exc))) from exc
    with archive:
        names = set(archive.namelist())
        if MANIFEST not in names:
            raise _foreign(path)
        try:
            manifest = loads_bounded(archive.read(MANIFEST))
        except (*_ZIP_DAMAGE, UnicodeDecodeError, OSError, RecursionError) as exc:
            raise _damaged(path, msg("backup.manifest_unreadable", detail=str(exc)[:200])) from exc
        if not isinstance(manifest, dict) or manifest.get("kind") != FULL_KIND:
            raise _foreign(path)
        if manifest.get("format") != FULL_FORMAT:
            raise BackupError(msg("backup.other_format", file=str(path), format=str(manifest.get("format"))))
        try:
            evidence = tuple((str(e["sha256"]), int(e["size"])) for e in manifest["evidence"])
            db = manifest["database"]
            dossiers = tuple(DossierSummary(int(d["id"]), str(d["unit"]), int(d["year"]))
                             for d in manifest.get("dossiers", []))
            info = FullBackupInfo(path, dt.datetime.fromisoformat(manifest["created"]),
                                  str(manifest.get("app_version", "")), manifest.get("schema"),
                                  str(manifest.get("source", "")), dossiers, evidence, str(db["sha256"]),
                                  path.stat().st_size, ChainHead.from_json(manifest.get("audit_head")))
        except (KeyError, TypeError, ValueError, OverflowError) as exc:
            raise _damaged(path, msg("backup.manifest_incomplete", detail=str(exc)[:200])) from exc
        if any(not 0 <= size <= 2 ** 53 for _, size in evidence):
            raise _damaged(path, msg("backup.manifest_bad_size"))
        for sha, _ in evidence:
            if not _HASH.match(sha):
                raise _damaged(path, msg("backup.manifest_bad_digest", digest=repr(sha[:20])))
        expected = {DB_MEMBER, *(_member(sha) for sha, _ in evidence)}
        absent = sorted(expected - names)
        if absent:
            raise _damaged(path, msg("backup.entries_missing", count=len(absent), example=absent[0]))
        if verify:
            try:
                if _copy_member(archive, DB_MEMBER, None) != info.database_sha256:
                    raise _damaged(path, msg("backup.database_changed"))
                for sha, size in evidence:
                    member = _member(sha)
                    if archive.getinfo(member).file_size != size or _copy_member(archive, member, None) != sha:
                        raise _damaged(path, msg("backup.evidence_changed", file=f"{sha[:12]}…"))
            except (*_ZIP_DAMAGE, OSError) as exc:
                raise _damaged(path, str(exc) or type(exc).__name__) from exc
    return info


def extract_database(path: Path, target: Path) -> DatabaseSummary:
    """Write the database of a full backup to ``target`` (checked against the manifest)."""
    info = read_full_backup(path)
    tmp = Path(target)
    try:
        with zipfile.ZipFile(path) as archive, open(tmp, "wb") as out:
            sha = _copy_member(archive, DB_MEMBER, out)
            out.flush()
            os.fsync(out.fileno())
    except _ZIP_DAMAGE as exc:
        tmp.unlink(missing_ok=True)
        raise _damaged(path, str(exc) or type(exc).__name__) from exc
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise BackupError(msg("backup.restore_disk", problem=disk_problem_message(exc, tmp.parent))) from exc
    if sha != info.database_sha256:
        tmp.unlink(missing_ok=True)
        raise _damaged(path, msg("backup.database_changed"))
    try:
        return read_database(tmp, full_check=True)
    except BackupError as exc:
        tmp.unlink(missing_ok=True)
        raise _damaged(path, str(exc)) from exc


def restore_evidence(path: Path, store: EvidenceStore, hashes: Iterable[str], report: Report | None = None) -> int:
    """Put the backup's evidence files the store lacks into it (each atomically, checked by
    hash); returns how many were added. Files already there are left alone."""
    wanted = [h for h in hashes if not store.has(h)]
    added = 0
    try:
        with zipfile.ZipFile(path) as archive:
            for index, sha in enumerate(wanted):
                with archive.open(_member(sha)) as member:
                    stored = store._add_stream(member, None)
                if stored.sha256 != sha:
                    store.remove(stored.sha256)
                    raise _damaged(path, msg("backup.evidence_changed", file=f"{sha[:12]}…"))
                added += 1
                if report:
                    report(index + 1, len(wanted), sha)
    except _ZIP_DAMAGE as exc:
        raise _damaged(path, str(exc) or type(exc).__name__) from exc
    return added
