"""Small widgets the forms share, and the rules every field follows:

- ``DateField``: a date typed as the officer writes it (``5/10/2024``, ``05/10/2024``,
  ``05102024``; ``.`` or ``-`` between the parts too) or picked from a calendar, possibly
  empty. Anything else is refused at the field — red, with the reason under it — and the
  stored date stays as it was: a date is never guessed.
- ``WheelGuard``: the mouse wheel never changes a combo box, spin box or date box the user
  has not clicked into; the page under it scrolls instead (one filter for the whole
  application, so forms and dialogs built later follow it too).
- ``UnitPicker``: a pick list that offers the unit names typed before.
- ``mark_refused``: a field whose change was refused, shown in red."""
from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from plandesk.domain.messages import fill

_DATE = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$")
_DIGITS = re.compile(r"^(\d{2})(\d{2})(\d{4})$")
REFUSED_STYLE = "border: 2px solid #c62828; background: #fdecea"


class DateProblem(ValueError):
    """A typed date that cannot be taken as typed (the message says how to write one)."""


def parse_typed_date(text: str) -> dt.date | None:
    """The date typed in a field: ``d/m/yyyy``, ``dd/mm/yyyy`` or ``ddmmyyyy`` (``/``, ``.``
    or ``-``); empty gives None; anything else raises DateProblem."""
    text = text.strip()
    if not text:
        return None
    match = _DATE.match(text) or _DIGITS.match(text)
    if match is None:
        raise DateProblem(fill(QCoreApplication.translate(
                 "widgets", "“%1” không phải ngày. Gõ ngày/tháng/năm, ví dụ 05/10/2024, 5/10/2024 hoặc 05102024."),
                               text))
    day, month, year = (int(x) for x in match.groups())
    try:
        value = dt.date(year, month, day)
    except ValueError:
        raise DateProblem(fill(QCoreApplication.translate(
                 "widgets", "Không có ngày %1 (ngày %2, tháng %3, năm %4)."),
                               text, str(day), str(month), str(year))) from None
    if not 1900 <= year <= 2200:
        raise DateProblem(fill(QCoreApplication.translate("widgets", "Năm %1 nằm ngoài khoảng 1900–2200."), str(year)))
    return value


def format_date(value: dt.date | None) -> str:
    return "" if value is None else f"{value.day:02d}/{value.month:02d}/{value.year}"


def mark_refused(widget: QWidget, refused: bool) -> None:
    """Red frame on a field whose change was refused (and back to normal)."""
    widget.setProperty("refused", refused)
    widget.setStyleSheet(f"{type(widget).__name__} {{ {REFUSED_STYLE} }}" if refused else "")


class DateField(QWidget):
    """A date that may be empty, typed (see ``parse_typed_date``) or picked from a calendar.
    ``value_changed`` is emitted when a new date is taken (Enter, leaving the field, or the
    calendar), never for a refused one."""

    value_changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._value: dt.date | None = None
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("ngày/tháng/năm"))
        self.edit.setMaxLength(12)
        self.edit.editingFinished.connect(self._typed)
        self.edit.textEdited.connect(lambda _t: self._show_problem(""))
        self.button = QToolButton()
        self.button.setText(self.tr("Lịch"))
        self.button.setToolTip(self.tr("Chọn ngày trên lịch"))
        self.button.setAccessibleName(self.tr("Chọn ngày trên lịch"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.clicked.connect(self._pick)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #c62828")
        self.problem.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.edit)
        row.addWidget(self.button)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(2)
        outer.addLayout(row)
        outer.addWidget(self.problem)
        self.setFocusProxy(self.edit)
        # wide enough for a date and for the hint shown while empty ("ngày/tháng/năm" was cut
        # on the Văn bản screen): the text's width plus the field's own frame and margins
        metrics = self.edit.fontMetrics()
        needed = max(metrics.horizontalAdvance("00/00/00000"), metrics.horizontalAdvance(self.edit.placeholderText()))
        margins = self.edit.textMargins()
        self.edit.setMinimumWidth(needed + margins.left() + margins.right() + 16)
        self.edit.setMaximumWidth(needed + margins.left() + margins.right() + 24)

    # -- the value --------------------------------------------------------------------------
    def value(self) -> dt.date | None:
        return self._value

    def set_value(self, value: dt.date | str | None) -> None:
        """Show a stored date (no signal)."""
        if isinstance(value, str):
            try:
                value = dt.date.fromisoformat(value) if value else None
            except ValueError:
                value = None
        self._value = value
        text = format_date(value)
        if self.edit.text() != text:
            self.edit.setText(text)
        self._show_problem("")

    def text(self) -> str:
        return self.edit.text()

    def is_refused(self) -> bool:
        return not self.problem.isHidden()

    def is_being_typed(self) -> bool:
        """The officer is typing a date here that is not taken yet."""
        return self.edit.hasFocus() or self.edit.text() != format_date(self._value)

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 - Qt's name
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)

    # -- typing and picking -----------------------------------------------------------------
    def _typed(self) -> None:
        try:
            value = parse_typed_date(self.edit.text())
        except DateProblem as exc:
            self._show_problem(str(exc))
            return
        self._take(value)

    def _take(self, value: dt.date | None) -> None:
        self._show_problem("")
        text = format_date(value)
        if self.edit.text() != text:
            self.edit.setText(text)
        if value != self._value:
            self._value = value
            self.value_changed.emit()

    def _show_problem(self, text: str) -> None:
        if bool(text) == self.is_refused() and self.problem.text() == text:
            return
        self.problem.setText(text)
        self.problem.setVisible(bool(text))
        mark_refused(self.edit, bool(text))

    def _pick(self) -> None:
        menu = QMenu(self)
        calendar = QCalendarWidget()
        calendar.setGridVisible(True)
        if self._value is not None:
            calendar.setSelectedDate(self._value)
        action = QWidgetAction(menu)
        action.setDefaultWidget(calendar)
        menu.addAction(action)

        def chosen(date) -> None:
            menu.close()
            self._take(dt.date(date.year(), date.month(), date.day()))

        calendar.clicked.connect(chosen)
        calendar.activated.connect(chosen)
        menu.popup(self.button.mapToGlobal(self.button.rect().bottomLeft()))


class WheelGuard(QObject):
    """The wheel over a combo, spin or date box that does not have the keyboard focus scrolls
    the page instead of changing the box (issue 13: a decision changed and saved by
    scrolling). Installed once on the application."""

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Wheel and isinstance(watched, (QComboBox, QAbstractSpinBox)) \
                and not watched.hasFocus():
            event.ignore()   # handled here and not accepted: Qt hands the wheel on to the parent
            return True
        return False


def install_wheel_guard(app) -> WheelGuard:
    guard = getattr(app, "_plandesk_wheel_guard", None)
    if guard is None:
        guard = WheelGuard(app)
        app.installEventFilter(guard)
        app._plandesk_wheel_guard = guard
    return guard


class UnitPicker(QComboBox):
    """An editable pick list of unit names; it offers what was typed before."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = QCompleter(self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(completer)

    def set_choices(self, names: list[str]) -> None:
        text = self.currentText()
        self.blockSignals(True)
        self.clear()
        self.addItems(names)
        self.completer().setModel(self.model())
        self.setEditText(text)
        self.blockSignals(False)

    def text(self) -> str:
        return self.currentText()

    def set_text(self, text: str) -> None:
        if self.currentText() == text:  # unchanged: keep what Ctrl+Z can undo
            return
        self.blockSignals(True)
        self.setEditText(text)
        self.blockSignals(False)
