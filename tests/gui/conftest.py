"""GUI tests drive the real window offscreen, with a synchronous task runner and settings
kept in a temporary folder."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from plandesk.gui.application import configure_app
from plandesk.gui.context import AppContext
from plandesk.gui.main_window import MainWindow
from plandesk.services import Services
from plandesk.storage.workspace import open_workspace


@pytest.fixture
def qsettings(tmp_path, qapp):
    configure_app()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    QSettings().clear()
    return QSettings()


@pytest.fixture
def open_window(qtbot, qsettings, workspace_dir, database):
    """Opens (or reopens) the window on the test workspace (its SQLite file, or a server when the
    test parametrizes ``database``); closes everything at the end."""
    opened: list[tuple[MainWindow, Services]] = []

    def _open(start: bool = True) -> MainWindow:
        services = Services.build(open_workspace(workspace_dir, database=database), user="Cán bộ thử")
        ctx = AppContext(services, QSettings(), synchronous=True)
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        if start:
            window.start()
        opened.append((window, services))
        return window

    yield _open
    for window, services in opened:
        window.close()
        services.close()


def close(window: MainWindow) -> None:
    window.close()
    window.ctx.services.close()
