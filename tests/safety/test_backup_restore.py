"""Backups: automatic copies at opening and daily with their rotation, a full backup that
restores the same state, refusal of damaged, foreign and newer backups with the workspace
unchanged, a damaged database refused untouched with the newest good backup offered and
restored, and repair keeping the files a backup still needs."""
from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import sqlite3
import zipfile
from pathlib import Path

import pytest
from safety_helpers import open_services, plandesk

from plandesk.domain.dossier import CouncilMember
from plandesk.services import ServiceError, Services
from plandesk.services.backup import recover_damaged_database
from plandesk.services.demo import DOCUMENTS_END, DOCUMENTS_MID
from plandesk.storage import backup as files
from plandesk.storage.workspace import DamagedDatabase, open_workspace

DEMO_EVIDENCE = len(DOCUMENTS_MID + DOCUMENTS_END)   # the sample dossier's documents


def _state(s) -> dict:
    """Everything a user would notice: criteria, evidence with their files, council, history."""
    d = s.dossiers.list_dossiers()
    out = {}
    for info in d:
        status = s.dossiers.status(info.id)
        out[info.id] = {
            "criteria": [(c.code, c.status.value, c.evidence_count, tuple(sorted(c.values.items())))
                         for c in status.criteria],
            "evidence": [(e.sha256, e.original_name, e.number, e.issued_on, tuple(e.criteria))
                         for e in s.evidence.list(info.id)],
            "council": [(m.name, m.position) for m in s.dossiers.council(info.id)],
            "history": [(h.action, h.target, h.field, h.new_value) for h in s.dossiers.history(info.id)],
        }
    return out


def _db_bytes(ws: Path) -> bytes:
    con = sqlite3.connect(ws / "plandesk.sqlite")
    try:
        return "\n".join(con.iterdump()).encode()
    finally:
        con.close()


def test_rotation_keeps_the_last_ten_and_one_per_month():
    stamps = [dt.datetime(2026, 1, 1, 9) + dt.timedelta(days=3 * i) for i in range(40)]  # Jan → Apr
    keep = files.to_keep(stamps)
    assert set(sorted(stamps)[-10:]) <= keep
    months = {(s.year, s.month) for s in stamps}
    for month in months:
        newest = max(s for s in stamps if (s.year, s.month) == month)
        assert newest in keep
    assert len(keep) == len(set(sorted(stamps)[-10:]) | {max(s for s in stamps if (s.year, s.month) == m)
                                                         for m in months})
    assert len(keep) < len(stamps)


def test_automatic_backup_at_opening_skips_unchanged_and_rotates(demo_copy):
    ws = demo_copy()
    first = open_workspace(ws, maintenance_every=None)
    first.close()
    copies = files.automatic_backups(ws / "backups")
    assert len(copies) == 1 and first.last_backup == copies[0]
    assert files.read_database(copies[0]).dossiers[0].unit == "Thanh Mỹ"
    again = open_workspace(ws, maintenance_every=None)  # nothing changed: no second copy
    again.close()
    assert files.automatic_backups(ws / "backups") == copies
    for day in range(14):  # a change a day for two weeks of January 2027
        s = Services.build(open_workspace(ws, backup=False, maintenance_every=None))
        try:
            s.dossiers.update_assessment(1, "III.11", result=f"ngày {day}")
            made = s.workspace.backup_now(dt.datetime(2027, 1, 1, 8) + dt.timedelta(days=day))
            assert made.created
        finally:
            s.close()
    kept = files.automatic_backups(ws / "backups")
    # the last 10 (January 5-14), and the opening copy as the newest of its own month
    assert kept[0] == copies[0]
    assert [files.stamp_of(p) for p in kept[1:]] == [dt.datetime(2027, 1, d, 8) for d in range(5, 15)]
    assert "ngày 13" in str(sqlite3.connect(kept[-1]).execute(
        "SELECT result FROM assessments WHERE code='III.11'").fetchall())


def _settle(ws: Path) -> None:
    """As if the database was last written an hour ago (its times settled)."""
    past = dt.datetime.now().timestamp() - 3600
    for name in ("plandesk.sqlite", "plandesk.sqlite-wal"):
        if (ws / name).exists():
            os.utime(ws / name, (past, past))


def _counting_snapshots(monkeypatch) -> list:
    made = []
    real = files.snapshot_database

    def snapshot(db_path, target):
        made.append(target)
        return real(db_path, target)

    monkeypatch.setattr(files, "snapshot_database", snapshot)
    return made


def test_an_unchanged_database_is_neither_copied_nor_read_again(demo_copy, monkeypatch):
    ws = demo_copy()
    _settle(ws)
    open_workspace(ws, maintenance_every=None).close()       # the first copy, and what the files were
    copies = files.automatic_backups(ws / "backups")
    snapshots = _counting_snapshots(monkeypatch)
    for _ in range(2):
        again = open_workspace(ws, maintenance_every=None)
        again.close()
        assert again.last_backup == copies[0]
    assert snapshots == [] and files.automatic_backups(ws / "backups") == copies


@pytest.mark.parametrize("settled", [True, False])
def test_a_changed_database_always_gets_its_copy(demo_copy, monkeypatch, settled):
    ws = demo_copy()
    if settled:
        _settle(ws)
    open_workspace(ws, maintenance_every=None).close()
    snapshots = _counting_snapshots(monkeypatch)
    # a change kept in the write-ahead log (the services still open), then after it is closed
    s = Services.build(open_workspace(ws, backup=False, maintenance_every=None))
    try:
        s.dossiers.update_assessment(1, "III.11", result="sửa lần một")
        made = files.automatic_backup(ws / "plandesk.sqlite", ws / "backups")
        assert made.created and "sửa lần một" in str(sqlite3.connect(made.path).execute(
            "SELECT result FROM assessments WHERE code='III.11'").fetchall())
        s.dossiers.update_assessment(1, "III.11", result="sửa lần hai")
    finally:
        s.close()
    if settled:
        _settle(ws)   # even with the file times put back an hour, the change shows
    reopened = open_workspace(ws, maintenance_every=None)
    reopened.close()
    assert len(snapshots) == 2
    newest = files.automatic_backups(ws / "backups")[-1]
    assert reopened.last_backup == newest and "sửa lần hai" in str(sqlite3.connect(newest).execute(
        "SELECT result FROM assessments WHERE code='III.11'").fetchall())


def test_a_database_written_just_before_its_copy_is_compared_again(demo_copy, monkeypatch):
    """File times are trusted only once settled: a database written moments before the last
    look is copied and compared at the next opening (found equal, no new copy kept)."""
    ws = demo_copy()
    s = Services.build(open_workspace(ws, backup=False, maintenance_every=None))
    try:
        s.dossiers.update_assessment(1, "III.11", result="vừa sửa")
    finally:
        s.close()
    open_workspace(ws, maintenance_every=None).close()
    copies = files.automatic_backups(ws / "backups")
    snapshots = _counting_snapshots(monkeypatch)
    again = open_workspace(ws, maintenance_every=None)
    again.close()
    assert len(snapshots) == 1 and files.automatic_backups(ws / "backups") == copies


def test_daily_backup_while_in_use(demo_copy):
    ws = demo_copy()
    s = open_services(ws)
    try:
        start = dt.datetime.now()
        s.dossiers.update_assessment(1, "III.11", result="buổi sáng")
        s.workspace.maintain(start + dt.timedelta(hours=2))  # the opening copy is recent: nothing
        assert len(files.automatic_backups(ws / "backups")) == 1
        s.workspace.maintain(start + dt.timedelta(days=1, minutes=1))
        copies = files.automatic_backups(ws / "backups")
        assert len(copies) == 2
        assert "buổi sáng" in str(sqlite3.connect(copies[-1]).execute(
            "SELECT result FROM assessments WHERE code='III.11'").fetchall())
    finally:
        s.close()


def test_full_backup_then_restore_reproduces_the_same_state(demo_copy, tmp_path):
    ws = demo_copy()
    s = open_services(ws)
    try:
        s.dossiers.add_member(1, CouncilMember("Nguyễn Văn Sao Lưu", "Ủy viên"))
        before = _state(s)
        written = s.backup.full_backup(tmp_path / "usb")
        assert written.files == DEMO_EVIDENCE and not written.notes
        # months of work later, and a disk that lost the evidence files
        s.dossiers.update_assessment(1, "III.11", result="thay đổi sau sao lưu")
        removed = s.evidence.list(1)[0]
        s.evidence.unlink(1, removed.id, removed.criteria[0]) if len(removed.criteria) == 1 else None
    finally:
        s.close()
    shutil.rmtree(ws / "evidence")
    (ws / "evidence").mkdir()

    shown = plandesk(ws, "restore", str(written.path), check=False)
    assert shown.returncode == 1 and f"1 hồ sơ, {DEMO_EVIDENCE} tài liệu minh chứng" in shown.stdout
    assert "--yes" in shown.stderr
    out = plandesk(ws, "restore", "--yes", str(written.path))
    assert "Đã khôi phục" in out.stdout and f"Đã thêm {DEMO_EVIDENCE} tệp minh chứng" in out.stdout
    assert "không có lỗi" in plandesk(ws, "check").stdout
    s = open_services(ws)
    try:
        after = _state(s)
        kept = [b for b in s.backup.list_backups() if b.kind == "trước khi khôi phục"]
    finally:
        s.close()
    assert after == before
    assert len(kept) == 1
    assert "thay đổi sau sao lưu" in str(sqlite3.connect(kept[0].path).execute(
        "SELECT result FROM assessments WHERE code='III.11'").fetchall())  # the current state was kept aside


def _damage_member(backup: Path, target: Path, name_part: str) -> Path:
    with zipfile.ZipFile(backup) as src, zipfile.ZipFile(target, "w") as out:
        for item in src.infolist():
            data = src.read(item)
            if name_part in item.filename:
                data = data[:-1] + bytes([data[-1] ^ 1])
            out.writestr(item, data)
    return target


@pytest.mark.parametrize("damage, message", [
    ("evidence", "bị hỏng"), ("database", "bị hỏng"), ("truncate", "bị hỏng"), ("foreign", "không phải bản sao lưu"),
    ("newer", "mới hơn"), ("missing", "Không tìm thấy")])
def test_damaged_foreign_or_newer_backup_is_refused_and_nothing_changes(demo_copy, tmp_path, damage, message):
    ws = demo_copy()
    s = open_services(ws)
    try:
        good = s.backup.full_backup(tmp_path / "usb").path
        s.dossiers.update_assessment(1, "III.11", result="hiện tại")
    finally:
        s.close()
    bad = tmp_path / "bad.zip"
    if damage == "evidence":
        first = json.loads(zipfile.ZipFile(good).read("manifest.json"))["evidence"][0]["sha256"]
        _damage_member(good, bad, first)
    elif damage == "database":
        _damage_member(good, bad, "plandesk.sqlite")
    elif damage == "truncate":
        bad.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    elif damage == "foreign":
        with zipfile.ZipFile(bad, "w") as z:
            z.writestr("ảnh.jpg", b"not a backup")
    elif damage == "newer":
        with zipfile.ZipFile(good) as src, zipfile.ZipFile(bad, "w") as out:
            for item in src.infolist():
                data = src.read(item)
                if item.filename == "plandesk.sqlite":
                    tmp = tmp_path / "newer.sqlite"
                    tmp.write_bytes(data)
                    con = sqlite3.connect(tmp)
                    con.execute("UPDATE alembic_version SET version_num='9999_tuong_lai'")
                    con.commit()
                    con.close()
                    data = tmp.read_bytes()
                    manifest = json.loads(src.read("manifest.json"))
                if item.filename != "manifest.json":
                    out.writestr(item, data)
            manifest = json.loads(src.read("manifest.json"))
            manifest["database"]["sha256"] = files.file_sha256(tmp_path / "newer.sqlite")
            out.writestr("manifest.json", json.dumps(manifest))
    before = _db_bytes(ws)
    listing = sorted(p.relative_to(ws) for p in ws.rglob("*") if "backups" not in p.parts)
    target = bad if damage != "missing" else tmp_path / "khong-co.zip"
    out = plandesk(ws, "restore", "--yes", str(target), check=False)
    assert out.returncode == 2, out.stdout
    assert message in out.stderr and str(target) in out.stderr
    assert _db_bytes(ws) == before
    assert sorted(p.relative_to(ws) for p in ws.rglob("*") if "backups" not in p.parts) == listing
    assert not [b for b in (ws / "backups").iterdir() if b.name.startswith("truoc-khoi-phuc-")]


def test_damaged_database_is_refused_untouched_then_recovered_from_the_newest_good_backup(demo_copy, tmp_path):
    ws = demo_copy()
    s = open_services(ws)
    try:
        s.dossiers.update_assessment(1, "III.11", result="đã sao lưu tự động")
        s.workspace.backup_now(dt.datetime.now() + dt.timedelta(minutes=1))
    finally:
        s.close()
    db = ws / "plandesk.sqlite"
    data = bytearray(db.read_bytes())
    for offset in range(4096 * 3, min(len(data), 4096 * 12), 97):  # scribble over table pages
        data[offset] ^= 0x5A
    db.write_bytes(bytes(data))
    damaged = db.read_bytes()

    with pytest.raises(DamagedDatabase) as info:
        open_workspace(ws, maintenance_every=None)
    assert db.read_bytes() == damaged  # never written over
    newest = info.value.good_backups[0]
    assert str(newest) in str(info.value) and "đổi tên tệp hỏng" in str(info.value)
    refused = plandesk(ws, "status", check=False)
    assert refused.returncode == 2 and "bị hỏng" in refused.stderr and newest.name in refused.stderr
    assert not (ws / "plandesk.lock").exists()  # a refused opening gives the lock back

    result = recover_damaged_database(ws, newest, user="cán bộ")
    assert (result.kept_aside / "plandesk.sqlite").read_bytes() == damaged  # kept for recovery
    s = open_services(ws)
    try:
        assert s.dossiers.assessment(1, "III.11").result == "đã sao lưu tự động"
        assert s.integrity.check().ok
    finally:
        s.close()
    with pytest.raises(ServiceError, match="không bị hỏng"):
        recover_damaged_database(ws, newest)


def test_restore_of_a_database_copy_names_documents_whose_files_are_gone(demo_copy):
    ws = demo_copy()
    s = open_services(ws)
    try:
        copy = s.backup.automatic_backup(dt.datetime.now() + dt.timedelta(minutes=5)).path
        assert s.backup.describe(copy).missing_files == ()
        victim = s.evidence.list(1)[-1]
        for code in victim.criteria:
            s.evidence.unlink(1, victim.id, code)
        s.evidence.remove(1, victim.id)
        assert s.workspace.store.has(victim.sha256)  # the copy in backups/ still needs it: kept
        assert s.backup.describe(copy).missing_files == ()
        s.workspace.store.remove(victim.sha256)      # lost some other way (a disk, a person)
        contents = s.backup.describe(copy)
        assert contents.missing_files == (victim.sha256,) and "không còn tệp" in contents.summary
        result = s.backup.restore(copy)
        assert result.missing_files == (victim.sha256,)
        assert any(victim.original_name in p for p in s.integrity.check().problems)
    finally:
        s.close()


def test_repair_keeps_orphans_a_backup_still_needs(demo_copy):
    ws = demo_copy()
    s = open_services(ws)
    try:
        stored = s.workspace.store.add_bytes(b"orphan from a crash")
        s.evidence.attach_bytes(1, "III.11", "kept.pdf", b"%PDF kept by a backup")
        kept_sha = [e for e in s.evidence.list(1) if e.original_name == "kept.pdf"][0].sha256
        s.backup.automatic_backup(dt.datetime.now() + dt.timedelta(minutes=5))
        s.backup.restore(files.automatic_backups(ws / "backups")[0])  # back to before kept.pdf
        assert kept_sha in s.integrity.check().orphans
        (s.workspace.store.tmp_dir / "dang-chep-x").write_bytes(b"half")
        repaired = s.integrity.repair()
        assert repaired.removed_orphans == [stored.sha256]
        assert repaired.kept_orphans == [kept_sha] and s.workspace.store.has(kept_sha)
        assert [p.name for p in repaired.removed_temp] == ["dang-chep-x"]
        assert repaired.after.ok
        assert s.integrity.repair().changed is False
    finally:
        s.close()


def test_a_flipped_byte_anywhere_in_a_backup_is_refused_or_harmless(demo_copy, tmp_path):
    ws = demo_copy()
    s = open_services(ws)
    try:
        good = s.backup.full_backup(tmp_path / "usb").path
        before = _state(s)
        data = good.read_bytes()
        refused = harmless = 0
        for position in range(0, len(data), max(1, len(data) // 60)):
            bad = tmp_path / f"lat-{position}.zip"
            flipped = bytearray(data)
            flipped[position] ^= 0x10
            bad.write_bytes(bytes(flipped))
            try:
                s.backup.describe(bad)
            except ServiceError as exc:  # never another exception: a message naming the file
                assert str(bad) in str(exc)
                refused += 1
                continue
            s.backup.restore(bad)  # accepted: then it restores exactly the same state
            assert _state(s) == before
            harmless += 1
        assert refused > 40
    finally:
        s.close()
