"""The window's first paint, before the data layer is loaded: with no command, ``plandesk``
shows a window saying which dossier is being opened (its name as remembered in QSettings from
the last session) before SQLAlchemy, the services and the screens are imported. The real
window takes its place as soon as it is built (``hand_over``).

Only Qt and ``plandesk.settings`` are imported here: this module is what a user waits for."""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from plandesk.settings import APP_NAME, default_data_dir, settings_dir

from . import preferences

_window: QMainWindow | None = None

# the interface language is applied with the window's translator, which is not loaded yet
_OPENING = {"vi": ("Đang mở hồ sơ {name}…", "Đang mở PlanDesk…"),
            "en": ("Opening the dossier {name}…", "Opening PlanDesk…")}


def workspace_key(root: Path) -> str:
    """The key the window remembers a workspace's last dossier under (AppContext.workspace_key)."""
    return str(Path(root).expanduser().resolve())


def name_key(root: Path) -> str:
    return f"last_dossier_name/{workspace_key(root)}"


def _settings(app: QApplication) -> QSettings:
    name_app(app)
    return QSettings()


def name_app(app: QApplication) -> None:
    """The application's names, and in portable mode its settings as an INI file beside the data."""
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    portable = settings_dir()
    if portable is not None:  # an INI file beside the data, never the registry
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(portable))


def paint_first(data_dir: Path | None, argv: list[str] | None = None) -> QMainWindow:
    """Create the application, show the opening window where the main window was last, and
    return once it has been painted."""
    global _window
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    settings = _settings(app)
    language = "en" if str(settings.value("language", "vi")) == "en" else "vi"
    name = str(settings.value(name_key(data_dir or default_data_dir()), "") or "")
    with_name, without = _OPENING[language]
    window = QMainWindow()
    window.setWindowTitle(APP_NAME)
    label = QLabel(with_name.format(name=name) if name else without)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setStyleSheet("font-size: 15pt; color: #444")  # as the main window's own "opening" line
    window.setCentralWidget(label)
    geometry = settings.value("main/geometry")
    if geometry is None or not window.restoreGeometry(geometry):
        screen = app.primaryScreen().availableGeometry()
        window.resize(min(1280, int(screen.width() * 0.92)), min(800, int(screen.height() * 0.92)))
    window.show()
    window.repaint()           # painted now, not at the event loop's first turn
    app.processEvents()
    _window = window
    return window


def remember_dossier(root: Path, dossier) -> None:
    """The open dossier's name (a DossierInfo: "xã Thanh Mỹ năm 2024"), for the next start's
    first paint."""
    if dossier is None:
        return
    unit = dossier.unit
    name = " ".join(x for x in (unit.kind, unit.name, f"năm {dossier.year}") if x)
    preferences.current().setValue(name_key(root), name)


def hand_over(main_window) -> None:
    """The real window is shown: the opening window goes (the main window takes its place)."""
    global _window
    if _window is not None:
        _window.close()
        _window.deleteLater()
        _window = None


def close() -> None:
    """The opening window goes without a successor (the start stopped before the window)."""
    hand_over(None)
