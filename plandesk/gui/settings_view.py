"""The dossier's settings (approving body, issuing body, signer, place, plan), its deadlines,
and the user's preferences (language, the name recorded in the history). Saves by itself."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from plandesk.domain.dossier import SettingsChange
from plandesk.domain.messages import fill
from plandesk.domain.text import clean
from plandesk.services import ServiceError

from . import messages
from .context import AppContext
from .labels import tr_label
from .widgets import DateField

FIELDS = (
    ("approving_body", "Cơ quan xét công nhận (Kính gửi):"),
    ("approving_body_parent", "Cơ quan cấp trên của cơ quan xét:"),
    ("issuing_body_parent", "Cơ quan chủ quản (dòng trên tên Hội đồng):"),
    ("issuing_body", "Tên cơ quan ban hành văn bản:"),
    ("place", "Địa danh (ghi ở dòng ngày tháng):"),
    ("signer_authority", "Thẩm quyền ký (ví dụ TM. HỘI ĐỒNG):"),
    ("signer_position", "Chức vụ người ký:"),
    ("signer_name", "Họ và tên người ký:"),
    ("plan_reference", "Kế hoạch của cấp trên mà hồ sơ thực hiện:"),
)
LANGUAGES = (("vi", "Tiếng Việt"), ("en", "English"))


class SettingsView(QWidget):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.edits: dict[str, QLineEdit] = {}
        self.doc_box = doc_box = QGroupBox(self.tr("Văn bản của hồ sơ"))
        form = QFormLayout(doc_box)
        for key, label in FIELDS:
            edit = QLineEdit()
            edit.editingFinished.connect(lambda k=key: self._save_field(k))
            self.edits[key] = edit
            form.addRow(tr_label(label), edit)

        self.deadline_box = QGroupBox(self.tr("Thời hạn"))
        self.deadline_form = QFormLayout(self.deadline_box)

        prefs = QGroupBox(self.tr("Tùy chọn của người dùng"))
        pform = QFormLayout(prefs)
        self.language = QComboBox()
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        current = ctx.settings.value("language", "vi")
        codes = [c for c, _ in LANGUAGES]
        self.language.setCurrentIndex(codes.index(current) if current in codes else 0)
        self.language.currentIndexChanged.connect(self._language_changed)
        self.user = QLineEdit(ctx.settings.value("user_name", "") or "")
        self.user.setPlaceholderText(self.tr("ví dụ: Trần Minh Tâm"))
        self.user.editingFinished.connect(self._user_changed)
        self.role = QComboBox()
        self.role.addItem(self.tr("Lập hồ sơ của xã (Công an xã)"), ctx.ROLE_COMMUNE)
        self.role.addItem(self.tr("Thẩm định hồ sơ các xã (cơ quan xét công nhận)"), ctx.ROLE_REVIEWER)
        self.role.setCurrentIndex(max(0, self.role.findData(ctx.role)))
        self.role.currentIndexChanged.connect(self._role_changed)
        ctx.signals.role_changed.connect(lambda: self.role.setCurrentIndex(max(0, self.role.findData(ctx.role))))
        pform.addRow(self.tr("&Ngôn ngữ giao diện:"), self.language)
        pform.addRow(self.tr("&Tên người sử dụng (ghi vào lịch sử):"), self.user)
        pform.addRow(self.tr("&Máy này dùng để:"), self.role)
        self.language_note = QLabel(self.tr("Ngôn ngữ mới được áp dụng khi mở lại ứng dụng."))
        self.language_note.setStyleSheet("color: #555")
        self.language_note.hide()
        pform.addRow("", self.language_note)

        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.addWidget(doc_box)
        layout.addWidget(self.deadline_box)
        layout.addWidget(prefs)
        layout.addStretch()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def set_editable(self, editable: bool, signed_in: bool = False) -> None:
        """The dossier's settings and deadlines follow the dossier's state; the name written in
        the history is the account's while someone is signed in."""
        self.doc_box.setEnabled(editable)
        self.deadline_box.setEnabled(editable)
        self.user.setEnabled(not signed_in)

    def reload(self) -> None:
        dossier_id = self.ctx.dossier_id
        if dossier_id is None:
            return
        dossiers = self.ctx.services.dossiers
        self.ctx.runner.query(lambda: (dossiers.settings(dossier_id), dossiers.deadlines(dossier_id)),
                              lambda answer: self._show(dossier_id, *answer), self._failed)

    def _show(self, dossier_id: int, settings, deadlines) -> None:
        if self.ctx.dossier_id != dossier_id:
            return
        for key, edit in self.edits.items():
            if edit.text() != getattr(settings, key):
                edit.setText(getattr(settings, key))
        while self.deadline_form.rowCount():
            self.deadline_form.removeRow(0)
        for deadline in deadlines:
            row = QWidget()
            h = QHBoxLayout(row)
            h.setContentsMargins(0, 0, 0, 0)
            due = DateField()
            due.set_value(deadline.due_on)
            due.setAccessibleName(tr_label(deadline.title))
            done = QCheckBox(self.tr("đã xong"))
            done.setChecked(deadline.done_on is not None)
            done_on = DateField()
            done_on.set_value(deadline.done_on)
            done_on.setAccessibleName(fill(self.tr("Ngày xong: %1"), tr_label(deadline.title)))
            done_on.setEnabled(deadline.done_on is not None)
            h.addWidget(due, 0, Qt.AlignmentFlag.AlignTop)
            h.addWidget(done, 0, Qt.AlignmentFlag.AlignTop)
            h.addWidget(done_on, 0, Qt.AlignmentFlag.AlignTop)
            h.addStretch()
            due.value_changed.connect(lambda k=deadline.key, f=due: self._save_deadline(k, due_on=f.value()))
            done.toggled.connect(lambda on, k=deadline.key, f=done_on: self._done_toggled(k, on, f))
            done_on.value_changed.connect(lambda k=deadline.key, f=done_on: self._save_deadline(k, done_on=f.value()))
            self.deadline_form.addRow(tr_label(deadline.title) + ":", row)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ServiceError):
            messages.show_failure(self, exc)
        else:
            raise exc

    def _write(self, work) -> None:
        def failed(exc: BaseException) -> None:
            self.reload()   # show what is stored, not what was refused
            self._failed(exc)

        self.ctx.runner.run(lambda _r, _c: work(), lambda _r: self.ctx.signals.settings_changed.emit(), failed)

    def _save_field(self, key: str) -> None:
        value = clean(self.edits[key].text())
        dossier_id, dossiers = self.ctx.dossier_id, self.ctx.services.dossiers
        if dossier_id is None:
            return

        def work():
            if getattr(dossiers.settings(dossier_id), key) != value:
                dossiers.change_settings(dossier_id, SettingsChange(**{key: value}))

        self._write(work)

    def flush(self) -> None:
        """Save a field still being typed in (the window is closing)."""
        widget = self.focusWidget()
        for key, edit in self.edits.items():
            if edit is widget and edit.isModified():
                self._save_field(key)

    def _done_toggled(self, key: str, on: bool, field: DateField) -> None:
        import datetime as dt

        field.setEnabled(on)
        field.set_value(dt.date.today() if on else None)
        self._save_deadline(key, done_on=field.value())

    def _save_deadline(self, key: str, **changes) -> None:
        if "due_on" in changes and changes["due_on"] is None:
            return
        dossier_id, dossiers = self.ctx.dossier_id, self.ctx.services.dossiers
        self._write(lambda: dossiers.set_deadline(dossier_id, key, **changes))

    def _language_changed(self) -> None:
        self.ctx.settings.setValue("language", self.language.currentData())
        self.language_note.show()

    def _role_changed(self) -> None:
        self.ctx.set_role(self.role.currentData())

    def _user_changed(self) -> None:
        name = clean(self.user.text())
        self.ctx.settings.setValue("user_name", name)
        if name:
            self.ctx.services.identity.rename(name)
