"""A full disk and a read-only database are the disk's problem, said so (issue 14, point 8):
exit 2 with a message naming the folder, nothing orphaned, a healthy database never called
damaged, a package never blamed for the disk. Real RAM disks (tmpfs) when the test may mount
(root on Linux), else skipped."""
from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from safety_helpers import plandesk

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="tmpfs RAM disks: Linux")


@pytest.fixture
def ram_disk(tmp_path):
    mounted = []

    def make(name: str, size: str) -> Path:
        if os.geteuid() != 0:
            pytest.skip("mounting a RAM disk needs root")
        target = tmp_path / name
        target.mkdir()
        proc = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(target)],
                              capture_output=True)
        if proc.returncode != 0:
            pytest.skip(f"cannot mount tmpfs: {proc.stderr!r}")
        mounted.append(target)
        return target

    yield make
    for target in mounted:
        subprocess.run(["umount", "-l", str(target)], capture_output=True)


def _fill(disk: Path, leave: int) -> Path:
    """Fill the disk until about ``leave`` bytes are free."""
    filler = disk / "lap-day.bin"
    free = shutil.disk_usage(disk).free
    with open(filler, "wb") as handle:
        handle.write(b"\0" * max(0, free - leave))
    return filler


def _dump(ws: Path) -> str:
    con = sqlite3.connect(f"{(ws / 'plandesk.sqlite').as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        return "\n".join(con.iterdump())
    finally:
        con.close()


def _store(ws: Path) -> set[str]:
    return {p.name for p in (ws / "evidence").rglob("*") if p.is_file()}


def test_attach_and_edits_on_a_full_disk_exit_2_without_orphans(demo_template, ram_disk, tmp_path):
    disk = ram_disk("day", "24m")
    ws = disk / "W"
    shutil.copytree(demo_template, ws)
    plandesk(ws, "status")                                   # settle the WAL before filling the disk
    big = tmp_path / "Biên bản kiểm tra.pdf"
    big.write_bytes(b"%PDF-1.4\n" + os.urandom(300_000))
    before, files = _dump(ws), _store(ws)
    _fill(disk, 8 * 1024)
    for _attempt in range(3):
        out = plandesk(ws, "attach", "--criterion", "II.2", str(big), check=False)
        assert out.returncode == 2, out.stderr
        assert "đầy" in out.stderr and str(disk) in out.stderr, out.stderr
        assert "không mong đợi" not in out.stderr
    # room to open the database, not to commit the change: the commit itself fails
    (disk / "lap-day.bin").unlink()
    _fill(disk, 40 * 1024)
    out = plandesk(ws, "set", "--criterion", "III.11", "--result", "kết quả " * 1800,
                   "--explanation", "giải trình " * 1500, check=False)
    assert out.returncode == 2 and "không mong đợi" not in out.stderr, out.stderr
    assert "đầy" in out.stderr and "trước đó không thay đổi" in out.stderr, out.stderr
    assert _store(ws) == files                               # no orphan evidence file per attempt
    assert not list((ws / "evidence" / "tmp").glob("*")) if (ws / "evidence" / "tmp").exists() else True
    (disk / "lap-day.bin").unlink()
    assert _dump(ws) == before
    assert "không có lỗi" in plandesk(ws, "check").stdout


def test_a_healthy_database_on_a_nearly_full_disk_is_not_called_damaged(demo_template, ram_disk):
    disk = ram_disk("gan-day", "16m")
    ws = disk / "W"
    shutil.copytree(demo_template, ws)
    for side in ("plandesk.sqlite-wal", "plandesk.sqlite-shm"):
        (ws / side).unlink(missing_ok=True)
    _fill(disk, 8 * 1024)
    out = plandesk(ws, "status", check=False)
    assert "hỏng" not in out.stderr and "khôi phục" not in out.stderr, out.stderr
    assert out.returncode in (0, 2)
    if out.returncode == 2:
        assert "đầy" in out.stderr or "ghi" in out.stderr
    (disk / "lap-day.bin").unlink()
    assert "không có lỗi" in plandesk(ws, "check").stdout


def test_read_only_database_file_exits_2_naming_it(demo_template, ram_disk):
    disk = ram_disk("chi-doc", "16m")
    ws = disk / "W"
    shutil.copytree(demo_template, ws)
    plandesk(ws, "status")
    before = _dump(ws)
    remount = subprocess.run(["mount", "-o", "remount,ro", str(disk)], capture_output=True)
    if remount.returncode != 0:
        pytest.skip(f"cannot remount read-only: {remount.stderr!r}")
    try:
        for command in (["status"], ["set", "--criterion", "III.11", "--result", "sửa"], ["check", "--repair"]):
            out = plandesk(ws, *command, check=False)
            assert out.returncode == 2, (command, out.stderr)
            assert "ghi" in out.stderr and str(ws) in out.stderr and "không mong đợi" not in out.stderr
            assert "hỏng" not in out.stderr
    finally:
        subprocess.run(["mount", "-o", "remount,rw", str(disk)], capture_output=True)
    assert _dump(ws) == before


def test_unpack_on_a_nearly_full_disk_blames_the_disk_not_the_package(demo_template, ram_disk, tmp_path):
    source = tmp_path / "nguon"
    shutil.copytree(demo_template, source)
    package = tmp_path / "thanh-my.plandesk"
    plandesk(source, "pack", "--out", str(package), "--no-documents")
    disk = ram_disk("nhan", "12m")
    ws = disk / "W"
    plandesk(ws, "dossiers")                                 # an empty workspace at the approving body
    _fill(disk, 200 * 1024)                                  # less room than the package needs
    before = _files = {p.name for p in ws.rglob("*") if p.is_file()}
    out = plandesk(ws, "unpack", str(package), check=False)
    assert out.returncode == 2, out.stderr
    assert "đầy" in out.stderr and "gói không có lỗi" in out.stderr, out.stderr
    assert "bị hỏng" not in out.stderr
    assert {p.name for p in ws.rglob("*") if p.is_file()} == before
    (disk / "lap-day.bin").unlink()
    assert "Đã nhập" in plandesk(ws, "unpack", str(package)).stdout


def test_a_file_stored_then_refused_by_the_database_is_taken_back(demo_copy, tmp_path, monkeypatch):
    """The database write after the file is safe fails (a full disk mid-attach, simulated
    exactly where it hurts): the file this attach added leaves the store again."""
    from safety_helpers import open_services

    from plandesk.services.evidence import EvidenceService
    from plandesk.storage.engine import DiskTrouble

    ws = demo_copy()
    doc = tmp_path / "Kế hoạch tuyên truyền.pdf"
    doc.write_bytes(b"%PDF-1.4\n" + os.urandom(50_000))
    s = open_services(ws)
    try:
        files = _store(ws)

        def full(*args, **kwargs):
            raise DiskTrouble("Chưa ghi được: ổ đĩa đã đầy.")

        monkeypatch.setattr(EvidenceService, "_batch_rows", full)   # the rows of the batch, once its files are safe
        with pytest.raises(DiskTrouble):
            s.evidence.attach(1, "II.2", [doc])
        assert _store(ws) == files
    finally:
        s.close()
