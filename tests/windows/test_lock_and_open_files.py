"""Windows' own locks: the workspace lock (LockFileEx on plandesk.lock) held by one process and
refused to another, released by Windows when the holder is killed; and files kept open by
another program (Excel, a PDF reader) while PlanDesk attaches or replaces them.

The other programs are real processes (HeldOpen, the holder); PlanDesk's side runs in the
test process, which is much faster under wine than a command per step."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest
from windows_helpers import HeldOpen, env, windows_only

from plandesk.services import ServiceError
from plandesk.services.export import ExportService
from plandesk.storage.lock import LOCK_NAME, _os_lock, _os_unlock, acquire_lock, pid_alive, read_lock
from plandesk.storage.workspace import WorkspaceLocked, open_workspace

pytestmark = windows_only

HOLD = """
import sys
from plandesk.storage.workspace import open_workspace
ws = open_workspace(sys.argv[1], maintenance_every=None)
print("mở", ws.lock.os_locked, flush=True)
sys.stdin.readline()
"""


def test_the_lock_is_refused_to_a_second_process_and_freed_when_the_holder_is_killed(tmp_path):
    root = tmp_path / "Hồ sơ xã"
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(root)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              text=True, encoding="utf-8", env=env())
    try:
        assert holder.stdout.readline().split() == ["mở", "True"]  # Windows' byte-range lock taken
        with pytest.raises(WorkspaceLocked) as refused:
            open_workspace(root, maintenance_every=None)
        assert f"tiến trình {holder.pid}" in str(refused.value) and "đang được" in str(refused.value)
        with open(root / LOCK_NAME, "rb+") as handle:  # the OS lock itself says no …
            assert _os_lock(handle.fileno()) is False
        assert (root / LOCK_NAME).read_text(encoding="utf-8")  # … and the holder's name stays readable
        assert pid_alive(holder.pid)
    finally:
        holder.kill()  # TerminateProcess: what a crash or a power cut leaves
        holder.wait()
    assert not pid_alive(holder.pid)
    assert read_lock(root / LOCK_NAME).pid == holder.pid  # its lock file is still there …
    ws = open_workspace(root, maintenance_every=None)  # … and Windows released its lock: taken over
    try:
        assert read_lock(root / LOCK_NAME).pid == os.getpid() and ws.lock.os_locked
    finally:
        ws.close()
    assert not (root / LOCK_NAME).exists()


def test_another_handle_is_refused_and_a_released_lock_is_free(tmp_path):
    lock = acquire_lock(tmp_path)
    try:
        assert lock.os_locked
        with open(tmp_path / LOCK_NAME, "rb+") as other:
            assert _os_lock(other.fileno()) is False
    finally:
        lock.release()
    with open(tmp_path / "free.lock", "wb+") as handle:
        assert _os_lock(handle.fileno()) is True
        _os_unlock(handle.fileno())
        with open(tmp_path / "free.lock", "rb+") as again:
            assert _os_lock(again.fileno()) is True
            _os_unlock(again.fileno())


def _evidence_files(services):
    return sorted(p.relative_to(services.workspace.root) for p in (services.workspace.root / "evidence").rglob("*")
                  if p.is_file())


def test_attaching_a_file_another_program_keeps_locked_is_refused_and_changes_nothing(services, dossier, tmp_path):
    source = tmp_path / "Bảng tổng hợp số liệu.xlsx"
    source.write_bytes(b"PK\x03\x04 bang tong hop" * 100)
    with HeldOpen(source, share=0):  # as Excel keeps a workbook it has open
        with pytest.raises(ServiceError) as refused:
            services.evidence.attach(dossier.id, "I.3", [source])
    assert "Bảng tổng hợp số liệu.xlsx" in str(refused.value) and "khóa" in str(refused.value)
    assert services.dossiers.assessment(dossier.id, "I.3").evidence_count == 0
    assert _evidence_files(services) == []  # no file, no temporary
    services.evidence.attach(dossier.id, "I.3", [source])  # once closed it attaches
    assert services.dossiers.assessment(dossier.id, "I.3").evidence_count == 1


def test_a_file_open_for_reading_elsewhere_attaches(services, dossier, tmp_path):
    source = tmp_path / "Kế hoạch.pdf"
    source.write_bytes(b"%PDF-1.4 ke hoach" * 100)
    with HeldOpen(source, share=1):  # as Word or a PDF reader: others may read it
        services.evidence.attach(dossier.id, "I.3", [source])
    assert services.dossiers.assessment(dossier.id, "I.3").evidence_count == 1


def test_exporting_over_a_document_open_in_a_reader_says_so_and_keeps_the_old_file(services, dossier, tmp_path):
    export = ExportService(services.dossiers, services.evidence).export
    out = tmp_path / "Xuất bản"
    export(dossier.id, ["bao-cao"], "pdf", out)
    old = (out / "bao-cao.pdf").read_bytes()
    with HeldOpen(out / "bao-cao.pdf", share=1):  # a PDF reader: read shared, never replaced under it
        with pytest.raises(ServiceError) as refused:
            export(dossier.id, ["bao-cao"], "pdf", out)
    assert "bao-cao.pdf" in str(refused.value) and "đang mở trong chương trình khác" in str(refused.value)
    assert (out / "bao-cao.pdf").read_bytes() == old
    assert sorted(p.name for p in out.iterdir()) == ["bao-cao.pdf"]  # no temporary file left beside it
    export(dossier.id, ["bao-cao"], "pdf", out)  # closed: replaced


def test_a_package_open_elsewhere_is_not_replaced_half_way(services, dossier, tmp_path):
    package = tmp_path / "USB" / "thanh-my.plandesk"
    package.parent.mkdir()
    services.transfer.pack(dossier.id, package)
    old = package.read_bytes()
    with HeldOpen(package, share=1):
        with pytest.raises(ServiceError) as refused:
            services.transfer.pack(dossier.id, package)
    assert "thanh-my.plandesk" in str(refused.value)
    assert package.read_bytes() == old
    assert sorted(p.name for p in package.parent.iterdir()) == ["thanh-my.plandesk"]


@pytest.mark.parametrize("share", [0, 1])
def test_the_helper_really_holds_the_file(tmp_path, share):
    path = tmp_path / "x.bin"
    path.write_bytes(b"x")
    with HeldOpen(path, share=share):
        with pytest.raises(PermissionError):
            os.replace(path, tmp_path / "y.bin")
