"""Starting the window: the QApplication, the interface language, the workspace, the error
handler that logs and explains instead of crashing."""
from __future__ import annotations

import sys
from typing import Callable

from PySide6.QtCore import QLocale, QSettings, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from plandesk import paths
from plandesk.logs import log_unexpected
from plandesk.services import Services
from plandesk.settings import APP_NAME, current_user

from . import messages
from .context import AppContext
from .main_window import MainWindow


def install_translator(app: QApplication, language: str) -> QTranslator | None:
    """Source texts are Vietnamese; other languages come from translations/plandesk_<lang>.qm."""
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese if language == "vi" else QLocale.Language.English))
    if language == "vi":
        return None
    translator = QTranslator(app)
    try:
        folder = paths.translations_dir()
    except FileNotFoundError:
        return None
    if translator.load(str(folder / f"plandesk_{language}.qm")):
        app.installTranslator(translator)
        return translator
    return None


def configure_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    icon = paths.resource_path("icons", "plandesk.png")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def run(open_services: Callable[..., Services], argv: list[str] | None = None) -> int:
    """``open_services(user)`` opens the workspace chosen at start; ``open_services(user, path)``
    opens another one (File → open or move the workspace)."""
    app = configure_app(argv)
    settings = QSettings()
    install_translator(app, str(settings.value("language", "vi")))
    user = str(settings.value("user_name", "") or current_user())
    try:
        services = open_services(user)
    except Exception as exc:  # the workspace cannot be opened: say why, change nothing
        messages.show_error(None, str(exc), app.translate("application", "Không mở được thư mục làm việc"))
        return 2
    ctx = AppContext(services, settings, reopen=lambda path: open_services(user, path))
    window = MainWindow(ctx)

    def excepthook(kind, exc, tb) -> None:
        log = log_unexpected(services.workspace.root, exc)
        messages.show_error(window, app.translate(
            "application", "Đã xảy ra lỗi không mong đợi. Những gì đã lưu không bị ảnh hưởng; hãy thử lại thao tác.\n"
            "Chi tiết đã được ghi vào %1 — hãy gửi tệp này cho người hỗ trợ nếu lỗi lặp lại.").replace("%1", str(log)))

    previous_hook, sys.excepthook = sys.excepthook, excepthook
    window.show()
    QTimer.singleShot(0, window.start)
    try:
        return app.exec()
    finally:
        sys.excepthook = previous_hook
        services.close()
