"""Message boxes with Vietnamese button texts (Qt ships no Vietnamese translation of its
own dialogs) and the one place where errors reach the user."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def _box(parent: QWidget | None, icon, title: str, text: str, buttons, default=None) -> QMessageBox:
    box = QMessageBox(icon, title, text, buttons, parent)
    names = {
        QMessageBox.StandardButton.Ok: QCoreApplication.translate("messages", "Đồng ý"),
        QMessageBox.StandardButton.Cancel: QCoreApplication.translate("messages", "Hủy"),
        QMessageBox.StandardButton.Yes: QCoreApplication.translate("messages", "Có"),
        QMessageBox.StandardButton.No: QCoreApplication.translate("messages", "Không"),
        QMessageBox.StandardButton.Close: QCoreApplication.translate("messages", "Đóng"),
    }
    for standard, label in names.items():
        button = box.button(standard)
        if button is not None:
            button.setText(label)
    if default is not None:
        box.setDefaultButton(default)
    return box


def show_error(parent: QWidget | None, text: str, title: str | None = None, details: str | None = None) -> None:
    box = _box(parent, QMessageBox.Icon.Warning,
               title or QCoreApplication.translate("messages", "Không thực hiện được"), text, QMessageBox.StandardButton.Ok)
    if details:
        box.setDetailedText(details)
    box.exec()


def show_info(parent: QWidget | None, text: str, title: str | None = None) -> None:
    _box(parent, QMessageBox.Icon.Information, title or "PlanDesk", text, QMessageBox.StandardButton.Ok).exec()


def confirm(parent: QWidget | None, text: str, title: str | None = None) -> bool:
    box = _box(parent, QMessageBox.Icon.Question, title or QCoreApplication.translate("messages", "Xác nhận"), text,
               QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes
