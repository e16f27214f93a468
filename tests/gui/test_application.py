"""Starting the application: the real start-up path, and a workspace that cannot be opened."""
from __future__ import annotations

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from plandesk.gui import application, messages
from plandesk.gui.dialogs import DossierPicker
from plandesk.services import Services
from plandesk.storage.workspace import WorkspaceError, open_workspace


def test_start_opens_the_window_and_offers_a_dossier(qsettings, workspace_dir, monkeypatch):
    offered = []
    seen = {}

    def offer(cls, parent, dossiers) -> None:
        # the welcome is offered from the running event loop (start() comes after the first
        # paint, its answer from the task runner): what is on screen now is what the user sees,
        # and quitting here ends app.exec() at once — no timer racing the start-up
        offered.append(dossiers)
        seen["windows"] = [w.windowTitle() for w in QApplication.topLevelWidgets() if w.isVisible()]
        QApplication.instance().quit()

    monkeypatch.setattr(DossierPicker, "ask", classmethod(offer))

    def give_up() -> None:  # never offered: end the loop so the test fails instead of hanging
        seen.setdefault("gave_up", True)
        QApplication.instance().quit()

    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(give_up)
    guard.start(120_000)
    try:
        code = application.run(lambda user: Services.build(open_workspace(workspace_dir), user))
    finally:
        guard.stop()
    assert "gave_up" not in seen, "the dossier picker was never offered"
    assert code == 0
    assert offered == [[]]  # first start: no dossier yet, the welcome is offered
    assert "PlanDesk" in seen["windows"]
    # the window's settings are written by their own thread: all on disk once run() returns
    assert QSettings().value("main/geometry") is not None


def test_unopenable_workspace_is_explained(qsettings, monkeypatch):
    shown = []
    monkeypatch.setattr(messages, "show_error", lambda parent, text, title=None: shown.append((title, text)))

    def refuse(user):
        raise WorkspaceError("Cơ sở dữ liệu 'x' bị hỏng. Tệp được giữ nguyên; hãy khôi phục từ thư mục backups/.")

    assert application.run(refuse) == 2
    assert shown and shown[0][0] == "Không mở được thư mục làm việc" and "bị hỏng" in shown[0][1]


def test_about_lists_the_version_workspace_and_licences(qsettings, qtbot, tmp_path):
    from PySide6.QtWidgets import QLabel, QTextBrowser

    from plandesk import __version__
    from plandesk.gui.about import AboutDialog

    dialog = AboutDialog(None, str(tmp_path / "ws"))
    qtbot.addWidget(dialog)
    labels = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert __version__ in labels and str(tmp_path / "ws") in labels
    text = dialog.findChild(QTextBrowser).toPlainText()
    assert "SIL Open Font License 1.1" in text
    for name in ("PySide6-Essentials", "SQLAlchemy", "reportlab", "python-docx"):
        assert name in text


def test_damaged_database_is_recovered_from_the_newest_backup(qsettings, workspace_dir, monkeypatch, qapp):
    from plandesk.services.demo import create_demo

    services = Services.build(open_workspace(workspace_dir), "t")
    create_demo(services)
    services.backup.automatic_backup()
    services.close()
    db = workspace_dir / "plandesk.sqlite"
    for suffix in ("-wal", "-shm"):
        (workspace_dir / f"plandesk.sqlite{suffix}").unlink(missing_ok=True)
    data = bytearray(db.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)
    db.write_bytes(bytes(data))
    asked = []
    monkeypatch.setattr(messages, "confirm", lambda parent, text, title=None: asked.append(text) or True)
    opened = application.open_or_recover(qapp, lambda user: Services.build(open_workspace(workspace_dir), user), "t")
    try:
        assert asked and "bản sao lưu mới nhất" in asked[0]
        assert opened is not None and opened.dossiers.list_dossiers()[0].unit.name == "Thanh Mỹ"
        assert any(p.name.startswith("hong-") for p in (workspace_dir / "backups").iterdir())
    finally:
        if opened is not None:
            opened.close()


def test_native_libraries_are_warmed_once_after_the_first_dossier_opens(open_window, monkeypatch):
    calls = []
    monkeypatch.setattr(application.warmup, "warm_later_imports", lambda cancelled: calls.append(cancelled) or [])
    window = open_window(start=False)
    application.warm_later_imports(window.ctx)
    assert calls == []            # nothing before a dossier is on screen
    window.ctx.signals.dossier_opened.emit(1)
    window.ctx.signals.dossier_opened.emit(1)   # reopened: not again
    assert len(calls) == 1
