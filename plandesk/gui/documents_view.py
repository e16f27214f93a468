"""The Documents screen: choose a document, adjust what it prints (number, date, the
paragraphs the officer may reword, the meeting for the biên bản, the recipients), see the
PDF pages, export PDF / DOCX / everything, open the folder, print."""
from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from plandesk.domain.dossier import SettingsChange
from plandesk.domain.messages import fill
from plandesk.domain.text import clean, nfc, safe_file_name
from plandesk.services import ServiceError
from plandesk.services.errors import DocumentRefused
from plandesk.services.evidence import EvidenceFilesMissing
from plandesk.services.export_names import BUNDLE, XLSX_DOCS
from plandesk.services.export_names import DOCUMENTS as DOCUMENTS_OUT

from . import messages
from .context import AppContext
from .labels import tr_label
from .widgets import DateField

DOCUMENTS = (
    ("to-trinh", QT_TRANSLATE_NOOP("labels", "Tờ trình đề nghị công nhận")),
    ("bao-cao", QT_TRANSLATE_NOOP("labels", "Báo cáo kết quả (kèm danh mục minh chứng)")),
    ("bien-ban", QT_TRANSLATE_NOOP("labels", "Biên bản họp xét")),
    ("ke-hoach", QT_TRANSLATE_NOOP("labels", "Kế hoạch và bảng phân công")),
    ("bao-cao-6-thang", QT_TRANSLATE_NOOP("labels", "Báo cáo sơ kết 6 tháng")),
    ("danh-muc", QT_TRANSLATE_NOOP("labels", "Danh mục tài liệu minh chứng")),
    ("ho-so-minh-chung", QT_TRANSLATE_NOOP("labels", "Tập hồ sơ minh chứng (một tệp PDF)")),
)
TEXT_LABELS = {
    "to_trinh.can_cu": QT_TRANSLATE_NOOP("labels", "Căn cứ (mỗi dòng một căn cứ)"),
    "to_trinh.noi_dung": QT_TRANSLATE_NOOP("labels", "Nội dung"),
    "to_trinh.de_nghi": QT_TRANSLATE_NOOP("labels", "Đề nghị"),
    "bao_cao.tinh_hinh": QT_TRANSLATE_NOOP("labels", "Đặc điểm tình hình"),
    "bao_cao.trien_khai": QT_TRANSLATE_NOOP("labels", "Công tác triển khai"),
    "bao_cao.han_che": QT_TRANSLATE_NOOP("labels", "Hạn chế, tồn tại"),
    "bao_cao.de_xuat": QT_TRANSLATE_NOOP("labels", "Đề xuất, kiến nghị"),
    "bien_ban.noi_dung": QT_TRANSLATE_NOOP("labels", "Nội dung cuộc họp"),
    "bien_ban.y_kien": QT_TRANSLATE_NOOP("labels", "Ý kiến thảo luận"),
    "bien_ban.ket_luan": QT_TRANSLATE_NOOP("labels", "Kết luận"),
    "ke_hoach.can_cu": QT_TRANSLATE_NOOP("labels", "Căn cứ"),
    "ke_hoach.muc_dich": QT_TRANSLATE_NOOP("labels", "Mục đích, yêu cầu"),
    "ke_hoach.to_chuc": QT_TRANSLATE_NOOP("labels", "Tổ chức thực hiện"),
    "bao_cao_6_thang.tinh_hinh": QT_TRANSLATE_NOOP("labels", "Tình hình"),
    "bao_cao_6_thang.phuong_huong": QT_TRANSLATE_NOOP("labels", "Phương hướng 6 tháng cuối năm"),
}
MEETING_FIELDS = (
    ("start", QT_TRANSLATE_NOOP("labels", "Bắt đầu lúc (giờ:phút)")),
    ("end", QT_TRANSLATE_NOOP("labels", "Kết thúc lúc")),
    ("place", QT_TRANSLATE_NOOP("labels", "Địa điểm")),
    ("absent", QT_TRANSLATE_NOOP("labels", "Vắng mặt (Họ tên (lý do); …)")),
    ("votes_for", QT_TRANSLATE_NOOP("labels", "Số phiếu tán thành")),
    ("votes_against", QT_TRANSLATE_NOOP("labels", "Số phiếu không tán thành")),
)
NUMBERED = {"to-trinh", "bao-cao", "bien-ban", "ke-hoach", "bao-cao-6-thang"}
ALL_FORMATS = ("pdf", "docx", "xlsx")


def target_names(docs: list[str], fmt: str) -> list[str]:
    """The files an export writes (as services/export.py names them: ``<doc>.<fmt>``)."""
    if "all" in docs:
        docs = list(XLSX_DOCS) if fmt == "xlsx" else list(DOCUMENTS_OUT) + ([BUNDLE] if fmt == "pdf" else [])
    return [f"{doc}.{fmt}" for doc in docs]


SAVE_DELAY_MS = 800


def _key(doc: str) -> str:
    return doc.replace("-", "_")


class DocumentsView(QWidget):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.doc = "to-trinh"
        self._loading = False
        self._pending: dict[str, Any] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self._preview_due = False

        self.chooser = QComboBox()
        for key, label in DOCUMENTS:
            self.chooser.addItem(tr_label(label), key)
        self.chooser.setAccessibleName(self.tr("Văn bản"))
        self.chooser.currentIndexChanged.connect(self._doc_changed)

        self.form_widget = QWidget()
        self.form = QVBoxLayout(self.form_widget)
        form_scroll = QScrollArea()
        form_scroll.setWidgetResizable(True)
        form_scroll.setWidget(self.form_widget)
        self.form_scroll = form_scroll

        self.pages = QWidget()
        self.pages_layout = QVBoxLayout(self.pages)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.preview = QScrollArea()
        self.preview.setWidgetResizable(True)
        self.preview.setWidget(self.pages)
        self.preview.setStyleSheet("QScrollArea { background: #777; }")
        self.preview_note = QLabel()
        preview_box = QWidget()
        pv = QVBoxLayout(preview_box)
        pv.setContentsMargins(0, 0, 0, 0)
        pv.addWidget(self.preview_note)
        pv.addWidget(self.preview)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(form_scroll)
        splitter.addWidget(preview_box)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        self.splitter = splitter
        top = QHBoxLayout()
        chooser_label = QLabel(self.tr("&Văn bản:"))
        chooser_label.setBuddy(self.chooser)
        top.addWidget(chooser_label)
        top.addWidget(self.chooser, 1)

        self.folder_label = QLabel()
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QHBoxLayout()
        self.pdf_button = QPushButton(self.tr("Xuất &PDF"))
        self.pdf_button.clicked.connect(lambda: self.export([self.doc], "pdf"))
        self.docx_button = QPushButton(self.tr("Xuất &DOCX"))
        self.docx_button.clicked.connect(lambda: self.export([self.doc], "docx"))
        self.all_button = QPushButton(self.tr("Xuất &tất cả (PDF, DOCX, Excel)"))
        self.all_button.clicked.connect(self.export_all)
        self.folder_button = QPushButton(self.tr("Chọn thư &mục…"))
        self.folder_button.clicked.connect(self.choose_folder)
        self.open_button = QPushButton(self.tr("&Mở thư mục"))
        self.open_button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.out_dir()))))
        self.print_button = QPushButton(self.tr("&In…"))
        self.print_button.clicked.connect(self.print_current)
        for b in (self.pdf_button, self.docx_button, self.all_button, self.print_button, self.folder_button,
                  self.open_button):
            buttons.addWidget(b)
        buttons.addStretch()

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        from .issue_bar import IssueBar  # issued or not, changed since, issue a (new) version

        self.issue_bar = IssueBar(ctx, self)
        layout.addWidget(self.issue_bar)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.folder_label)
        layout.addLayout(buttons)
        self.export_service = None  # made when a dossier is shown (reportlab and friends load then)
        self._service_of = None
        self.last_exported: list[Path] = []

    def set_editable(self, editable: bool) -> None:
        """Numbers, dates and texts of a finalised dossier are shown, not changed; export stays."""
        self.form_widget.setEnabled(editable)

    # -- loading ---------------------------------------------------------------------------
    def reload(self) -> None:
        dossier_id = self.ctx.dossier_id
        if dossier_id is None:
            return
        self.folder_label.setText(fill(self.tr("Thư mục xuất: %1"), str(self.out_dir())))
        services = self.ctx.services

        def make():   # the renderers are heavy: the first use imports them, off the GUI thread
            return services.export

        def made(service) -> None:
            if self.ctx.dossier_id != dossier_id:
                return
            self.export_service = service
            self._build_form()
            self._schedule_preview()

        if self.export_service is not None and self._service_of is services:
            made(self.export_service)
        else:
            self._service_of = services
            self.ctx.runner.query(make, made, self._failed)

    def _doc_changed(self, _index: int) -> None:
        self.flush()
        self.doc = self.chooser.currentData()
        self._build_form()
        self._schedule_preview()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ServiceError):
            messages.show_failure(self, exc)
        else:
            raise exc

    @staticmethod
    def _empty(layout) -> None:
        while layout.count():
            item = layout.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()

    def _clear_form(self) -> None:
        self._empty(self.form)

    def _build_form(self) -> None:
        dossier_id, service, doc = self.ctx.dossier_id, self.export_service, self.doc
        if dossier_id is None or service is None:
            return
        dossiers = self.ctx.services.dossiers

        def read():
            return dossiers.settings(dossier_id), [t for t in service.editable_texts(dossier_id) if t.document == doc]

        def shown(answer) -> None:
            if self.ctx.dossier_id == dossier_id and self.doc == doc:
                self._fill_form(*answer)

        self.ctx.runner.query(read, shown, self._failed)

    def _fill_form(self, settings, texts) -> None:
        self._loading = True
        self._clear_form()
        key = _key(self.doc)
        self.pdf_button.setEnabled(True)
        self.docx_button.setEnabled(self.doc != "ho-so-minh-chung")
        if self.doc in NUMBERED:
            box = QGroupBox(self.tr("Số và ngày của văn bản"))
            form = QFormLayout(box)
            number = QLineEdit(settings.numbers.get(key, ""))
            number.setPlaceholderText(self.tr("để trống: ghi tay sau khi vào sổ"))
            number.textEdited.connect(lambda t, k=key: self._edited("numbers", k, clean(t)))
            date = DateField()
            date.set_value(settings.dates.get(key) or None)
            date.value_changed.connect(lambda f=date, k=key: self._edited(
                "dates", k, f.value().isoformat() if f.value() else ""))
            form.addRow(self.tr("Số:"), number)
            form.addRow(self.tr("Ngày ban hành:"), date)
            self.form.addWidget(box)
        if self.doc == "bien-ban":
            box = QGroupBox(self.tr("Cuộc họp xét"))
            form = QFormLayout(box)
            meeting_date = DateField()
            meeting_date.set_value(settings.meeting.get("date") or None)
            meeting_date.value_changed.connect(lambda f=meeting_date: self._edited(
                "meeting", "date", f.value().isoformat() if f.value() else ""))
            form.addRow(self.tr("Ngày họp:"), meeting_date)
            for field, label in MEETING_FIELDS:
                edit = QLineEdit(str(settings.meeting.get(field, "") or ""))
                edit.textEdited.connect(lambda t, f=field: self._edited("meeting", f, clean(t)))
                form.addRow(tr_label(label) + ":", edit)
            note = QLabel(self.tr("Chủ trì và thư ký lấy từ danh sách Hội đồng (vai trò Chủ tịch, Thư ký); "
                                  "số phiếu để trống thì tính theo số thành viên có mặt."))
            note.setWordWrap(True)
            note.setStyleSheet("color: #555")
            form.addRow(note)
            self.form.addWidget(box)
        for item in texts:
            box = QGroupBox(tr_label(TEXT_LABELS[item.key]) if item.key in TEXT_LABELS else item.label)
            v = QVBoxLayout(box)
            edit = QPlainTextEdit(item.current or item.default)
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(90)
            edit.setAccessibleName(TEXT_LABELS.get(item.key, item.label))
            edit.textChanged.connect(lambda e=edit, t=item: self._edited(
                "texts", t.key, "" if nfc(e.toPlainText()).strip() == t.default else nfc(e.toPlainText()).strip()))
            reset = QPushButton(self.tr("Dùng lại văn bản tự động"))
            reset.clicked.connect(lambda _=False, e=edit, t=item: e.setPlainText(t.default))
            state = QLabel(self.tr("Đã sửa theo ý người dùng") if item.current else
                           self.tr("Văn bản tự động từ số liệu hồ sơ"))
            state.setStyleSheet("color: #555")
            state.setWordWrap(True)   # a narrow column wraps the words instead of scrolling sideways
            row = QHBoxLayout()
            row.addWidget(state, 1)
            row.addWidget(reset)
            v.addWidget(edit)
            v.addLayout(row)
            self.form.addWidget(box)
        if self.doc in NUMBERED:
            box = QGroupBox(self.tr("Nơi nhận"))
            v = QVBoxLayout(box)
            hint = QLabel(self.tr("Mỗi dòng một nơi; “Lưu: VT” được thêm nếu thiếu."))
            hint.setWordWrap(True)
            hint.setStyleSheet("color: #555")
            v.addWidget(hint)
            recipients = QPlainTextEdit("\n".join(settings.recipients))
            recipients.setTabChangesFocus(True)
            recipients.setFixedHeight(90)
            recipients.textChanged.connect(lambda e=recipients: self._edited(
                "recipients", None, [clean(x) for x in e.toPlainText().splitlines() if clean(x)]))
            v.addWidget(recipients)
            self.form.addWidget(box)
        self.form.addStretch()
        self._fit_form()
        QTimer.singleShot(0, self._fit_form)   # again once the new fields are laid out
        self._loading = False

    # -- saving ----------------------------------------------------------------------------
    def _fit_form(self) -> None:
        """The form's column never narrower than what its fields need (the preview beside it
        scrolls instead): a narrow window never scrolls the form sideways and cuts its buttons."""
        scroll = self.form_scroll
        need = (self.form_widget.minimumSizeHint().width() + scroll.verticalScrollBar().sizeHint().width()
                + 2 * scroll.frameWidth())
        scroll.setMinimumWidth(need)
        sizes = self.splitter.sizes()
        if len(sizes) == 2 and 0 < sizes[0] < need:
            self.splitter.setSizes([need, max(sum(sizes) - need, 0)])

    def _edited(self, field: str, key: str | None, value: Any) -> None:
        if self._loading or self.ctx.dossier_id is None:
            return
        if key is None:
            self._pending[field] = value
        else:
            self._pending.setdefault(field, {})[key] = value
        self._timer.start()

    def flush(self) -> None:
        self._timer.stop()
        if not self._pending or self.ctx.dossier_id is None:
            return
        changes, self._pending = self._pending, {}
        dossier_id = self.ctx.dossier_id

        def work(_report, _cancelled):
            current = self.ctx.services.dossiers.settings(dossier_id)
            fields: dict[str, Any] = {}
            for field, value in changes.items():
                if isinstance(value, dict):
                    merged = dict(getattr(current, field))
                    for k, v in value.items():
                        if v in ("", None):
                            merged.pop(k, None)
                        else:
                            merged[k] = v
                    fields[field] = merged
                else:
                    fields[field] = value
            return self.ctx.services.dossiers.change_settings(dossier_id, SettingsChange(**fields))

        def done(_settings) -> None:
            self.ctx.signals.settings_changed.emit()
            self._schedule_preview()

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ServiceError):
                messages.show_failure(self, exc)
            else:
                raise exc

        self.ctx.runner.run(work, done, failed)

    # -- preview ---------------------------------------------------------------------------
    def _schedule_preview(self) -> None:
        if not self.isVisible():
            self._preview_due = True
            return
        self.render_preview()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self._fit_form()
        if not getattr(self, "_sized", False):
            self._sized = True
            half = max(self.splitter.width() // 2, 300)
            form = max(half, self.form_scroll.minimumWidth())
            self.splitter.setSizes([form, max(self.splitter.width() - form, 0)])
        if self._preview_due:
            self._preview_due = False
            self.render_preview()

    def render_preview(self) -> None:
        if self.ctx.dossier_id is None or self.export_service is None:
            return
        doc, dossier_id, service = self.doc, self.ctx.dossier_id, self.export_service
        self.preview_note.setText(self.tr("Đang dựng bản xem trước…"))

        def work(_report, _cancelled):
            return service.preview_pages(dossier_id, doc, dpi=90)

        def done(images: list[tuple[int, int, bytes]]) -> None:
            if doc != self.doc:
                return
            self._empty(self.pages_layout)
            width = max(200, self.preview.viewport().width() - 24)
            for w, h, data in images:
                label = QLabel()
                pixmap = QPixmap.fromImage(QImage(data, w, h, 3 * w, QImage.Format.Format_RGB888))
                if pixmap.width() > width:
                    pixmap = pixmap.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
                label.setPixmap(pixmap)
                label.setStyleSheet("border: 1px solid #444; background: white")
                self.pages_layout.addWidget(label)
            self.preview_note.setText(fill(self.tr("Xem trước: %1 trang"), str(len(images))))
            self.pages.adjustSize()
            self.preview.verticalScrollBar().setValue(0)

        def failed(exc: BaseException) -> None:
            if doc != self.doc:
                return
            # the reasons (one line per criterion: 34 for a new dossier's tờ trình) go where the
            # pages would be, scrolling there; the pages of another document or dossier are gone
            self.preview_note.setText(self.tr("Không dựng được bản xem trước:"))
            self._empty(self.pages_layout)
            reason = QLabel(messages.describe(exc))
            reason.setWordWrap(True)
            reason.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            reason.setStyleSheet("background: white; padding: 8px")
            reason.setFixedWidth(max(200, self.preview.viewport().width() - 24))
            self.pages_layout.addWidget(reason)
            self.pages.adjustSize()
            if not isinstance(exc, (ServiceError, OSError, ValueError)):
                raise exc

        self.ctx.runner.run(work, done, failed, writes=False)   # a read: a refused preview is no unsaved change

    # -- exporting -------------------------------------------------------------------------
    def _folder_key(self) -> str:
        return f"export_dir/{self.ctx.workspace_key}/{self.ctx.dossier_id}"

    def out_dir(self) -> Path:
        """The dossier's own export folder: the one chosen for this dossier, else a folder named
        after its commune and year (never the folder of another dossier)."""
        chosen = self.ctx.settings.value(self._folder_key())
        if chosen:
            return Path(str(chosen))
        info = self.ctx.dossier
        name = safe_file_name(f"{info.unit.name} {info.year}") if info else "ho-so"
        return self.ctx.services.folder.export_dir(name)

    def _owner(self) -> str:
        """Who a folder's exported files belong to: this workspace's dossier."""
        return f"{self.ctx.workspace_key}#{self.ctx.dossier_id}"

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Chọn thư mục ghi văn bản xuất ra"),
                                                  str(self.out_dir()))
        if folder:
            self.ctx.settings.setValue(self._folder_key(), folder)
            self.folder_label.setText(fill(self.tr("Thư mục xuất: %1"), folder))

    def export_all(self) -> None:
        self.export(["all"], ALL_FORMATS)

    def export(self, docs: list[str], fmt: str | tuple[str, ...], then=None, out_dir: Path | None = None,
               allow_missing: bool = False) -> None:
        """Write documents into the dossier's folder (one task, one progress dialog). Files
        there that this dossier did not write are listed and replaced only if the officer
        agrees. A missing or changed evidence file is asked about first (``allow_missing``)."""
        self.flush()
        if self.ctx.dossier_id is None or self.export_service is None:
            return
        formats = (fmt,) if isinstance(fmt, str) else tuple(fmt)
        service, dossier_id, folder = self.export_service, self.ctx.dossier_id, Path(out_dir or self.out_dir())
        names = [name for f in formats for name in target_names(docs, f)]
        owners_key = "exported_by/" + str(folder.resolve())
        owner = self._owner()

        def work(report, _cancelled):
            files, skipped = [], []
            for i, f in enumerate(formats):
                report(i, len(formats), f.upper())
                files.extend(service.export(dossier_id, docs, f, folder, allow_missing, skipped))
            return files, skipped

        def done(result) -> None:
            files, skipped = result
            self.ctx.settings.setValue(owners_key, owner)
            self.last_exported = [f.path for f in files]
            # the count and the folder (a list of the names ran under the status bar's right side at
            # 1366 px; the folder shows them, "Mở thư mục")
            message = fill(self.tr("Đã xuất %1 tệp vào %2"), str(len(files)), str(folder))
            if skipped:  # a tờ trình the dossier's state does not allow yet: said, never silently left out
                names = dict.fromkeys(tr_label(dict(DOCUMENTS).get(item.doc, item.doc)) for item in skipped)
                message += " " + fill(self.tr("Chưa xuất %1 (hồ sơ chưa đủ điều kiện; xem màn hình Kiểm tra hồ sơ)."),
                                      ", ".join(names))
            window = self.window()
            if hasattr(window, "statusBar"):
                window.statusBar().showMessage(message, 20000)
            if then:
                then()

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, ServiceError):
                raise exc
            if isinstance(exc, EvidenceFilesMissing):  # printing it would print another document under its name
                question = self.tr("%1\n\nVẫn xuất, bỏ các tài liệu đó ra (mục lục ghi rõ là thiếu)?")
                if messages.confirm(self, fill(question, messages.describe(exc)),
                                    self.tr("Tệp minh chứng thiếu hoặc đã bị thay đổi")):
                    self.export(docs, fmt, then, out_dir, allow_missing=True)
                return
            # the dossier's state does not allow it yet: nothing to do with the folder
            if isinstance(exc, DocumentRefused):
                messages.show_failure(self, exc, self.tr("Chưa xuất được văn bản này"))
                return
            if messages.confirm(self, fill(self.tr("%1\n\nNếu tệp đang mở trong Word hoặc trình đọc PDF, hãy đóng "
                                                   "tệp rồi thử lại. Chọn thư mục khác để lưu?"),
                                           messages.describe(exc)),
                                self.tr("Không ghi được văn bản")):
                other = QFileDialog.getExistingDirectory(self, self.tr("Chọn thư mục khác"), str(folder.parent))
                if other:
                    self.export(docs, fmt, then, Path(other))

        def checked(existing: list[str]) -> None:
            if existing and self.ctx.settings.value(owners_key) != owner:
                shown = existing[:15] + ([fill(self.tr("… và %1 tệp khác"), str(len(existing) - 15))]
                                         if len(existing) > 15 else [])
                if not messages.confirm(self, fill(self.tr(
                        "Thư mục %1 đã có các tệp dưới đây, không phải do hồ sơ này xuất ra (có thể của hồ sơ xã khác "
                        "hoặc năm khác). Ghi đè sẽ thay các tệp này:\n\n%2\n\nGhi đè? Chọn “Không” rồi bấm “Chọn thư "
                        "mục…” để xuất vào thư mục khác."),
                                                   str(folder), "\n".join(shown)),
                        self.tr("Thay các tệp đã có?")):
                    return
            self.ctx.runner.run(work, done, failed, title=self.tr("Đang xuất văn bản…"), parent=self)

        self.ctx.runner.query(lambda: [n for n in names if (folder / n).exists()], checked, self._failed)

    def print_current(self) -> None:
        """Windows: the system's print of the exported PDF; elsewhere: open it in the viewer."""
        def then() -> None:
            if not self.last_exported:
                return
            path = self.last_exported[0]
            if sys.platform == "win32":  # pragma: no cover - Windows only
                try:
                    os.startfile(str(path), "print")  # type: ignore[attr-defined]
                    return
                except OSError as exc:
                    messages.show_error(self, fill(
                        self.tr("Không gửi được lệnh in (%1); tệp sẽ được mở để in bằng tay."), str(exc)))
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

        self.export([self.doc], "pdf", then=then)
