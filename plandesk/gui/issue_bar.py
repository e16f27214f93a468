"""The issue bar of the Văn bản screen: whether the chosen document has been issued (its
number, date and version), whether the dossier changed since (with the paragraphs that
differ), and the buttons to issue it or to issue a new version. Issuing keeps the PDF and
DOCX exactly as they left (services/issued.py); exports then return those files.

The Văn bản screen adds it with one line (``IssueBar(ctx, view)``); it follows the screen's
document chooser by itself."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from plandesk.domain.messages import fill
from plandesk.domain.text import clean, format_date_short
from plandesk.services import ServiceError

from . import messages
from .context import AppContext
from .dialogs import RememberingDialog
from .widgets import DateField

ISSUABLE = {"to-trinh": "to_trinh", "bao-cao": "bao_cao", "bien-ban": "bien_ban", "ke-hoach": "ke_hoach",
            "bao-cao-6-thang": "bao_cao_6_thang"}


class IssueDialog(RememberingDialog):
    """Number and date of the document to issue."""

    def __init__(self, parent, label: str, number: str, date: dt.date | None, new_version: bool):
        super().__init__(parent, "issue")
        self.setWindowTitle(self.tr("Ban hành phiên bản mới") if new_version else self.tr("Ban hành văn bản"))
        self.number = QLineEdit(number)
        self.number.setPlaceholderText(self.tr("ví dụ: 12"))
        self.date = DateField()
        self.date.set_value(date or dt.date.today())
        intro = QLabel(fill(self.tr("%1 sẽ được ghi số, ngày và lưu bản PDF, DOCX đúng như khi ban hành; các lần "
                                    "xuất sau trả về đúng bản này."), label))
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Số:"), self.number)
        form.addRow(self.tr("&Ngày ban hành:"), self.date)
        self.error = self.error_label()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.ok_cancel(self._accept))

    def _accept(self) -> None:
        if not clean(self.number.text()) or self.date.value() is None:
            self.error.setText(self.tr("Hãy nhập số và ngày ban hành."))
            return
        self.accept()

    @classmethod
    def ask(cls, parent, label: str, number: str, date: dt.date | None,
            new_version: bool = False) -> tuple[str, dt.date] | None:
        dialog = cls(parent, label, number, date, new_version)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return clean(dialog.number.text()), dialog.date.value()


class ChangesDialog(RememberingDialog):
    """The paragraphs a new rendering would print differently from the issued document."""

    def __init__(self, parent, title: str, lines: list[str]):
        super().__init__(parent, "issued-changes")
        self.setWindowTitle(title)
        text = QPlainTextEdit("\n".join(lines))
        text.setReadOnly(True)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("“-”: bản đã ban hành; “+”: hồ sơ hiện tại.")))
        layout.addWidget(text)
        self.resize(max(self.width(), 760), max(self.height(), 420))

    @classmethod
    def ask(cls, parent, title: str, lines: list[str]) -> None:
        cls(parent, title, lines).exec()


class IssueBar(QWidget):
    def __init__(self, ctx: AppContext, view, parent=None):
        super().__init__(parent or view)
        self.ctx = ctx
        self.view = view
        self.state = None
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.issue_button = QPushButton(self.tr("&Ban hành…"))
        self.issue_button.setToolTip(self.tr("Ghi số, ngày và lưu bản PDF, DOCX như đã ban hành"))
        self.issue_button.clicked.connect(lambda: self.issue(new_version=False))
        self.new_button = QPushButton(self.tr("Ban hành phiên bản &mới…"))
        self.new_button.clicked.connect(lambda: self.issue(new_version=True))
        self.changes_button = QPushButton(self.tr("Xem &thay đổi"))
        self.changes_button.clicked.connect(self.show_changes)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        for button in (self.changes_button, self.new_button, self.issue_button):
            layout.addWidget(button)
        view.chooser.currentIndexChanged.connect(lambda _i: self.refresh())
        ctx.signals.dossier_opened.connect(lambda _id: self.refresh())

    def _service(self):
        return self.ctx.services.issued

    def refresh(self) -> None:
        doc = self.view.chooser.currentData()
        issuable = doc in ISSUABLE and self.ctx.dossier_id is not None
        self.setVisible(issuable)
        if not issuable:
            return
        dossier_id = self.ctx.dossier_id

        def work(_report, _cancelled):
            return self._service().state(dossier_id, doc)

        def done(state) -> None:
            if doc != self.view.chooser.currentData():
                return
            self.state = state
            self.issue_button.setVisible(state is None)
            self.new_button.setVisible(state is not None)
            self.changes_button.setVisible(state is not None and state.changed)
            if state is None:
                self.label.setText(self.tr("Chưa ban hành: bản xuất ra được dựng lại từ hồ sơ mỗi lần."))
                self.label.setToolTip(self.tr("Ban hành: ghi số, ngày và lưu bản PDF, DOCX đúng như khi ban hành."))
                return
            issued = state.issued
            text = (fill(self.tr("Đã ban hành %1, ngày %2 (phiên bản %3)."),
                         issued.number, format_date_short(issued.issued_on), str(issued.version)))
            tip = self.tr("Bản xuất ra (PDF, DOCX) là bản đã ban hành, lưu trong hồ sơ.")
            if state.problem:
                text += " " + self.tr("Hồ sơ hiện không còn đủ điều kiện cho văn bản này.")
                tip += "\n" + messages.describe(state.problem)
            elif state.changes:
                text += " " + self.tr("Hồ sơ đã thay đổi sau khi ban hành.")
                tip += "\n" + self.tr("Xem thay đổi, rồi ban hành phiên bản mới nếu cần.")
            elif state.unknown:
                text += " " + self.tr("Giữ như đã ban hành.")
                tip += "\n" + self.tr("Lịch sử hồ sơ bắt đầu sau ngày của văn bản nên không so sánh được.")
            else:
                text += " " + self.tr("Khớp với hồ sơ hiện tại.")
            self.label.setText(text)
            self.label.setToolTip(tip)

        def failed(exc: BaseException) -> None:
            self.label.setText(messages.describe(exc))

        self.ctx.runner.run(work, done, failed, writes=False)   # a read (after any save still out)

    def show_changes(self) -> None:
        state = self.state
        if state is None:
            return
        lines = [messages.describe(state.problem)] if state.problem else list(state.changes)
        ChangesDialog.ask(self, fill(self.tr("Thay đổi sau khi ban hành: %1"), state.issued.label), lines)

    def issue(self, new_version: bool) -> None:
        doc = self.view.chooser.currentData()
        if doc not in ISSUABLE or self.ctx.dossier_id is None:
            return
        self.view.flush()
        dossier_id = self.ctx.dossier_id
        dossiers = self.ctx.services.dossiers
        key = ISSUABLE[doc]
        label = self.view.chooser.currentText()

        def read():
            settings = dossiers.settings(dossier_id)
            return str(settings.numbers.get(key, "") or ""), str(settings.dates.get(key, "") or "")

        def ask(stored) -> None:
            if dossier_id != self.ctx.dossier_id:
                return
            number, day = stored
            try:
                date = dt.date.fromisoformat(day)
            except ValueError:
                date = None
            answer = IssueDialog.ask(self, label, number, date, new_version)
            if answer is not None:
                self._issue(doc, dossier_id, *answer, new_version)

        self.ctx.runner.query(read, ask, lambda exc: messages.show_failure(self, exc))

    def _issue(self, doc: str, dossier_id: int, number: str, when: dt.date, new_version: bool) -> None:
        def done(_info) -> None:
            self.ctx.signals.settings_changed.emit()
            self.view.reload()
            self.refresh()

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, ServiceError):
                raise exc
            messages.show_failure(self, exc)

        self.ctx.runner.run(lambda _r, _c: self._service().issue(dossier_id, doc, number, when, new_version),
                            done, failed, title=self.tr("Đang ban hành văn bản…"), parent=self)
