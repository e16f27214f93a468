"""The dossier's history, newest first, in sentences."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel, QListWidget, QVBoxLayout, QWidget

from plandesk.domain.history import describe, value_labels

from .context import AppContext


class HistoryView(QWidget):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAccessibleName(self.tr("Lịch sử thay đổi"))
        note = QLabel(self.tr("Mọi thay đổi được ghi lại ở đây, mới nhất ở trên; không ai sửa hay xóa được các dòng "
                              "này."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555")
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.list)

    def reload(self) -> None:
        dossier_id = self.ctx.dossier_id
        if dossier_id is None:
            self.list.clear()
            return
        dossiers = self.ctx.services.dossiers

        def read() -> list[str]:
            labels = value_labels(dossiers.framework(dossier_id))  # values named as the form names them
            return [describe(h.user, h.at, h.action, h.target, h.field, h.old_value, h.new_value, labels)
                    for h in reversed(dossiers.history(dossier_id))]

        def shown(lines: list[str]) -> None:
            if self.ctx.dossier_id == dossier_id:
                self.list.clear()
                self.list.addItems(lines)

        self.ctx.runner.query(read, shown)
