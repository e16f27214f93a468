"""Backups in the window: a full backup to another disk or USB stick, and restoring one
after seeing what it holds (the current state is kept aside first)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from plandesk.domain.text import format_size
from plandesk.services.backup import BackupEntry

from .dialogs import RememberingDialog


class BackupPicker(RememberingDialog):
    """Choose a backup from the workspace's backups/ folder, or another file."""

    def __init__(self, parent: QWidget | None, entries: list[BackupEntry]):
        super().__init__(parent, "backups")
        self.setWindowTitle(self.tr("Khôi phục từ bản sao lưu"))
        self.entries = entries
        self.chosen: Path | None = None
        self.table = QTableWidget(len(entries), 3)
        self.table.setHorizontalHeaderLabels([self.tr("Thời điểm"), self.tr("Loại"), self.tr("Kích thước")])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for row, entry in enumerate(entries):
            size = format_size(entry.size)
            for col, text in enumerate((f"{entry.created:%H:%M %d/%m/%Y}", entry.kind, size)):
                item = QTableWidgetItem(text)
                item.setToolTip(str(entry.path))
                self.table.setItem(row, col, item)
        if entries:
            self.table.selectRow(0)
        self.table.itemActivated.connect(lambda _i: self._pick())
        note = QLabel(self.tr("Trước khi khôi phục, PlanDesk giữ lại dữ liệu hiện tại trong thư mục backups/. "
                              "Bản sao lưu “đầy đủ” có cả các tệp minh chứng."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555")
        other = QPushButton(self.tr("Chọn &tệp khác…"))
        other.clicked.connect(self._other)
        buttons = self.ok_cancel(self._pick)
        row = QHBoxLayout()
        row.addWidget(other)
        row.addStretch()
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addLayout(row)
        self.resize(max(self.width(), 560), max(self.height(), 360))

    def _pick(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.chosen = self.entries[rows[0].row()].path
            self.accept()

    def _other(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Chọn bản sao lưu"), str(Path.home()),
                                              self.tr("Bản sao lưu PlanDesk (*.zip *.sqlite);;Mọi tệp (*)"))
        if name:
            self.chosen = Path(name)
            self.accept()

    @classmethod
    def ask(cls, parent, entries: list[BackupEntry]) -> Path | None:
        dialog = cls(parent, entries)
        return dialog.chosen if dialog.exec() == QDialog.DialogCode.Accepted else None
