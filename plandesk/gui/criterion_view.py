"""One criterion: the decision and the result at the top, always in view (a 1366×768 laptop
at 125 %), then in tabs the criterion's text and the values that decide it (with the
suggestion updating as the officer types), the evidence, the units in charge and the
deadline, and — for the approving body — the review. Changes save by themselves shortly
after typing stops (and at once when leaving). Every read and write goes through the task
runner; a refused change is shown at its field, in red, and nothing claims it was saved."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from plandesk.domain.dossier import AssessmentChange, AssessmentInfo, ReviewStatus, Status
from plandesk.domain.messages import Param, fill
from plandesk.domain.rules import Suggestion
from plandesk.services import ServiceError

from . import messages
from .condition_form import ConditionForm
from .context import AppContext
from .evidence_panel import EvidencePanel, dropped_files
from .icons import COLOURS, status_icon, suggestion_icon
from .labels import enum_label
from .widgets import DateField, UnitPicker, mark_refused

SAVE_DELAY_MS = 700
_SUGGESTION_COLOURS = {Suggestion.DAT: COLOURS[Status.DAT], Suggestion.KHONG_DAT: COLOURS[Status.KHONG_DAT],
                       Suggestion.THIEU_SO_LIEU: "#8a6d00", Suggestion.NONE: "#555"}
TAB_TEXT, TAB_EVIDENCE, TAB_UNITS, TAB_REVIEW = range(4)


def _scrolling(widget: QWidget) -> QScrollArea:
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setWidget(widget)
    return scroll


class CriterionView(QWidget):
    saved = Signal(object)  # AssessmentInfo

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.code: str | None = None
        self.info: AssessmentInfo | None = None
        self._pending = AssessmentChange()     # edited, not saved yet
        self._loading = False
        self._preview_out = False     # a suggestion is being computed for what was typed
        self._preview_again = False   # and the values changed again meanwhile
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        # the pick lists' unit names (every dossier of the workspace): read when a dossier is
        # opened and after a change, not at every criterion shown
        self._units: tuple[object, list[str]] | None = None
        ctx.signals.assessment_changed.connect(self.forget_units)
        self.setAcceptDrops(True)

        # -- always in view: title, decision with the suggestion, result and explanation ------
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-size: 12pt; font-weight: bold")
        self.status = QComboBox()
        for status in Status:
            self.status.addItem(status_icon(status), enum_label(status), status)
        self.status.currentIndexChanged.connect(self._status_edited)
        self.status.setAccessibleName(self.tr("Kết luận"))
        self.status.setMinimumContentsLength(14)
        status_label = QLabel(self.tr("&Kết luận:"))
        status_label.setBuddy(self.status)
        self.suggestion_icon = QLabel()
        self.suggestion = QLabel()
        self.suggestion.setWordWrap(True)
        self.suggestion.setAccessibleName(self.tr("Gợi ý"))
        self.suggestion.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c62828; font-weight: bold")
        self.error.setAccessibleName(self.tr("Thay đổi chưa được lưu"))
        self.error.hide()
        self.result = QPlainTextEdit()
        self.result.setTabChangesFocus(True)
        self.result.setPlaceholderText(self.tr("Kết quả thực hiện: nêu số liệu, văn bản, hoạt động cụ thể…"))
        self.result.setAccessibleName(self.tr("Kết quả thực hiện"))
        self.result.textChanged.connect(lambda: self._edited(AssessmentChange(result=self.result.toPlainText())))
        self.explanation = QPlainTextEdit()
        self.explanation.setTabChangesFocus(True)
        self.explanation.setPlaceholderText(self.tr("Bắt buộc khi kết luận Đạt/Không đạt mà chưa có tài liệu "
                                                    "minh chứng"))
        self.explanation.setAccessibleName(self.tr("Giải trình"))
        self.explanation.textChanged.connect(
            lambda: self._edited(AssessmentChange(explanation=self.explanation.toPlainText())))
        for edit in (self.result, self.explanation):
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 3 + 14)
        result_label = QLabel(self.tr("Kết &quả thực hiện:"))
        result_label.setBuddy(self.result)
        explanation_label = QLabel(self.tr("&Giải trình:"))
        explanation_label.setBuddy(self.explanation)

        top_row = QHBoxLayout()
        top_row.setSpacing(6)
        top_row.addWidget(status_label)
        top_row.addWidget(self.status)
        top_row.addSpacing(10)
        top_row.addWidget(self.suggestion_icon, 0, Qt.AlignmentFlag.AlignVCenter)
        top_row.addWidget(self.suggestion, 1)
        decision = QGridLayout()
        decision.setContentsMargins(0, 0, 0, 0)
        decision.setHorizontalSpacing(8)
        decision.setVerticalSpacing(2)
        decision.addLayout(top_row, 0, 0, 1, 2)
        decision.addWidget(self.error, 1, 0, 1, 2)
        decision.addWidget(result_label, 2, 0)
        decision.addWidget(explanation_label, 2, 1)
        decision.addWidget(self.result, 3, 0)
        decision.addWidget(self.explanation, 3, 1)
        decision.setColumnStretch(0, 3)
        decision.setColumnStretch(1, 2)

        # -- tab 1: the criterion's text and the values that decide it -------------------------
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setAccessibleName(self.tr("Nội dung tiêu chí"))
        self.conditions = ConditionForm()
        self.conditions.changed.connect(self._values_edited)
        self.conditions_box = QGroupBox(self.tr("Số liệu để đánh giá"))
        QVBoxLayout(self.conditions_box).addWidget(self.conditions)
        text_page = QWidget()
        text_layout = QVBoxLayout(text_page)
        text_layout.addWidget(self.text)
        text_layout.addWidget(self.conditions_box)
        text_layout.addStretch()
        self.text_scroll = _scrolling(text_page)

        # -- tab 2: evidence ------------------------------------------------------------------
        self.evidence = EvidencePanel(ctx)

        # -- tab 3: units and deadline ------------------------------------------------------------
        self.lead = UnitPicker()
        self.lead.setAccessibleName(self.tr("Đơn vị chủ trì"))
        self.lead.editTextChanged.connect(lambda t: self._edited(AssessmentChange(lead_unit=t)))
        self.cooperating = UnitPicker()
        self.cooperating.setAccessibleName(self.tr("Đơn vị phối hợp"))
        self.cooperating.editTextChanged.connect(lambda t: self._edited(AssessmentChange(cooperating_units=t)))
        self.deadline = DateField()
        self.deadline.setAccessibleName(self.tr("Thời hạn"))
        self.deadline.value_changed.connect(lambda: self._edited(AssessmentChange(deadline=self.deadline.value())))
        units_page = QWidget()
        units = QFormLayout(units_page)
        units.addRow(self.tr("Đơn vị &chủ trì:"), self.lead)
        units.addRow(self.tr("Đơn vị &phối hợp:"), self.cooperating)
        units.addRow(self.tr("&Thời hạn hoàn thành:"), self.deadline)

        # -- tab 4: the approving body's review ------------------------------------------------
        self.review_status = QComboBox()
        for review in ReviewStatus:
            self.review_status.addItem(enum_label(review), review)
        self.review_status.setAccessibleName(self.tr("Ý kiến thẩm định"))
        self.review_status.currentIndexChanged.connect(
            lambda _i: self._edited(AssessmentChange(review_status=self.review_status.currentData())))
        self.review_comment = QPlainTextEdit()
        self.review_comment.setTabChangesFocus(True)
        self.review_comment.setFixedHeight(80)
        self.review_comment.setPlaceholderText(
            self.tr("Nhận xét của cơ quan thẩm định (gửi lại cho xã bằng gói ý kiến)"))
        self.review_comment.textChanged.connect(
            lambda: self._edited(AssessmentChange(review_comment=self.review_comment.toPlainText())))
        review_page = QWidget()
        review_form = QFormLayout(review_page)
        review_form.addRow(self.tr("Thẩm định:"), self.review_status)
        review_form.addRow(self.tr("Nhận xét:"), self.review_comment)
        self.review_box = review_page

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.text_scroll, self.tr("Nội dung và số liệu"))
        self.tabs.addTab(self.evidence, self.tr("Minh chứng"))
        self.tabs.addTab(_scrolling(units_page), self.tr("Phân công, thời hạn"))
        self.tabs.addTab(review_page, self.tr("Ý kiến thẩm định"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 0)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addLayout(decision)
        layout.addWidget(self.tabs, 1)
        self.setEnabled(False)
        self.evidence.loaded.connect(self._count_evidence)

    # -- showing ---------------------------------------------------------------------------
    def show_criterion(self, code: str | None) -> None:
        if code == self.code:
            return
        self.flush()
        self.code = code
        self.info = None
        self._show_error("")
        dossier_id = self.ctx.dossier_id
        if code is None or dossier_id is None:
            self.setEnabled(False)
            self.evidence.show_criterion(None)
            return
        services = self.ctx.services
        need_units = self._units is None or self._units[0] is not services

        def read():
            framework = services.dossiers.framework(dossier_id)
            units = services.dossiers.known_units() if need_units else None
            return framework, units, services.dossiers.assessment(dossier_id, code)

        def shown(answer) -> None:
            if self.code != code or self.ctx.dossier_id != dossier_id:
                return   # another criterion was chosen meanwhile
            framework, units, info = answer
            self.conditions.build(framework.criterion(code), framework)
            if units is not None:
                self._units = (services, units)
                self.lead.set_choices(units)
                self.cooperating.set_choices(units)
            self.show_info(info)
            self.setEnabled(True)
            self.apply_read_only()
            self.text_scroll.verticalScrollBar().setValue(0)   # each criterion opens at its top

        # nothing of the previous criterion can be edited while this one is read
        self.setEnabled(False)
        self.ctx.runner.query(read, shown, self._read_failed)
        self.evidence.show_criterion(code)

    def _read_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, ServiceError):
            raise exc
        self._show_error(messages.describe(exc))

    def forget_units(self, *_args) -> None:
        self._units = None

    def lead_choices(self) -> list[str]:
        return [self.lead.itemText(i) for i in range(self.lead.count())]

    def refresh(self) -> None:
        """Read the stored state of the current criterion again and show it."""
        code, dossier_id = self.code, self.ctx.dossier_id
        if code is None or dossier_id is None:
            return
        dossiers = self.ctx.services.dossiers
        self.ctx.runner.query(lambda: dossiers.assessment(dossier_id, code),
                              lambda info: self.show_info(info) if self.code == code else None, self._read_failed)

    def show_info(self, info: AssessmentInfo) -> None:
        """Show a criterion's stored state. A field already showing its value is left alone, so
        what Ctrl+Z can undo survives a save."""
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
            if not self.lead.hasFocus():
                self.lead.set_text(info.lead_unit)
            if not self.cooperating.hasFocus():
                self.cooperating.set_text(info.cooperating_units)
            if self.deadline.value() != info.deadline and not self.deadline.is_being_typed() \
                    and not self.deadline.is_refused():
                self.deadline.set_value(info.deadline)
            self.review_status.setCurrentIndex(list(ReviewStatus).index(info.review_status))
            if self.review_comment.toPlainText() != info.review_comment:
                self.review_comment.setPlainText(info.review_comment)
            self._show_suggestion(info.suggestion, info.reason)
            self._show_evidence_count(info.evidence_count)
            self._show_review(info)
        finally:
            self._loading = False

    def _show_suggestion(self, suggestion: Suggestion, reason: Param) -> None:
        colour = _SUGGESTION_COLOURS[suggestion]
        self.suggestion_icon.setPixmap(suggestion_icon(suggestion).pixmap(18, 18))
        self.suggestion_icon.setToolTip(enum_label(suggestion))
        label = f"<b style='color:{colour}'>{enum_label(suggestion)}</b>"
        self.suggestion.setText(fill(self.tr("Gợi ý: %1 — %2"), label, messages.describe(reason)))

    def _show_evidence_count(self, count: int) -> None:
        self.tabs.setTabText(TAB_EVIDENCE, fill(self.tr("Minh chứng (%1)"), str(count)))

    def _count_evidence(self) -> None:
        if self.code is not None:
            self._show_evidence_count(self.evidence.model.rowCount())

    def _show_review(self, info: AssessmentInfo) -> None:
        """The review tab: the approving body writes it; the commune reads what was sent back."""
        reviewer = self.ctx.reviewer
        received = info.review_status is not ReviewStatus.CHUA_XEM or bool(info.review_comment)
        self.tabs.setTabVisible(TAB_REVIEW, reviewer or received)
        self.review_status.setEnabled(reviewer)
        self.review_comment.setReadOnly(not reviewer)

    # -- editing ---------------------------------------------------------------------------
    def _edited(self, change: AssessmentChange) -> None:
        if self._loading or self.code is None:
            return
        self._pending = self._pending.then(change)
        self._timer.start()

    def _values_edited(self) -> None:
        """Values typed: the suggestion is computed off the GUI thread, one request at a time
        (the newest values win), and the values that can be read are saved."""
        if self._loading or self.code is None or self.info is None:
            return
        if self._preview_out:
            self._preview_again = True
            return
        self._preview_out = True
        values = self.conditions.values()
        code, dossier_id, stored = self.code, self.ctx.dossier_id, dict(self.info.values)
        dossiers = self.ctx.services.dossiers

        def previewed(answer) -> None:
            self._preview_out = False
            suggestion, problems = answer
            good = {k: v for k, v in values.items() if k not in problems}
            changed = {k: v for k, v in good.items() if stored.get(k) != v and not (v is None and k not in stored)}
            if code == self.code:
                self._show_suggestion(suggestion.status, suggestion.reason)
                self.conditions.show_problems(problems)
                if changed:
                    self._pending = self._pending.then(AssessmentChange(values=changed))
                    self._timer.start()
                if self._preview_again:
                    self._preview_again = False
                    self._values_edited()
            elif changed:  # the officer moved on before the answer came: save for that criterion
                self._save(code, dossier_id, AssessmentChange(values=changed))

        def failed(exc: BaseException) -> None:
            self._preview_out = self._preview_again = False
            self._read_failed(exc)

        self.ctx.runner.query(lambda: dossiers.preview(dossier_id, code, values), previewed, failed)

    def _status_edited(self) -> None:
        if self._loading or self.code is None:
            return
        self._pending = self._pending.then(AssessmentChange(status=self.status.currentData()))
        self.flush()

    def flush(self) -> None:
        """Save what was edited now (through the single writer, in order)."""
        self._timer.stop()
        if not self._pending or self.code is None or self.ctx.dossier_id is None:
            return
        change, self._pending = self._pending, AssessmentChange()
        self._save(self.code, self.ctx.dossier_id, change)

    def _save(self, code: str, dossier_id: int, change: AssessmentChange) -> None:
        dossiers = self.ctx.services.dossiers

        def work(_report, _cancelled):
            return dossiers.change_assessment(dossier_id, code, change)

        def done(info: AssessmentInfo) -> None:
            if code == self.code:
                self.info = info
                self._show_error("")
                self._loading = True
                self.status.setCurrentIndex(list(Status).index(info.status))
                self._loading = False
                self._show_suggestion(info.suggestion, info.reason)
            self.saved.emit(info)
            self.ctx.signals.assessment_changed.emit(code)

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, ServiceError):
                raise exc
            if code != self.code:   # the officer has moved on: say it where they are
                self.ctx.signals.save_refused.emit(fill(self.tr("Tiêu chí %1: %2"), code, messages.describe(exc)))
                return
            decision = change.status is not None
            self._show_error(messages.describe(exc), decision)
            if decision and self.info is not None:
                self._loading = True
                self.status.setCurrentIndex(list(Status).index(self.info.status))
                self._loading = False
                if change.explanation is None and getattr(exc, "code", None) == "assessment.decision_needs_evidence":
                    mark_refused(self.explanation, True)
                    self.explanation.setFocus()
            rest = change.without("status")
            if rest:  # keep the other edits: save them without the refused decision (what was typed since wins)
                self._pending = rest.then(self._pending)
                self._timer.start()

        self.ctx.runner.run(work, done, failed)

    def _show_error(self, text: str, decision: bool = False) -> None:
        """A refused change, at the field: the message under the decision, the field in red."""
        self.error.setText(text)
        self.error.setVisible(bool(text))
        mark_refused(self.status, bool(text) and decision)
        if not text:
            mark_refused(self.explanation, False)

    def apply_read_only(self) -> None:
        """A dossier from another commune opened for review: only the review can be written."""
        editable = not self.ctx.read_only
        for widget in (self.conditions, self.status, self.result, self.explanation, self.lead, self.cooperating,
                       self.deadline):
            widget.setEnabled(editable)
        self.evidence.set_editable(editable)
        if self.info is not None:
            self._show_review(self.info)

    def has_unsaved(self) -> bool:
        return bool(self._pending) or self._preview_out or self._timer.isActive()

    # -- files dropped anywhere on the criterion ---------------------------------------------
    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if event.mimeData().hasUrls() and self.code and not self.ctx.read_only:
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        files = dropped_files(event.mimeData())
        if files and self.code and not self.ctx.read_only:
            event.acceptProposedAction()
            self.evidence.attach(self.code, files)
            self.tabs.setCurrentIndex(TAB_EVIDENCE)
