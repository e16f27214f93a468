"""Message boxes with Vietnamese button texts (Qt ships no Vietnamese translation of its
own dialogs) and the one place where errors reach the user."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("messages", text)


def _box(parent: QWidget | None, icon, title: str, text: str, buttons, default=None) -> QMessageBox:
    box = QMessageBox(icon, title, text, buttons, parent)
    names = {
        QMessageBox.StandardButton.Ok: _tr("Đồng ý"),
        QMessageBox.StandardButton.Cancel: _tr("Hủy"),
        QMessageBox.StandardButton.Yes: _tr("Có"),
        QMessageBox.StandardButton.No: _tr("Không"),
        QMessageBox.StandardButton.Close: _tr("Đóng"),
    }
    for standard, label in names.items():
        button = box.button(standard)
        if button is not None:
            button.setText(label)
    if default is not None:
        box.setDefaultButton(default)
    return box


def show_error(parent: QWidget | None, text: str, title: str | None = None) -> None:
    _box(parent, QMessageBox.Icon.Warning, title or _tr("Không thực hiện được"), text,
         QMessageBox.StandardButton.Ok).exec()


def show_info(parent: QWidget | None, text: str, title: str | None = None) -> None:
    _box(parent, QMessageBox.Icon.Information, title or "PlanDesk", text, QMessageBox.StandardButton.Ok).exec()


def confirm(parent: QWidget | None, text: str, title: str | None = None) -> bool:
    box = _box(parent, QMessageBox.Icon.Question, title or _tr("Xác nhận"), text,
               QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes
