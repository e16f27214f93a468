"""The About dialog: version, workspace, and the licences of the bundled fonts and libraries."""
from __future__ import annotations

from importlib import metadata

from PySide6.QtWidgets import QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from plandesk import __version__
from plandesk.domain.messages import fill

from .dialogs import RememberingDialog, name_buttons

# (distribution, licence as its authors state it)
LIBRARIES = (
    ("PySide6-Essentials", "LGPL-3.0 (Qt for Python)"), ("shiboken6", "LGPL-3.0"),
    ("SQLAlchemy", "MIT"), ("alembic", "MIT"), ("platformdirs", "MIT"), ("babel", "BSD-3-Clause"),
    ("reportlab", "BSD"), ("python-docx", "MIT"), ("openpyxl", "MIT"), ("pypdf", "BSD-3-Clause"),
    ("pypdfium2", "Apache-2.0 hoặc BSD-3-Clause; PDFium: BSD-3-Clause"), ("Pillow", "MIT-CMU (HPND)"),
    ("cryptography", "Apache-2.0 hoặc BSD-3-Clause"), ("lxml", "BSD-3-Clause"), ("et-xmlfile", "MIT"),
)


def library_rows() -> list[tuple[str, str, str]]:
    rows = []
    for name, licence in LIBRARIES:
        try:
            version = metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
        rows.append((name, version, licence))
    return rows


class AboutDialog(RememberingDialog):
    def __init__(self, parent: QWidget | None, workspace: str):
        super().__init__(parent, "about")
        self.setWindowTitle(self.tr("Giới thiệu PlanDesk"))
        heading = QLabel(f"<h2>PlanDesk {__version__}</h2>" + self.tr(
            "Hồ sơ xây dựng xã điển hình về phong trào toàn dân bảo vệ an ninh Tổ quốc."))
        heading.setWordWrap(True)
        where = QLabel(fill(self.tr("Thư mục làm việc: %1"), workspace))
        where.setWordWrap(True)
        rows = "".join(f"<tr><td>{n}</td><td>{v}</td><td>{lic}</td></tr>" for n, v, lic in library_rows())
        text = QTextBrowser()
        text.setHtml(
            "<p><b>" + self.tr("Phông chữ") + "</b>: Liberation Serif (Red Hat, Google) — SIL Open Font License 1.1; "
            + self.tr("toàn văn giấy phép trong resources/fonts/LICENSE-LiberationSerif.txt.") + "</p>"
            "<p><b>" + self.tr("Thư viện") + "</b></p><table cellpadding='3'>"
            "<tr><th align='left'>" + self.tr("Tên") + "</th><th align='left'>" + self.tr("Phiên bản") + "</th>"
            "<th align='left'>" + self.tr("Giấy phép") + "</th></tr>" + rows + "</table>"
            "<p>" + self.tr("PlanDesk không kết nối Internet; mọi dữ liệu nằm trong thư mục làm việc trên máy.")
            + "</p>")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        name_buttons(buttons)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(where)
        layout.addWidget(text, 1)
        layout.addWidget(buttons)
        self.resize(max(self.width(), 620), max(self.height(), 520))

    @classmethod
    def ask(cls, parent, workspace: str) -> None:
        cls(parent, workspace).exec()
