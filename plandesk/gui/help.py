"""The user's guide (F1, Trợ giúp → Hướng dẫn sử dụng): a short Vietnamese guide shipped with
the application as HTML with screenshots of the real screens (``resources/help/``), shown in
a window of its own beside the work. Links inside the guide stay inside it; a link to a web
address opens the browser."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialogButtonBox, QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from plandesk import paths

from . import messages
from .dialogs import RememberingDialog, name_buttons

GUIDE = ("help", "index.html")


def guide_url() -> QUrl | None:
    try:
        path = paths.resource_path(*GUIDE)
    except FileNotFoundError:
        return None
    return QUrl.fromLocalFile(str(path)) if path.is_file() else None


class HelpWindow(RememberingDialog):
    """The guide, with back / forward / contents; it stays open while the officer works."""

    _open: HelpWindow | None = None

    def __init__(self, parent: QWidget | None, url: QUrl):
        super().__init__(parent, "help")
        self.setWindowTitle(self.tr("Hướng dẫn sử dụng PlanDesk"))
        self.setModal(False)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._follow)
        self.browser.setAccessibleName(self.tr("Hướng dẫn sử dụng"))
        self.home = url
        self.browser.setSource(url)
        back = QPushButton(self.tr("← &Trở lại"))
        back.clicked.connect(self.browser.backward)
        self.browser.backwardAvailable.connect(back.setEnabled)
        back.setEnabled(False)
        contents = QPushButton(self.tr("&Mục lục"))
        contents.clicked.connect(lambda: self.browser.setSource(self.home))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        name_buttons(buttons)
        buttons.rejected.connect(self.close)
        row = QHBoxLayout()
        row.addWidget(back)
        row.addWidget(contents)
        row.addStretch()
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addLayout(row)
        QShortcut(QKeySequence.StandardKey.Back, self, activated=self.browser.backward)
        if self.width() < 640:
            self.resize(760, 620)

    def _follow(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
        else:
            self.browser.setSource(url)

    @classmethod
    def show_for(cls, parent: QWidget | None) -> HelpWindow | None:
        url = guide_url()
        if url is None:
            text = QCoreApplication.translate("HelpWindow", "Không tìm thấy tệp hướng dẫn đi kèm PlanDesk; hãy cài đặt "
                                              "lại ứng dụng.") if parent else "PlanDesk: help/index.html"
            messages.show_error(parent, text)
            return None
        if cls._open is None or not cls._open.isVisible():
            cls._open = cls(parent, url)
            cls._open.show()
        else:  # already open behind the window: bring it forward
            cls._open.raise_()
            cls._open.activateWindow()
        return cls._open
