"""The evidence list of a criterion (or of the whole dossier): drop files from Explorer or
use the button; open, edit metadata, link to other criteria, unlink, remove."""
from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from plandesk.domain.messages import fill
from plandesk.domain.text import nfc
from plandesk.services import ServiceError
from plandesk.services.evidence_text import CONFIRMED, SUGGESTED

from . import messages
from .context import AppContext
from .dialogs import EvidenceDialog, LinkDialog
from .models.evidence import EvidenceModel


def search_html(hits, nothing: str, lacking: str = "%1") -> str:
    """Search results as links with the matching words in bold; a document found without every
    word (no document had them all) says which it lacks (``lacking``: the text, %1 the words)."""
    if not hits:
        return f"<p>{html.escape(nothing)}</p>"
    items = []
    for hit in hits:
        snippet, last = [], 0
        for start, end in hit.highlights:
            snippet.append(html.escape(hit.snippet[last:start]) + "<b>" + html.escape(hit.snippet[start:end]) + "</b>")
            last = end
        snippet.append(html.escape(hit.snippet[last:]))
        head = " — ".join(x for x in (hit.number, html.escape(hit.title or hit.original_name)) if x)
        used = ", ".join(hit.criteria)
        missing = (f"<br><small><i>{html.escape(fill(lacking, ', '.join(hit.missing)))}</i></small>"
                   if hit.missing else "")
        items.append(f"<p><a href='evidence:{hit.evidence_id}'>{head}</a> <small>({html.escape(used)})</small>"
                     f"<br><small>…{''.join(snippet)}…</small>{missing}</p>")
    return "".join(items)


def dropped_files(mime) -> list[Path]:
    """Local files (not folders) from a drag from Explorer."""
    if not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*") if p.is_file()))
        elif path.is_file():
            files.append(path)
    return files


class EvidencePanel(QWidget):
    """``code`` None shows every document of the dossier."""

    attached = Signal(str)
    loaded = Signal()          # the list was read again

    def __init__(self, ctx: AppContext, all_documents: bool = False, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.all_documents = all_documents
        self.code: str | None = None
        self.model = EvidenceModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in enumerate((110, 95, 150, 260, 180)):
            self.table.setColumnWidth(col, width)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.table.setAccessibleName(self.tr("Danh sách tài liệu minh chứng"))
        self.setAcceptDrops(not all_documents)

        self.hint = QLabel(self.tr("Kéo thả tệp từ Explorer vào đây, hoặc bấm “Thêm tệp…”. "
                                   "Tệp trùng nội dung chỉ được liên kết, không chép lại."))
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555")

        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Thêm tệp…"))
        self.add_button.clicked.connect(self.choose_files)
        self.open_button = QPushButton(self.tr("&Mở"))
        self.open_button.clicked.connect(self.open_selected)
        self.edit_button = QPushButton(self.tr("Sửa thông &tin…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.link_button = QPushButton(self.tr("Gắn với &tiêu chí…"))
        self.link_button.clicked.connect(self.link_selected)
        self.unlink_button = QPushButton(self.tr("&Bỏ khỏi tiêu chí"))
        self.unlink_button.clicked.connect(self.unlink_selected)
        self.remove_button = QPushButton(self.tr("&Xóa tài liệu"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.confirm_button = QPushButton(self.tr("&Xác nhận thông tin đọc được"))
        self.confirm_button.setToolTip(self.tr("Số, ngày, cơ quan ban hành và trích yếu đã được đọc từ văn bản; "
                                               "bấm để xác nhận các tài liệu đang chọn"))
        self.confirm_button.clicked.connect(self.confirm_selected)
        self.ocr_button = QPushButton(self.tr("Nhận dạng chữ bản &quét (OCR)…"))
        self.ocr_button.clicked.connect(self.run_ocr)
        # two rows: in one, seven buttons made the window wider than a 1366×768 laptop at 125 %
        # (the Minh chứng screen alone needed 820 px)
        for b in (self.add_button, self.open_button, self.edit_button, self.link_button):
            buttons.addWidget(b)
        buttons.addStretch()
        more = QHBoxLayout()
        for b in (self.unlink_button, self.remove_button, self.confirm_button):
            more.addWidget(b)
        more.addStretch()
        more.addWidget(self.ocr_button)
        self.ocr_button.setVisible(all_documents)
        self.add_button.setVisible(not all_documents)
        self.unlink_button.setVisible(not all_documents)
        self.remove_button.setVisible(all_documents)
        self.hint.setVisible(not all_documents)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, activated=(
            self.remove_selected if all_documents else self.unlink_selected))

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Tìm trong nội dung tài liệu (gõ không dấu cũng được)…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Tìm trong nội dung tài liệu"))
        self.search.returnPressed.connect(self.run_search)
        self.search.textChanged.connect(lambda t: self.results.setVisible(False) if not t.strip() else None)
        self.results = QTextBrowser()
        self.results.setOpenLinks(False)
        self.results.anchorClicked.connect(self._result_clicked)
        self.results.setMaximumHeight(220)
        self.results.hide()
        self.search.setVisible(all_documents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hint)
        layout.addWidget(self.search)
        layout.addWidget(self.results)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addLayout(more)
        ctx.signals.evidence_changed.connect(self.reload)

    # -- loading -------------------------------------------------------------------------
    def show_criterion(self, code: str | None) -> None:
        self.code = code
        self.reload()

    def set_editable(self, editable: bool) -> None:
        for button in (self.add_button, self.edit_button, self.link_button, self.unlink_button, self.remove_button,
                       self.confirm_button, self.ocr_button):
            button.setEnabled(editable)
        self.setAcceptDrops(editable and not self.all_documents)

    def reload(self) -> None:
        dossier_id, code = self.ctx.dossier_id, self.code
        if dossier_id is None or (code is None and not self.all_documents):
            self.model.load([])
            return
        services = self.ctx.services
        scope = None if self.all_documents else code

        def read():
            return (services.evidence.list(dossier_id, scope),
                    services.evidence_text.awaiting_confirmation(dossier_id))

        def shown(answer) -> None:
            if self.ctx.dossier_id == dossier_id and self.code == code:
                self.model.load(*answer)
                self.loaded.emit()

        self.ctx.runner.query(read, shown, self._failed)

    def selected(self):
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.row(r) for r in rows]

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ServiceError):
            messages.show_failure(self, exc)
        else:
            raise exc

    def _write(self, work, done=None) -> None:
        """A change of documents, through the single writer; the views refresh after it."""
        def finished(result) -> None:
            if done is not None:
                done(result)
            self.ctx.signals.evidence_changed.emit()

        def failed(exc: BaseException) -> None:
            self.ctx.signals.evidence_changed.emit()   # what was done before the error shows
            self._failed(exc)

        self.ctx.runner.run(lambda _r, _c: work(), finished, failed)

    # -- reading the documents -------------------------------------------------------------
    def confirm_selected(self) -> None:
        """The details read from the selected documents are right: confirm them."""
        items, dossier_id, text = self.selected(), self.ctx.dossier_id, self.ctx.services.evidence_text
        if not items:
            return

        def work():
            for e in items:
                text.apply_metadata(dossier_id, e.id, fields=(), state=CONFIRMED)

        def done(_result) -> None:
            for e in items:
                self.model.set_confirmed(e.id)

        self._write(work, done)

    def run_search(self) -> None:
        query = self.search.text().strip()
        dossier_id = self.ctx.dossier_id
        if not query or dossier_id is None:
            self.results.hide()
            return
        text = self.ctx.services.evidence_text

        def found(hits) -> None:
            self.results.setHtml(search_html(hits, fill(self.tr("Không tìm thấy tài liệu nào có “%1”."), query),
                                             self.tr("Không có đủ các từ tìm: thiếu %1")))
            self.results.show()

        self.ctx.runner.query(lambda: text.search(query, dossier_id), found, self._failed)

    def _result_clicked(self, url) -> None:
        evidence_id = int(url.toString().rpartition(":")[2] or 0)
        for row in range(self.model.rowCount()):
            if self.model.row(row).id == evidence_id:
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, 0))
                return

    def run_ocr(self) -> None:
        text = self.ctx.services.evidence_text
        dossier_id = self.ctx.dossier_id

        def checked(answer) -> None:
            status, waiting = answer
            if not status.available:
                messages.show_error(self, status.message, self.tr("Chưa có chương trình nhận dạng chữ (OCR)"))
                return
            if not waiting:
                messages.show_info(self, self.tr("Không có bản quét nào cần nhận dạng chữ."))
                return

            def done(finished: int) -> None:
                self.ctx.signals.evidence_changed.emit()
                messages.show_info(self, fill(self.tr("Đã nhận dạng chữ %1/%2 bản quét."),
                                              str(finished), str(len(waiting))))

            self.ctx.runner.run(lambda r, c: text.ocr_pending(dossier_id, r, c), done, self._failed,
                                title=self.tr("Đang nhận dạng chữ các bản quét…"), parent=self, cancellable=True)

        def read():
            status = text.ocr_status()
            return status, (text.needing_ocr(dossier_id) if status.available else [])

        self.ctx.runner.query(read, checked, self._failed)

    # -- attaching -----------------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if event.mimeData().hasUrls() and self.code:
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        files = dropped_files(event.mimeData())
        if files and self.code:
            event.acceptProposedAction()
            self.attach(self.code, files)

    def choose_files(self) -> None:
        if not self.code:
            return
        kinds = self.tr("Tài liệu (*.pdf *.docx *.doc *.xlsx *.xls *.jpg *.jpeg *.png *.tif *.tiff);;"
                        "Mọi tệp (*)")
        names, _ = QFileDialog.getOpenFileNames(self, fill(self.tr("Chọn tệp minh chứng cho tiêu chí %1"), self.code),
                                                "", kinds)
        if names:
            self.attach(self.code, [Path(n) for n in names])

    def attach(self, code: str, files: list[Path]) -> None:
        attach_files(self.ctx, self, code, files)

    # -- actions on selected documents -----------------------------------------------------
    def open_selected(self) -> None:
        items, dossier_id, evidence = self.selected(), self.ctx.dossier_id, self.ctx.services.evidence
        if not items:
            return

        def opened(paths) -> None:
            for path in paths:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

        self.ctx.runner.query(lambda: [evidence.file_path(dossier_id, e.id) for e in items], opened, self._failed)

    def edit_selected(self) -> None:
        items = self.selected()
        if not items:
            return
        e, dossier_id, services = items[0], self.ctx.dossier_id, self.ctx.services
        text = services.evidence_text

        def read():
            try:
                return text.read_metadata(dossier_id, e.id), text.suggest_criteria(dossier_id, e.id)
            except ServiceError:
                return None, []

        def ask(answer) -> None:
            reading, suggestions = answer
            result = EvidenceDialog.ask(self, e, reading, suggestions)
            if result is None:
                return
            details, codes = result

            def work():   # one transaction: the details, their confirmation and the links, or nothing
                return services.evidence.edit(dossier_id, e.id, details, link=codes, confirm_reading=True)

            def done(info) -> None:
                self.model.update(info)
                self.model.set_confirmed(e.id)
                for code in codes:
                    self.ctx.signals.assessment_changed.emit(code)

            self._write(work, done)

        self.ctx.runner.query(read, ask, self._failed)

    def link_selected(self) -> None:
        items = self.selected()
        if not items:
            return
        e, dossier_id, evidence = items[0], self.ctx.dossier_id, self.ctx.services.evidence
        codes = list(self.ctx.codes)
        chosen = LinkDialog.ask(self, e, codes)
        if chosen is None:
            return

        def work():   # one transaction: every link added and removed, or none
            return evidence.edit(dossier_id, e.id, link=sorted(set(chosen) - set(e.criteria)),
                                 unlink=sorted(set(e.criteria) - set(chosen)))

        def done(_result) -> None:
            for code in set(chosen) ^ set(e.criteria):
                self.ctx.signals.assessment_changed.emit(code)

        self._write(work, done)

    def unlink_selected(self) -> None:
        items = self.selected()
        code, dossier_id, evidence = self.code, self.ctx.dossier_id, self.ctx.services.evidence
        if not items or not code:
            return
        names = ", ".join(nfc(e.original_name) for e in items)
        if not messages.confirm(self, fill(self.tr("Bỏ %1 khỏi tiêu chí %2?"), names, code)):
            return

        def work():
            return [evidence.unlink(dossier_id, e.id, code) for e in items]

        def done(left) -> None:
            self.ctx.signals.assessment_changed.emit(code)
            orphans = [(e, info) for e, info in zip(items, left) if not info.criteria]
            remove = [e for e, _info in orphans if messages.confirm(self, fill(self.tr(
                     "Tài liệu “%1” không còn dùng cho tiêu chí nào. Xóa hẳn tài liệu khỏi hồ sơ?\n"
                     "Chọn “Không” để giữ lại (xem ở thẻ Minh chứng)."), nfc(e.original_name)))]
            if remove:
                self._write(lambda: [evidence.remove(dossier_id, e.id) for e in remove])

        self._write(work, done)

    def remove_selected(self) -> None:
        items = self.selected()
        if not items:
            return
        used = [e for e in items if e.criteria]
        if used:
            messages.show_error(self, fill(self.tr("Tài liệu “%1” còn dùng cho tiêu chí %2; hãy bỏ liên kết trước."),
                                           nfc(used[0].original_name), ", ".join(used[0].criteria)))
            return
        names = ", ".join(nfc(e.original_name) for e in items)
        if not messages.confirm(self, fill(self.tr("Xóa hẳn %1 khỏi hồ sơ? Không thể hoàn tác."), names)):
            return
        dossier_id, evidence = self.ctx.dossier_id, self.ctx.services.evidence
        self._write(lambda: [evidence.remove(dossier_id, e.id) for e in items])


def attach_files(ctx: AppContext, parent: QWidget, code: str, files: list[Path]) -> None:
    """Attach files in the background with progress and cancel; one path for drops and buttons."""
    dossier_id = ctx.dossier_id
    if dossier_id is None or not files:
        return

    def work(report, is_cancelled):
        results = ctx.services.evidence.attach(dossier_id, code, files, report=report, is_cancelled=is_cancelled)
        for result in results:  # fill empty details from the document, as suggestions to confirm
            if not result.duplicate:
                try:
                    ctx.services.evidence_text.apply_metadata(dossier_id, result.evidence.id, state=SUGGESTED)
                except ServiceError:
                    pass  # a document that cannot be read keeps the details typed by hand
        return results

    def done(results) -> None:
        duplicates = sum(1 for r in results if r.duplicate)
        text = (fill(QCoreApplication.translate("attach", "Đã đính kèm %1 tệp cho tiêu chí %2"),
                     str(len(results)), code))
        if duplicates:
            text += fill(QCoreApplication.translate(
                "attach", " (%1 tệp đã có trong hồ sơ: chỉ liên kết, không chép lại)"), duplicates)
        if len(results) < len(files):
            text += (fill(QCoreApplication.translate("attach", "; đã dừng, %1 tệp chưa đính kèm"),
                          str(len(files) - len(results))))
        window = parent.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(text, 8000)
        ctx.signals.evidence_changed.emit()
        ctx.signals.assessment_changed.emit(code)

    def failed(exc: BaseException) -> None:
        ctx.signals.evidence_changed.emit()
        ctx.signals.assessment_changed.emit(code)
        if isinstance(exc, ServiceError):
            messages.show_failure(parent, exc)
        else:
            raise exc

    ctx.runner.run(work, done, failed, title=QCoreApplication.translate("attach", "Đang đính kèm tệp minh chứng…"),
                   parent=parent, cancellable=True)


