"""Backups from the window: a full backup to another folder, and restoring it after a change
(the window shows the restored state)."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog

from plandesk.domain.dossier import UnitInfo
from plandesk.gui import messages
from plandesk.gui.backup_dialogs import BackupPicker
from plandesk.services.demo import create_demo


def test_full_backup_then_restore(open_window, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(messages, "show_info", lambda parent, text, title=None: shown.append(text))
    monkeypatch.setattr(messages, "show_error", lambda parent, text, title=None, details=None: shown.append(
        "LỖI " + text))
    monkeypatch.setattr(messages, "confirm", lambda parent, text, title=None: shown.append(text) or True)
    window = open_window(start=False)
    create_demo(window.ctx.services)
    window.start()
    usb = tmp_path / "usb"
    usb.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(usb)))
    labels = []
    monkeypatch.setattr(messages, "show_info", lambda parent, text, title=None: (
        shown.append(text), labels.append(window.save_label.text())))
    window.full_backup()
    backup = next(usb.glob("PlanDesk-sao-luu-*.zip"))
    assert "Đã sao lưu vào" in shown[-1]
    # while its message is open the status bar does not say the backup is "being saved"; the
    # size is a size (issue 13: "0 MB"), in the one unit style
    assert labels and "Đang lưu" not in labels[-1]
    import re
    assert re.search(r"\([1-9][0-9.]*(,[0-9])? (KB|MB|GB), \d+ tệp minh chứng", shown[-1]) and "MiB" not in shown[-1]

    window.select_criterion("III.11")
    window.ctx.services.dossiers.update_assessment(window.ctx.dossier_id, "III.11", result="Sửa sau khi sao lưu")
    monkeypatch.setattr(BackupPicker, "ask", classmethod(lambda cls, parent, entries: backup))
    window.restore_backup()
    assert any("Bản sao lưu đầy đủ" in text for text in shown)  # what it holds was shown before asking
    assert "Đã khôi phục" in shown[-1]
    info = window.ctx.services.dossiers.assessment(window.ctx.dossier_id, "III.11")
    assert info.result != "Sửa sau khi sao lưu"
    assert window.ctx.services.integrity.check().ok


@pytest.mark.parametrize("database", ["postgresql"], indirect=True)
def test_on_a_shared_server_backup_restore_and_move_say_why_not(open_window, monkeypatch):
    errors: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda parent, text, title=None, details=None: errors.append(text))

    def no_dialog(*args, **kwargs):
        raise AssertionError("a file dialog opened for something that cannot be done")

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(no_dialog))
    monkeypatch.setattr(BackupPicker, "ask", classmethod(no_dialog))
    window = open_window(start=False)
    window.ctx.services.dossiers.create(UnitInfo("Mỹ Đông", "", "huyện Tháp Mười", "tỉnh Đồng Tháp"), 2024,
                                        "xa-dien-hinh-antq")
    window.start()
    assert errors == []  # no offer to copy the shared folder to this PC, no backup warning
    assert "dữ liệu dùng chung trên máy chủ PostgreSQL" in window.workspace_label.text()
    window.full_backup()
    window.restore_backup()
    window.move_workspace()
    assert len(errors) == 3 and all("máy chủ dùng chung" in e and "pg_dump" in e for e in errors)
    assert not list((window.ctx.services.workspace.backups_dir).iterdir())
