"""Starting the window: the QApplication, the interface language, the workspace, the error
handler that logs and explains instead of crashing."""
from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, QObject, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from plandesk import paths, warmup
from plandesk.domain.messages import fill
from plandesk.logs import log_unexpected
from plandesk.services import Services
from plandesk.services.backup import CredentialsNeeded, recover_damaged_database
from plandesk.services.workspace import DamagedDatabase, ServerTrouble

from . import first_paint, messages, preferences
from .access import sign_in_if_needed
from .context import AppContext
from .dialogs import UserNameDialog
from .main_window import MainWindow
from .widgets import install_wheel_guard


def install_translator(app: QApplication, language: str) -> QTranslator | None:
    """Source texts are Vietnamese; other languages come from translations/plandesk_<lang>.qm."""
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese if language == "vi" else QLocale.Language.English))
    try:
        folder = paths.translations_dir()
    except FileNotFoundError:
        return None
    if language == "vi":
        # Qt's own texts (file dialog, standard buttons, the menu of a text field) in
        # Vietnamese: Qt has no translation of its own (on Windows the file dialogs are the
        # system's, in the system's language)
        qt = QTranslator(app)
        if qt.load(str(folder / "qtbase_vi.qm")):
            app.installTranslator(qt)
            app._plandesk_qt_translator = qt
        return None
    translator = QTranslator(app)
    if translator.load(str(folder / f"plandesk_{language}.qm")):
        app.installTranslator(translator)
        return translator
    return None


def configure_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    first_paint.name_app(app)  # names, and portable mode's INI file beside the data (never the registry)
    icon = paths.resource_path("icons", "plandesk.png")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    install_wheel_guard(app)  # the wheel never changes a field the officer has not clicked into
    return app


def open_or_recover(app: QApplication, open_services: Callable[..., Services], user: str) -> Services | None:
    """Open the workspace; a damaged database is never written over: offer its newest good
    backup (the damaged file is kept aside), else say why and stop."""
    try:
        return open_services(user)
    except DamagedDatabase as exc:
        if not exc.good_backups:
            messages.show_failure(None, exc, app.translate("application", "Không mở được thư mục làm việc"))
            return None
        backup = exc.good_backups[0]
        question = fill(app.translate("application", "%1\n\nKhôi phục từ bản sao lưu mới nhất “%2”? Tệp hỏng được giữ "
                                                     "lại trong thư mục backups/ để cứu dữ liệu nếu cần."),
                        messages.describe(exc), backup.name)
        if not messages.confirm(None, question, app.translate("application", "Cơ sở dữ liệu bị hỏng")):
            return None
        try:
            try:
                recover_damaged_database(exc.db_path.parent, backup, user)
            except CredentialsNeeded as needed:  # sign-in was on: a leader's password, checked before anything moves
                credentials = ask_leader(str(needed))
                if credentials is None:
                    return None
                recover_damaged_database(exc.db_path.parent, backup, user, credentials)
            return open_services(user)
        except Exception as again:  # recovery failed: the damaged file is still kept
            messages.show_error(None, str(again), app.translate("application", "Không khôi phục được"))
            return None
    except Exception as exc:  # the workspace cannot be opened: say why, change nothing
        messages.show_failure(None, exc, app.translate("application", "Không mở được thư mục làm việc"))
        return None


def ask_leader(message: str) -> tuple[str, str] | None:
    """A leader's user name and password for bringing back a damaged database (its accounts
    cannot be read); None when cancelled."""
    dialog = QDialog()
    dialog.setWindowTitle(QApplication.translate("application", "Khôi phục cần mật khẩu lãnh đạo"))
    layout = QVBoxLayout(dialog)
    note = QLabel(message)
    note.setWordWrap(True)
    layout.addWidget(note)
    form = QFormLayout()
    username, password = QLineEdit(), QLineEdit()
    password.setEchoMode(QLineEdit.EchoMode.Password)
    form.addRow(QApplication.translate("application", "&Tên đăng nhập:"), username)
    form.addRow(QApplication.translate("application", "&Mật khẩu:"), password)
    layout.addLayout(form)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(QApplication.translate("application", "Khôi phục"))
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(QApplication.translate("application", "Hủy"))
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    dialog.setMinimumWidth(440)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return username.text(), password.text()


class _AfterFirstPaint(QObject):
    """Runs ``start`` on the event loop's turn after the window's first paint, so the window is
    on screen (showing that the dossier is opening) before the dossier loads. Without a paint
    (a window that opens minimised) ``start`` runs after ``fallback_ms`` all the same."""

    def __init__(self, window, start: Callable[[], None], fallback_ms: int = 1000):
        super().__init__(window)
        self._window, self._start = window, start
        window.installEventFilter(self)
        QTimer.singleShot(fallback_ms, self._go)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if obj is self._window and event.type() == QEvent.Type.Paint:
            self._window.removeEventFilter(self)
            QTimer.singleShot(0, self._go)  # after this paint reaches the screen
        return False

    def _go(self) -> None:
        if self._start is not None:
            start, self._start = self._start, None
            self._window.removeEventFilter(self)
            start()


def show_then_start(window: MainWindow, start: Callable[[], None] | None = None) -> None:
    """Show the window in its "opening the dossier" state and open the dossier once it has
    been painted (``start``: the window's own start unless given)."""
    window.show_loading()
    window._after_first_paint = _AfterFirstPaint(window, start or window.start)  # kept with the window
    window.show()


def warm_later_imports(ctx: AppContext) -> None:
    """Once the first dossier is shown: bring the renderers' and readers' native libraries in on the
    side lane, so their first use (a preview, an export, a package) does not freeze the window
    while the system maps them from disk (see plandesk.warmup)."""
    def go(_dossier_id) -> None:
        ctx.signals.dossier_opened.disconnect(go)
        ctx.runner.run(lambda _report, cancelled: warmup.warm_later_imports(cancelled),
                       lambda _done: None, lambda _e: None, side=True)

    ctx.signals.dossier_opened.connect(go)


def read_pending_texts(ctx: AppContext) -> None:
    """Documents attached but whose text for search was not read yet (an attach that was
    stopped or killed before it got there): read quietly in the background, on the side lane."""
    services = ctx.services
    ctx.runner.run(lambda report, cancelled: services.evidence_text.index_missing(None, report, cancelled),
                   lambda _n: None, lambda _e: None, side=True)


def run(open_services: Callable[..., Services], argv: list[str] | None = None, package: Path | None = None) -> int:
    """``open_services(user)`` opens the workspace chosen at start; ``open_services(user, path)``
    opens another one (File → open or move the workspace). ``package``: a .plandesk file given on
    the command line (double-clicked in Explorer), shown in the import preview after the start."""
    app = configure_app(argv)
    settings = preferences.Preferences()   # read once; written off the window's thread
    preferences.install(settings)
    try:
        return _run_window(app, settings, open_services, package)
    finally:
        preferences.install(None)
        settings.close()               # the last changes written before the process ends


def _run_window(app: QApplication, settings: preferences.Preferences, open_services: Callable[..., Services],
                package: Path | None) -> int:
    install_translator(app, str(settings.value("language", "vi")))
    user = str(settings.value("user_name", "") or "")   # never the Windows account's name
    services = open_or_recover(app, open_services, user)
    if services is None:
        first_paint.close()
        return 2
    if not sign_in_if_needed(None, services, services.accounts.sign_in_enabled()):
        services.close()
        return 2
    if not user and not services.accounts.sign_in_enabled() and not settings.value("user_name_asked"):
        settings.setValue("user_name_asked", True)     # asked once; Thiết lập changes it later
        user = UserNameDialog.ask(None) or ""
        if user:
            settings.setValue("user_name", user)
            services.identity.rename(user)
    # another workspace opened from the window (File menu): opened off the GUI thread; the window
    # then asks for its sign-in, if it has one
    ctx = AppContext(services, settings, reopen=lambda path: open_services(user, path))
    window = MainWindow(ctx)

    def excepthook(kind, exc, tb) -> None:
        if isinstance(exc, ServerTrouble):  # a shared server busy or out of reach: nothing was written
            messages.show_failure(window, exc)
            return
        log = log_unexpected(services.folder.root, exc)
        messages.show_error(window, fill(app.translate(
            "application", "Đã xảy ra lỗi không mong đợi. Những gì đã lưu không bị ảnh hưởng; hãy thử lại thao tác.\n"
            "Chi tiết đã được ghi vào %1 — hãy gửi tệp này cho người hỗ trợ nếu lỗi lặp lại."), str(log)))

    previous_hook, sys.excepthook = sys.excepthook, excepthook

    def start() -> None:
        warm_later_imports(ctx)
        window.start()
        read_pending_texts(ctx)
        if package is not None:
            window.import_package_file(Path(package))

    # the opened dossier's name, for the next start's first paint
    ctx.signals.dossier_opened.connect(lambda _id: first_paint.remember_dossier(ctx.services.folder.root,
                                                                                ctx.dossier))
    show_then_start(window, start)
    first_paint.hand_over(window)
    try:
        return app.exec()
    finally:
        sys.excepthook = previous_hook
        services.close()
