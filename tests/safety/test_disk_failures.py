"""A disk that fills up or refuses writes: a clear message naming the place, nothing half
written, the workspace as it was. Real limits where the system allows them (a process file
size limit, a tiny or read-only RAM disk when running as root), simulated errors otherwise."""
from __future__ import annotations

import errno
import os
import signal
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from safety_helpers import env, open_services, plandesk

from plandesk.services import ServiceError
from plandesk.storage import backup as files

try:
    import resource
except ImportError:  # Windows
    resource = None

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="resource limits and mounts: POSIX")


def _dump(ws: Path) -> str:
    con = sqlite3.connect(ws / "plandesk.sqlite")
    try:
        return "\n".join(con.iterdump())
    finally:
        con.close()


def _limited(workspace: Path, limit: int, *args: str) -> subprocess.CompletedProcess:
    """The real command with files limited to ``limit`` bytes: writes past it fail (EFBIG)."""
    def limit_files():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return subprocess.run([sys.executable, "-m", "plandesk", "--data", str(workspace), *args], capture_output=True,
                          text=True, encoding="utf-8", env=env(), timeout=60, preexec_fn=limit_files)


@pytest.fixture
def mount_point(tmp_path):
    """A RAM disk of a given size (and read-only if asked), when this process may mount."""
    mounted = []

    def make(name: str, options: str) -> Path:
        if sys.platform != "linux" or os.geteuid() != 0:
            pytest.skip("mounting a RAM disk needs root on Linux")
        target = tmp_path / name
        target.mkdir()
        proc = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(target)], capture_output=True)
        if proc.returncode != 0:
            pytest.skip(f"cannot mount tmpfs: {proc.stderr!r}")
        mounted.append(target)
        return target

    yield make
    for target in mounted:
        subprocess.run(["umount", "-l", str(target)], capture_output=True)


@posix_only
def test_attach_on_a_full_disk_fails_clearly_and_leaves_no_row_and_no_file(demo_copy, tmp_path):
    ws = demo_copy()
    big = tmp_path / "Ảnh chụp buổi tuyên truyền.jpg"
    big.write_bytes(os.urandom(600_000))
    before = _dump(ws)
    out = _limited(ws, 500_000, "attach", "--criterion", "II.2", str(big))
    assert out.returncode == 2, out.stderr
    assert "Không ghi được tệp minh chứng" in out.stderr and str(ws / "evidence") in out.stderr
    assert "còn chỗ trống" in out.stderr
    assert _dump(ws) == before
    assert not list((ws / "evidence" / "tmp").iterdir())
    assert "không có lỗi" in plandesk(ws, "check").stdout


@posix_only
def test_backup_cut_by_a_file_size_limit_leaves_nothing_under_its_name(demo_copy, tmp_path):
    ws = demo_copy()
    usb = tmp_path / "usb"
    out = _limited(ws, 1_000_000, "backup", "--out", str(usb))  # the database fits, the whole backup does not
    assert out.returncode == 2, out.stdout
    assert str(usb) in out.stderr and "chưa được ghi" in out.stderr
    assert not list(usb.iterdir())
    assert "không có lỗi" in plandesk(ws, "check").stdout


def test_backup_when_the_disk_fills_midway(demo_copy, tmp_path, monkeypatch):
    ws = demo_copy()
    usb = tmp_path / "usb"
    calls = {"n": 0}
    original = zipfile.ZipFile.write

    def write(self, *args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 4:
            raise OSError(errno.ENOSPC, "No space left on device")
        return original(self, *args, **kwargs)

    monkeypatch.setattr(zipfile.ZipFile, "write", write)
    s = open_services(ws)
    try:
        history = len(s.dossiers.history(1))
        with pytest.raises(ServiceError) as info:
            s.backup.full_backup(usb)
        assert "đã đầy" in str(info.value) and str(usb) in str(info.value)
        assert not list(usb.iterdir())
        assert len(s.dossiers.history(1)) == history
    finally:
        s.close()


def test_backup_refused_before_writing_when_space_is_short(demo_copy, tmp_path, monkeypatch):
    ws = demo_copy()
    usb = tmp_path / "usb"
    monkeypatch.setattr(files.shutil, "disk_usage", lambda path: type("U", (), {"free": 100_000})())
    s = open_services(ws)
    try:
        with pytest.raises(ServiceError, match="chỉ còn 98 KB, bản sao lưu cần khoảng [0-9,]+ MB") as info:
            s.backup.full_backup(usb)
        assert str(usb) in str(info.value)
        assert not list(usb.iterdir())
    finally:
        s.close()


def test_backup_to_a_tiny_real_disk(demo_copy, mount_point):
    ws = demo_copy()
    tiny = mount_point("tiny", "size=256k")
    out = plandesk(ws, "backup", "--out", str(tiny), check=False)
    assert out.returncode == 2 and str(tiny) in out.stderr and "chỗ trống" in out.stderr
    assert not list(tiny.iterdir())


def test_backup_to_a_read_only_folder(demo_copy, tmp_path, mount_point):
    ws = demo_copy()
    if os.name == "posix" and os.geteuid() != 0:
        target = tmp_path / "chi-doc"
        target.mkdir()
        target.chmod(0o555)
    else:
        target = mount_point("chi-doc", "ro,size=1m")
    try:
        out = plandesk(ws, "backup", "--out", str(target), check=False)
    finally:
        target.chmod(0o755) if os.geteuid() != 0 else None
    assert out.returncode == 2
    assert "Không được phép ghi" in out.stderr and str(target) in out.stderr
    assert not list(target.iterdir())


def test_automatic_backup_failure_does_not_stop_the_work(demo_copy, monkeypatch):
    ws = demo_copy()

    def full(*args, **kwargs):
        raise files.BackupError(f"Ổ đĩa chứa '{ws / 'backups'}' đã đầy. Hãy giải phóng chỗ trống")

    monkeypatch.setattr(files, "automatic_backup", full)
    s = open_services(ws)
    try:
        assert "đã đầy" in str(s.workspace.backup_warning)
        s.dossiers.update_assessment(1, "III.11", result="vẫn làm việc được")
    finally:
        s.close()


def test_workspace_on_a_read_only_disk_is_refused_clearly_and_left_as_it_was(demo_template, mount_point):
    disk = mount_point("o-chi-doc", "size=8m")
    ws = disk / "W"
    import shutil

    shutil.copytree(demo_template, ws)
    before = {p.relative_to(ws): p.read_bytes() for p in ws.rglob("*") if p.is_file()}
    remount = subprocess.run(["mount", "-o", "remount,ro", str(disk)], capture_output=True)
    if remount.returncode != 0:
        pytest.skip(f"cannot remount read-only: {remount.stderr!r}")
    out = plandesk(ws, "status", check=False)
    assert out.returncode == 2
    assert str(ws) in out.stderr and "cho phép ghi" in out.stderr
    assert {p.relative_to(ws): p.read_bytes() for p in ws.rglob("*") if p.is_file()} == before
