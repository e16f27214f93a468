"""USB packages from the window: export an encrypted package on one PC, import it on another
after seeing what was checked; a wrong password asks again; conflicts need a decision."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from plandesk.gui import messages
from plandesk.gui.transfer_dialogs import ImportDialog, PackDialog, PassphraseDialog
from plandesk.services import Services
from plandesk.services.demo import create_demo
from plandesk.services.transfer import CONFLICTING, Change, ImportReport
from plandesk.storage.workspace import open_workspace


def test_export_then_import_on_another_workspace(open_window, tmp_path, monkeypatch, qtbot):
    shown, errors = [], []
    monkeypatch.setattr(messages, "show_info", lambda parent, text, title=None: shown.append(text))
    monkeypatch.setattr(messages, "show_error", lambda parent, text, title=None: errors.append(text))
    window = open_window(start=False)
    create_demo(window.ctx.services)
    window.start()
    (tmp_path / "usb").mkdir()
    package = tmp_path / "usb" / "thanh-my-2024.plandesk"
    monkeypatch.setattr(PackDialog, "ask", classmethod(lambda cls, parent, default, review=False: {
        "path": package, "documents": True, "passphrase": "mat-khau-dai-2024"}))
    window.export_package()
    assert errors == []
    assert package.is_file() and "Mã nộp" in shown[-1] and "mã hóa" in shown[-1]
    # counts that count what they say: the sample's evidence documents and its 6 documents as
    # PDF, as `plandesk pack` puts in (not the package's entries: data, files, documents), its
    # size in one unit style
    evidence = len(window.ctx.services.evidence.list(window.ctx.dossier_id))
    assert f"{evidence} tài liệu minh chứng, 6 văn bản PDF, " in shown[-1]
    import re
    assert re.search(r"văn bản PDF, [1-9][0-9.]*(,[0-9])? (KB|MB|GB), mã hóa", shown[-1]) and "MiB" not in shown[-1]

    other = Services.build(open_workspace(tmp_path / "may-khac"), user="Thẩm định")
    try:
        window.ctx.services, original = other, window.ctx.services
        window.ctx.dossier_id = None
        answers = iter(["sai-mat-khau", "mat-khau-dai-2024"])
        asked = []
        monkeypatch.setattr(PassphraseDialog, "ask", classmethod(
            lambda cls, parent, name, again=False: asked.append(again) or next(answers)))
        seen = []
        monkeypatch.setattr(ImportDialog, "ask", classmethod(
            lambda cls, parent, report, name, title="": seen.append((report, title)) or {}))
        window.import_package_file(package)
        assert asked == [False, True]  # the wrong password was asked again
        assert seen and seen[0][0].dossier_id is None and any("AES-256-GCM" in str(c) for c in seen[0][0].checks)
        assert seen[0][1] == "Xã điển hình về phong trào toàn dân bảo vệ ANTQ"  # the criteria set's own name
        assert "Đã nhập Thanh Mỹ năm 2024" in shown[-1]
        assert window.ctx.dossier_id is not None and len(window.model.codes()) == 34
        assert other.integrity.check().ok
        assert errors == []
    finally:
        window.ctx.services = original
        other.close()


def test_conflicts_must_be_decided_before_import(qsettings, qtbot):
    report = ImportReport("ho_so", "30001-xa-dien-hinh-antq-2024-002", "Thanh Mỹ", 2024, "xa-dien-hinh-antq 2023.1", 1,
                          changes=[Change("tieu_chi:III.3", "Tiêu chí III.3", CONFLICTING, "", ("result",)),
                                   Change("tieu_chi:I.1", "Tiêu chí I.1", "cap_nhat", "lay", ("status",))],
                          checks=["bảng kê: đúng định dạng"])
    dialog = ImportDialog(None, report, "goi.plandesk")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled() and "1 mục xung đột" in dialog.hint.text()
    # the officer reads plain words; the technical checks are behind “Chi tiết”
    shown = " ".join(label.text() for label in dialog.findChildren(QLabel) if label.isVisibleTo(dialog))
    for word in ("SHA-256", "AES", "symlink", "byte", "xa-dien-hinh-antq", "2023.1", "bản ghi"):
        assert word not in shown
    assert not dialog.details.isVisibleTo(dialog)
    dialog.details_button.click()
    assert dialog.details.isVisibleTo(dialog) and "bảng kê" in dialog.details.item(0).text()
    box = dialog.decisions["tieu_chi:III.3"]
    box.setCurrentIndex(box.findData("giu"))
    assert ok.isEnabled()
    assert dialog.chosen() == {"tieu_chi:III.3": "giu"}


def test_pack_dialog_checks_the_password(qsettings, qtbot, tmp_path):
    dialog = PackDialog(None, tmp_path / "a.plandesk")
    qtbot.addWidget(dialog)
    dialog.passphrase.setText("ngan")
    dialog._accept()
    assert "ít nhất 8" in dialog.error.text()
    dialog.passphrase.setText("mat-khau-dai")
    dialog.repeat.setText("mat-khau-khac")
    dialog._accept()
    assert "không giống nhau" in dialog.error.text()
    dialog.repeat.setText("mat-khau-dai")
    dialog._accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.result_value()["path"] == Path(tmp_path / "a.plandesk")


@pytest.mark.parametrize("encrypted", [False, True])
def test_window_and_command_line_write_the_same_package(open_window, workspace_dir, tmp_path, monkeypatch,
                                                        encrypted):
    """The same dossier packed from the window and with `plandesk pack` gives the same bytes:
    one use case (TransferService.pack with the dossier's documents) behind both. What a
    package legitimately varies by is pinned, not ignored: its creation time (a test clock)
    and, when encrypted, the random salt and nonce prefix (a seeded source)."""
    import contextlib
    import io
    import os
    import random
    import shutil
    import zipfile

    from plandesk.app import main
    from plandesk.services import access
    from plandesk.transfer import crypto

    base = tmp_path / "ban-goc"
    with contextlib.closing(Services.build(open_workspace(base), user="Cán bộ thử")) as services:
        create_demo(services)
    shutil.copytree(base, workspace_dir)       # the window's workspace and the command line's:
    shutil.copytree(base, tmp_path / "dong-lenh")   # the same dossier, packed once in each
    os.sync()   # the copies' flush is the test's own, not one the window's next settings write waits for
    usb = tmp_path / "usb"
    usb.mkdir()
    monkeypatch.setattr(access, "now", lambda: dt.datetime(2024, 10, 5, 8, 30))
    if encrypted:
        def seeded():
            source = random.Random(2024)
            return lambda size: source.randbytes(size)
        monkeypatch.setattr(crypto, "os", type("SeededOs", (), {"urandom": staticmethod(seeded())}))
    secret = tmp_path / "mat-khau.txt"
    secret.write_text("mat-khau-dai-2024\n", encoding="utf-8")
    passphrase = "mat-khau-dai-2024" if encrypted else None

    shown, errors = [], []
    monkeypatch.setattr(messages, "show_info", lambda parent, text, title=None: shown.append(text))
    monkeypatch.setattr(messages, "show_error", lambda parent, text, title=None: errors.append(text))
    window = open_window()
    monkeypatch.setattr(PackDialog, "ask", classmethod(lambda cls, parent, default, review=False: {
        "path": usb / "cua-so.plandesk", "documents": True, "passphrase": passphrase}))
    window.export_package()
    assert errors == [] and "Mã nộp" in shown[-1]

    if encrypted:   # the same seed again: the command line draws the same salt and nonce prefix
        monkeypatch.setattr(crypto, "os", type("SeededOs", (), {"urandom": staticmethod(seeded())}))
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["--data", str(tmp_path / "dong-lenh"), "pack", "--out", str(usb / "dong-lenh.plandesk"),
                     *(["--passphrase-file", str(secret)] if encrypted else [])])
    assert code == 0, err.getvalue()

    from_window, from_cli = (usb / "cua-so.plandesk").read_bytes(), (usb / "dong-lenh.plandesk").read_bytes()
    assert from_window == from_cli
    window.ctx.settings.sync()   # likewise the packages' (left to the window's settings otherwise)
    if not encrypted:   # and what both hold: the dossier's 6 documents, made at the test clock's time
        with zipfile.ZipFile(usb / "cua-so.plandesk") as archive:
            documents = sorted(n for n in archive.namelist() if n.startswith("van-ban/"))
            assert documents == ["van-ban/01_to-trinh.pdf", "van-ban/02_bao-cao.pdf", "van-ban/03_bien-ban.pdf",
                                 "van-ban/04_ke-hoach.pdf", "van-ban/05_bao-cao-6-thang.pdf",
                                 "van-ban/06_danh-muc.pdf"]
            assert '"created_at": "2024-10-05T08:30:00"' in archive.read("manifest.json").decode()
