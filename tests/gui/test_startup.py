"""Start-up order: the window is painted in its "opening the dossier" state before the dossier
loads, then shows the dossier; a remembered dossier that is gone falls back to the list."""
from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QSettings
from PySide6.QtWidgets import QApplication

from plandesk.gui.application import show_then_start
from plandesk.gui.context import AppContext
from plandesk.gui.main_window import MainWindow
from plandesk.services import Services
from plandesk.services.demo import create_demo
from plandesk.storage.workspace import open_workspace


class _Paints(QObject):
    count = 0

    def eventFilter(self, obj, event):  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def test_the_window_is_painted_showing_the_dossier_opening_before_it_loads(qsettings, qtbot, workspace_dir):
    services = Services.build(open_workspace(workspace_dir), user="Cán bộ thử")
    dossier_id = create_demo(services)[0].id
    window = MainWindow(AppContext(services, QSettings(), synchronous=True))
    qtbot.addWidget(window)
    paints = _Paints(window)
    window.installEventFilter(paints)
    seen = {}

    def start() -> None:
        seen.update(paints=paints.count, loading=window.loading.isVisible(), tree=window.tree.isVisible(),
                    text=window.loading.text(), image=window.grab().toImage())
        window.start()

    try:
        show_then_start(window, start)
        assert not seen  # nothing loads before the first paint
        # processEvents, not qtbot.waitUntil: after another test's application.run() (app.exec()
        # then quit()), qtbot's waits no longer run timers in this process
        deadline = time.monotonic() + 5
        while not seen and time.monotonic() < deadline:
            QApplication.processEvents()
            time.sleep(0.005)
        assert seen["paints"] >= 1 and seen["loading"] and not seen["tree"]
        assert seen["text"] == "Đang mở hồ sơ…"
        assert not seen["image"].isNull()
        # then the dossier: the only one of the workspace, opened without asking
        assert window.ctx.dossier_id == dossier_id
        assert window.tree.isVisible() and not window.loading.isVisible()
        assert window.model.codes()[0] == "I.1"
    finally:
        window.close()
        services.close()


def test_a_remembered_dossier_that_is_gone_falls_back_to_the_only_one(open_window):
    window = open_window(start=False)
    dossier_id = create_demo(window.ctx.services)[0].id
    window.ctx.settings.setValue(f"last_dossier/{window.ctx.workspace_key}", dossier_id + 50)
    window.show_loading()
    window.start()
    assert window.ctx.dossier_id == dossier_id
    assert window.tree.isVisible() and not window.loading.isVisible()


def test_unit_pick_lists_are_read_once_and_again_after_a_change(open_window, monkeypatch):
    window = open_window(start=False)
    create_demo(window.ctx.services)
    window.start()
    dossiers = window.ctx.services.dossiers
    calls = []
    known_units = dossiers.known_units
    monkeypatch.setattr(dossiers, "known_units", lambda: calls.append(1) or known_units())
    for code in ("I.2", "I.3", "II.1"):
        window.select_criterion(code)
    assert calls == []  # read when the dossier opened, not at every criterion
    window.criterion.lead.setEditText("Đội dân phòng ấp Mới")
    window.criterion.flush()
    window.select_criterion("I.2")
    assert calls == [1]
    assert "Đội dân phòng ấp Mới" in window.criterion.lead_choices()
    assert "Đội dân phòng ấp Mới" in [window.criterion.cooperating.itemText(i)
                                      for i in range(window.criterion.cooperating.count())]


def test_the_dossiers_whole_evidence_list_is_read_when_its_tab_is_shown(open_window):
    window = open_window(start=False)
    create_demo(window.ctx.services)
    window.start()
    assert window.documents.model.rowCount() == 0  # not read at opening
    window.tabs.setCurrentWidget(window.documents)
    assert window.documents.model.rowCount() == len(window.ctx.services.evidence.list(window.ctx.dossier_id))
    window.open_dossier(window.ctx.dossier_id)  # opened again with the tab showing: read at once
    assert window.documents.model.rowCount() == len(window.ctx.services.evidence.list(window.ctx.dossier_id))


def test_the_opening_state_is_translated(open_window, qapp):
    from plandesk.gui.application import install_translator

    translator = install_translator(qapp, "en")
    try:
        window = open_window(start=False)
        assert window.loading.text() == "Opening the dossier…"
    finally:
        qapp.removeTranslator(translator)
