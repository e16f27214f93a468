"""Dialogs for USB packages: what to put in a package (and its password), the password of a
package to read, and what an import will change, with a decision for each conflict."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from plandesk.domain.messages import fill, msg
from plandesk.services.transfer import CATEGORY_LABELS, CONFLICTING, KEEP, TAKE, UNCHANGED, ImportReport

from . import messages
from .dialogs import RememberingDialog

MIN_PASSPHRASE = 8


class PackDialog(RememberingDialog):
    def __init__(self, parent: QWidget | None, default_path: Path, review: bool = False):
        super().__init__(parent, "pack")
        self.setWindowTitle(self.tr("Xuất gói ý kiến thẩm định") if review else self.tr("Xuất gói hồ sơ"))
        self.path = QLineEdit(str(default_path))
        browse = QPushButton(self.tr("&Chọn…"))
        browse.clicked.connect(self._browse)
        row_widget = QWidget()          # a widget, not a layout: the label's "&T" then has its buddy
        row = QHBoxLayout(row_widget)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.documents = QCheckBox(
            self.tr("Kèm các văn bản của hồ sơ (PDF: tờ trình, báo cáo, biên bản…) cho người không có PlanDesk"))
        self.documents.setChecked(not review)
        self.documents.setVisible(not review)
        self.encrypt = QCheckBox(self.tr("&Mã hóa bằng mật khẩu (nên dùng khi chép ra USB)"))
        self.encrypt.setChecked(True)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.encrypt.toggled.connect(self.passphrase.setEnabled)
        self.encrypt.toggled.connect(self.repeat.setEnabled)
        form = QFormLayout()
        form.addRow(self.tr("&Tệp gói:"), row_widget)
        form.labelForField(row_widget).setBuddy(self.path)
        form.addRow("", self.documents)
        form.addRow("", self.encrypt)
        form.addRow(self.tr("Mật &khẩu:"), self.passphrase)
        form.addRow(self.tr("&Nhập lại mật khẩu:"), self.repeat)
        note = QLabel(self.tr("Báo mật khẩu cho nơi nhận bằng đường khác (điện thoại, gặp trực tiếp), "
                              "không ghi cùng USB. Quên mật khẩu thì không mở được gói."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555")
        self.error = self.error_label()
        buttons = self.ok_cancel(self._accept)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(max(self.width(), 620), self.height())

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Lưu gói hồ sơ"), self.path.text(),
                                              self.tr("Gói PlanDesk (*.plandesk)"))
        if name:
            self.path.setText(name if name.endswith(".plandesk") else name + ".plandesk")

    def _accept(self) -> None:
        if not self.path.text().strip():
            self.error.setText(self.tr("Hãy chọn nơi lưu gói."))
            return
        if self.encrypt.isChecked():
            if len(self.passphrase.text()) < MIN_PASSPHRASE:
                self.error.setText(fill(self.tr("Mật khẩu cần ít nhất %1 ký tự."), str(MIN_PASSPHRASE)))
                return
            if self.passphrase.text() != self.repeat.text():
                self.error.setText(self.tr("Hai lần nhập mật khẩu không giống nhau."))
                return
        self.accept()

    def result_value(self) -> dict[str, Any]:
        path = Path(self.path.text().strip())
        if path.suffix != ".plandesk":
            path = path.with_name(path.name + ".plandesk")
        return {"path": path, "documents": self.documents.isChecked(),
                "passphrase": self.passphrase.text() if self.encrypt.isChecked() else None}

    @classmethod
    def ask(cls, parent, default_path: Path, review: bool = False) -> dict[str, Any] | None:
        dialog = cls(parent, default_path, review)
        return dialog.result_value() if dialog.exec() == QDialog.DialogCode.Accepted else None


class PassphraseDialog(RememberingDialog):
    def __init__(self, parent: QWidget | None, name: str, again: bool):
        super().__init__(parent, "passphrase")
        self.setWindowTitle(self.tr("Mật khẩu của gói"))
        text = fill(self.tr("Sai mật khẩu. Nhập lại mật khẩu của gói “%1”:") if again
                     else self.tr("Gói “%1” được mã hóa. Nhập mật khẩu:"), name)
        label = QLabel(text)
        label.setWordWrap(True)
        self.edit = QLineEdit()
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        buttons = self.ok_cancel()
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.edit)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, parent, name: str, again: bool = False) -> str | None:
        dialog = cls(parent, name, again)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.edit.text():
            return dialog.edit.text()
        return None


class ImportDialog(RememberingDialog):
    """What was checked, what the import changes, and a decision for each conflict."""

    def __init__(self, parent: QWidget | None, report: ImportReport, file_name: str, framework_title: str = ""):
        super().__init__(parent, "import")
        self.setWindowTitle(self.tr("Nhập gói hồ sơ"))
        self.report = report
        review = report.review
        what = self.tr("Gói ý kiến thẩm định") if review else self.tr("Gói hồ sơ")
        heading = QLabel(fill(self.tr("<b>%1</b> của %2, năm %3 — tệp %4"),
                              what, report.unit, str(report.year), file_name))
        heading.setWordWrap(True)
        where = (self.tr("Hồ sơ này chưa có trong máy: sẽ được tạo mới.") if report.dossier_id is None else
                 self.tr("Hồ sơ này đã có trong máy: bản hiện tại được giữ lại trong lịch sử trước khi nhập."))
        checked = QLabel(self.tr("✓ Gói còn nguyên vẹn: PlanDesk đã kiểm tra từng tệp trong gói; trong máy chưa có gì "
                                 "thay đổi."))
        checked.setWordWrap(True)
        # the technical detail (what exactly was checked, the criteria set's code and version,
        # the submission code) for whoever supports the officer: behind “Chi tiết”
        details = QListWidget()
        details.addItems(["✓ " + messages.describe(c) for c in report.checks] + [
            fill(self.tr("Bộ tiêu chí: %1 (%2)"), framework_title or report.framework, report.framework),
            fill(self.tr("Mã nộp: %1"), report.submission_id)])
        details.setMaximumHeight(130)
        details.setAccessibleName(self.tr("Chi tiết kỹ thuật của việc kiểm tra gói"))
        details.hide()
        self.details = details
        self.details_button = QPushButton(self.tr("Chi &tiết ▸"))
        self.details_button.setCheckable(True)
        self.details_button.toggled.connect(self._toggle_details)
        check_row = QHBoxLayout()
        check_row.addWidget(checked, 1)
        check_row.addWidget(self.details_button)
        counts = QLabel(fill(self.tr("Sẽ nhập: %1."), " · ".join(
            fill(self.tr("%1 mục %2"), str(report.count(cat)), messages.describe(msg(f"import.category.{cat}")))
            for cat in CATEGORY_LABELS if report.count(cat))))
        counts.setWordWrap(True)
        changes = [c for c in report.changes if c.category != UNCHANGED]
        self.table = QTableWidget(len(changes), 3)
        self.table.setHorizontalHeaderLabels([self.tr("Mục"), self.tr("Thay đổi"), self.tr("Quyết định")])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.decisions: dict[str, QComboBox] = {}
        for row, change in enumerate(changes):
            label = messages.describe(change.label) + (f" ({', '.join(change.fields)})" if change.fields else "")
            self.table.setItem(row, 0, QTableWidgetItem(label))
            self.table.setItem(row, 1, QTableWidgetItem(messages.describe(msg(f"import.category.{change.category}"))))
            if change.category == CONFLICTING:
                box = QComboBox()
                box.addItem(self.tr("— chọn —"), None)
                box.addItem(self.tr("Giữ bản trong máy"), KEEP)
                box.addItem(self.tr("Lấy bản trong gói"), TAKE)
                box.currentIndexChanged.connect(self._update_ok)
                self.table.setCellWidget(row, 2, box)
                self.decisions[change.key] = box
        self.table.setAccessibleName(self.tr("Các thay đổi"))
        self.hint = self.error_label()
        self.buttons = self.ok_cancel()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Nhập"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(QLabel(where))
        layout.addLayout(check_row)
        layout.addWidget(details)
        layout.addWidget(counts)
        if review:
            layout.addWidget(QLabel(self.tr("Ý kiến thẩm định sẽ hiện bên cạnh từng tiêu chí.")))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.resize(max(self.width(), 760), max(self.height(), 520))
        self._update_ok()

    def _toggle_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.details_button.setText(self.tr("Chi &tiết ▾") if shown else self.tr("Chi &tiết ▸"))

    def _update_ok(self) -> None:
        missing = sum(1 for box in self.decisions.values() if box.currentData() is None)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(missing == 0)
        self.hint.setText(fill(self.tr("Còn %1 mục xung đột (đã sửa cả ở máy này và trong gói) cần quyết định."),
                               str(missing)) if missing else "")

    def chosen(self) -> dict[str, str]:
        return {key: box.currentData() for key, box in self.decisions.items()}

    @classmethod
    def ask(cls, parent, report: ImportReport, file_name: str, framework_title: str = "") -> dict[str, str] | None:
        dialog = cls(parent, report, file_name, framework_title)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
