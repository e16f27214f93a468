"""Sign-in, accounts and finalising in the window."""
from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from plandesk.domain.access import Role
from plandesk.gui import application, messages
from plandesk.gui.access import AccountDialog, AccountsDialog, ReasonDialog, SignInDialog
from plandesk.gui.dialogs import DossierPicker
from plandesk.gui.tasks import TaskRunner
from plandesk.services import Services
from plandesk.services.demo import create_demo
from plandesk.storage.workspace import open_workspace

PASSWORD = "mật-khẩu-đủ-dài"


@pytest.fixture
def office(workspace_dir):
    """A workspace with the sample dossier and sign-in on (a leader and an officer)."""
    services = Services.build(open_workspace(workspace_dir), "")
    create_demo(services)
    services.accounts.create("lanhdao", "Nguyễn Văn Lãnh", Role.LANH_DAO, PASSWORD)
    services.accounts.create("canbo", "Trần Thị Cán", Role.CAN_BO, PASSWORD)
    services.close()
    return workspace_dir


def test_start_asks_to_sign_in_and_stops_if_nobody_does(qsettings, office, monkeypatch):
    asked = []
    monkeypatch.setattr(SignInDialog, "ask", classmethod(lambda cls, parent, services, runner: asked.append(1) and False))
    assert application.run(lambda user: Services.build(open_workspace(office), user)) == 2
    assert asked == [1]


def test_sign_in_dialog_says_what_is_wrong_and_stays_open(qsettings, office, qtbot):
    """The password is checked on the real threaded runner: the dialog says it is checking,
    refuses a second click meanwhile, and answers when the check is back."""
    services = Services.build(open_workspace(office), "")
    runner = TaskRunner()
    try:
        dialog = SignInDialog(None, services, str(office), runner)
        qtbot.addWidget(dialog)
        dialog.username.setText("canbo")
        dialog.password.setText("sai-mat-khau")
        dialog._try()
        assert not dialog.ok_button.isEnabled() and dialog.error.text() == "Đang kiểm tra…"
        dialog.reject()                                  # "Thoát" while checking: waits for the answer
        assert not dialog.result()
        qtbot.waitUntil(lambda: dialog.ok_button.isEnabled(), timeout=30000)
        assert "không đúng" in dialog.error.text() and dialog.password.text() == ""
        assert not dialog.result()
        dialog.password.setText(PASSWORD)
        dialog._try()
        qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted, timeout=30000)
        assert services.identity.actor.role is Role.CAN_BO
    finally:
        runner.wait()
        runner.shutdown()
        services.close()


def test_signed_in_officer_starts_the_window_and_sees_who_is_signed_in(qsettings, office, monkeypatch):
    def sign_in(cls, parent, services, runner):
        services.accounts.sign_in("canbo", PASSWORD)
        return True

    monkeypatch.setattr(SignInDialog, "ask", classmethod(sign_in))
    monkeypatch.setattr(DossierPicker, "ask", classmethod(lambda cls, parent, dossiers: None))
    seen = {}
    deadline = time.monotonic() + 30

    def look() -> None:  # once the dossier has opened (off the GUI thread) and the label says who
        window = next((w for w in QApplication.topLevelWidgets() if w.isVisible() and hasattr(w, "access")), None)
        if window is None or (not window.access.user_label.text() and time.monotonic() < deadline):
            return
        seen["user"] = window.access.user_label.text()
        seen["finalise"] = window.access.finalise_action.isEnabled()
        QApplication.instance().quit()

    ticker = QTimer()
    ticker.timeout.connect(look)
    ticker.start(50)
    try:
        assert application.run(lambda user: Services.build(open_workspace(office), user)) == 0
    finally:
        ticker.stop()
    assert seen == {"user": "Người dùng: Trần Thị Cán (Cán bộ)", "finalise": False}


def test_leader_finalises_the_dossier_and_the_window_becomes_read_only(open_window, office, monkeypatch):
    monkeypatch.setattr(messages, "confirm", lambda parent, text, title=None: True)
    infos = []
    monkeypatch.setattr(messages, "show_info", lambda parent, text, title=None: infos.append(text))
    window = open_window(start=False)
    window.ctx.services.accounts.sign_in("lanhdao", PASSWORD)
    window.start()
    assert window.access.finalise_action.isEnabled() and not window.access.reopen_action.isEnabled()
    assert window.criterion.result.isEnabled()

    window.access.finalise()
    assert infos and "Mã kiểm tra" in infos[-1]
    assert window.banner.isVisible() and "đã được chốt" in window.banner_text.text()
    assert not window.banner_allow.isVisible()
    assert not window.criterion.result.isEnabled() and not window.criterion.evidence.add_button.isEnabled()
    assert not window.council.edit_buttons[0].isEnabled() and not window.documents_view.form_widget.isEnabled()
    assert not window.settings_view.doc_box.isEnabled() and not window.documents.remove_button.isEnabled()
    assert window.documents_view.pdf_button.isEnabled()          # a finalised dossier is still exported
    assert window.access.reopen_action.isEnabled() and not window.access.finalise_action.isEnabled()

    monkeypatch.setattr(ReasonDialog, "ask", classmethod(lambda cls, parent, title: "Bổ sung minh chứng tiêu chí I.2"))
    window.access.reopen()
    assert not window.banner.isVisible() and window.criterion.result.isEnabled()
    assert window.council.edit_buttons[0].isEnabled() and window.settings_view.doc_box.isEnabled()
    history = window.ctx.services.dossiers.history(window.ctx.dossier_id)
    assert any(h.action == "mo_lai_ho_so" and "Bổ sung minh chứng tiêu chí I.2" in h.new_value for h in history)


def test_first_account_turns_sign_in_on_from_the_accounts_dialog(open_window, monkeypatch, qtbot):
    window = open_window(start=False)
    create_demo(window.ctx.services)
    window.start()
    dialog = AccountsDialog(window, window.ctx.services, window.ctx.runner)
    qtbot.addWidget(dialog)
    assert "Đăng nhập đang tắt" in dialog.state.text()
    monkeypatch.setattr(AccountDialog, "ask", classmethod(lambda cls, parent, account=None, first=False: {
        "username": "lanhdao", "full_name": "Nguyễn Văn Lãnh", "role": Role.LANH_DAO, "password": PASSWORD}))
    dialog.add()
    assert dialog.table.rowCount() == 1 and "Đăng nhập đang bật" in dialog.state.text()
    assert window.ctx.services.identity.actor.role is Role.LANH_DAO
    window.access.refresh()
    assert window.access.user_label.text() == "Người dùng: Nguyễn Văn Lãnh (Lãnh đạo)"


def test_a_read_only_account_sees_the_dossier_but_cannot_edit(open_window, office):
    window = open_window(start=False)
    services = window.ctx.services
    services.accounts.sign_in("lanhdao", PASSWORD)
    services.accounts.create("xem", "Lê Văn Xem", Role.XEM, PASSWORD)
    services.accounts.sign_in("xem", PASSWORD)
    window.start()
    assert window.banner.isVisible() and "chỉ được xem" in window.banner_text.text()
    assert not window.criterion.status.isEnabled() and not window.banner_allow.isVisible()


def test_an_idle_window_signs_out_and_the_next_person_signs_in(open_window, office, monkeypatch):
    window = open_window(start=False)
    window.ctx.services.accounts.sign_in("lanhdao", PASSWORD)
    window.start()
    watch = window.access
    watch.check_idle()                                   # not idle yet: nothing happens
    assert window.ctx.services.identity.actor.name == "Nguyễn Văn Lãnh"

    seen = []

    def next_person(cls, parent, services, runner):
        seen.append(services.identity.actor.signed_in)   # the previous person is already signed out
        services.accounts.sign_in("canbo", PASSWORD)
        return True

    monkeypatch.setattr(SignInDialog, "ask", classmethod(next_person))
    watch.idle_limit = 0
    watch.check_idle()
    assert seen == [False]
    assert watch.user_label.text() == "Người dùng: Trần Thị Cán (Cán bộ)"
    assert not watch.finalise_action.isEnabled()

    monkeypatch.setattr(SignInDialog, "ask", classmethod(lambda cls, parent, services, runner: False))
    watch.check_idle()
    assert not window.isVisible() and not window.ctx.services.identity.actor.signed_in
