"""The main window: the checklist on the left (filter, accent-insensitive search, drop files
on a criterion), and the screens on the right: overview, criterion, evidence, council,
settings, history. It holds no business logic: it calls the services and listens to the
app-level signals."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QRect, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from plandesk.domain.messages import fill, msg
from plandesk.domain.text import format_size, safe_file_name
from plandesk.services.database import SERVER_BACKUPS_CODE
from plandesk.services.transfer import WrongPassphraseError
from plandesk.services.workspace import LOCAL, REMOVABLE
from plandesk.settings import choose_workspace, platform_data_dir

from . import messages
from .about import AboutDialog
from .access import AccessActions, sign_in_if_needed
from .backup_dialogs import BackupPicker
from .context import AppContext
from .council_view import CouncilView
from .criterion_view import CriterionView
from .dashboard import Dashboard
from .dialogs import DossierPicker, NewDossierDialog
from .documents_view import DocumentsView
from .evidence_panel import EvidencePanel, attach_files, dropped_files
from .history_view import HistoryView
from .labels import tr_label
from .models.criteria import CODE_ROLE, COL_CODE, COL_EVIDENCE, COL_SUGGESTION, COL_TITLE, CriteriaFilter, CriteriaModel
from .rollup_view import RollupView
from .settings_view import SettingsView
from .spreadsheet_actions import export_sheet, import_sheet
from .transfer_dialogs import ImportDialog, PackDialog, PassphraseDialog

FILTER_LABELS = (("all", "Tất cả tiêu chí"), ("not_met", "Chưa đạt"), ("no_evidence", "Chưa có minh chứng"),
                 ("disagree", "Kết luận khác gợi ý"), ("overdue", "Quá thời hạn"),
                 ("review", "Được yêu cầu bổ sung"))


class ChecklistTree(QTreeView):
    """The criteria tree; files dropped on a criterion are attached to it."""

    files_dropped = Signal(str, list)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)

    def _code_at(self, event) -> str | None:
        index = self.indexAt(event.position().toPoint())
        return index.siblingAtColumn(0).data(CODE_ROLE) if index.isValid() else None

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        if event.mimeData().hasUrls() and self._code_at(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:  # noqa: N802
        code = self._code_at(event)
        files = dropped_files(event.mimeData())
        if code and files:
            event.acceptProposedAction()
            self.files_dropped.emit(code, files)


class WrappedTitles(QStyledItemDelegate):
    """Criterion titles wrapped on as many lines as the title column needs (whole, not cut)."""

    def __init__(self, tree: QTreeView):
        super().__init__(tree)
        self.tree = tree

    def sizeHint(self, option, index):  # noqa: N802 - Qt's name
        size = super().sizeHint(option, index)
        if index.column() != COL_TITLE:
            return size
        width = max(60, self.tree.columnWidth(COL_TITLE) - 10)
        text = index.data() or ""
        needed = option.fontMetrics.boundingRect(QRect(0, 0, width, 10_000),
                                                 int(Qt.TextFlag.TextWordWrap), text).height()
        return QSize(size.width(), max(size.height(), needed + 6))


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext):
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle("PlanDesk")
        self.model = CriteriaModel(self)
        self.proxy = CriteriaFilter(self)
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Tìm tiêu chí (gõ không dấu cũng được)…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Tìm tiêu chí"))
        self.search.textChanged.connect(self._search_changed)
        self.filter = QComboBox()
        for key, label in FILTER_LABELS:
            self.filter.addItem(tr_label(label), key)
        self.filter.setAccessibleName(self.tr("Lọc tiêu chí"))
        self.filter.currentIndexChanged.connect(self._filter_changed)
        self.tree = ChecklistTree()
        self.tree.setModel(self.proxy)
        self.tree.setAlternatingRowColors(True)
        self.tree.setAccessibleName(self.tr("Danh sách tiêu chí"))
        # the full short title of each criterion, on two lines where needed (not cut after
        # 20 characters): the suggestion is an icon, its text in the tooltip
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        self.tree.setItemDelegate(WrappedTitles(self.tree))
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(24)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_CODE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_SUGGESTION, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(COL_EVIDENCE, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(COL_SUGGESTION, 28)
        header.sectionResized.connect(lambda column, _old, _new: self.tree.doItemsLayout()
                                      if column == COL_TITLE else None)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        # a click, a double click or Enter on a criterion opens it (not only Ctrl+2)
        self.tree.clicked.connect(self._open_clicked)
        self.tree.activated.connect(self._open_clicked)
        self._quiet_selection = False  # a selection made by the program, not the officer
        self.tree.files_dropped.connect(lambda code, files: attach_files(self.ctx, self, code, files))
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(6, 6, 0, 6)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.filter)
        left_layout.addWidget(self.tree)

        self.dashboard = Dashboard(ctx)
        self.dashboard.criterion_requested.connect(self.select_criterion)
        self.criterion = CriterionView(ctx)
        self.documents = EvidencePanel(ctx, all_documents=True)
        self.documents_view = DocumentsView(ctx)
        self.council = CouncilView(ctx)
        self.settings_view = SettingsView(ctx)
        self.history = HistoryView(ctx)
        self.rollup = RollupView(ctx)
        self.rollup.dossier_requested.connect(lambda dossier_id: self.open_dossier(dossier_id, read_only=True))
        self.tabs = QTabWidget()
        self.tabs.addTab(self.dashboard, self.tr("Tổng quan"))
        self.tabs.addTab(self.criterion, self.tr("Tiêu chí"))
        self.tabs.addTab(self.documents, self.tr("Minh chứng"))
        self.tabs.addTab(self.documents_view, self.tr("Văn bản"))
        self.tabs.addTab(self.council, self.tr("Hội đồng"))
        self.tabs.addTab(self.settings_view, self.tr("Thiết lập"))
        self.tabs.addTab(self.history, self.tr("Lịch sử"))
        self.tabs.addTab(self.rollup, self.tr("Tổng hợp các xã"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self._stale: set[QWidget] = set()  # screens to read again when next shown
        from .preflight_view import install as install_preflight  # the pre-submission check screen

        install_preflight(self)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        left.setMinimumWidth(300)
        self.splitter.setSizes([430, 930])
        self.banner = QWidget()
        self.banner.setStyleSheet("background: #fff4cc")
        banner_layout = QHBoxLayout(self.banner)
        self.banner_text = QLabel()
        self.banner_text.setWordWrap(True)
        self.banner_allow = QPushButton(self.tr("Cho phép sửa hồ sơ này"))
        self.banner_allow.clicked.connect(self._allow_editing)
        banner_layout.addWidget(self.banner_text, 1)
        banner_layout.addWidget(self.banner_allow)
        self.banner.hide()
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.addWidget(self.banner)
        central_layout.addWidget(self.splitter, 1)
        self.loading = QLabel(self.tr("Đang mở hồ sơ…"))  # while the dossier opens at start
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.loading.setStyleSheet("font-size: 15pt; color: #444")
        self.loading.hide()
        central_layout.addWidget(self.loading, 1)
        self.setCentralWidget(central)

        self.workspace_label = QLabel()
        self.workspace_label.setMaximumWidth(420)
        self.save_label = QLabel()
        self.statusBar().addPermanentWidget(self.save_label)
        self.statusBar().addPermanentWidget(self.workspace_label)
        self._show_workspace()
        self._write_refused = False
        ctx.signals.saving.connect(self._saving)
        ctx.runner.write_failed.connect(self._write_failed)
        ctx.signals.save_refused.connect(self._save_refused)
        ctx.signals.role_changed.connect(self._show_role)
        ctx.signals.assessment_changed.connect(self._assessment_changed)
        ctx.signals.evidence_changed.connect(self._evidence_changed)
        self.access = AccessActions(self, ctx)
        self._build_menus()
        self._restore_layout()

    # -- menus -----------------------------------------------------------------------------
    def _action(self, menu, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcuts(shortcut if isinstance(shortcut, list) else [shortcut])
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file = bar.addMenu(self.tr("&Tệp"))
        self._action(file, self.tr("Hồ sơ &mới…"), self.new_dossier, QKeySequence.StandardKey.New)
        self._action(file, self.tr("&Mở hồ sơ…"), self.pick_dossier, QKeySequence.StandardKey.Open)
        self._action(file, self.tr("Hồ sơ năm &sau từ hồ sơ này…"), self.next_year)
        file.addSeparator()
        self._action(file, self.tr("&Xuất gói hồ sơ (USB)…"), self.export_package,
                     QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_E))
        self._action(file, self.tr("&Nhập gói hồ sơ…"), self.import_package,
                     QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_I))
        self.review_action = self._action(file, self.tr("Xuất gói ý &kiến thẩm định…"), self.export_review_package)
        file.addSeparator()
        self._action(file, self.tr("&Sao lưu đầy đủ (ra USB, ổ khác)…"), self.full_backup)
        self._action(file, self.tr("&Khôi phục từ bản sao lưu…"), self.restore_backup)
        file.addSeparator()
        self._action(file, self.tr("Xem thư mục &làm việc"), self.open_workspace_folder)
        if self.ctx.reopen is not None:
            self._action(file, self.tr("Mở thư mục làm việc &khác…"), self.choose_workspace)
            self._action(file, self.tr("&Chuyển thư mục làm việc sang…"), self.move_workspace)
        file.addSeparator()
        self._action(file, self.tr("&Thoát"), self.close, QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Q))
        self.access.install_dossier_menu(bar)
        criteria = bar.addMenu(self.tr("Tiêu &chí"))
        self._action(criteria, self.tr("Tiêu chí &trước"), lambda: self.step(-1),
                     [QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_PageUp),
                      QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Up)])
        self._action(criteria, self.tr("Tiêu chí &sau"), lambda: self.step(1),
                     [QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_PageDown),
                      QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Down)])
        self._action(criteria, self.tr("Đính &kèm tệp…"), self._attach_current,
                     QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_A))
        self._action(criteria, self.tr("&Tìm tiêu chí"), self._focus_search, QKeySequence.StandardKey.Find)
        criteria.addSeparator()
        self._action(criteria, self.tr("Nhập bảng &phân công từ Excel…"),
                     lambda: import_sheet(self.ctx, self, "phan-cong"))
        self._action(criteria, self.tr("Xuất bảng phân công ra &Excel…"),
                     lambda: export_sheet(self.ctx, self, "phan-cong"))
        view = bar.addMenu(self.tr("&Xem"))
        self.view_actions = [self._action(view, self.tabs.tabText(i), lambda _=False, i=i: self.tabs.setCurrentIndex(i),
                                          QKeySequence(f"Ctrl+{i + 1}")) for i in range(self.tabs.count())]
        self.access.install_account_menu(bar)
        help_menu = bar.addMenu(self.tr("T&rợ giúp"))
        self._action(help_menu, self.tr("&Hướng dẫn sử dụng"), self.show_help, QKeySequence.StandardKey.HelpContents)
        help_menu.addSeparator()
        self._action(help_menu, self.tr("&Giới thiệu PlanDesk"), self.about)
        self._show_role()

    # -- dossiers --------------------------------------------------------------------------
    def show_loading(self) -> None:
        """The "opening the dossier" state shown until start() has opened it."""
        self.splitter.hide()
        self.loading.show()

    def _hide_loading(self) -> None:
        if not self.loading.isHidden():
            self.loading.hide()
            self.splitter.show()

    def start(self) -> None:
        """After the window is shown: reopen the last dossier, or offer to create one (the
        dossiers are read off the GUI thread; the window shows "opening" meanwhile)."""
        self._warn_if_removable()
        warning = self.ctx.services.folder.backup_warning
        if warning:
            self.statusBar().showMessage(fill(self.tr("Chưa sao lưu tự động được: %1"), messages.describe(warning)),
                                         20000)
        note = self.ctx.services.folder.upgrade_note
        if note:  # a shared server's schema was upgraded just now: its own backups are the ones to use
            self.statusBar().showMessage(messages.describe(note), 20000)
        last = self.ctx.last_dossier()
        dossiers = self.ctx.services.dossiers

        def read():
            listed = dossiers.list_dossiers()
            units = len({(d.unit.name, d.unit.district, d.unit.province) for d in listed})
            if last is not None and any(d.id == last for d in listed):  # removed since, or another workspace's
                return "open", last, listed, units
            if len(listed) == 1:
                return "open", listed[0].id, listed, units
            return "pick", None, listed, units

        def chosen(answer) -> None:
            action, dossier_id, listed, units = answer
            self.ctx.several_units = units > 1
            self.ctx.signals.role_changed.emit()
            if action == "open":
                self.open_dossier(dossier_id)
            else:
                self._hide_loading()
                self._pick_from(listed)

        def failed(exc: BaseException) -> None:
            self._hide_loading()
            self._service_failed(exc)

        self.ctx.runner.query(read, chosen, failed)

    def open_dossier(self, dossier_id: int, read_only: bool = False, then=None) -> None:
        """Open a dossier: its state is read off the GUI thread (after any save still out),
        then every screen shows it; ``then()`` runs once it is shown."""
        self.criterion.flush()
        self.documents_view.flush()
        services = self.ctx.services
        self.ctx.runner.query(lambda: services.dossiers.status(dossier_id),
                              lambda status: self._show_dossier(status, read_only, then), self._open_failed)

    def _open_failed(self, exc: BaseException) -> None:
        self._hide_loading()
        self._service_failed(exc)

    def _show_dossier(self, status, read_only: bool, then=None) -> None:
        d = status.dossier
        dossier_id = d.id
        self.ctx.dossier_id = dossier_id
        self.ctx.dossier = d
        self.ctx.read_only = read_only
        self.model.load(status)
        self.tree.expandAll()
        self.setWindowTitle(fill(self.tr("%1 — năm %2 — PlanDesk"), d.unit.display_name, str(d.year)))
        self.ctx.remember_dossier(dossier_id)
        self.criterion.code = None
        self.criterion.forget_units()
        self.dashboard.show_status(status)
        # the dossier's whole evidence list and the document texts are read when their tab is
        # shown (the Văn bản tab reloads itself then anyway), not at every opening
        self._stale = {self.documents}
        if self.tabs.currentWidget() is self.documents:
            self._stale.clear()
            self.documents.reload()
        elif self.tabs.currentWidget() is self.documents_view:
            self.documents_view.reload()
        self.council.reload()
        self.settings_view.reload()
        self.history.reload()
        self.banner.setVisible(read_only)
        if read_only:
            self.banner_text.setText(fill(
                self.tr("Đang xem hồ sơ %1 năm %2 để thẩm định: chỉ ghi được ý kiến thẩm định "
                        "(Tiêu chí → Ý kiến thẩm định), rồi gửi lại xã bằng Tệp → Xuất gói ý kiến "
                        "thẩm định."), d.unit.display_name, d.year))
        codes = self.ctx.codes = self.model.codes()
        if codes:
            self.criterion.code = None
            self.select_criterion(codes[0], switch_tab=read_only)
        self.criterion.apply_read_only()
        self._hide_loading()
        self.ctx.signals.dossier_opened.emit(dossier_id)
        if then is not None:
            then()

    def pick_dossier(self) -> None:
        self.ctx.runner.query(self.ctx.services.dossiers.list_dossiers, self._pick_from, self._service_failed)

    def _pick_from(self, dossiers) -> None:
        choice = DossierPicker.ask(self, dossiers)
        if choice is None:
            return
        action, dossier_id = choice
        if action == "open":
            self.open_dossier(dossier_id)
        elif action == "new":
            self.new_dossier()
        elif action == "next_year":
            self.next_year(dossier_id)
        elif action == "demo":
            from plandesk.services.demo import create_demo  # reportlab: loads when a sample is asked for

            services = self.ctx.services
            self.run_service(lambda: create_demo(services), lambda r: self.open_dossier(r[0].id),
                             self.tr("Đang tạo hồ sơ mẫu…"))

    def _frameworks(self, only: str | None = None) -> list[tuple[str, str]]:
        services = self.ctx.services
        return [(f.id, f"{f.short_title} ({f.version})") for f in services.frameworks.current()
                if only is None or f.id == only]

    def new_dossier(self) -> None:
        def ask(frameworks) -> None:
            value = NewDossierDialog.ask(self, frameworks)
            if value is not None:
                self._create(value)

        self.ctx.runner.query(self._frameworks, ask, self._service_failed)

    def _create(self, value: dict, from_dossier: int | None = None) -> None:
        services = self.ctx.services

        def created(info) -> None:
            self.open_dossier(info.id, then=lambda: self.tabs.setCurrentWidget(self.dashboard))

        self.ctx.runner.run(lambda _r, _c: services.dossiers.create(
            value["unit"], value["year"], value["framework_id"], from_dossier=from_dossier,
            approving_body=value.get("approving_body") or None), created, self._service_failed)

    def next_year(self, dossier_id: int | None = None) -> None:
        source = dossier_id or self.ctx.dossier_id
        if source is None:
            return
        services = self.ctx.services

        def read():
            info = services.dossiers.info(source)
            return info, services.dossiers.settings(source).approving_body, self._frameworks(info.framework_id)

        def ask(answer) -> None:
            info, approving_body, frameworks = answer
            initial = {"name": info.unit.name, "code": info.unit.code, "district": info.unit.district,
                       "province": info.unit.province, "year": info.year + 1, "approving_body": approving_body}
            value = NewDossierDialog.ask(self, frameworks, initial)
            if value is not None:
                self._create(value, from_dossier=source)

        self.ctx.runner.query(read, ask, self._service_failed)

    def run_service(self, call, on_done, title: str) -> None:
        self.ctx.runner.run(lambda _r, _c: call(), on_done, self._service_failed, title=title, parent=self)

    # -- navigation ------------------------------------------------------------------------
    def select_criterion(self, code: str, switch_tab: bool = True) -> None:
        source = self.model.index_of(code)
        index = self.proxy.mapFromSource(source)
        if not index.isValid():  # hidden by the filter or search: show everything again
            self.search.clear()
            self.filter.setCurrentIndex(0)
            index = self.proxy.mapFromSource(source)
        self._quiet_selection = not switch_tab
        try:
            self.tree.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        finally:
            self._quiet_selection = False
        self.tree.scrollTo(index)
        if switch_tab:
            self.tabs.setCurrentWidget(self.criterion)

    def step(self, delta: int) -> None:
        visible = []
        for g in range(self.proxy.rowCount()):
            group = self.proxy.index(g, 0)
            visible.extend(self.proxy.index(r, 0, group).data(CODE_ROLE) for r in range(self.proxy.rowCount(group)))
        if not visible:
            return
        current = self.criterion.code
        i = visible.index(current) + delta if current in visible else 0
        self.select_criterion(visible[max(0, min(len(visible) - 1, i))])

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        code = current.siblingAtColumn(0).data(CODE_ROLE) if current.isValid() else None
        if code:
            self.criterion.show_criterion(code)
            if not self._quiet_selection and self.tree.hasFocus():  # the officer moved in the checklist
                self.tabs.setCurrentWidget(self.criterion)

    def _open_clicked(self, index: QModelIndex) -> None:
        code = index.siblingAtColumn(0).data(CODE_ROLE) if index.isValid() else None
        if code:
            self.criterion.show_criterion(code)
            self.tabs.setCurrentWidget(self.criterion)

    def _search_changed(self, text: str) -> None:
        self.proxy.set_search(text)
        self.tree.expandAll()
        self._follow_filter()

    def _filter_changed(self) -> None:
        self.proxy.set_mode(self.filter.currentData())
        self.tree.expandAll()
        self._follow_filter()

    def _follow_filter(self) -> None:
        """The form never shows a criterion the checklist hides: when the search or filter hides
        the current one, the first criterion shown is opened instead."""
        current = self.criterion.code
        if current is None or self.proxy.mapFromSource(self.model.index_of(current)).isValid():
            return
        for g in range(self.proxy.rowCount()):
            group = self.proxy.index(g, 0)
            if self.proxy.rowCount(group):
                self.select_criterion(self.proxy.index(0, 0, group).data(CODE_ROLE), switch_tab=False)
                return

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _attach_current(self) -> None:
        self.tabs.setCurrentWidget(self.criterion)
        self.criterion.evidence.choose_files()

    def _tab_changed(self, _index: int) -> None:
        widget = self.tabs.currentWidget()
        if widget in self._stale:
            self._stale.discard(widget)
            widget.reload()
        if widget is self.history:
            self.history.reload()
        elif widget is self.documents_view:
            self.documents_view.reload()
        elif widget is self.rollup:
            self.rollup.reload()

    # -- reacting to changes ---------------------------------------------------------------
    def _assessment_changed(self, code: str) -> None:
        dossier_id = self.ctx.dossier_id
        if dossier_id is None:
            return
        dossiers = self.ctx.services.dossiers

        def shown(info) -> None:
            if self.ctx.dossier_id != dossier_id:
                return
            self.model.update(info)
            if code == self.criterion.code and not self.criterion.has_unsaved():
                self.criterion.show_info(info)

        self.ctx.runner.query(lambda: dossiers.assessment(dossier_id, code), shown, self._service_failed)

    def _evidence_changed(self) -> None:
        dossier_id = self.ctx.dossier_id
        if dossier_id is None:
            return
        dossiers = self.ctx.services.dossiers

        def counted(status) -> None:
            if self.ctx.dossier_id != dossier_id:
                return
            for info in status.criteria:
                current = self.model.assessment(info.code)
                if current is not None and current.evidence_count != info.evidence_count:
                    self.model.update(info)

        self.ctx.runner.query(lambda: dossiers.status(dossier_id), counted, self._service_failed)

    # -- packages ---------------------------------------------------------------------------
    def export_package(self) -> None:
        dossier_id = self.ctx.dossier_id
        if dossier_id is None:
            return
        self.criterion.flush()
        info = self.ctx.dossier
        name = safe_file_name(f"{info.unit.name} {info.year}").replace(" ", "-") + ".plandesk"
        choice = PackDialog.ask(self, Path.home() / name)
        if choice is None:
            return
        services = self.ctx.services

        def work(report, is_cancelled):   # the same use case as `plandesk pack`: the same package
            return services.transfer.pack(dossier_id, choice["path"], passphrase=choice["passphrase"],
                                          with_documents=choice["documents"], report=report,
                                          is_cancelled=is_cancelled)

        def done(result) -> None:
            size = format_size(result.size)
            where = ", ".join(str(p) for p in result.paths)
            # what the officer counts: the dossier's evidence documents (not every entry written)
            what = fill(self.tr("%1 tài liệu minh chứng"), str(result.evidence))
            if result.documents:
                what += fill(self.tr(", %1 văn bản PDF"), str(result.documents))
            text = (fill(self.tr("Đã ghi gói hồ sơ: %1\n%2, %3%4.\nMã nộp: %5"),
                         where, what, size, self.tr(", mã hóa") if result.encrypted else "", result.submission_id))
            if result.notes:   # a document the dossier's state does not allow yet (e.g. the tờ trình)
                shown = "\n".join(messages.describe(note) for note in result.notes)
                text += "\n\n" + self.tr("Không đưa được vào gói:") + "\n" + shown
            messages.show_info(self, text, self.tr("Xuất gói hồ sơ"))

        self.ctx.runner.run(work, done, self._service_failed, title=self.tr("Đang ghi gói hồ sơ…"), parent=self,
                            cancellable=True)

    def export_review_package(self) -> None:
        dossier_id = self.ctx.dossier_id
        if dossier_id is None:
            return
        self.criterion.flush()
        info = self.ctx.dossier
        name = safe_file_name(f"tham-dinh {info.unit.name} {info.year}").replace(" ", "-") + ".plandesk"
        choice = PackDialog.ask(self, Path.home() / name, review=True)
        if choice is None:
            return
        services = self.ctx.services

        def done(result) -> None:
            messages.show_info(self, fill(self.tr("Đã ghi gói ý kiến thẩm định: %1\nGửi gói này cho %2; xã nhập gói "
                                                  "để xem ý kiến bên cạnh từng tiêu chí."),
                                          ", ".join(str(p) for p in result.paths), info.unit.display_name),
                self.tr("Xuất gói ý kiến thẩm định"))

        self.ctx.runner.run(lambda r, c: services.transfer.pack_review(
            dossier_id, choice["path"], passphrase=choice["passphrase"]),
            done, self._service_failed, title=self.tr("Đang ghi gói ý kiến thẩm định…"), parent=self, cancellable=True)

    # -- backups ----------------------------------------------------------------------------
    def _refused_on_server(self, what: str) -> bool:
        """True (after saying why) when the workspace's database is on a shared server."""
        if not self.ctx.services.folder.shared:
            return False
        messages.show_error(self, fill(self.tr("Không thể %1 khi cơ sở dữ liệu nằm trên máy chủ dùng chung.\n\n%2"),
                                       what, messages.describe(msg(SERVER_BACKUPS_CODE))),
                            self.tr("Cơ sở dữ liệu dùng chung"))
        return True

    def full_backup(self) -> None:
        if self._refused_on_server(self.tr("sao lưu đầy đủ")):
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Chọn nơi ghi bản sao lưu (USB hoặc ổ đĩa khác)"),
                                                  str(Path.home()))
        if not folder:
            return
        self.criterion.flush()
        services = self.ctx.services

        def done(written) -> None:
            size = format_size(written.size)
            text = fill(self.tr("Đã sao lưu vào %1 (%2, %3 tệp minh chứng, đã kiểm tra lại)."),
                        str(written.path), size, str(written.files))
            notes = [messages.describe(note) for note in written.notes]
            messages.show_info(self, "\n\n".join([text, *notes]), self.tr("Sao lưu đầy đủ"))

        self.ctx.runner.run(lambda r, _c: services.backup.full_backup(Path(folder), report=r), done,
                            self._service_failed, title=self.tr("Đang sao lưu…"), parent=self)

    def restore_backup(self) -> None:
        if self._refused_on_server(self.tr("khôi phục từ bản sao lưu")):
            return
        services = self.ctx.services

        def picked(entries) -> None:
            path = BackupPicker.ask(self, entries)
            if path is None:
                return
            self.criterion.flush()
            self.ctx.runner.run(lambda _r, _c: services.backup.describe(path), lambda c: described(path, c),
                                self._service_failed, title=self.tr("Đang kiểm tra bản sao lưu…"), parent=self)

        def described(path, contents) -> None:
            if contents.newer:
                messages.show_error(self, self.tr("Bản sao lưu do PlanDesk mới hơn tạo ra; hãy cập nhật PlanDesk."))
                return
            if not messages.confirm(self, contents.summary + "\n\n" + self.tr(
                    "Khôi phục bản sao lưu này? Dữ liệu hiện tại được giữ lại trong thư mục backups/ trước khi "
                    "khôi phục."), self.tr("Khôi phục từ bản sao lưu")):
                return
            self.ctx.runner.run(lambda r, _c: services.backup.restore(path, report=r), restored,
                                self._service_failed, title=self.tr("Đang khôi phục…"), parent=self)

        def restored(result) -> None:
            notes = "\n".join(result.notes)
            messages.show_info(self, fill(self.tr("Đã khôi phục từ %1. Dữ liệu trước đó được giữ tại %2."),
                                          str(result.source), str(result.kept_aside)) + ("\n" + notes if notes else ""),
                self.tr("Khôi phục từ bản sao lưu"))
            self.ctx.dossier_id = None
            self.ctx.dossier = None
            self.model.load(None)
            self.start()

        self.ctx.runner.query(services.backup.list_backups, picked, self._service_failed)

    def _allow_editing(self) -> None:
        self.ctx.read_only = False
        self.banner.hide()
        self.criterion.apply_read_only()

    def import_package(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Chọn gói hồ sơ"), str(Path.home()),
                                              self.tr("Gói PlanDesk (*.plandesk *.plandesk.001);;Mọi tệp (*)"))
        if name:
            self.import_package_file(Path(name))

    def import_package_file(self, path: Path, passphrase: str | None = None, again: bool = False) -> None:
        services = self.ctx.services
        if passphrase is None:
            def asked(needed: bool) -> None:
                if not needed:
                    self._import_checked(path, None)
                    return
                typed = PassphraseDialog.ask(self, path.name, again)
                if typed is not None:
                    self._import_checked(path, typed)

            self.ctx.runner.query(lambda: services.transfer.needs_passphrase(path), asked, self._service_failed)
        else:
            self._import_checked(path, passphrase)

    def _import_checked(self, path: Path, passphrase: str | None) -> None:
        services = self.ctx.services

        def inspected(answer) -> None:
            report, framework_title = answer
            decisions = ImportDialog.ask(self, report, path.name, framework_title)
            if decisions is None:
                return
            self.ctx.runner.run(
                lambda r, c: services.transfer.unpack(path, passphrase=passphrase, decisions=decisions, report=r,
                                                      is_cancelled=c),
                imported, self._service_failed, title=self.tr("Đang nhập gói hồ sơ…"), parent=self, cancellable=True)

        def imported(report) -> None:
            counts = ", ".join(fill(self.tr("%1 mục %2"), str(n), label)
                               for label, n in report.counts.items() if n)
            messages.show_info(self, fill(self.tr("Đã nhập %1 năm %2 (%3)."),
                                          report.unit, str(report.year), counts), self.tr("Nhập gói hồ sơ"))
            if report.dossier_id is not None:
                self.open_dossier(report.dossier_id)
                # read the imported documents' text for search, quietly in the background
                dossier_id = report.dossier_id
                self.ctx.runner.run(lambda r, c: services.evidence_text.index_missing(dossier_id, r, c),
                                    lambda _n: None, lambda _e: None)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, WrongPassphraseError):
                self.import_package_file(path, None, again=True)
            else:
                self._service_failed(exc)

        def inspect(report, is_cancelled):
            found = services.transfer.inspect(path, passphrase=passphrase, report=report, is_cancelled=is_cancelled)
            framework_id = found.framework.split()[0] if found.framework else ""
            title = next((f.short_title for f in services.frameworks.available() if f.id == framework_id), "")
            return found, title

        self.ctx.runner.run(inspect, inspected, failed, title=self.tr("Đang kiểm tra gói hồ sơ…"), parent=self,
                            cancellable=True)

    def _service_failed(self, exc: BaseException) -> None:
        messages.show_service_failure(self, exc)

    # -- the workspace ----------------------------------------------------------------------
    def _warn_if_removable(self) -> None:
        folder = self.ctx.services.folder
        root, kind = folder.root, folder.storage_kind()
        key = f"removable_ok/{self.ctx.workspace_key}"
        if kind == LOCAL or self.ctx.reopen is None or self.ctx.settings.value(key) \
                or folder.shared:  # a shared folder is meant to be on the network
            return
        where = self.tr("ổ USB (ổ di động)") if kind == REMOVABLE else self.tr("ổ mạng")
        if messages.confirm(self, fill(self.tr(
                     "Thư mục làm việc %1 đang ở trên %2. Nếu ổ bị rút ra hoặc mất kết nối khi đang ghi, hồ sơ có thể "
                     "bị hỏng.\n\nChép sang máy này và làm việc trên bản sao? (Thư mục trên %2 được giữ nguyên.)"),
                                       str(root), where)):
            target = platform_data_dir()
            if target.exists() and any(target.iterdir()):
                target = target / f"ban-sao-{datetime.now():%Y%m%d-%H%M}"
            self._copy_and_switch(target)
        else:
            self.ctx.settings.setValue(key, True)

    def choose_workspace(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Chọn thư mục làm việc"),
                                                  str(self.ctx.services.folder.root.parent))
        if folder:
            self.switch_workspace(Path(folder))

    def move_workspace(self) -> None:
        if self._refused_on_server(self.tr("chuyển thư mục làm việc (hãy chép thư mục minh chứng và database.txt "
                                           "bằng tay; dữ liệu vẫn ở máy chủ)")):
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Chọn thư mục trống để chuyển thư mục làm việc sang"),
                                                  str(Path.home()))
        if folder:
            self._copy_and_switch(Path(folder))

    def _copy_and_switch(self, target: Path) -> None:
        folder = self.ctx.services.folder
        source = folder.root
        self.criterion.flush()

        def failed(exc: BaseException) -> None:
            messages.show_service_failure(self, exc)

        def switched() -> None:
            self.statusBar().showMessage(fill(self.tr("Đã chuyển thư mục làm việc sang %1; thư mục cũ %2 được giữ "
                                                      "nguyên."), str(target), str(source)),
                                         15000)

        self.ctx.runner.run(lambda report, cancelled: folder.move(target, report, cancelled),
                            lambda _result: self.switch_workspace(target, then=switched), failed,
                            title=self.tr("Đang chép thư mục làm việc…"), parent=self, cancellable=True)

    def switch_workspace(self, folder: Path, then=None) -> None:
        """Open another workspace folder in this window (off the GUI thread: it may need a
        migration), sign in if it asks for it, and remember it for next time; the current
        one stays open if anything goes wrong."""
        self.criterion.flush()
        self.documents_view.flush()
        reopen = self.ctx.reopen

        def open_it():
            services = reopen(folder)
            try:
                return services, services.accounts.sign_in_enabled()
            except BaseException:
                services.close()
                raise

        def opened(answer) -> None:
            services, sign_in = answer
            if not sign_in_if_needed(self, services, sign_in, self.ctx.runner):
                services.close()
                messages.show_error(self, self.tr("Chưa đăng nhập nên thư mục làm việc chưa được mở."),
                                    self.tr("Không mở được thư mục làm việc"))
                return
            self.ctx.runner.wait()  # nothing still reading the old workspace when it closes
            old, self.ctx.services = self.ctx.services, services
            old.close()
            choose_workspace(folder)
            self.ctx.dossier_id = None
            self.ctx.dossier = None
            self.criterion.code = None
            self.model.load(None)
            self._show_workspace()
            self.start()
            if then is not None:
                then()

        def failed(exc: BaseException) -> None:  # the folder cannot be a workspace: say why, keep the current one
            messages.show_failure(self, exc, self.tr("Không mở được thư mục làm việc"))

        self.ctx.runner.run(lambda _r, _c: open_it(), opened, failed,
                            title=self.tr("Đang mở thư mục làm việc…"), parent=self)

    def _show_workspace(self) -> None:
        workspace = self.ctx.services.folder
        text = fill(self.tr("Thư mục làm việc: %1"), str(workspace.root))
        if workspace.shared:  # the reviewers should see that they work on the office's shared data
            text += " — " + fill(self.tr("dữ liệu dùng chung trên %1"), workspace.database_label)
        self.workspace_label.setText(text)

    # -- saving, roles, help -----------------------------------------------------------------
    def _saving(self, busy: bool) -> None:
        """“Đang lưu…” while a write is out; “Đã lưu” only when every write of the stretch was
        taken and no refused change is still shown at its field."""
        if busy:
            self._write_refused = False
            self.save_label.setStyleSheet("")
            self.save_label.setText(self.tr("Đang lưu…"))
        elif self._write_refused or self.criterion.error.isVisible():
            self.save_label.setStyleSheet("color: #c62828; font-weight: bold")
            self.save_label.setText(self.tr("Chưa lưu — xem dòng chữ đỏ"))
        else:
            self.save_label.setStyleSheet("")
            self.save_label.setText(self.tr("Đã lưu"))

    def _write_failed(self, _exc: BaseException) -> None:
        self._write_refused = True

    def _save_refused(self, text: str) -> None:
        self._write_refused = True
        self.statusBar().showMessage(fill(self.tr("Chưa lưu: %1"), text), 30000)

    def _show_role(self) -> None:
        """The approving body's tools only on its PCs; the commune's window has none of them."""
        reviewer = self.ctx.reviewer
        index = self.tabs.indexOf(self.rollup)
        self.tabs.setTabVisible(index, reviewer)
        self.review_action.setVisible(reviewer)
        self.view_actions[index].setVisible(reviewer)
        if self.criterion.info is not None:
            self.criterion.apply_read_only()

    def show_help(self) -> None:
        from .help import HelpWindow

        HelpWindow.show_for(self)

    # -- the rest --------------------------------------------------------------------------
    def open_workspace_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.ctx.services.folder.root)))

    def about(self) -> None:
        AboutDialog.ask(self, str(self.ctx.services.folder.root))

    def _restore_layout(self) -> None:
        settings = self.ctx.settings
        geometry = settings.value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            screen = self.screen().availableGeometry()
            self.resize(min(1280, int(screen.width() * 0.92)), min(800, int(screen.height() * 0.92)))
            if screen.width() < 1600 or screen.height() < 900:  # a laptop: every pixel is needed
                self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
        state = settings.value("main/splitter")
        if state is not None:
            self.splitter.restoreState(state)

    def closeEvent(self, event) -> None:  # noqa: N802
        self.criterion.flush()
        self.documents_view.flush()
        self.settings_view.flush()
        self.ctx.runner.cancel_side()   # a preview or the warm-up is not worth waiting for
        self.ctx.runner.wait()
        settings = self.ctx.settings
        settings.setValue("main/geometry", self.saveGeometry())
        settings.setValue("main/splitter", self.splitter.saveState())
        super().closeEvent(event)

    def attach_paths(self, code: str, paths: list[Path]) -> None:
        """The path a drop takes (used by tests and by the tree's drop)."""
        attach_files(self.ctx, self, code, paths)
