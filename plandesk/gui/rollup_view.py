"""The reviewer's roll-up: communes × criteria for a year (met, not met, missing evidence,
undecided), counts per commune and per criterion, filters by district and result, sorting
by Vietnamese name, export to Excel, and opening a commune's dossier to review it."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from plandesk.domain.messages import fill
from plandesk.domain.text import vietnamese_sort_key
from plandesk.services import NotFound
from plandesk.services.rollup import CATEGORIES, CATEGORY_LABELS

from . import messages
from .context import AppContext
from .labels import tr_label
from .models.rollup import DOSSIER_ROLE, FIXED, RollupModel, RollupSort

RESULTS = (("tat_ca", QT_TRANSLATE_NOOP("labels", "Mọi xã")),
           ("dat_tat_ca", QT_TRANSLATE_NOOP("labels", "Xã đạt đủ tiêu chí")),
           ("chua_dat_tat_ca", QT_TRANSLATE_NOOP("labels", "Xã chưa đạt đủ")))


class RollupView(QWidget):
    dossier_requested = Signal(int)

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.year = QComboBox()
        self.year.setAccessibleName(self.tr("Năm"))
        self.district = QComboBox()
        self.district.setAccessibleName(self.tr("Huyện"))
        self.result = QComboBox()
        for key, label in RESULTS:
            self.result.addItem(tr_label(label), key)
        for box in (self.year, self.district, self.result):
            box.currentIndexChanged.connect(self.refresh)
        self.export_button = QPushButton(self.tr("Xuất &Excel…"))
        self.export_button.clicked.connect(self.export_xlsx)
        top = QHBoxLayout()
        for label, widget in ((self.tr("Năm:"), self.year), (self.tr("Huyện:"), self.district),
                              (self.tr("Kết quả:"), self.result)):
            top.addWidget(QLabel(label))
            top.addWidget(widget)
        top.addStretch()
        top.addWidget(self.export_button)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model = RollupModel(self)
        self.proxy = RollupSort(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.activated.connect(self._open)
        self.table.setAccessibleName(self.tr("Bảng tổng hợp các xã"))
        hint = QLabel(self.tr("Nhấn đúp hoặc Enter trên một xã để mở hồ sơ và ghi ý kiến thẩm định. "
                              "⚑: tiêu chí đã yêu cầu bổ sung."))
        hint.setStyleSheet("color: #555")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        self._loading = False

    def reload(self) -> None:
        """Fill the year list from the workspace and show the roll-up."""
        self.ctx.runner.query(self.ctx.services.rollup.years, self._show_years, self._failed)

    def _show_years(self, years: list[int]) -> None:
        self._loading = True
        current = self.year.currentData()
        self.year.clear()
        for year in years:
            self.year.addItem(str(year), year)
        if current is not None and self.year.findData(current) >= 0:
            self.year.setCurrentIndex(self.year.findData(current))
        self._loading = False
        self.refresh()

    def _failed(self, exc: BaseException) -> None:
        messages.show_service_failure(self, exc)

    def refresh(self) -> None:
        if self._loading:
            return
        year = self.year.currentData()
        if year is None:
            self.model.load(None)
            self.summary.setText(self.tr("Chưa có hồ sơ nào. Nhập các gói hồ sơ của các xã (Tệp → Nhập gói hồ sơ)."))
            return
        district = self.district.currentData() or None
        result = self.result.currentData()
        rollup_service = self.ctx.services.rollup

        def read():
            try:
                return rollup_service.rollup(year, district=district, result=result)
            except NotFound as exc:
                return exc

        self.ctx.runner.query(read, lambda answer: self._show(answer, district), self._failed)

    def _show(self, rollup, district) -> None:
        if isinstance(rollup, NotFound):
            self.model.load(None)
            self.summary.setText(str(rollup))
            return
        self.model.load(rollup)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        if district is None:
            self._fill_districts(sorted({r.unit.district for r in rollup.rows if r.unit.district},
                                        key=vietnamese_sort_key))
        totals = rollup.totals
        parts = ", ".join(f"{tr_label(CATEGORY_LABELS[c])} {totals.get(c, 0)}" for c in CATEGORIES)
        text = fill(self.tr("%1 xã; %2 xã đạt đủ %3 tiêu chí. Ô tiêu chí: %4."),
                    str(len(rollup.rows)), str(sum(r.all_met for r in rollup.rows)), str(len(rollup.criteria)), parts)
        if rollup.other_frameworks:
            text += " " + fill(self.tr("(%1 hồ sơ theo bộ tiêu chí khác không hiện ở đây.)"),
                               str(sum(rollup.other_frameworks.values())))
        self.summary.setText(text)
        for col in range(FIXED):
            self.table.resizeColumnToContents(col)
        for col in range(FIXED, self.model.columnCount()):
            self.table.setColumnWidth(col, 58)

    def _fill_districts(self, districts: list[str]) -> None:
        self._loading = True
        self.district.clear()
        self.district.addItem(self.tr("Mọi huyện"), "")
        for name in districts:
            self.district.addItem(name, name)
        self._loading = False

    def _open(self, index) -> None:
        dossier_id = index.data(DOSSIER_ROLE)
        if dossier_id is not None:
            self.dossier_requested.emit(int(dossier_id))

    def export_xlsx(self) -> None:
        if self.model.rollup is None:
            return
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Lưu bảng tổng hợp"),
                                              str(Path.home() / f"tong-hop-{self.model.rollup.year}.xlsx"),
                                              self.tr("Bảng tính Excel (*.xlsx)"))
        if not name:
            return
        rollup, service = self.model.rollup, self.ctx.services.rollup

        def written(path) -> None:
            window = self.window()
            if hasattr(window, "statusBar"):
                window.statusBar().showMessage(fill(self.tr("Đã ghi %1"), str(path)), 10000)

        self.ctx.runner.run(lambda _r, _c: service.write_xlsx(rollup, Path(name)), written, self._failed,
                            title=self.tr("Đang ghi bảng tổng hợp…"), parent=self)
