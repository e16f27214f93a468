"""Sign-in, accounts and finalising in the window. The services enforce the roles and the
seals; this module asks for passwords, shows who is signed in, and greys out what the
role or a finalised dossier does not allow."""
from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from plandesk.domain.access import Permission, Role
from plandesk.domain.messages import fill
from plandesk.domain.text import clean, format_date_long, nfc
from plandesk.services import ServiceError, Services
from plandesk.services.accounts import MIN_PASSWORD, AccountInfo

from . import messages
from .context import AppContext
from .dialogs import RememberingDialog, name_buttons
from .labels import role_label
from .tasks import TaskRunner


def _password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


def password_problem(password: QLineEdit, repeat: QLineEdit) -> str:
    """What is wrong with a new password typed twice ("" when nothing)."""
    if len(nfc(password.text())) < MIN_PASSWORD:
        return fill(QCoreApplication.translate("access", "Mật khẩu cần ít nhất %1 ký tự."), str(MIN_PASSWORD))
    if password.text() != repeat.text():
        return QCoreApplication.translate("access", "Hai lần nhập mật khẩu không giống nhau.")
    return ""


def _role_combo(current: Role | None = None) -> QComboBox:
    combo = QComboBox()
    for role in (Role.CAN_BO, Role.LANH_DAO, Role.XEM):
        combo.addItem(role_label(role), role)
    if current is not None:
        combo.setCurrentIndex(combo.findData(current))
    return combo


class SignInDialog(RememberingDialog):
    """User name and password; stays open on a wrong password and says why. The password is
    checked on the task runner (a slow key derivation, and on a shared server a round trip):
    the dialog answers while it runs, its button greyed."""

    def __init__(self, parent: QWidget | None, services: Services, workspace: str, runner: TaskRunner):
        super().__init__(parent, "sign-in")
        self.services, self.runner = services, runner
        self.setWindowTitle(self.tr("Đăng nhập PlanDesk"))
        layout = QVBoxLayout(self)
        intro = QLabel(fill(self.tr("Thư mục làm việc %1 yêu cầu đăng nhập."), workspace))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.username = QLineEdit()
        self.username.setAccessibleName(self.tr("Tên đăng nhập"))
        self.password = _password_field()
        self.password.setAccessibleName(self.tr("Mật khẩu"))
        form.addRow(self.tr("&Tên đăng nhập:"), self.username)
        form.addRow(self.tr("&Mật khẩu:"), self.password)
        layout.addLayout(form)
        self.error = self.error_label()
        layout.addWidget(self.error)
        buttons = self.ok_cancel(self._try)
        self.ok_button = buttons.button(buttons.StandardButton.Ok)
        self.ok_button.setText(self.tr("Đăng nhập"))
        buttons.button(buttons.StandardButton.Cancel).setText(self.tr("Thoát"))
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
        self._checking = False

    def _try(self) -> None:
        if self._checking:
            return
        self._checking = True
        self.ok_button.setEnabled(False)
        self.error.setText(self.tr("Đang kiểm tra…"))
        username, password, accounts = self.username.text(), self.password.text(), self.services.accounts
        self.runner.query(lambda: accounts.sign_in(username, password), self._signed_in, self._refused)

    def _signed_in(self, _actor) -> None:
        self._checking = False
        self.ok_button.setEnabled(True)
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self._checking = False
        self.ok_button.setEnabled(True)
        if not isinstance(exc, ServiceError):
            raise exc
        self.error.setText(messages.describe(exc))
        self.password.clear()
        self.password.setFocus()

    def reject(self) -> None:
        if not self._checking:      # "Thoát" while the password is checked: wait for the answer
            super().reject()

    @classmethod
    def ask(cls, parent: QWidget | None, services: Services, runner: TaskRunner) -> bool:
        """True once someone signed in; False if they gave up."""
        return cls(parent, services, str(services.folder.root), runner).exec() == QDialog.DialogCode.Accepted


def sign_in_if_needed(parent: QWidget | None, services: Services, enabled: bool,
                      runner: TaskRunner | None = None) -> bool:
    """At start (no runner yet: one is made for the dialog and ended after it) and when another
    workspace is opened (``enabled`` read by whoever opened it, off the GUI thread in the
    window): nothing to do while sign-in is off."""
    if not enabled:
        return True
    if runner is not None:
        return SignInDialog.ask(parent, services, runner)
    own = TaskRunner()
    try:
        return SignInDialog.ask(parent, services, own)
    finally:
        own.wait()
        own.shutdown()


class AccountDialog(RememberingDialog):
    """A new account (with its password) or an existing one's name and role."""

    def __init__(self, parent: QWidget | None, account: AccountInfo | None, first: bool):
        super().__init__(parent, "account")
        self.setWindowTitle(self.tr("Tài khoản mới") if account is None else self.tr("Sửa tài khoản"))
        layout = QVBoxLayout(self)
        if first:
            note = QLabel(self.tr("Tài khoản đầu tiên bật đăng nhập cho thư mục làm việc này và phải có vai trò "
                                  "Lãnh đạo. Bạn sẽ được đăng nhập bằng tài khoản này; hãy ghi nhớ mật khẩu."))
            note.setWordWrap(True)
            layout.addWidget(note)
        form = QFormLayout()
        self.username = QLineEdit(account.username if account else "")
        self.username.setEnabled(account is None)
        self.username.setPlaceholderText(self.tr("ví dụ: tam.tm"))
        self.full_name = QLineEdit(account.full_name if account else "")
        self.full_name.setPlaceholderText(self.tr("ví dụ: Trần Minh Tâm"))
        self.role = _role_combo(account.role if account else (Role.LANH_DAO if first else Role.CAN_BO))
        self.role.setEnabled(not first)
        form.addRow(self.tr("&Tên đăng nhập:"), self.username)
        form.addRow(self.tr("&Họ và tên:"), self.full_name)
        form.addRow(self.tr("&Vai trò:"), self.role)
        self.password = self.repeat = None
        if account is None:
            self.password, self.repeat = _password_field(), _password_field()
            form.addRow(self.tr("&Mật khẩu:"), self.password)
            form.addRow(self.tr("&Nhập lại mật khẩu:"), self.repeat)
        layout.addLayout(form)
        roles = QLabel(self.tr("Cán bộ: sửa đánh giá và minh chứng. Lãnh đạo: thêm kết luận Đạt/Không đạt, chốt hồ "
                               "sơ, quản lý tài khoản. Chỉ xem: không sửa được gì."))
        roles.setWordWrap(True)
        layout.addWidget(roles)
        self.error = self.error_label()
        layout.addWidget(self.error)
        layout.addWidget(self.ok_cancel(self._check))

    def _check(self) -> None:
        if not clean(self.username.text()):
            self.error.setText(self.tr("Hãy nhập tên đăng nhập."))
            return
        problem = password_problem(self.password, self.repeat) if self.password is not None else ""
        if problem:
            self.error.setText(problem)
            return
        self.accept()

    def values(self) -> dict:
        return {"username": self.username.text(), "full_name": self.full_name.text(),
                "role": self.role.currentData(), "password": self.password.text() if self.password else None}

    @classmethod
    def ask(cls, parent: QWidget | None, account: AccountInfo | None = None, first: bool = False) -> dict | None:
        dialog = cls(parent, account, first)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None


class PasswordDialog(RememberingDialog):
    """A new password typed twice (and the current one when changing one's own)."""

    def __init__(self, parent: QWidget | None, own: bool, who: str):
        super().__init__(parent, "password")
        self.setWindowTitle(self.tr("Đổi mật khẩu") if own else fill(self.tr("Đặt mật khẩu mới cho %1"), who))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.old = _password_field() if own else None
        if self.old is not None:
            form.addRow(self.tr("Mật khẩu &hiện tại:"), self.old)
        self.new, self.repeat = _password_field(), _password_field()
        form.addRow(self.tr("Mật khẩu &mới:"), self.new)
        form.addRow(self.tr("&Nhập lại mật khẩu mới:"), self.repeat)
        layout.addLayout(form)
        self.error = self.error_label()
        layout.addWidget(self.error)
        layout.addWidget(self.ok_cancel(self._check))

    def _check(self) -> None:
        problem = password_problem(self.new, self.repeat)
        if problem:
            self.error.setText(problem)
        else:
            self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, own: bool, who: str = "") -> tuple[str, str] | None:
        dialog = cls(parent, own, who)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return (dialog.old.text() if dialog.old is not None else ""), dialog.new.text()


class ReasonDialog(RememberingDialog):
    """Why a finalised dossier is reopened (written in the history)."""

    def __init__(self, parent: QWidget | None, title: str):
        super().__init__(parent, "reopen-reason")
        self.setWindowTitle(self.tr("Mở lại hồ sơ đã chốt"))
        layout = QVBoxLayout(self)
        label = QLabel(fill(self.tr("Hồ sơ %1 đã được chốt để nộp. Ghi lý do mở lại (được lưu vào lịch sử thay đổi):"),
                            title))
        label.setWordWrap(True)
        layout.addWidget(label)
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(self.tr("ví dụ: Bổ sung minh chứng theo yêu cầu của Ban Chỉ đạo huyện"))
        self.reason.setTabChangesFocus(True)
        layout.addWidget(self.reason)
        self.error = self.error_label()
        layout.addWidget(self.error)
        layout.addWidget(self.ok_cancel(self._check))

    def _check(self) -> None:
        if len(clean(self.reason.toPlainText())) < 5:
            self.error.setText(self.tr("Hãy ghi lý do mở lại hồ sơ."))
        else:
            self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, title: str) -> str | None:
        dialog = cls(parent, title)
        return dialog.reason.toPlainText() if dialog.exec() == QDialog.DialogCode.Accepted else None


class AccountsDialog(RememberingDialog):
    """The accounts of this workspace: add, change, set a password, stop, turn sign-in off."""

    def __init__(self, parent: QWidget | None, services: Services, runner: TaskRunner):
        super().__init__(parent, "accounts")
        self.services, self.runner = services, runner
        self.accounts: list[AccountInfo] = []
        self.enabled = False
        self.setWindowTitle(self.tr("Tài khoản và đăng nhập"))
        self.resize(680, 420)
        layout = QVBoxLayout(self)
        self.state = QLabel()
        self.state.setWordWrap(True)
        layout.addWidget(self.state)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Tên đăng nhập"), self.tr("Họ và tên"), self.tr("Vai trò"),
                                              self.tr("Trạng thái")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.itemDoubleClicked.connect(lambda _i: self.edit())
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Thêm tài khoản…"))
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton(self.tr("&Sửa…"))
        self.edit_button.clicked.connect(self.edit)
        self.password_button = QPushButton(self.tr("Đặt &mật khẩu mới…"))
        self.password_button.clicked.connect(self.reset_password)
        self.active_button = QPushButton(self.tr("&Ngừng / cho dùng lại"))
        self.active_button.clicked.connect(self.toggle_active)
        self.off_button = QPushButton(self.tr("Tắt đăng &nhập"))
        self.off_button.clicked.connect(self.turn_off)
        for button in (self.add_button, self.edit_button, self.password_button, self.active_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.off_button)
        layout.addLayout(row)
        close = self.ok_cancel()
        close.setStandardButtons(close.StandardButton.Close)
        name_buttons(close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.reload()

    def reload(self) -> None:
        """The accounts and the state of sign-in, read on the task runner."""
        accounts = self.services.accounts
        self.runner.query(lambda: (accounts.list_accounts(), accounts.sign_in_enabled(), accounts.grant()),
                          lambda answer: self._show(*answer), lambda exc: messages.show_failure(self, exc))

    def _show(self, accounts: list[AccountInfo], enabled: bool, grant) -> None:
        self.accounts, self.enabled = accounts, enabled
        manage = grant.allows(Permission.MANAGE)
        if not enabled:
            self.state.setText(self.tr("Đăng nhập đang tắt: ai dùng máy này cũng sửa được hồ sơ. Để bật, thêm tài "
                                       "khoản Lãnh đạo đầu tiên; sau đó mỗi người phải đăng nhập và chỉ làm được "
                                       "việc theo vai trò của mình."))
        else:
            self.state.setText(fill(self.tr("Đăng nhập đang bật. Bạn đang dùng tài khoản %1."),
                                    self.services.identity.name or "—"))
        self.table.setRowCount(len(accounts))
        for r, a in enumerate(accounts):
            state = self.tr("đang dùng") if a.active else self.tr("ngừng dùng")
            if a.locked_until is not None:
                state += fill(self.tr(", tạm khóa đến %1"), a.locked_until.strftime("%H:%M %d/%m/%Y"))
            for c, text in enumerate((a.username, a.full_name, role_label(a.role), state)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, a.id)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        for button in (self.edit_button, self.password_button, self.active_button):
            button.setEnabled(manage and bool(accounts))
        self.add_button.setEnabled(manage)
        self.off_button.setEnabled(manage and enabled)

    def _selected(self) -> AccountInfo | None:
        row = self.table.currentRow()
        if row < 0:
            messages.show_info(self, self.tr("Hãy chọn một tài khoản trong danh sách."))
            return None
        account_id = self.table.item(row, 0).data(Qt.ItemDataRole.UserRole)
        return next((a for a in self.accounts if a.id == account_id), None)

    def _do(self, work, then=None) -> None:
        """A change on the task runner; the list read again after it, whatever the outcome."""
        def done(_result) -> None:
            self.reload()
            if then is not None:
                then()

        def failed(exc: BaseException) -> None:
            self.reload()
            if not isinstance(exc, ServiceError):
                raise exc
            messages.show_failure(self, exc)

        self.runner.run(lambda _report, _cancelled: work(), done, failed)

    def add(self) -> None:
        first = not self.enabled
        values = AccountDialog.ask(self, None, first)
        if values is not None:
            self._do(lambda: self.services.accounts.create(values["username"], values["full_name"], values["role"],
                                                           values["password"]))

    def edit(self) -> None:
        account = self._selected()
        if account is None:
            return
        values = AccountDialog.ask(self, account)
        if values is not None:
            self._do(lambda: self.services.accounts.update(account.id, full_name=values["full_name"],
                                                           role=values["role"]))

    def reset_password(self) -> None:
        account = self._selected()
        if account is None:
            return
        answer = PasswordDialog.ask(self, own=False, who=account.display_name)
        if answer is not None:
            done = fill(self.tr("Đã đặt mật khẩu mới cho %1."), account.display_name)
            self._do(lambda: self.services.accounts.reset_password(account.id, answer[1]),
                     lambda: messages.show_info(self, done))

    def toggle_active(self) -> None:
        account = self._selected()
        if account is not None:
            self._do(lambda: self.services.accounts.update(account.id, active=not account.active))

    def turn_off(self) -> None:
        if messages.confirm(self, self.tr("Tắt đăng nhập? Sau đó ai dùng máy này cũng sửa được hồ sơ. Các tài khoản "
                                          "được giữ lại (ngừng dùng) và có thể bật lại.")):
            self._do(self.services.accounts.disable_sign_in)

    @classmethod
    def show_for(cls, parent: QWidget | None, services: Services, runner: TaskRunner) -> None:
        dialog = cls(parent, services, runner)
        dialog.exec()
        runner.wait()   # a change still out is finished (and its answer shown) before the window reloads


IDLE_MINUTES = 15          # signed in and untouched this long: signed out, the sign-in asked again
_ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel, QEvent.Type.MouseMove}


class AccessActions(QObject):
    """The Account and Dossier menus, who is signed in (status bar), the read-only state of
    the open dossier when it is finalised or the role cannot edit, and the sign-out after
    IDLE_MINUTES without a key or a click (a PC shared by the office)."""

    def __init__(self, window: QMainWindow, ctx: AppContext):
        super().__init__(window)
        self.window, self.ctx = window, ctx
        self.user_label = QLabel()
        window.statusBar().addPermanentWidget(self.user_label)
        ctx.signals.dossier_opened.connect(lambda _id: self.refresh())
        self.idle_limit = IDLE_MINUTES * 60.0
        self.last_activity = time.monotonic()
        self._locking = False
        self._watching = False
        self.idle_timer = QTimer(self)
        self.idle_timer.setInterval(30_000)
        self.idle_timer.timeout.connect(self.check_idle)
        self.idle_timer.start()

    def _watch_activity(self, on: bool) -> None:
        """Look at every key and click only while someone is signed in: a filter on the whole
        application costs a Python call per event, which a single-user PC need not pay."""
        app = QCoreApplication.instance()
        if app is None or on == self._watching:
            return
        if on:
            self.last_activity = time.monotonic()
            app.installEventFilter(self)
        else:
            app.removeEventFilter(self)
        self._watching = on

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() in _ACTIVITY:
            self.last_activity = time.monotonic()
        return False

    def check_idle(self) -> None:
        """Sign out whoever left the PC signed in; the next person signs in (or PlanDesk closes)."""
        actor = self.ctx.services.identity.actor
        if self._locking or not actor.signed_in or time.monotonic() - self.last_activity < self.idle_limit:
            return
        self._locking = True
        try:
            self.window.criterion.flush()
            self.ctx.runner.wait()
            self.ctx.services.accounts.sign_out()
            self.refresh()
            if SignInDialog.ask(self.window, self.ctx.services, self.ctx.runner):
                self.last_activity = time.monotonic()
                self._after_change()
            else:
                self.window.close()
        finally:
            self._locking = False

    def install_dossier_menu(self, bar) -> None:
        dossier = bar.addMenu(self.tr("Hồ &sơ"))
        self.finalise_action = dossier.addAction(self.tr("&Chốt hồ sơ để nộp…"))
        self.finalise_action.triggered.connect(self.finalise)
        self.reopen_action = dossier.addAction(self.tr("&Mở lại hồ sơ đã chốt…"))
        self.reopen_action.triggered.connect(self.reopen)

    def install_account_menu(self, bar) -> None:
        account = bar.addMenu(self.tr("Tài &khoản"))
        account.addAction(self.tr("&Tài khoản và đăng nhập…")).triggered.connect(self.manage)
        self.password_action = account.addAction(self.tr("Đổi &mật khẩu…"))
        self.password_action.triggered.connect(self.change_password)
        self.switch_action = account.addAction(self.tr("Đăng nhập &người khác…"))
        self.switch_action.triggered.connect(self.switch_user)
        self.refresh()

    # -- state ------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Show who is signed in; grey out what is not allowed; banner on a finalised dossier
        (the role and the seal are read off the GUI thread)."""
        services, dossier_id = self.ctx.services, self.ctx.dossier_id

        def read():
            grant = services.accounts.grant()
            return grant, (services.seals.seal(dossier_id) if dossier_id is not None else None)

        def shown(answer) -> None:
            if self.ctx.services is services and self.ctx.dossier_id == dossier_id:
                self._show(*answer)

        self.ctx.runner.query(read, shown, self._failed)

    def _show(self, grant, seal) -> None:
        actor = self.ctx.services.identity.actor
        dossier_id = self.ctx.dossier_id
        self._watch_activity(actor.signed_in)
        self.user_label.setText(fill(self.tr("Người dùng: %1 (%2)"),
                                     actor.name, role_label(actor.role)) if actor.signed_in and actor.role else "")
        self.password_action.setEnabled(actor.signed_in)
        self.switch_action.setEnabled(grant.sign_in)
        self.finalise_action.setEnabled(dossier_id is not None and seal is None
                                        and grant.allows(Permission.FINALISE))
        self.reopen_action.setEnabled(seal is not None and grant.allows(Permission.FINALISE))
        window = self.window
        reviewing = self.ctx.read_only and seal is None and grant.allows(Permission.EDIT)
        # "allow editing" is the commune's: an approving body reviews, it does not edit
        window.banner_allow.setVisible(seal is None and grant.allows(Permission.EDIT) and not self.ctx.reviewer)
        editable = seal is None and grant.allows(Permission.EDIT)
        for view in (window.council, window.documents, window.documents_view):
            view.set_editable(editable and not (reviewing and self.ctx.reviewer))
        window.settings_view.set_editable(editable, actor.signed_in)
        if dossier_id is None:
            return
        if seal is not None:
            self.ctx.read_only = True
            window.banner_text.setText(fill(
                self.tr("Hồ sơ đã được chốt để nộp (%1, %2): chỉ xem, không sửa được. Muốn sửa, "
                        "lãnh đạo chọn Hồ sơ → Mở lại hồ sơ đã chốt và ghi lý do."),
                format_date_long(seal.sealed_at.date()), seal.sealed_by or "—"))
            window.banner.show()
        elif not grant.allows(Permission.EDIT):
            self.ctx.read_only = True
            window.banner_text.setText(self.tr("Tài khoản của bạn chỉ được xem hồ sơ."))
            window.banner.show()
        window.criterion.apply_read_only()

    def _after_change(self) -> None:
        if self.ctx.dossier_id is not None:
            self.window.open_dossier(self.ctx.dossier_id)   # reloads every view, then refresh() runs
        else:
            self.refresh()

    # -- actions ----------------------------------------------------------------------------
    def manage(self) -> None:
        AccountsDialog.show_for(self.window, self.ctx.services, self.ctx.runner)
        self._after_change()

    def change_password(self) -> None:
        answer = PasswordDialog.ask(self.window, own=True)
        if answer is None:
            return
        accounts = self.ctx.services.accounts

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, ServiceError):
                raise exc
            messages.show_failure(self.window, exc)

        self.ctx.runner.run(lambda _r, _c: accounts.change_password(*answer),
                            lambda _none: messages.show_info(self.window, self.tr("Đã đổi mật khẩu.")), failed)

    def switch_user(self) -> None:
        self.window.criterion.flush()
        self.ctx.runner.wait()
        previous = self.ctx.services.identity.actor
        self.ctx.services.accounts.sign_out()
        if not SignInDialog.ask(self.window, self.ctx.services, self.ctx.runner):
            self.ctx.services.identity.actor = previous     # gave up: the previous person stays signed in
        self._after_change()

    def finalise(self) -> None:
        dossier_id = self.ctx.dossier_id
        if dossier_id is None:
            return
        self.window.criterion.flush()
        services = self.ctx.services
        from .preflight_view import check  # finalising runs the pre-submission check first

        self.ctx.runner.query(lambda: (services.seals.undecided(dossier_id), check(services, dossier_id)),
                              lambda answer: self._confirm_finalise(dossier_id, *answer), self._failed)

    def _confirm_finalise(self, dossier_id: int, undecided: list[str], report) -> None:
        services = self.ctx.services
        text = self.tr("Chốt hồ sơ để nộp? PlanDesk kiểm tra lại mọi tệp minh chứng và ghi mã kiểm tra của dữ liệu. "
                       "Sau khi chốt, hồ sơ chỉ xem được; muốn sửa phải có lãnh đạo mở lại và ghi lý do.")
        if undecided:
            text += "\n\n" + fill(self.tr("Lưu ý: %1 tiêu chí chưa có kết luận (%2)."),
                                  str(len(undecided)), ", ".join(undecided[:12]) + ("…" if len(undecided) > 12 else ""))
        from .preflight_view import finalise_warning

        warning = finalise_warning(self.window, report)
        if warning:
            text += "\n\n" + warning
        if not messages.confirm(self.window, text, self.tr("Chốt hồ sơ")):
            return

        def done(seal) -> None:
            messages.show_info(self.window, fill(self.tr("Đã chốt hồ sơ (%1 tài liệu minh chứng). Mã kiểm tra:\n%2"),
                                                 str(seal.evidence_count), seal.digest))
            self._after_change()

        self.ctx.runner.run(lambda _r, _c: services.seals.finalise(dossier_id), done, self._failed,
                            title=self.tr("Đang kiểm tra minh chứng và chốt hồ sơ…"), parent=self.window)

    def reopen(self) -> None:
        dossier_id = self.ctx.dossier_id
        if dossier_id is None:
            return
        reason = ReasonDialog.ask(self.window, self.window.windowTitle().split(" — PlanDesk")[0])
        if reason is None:
            return
        seals = self.ctx.services.seals

        def reopened(_result) -> None:
            self.ctx.read_only = False
            self.window.banner.hide()
            self._after_change()

        self.ctx.runner.run(lambda _r, _c: seals.reopen(dossier_id, reason), reopened, self._failed)

    def _failed(self, exc: BaseException) -> None:
        messages.show_service_failure(self.window, exc)
