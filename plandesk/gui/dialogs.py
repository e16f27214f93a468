"""Dialogs. Each offers ``ask(parent, initial) -> result | None`` so tests can replace it,
and remembers its size."""
from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from plandesk.domain.dossier import CouncilMember, CouncilRole, DossierInfo, EvidenceEdit, EvidenceInfo, UnitInfo
from plandesk.domain.messages import fill
from plandesk.domain.text import clean, format_date_short, nfc

from . import preferences
from .forms.ui_new_dossier import Ui_NewDossierDialog
from .labels import enum_label
from .widgets import DateField


def name_buttons(box: QDialogButtonBox) -> None:
    """Vietnamese texts on standard buttons (Qt has no Vietnamese translation of its own)."""
    texts = {QDialogButtonBox.StandardButton.Ok: box.tr("Đồng ý"),
             QDialogButtonBox.StandardButton.Cancel: box.tr("Hủy"),
             QDialogButtonBox.StandardButton.Close: box.tr("Đóng"),
             QDialogButtonBox.StandardButton.Save: box.tr("Lưu")}
    for standard, text in texts.items():
        button = box.button(standard)
        if button is not None:
            button.setText(text)


class RememberingDialog(QDialog):
    """A dialog that keeps its size between uses."""

    def __init__(self, parent: QWidget | None, key: str):
        super().__init__(parent)
        self._key = f"dialogs/{key}"
        geometry = preferences.current().value(self._key)
        if geometry is not None:
            self.restoreGeometry(geometry)

    def done(self, result: int) -> None:
        preferences.current().setValue(self._key, self.saveGeometry())
        super().done(result)

    def ok_cancel(self, on_accept=None) -> QDialogButtonBox:
        """OK and Cancel with Vietnamese texts; OK runs on_accept (a check) or accepts."""
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        name_buttons(buttons)
        buttons.accepted.connect(on_accept or self.accept)
        buttons.rejected.connect(self.reject)
        return buttons

    @staticmethod
    def error_label() -> QLabel:
        label = QLabel()
        label.setStyleSheet("color: #c62828")
        label.setWordWrap(True)
        return label


class EvidenceDialog(RememberingDialog):
    """A document's details; with what was read from the file (to fill in with one click) and
    the criteria it most likely proves (to tick)."""

    def __init__(self, parent: QWidget | None, info: EvidenceInfo, reading=None, suggestions=()):
        super().__init__(parent, "evidence")
        self.setWindowTitle(self.tr("Thông tin tài liệu minh chứng"))
        form = QFormLayout()
        self.number = QLineEdit(info.number)
        self.number.setPlaceholderText(self.tr("ví dụ: 12/KH-UBND"))
        self.date = DateField()
        self.date.set_value(info.issued_on)
        self.issuer = QLineEdit(info.issuer)
        self.title = QPlainTextEdit(info.title)
        self.title.setTabChangesFocus(True)
        self.title.setFixedHeight(70)
        self.note = QLineEdit(info.note)
        form.addRow(self.tr("Tệp:"), QLabel(nfc(info.original_name)))
        form.addRow(self.tr("&Số, ký hiệu:"), self.number)
        form.addRow(self.tr("&Ngày ban hành:"), self.date)
        form.addRow(self.tr("&Cơ quan ban hành:"), self.issuer)
        form.addRow(self.tr("T&rích yếu:"), self.title)
        form.addRow(self.tr("&Ghi chú:"), self.note)
        form.addRow(self.tr("Dùng cho tiêu chí:"), QLabel(", ".join(info.criteria) or self.tr("(chưa gắn)")))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.reading = reading
        if reading is not None and any(v.value for v in reading.fields().values()):
            box = QGroupBox(self.tr("Đọc được từ văn bản"))
            read_form = QFormLayout(box)
            labels = {"number": self.tr("Số, ký hiệu"), "issued_on": self.tr("Ngày ban hành"),
                      "issuer": self.tr("Cơ quan ban hành"), "title": self.tr("Trích yếu")}
            for key, value in reading.fields().items():
                if value.value in (None, ""):
                    continue
                shown = format_date_short(value.value) if key == "issued_on" else str(value.value)
                read_form.addRow(labels[key] + ":", QLabel(f"{shown}  <span style='color:#555'>"
                                                           f"({round(value.confidence * 100)} %)</span>"))
            fill = QPushButton(self.tr("Điền &các giá trị đọc được vào ô"))
            fill.clicked.connect(self.fill_from_reading)
            read_form.addRow("", fill)
            layout.addWidget(box)
        self.suggestion_list = QListWidget()
        for item in suggestions:
            if item.already_linked:
                continue
            words = ", ".join(item.words[:5])
            entry = QListWidgetItem(f"{item.code} — {item.short_title}" + (f"  ({self.tr('khớp')}: {words})"
                                                                            if words else ""))
            entry.setData(Qt.ItemDataRole.UserRole, item.code)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Unchecked)
            self.suggestion_list.addItem(entry)
        if self.suggestion_list.count():
            box = QGroupBox(self.tr("Tiêu chí gợi ý (đánh dấu để gắn tài liệu vào)"))
            QVBoxLayout(box).addWidget(self.suggestion_list)
            self.suggestion_list.setMaximumHeight(110)
            layout.addWidget(box)
        layout.addWidget(self.ok_cancel())
        self.resize(max(self.width(), 560), self.height())

    def fill_from_reading(self) -> None:
        values = self.reading.fields()
        if values["number"].value:
            self.number.setText(str(values["number"].value))
        if values["issued_on"].value:
            self.date.set_value(values["issued_on"].value)
        if values["issuer"].value:
            self.issuer.setText(str(values["issuer"].value))
        if values["title"].value:
            self.title.setPlainText(str(values["title"].value))

    def details(self) -> EvidenceEdit:
        return EvidenceEdit(clean(self.number.text()), self.date.value(), clean(self.issuer.text()),
                            clean(self.title.toPlainText().replace("\n", " ")), nfc(self.note.text()))

    def chosen_criteria(self) -> list[str]:
        return [self.suggestion_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.suggestion_list.count())
                if self.suggestion_list.item(i).checkState() == Qt.CheckState.Checked]

    @classmethod
    def ask(cls, parent: QWidget | None, info: EvidenceInfo, reading=None,
            suggestions=()) -> tuple[EvidenceEdit, list[str]] | None:
        dialog = cls(parent, info, reading, suggestions)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.details(), dialog.chosen_criteria()


class LinkDialog(RememberingDialog):
    """Choose the criteria a document proves."""

    def __init__(self, parent: QWidget | None, info: EvidenceInfo, codes: list[str]):
        super().__init__(parent, "link")
        self.setWindowTitle(self.tr("Tài liệu dùng cho những tiêu chí nào"))
        self.list = QListWidget()
        for code in codes:
            item = QListWidgetItem(code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if code in info.criteria else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        buttons = self.ok_cancel()
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(nfc(info.title or info.original_name)))
        layout.addWidget(self.list)
        layout.addWidget(buttons)

    def chosen(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]

    @classmethod
    def ask(cls, parent: QWidget | None, info: EvidenceInfo, codes: list[str]) -> list[str] | None:
        dialog = cls(parent, info, codes)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None


class MemberDialog(RememberingDialog):
    def __init__(self, parent: QWidget | None, initial: CouncilMember | None):
        super().__init__(parent, "member")
        self.setWindowTitle(self.tr("Thành viên Hội đồng"))
        self.initial = initial or CouncilMember("")
        self.name = QLineEdit(self.initial.name)
        self.position = QLineEdit(self.initial.position)
        self.position.setPlaceholderText(self.tr("ví dụ: Trưởng Công an xã"))
        self.role = QComboBox()
        for role in CouncilRole:
            self.role.addItem(enum_label(role), role)
        self.role.setCurrentIndex(list(CouncilRole).index(self.initial.role))
        form = QFormLayout()
        form.addRow(self.tr("&Họ và tên:"), self.name)
        form.addRow(self.tr("&Chức vụ:"), self.position)
        form.addRow(self.tr("&Vai trò trong Hội đồng:"), self.role)
        self.error = self.error_label()
        buttons = self.ok_cancel(self._accept)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(max(self.width(), 440), self.height())

    def _accept(self) -> None:
        if not clean(self.name.text()):
            self.error.setText(self.tr("Hãy nhập họ và tên."))
            self.name.setFocus()
            return
        self.accept()

    def result_value(self) -> CouncilMember:
        """The member as typed (keeping the id of the one edited)."""
        return CouncilMember(clean(self.name.text()), clean(self.position.text()), self.role.currentData(),
                             self.initial.id)

    @classmethod
    def ask(cls, parent: QWidget | None, initial: CouncilMember | None = None) -> CouncilMember | None:
        dialog = cls(parent, initial)
        return dialog.result_value() if dialog.exec() == QDialog.DialogCode.Accepted else None


class NewDossierDialog(RememberingDialog):
    """The guided set-up of a new dossier (a Designer form)."""

    def __init__(self, parent: QWidget | None, frameworks: list[tuple[str, str]], initial: dict[str, Any] | None):
        super().__init__(parent, "new-dossier")
        self.ui = Ui_NewDossierDialog()
        self.ui.setupUi(self)
        name_buttons(self.ui.buttonBox)
        for framework_id, label in frameworks:
            self.ui.frameworkCombo.addItem(label, framework_id)
        initial = initial or {}
        self.ui.yearSpin.setValue(initial.get("year", dt.date.today().year))
        for key, edit in (("name", self.ui.communeEdit), ("code", self.ui.codeEdit),
                          ("district", self.ui.districtEdit), ("province", self.ui.provinceEdit),
                          ("approving_body", self.ui.approvingEdit)):
            edit.setText(initial.get(key, ""))
        self.ui.buttonBox.accepted.connect(self._accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def _accept(self) -> None:
        if not clean(self.ui.communeEdit.text()):
            self.ui.errorLabel.setText(self.tr("Hãy nhập tên xã."))
            self.ui.communeEdit.setFocus()
            return
        if self.ui.frameworkCombo.count() == 0:
            self.ui.errorLabel.setText(self.tr("Không có bộ tiêu chí nào; hãy cài đặt lại ứng dụng."))
            return
        self.accept()

    def result_value(self) -> dict[str, Any]:
        ui = self.ui
        return {"unit": UnitInfo(clean(ui.communeEdit.text()), clean(ui.codeEdit.text()),
                                 clean(ui.districtEdit.text()), clean(ui.provinceEdit.text())),
                "approving_body": clean(ui.approvingEdit.text()), "year": ui.yearSpin.value(),
                "framework_id": ui.frameworkCombo.currentData()}

    @classmethod
    def ask(cls, parent, frameworks, initial=None) -> dict[str, Any] | None:
        dialog = cls(parent, frameworks, initial)
        return dialog.result_value() if dialog.exec() == QDialog.DialogCode.Accepted else None


class DossierPicker(RememberingDialog):
    """Open a dossier (commune, year), create one, or start next year's from one.
    Returns ("open", id), ("new", None), ("next_year", id), ("demo", None) or None."""

    def __init__(self, parent: QWidget | None, dossiers: list[DossierInfo], first_start: bool = False):
        super().__init__(parent, "picker")
        self.setWindowTitle(self.tr("Chọn hồ sơ") if dossiers else self.tr("Chào mừng đến với PlanDesk"))
        self.choice: tuple[str, int | None] | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Chọn hồ sơ để làm việc:") if dossiers else self.tr(
            "Chưa có hồ sơ nào. Tạo hồ sơ xây dựng xã điển hình của xã mình, hoặc mở hồ sơ mẫu "
            "(xã Thanh Mỹ, năm 2024) để xem cách làm."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget()
        for d in dossiers:
            place = ", ".join(x for x in (d.unit.district, d.unit.province) if x)
            label = fill(self.tr("%1 — năm %2"), d.unit.display_name, str(d.year))
            item = QListWidgetItem(label + (f"  ({place})" if place else ""))
            item.setData(Qt.ItemDataRole.UserRole, d.id)
            self.list.addItem(item)
        self.list.setVisible(bool(dossiers))
        if dossiers:
            self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _i: self._pick("open"))
        layout.addWidget(self.list)
        row = QHBoxLayout()
        self.open_button = QPushButton(self.tr("&Mở"))
        self.open_button.clicked.connect(lambda: self._pick("open"))
        self.next_button = QPushButton(self.tr("Hồ sơ &năm sau từ hồ sơ này…"))
        self.next_button.clicked.connect(lambda: self._pick("next_year"))
        self.new_button = QPushButton(self.tr("&Tạo hồ sơ mới…"))
        self.new_button.clicked.connect(lambda: self._pick("new"))
        self.demo_button = QPushButton(self.tr("Mở hồ sơ &mẫu"))
        self.demo_button.clicked.connect(lambda: self._pick("demo"))
        close = QPushButton(self.tr("Đóng"))
        close.clicked.connect(self.reject)
        for b in (self.open_button, self.next_button):
            b.setVisible(bool(dossiers))
            row.addWidget(b)
        row.addWidget(self.new_button)
        row.addWidget(self.demo_button)
        row.addStretch()
        row.addWidget(close)
        layout.addLayout(row)
        (self.open_button if dossiers else self.new_button).setDefault(True)
        if dossiers:
            self.resize(max(self.width(), 620), max(self.height(), 320))
        else:
            heading = QLabel(self.tr("Chào mừng đến với PlanDesk"))
            heading.setStyleSheet("font-size: 14pt; font-weight: bold")
            layout.insertWidget(0, heading)
            layout.addStretch()
            self.setMinimumWidth(560)
            self.adjustSize()

    def _pick(self, action: str) -> None:
        dossier_id = None
        if action in ("open", "next_year"):
            item = self.list.currentItem()
            if item is None:
                return
            dossier_id = item.data(Qt.ItemDataRole.UserRole)
        self.choice = (action, dossier_id)
        self.accept()

    @classmethod
    def ask(cls, parent, dossiers: list[DossierInfo]) -> tuple[str, int | None] | None:
        dialog = cls(parent, dossiers)
        return dialog.choice if dialog.exec() == QDialog.DialogCode.Accepted else None


class UserNameDialog(RememberingDialog):
    """The officer's name, asked once on a PC (it is written in the history beside every
    change, instead of the Windows account's name); changed later in Thiết lập."""

    def __init__(self, parent: QWidget | None):
        super().__init__(parent, "user-name")
        self.setWindowTitle(self.tr("Tên người sử dụng"))
        intro = QLabel(self.tr("Mỗi thay đổi trong hồ sơ được ghi vào lịch sử kèm tên người làm. Hãy nhập họ và tên "
                               "của bạn (sửa lại được ở Thiết lập)."))
        intro.setWordWrap(True)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("ví dụ: Trần Minh Tâm"))
        self.name.setAccessibleName(self.tr("Họ và tên"))
        form = QFormLayout()
        form.addRow(self.tr("&Họ và tên:"), self.name)
        self.error = self.error_label()
        buttons = self.ok_cancel(self._accept)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Để sau"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def _accept(self) -> None:
        if not clean(self.name.text()):
            self.error.setText(self.tr("Hãy nhập họ và tên, hoặc bấm “Để sau”."))
            self.name.setFocus()
            return
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None) -> str | None:
        dialog = cls(parent)
        return clean(dialog.name.text()) if dialog.exec() == QDialog.DialogCode.Accepted else None
