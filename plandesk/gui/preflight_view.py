"""The pre-submission check screen (Kiểm tra hồ sơ trước khi trình): everything a reviewer
would send back, criterion by criterion, then for the dossier, each with its severity; a
double click (or Enter) takes the officer to the place to fix it — the criterion, the
evidence document, the document and its number or meeting, the council, the settings.

The check itself is services/preflight.py (the same as ``plandesk preflight``); this screen
runs it off the GUI thread and shows the result. ``install(window)`` adds the screen to the
main window with its menu entry, so the main window needs one line."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from plandesk.domain.messages import fill

from . import messages
from .context import AppContext

TARGET_ROLE = Qt.ItemDataRole.UserRole + 1

_COLOURS = {"loi": QColor("#c62828"), "luu_y": QColor("#8d6e00")}


class PreflightView(QWidget):
    """The findings in a tree: one branch per criterion, one for the dossier as a whole."""

    go_to = Signal(str, str)     # target kind, key (see services/preflight.Target)

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.report = None
        self.summary = QLabel(self.tr("Bấm “Kiểm tra” để xem những gì nơi thẩm định sẽ yêu cầu bổ sung."))
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Nội dung"), self.tr("Mức")])
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setAccessibleName(self.tr("Kết quả kiểm tra hồ sơ"))
        self.tree.header().setStretchLastSection(False)
        self.tree.header().resizeSection(0, 720)
        self.tree.itemActivated.connect(self._activated)
        self.check_button = QPushButton(self.tr("&Kiểm tra"))
        self.check_button.clicked.connect(self.reload)
        self.fix_button = QPushButton(self.tr("Đến &chỗ cần sửa"))
        self.fix_button.clicked.connect(lambda: self._activated(self.tree.currentItem(), 0))
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.fix_button)
        buttons.addStretch()
        note = QLabel(self.tr("Lỗi: nơi thẩm định sẽ trả hồ sơ; lưu ý: nên xem lại. Nhấp đúp một dòng để đến chỗ sửa. "
                              "Chốt hồ sơ để nộp sẽ kiểm tra lại."))
        note.setStyleSheet("color: #555")
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(note)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)

    def reload(self) -> None:
        if self.ctx.dossier_id is None:
            return
        dossier_id = self.ctx.dossier_id
        services = self.ctx.services
        self.summary.setText(self.tr("Đang kiểm tra hồ sơ…"))

        def failed(exc: BaseException) -> None:
            self.summary.setText(fill(self.tr("Không kiểm tra được: %1"), messages.describe(exc)))

        def shown(report) -> None:
            if self.ctx.dossier_id == dossier_id:   # not a report of the dossier closed meanwhile
                self.show_report(report)

        # a read, after any save still out (same lane): the check sees what was just typed
        self.ctx.runner.query(lambda: check(services, dossier_id), shown, failed)

    def show_report(self, report) -> None:
        from plandesk.services.preflight import SEVERITY

        self.report = report
        self.tree.clear()
        groups = report.by_criterion()
        for code in [c for c in groups if c] + ([""] if "" in groups else []):
            title = fill(self.tr("Tiêu chí %1"), code) if code else self.tr("Hồ sơ")
            branch = QTreeWidgetItem([title, ""])
            if code:   # item data as plain text: Python objects and None in a QVariant have crashed PySide6
                branch.setData(0, TARGET_ROLE, f"criterion\t{code}")
            font = branch.font(0)
            font.setBold(True)
            branch.setFont(0, font)
            self.tree.addTopLevelItem(branch)
            for finding in groups[code]:
                text = messages.describe(finding.text)
                item = QTreeWidgetItem([text, messages.describe(SEVERITY[finding.severity])])
                item.setData(0, TARGET_ROLE, f"{finding.target.kind}\t{finding.target.key}")
                item.setToolTip(0, text)
                item.setForeground(1, QBrush(_COLOURS.get(finding.severity, QColor("black"))))
                branch.addChild(item)
            branch.setExpanded(True)
        if report.ok:
            text = fill(self.tr("Không có lỗi: hồ sơ có thể trình. %1 lưu ý."), str(len(report.notes)))
        else:
            text = (fill(self.tr("%1 lỗi cần sửa trước khi trình, %2 lưu ý."),
                         str(len(report.errors)), str(len(report.notes))))
        self.summary.setText(text)

    def _activated(self, item, _column=0) -> None:
        if item is None:
            return
        target = item_target(item)
        if target:
            self.go_to.emit(*target)


def item_target(item) -> tuple[str, str] | None:
    """The place to fix a finding's item (kind, key), kept in the item as "kind<TAB>key"."""
    data = item.data(0, TARGET_ROLE)
    if isinstance(data, str) and "\t" in data:
        kind, _, key = data.partition("\t")
        return kind, key
    return None


def install(window) -> PreflightView:
    """Add the screen to the main window (the last tab, so the other screens keep their
    Ctrl+number) and take the officer to the place of a finding."""
    view = PreflightView(window.ctx)
    window.preflight_view = view
    window.tabs.addTab(view, QCoreApplication.translate("PreflightView", "Kiểm tra hồ sơ"))
    window.ctx.signals.dossier_opened.connect(lambda _id: view.tree.clear())

    def go_to(kind: str, key: str) -> None:
        if kind == "criterion" and key:
            window.select_criterion(key)
        elif kind == "evidence":
            window.tabs.setCurrentWidget(window.documents)
            model = window.documents.model
            for row in range(model.rowCount()):
                if str(model.row(row).id) == key:
                    window.documents.table.selectRow(row)
                    break
        elif kind in ("document", "meeting"):
            doc = key if kind == "document" else "bien-ban"
            view_ = window.documents_view
            window.tabs.setCurrentWidget(view_)
            position = view_.chooser.findData(doc)
            if position >= 0:
                view_.chooser.setCurrentIndex(position)
        elif kind == "council":
            window.tabs.setCurrentWidget(window.council)
        elif kind == "settings":
            window.tabs.setCurrentWidget(window.settings_view)

    view.go_to.connect(go_to)
    window.tabs.currentChanged.connect(lambda _i: view.reload() if window.tabs.currentWidget() is view else None)
    return view


def check(services, dossier_id: int):
    """The pre-submission check (task work: off the GUI thread)."""
    return services.preflight.check(dossier_id)


def finalise_warning(window, report) -> str:
    """Finalising runs the pre-submission check first (``check``, off the GUI thread): what it
    found, for the confirmation (the screen shows the details); "" when nothing blocks the
    submission."""
    view = getattr(window, "preflight_view", None)
    if view is not None:
        view.show_report(report)
    if report.ok:
        return ""
    shown = "\n".join(f"- {messages.describe(f.text)}" for f in report.errors[:6])
    more = "\n…" if len(report.errors) > 6 else ""
    found = QCoreApplication.translate("PreflightView",
                                       "Kiểm tra hồ sơ trước khi trình thấy %1 lỗi (xem màn hình “Kiểm tra hồ sơ”):")
    go_on = QCoreApplication.translate("PreflightView", "Vẫn chốt hồ sơ dù còn lỗi?")
    return fill(found, str(len(report.errors))) + "\n" + shown + more + "\n" + go_on
