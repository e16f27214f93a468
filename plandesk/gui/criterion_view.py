"""One criterion: its full text, the form for its conditions with the suggestion updating
as the officer types, the decision, the result, the units in charge, the deadline, and its
evidence. Changes save by themselves shortly after typing stops (and at once when leaving)."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QGroupBox, QLabel, QPlainTextEdit, QScrollArea, QSplitter, QVBoxLayout, QWidget)

from plandesk.domain.dossier import AssessmentInfo, ReviewStatus, Status
from plandesk.domain.rules import Suggestion
from plandesk.services import ServiceError

from .condition_form import ConditionForm
from .context import AppContext
from .evidence_panel import EvidencePanel
from .icons import COLOURS, status_icon
from .labels import REVIEW_LABELS, tr_label
from .widgets import DateField, UnitPicker

SAVE_DELAY_MS = 700
_SUGGESTION_COLOURS = {Suggestion.DAT: COLOURS[Status.DAT], Suggestion.KHONG_DAT: COLOURS[Status.KHONG_DAT],
                       Suggestion.THIEU_SO_LIEU: "#8a6d00", Suggestion.NONE: "#555"}


class CriterionView(QWidget):
    saved = Signal(object)  # AssessmentInfo

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.code: str | None = None
        self.info: AssessmentInfo | None = None
        self._pending: dict[str, Any] = {}
        self._loading = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        # the pick lists' unit names (every dossier of the workspace): read when a dossier is
        # opened and after a change, not at every criterion shown
        self._units: tuple[object, list[str]] | None = None
        ctx.signals.assessment_changed.connect(self.forget_units)

        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-size: 13pt; font-weight: bold")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setAccessibleName(self.tr("Nội dung tiêu chí"))

        self.conditions = ConditionForm()
        self.conditions.changed.connect(self._values_edited)
        conditions_box = QGroupBox(self.tr("Số liệu để đánh giá"))
        QVBoxLayout(conditions_box).addWidget(self.conditions)
        self.suggestion = QLabel()
        self.suggestion.setWordWrap(True)
        self.suggestion.setAccessibleName(self.tr("Gợi ý"))

        self.status = QComboBox()
        for status in Status:
            self.status.addItem(status_icon(status), tr_label(status.label), status)
        self.status.currentIndexChanged.connect(self._status_edited)
        self.status.setAccessibleName(self.tr("Kết luận"))
        self.result = QPlainTextEdit()
        self.result.setTabChangesFocus(True)
        self.result.setPlaceholderText(self.tr("Kết quả thực hiện: nêu số liệu, văn bản, hoạt động cụ thể…"))
        self.result.setMinimumHeight(90)
        self.result.textChanged.connect(lambda: self._edited("result", self.result.toPlainText()))
        self.explanation = QPlainTextEdit()
        self.explanation.setTabChangesFocus(True)
        self.explanation.setPlaceholderText(self.tr("Bắt buộc khi kết luận mà chưa có tài liệu minh chứng"))
        self.explanation.setFixedHeight(60)
        self.explanation.textChanged.connect(lambda: self._edited("explanation", self.explanation.toPlainText()))
        self.lead = UnitPicker()
        self.lead.editTextChanged.connect(lambda t: self._edited("lead_unit", t))
        self.cooperating = UnitPicker()
        self.cooperating.editTextChanged.connect(lambda t: self._edited("cooperating_units", t))
        self.deadline = DateField()
        self.deadline.value_changed.connect(lambda: self._edited("deadline", self.deadline.value()))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c62828; font-weight: bold")
        self.error.hide()

        form = QFormLayout()
        form.addRow(self.tr("Gợi ý:"), self.suggestion)
        form.addRow(self.tr("&Kết luận:"), self.status)
        form.addRow(self.tr("Kết &quả thực hiện:"), self.result)
        form.addRow(self.tr("&Giải trình:"), self.explanation)
        form.addRow(self.tr("Đơn vị &chủ trì:"), self.lead)
        form.addRow(self.tr("Đơn vị &phối hợp:"), self.cooperating)
        form.addRow(self.tr("&Thời hạn:"), self.deadline)
        form.addRow("", self.error)

        self.review_status = QComboBox()
        for review in ReviewStatus:
            self.review_status.addItem(tr_label(REVIEW_LABELS[review]), review)
        self.review_status.setAccessibleName(self.tr("Ý kiến thẩm định"))
        self.review_status.currentIndexChanged.connect(
            lambda _i: self._edited("review_status", self.review_status.currentData()))
        self.review_comment = QPlainTextEdit()
        self.review_comment.setTabChangesFocus(True)
        self.review_comment.setFixedHeight(60)
        self.review_comment.setPlaceholderText(self.tr("Nhận xét của cơ quan thẩm định (gửi lại cho xã bằng gói ý kiến)"))
        self.review_comment.textChanged.connect(lambda: self._edited("review_comment",
                                                                     self.review_comment.toPlainText()))
        review_box = QGroupBox(self.tr("Ý kiến thẩm định"))
        review_form = QFormLayout(review_box)
        review_form.addRow(self.tr("Thẩm định:"), self.review_status)
        review_form.addRow(self.tr("Nhận xét:"), self.review_comment)
        self.review_box = review_box

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.addWidget(self.title)
        top_layout.addWidget(self.text)
        top_layout.addWidget(conditions_box)
        top_layout.addLayout(form)
        top_layout.addWidget(review_box)
        top_layout.addStretch()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(top)

        self.evidence = EvidencePanel(ctx)
        evidence_box = QGroupBox(self.tr("Tài liệu minh chứng"))
        QVBoxLayout(evidence_box).addWidget(self.evidence)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(scroll)
        self.splitter.addWidget(evidence_box)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.setEnabled(False)

    # -- showing ---------------------------------------------------------------------------
    def show_criterion(self, code: str | None) -> None:
        if code == self.code:
            return
        self.flush()
        self.code = code
        self.error.hide()
        if code is None or self.ctx.dossier_id is None:
            self.info = None
            self.setEnabled(False)
            self.evidence.show_criterion(None)
            return
        self.setEnabled(True)
        framework = self.ctx.services.dossiers.framework(self.ctx.dossier_id)
        self.conditions.build(framework.criterion(code), framework)
        if self._units is None or self._units[0] is not self.ctx.services:  # another workspace: read again
            self._units = (self.ctx.services, self.ctx.services.dossiers.known_units())
            self.lead.set_choices(self._units[1])
            self.cooperating.set_choices(self.lead_choices())
        self.refresh()
        self.evidence.show_criterion(code)

    def forget_units(self, *_args) -> None:
        self._units = None

    def lead_choices(self) -> list[str]:
        return [self.lead.itemText(i) for i in range(self.lead.count())]

    def refresh(self) -> None:
        """Show the stored state of the current criterion (after opening it or a save)."""
        if self.code is None or self.ctx.dossier_id is None:
            return
        info = self.ctx.services.dossiers.assessment(self.ctx.dossier_id, self.code)
        self.info = info
        self._loading = True
        try:
            self.title.setText(f"{info.code}. {info.short_title}")
            self.text.setText(info.text)
            self.conditions.set_values(info.values)
            self.conditions.show_problems({})
            self.status.setCurrentIndex(list(Status).index(info.status))
            if self.result.toPlainText() != info.result:
                self.result.setPlainText(info.result)
            if self.explanation.toPlainText() != info.explanation:
                self.explanation.setPlainText(info.explanation)
            self.lead.set_text(info.lead_unit)
            self.cooperating.set_text(info.cooperating_units)
            self.deadline.set_value(info.deadline)
            self.review_status.setCurrentIndex(list(ReviewStatus).index(info.review_status))
            if self.review_comment.toPlainText() != info.review_comment:
                self.review_comment.setPlainText(info.review_comment)
            self._show_suggestion(info.suggestion, info.reason)
            self.apply_read_only()
        finally:
            self._loading = False

    def _show_suggestion(self, suggestion: Suggestion, reason: str) -> None:
        colour = _SUGGESTION_COLOURS[suggestion]
        self.suggestion.setText(f"<b style='color:{colour}'>{tr_label(suggestion.label)}</b> — {reason}")

    # -- editing ---------------------------------------------------------------------------
    def _edited(self, field: str, value: Any) -> None:
        if self._loading or self.code is None:
            return
        self._pending[field] = value
        self._timer.start()

    def _values_edited(self) -> None:
        if self._loading or self.code is None:
            return
        values = self.conditions.values()
        suggestion, problems = self.ctx.services.dossiers.preview(self.ctx.dossier_id, self.code, values)
        self._show_suggestion(suggestion.status, suggestion.reason)
        self.conditions.show_problems(problems)
        good = {k: v for k, v in values.items() if k not in problems}
        stored = self.info.values if self.info else {}
        changed = {k: v for k, v in good.items() if stored.get(k) != v and not (v is None and k not in stored)}
        if changed:
            self._pending["values"] = {**self._pending.get("values", {}), **changed}
            self._timer.start()

    def _status_edited(self) -> None:
        if self._loading or self.code is None:
            return
        self._pending["status"] = self.status.currentData()
        self.flush()

    def flush(self) -> None:
        """Save what was edited now (through the single writer, in order)."""
        self._timer.stop()
        if not self._pending or self.code is None or self.ctx.dossier_id is None:
            return
        changes, self._pending = self._pending, {}
        code, dossier_id = self.code, self.ctx.dossier_id

        def work(_report, _cancelled):
            return self.ctx.services.dossiers.update_assessment(dossier_id, code, **changes)

        def done(info: AssessmentInfo) -> None:
            if code == self.code:
                self.info = info
                self.error.hide()
                self._loading = True
                self.status.setCurrentIndex(list(Status).index(info.status))
                self._loading = False
                self._show_suggestion(info.suggestion, info.reason)
            self.saved.emit(info)
            self.ctx.signals.assessment_changed.emit(code)

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, ServiceError):
                raise exc
            if code == self.code:
                self.error.setText(str(exc))
                self.error.show()
                if "status" in changes and self.info is not None:
                    self._loading = True
                    self.status.setCurrentIndex(list(Status).index(self.info.status))
                    self._loading = False
                    if "explanation" not in changes:
                        self.explanation.setFocus()
                rest = {k: v for k, v in changes.items() if k != "status"}
                if rest:  # keep the other edits: save them without the refused decision
                    self._pending.update(rest)
                    self._timer.start()

        self.ctx.runner.run(work, done, failed)

    def apply_read_only(self) -> None:
        """A dossier from another commune opened for review: only the review can be written."""
        editable = not self.ctx.read_only
        for widget in (self.conditions, self.status, self.result, self.explanation, self.lead, self.cooperating,
                       self.deadline, self.evidence.add_button, self.evidence.unlink_button,
                       self.evidence.edit_button, self.evidence.link_button):
            widget.setEnabled(editable)
        self.evidence.setAcceptDrops(editable)

    def has_unsaved(self) -> bool:
        return bool(self._pending)

