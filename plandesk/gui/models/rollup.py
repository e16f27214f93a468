"""The roll-up as a table: communes as rows; counts, then one column per criterion with the
cell's category as a coloured short text."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor

from plandesk.domain.text import vietnamese_sort_key
from plandesk.services.rollup import (
    CATEGORIES,
    CATEGORY_LABELS,
    CELL_COLOURS,
    CHUA_KET_LUAN,
    DAT,
    KHONG_DAT,
    THIEU_MINH_CHUNG,
    Rollup,
)

from ..labels import tr_label

# short enough for a narrow column; the colour and the tooltip say the rest
CELL_SHORT = {DAT: QT_TRANSLATE_NOOP("labels", "Đạt"), KHONG_DAT: QT_TRANSLATE_NOOP("labels", "KĐ"),
              THIEU_MINH_CHUNG: QT_TRANSLATE_NOOP("labels", "Thiếu"),
              CHUA_KET_LUAN: QT_TRANSLATE_NOOP("labels", "Chưa")}
DOSSIER_ROLE = Qt.ItemDataRole.UserRole + 20
SORT_ROLE = Qt.ItemDataRole.UserRole + 21
FIXED = 2 + len(CATEGORIES)  # commune, district, then the counts


class RollupModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rollup: Rollup | None = None

    def load(self, rollup: Rollup | None) -> None:
        self.beginResetModel()
        self.rollup = rollup
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() or self.rollup is None else len(self.rollup.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() or self.rollup is None else FIXED + len(self.rollup.criteria)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.rollup is None or orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return self.tr("Xã")
            if section == 1:
                return self.tr("Huyện")
            if section < FIXED:
                return tr_label(CATEGORY_LABELS[CATEGORIES[section - 2]])
            return self.rollup.criteria[section - FIXED][0]
        if role == Qt.ItemDataRole.ToolTipRole and section >= FIXED:
            code, title = self.rollup.criteria[section - FIXED]
            counts = self.rollup.per_criterion.get(code, {})
            detail = ", ".join(f"{tr_label(CATEGORY_LABELS[c])} {counts.get(c, 0)}" for c in CATEGORIES)
            return f"{code}. {title}\n{detail}"
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.rollup is None:
            return None
        row = self.rollup.rows[index.row()]
        col = index.column()
        if role == DOSSIER_ROLE:
            return row.dossier_id
        if col >= FIXED:
            code = self.rollup.criteria[col - FIXED][0]
            cell = row.cells.get(code)
            if cell is None:
                return None
            if role == Qt.ItemDataRole.DisplayRole:
                mark = " ⚑" if cell.review_status == "yeu_cau_bo_sung" else ""
                return tr_label(CELL_SHORT[cell.category]) + mark
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(QColor("#" + CELL_COLOURS[cell.category]))
            if role == Qt.ItemDataRole.ToolTipRole:
                text = f"{row.unit.name} — {code}: {tr_label(CATEGORY_LABELS[cell.category])}, " \
                       f"{cell.evidence_count} " + self.tr("minh chứng")
                return text + (f"\n{cell.review_comment}" if cell.review_comment else "")
            if role == SORT_ROLE:
                return CATEGORIES.index(cell.category)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignCenter)
            return None
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            if col == 0:
                return row.unit.name if role == Qt.ItemDataRole.DisplayRole else vietnamese_sort_key(row.unit.name)
            if col == 1:
                if role == Qt.ItemDataRole.DisplayRole:
                    return row.unit.district
                return vietnamese_sort_key(row.unit.district)
            value = row.counts.get(CATEGORIES[col - 2], 0)
            return str(value) if role == Qt.ItemDataRole.DisplayRole else value
        if role == Qt.ItemDataRole.TextAlignmentRole and 2 <= col < FIXED:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole and col == 0 and row.all_met:
            return QBrush(QColor("#2e7d32"))
        return None


class RollupSort(QSortFilterProxyModel):
    """Sorts names in Vietnamese order and numbers as numbers."""

    def lessThan(self, left: QModelIndex, right: QModelIndex) -> bool:  # noqa: N802
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if a is None or b is None:
            return super().lessThan(left, right)
        return a < b
