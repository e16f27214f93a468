"""Checking a workspace: database integrity and foreign keys, every evidence file against
its hash, the audit chain, and files in the store no document uses (orphans).

Repairing does only what is safe: it removes temporary files a crash left behind and
orphan evidence files that nothing can need any more (no document, no version kept by a
transfer, no database copy in ``backups/``). Everything else is reported, never "fixed" by
guessing."""
from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import inspect, select, text

from plandesk.domain.access import Action
from plandesk.storage import backup as backup_files
from plandesk.storage import orm
from plandesk.storage.workspace import Workspace

from . import audit, crosscheck
from .access import ActingService, Identity, require
from .seals import verify_seals


@dataclass
class CheckReport:
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    files_checked: int = 0
    bytes_checked: int = 0
    orphans: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass
class RepairReport:
    removed_temp: list[Path] = field(default_factory=list)
    removed_orphans: list[str] = field(default_factory=list)
    kept_orphans: list[str] = field(default_factory=list)      # a backup or a kept version still needs them
    failed: list[str] = field(default_factory=list)            # could not be removed (locked, read-only)
    after: CheckReport = field(default_factory=CheckReport)    # the check once repaired: what is left to do

    @property
    def changed(self) -> bool:
        return bool(self.removed_temp or self.removed_orphans)


# On a shared workspace another PC may be attaching right now: its file is in the store (or
# still a temporary file) before its database row commits. Only what is older than this is
# left over from a crash.
SHARED_MIN_AGE = dt.timedelta(days=1)


def _older_than(path: Path, age: dt.timedelta) -> bool:
    try:
        return time.time() - path.stat().st_mtime >= age.total_seconds()
    except OSError:
        return False


class IntegrityService(ActingService):
    def __init__(self, workspace: Workspace, user: str | Identity = ""):
        self.ws = workspace
        self.identity = Identity.of(user)

    def check(self) -> CheckReport:
        report = CheckReport()
        if self.ws.shared:
            # the server keeps its own pages and foreign keys whole: nothing like SQLite's
            # integrity_check to ask of it; whether it answers is checked by the queries below
            report.notes.append(f"Cơ sở dữ liệu trên {self.ws.database_label}: máy chủ tự bảo đảm toàn vẹn và khóa "
                                "ngoại; đã kiểm tra nhật ký thay đổi và tệp minh chứng.")
        else:
            self._check_sqlite(report)
        with self.ws.sessions() as session:
            evidence = session.execute(select(orm.Evidence.sha256, orm.Evidence.original_name, orm.Evidence.size,
                                              orm.Evidence.dossier_id)).all()
            chain_problems = audit.verify_chain(session)
            report.problems.extend(chain_problems)
            report.problems.extend(verify_seals(session))
            crosscheck.against_chain(session, report)
            crosscheck.against_anchors(session, self.ws, report, chain_intact=not chain_problems)
        known = set()
        for sha, name, size, dossier_id in evidence:
            known.add(sha)
            problem = self.ws.store.verify(sha)
            report.files_checked += 1
            if problem:
                report.problems.append(f"Minh chứng '{name}' (hồ sơ số {dossier_id}, {sha[:12]}…): {problem}.")
            else:
                report.bytes_checked += size
        report.orphans = sorted(set(self.ws.store.stored_hashes()) - known)
        if report.orphans:
            why = ("tài liệu vừa bị xóa trên thư mục dùng chung, hoặc máy khác đang đính kèm" if self.ws.shared
                   else "có thể do ứng dụng bị tắt giữa chừng")
            report.notes.append(f"{len(report.orphans)} tệp trong kho minh chứng không thuộc tài liệu nào "
                                f"(vô hại; {why}).")
        return report

    def _check_sqlite(self, report: CheckReport) -> None:
        with self.ws.engine.connect() as connection:
            rows = [r[0] for r in connection.exec_driver_sql("PRAGMA integrity_check").fetchall()]
            if rows != ["ok"]:
                report.problems.extend(f"Cơ sở dữ liệu: {r}" for r in rows)
            for table, rowid, parent, _ in connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall():
                report.problems.append(f"Cơ sở dữ liệu: dòng {rowid} của bảng {table} trỏ tới {parent} không tồn tại.")
            connection.execute(text("SELECT 1"))

    def temporary_files(self) -> list[Path]:
        """Files a crash may leave: half-copied evidence, half-written backups and restores."""
        found: list[Path] = []
        if self.ws.store.tmp_dir.is_dir():
            found += [p for p in self.ws.store.tmp_dir.iterdir() if p.is_file()]
        for folder in (self.ws.root, self.ws.backups_dir):
            if folder.is_dir():
                found += [p for p in folder.glob(f"*{backup_files.TMP_SUFFIX}*") if p.is_file()]
        return sorted(found)

    def _needed_elsewhere(self) -> set[str]:
        """Evidence hashes that versions kept by transfers, or database copies in backups/,
        still refer to: restoring them must find their files."""
        needed: set[str] = set()
        with self.ws.engine.connect() as connection:
            if inspect(connection).has_table("dossier_versions"):
                for snapshot, summary in connection.exec_driver_sql(
                        "SELECT CAST(snapshot AS TEXT), CAST(summary AS TEXT) FROM dossier_versions"):
                    needed.update(backup_files._ANY_HASH.findall(f"{snapshot or ''} {summary or ''}"))
        if self.ws.backups_dir.is_dir():
            for copy in self.ws.backups_dir.rglob("*.sqlite"):
                needed |= backup_files.referenced_hashes(copy)
        return needed

    def repair(self) -> RepairReport:
        """Remove leftover temporary files and the orphans nothing needs; report the rest.
        One audit entry when something was removed. Run it with no attach in progress in
        this process (the window's single write thread); other programs are kept out by the
        workspace lock, or, on a shared server, files younger than a day are left alone."""
        require(self.ws, self.actor, Action.REPAIR_STORE)   # it deletes files: a leader, once accounts exist
        result = RepairReport()
        recent = 0
        for path in self.temporary_files():
            if self.ws.shared and not _older_than(path, SHARED_MIN_AGE):
                recent += 1
                continue
            try:
                path.unlink()
                result.removed_temp.append(path)
            except OSError as exc:
                result.failed.append(f"Không xóa được tệp tạm '{path}': {exc.strerror or exc}.")
        orphans = self.check().orphans
        needed = self._needed_elsewhere() if orphans else set()
        for sha in orphans:
            if sha in needed:
                result.kept_orphans.append(sha)
                continue
            if self.ws.shared and not _older_than(self.ws.store.path_for(sha), SHARED_MIN_AGE):
                recent += 1
                continue
            try:
                self.ws.store.path_for(sha).unlink()
                result.removed_orphans.append(sha)
            except FileNotFoundError:
                pass
            except OSError as exc:
                result.failed.append(f"Không xóa được tệp thừa '{self.ws.store.path_for(sha)}': "
                                     f"{exc.strerror or exc}.")
        if result.changed:
            with self.ws.sessions.begin() as session:
                audit.record(session, actor=self.actor, dossier_id=None, action=Action.REPAIR_STORE,
                             new={"tep_tam": len(result.removed_temp), "tep_thua": len(result.removed_orphans)})
        result.after = self.check()
        if recent:
            result.after.notes.append(f"{recent} tệp mới (dưới một ngày) được để nguyên: thư mục làm việc dùng chung, "
                                      "máy khác có thể đang đính kèm chúng.")
        if result.kept_orphans:
            result.after.notes.append(f"{len(result.kept_orphans)} tệp không thuộc tài liệu nào được giữ lại vì bản "
                                      "sao lưu trong backups/ hoặc phiên bản đã lưu khi nhận gói còn dùng đến.")
        return result
