"""The Qt binding keeps Python's references. PySide6 6.12.0 dropped one reference to the value a
Python override handed back to Qt (a model's ``data()`` returning None, …) on every call: after a
long enough session None or True was freed and the window died ("Fatal Python error:
none_dealloc / bool_dealloc"; seen in the benchmark session and at the end of the scripted year).
pyproject.toml keeps PySide6 below 6.12; this test says whether a version can be let in."""
from __future__ import annotations

import sys

import PySide6
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import QComboBox, QTreeWidgetItem

CALLS = 200   # few: on a dropping binding, more would free True and abort the test run


class _Model(QAbstractTableModel):
    """Answers as the window's models do: None where there is nothing, True/False for flags."""

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 3

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 2

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.UserRole:
            return index.row() == 1
        return None


class _Emitter(QObject):
    anything = Signal(object)
    flag = Signal(bool)


def _counts() -> tuple[int, int, int]:
    return sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)


def _lost(action) -> list[int]:
    action()                     # first call: caches filled
    before = _counts()
    for _ in range(CALLS):
        action()
    return [b - a for a, b in zip(_counts(), before, strict=True)]   # references lost (> 0)


def test_values_handed_to_qt_and_back_keep_their_references(qapp):
    model = _Model()
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    emitter = _Emitter()
    received = []
    emitter.anything.connect(received.append)
    emitter.flag.connect(received.append)
    combo = QComboBox()
    combo.addItem("a", None)
    combo.addItem("b", True)
    item = QTreeWidgetItem()
    item.setData(0, Qt.ItemDataRole.UserRole, "criterion\tI.1")
    checks = {
        "model data() returning None, read through a proxy": lambda: proxy.index(1, 1).data(),
        "model data() returning None": lambda: model.index(1, 1).data(),
        "model data() returning True/False": lambda: (model.index(0, 0).data(Qt.ItemDataRole.UserRole),
                                                      model.index(1, 0).data(Qt.ItemDataRole.UserRole)),
        "signal carrying None": lambda: emitter.anything.emit(None),
        "signal carrying a bool": lambda: (emitter.flag.emit(True), emitter.flag.emit(False)),
        "combo box item data": lambda: (combo.itemData(0), combo.itemData(1), combo.currentData()),
        "tree item with no data": lambda: item.data(1, Qt.ItemDataRole.UserRole),
    }
    losses = {}
    for name, action in checks.items():
        received.clear()
        lost = _lost(action)
        if any(n > CALLS // 10 for n in lost):   # one per call is the bug; a few are caches
            losses[name] = dict(zip(("None", "True", "False"), lost, strict=True))
            break                                # stop before the interpreter's own values are freed
    assert not losses, f"the Qt binding drops references (PySide6 {PySide6.__version__}): {losses}"
