"""Progress at a glance: per group and overall, criteria without evidence, decisions that
disagree with the suggestion, and the dossier's deadlines with days left or overdue."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from plandesk.domain.dossier import DossierStatus
from plandesk.domain.messages import fill
from plandesk.domain.text import format_date_short

from .context import AppContext
from .labels import tr_label
from .messages import describe


class Dashboard(QWidget):
    criterion_requested = Signal(str)

    def __init__(self, ctx: AppContext, parent=None, today: dt.date | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._today = today
        self._stale = False
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 14pt; font-weight: bold")
        self.heading.setWordWrap(True)
        self.overall = QProgressBar()
        self.overall.setFormat(self.tr("Đạt %v/%m tiêu chí"))
        self.overall.setMinimumHeight(26)
        self.groups_box = QGroupBox(self.tr("Theo nhóm tiêu chí"))
        self.groups_layout = QGridLayout(self.groups_box)
        self.no_evidence = self._code_list(self.tr("Danh sách tiêu chí chưa có minh chứng"))
        self.disagreements = self._code_list(self.tr("Danh sách tiêu chí có kết luận khác gợi ý"))
        self.not_met = self._code_list(self.tr("Danh sách tiêu chí chưa đạt"))
        self.deadlines = QTableWidget(0, 3)
        self.deadlines.setHorizontalHeaderLabels([self.tr("Việc"), self.tr("Thời hạn"), self.tr("Tình trạng")])
        self.deadlines.verticalHeader().hide()
        self.deadlines.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.deadlines.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.deadlines.setAccessibleName(self.tr("Các mốc thời hạn"))

        lists = QHBoxLayout()
        self.no_evidence_box = self._boxed(self.tr("Chưa có minh chứng"), self.no_evidence)
        self.disagree_box = self._boxed(self.tr("Kết luận khác gợi ý"), self.disagreements)
        self.not_met_box = self._boxed(self.tr("Chưa đạt"), self.not_met)
        for box in (self.not_met_box, self.no_evidence_box, self.disagree_box):
            lists.addWidget(box)
        deadline_box = self._boxed(self.tr("Thời hạn"), self.deadlines)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.overall)
        layout.addWidget(self.groups_box)
        layout.addLayout(lists, 2)
        layout.addWidget(deadline_box, 1)
        ctx.signals.assessment_changed.connect(lambda _c: self.reload())
        ctx.signals.evidence_changed.connect(self.reload)
        ctx.signals.settings_changed.connect(self.reload)

    def _code_list(self, accessible: str) -> QListWidget:
        widget = QListWidget()
        widget.setWordWrap(True)   # long titles wrap: no sideways scrolling in a list
        widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        widget.setAccessibleName(accessible)
        widget.itemActivated.connect(lambda item: self.criterion_requested.emit(item.data(Qt.ItemDataRole.UserRole)))
        return widget

    @staticmethod
    def _boxed(title: str, widget: QWidget) -> QGroupBox:
        box = QGroupBox(title)
        QVBoxLayout(box).addWidget(widget)
        return box

    def reload(self) -> None:
        """Refresh now if visible, else when next shown (no work for a hidden screen)."""
        if self.ctx.dossier_id is None:
            return
        if not self.isVisible():
            self._stale = True
            return
        self._read()

    def _read(self) -> None:
        dossier_id, dossiers = self.ctx.dossier_id, self.ctx.services.dossiers
        self.ctx.runner.query(lambda: dossiers.status(dossier_id),
                              lambda status: self.show_status(status) if self.ctx.dossier_id == dossier_id else None)

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if getattr(self, "_stale", False) and self.ctx.dossier_id is not None:
            self._stale = False
            self._read()

    def show_status(self, status: DossierStatus) -> None:
        d = status.dossier
        self.heading.setText(fill(self.tr("%1 — năm %2"), d.unit.display_name, str(d.year)))
        self.overall.setMaximum(status.total)
        self.overall.setValue(status.met)
        while self.groups_layout.count():
            item = self.groups_layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        for row, g in enumerate(status.groups):
            label = QLabel(f"{g.code}. {g.title}")
            label.setWordWrap(True)
            bar = QProgressBar()
            bar.setMaximum(g.total)
            bar.setValue(g.dat)
            bar.setFormat(f"{g.dat}/{g.total}")
            detail = QLabel(fill(self.tr("không đạt %1 · đang thực hiện %2 · chưa đánh giá %3 · chưa có minh chứng %4"),
                                 g.khong_dat, g.dang_thuc_hien, g.chua_danh_gia, g.without_evidence))
            detail.setStyleSheet("color: #555")
            self.groups_layout.addWidget(label, row * 2, 0)
            self.groups_layout.addWidget(bar, row * 2, 1)
            self.groups_layout.addWidget(detail, row * 2 + 1, 1)
        self.groups_layout.setColumnStretch(1, 1)
        self._fill(self.no_evidence, [c for c in status.criteria if c.evidence_count == 0], self.no_evidence_box,
                   self.tr("Chưa có minh chứng"))
        self._fill(self.disagreements, [c for c in status.criteria if c.disagrees], self.disagree_box,
                   self.tr("Kết luận khác gợi ý"))
        self._fill(self.not_met, [c for c in status.criteria if c.status.value != "dat"], self.not_met_box,
                   self.tr("Chưa đạt"))
        today = self._today or dt.date.today()
        self.deadlines.setRowCount(len(status.deadlines))
        for row, x in enumerate(status.deadlines):
            left = x.days_left(today)
            if x.done_on:
                state = fill(self.tr("đã xong ngày %1"), format_date_short(x.done_on))
                colour = "#2e7d32"
            elif left < 0:
                state = fill(self.tr("quá hạn %1 ngày"), str(-left))
                colour = "#c62828"
            else:
                state = fill(self.tr("còn %1 ngày"), str(left))
                colour = "#ef8f00" if left <= 14 else "#333"
            for col, text in enumerate((tr_label(x.title), format_date_short(x.due_on), state)):
                item = QTableWidgetItem(text)
                if col == 2:
                    item.setForeground(QBrush(QColor(colour)))
                self.deadlines.setItem(row, col, item)
        self.deadlines.resizeColumnToContents(1)
        self.deadlines.resizeColumnToContents(2)

    @staticmethod
    def _fill(widget: QListWidget, items, box: QGroupBox, title: str) -> None:
        widget.clear()
        for c in items:
            entry = QListWidgetItem(f"{c.code}  {c.short_title}")
            entry.setData(Qt.ItemDataRole.UserRole, c.code)
            entry.setToolTip(describe(c.reason))
            widget.addItem(entry)
        box.setTitle(f"{title} ({len(items)})")
