"""Outputs never land on the workspace's own files (issue 14, point 2): every command that
writes a file refuses the database, its journal, the lock, the anchor and anything under
evidence/, backups/ (but a backup), frameworks/ and logs/, however the path is spelled, and
nothing changes; the roll-up saved without ".xlsx" gets it."""
from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest
from safety_helpers import open_services, plandesk

from plandesk.services import InvalidInput
from plandesk.storage.outputs import workspace_part


def _fingerprint(ws: Path) -> dict[str, str]:
    """Every file of the workspace but SQLite's own and the automatic copy's bookkeeping (when
    it last looked at the database: rewritten by any opening, whatever the command)."""
    return {str(p.relative_to(ws)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(ws.rglob("*")) if p.is_file() and not p.name.endswith(("-wal", "-shm"))
            and p.name != ".tu-dong-trang-thai.json"}


def _stored(ws: Path) -> Path:
    return next(p for p in (ws / "evidence").rglob("*") if p.is_file() and len(p.name) == 64)


def _targets(ws: Path) -> list[tuple[str, Path]]:
    stored = _stored(ws)
    return [("the database", ws / "plandesk.sqlite"),
            ("its journal", ws / "plandesk.sqlite-wal"),
            ("a stored evidence file", stored),
            ("a new name in the store", ws / "evidence" / "goi.plandesk"),
            ("a backup", ws / "backups" / "goi.plandesk"),
            ("the lock", ws / "plandesk.lock"),
            ("the anchor", ws / "plandesk.anchor"),
            ("the database, spelled with ..", ws / "evidence" / ".." / "plandesk.sqlite"),
            ("the workspace folder itself", ws)]


def test_every_writing_command_refuses_the_workspace_files(demo_copy, tmp_path):
    ws = demo_copy()
    plandesk(ws, "status")                    # an anchor and settled files
    link = tmp_path / "tro-toi-csdl.plandesk"
    link.symlink_to(ws / "plandesk.sqlite")   # another name for the database
    before = _fingerprint(ws)
    tried = 0
    for label, target in [*_targets(ws), ("a symbolic link to the database", link)]:
        for command in (["pack", "--out", str(target), "--no-documents"],
                        ["review", "pack", "--out", str(target)],
                        ["rollup", "--year", "2024", "--xlsx", str(target)],
                        ["rollup", "--year", "2024", "--report", str(target)]):
            out = plandesk(ws, *command, check=False)
            tried += 1
            assert out.returncode == 2, (label, command, out.stdout, out.stderr)
            assert "thư mục làm việc" in out.stderr and "chưa ghi gì" in out.stderr, (label, out.stderr)
    for folder in (ws / "evidence", ws / "backups", ws / "evidence" / "ab", ws / "logs"):
        out = plandesk(ws, "export", "--doc", "to-trinh", "--format", "pdf", "--out", str(folder), check=False)
        assert out.returncode == 2 and "chưa ghi gì" in out.stderr, (folder, out.stderr)
        tried += 1
    for folder in (ws / "evidence", ws / "frameworks"):
        out = plandesk(ws, "backup", "--out", str(folder), check=False)
        assert out.returncode == 2 and "chưa ghi gì" in out.stderr, (folder, out.stderr)
        tried += 1
    assert tried == 46
    assert _fingerprint(ws) == before
    assert link.is_symlink() and link.resolve() == (ws / "plandesk.sqlite").resolve()
    assert "không có lỗi" in plandesk(ws, "check").stdout


def test_what_stays_allowed(demo_copy, tmp_path):
    ws = demo_copy()
    # an export folder inside the workspace folder (the window's default) and a backup into backups/
    out = plandesk(ws, "export", "--doc", "to-trinh", "--format", "pdf", "--out", str(ws / "xuat-van-ban"))
    assert (ws / "xuat-van-ban" / "to-trinh.pdf").is_file(), out.stderr
    plandesk(ws, "backup", "--out", str(ws / "backups"))
    plandesk(ws, "pack", "--out", str(tmp_path / "usb.plandesk"), "--no-documents")
    assert workspace_part(tmp_path / "x.plandesk", ws) is None
    assert str(workspace_part(ws / "plandesk.sqlite", ws)) == "cơ sở dữ liệu"


def test_roll_up_saved_without_its_extension_gets_xlsx(demo_copy, tmp_path):
    ws = demo_copy()
    s = open_services(ws)
    try:
        rollup = s.rollup.rollup(2024)
        path = s.rollup.write_xlsx(rollup, tmp_path / "tong-hop")
        assert path == tmp_path / "tong-hop.xlsx" and path.is_file()
        assert not (tmp_path / "tong-hop").exists()
        with pytest.raises(InvalidInput, match="cơ sở dữ liệu"):
            s.rollup.write_xlsx(rollup, ws / "plandesk.sqlite")   # refused as typed, before ".xlsx" is added
        with pytest.raises(InvalidInput, match="kho minh chứng"):
            s.rollup.write_xlsx(rollup, ws / "evidence" / "tong-hop.xlsx")
    finally:
        s.close()


@pytest.mark.skipif(os.name == "nt", reason="case-insensitive spelling is checked by normcase on Windows itself")
def test_window_dialogs_go_through_the_same_check(demo_copy, tmp_path, monkeypatch):
    pytest.importorskip("PySide6")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QFileDialog, QWidget

    from plandesk.gui import application, messages, spreadsheet_actions

    ws = demo_copy()
    application.configure_app([])
    s = open_services(ws)
    shown = []
    monkeypatch.setattr(messages, "show_error", lambda parent, text, title=None: shown.append(text))
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(ws / "evidence" / "hoi-dong.xlsx"), "")))

    class Ctx:
        services, dossier_id, dossier = s, 1, s.dossiers.info(1)

    try:
        before = _fingerprint(ws)
        assert spreadsheet_actions.export_sheet(Ctx(), QWidget(), "hoi-dong") is None
        assert shown and "kho minh chứng" in shown[0]
        assert _fingerprint(ws) == before
    finally:
        s.close()
