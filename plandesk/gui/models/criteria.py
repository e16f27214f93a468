"""The checklist as a Qt tree: groups, then their criteria. Built once when a dossier opens;
afterwards a change to one criterion emits dataChanged for its row and its group only."""
from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from plandesk.domain.dossier import AssessmentInfo, DossierStatus, ReviewStatus, Status
from plandesk.domain.messages import fill
from plandesk.domain.rules import Suggestion
from plandesk.domain.text import fold

from ..icons import status_icon, suggestion_icon
from ..labels import enum_label, status_label, tr_label
from ..messages import describe

CODE_ROLE = Qt.ItemDataRole.UserRole + 1
ASSESSMENT_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3

COL_CODE, COL_TITLE, COL_SUGGESTION, COL_EVIDENCE = range(4)
_NO_PARENT = 0  # groups have id 0; a criterion has its group row + 1


class CriteriaModel(QAbstractItemModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._groups: list[tuple[str, str]] = []
        self._rows: list[list[AssessmentInfo]] = []
        self._where: dict[str, tuple[int, int]] = {}

    # -- loading and updating ------------------------------------------------------------
    def load(self, status: DossierStatus | None) -> None:
        self.beginResetModel()
        self._groups, self._rows, self._where = [], [], {}
        if status is not None:
            for g in status.groups:
                members = [c for c in status.criteria if c.group == g.code]
                for i, c in enumerate(members):
                    self._where[c.code] = (len(self._groups), i)
                self._groups.append((g.code, g.title))
                self._rows.append(members)
        self.endResetModel()

    def update(self, info: AssessmentInfo) -> None:
        where = self._where.get(info.code)
        if where is None:
            return
        g, r = where
        self._rows[g][r] = info
        group_index = self.index(g, 0)
        self.dataChanged.emit(self.index(r, 0, group_index), self.index(r, self.columnCount() - 1, group_index))
        self.dataChanged.emit(group_index, self.index(g, self.columnCount() - 1))

    def assessment(self, code: str) -> AssessmentInfo | None:
        where = self._where.get(code)
        return self._rows[where[0]][where[1]] if where else None

    def index_of(self, code: str) -> QModelIndex:
        where = self._where.get(code)
        if where is None:
            return QModelIndex()
        return self.index(where[1], 0, self.index(where[0], 0))

    def codes(self) -> list[str]:
        return [c.code for rows in self._rows for c in rows]

    # -- the model interface -------------------------------------------------------------
    def index(self, row: int, column: int, parent: QModelIndex = QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _NO_PARENT)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: QModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == _NO_PARENT:
            return QModelIndex()
        return self.createIndex(int(index.internalId()) - 1, 0, _NO_PARENT)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == _NO_PARENT and parent.column() == 0:
            return len(self._rows[parent.row()])
        return 0

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Mã"), self.tr("Tiêu chí"), "", self.tr("MC"))[section]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return (self.tr("Mã tiêu chí và kết luận"), self.tr("Tên tiêu chí"),
                    self.tr("Gợi ý tính từ số liệu (biểu tượng vòng tròn), khi khác kết luận"),
                    self.tr("Số tài liệu minh chứng"))[section]
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.internalId() != _NO_PARENT:
            flags |= Qt.ItemFlag.ItemIsDropEnabled
        return flags

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == _NO_PARENT:
            return self._group_data(index, role)
        info = self._rows[int(index.internalId()) - 1][index.row()]
        col = index.column()
        if role == CODE_ROLE:
            return info.code
        if role == ASSESSMENT_ROLE:
            return info
        if role == SEARCH_ROLE:
            return fold(f"{info.code} {info.short_title} {info.text} {info.result}")
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_CODE:
                return info.code + (" ⚑" if info.review_status is ReviewStatus.YEU_CAU_BO_SUNG else "")
            if col == COL_TITLE:
                return info.short_title
            if col == COL_EVIDENCE:
                return str(info.evidence_count)
            return None
        if role == Qt.ItemDataRole.DecorationRole:
            if col == COL_CODE:
                return status_icon(info.status)
            if col == COL_SUGGESTION and self._shown_suggestion(info):
                return suggestion_icon(info.suggestion)
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == COL_CODE:
                text = fill(self.tr("Kết luận: %1"), status_label(info.status))
                if info.review_status is ReviewStatus.YEU_CAU_BO_SUNG:
                    text += "\n" + fill(self.tr("Cơ quan thẩm định yêu cầu bổ sung: %1"), info.review_comment)
                return text
            if col == COL_SUGGESTION:
                shown = self._shown_suggestion(info)
                return fill(self.tr("Gợi ý: %1 — %2"), enum_label(shown), describe(info.reason)) \
                    if shown else None
            if col == COL_TITLE:
                return info.text
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_EVIDENCE and info.evidence_count == 0:
            return QBrush(QColor("#c62828"))
        if role == Qt.ItemDataRole.TextAlignmentRole and col == COL_EVIDENCE:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            said = self._shown_suggestion(info)
            return f"{info.code} {info.short_title}, {status_label(info.status)}, " + (
                f"{tr_label('Gợi ý')}: {enum_label(said)}, " if said else "") + f"{info.evidence_count} minh chứng"
        return None

    def _group_data(self, index: QModelIndex, role: int) -> Any:
        code, title = self._groups[index.row()]
        rows = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == COL_CODE:
                return code
            if index.column() == COL_TITLE:
                met = sum(1 for r in rows if r.status is Status.DAT)
                return f"{title} ({met}/{len(rows)})"
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == SEARCH_ROLE:
            return ""
        return None

    @staticmethod
    def _shown_suggestion(info: AssessmentInfo) -> Suggestion | None:
        """What the suggestion has to say in the checklist: only a computed Đạt / Không đạt that
        the council has not decided the same way ("Chưa đủ số liệu" on every row of a new
        dossier says nothing)."""
        if info.suggestion not in (Suggestion.DAT, Suggestion.KHONG_DAT):
            return None
        if info.suggestion is Suggestion.DAT and info.status is Status.DAT:
            return None
        if info.suggestion is Suggestion.KHONG_DAT and info.status is Status.KHONG_DAT:
            return None
        return info.suggestion


FILTERS = ("all", "not_met", "no_evidence", "disagree", "overdue", "review")


class CriteriaFilter(QSortFilterProxyModel):
    """Filter (not met, no evidence, disagreeing, overdue) and accent-insensitive search."""

    def __init__(self, parent=None, today: dt.date | None = None):
        super().__init__(parent)
        self._mode = "all"
        self._needle = ""
        self._today = today
        self.setRecursiveFilteringEnabled(True)

    def set_mode(self, mode: str) -> None:
        self._mode = mode
        self.invalidateFilter()

    def set_search(self, text: str) -> None:
        self._needle = fold(text).strip()
        self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        info: AssessmentInfo | None = model.data(index, ASSESSMENT_ROLE)
        if info is None:  # a group: shown when one of its criteria is (recursive filtering)
            return self._mode == "all" and not self._needle
        if self._needle and not all(word in model.data(index, SEARCH_ROLE) for word in self._needle.split()):
            return False
        today = self._today or dt.date.today()
        return {
            "all": True,
            "not_met": info.status is not Status.DAT,
            "no_evidence": info.evidence_count == 0,
            "disagree": info.disagrees,
            "overdue": info.deadline is not None and info.deadline < today and not info.status.decided,
            "review": info.review_status is ReviewStatus.YEU_CAU_BO_SUNG,
        }[self._mode]
