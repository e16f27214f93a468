"""Evidence documents as a table (number, date, issuer, title, file, criteria using it)."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from plandesk.domain.dossier import EvidenceInfo
from plandesk.domain.text import format_date_short, nfc

from ..labels import tr_label

EVIDENCE_ROLE = Qt.ItemDataRole.UserRole + 10


class EvidenceModel(QAbstractTableModel):
    HEADERS = ("Số, ký hiệu", "Ngày ban hành", "Cơ quan ban hành", "Trích yếu", "Tệp", "Dùng cho tiêu chí")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[EvidenceInfo] = []
        self._suggested: set[int] = set()

    def load(self, rows: list[EvidenceInfo], suggested: set[int] | None = None) -> None:
        """``suggested``: documents whose details were read from the file and await confirmation."""
        self.beginResetModel()
        self._rows = list(rows)
        self._suggested = set(suggested or ())
        self.endResetModel()

    def is_suggested(self, evidence_id: int) -> bool:
        return evidence_id in self._suggested

    def set_confirmed(self, evidence_id: int) -> None:
        self._suggested.discard(evidence_id)
        for i, row in enumerate(self._rows):
            if row.id == evidence_id:
                self.dataChanged.emit(self.index(i, 0), self.index(i, self.columnCount() - 1))

    def update(self, info: EvidenceInfo) -> None:
        for i, row in enumerate(self._rows):
            if row.id == info.id:
                self._rows[i] = info
                self.dataChanged.emit(self.index(i, 0), self.index(i, self.columnCount() - 1))
                return

    def remove(self, evidence_id: int) -> None:
        for i, row in enumerate(self._rows):
            if row.id == evidence_id:
                self.beginRemoveRows(QModelIndex(), i, i)
                del self._rows[i]
                self.endRemoveRows()
                return

    def row(self, i: int) -> EvidenceInfo:
        return self._rows[i]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr_label(self.HEADERS[section])
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        e = self._rows[index.row()]
        if role == EVIDENCE_ROLE:
            return e
        suggested = e.id in self._suggested and index.column() < 4
        if role == Qt.ItemDataRole.ForegroundRole and suggested:
            return QBrush(QColor("#8a6d00"))
        if role == Qt.ItemDataRole.ToolTipRole and suggested:
            return self.tr("Đọc tự động từ văn bản: hãy kiểm tra rồi bấm “Xác nhận thông tin đọc được”.")
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            col = index.column()
            values = (e.number, format_date_short(e.issued_on), e.issuer, e.title, nfc(e.original_name),
                      ", ".join(e.criteria) or self.tr("(chưa gắn)"))
            return values[col]
        return None
