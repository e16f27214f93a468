"""Checking a workspace: database integrity and foreign keys, every evidence file against
its hash, the audit chain, and files in the store no document uses (orphans)."""
from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select, text

from plandesk.storage import orm
from plandesk.storage.workspace import Workspace

from . import audit


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


class IntegrityService:
    def __init__(self, workspace: Workspace):
        self.ws = workspace

    def check(self) -> CheckReport:
        report = CheckReport()
        with self.ws.engine.connect() as connection:
            rows = [r[0] for r in connection.exec_driver_sql("PRAGMA integrity_check").fetchall()]
            if rows != ["ok"]:
                report.problems.extend(f"Cơ sở dữ liệu: {r}" for r in rows)
            for table, rowid, parent, _ in connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall():
                report.problems.append(f"Cơ sở dữ liệu: dòng {rowid} của bảng {table} trỏ tới {parent} không tồn tại.")
            connection.execute(text("SELECT 1"))
        with self.ws.sessions() as session:
            evidence = session.execute(select(orm.Evidence.sha256, orm.Evidence.original_name, orm.Evidence.size,
                                              orm.Evidence.dossier_id)).all()
            report.problems.extend(audit.verify_chain(session))
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
            report.notes.append(f"{len(report.orphans)} tệp trong kho minh chứng không thuộc tài liệu nào "
                                "(vô hại; có thể do ứng dụng bị tắt giữa chừng).")
        return report
