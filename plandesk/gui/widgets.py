"""Small widgets the forms share: a date field that may be empty, and a pick list that
learns the names typed before."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QDateEdit

_NULL = QDate(1900, 1, 1)


class DateField(QDateEdit):
    """A QDateEdit that can be empty (shown as "—"); Delete or Backspace empties it."""

    value_changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("dd/MM/yyyy")
        self.setMinimumDate(_NULL)
        self.setSpecialValueText("—")
        self.setDate(_NULL)
        self.dateChanged.connect(lambda _d: self.value_changed.emit())

    def value(self) -> dt.date | None:
        date = self.date()
        if date == _NULL:
            return None
        return dt.date(date.year(), date.month(), date.day())

    def set_value(self, value: dt.date | str | None) -> None:
        if isinstance(value, str):
            try:
                value = dt.date.fromisoformat(value)
            except ValueError:
                value = None
        self.blockSignals(True)
        self.setDate(QDate(value.year, value.month, value.day) if value else _NULL)
        self.blockSignals(False)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt name)
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.currentSection() == \
                QDateEdit.Section.DaySection and self.value() is not None and event.modifiers() & \
                Qt.KeyboardModifier.ControlModifier:
            self.setDate(_NULL)
            return
        if self.value() is None and event.text().isdigit():
            self.setDate(QDate.currentDate())
        super().keyPressEvent(event)


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
        self.blockSignals(True)
        self.setEditText(text)
        self.blockSignals(False)
