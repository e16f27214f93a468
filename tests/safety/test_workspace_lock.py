"""Two programs on one workspace: the second is refused with the holder's name; a lock left
by a dead process (SIGKILL, power cut) or a silent computer on a share is taken over; one
process may reopen its own workspace (the window does, the tests do)."""
from __future__ import annotations

import datetime as dt
import json
import os
import signal
import socket
import subprocess
import sys
import time

import pytest
from safety_helpers import env, plandesk

from plandesk.storage.lock import LOCK_NAME, LockInfo, acquire_lock, read_lock
from plandesk.storage.workspace import WorkspaceError, WorkspaceLocked, open_workspace

HOLD = """
import sys, time
from plandesk.storage.workspace import open_workspace
ws = open_workspace(sys.argv[1])
print("mở", flush=True)
time.sleep(60)
"""


def _holder(root):
    proc = subprocess.Popen([sys.executable, "-c", HOLD, str(root)], stdout=subprocess.PIPE, text=True, env=env())
    assert proc.stdout.readline().strip() == "mở"
    return proc


def _write_lock(root, **changes):
    now = dt.datetime.now().replace(microsecond=0)
    info = dict(pid=os.getpid(), host=socket.gethostname(), user="cán bộ A", program="PlanDesk",
                started=now.isoformat(), heartbeat=now.isoformat(), token="x" * 32)
    info.update({k: (v.isoformat() if isinstance(v, dt.datetime) else v) for k, v in changes.items()})
    root.mkdir(parents=True, exist_ok=True)
    (root / LOCK_NAME).write_text(json.dumps(info, ensure_ascii=False), encoding="utf-8")


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL: POSIX")
def test_second_process_is_refused_naming_the_holder_then_takes_over_after_a_kill(demo_copy):
    root = demo_copy()
    holder = _holder(root)
    try:
        refused = plandesk(root, "set", "--criterion", "III.11", "--result", "ghi đè", check=False)
        assert refused.returncode == 2
        assert f"tiến trình {holder.pid}" in refused.stderr and "đang được" in refused.stderr
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
    assert read_lock(root / LOCK_NAME).pid == holder.pid  # the dead process's lock is still there...
    plandesk(root, "set", "--criterion", "III.11", "--result", "sau khi tắt")  # ...and is taken over
    shown = plandesk(root, "show", "--criterion", "III.11").stdout
    assert "sau khi tắt" in shown and "ghi đè" not in shown  # the refused command wrote nothing
    assert not (root / LOCK_NAME).exists()  # released at the end of the command


def test_in_process_reopen_shares_the_lock_and_close_releases_it(tmp_path):
    root = tmp_path / "W"
    first = open_workspace(root, maintenance_every=None)
    second = open_workspace(root, maintenance_every=None)  # the window reopening its own workspace
    assert first.lock is second.lock and first.lock.held
    first.close()
    assert (root / LOCK_NAME).exists() and second.lock.held
    second.close()
    assert not (root / LOCK_NAME).exists()
    third = open_workspace(root, maintenance_every=None)  # reopening after closing is not refused
    third.close()
    third.close()  # idempotent


def test_lock_of_a_dead_pid_without_os_lock_is_recovered(tmp_path):
    root = tmp_path / "W"
    open_workspace(root, maintenance_every=None).close()   # a workspace whose program was killed
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    _write_lock(root, pid=int(dead.stdout))
    ws = open_workspace(root, maintenance_every=None)
    try:
        assert read_lock(root / LOCK_NAME).pid == os.getpid()
    finally:
        ws.close()


def test_lock_from_another_computer_refused_while_fresh_taken_over_when_old(tmp_path):
    root = tmp_path / "W"
    open_workspace(root, maintenance_every=None).close()
    _write_lock(root, host="MAY-TINH-XA-2", pid=4242)
    with pytest.raises(WorkspaceLocked) as info:
        open_workspace(root, maintenance_every=None)
    message = str(info.value)
    assert "cán bộ A" in message and "MAY-TINH-XA-2" in message and "4242" in message
    assert info.value.holder.host == "MAY-TINH-XA-2"
    assert read_lock(root / LOCK_NAME).host == "MAY-TINH-XA-2"  # a refused opening leaves the lock alone

    _write_lock(root, host="MAY-TINH-XA-2", pid=4242, heartbeat=dt.datetime.now() - dt.timedelta(hours=3))
    ws = open_workspace(root, maintenance_every=None)
    try:
        assert read_lock(root / LOCK_NAME).host == socket.gethostname()
    finally:
        ws.close()


def test_heartbeat_refreshes_the_time_and_notices_a_takeover(tmp_path):
    lock = acquire_lock(tmp_path, now=dt.datetime(2026, 1, 5, 8, 0))
    try:
        lock.heartbeat(dt.datetime(2026, 1, 5, 8, 5))
        assert read_lock(tmp_path / LOCK_NAME).heartbeat == dt.datetime(2026, 1, 5, 8, 5)
        assert lock.lost is None
        other = LockInfo(1, "MAY-KHAC", "b", "PlanDesk", dt.datetime(2026, 1, 5, 11), dt.datetime(2026, 1, 5, 11), "t")
        (tmp_path / LOCK_NAME).write_text(other.to_json(), encoding="utf-8")
        lock.heartbeat()
        assert lock.lost and "MAY-KHAC" in lock.lost
    finally:
        lock.release()
    assert (tmp_path / LOCK_NAME).exists()  # not ours any more: left for its holder


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root writes into read-only folders")
def test_read_only_folder_is_refused_with_a_clear_message(tmp_path):
    root = tmp_path / "W"
    root.mkdir()
    for sub in ("evidence", "frameworks", "backups"):
        (root / sub).mkdir()
    root.chmod(0o555)
    try:
        with pytest.raises(WorkspaceError) as info:
            open_workspace(root, maintenance_every=None)
        assert "tệp khóa" in str(info.value) and "cho phép ghi" in str(info.value)
    finally:
        root.chmod(0o755)


def test_a_stuck_holder_does_not_block_for_long(tmp_path):
    start = time.monotonic()
    _write_lock(tmp_path / "W", host="MAY-TINH-XA-2")
    with pytest.raises(WorkspaceLocked):
        open_workspace(tmp_path / "W", maintenance_every=None)
    assert time.monotonic() - start < 2
