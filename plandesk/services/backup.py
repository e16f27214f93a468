"""Backups as the user sees them: make a full backup (database and evidence) to another disk,
list the copies kept in ``backups/``, show what a backup holds, restore one after keeping
the current state aside, and bring back a workspace whose database is damaged.

Restoring never deletes anything: the current database is copied to
``backups/truoc-khoi-phuc-….sqlite`` first, evidence files are only ever added to the store,
and a damaged database is moved (not overwritten) to ``backups/hong-…/``."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from plandesk import __version__
from plandesk.domain.access import Action, Actor, Role
from plandesk.domain.messages import Listing, Message, cause, msg
from plandesk.domain.text import format_size
from plandesk.filesafe import fsync_dir, move_into_place
from plandesk.storage import anchor as anchors
from plandesk.storage import backup as files
from plandesk.storage import orm
from plandesk.storage.engine import alembic_config, migrate
from plandesk.storage.evidence_store import EvidenceStore, EvidenceStoreError
from plandesk.storage.location import PathTooLong, check_path_length
from plandesk.storage.lock import LockError, acquire_lock
from plandesk.storage.workspace import (
    DAMAGED,
    DB_NAME,
    FOREIGN,
    Workspace,
    WorkspaceError,
    good_backups,
    open_workspace,
    workspace_state,
)

from . import audit
from .access import AccessDenied, ActingService, Identity, require
from .accounts import dummy_hash, normalize_username, verify_password
from .database import refuse_on_server
from .dossiers import DossierService
from .errors import InvalidInput, ServiceError
from .outputs import checked_output

Report = Callable[[int, int, str], None]

KINDS = {"tu-dong-": "tự động", "truoc-nang-cap-": "trước khi nâng cấp", "truoc-khoi-phuc-": "trước khi khôi phục",
         "PlanDesk-sao-luu-": "đầy đủ"}


@dataclass(frozen=True)
class BackupEntry:
    """A backup kept in the workspace's ``backups/`` folder."""
    path: Path
    kind: str           # in the user's words: tự động, trước khi nâng cấp, trước khi khôi phục, đầy đủ, khác
    created: dt.datetime
    size: int
    full: bool          # a .zip with evidence, or a database copy


@dataclass(frozen=True)
class BackupContents:
    path: Path
    full: bool
    created: dt.datetime
    app_version: str
    revision: str | None
    dossiers: tuple[files.DossierSummary, ...]
    evidence_count: int
    evidence_bytes: int
    size: int
    missing_files: tuple[str, ...] = ()   # hashes of documents whose file neither the store nor the backup has
    newer: bool = False                   # made by a PlanDesk whose schema this one does not know

    @property
    def summary(self) -> str:
        kind = "Bản sao lưu đầy đủ (cơ sở dữ liệu và minh chứng)" if self.full else "Bản sao cơ sở dữ liệu"
        lines = [f"{kind}: {self.path}",
                 f"Tạo lúc {self.created:%H:%M ngày %d/%m/%Y}" + (f" bởi PlanDesk {self.app_version}"
                                                                   if self.app_version else ""),
                 f"{len(self.dossiers)} hồ sơ, {self.evidence_count} tài liệu minh chứng"
                 + (f" ({format_size(self.evidence_bytes)})" if self.full else "")]
        lines += [f"  • hồ sơ số {d.id}: {d.unit}, năm {d.year}" for d in self.dossiers]
        if self.missing_files:
            lines.append(f"Lưu ý: {len(self.missing_files)} tài liệu không còn tệp trong kho minh chứng (đã bị xóa "
                         "sau khi sao lưu); sau khi khôi phục hãy đính kèm lại hoặc dùng bản sao lưu đầy đủ.")
        return "\n".join(lines)


@dataclass
class RestoreResult:
    source: Path
    kept_aside: Path
    contents: BackupContents
    evidence_added: int
    missing_files: tuple[str, ...]
    upgraded: bool = False
    notes: list[str] = field(default_factory=list)


def _kind_of(path: Path) -> str:
    for prefix, label in KINDS.items():
        if path.name.startswith(prefix):
            return label
    return "khác"


def _known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def describe_backup(path: Path, store: EvidenceStore, *, verify: bool = True) -> BackupContents:
    """What a backup file holds (a full .zip or a database copy); ServiceError, naming the
    file, for one that is damaged, foreign or missing."""
    path = Path(path).expanduser()
    if not path.is_file():
        raise InvalidInput(msg("backup.not_found", file=str(path)))
    kind = _magic(path)
    if kind is None:
        raise ServiceError(msg("backup.foreign", file=str(path)))
    try:
        if kind == "zip":
            info = files.read_full_backup(path, verify=verify)
            contents = BackupContents(path, True, info.created, info.app_version, info.revision, info.dossiers,
                                      len(info.evidence), info.evidence_bytes, info.size)
        else:
            summary = files.read_database(path, full_check=verify)
            created = files.stamp_of(path) or dt.datetime.fromtimestamp(path.stat().st_mtime)
            missing = tuple(sorted(h for h in summary.evidence_hashes if not store.has(h)))
            contents = BackupContents(path, False, created, "", summary.revision, summary.dossiers,
                                      summary.evidence_rows, 0, path.stat().st_size, missing)
    except files.BackupError as exc:
        raise ServiceError(exc) from exc
    newer = contents.revision is not None and contents.revision not in _known_revisions()
    if newer:
        contents = BackupContents(**{**contents.__dict__, "newer": True})
    return contents


def _magic(path: Path) -> str | None:
    """"zip", "sqlite" or None, from the first bytes of the file."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(16)
    except OSError as exc:
        raise ServiceError(msg("file.unreadable", file=str(path), reason=exc.strerror or str(exc))) from exc
    if head.startswith(b"PK\x03\x04"):
        return "zip"
    if head == b"SQLite format 3\x00":
        return "sqlite"
    return None


def _prepare_database(source: Path, contents: BackupContents, work_dir: Path) -> Path:
    """A checked copy of the backup's database in ``work_dir`` (same disk as the workspace)."""
    if contents.newer:
        raise ServiceError(msg("backup.newer", file=str(source), revision=str(contents.revision)))
    target = work_dir / f".khoi-phuc-{files.stamp(dt.datetime.now())}.sqlite{files.TMP_SUFFIX}"
    try:
        if contents.full:
            summary = files.extract_database(source, target)
        else:
            files.snapshot_database(source, target)
            summary = files.read_database(target, full_check=True)
    except files.BackupError as exc:
        files.remove_database_file(target)
        raise ServiceError(exc) from exc
    if summary.revision is not None and summary.revision not in _known_revisions():  # whatever the manifest says
        files.remove_database_file(target)
        raise ServiceError(msg("backup.newer", file=str(source), revision=str(summary.revision)))
    problems = files.check_database_content(target)   # the same schema as packages, before anything moves
    if problems:
        files.remove_database_file(target)
        raise ServiceError(msg("backup.content_unreadable", file=str(source), problems=Listing(tuple(problems))))
    return target


def _carried_hashes(contents: BackupContents) -> list[str]:
    if not contents.full:
        return []
    return [sha for sha, _ in files.read_full_backup(contents.path).evidence]


class BackupService(ActingService):
    def __init__(self, workspace: Workspace, user: str | Identity = "", dossiers: DossierService | None = None):
        self.ws = workspace
        self.identity = Identity.of(user)
        self.dossiers = dossiers   # its cache of parsed frameworks is dropped after a restore

    # -- what there is --------------------------------------------------------------------
    def list_backups(self) -> list[BackupEntry]:
        """Backups in ``backups/``, newest first."""
        folder = self.ws.backups_dir
        entries = []
        for path in (list(folder.glob("*.sqlite")) + list(folder.glob("*.zip"))) if folder.is_dir() else []:
            try:
                stat = path.stat()
            except OSError:
                continue
            created = files.stamp_of(path) or dt.datetime.fromtimestamp(stat.st_mtime)
            entries.append(BackupEntry(path, _kind_of(path), created, stat.st_size, path.suffix == ".zip"))
        return sorted(entries, key=lambda e: (e.created, e.path.name), reverse=True)

    def good_database_backups(self) -> list[Path]:
        """Database copies that read cleanly, newest first (what to offer after damage)."""
        return good_backups(self.ws.root)

    def describe(self, path: Path, verify: bool = True) -> BackupContents:
        return describe_backup(path, self.ws.store, verify=verify)

    # -- making ---------------------------------------------------------------------------
    def automatic_backup(self, now: dt.datetime | None = None) -> files.AutoBackup:
        refuse_on_server(self.ws, msg("database.action_backup"))
        made = self.ws.backup_now(now)
        if made is None:
            raise ServiceError(self.ws.backup_warning or msg("backup.not_made"))
        return made

    def full_backup(self, out_dir: Path | None = None, report: Report | None = None,
                    now: dt.datetime | None = None) -> files.WrittenBackup:
        """Database and evidence into one verified .zip in ``out_dir`` (default ``backups/``)."""
        require(self.ws, self.actor, Action.BACKUP)
        refuse_on_server(self.ws, msg("database.action_full_backup"))
        now = (now or dt.datetime.now()).replace(microsecond=0)
        folder = checked_output(Path(out_dir), self.ws.root, allow=("backups",), folder=True) if out_dir \
            else self.ws.backups_dir
        if folder.exists() and not folder.is_dir():
            raise InvalidInput(msg("backup.not_a_folder", folder=str(folder)))
        target = folder / f"PlanDesk-sao-luu-{files.stamp(now)}.zip"
        try:  # the longest name written there: the database's temporary copy beside the archive
            check_path_length(target, len(".csdl" + files.TMP_SUFFIX))
        except PathTooLong as exc:
            raise InvalidInput(exc) from exc
        try:
            written = files.write_full_backup(self.ws.db_path, self.ws.store, target, app_version=__version__,
                                              source=str(self.ws.root), now=now, report=report)
        except files.BackupError as exc:
            raise ServiceError(exc) from exc
        try:
            inside = folder.resolve().is_relative_to(self.ws.root.resolve())
        except OSError:
            inside = False
        if inside:
            written.notes.append(msg("backup.inside_workspace"))
        with self.ws.sessions.begin() as session:
            audit.record(session, actor=self.actor, dossier_id=None, action=Action.BACKUP, target=str(target),
                         new={"ho_so": len(written.info.dossiers), "tep_minh_chung": written.files,
                              "kich_thuoc": written.size})
        return written

    # -- restoring ------------------------------------------------------------------------
    def ensure_restorable(self) -> None:
        """ServiceError when this workspace cannot be restored by PlanDesk (its database is on
        a shared server), before anything is asked or read."""
        refuse_on_server(self.ws, msg("database.action_restore"))

    def restore(self, path: Path, report: Report | None = None) -> RestoreResult:
        """Replace the workspace's data by a backup's: check it all, keep the current
        database aside, add the backup's evidence files, then swap the database content in
        one SQLite transaction. Refuses a damaged, foreign or newer backup untouched."""
        require(self.ws, self.actor, Action.RESTORE)
        self.ensure_restorable()
        path = Path(path).expanduser()
        contents = self.describe(path, verify=True)
        root = self.ws.root
        prepared = _prepare_database(path, contents, root)
        try:
            added = 0
            if contents.full:
                try:
                    added = files.restore_evidence(path, self.ws.store, _carried_hashes(contents), report)
                except (files.BackupError, EvidenceStoreError) as exc:
                    raise ServiceError(msg("backup.restore_refused_unchanged", problem=cause(exc))) from exc
            now = dt.datetime.now().replace(microsecond=0)
            aside = self.ws.backups_dir / f"truoc-khoi-phuc-{files.stamp(now)}.sqlite"
            try:
                files.snapshot_database(self.ws.db_path, aside)
            except files.BackupError as exc:
                raise ServiceError(msg("backup.cannot_keep_current", problem=cause(exc))) from exc
            anchors.begin_restore(root, anchors.database_head(prepared), str(path))
            self.ws.engine.dispose()
            try:
                files.restore_database_into(prepared, self.ws.db_path)
            except Exception as exc:
                raise ServiceError(msg("backup.restore_not_written", file=str(self.ws.db_path), problem=cause(exc),
                                       aside=str(aside))) from exc
            finally:
                self.ws.engine.dispose()
        finally:
            files.remove_database_file(prepared)
        upgraded = migrate(self.ws.engine, self.ws.db_path, self.ws.backups_dir) is not None
        anchors.reset_after_restore(self.ws.root, self.ws.sessions, str(path))
        with self.ws.sessions.begin() as session:
            shas = set(session.scalars(select(orm.Evidence.sha256)))
            # checked before the restore: the restored database may hold other accounts
            audit.record(session, actor=self.actor, dossier_id=None, action=Action.RESTORE,
                         target=str(path),
                         old={"giu_lai": str(aside)},
                         new={"ho_so": len(contents.dossiers), "tai_lieu": contents.evidence_count})
        missing = tuple(sorted(h for h in shas if not self.ws.store.has(h)))
        if self.dossiers is not None:   # the restored dossiers may carry other frameworks under the same ids
            self.dossiers.forget_framework()
        self.ws.backup_now()
        return RestoreResult(path, aside, contents, added, missing, upgraded)


class CredentialsNeeded(AccessDenied):
    """Bringing back a damaged database needs a leader's user name and password (sign-in was
    on); ``usernames`` are the leaders who may do it."""

    def __init__(self, message: Message | str, usernames: tuple[str, ...]):
        super().__init__(message)
        self.usernames = usernames


def _who_may_recover(root: Path, prepared: Path) -> tuple[list[dict[str, Any]], Message | None]:
    """The leader accounts whose password a damaged-database restore needs, and where they
    come from: the anchor beside the database (the workspace as it was), else the backup
    being restored. No accounts at all: sign-in is off, anyone at the PC may."""
    try:
        anchor = anchors.read_anchor(root)
    except anchors.AnchorUnreadable:
        anchor = None
    if anchor is not None and any(a.get("active") for a in anchor.accounts):
        return anchor.leaders, msg("workspace.part_folder")
    accounts = anchors.database_accounts(prepared) or []
    if any(a.get("active") for a in accounts):
        return [a for a in accounts if a.get("role") == Role.LANH_DAO.value and a.get("active")
                and isinstance(a.get("password_hash"), str)], msg("backup.accounts_from_backup")
    return [], None


def _authorise_recovery(root: Path, prepared: Path, credentials: tuple[str, str] | None) -> str:
    """Who restores (the name for the history). The damaged database cannot say who may, so
    a leader's password is asked, checked against the anchor or the backup's accounts."""
    leaders, source = _who_may_recover(root, prepared)
    if source is None:
        return ""
    names = tuple(sorted(a["username"] for a in leaders))
    if credentials is None or not credentials[0]:
        raise CredentialsNeeded(msg("backup.recovery_needs_leader",
                                    leaders=", ".join(names) or msg("backup.no_leader_left"), source=source), names)
    username, password = normalize_username(credentials[0]), credentials[1]
    account = next((a for a in leaders if a["username"] == username), None)
    # the hash is computed even for an unknown name: no hint of which names exist
    if not verify_password(password, account["password_hash"] if account else dummy_hash()) or account is None:
        raise AccessDenied(msg("backup.recovery_refused", account=username, source=source))
    return username


def recover_damaged_database(root: Path, backup: Path, user: str = "",
                             credentials: tuple[str, str] | None = None) -> RestoreResult:
    """Bring back a workspace whose database is damaged (or missing) from a backup, without
    opening it: the damaged file and its journal are moved to ``backups/hong-…/`` (kept for
    recovery), the backup's database takes its place, the backup's evidence files are added.
    When sign-in was on (the anchor beside the database says so, or the backup has
    accounts), ``credentials`` (user name, password) must be a leader's. The workspace lock
    is held throughout."""
    root = Path(root).expanduser()
    db_path = root / DB_NAME
    store = EvidenceStore(root / "evidence")
    state = workspace_state(root)
    if state.kind != DAMAGED:
        if state.kind == FOREIGN:
            raise InvalidInput(state.reason)
        raise InvalidInput(msg("backup.database_not_damaged", file=str(db_path)))
    try:
        held = acquire_lock(root)
    except LockError as exc:
        raise ServiceError(exc) from exc
    try:
        contents = describe_backup(backup, store, verify=True)
        prepared = _prepare_database(Path(backup).expanduser(), contents, root)
        try:
            user = _authorise_recovery(root, prepared, credentials) or user
            added = 0
            if contents.full:
                try:
                    added = files.restore_evidence(contents.path, store, _carried_hashes(contents))
                except (files.BackupError, EvidenceStoreError) as exc:
                    raise ServiceError(msg("backup.recovery_evidence_failed", problem=cause(exc))) from exc
            aside = root / "backups" / f"hong-{files.stamp(dt.datetime.now())}"
            anchors.begin_restore(root, anchors.database_head(prepared), str(backup))
            try:
                aside.mkdir(parents=True, exist_ok=False)
                for suffix in ("-wal", "-shm", "-journal", ""):
                    part = root / f"{DB_NAME}{suffix}"
                    if part.exists():
                        move_into_place(part, aside / part.name, flush_folder=False)
                fsync_dir(aside)
                move_into_place(prepared, db_path)
            except OSError as exc:
                raise ServiceError(msg("backup.recovery_not_replaced", folder=str(root),
                                       reason=exc.strerror or str(exc), aside=str(aside))) from exc
        finally:
            files.remove_database_file(prepared)
    finally:
        held.release()
    try:
        workspace = open_workspace(root, maintenance_every=None)
    except WorkspaceError as exc:
        raise ServiceError(exc) from exc
    try:
        anchors.reset_after_restore(root, workspace.sessions, str(backup))
        with workspace.sessions.begin() as session:
            shas = set(session.scalars(select(orm.Evidence.sha256)))
            # authorised above: a leader's password when sign-in was on
            audit.record(session, actor=Actor(name=user), dossier_id=None,
                         action=Action.RESTORE_DAMAGED, target=str(backup),
                         old={"giu_lai": str(aside)}, new={"ho_so": len(contents.dossiers)})
        missing = tuple(sorted(h for h in shas if not workspace.store.has(h)))
        upgraded = workspace.upgrade_backup is not None
    finally:
        workspace.close()
    return RestoreResult(Path(backup), aside, contents, added, missing, upgraded)


__all__ = ["BackupService", "BackupEntry", "BackupContents", "RestoreResult", "CredentialsNeeded", "describe_backup",
           "recover_damaged_database"]
