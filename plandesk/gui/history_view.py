"""The dossier's history, newest first, in sentences."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel, QListWidget, QVBoxLayout, QWidget

from plandesk.domain.history import describe

from .context import AppContext


class HistoryView(QWidget):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAccessibleName(self.tr("Lịch sử thay đổi"))
        note = QLabel(self.tr("Mọi thay đổi được ghi lại và không thể sửa; “plandesk check” kiểm tra tính toàn vẹn."))
        note.setStyleSheet("color: #555")
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.list)

    def reload(self) -> None:
        self.list.clear()
        if self.ctx.dossier_id is None:
            return
        entries = self.ctx.services.dossiers.history(self.ctx.dossier_id)
        for h in reversed(entries):
            self.list.addItem(describe(h.user, h.at, h.action, h.target, h.field, h.old_value, h.new_value))
