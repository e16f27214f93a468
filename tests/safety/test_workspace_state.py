"""One notion of what a folder is — new, healthy, damaged, foreign — decided before anything
is written (issue 14, point 1): a folder with evidence, backups, a journal or a lock but an
empty or missing database is damaged, never new, for the command line and the window."""
from __future__ import annotations

import datetime as dt
import json
import os
import socket
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from safety_helpers import open_services, plandesk

from plandesk.storage.lock import LOCK_NAME
from plandesk.storage.workspace import (
    DAMAGED,
    FOREIGN,
    HEALTHY,
    NEW,
    DamagedDatabase,
    WorkspaceError,
    open_workspace,
    workspace_state,
)


def _files(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def _with_backup(ws: Path) -> None:
    s = open_services(ws)
    try:
        s.dossiers.update_assessment(1, "III.11", result="có bản sao tự động")
        s.workspace.backup_now(dt.datetime.now() + dt.timedelta(minutes=1))
    finally:
        s.close()


@pytest.mark.parametrize("how", ["zero-bytes", "missing"])
def test_lost_database_with_evidence_and_backups_is_damaged_and_nothing_is_written(demo_copy, how):
    ws = demo_copy()
    _with_backup(ws)
    db = ws / "plandesk.sqlite"
    if how == "zero-bytes":
        db.write_bytes(b"")
    else:
        db.unlink()
    before = _files(ws)
    state = workspace_state(ws)
    assert state.kind == DAMAGED and any("evidence/" in str(s) for s in state.signs)
    for command in (["dossiers"], ["check"], ["check", "--repair"], ["status"], ["new", "--commune", "Mới",
                                                                               "--year", "2025"]):
        out = plandesk(ws, *command, check=False)
        assert out.returncode == 2, (command, out.stdout, out.stderr)
        assert "plandesk.sqlite" in out.stderr and ("rỗng" in out.stderr or "bị mất" in out.stderr)
        assert "plandesk restore" in out.stderr           # says how to bring it back
    assert _files(ws) == before                            # no empty database, no repair, no lock left


def test_lost_database_is_brought_back_from_the_newest_automatic_copy(demo_copy):
    ws = demo_copy()
    _with_backup(ws)
    (ws / "plandesk.sqlite").write_bytes(b"")
    with pytest.raises(DamagedDatabase) as info:
        open_workspace(ws, maintenance_every=None)
    newest = info.value.good_backups[0]
    out = plandesk(ws, "restore", str(newest), "--yes")
    assert "Đã khôi phục" in out.stdout
    assert "có bản sao tự động" in plandesk(ws, "show", "--criterion", "III.11").stdout
    assert "không có lỗi" in plandesk(ws, "check").stdout


def test_each_sign_of_data_alone_makes_a_missing_database_damaged(tmp_path):
    # evidence only
    a = tmp_path / "A"
    (a / "evidence" / "ab").mkdir(parents=True)
    (a / "evidence" / "ab" / ("ab" * 32)).write_bytes(b"%PDF-1.4 minh chung")
    # a database copy only
    b = tmp_path / "B"
    (b / "backups").mkdir(parents=True)
    (b / "backups" / "tu-dong-20240101-080000.sqlite").write_bytes(b"SQLite format 3\x00")
    # the journal of a database whose main file is gone
    c = tmp_path / "C"
    c.mkdir()
    (c / "plandesk.sqlite-wal").write_bytes(b"\x37\x7f\x06\x82" + b"\0" * 28)
    # a lock left by a program that was killed
    d = tmp_path / "D"
    d.mkdir()
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    now = dt.datetime.now().replace(microsecond=0).isoformat()
    (d / LOCK_NAME).write_text(json.dumps({"pid": int(dead.stdout), "host": socket.gethostname(), "user": "cán bộ",
                                           "program": "PlanDesk", "started": now, "heartbeat": now,
                                           "token": "t"}), encoding="utf-8")
    for root in (a, b, c, d):
        before = _files(root)
        assert workspace_state(root).kind == DAMAGED, root
        with pytest.raises(DamagedDatabase):
            open_workspace(root, maintenance_every=None)
        assert _files(root) == before
    # empty folders (what PlanDesk itself makes) are no sign of data
    e = tmp_path / "E"
    for sub in ("evidence/tmp", "backups", "frameworks"):
        (e / sub).mkdir(parents=True)
    assert workspace_state(e).kind == NEW
    assert workspace_state(tmp_path / "chua-co").kind == NEW


def test_new_and_healthy_and_foreign(tmp_path):
    root = tmp_path / "W"
    assert workspace_state(root).kind == NEW
    open_workspace(root, maintenance_every=None).close()
    state = workspace_state(root)
    assert state.kind == HEALTHY and state.revision
    other = tmp_path / "Other"
    other.mkdir()
    con = sqlite3.connect(other / "plandesk.sqlite")
    con.execute("CREATE TABLE ke_toan (id INTEGER)")
    con.commit()
    con.close()
    before = _files(other)
    assert workspace_state(other).kind == FOREIGN
    with pytest.raises(WorkspaceError, match="chương trình khác"):
        open_workspace(other, maintenance_every=None)
    assert _files(other) == before      # no PlanDesk table added to another program's database


def test_window_offers_the_newest_copy_for_a_lost_database(demo_copy, monkeypatch):
    pytest.importorskip("PySide6")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from plandesk.gui import application, messages

    ws = demo_copy()
    _with_backup(ws)
    (ws / "plandesk.sqlite").unlink()
    asked = []
    monkeypatch.setattr(messages, "confirm", lambda parent, text, title="": asked.append(text) or False)
    app = application.configure_app([])
    services = application.open_or_recover(app, lambda user, path=None: open_services(ws), "")
    assert services is None                        # declined: nothing opened, nothing created
    assert asked and "bị mất" in asked[0] and "tu-dong-" in asked[0]
    assert not (ws / "plandesk.sqlite").exists()
