"""Message boxes with Vietnamese button texts (Qt ships no Vietnamese translation of its
own dialogs) and the one place where errors reach the user: ``describe`` gives an error's
text in the interface's language (the catalogue's translation of its code, parameters
filled; an error without a code as it is)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QGridLayout, QMessageBox, QPlainTextEdit, QWidget

from plandesk.domain.messages import CONTEXT, CodedError, Listing, Message, Param

WIDTH = 560             # the width a long message is laid out at
SCREEN_SHARE = 0.45     # a message taller than this share of the screen scrolls


def translated(message: Message | Listing) -> str:
    """A catalogue message (or several as one) in the interface's language."""
    return message.render(lambda source: QCoreApplication.translate(CONTEXT, source))


def describe(error: BaseException | Param) -> str:
    """What the user reads for an error: a coded error (or a message, a problem a check
    found) translated, anything else as its text."""
    if isinstance(error, (Message, Listing)):
        return translated(error)
    if isinstance(error, CodedError) and error.message is not None:
        return translated(error.message)
    return str(error)


def _screen_height(parent: QWidget | None) -> int:
    screen = parent.screen() if parent is not None else QGuiApplication.primaryScreen()
    return screen.availableGeometry().height() if screen is not None else 768


def _split_long(box: QMessageBox, text: str, parent: QWidget | None) -> None:
    """A message too tall for the screen (a list of problems, of files) keeps its first
    paragraph as the message and shows the rest in a scrolling box under it: the buttons
    stay on the screen (issue 13: a list of 20 refused criteria pushed them off a laptop's)."""
    metrics = box.fontMetrics()
    needed = metrics.boundingRect(QRect(0, 0, WIDTH, 100_000), int(Qt.TextFlag.TextWordWrap), text).height()
    limit = int(_screen_height(parent) * SCREEN_SHARE)
    head, _, rest = text.partition("\n\n")
    layout = box.layout()
    if needed <= limit or not rest.strip() or not isinstance(layout, QGridLayout):
        return
    box.setText(head)
    detail = QPlainTextEdit(rest.strip())
    detail.setReadOnly(True)
    detail.setObjectName("messageDetail")
    detail.setAccessibleName(head)
    detail.setMinimumWidth(WIDTH)
    detail.setFixedHeight(limit)
    layout.addWidget(detail, layout.rowCount(), 1, 1, max(layout.columnCount() - 1, 1))
    # the buttons after it
    buttons = box.findChild(QWidget, "qt_msgbox_buttonbox")
    if buttons is not None:
        layout.removeWidget(buttons)
        layout.addWidget(buttons, layout.rowCount(), 0, 1, layout.columnCount())


def _box(parent: QWidget | None, icon, title: str, text: str, buttons, default=None) -> QMessageBox:
    box = QMessageBox(icon, title, text, buttons, parent)
    _split_long(box, text, parent)
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
    """A refusal or a failure (an error's text: ``describe(error)``)."""
    box = _box(parent, QMessageBox.Icon.Warning,
               title or QCoreApplication.translate("messages", "Không thực hiện được"), text,
               QMessageBox.StandardButton.Ok)
    if details:
        box.setDetailedText(details)
    box.exec()


def show_failure(parent: QWidget | None, error: BaseException, title: str | None = None) -> None:
    """An error the work raised, in the interface's language."""
    show_error(parent, describe(error), title)


def show_info(parent: QWidget | None, text: str, title: str | None = None) -> None:
    _box(parent, QMessageBox.Icon.Information, title or "PlanDesk", text, QMessageBox.StandardButton.Ok).exec()


def confirm(parent: QWidget | None, text: str, title: str | None = None) -> bool:
    box = _box(parent, QMessageBox.Icon.Question, title or QCoreApplication.translate("messages", "Xác nhận"), text,
               QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes
