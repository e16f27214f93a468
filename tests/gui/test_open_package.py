"""``PlanDesk.exe FILE.plandesk``: what Windows runs when a package is double-clicked (the
installer's .plandesk file type). The window opens and shows the package's import preview."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from plandesk import app
from plandesk.gui import application
from plandesk.gui.dialogs import DossierPicker
from plandesk.gui.transfer_dialogs import ImportDialog
from plandesk.services import Services
from plandesk.services.demo import create_demo
from plandesk.storage.workspace import open_workspace


@pytest.mark.parametrize("argv,package", [
    ([r"E:\Gói hồ sơ\thanh-my 2024.plandesk"], r"E:\Gói hồ sơ\thanh-my 2024.plandesk"),
    (["E:/x.PLANDESK.001"], "E:/x.PLANDESK.001"),
    (["--data", r"D:\Hồ sơ", "x.plandesk"], "x.plandesk"),
    ([r"--data=D:\Hồ sơ", "x.plandesk"], "x.plandesk"),
    (["unpack", "x.plandesk"], None),
    (["--data", "x.plandesk"], None),
    (["status"], None),
    ([], None),
    (["x.plandesk.zip"], None),
])
def test_a_package_path_on_the_command_line(argv, package):
    found = app._package_argument(argv)
    assert (str(found) if found else None) == (str(Path(package)) if package else None)


def test_main_hands_the_package_to_the_window(monkeypatch):
    import plandesk.gui

    seen = {}
    monkeypatch.setattr(plandesk.gui, "run_gui", lambda open_services, argv=None, package=None: seen.update(
        package=package) or 0)
    assert app.main([r"E:\thanh-my.plandesk"]) == 0
    assert seen["package"] == Path(r"E:\thanh-my.plandesk")


def test_the_window_opens_the_import_preview_of_the_package(qsettings, tmp_path, monkeypatch):
    source = Services.build(open_workspace(tmp_path / "xa", maintenance_every=None), "t")
    try:
        create_demo(source)
        package = tmp_path / "USB" / "thanh-my 2024.plandesk"
        package.parent.mkdir()
        source.transfer.pack(source.dossiers.list_dossiers()[0].id, package)
    finally:
        source.close()
    monkeypatch.setattr(DossierPicker, "ask", classmethod(lambda cls, parent, dossiers: None))
    previews = []

    def preview(cls, parent, report, file_name, *_framework_title):
        previews.append((file_name, report.unit, report.year))
        return None  # the officer closes the preview: nothing imported
    monkeypatch.setattr(ImportDialog, "ask", classmethod(preview))
    ticks = []

    def quit_when_shown() -> None:
        ticks.append(1)
        if previews or len(ticks) > 200:
            QApplication.instance().quit()

    ticker = QTimer()
    ticker.timeout.connect(quit_when_shown)
    ticker.start(100)
    target = tmp_path / "huyen"
    try:
        code = application.run(lambda user, path=None: Services.build(open_workspace(target), user), package=package)
    finally:
        ticker.stop()
    assert code == 0
    assert previews == [("thanh-my 2024.plandesk", "Thanh Mỹ", 2024)]
    check = Services.build(open_workspace(target, maintenance_every=None), "t")
    try:
        assert check.dossiers.list_dossiers() == []  # closed without importing: nothing changed
    finally:
        check.close()
