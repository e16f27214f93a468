"""The form for a criterion's conditions: one row per condition, with widgets by kind
(numbers, dates, ratings, the event checklist). It only collects raw values; the services
read and judge them."""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import QComboBox, QFormLayout, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QWidget

from plandesk.domain.framework import Condition, Criterion, Framework
from plandesk.domain.messages import Param

from .labels import tr_label
from .messages import describe
from .widgets import DateField, mark_refused


def _show_text(edit: QLineEdit, text: str) -> None:
    """Show a stored value; a field already showing it keeps its undo history (Ctrl+Z), and the
    field the officer is typing in is left alone (a save of another field must not undo it)."""
    if edit.text() != text and not edit.hasFocus():
        edit.setText(text)


def _show_date(field: DateField, value) -> None:
    """Show a stored date, unless the officer is typing one there (not yet taken) or the field
    shows a refused one to correct."""
    if not field.is_refused() and not field.is_being_typed():
        field.set_value(value)


_PAIR_LABELS = {
    "percent_at_least": ("đã thực hiện", "tổng số"),
    "reduction_at_least": ("năm trước", "năm nay"),
    "rate_below": ("số trường hợp", "tổng số"),
}


class ConditionForm(QWidget):
    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.layout_ = QFormLayout(self)
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self._getters: dict[str, Any] = {}
        self._setters: dict[str, Any] = {}
        self._problem_labels: dict[str, QLabel] = {}
        self._fields: dict[str, QWidget] = {}

    def build(self, criterion: Criterion | None, framework: Framework | None) -> None:
        while self.layout_.rowCount():
            self.layout_.removeRow(0)
        self._getters.clear()
        self._setters.clear()
        self._fields.clear()
        self._problem_labels.clear()
        if criterion is None:
            return
        if not criterion.conditions:
            note = QLabel(self.tr("Tiêu chí này không có điều kiện đo được; Hội đồng đánh giá theo kết quả thực hiện."))
            note.setWordWrap(True)
            self.layout_.addRow(note)
        for condition in criterion.conditions:
            self._add_condition(condition, framework)

    def _add_condition(self, condition: Condition, framework: Framework | None) -> None:
        label = QLabel(condition.label)
        label.setWordWrap(True)
        label.setMinimumWidth(260)
        kind = condition.kind
        if kind == "boolean":
            box = QComboBox()
            box.addItems(["—", self.tr("Có"), self.tr("Không")])
            box.setAccessibleName(condition.label)
            box.currentIndexChanged.connect(self.changed)
            self._getters[condition.id] = lambda b=box: {0: None, 1: True, 2: False}[b.currentIndex()]
            self._setters[condition.id] = lambda v, b=box: b.setCurrentIndex(0 if v is None else 1 if v else 2)
            self.layout_.addRow(label, box)
        elif kind == "count_at_least":
            edit = self._number_edit(condition.label)
            self._bind_text(condition.id, edit)
            self.layout_.addRow(label, edit)
        elif kind in _PAIR_LABELS:
            row = QWidget()
            h = QHBoxLayout(row)
            h.setContentsMargins(0, 0, 0, 0)
            first, second = _PAIR_LABELS[kind]
            suffixes = condition.value_names()
            for suffix_name, text in zip(suffixes, (first, second)):
                h.addWidget(QLabel(tr_label(text).capitalize() + ":"))
                edit = self._number_edit(f"{condition.label}: {text}")
                self._bind_text(suffix_name, edit)
                h.addWidget(edit)
            h.addStretch()
            self.layout_.addRow(label, row)
        elif kind == "date_within":
            field = DateField()
            field.setAccessibleName(condition.label)
            field.value_changed.connect(self.changed)
            self._getters[condition.id] = lambda f=field: f.value().isoformat() if f.value() else None
            self._setters[condition.id] = lambda v, f=field: _show_date(f, v)
            self.layout_.addRow(label, field)
        elif kind == "rating_at_least":
            box = QComboBox()
            levels = list(framework.scales[condition.params["scale"]].levels) if framework else []
            box.addItems(["—", *levels])
            box.setAccessibleName(condition.label)
            box.currentIndexChanged.connect(self.changed)
            self._getters[condition.id] = lambda b=box: None if b.currentIndex() == 0 else b.currentText()
            self._setters[condition.id] = lambda v, b=box: b.setCurrentIndex(max(0, b.findText(v)) if v else 0)
            self.layout_.addRow(label, box)
        elif kind == "events":
            title = QLabel(f"<b>{condition.label}</b> — " + self.tr("ngày tổ chức:"))
            title.setWordWrap(True)
            self.layout_.addRow(title)
            grid_widget = QWidget()
            grid = QGridLayout(grid_widget)
            grid.setContentsMargins(16, 0, 0, 0)
            for row, (event, name) in enumerate(zip(condition.events, condition.value_names())):
                field = DateField()
                field.setAccessibleName(event.label)
                field.value_changed.connect(self.changed)
                self._getters[name] = lambda f=field: f.value().isoformat() if f.value() else None
                self._setters[name] = lambda v, f=field: _show_date(f, v)
                event_label = QLabel(event.label)
                event_label.setBuddy(field)
                grid.addWidget(event_label, row, 0)
                grid.addWidget(field, row, 1)
            grid.setColumnStretch(2, 1)
            self.layout_.addRow(grid_widget)
        problem = QLabel()
        problem.setStyleSheet("color: #c62828")
        problem.setWordWrap(True)
        problem.hide()
        for name in condition.value_names():
            self._problem_labels[name] = problem
        self.layout_.addRow("", problem)

    def _number_edit(self, accessible: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setValidator(QIntValidator(0, 10_000_000, edit))
        edit.setMaximumWidth(110)
        edit.setPlaceholderText("—")
        edit.setAccessibleName(accessible)
        edit.textEdited.connect(self.changed)
        return edit

    def _bind_text(self, name: str, edit: QLineEdit) -> None:
        self._getters[name] = lambda e=edit: e.text().strip() or None
        self._setters[name] = lambda v, e=edit: _show_text(e, "" if v is None else str(v))
        self._fields[name] = edit

    def values(self) -> dict[str, Any]:
        return {name: getter() for name, getter in self._getters.items()}

    def set_values(self, values: dict[str, Any]) -> None:
        self.blockSignals(True)
        for name, setter in self._setters.items():
            setter(values.get(name))
        self.blockSignals(False)

    def show_problems(self, problems: Mapping[str, Param]) -> None:
        """Under each field, why what was typed in it cannot be taken (in the interface's language)."""
        texts: dict[int, tuple[QLabel, list[str]]] = {}
        for label in self._problem_labels.values():
            texts.setdefault(id(label), (label, []))
        for name, text in problems.items():
            label = self._problem_labels.get(name)
            if label is not None:
                texts[id(label)][1].append(describe(text))
        for label, lines in texts.values():
            label.setText("; ".join(lines))
            label.setVisible(bool(lines))
        for name, field in self._fields.items():  # a value that cannot be taken: its field in red
            mark_refused(field, name in problems)
