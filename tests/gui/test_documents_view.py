"""The Documents screen: what the officer changes is kept in the dossier and printed; the
preview shows the pages; export writes the files; a failed write is explained."""
from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from plandesk.gui import messages
from plandesk.services.demo import create_demo


@pytest.fixture
def docs_screen(open_window):
    window = open_window(start=False)
    create_demo(window.ctx.services)
    window.start()
    window.tabs.setCurrentWidget(window.documents_view)
    return window, window.documents_view


def test_number_and_reworded_paragraph_are_kept_and_printed(docs_screen, tmp_path):
    window, view = docs_screen
    view.chooser.setCurrentIndex(view.chooser.findData("to-trinh"))
    number = view.form_widget.findChildren(QLineEdit)[0]
    number.setText("15")
    number.textEdited.emit("15")
    edits = view.form_widget.findChildren(QPlainTextEdit)
    proposal = next(e for e in edits if e.accessibleName() == "Đề nghị")
    proposal.setPlainText("Kính đề nghị Ban Chỉ đạo 138 huyện Tháp Mười xem xét, công nhận xã Thanh Mỹ.")
    view.flush()
    settings = window.ctx.services.dossiers.settings(window.ctx.dossier_id)
    assert settings.numbers["to_trinh"] == "15"
    assert settings.texts["to_trinh.de_nghi"].startswith("Kính đề nghị Ban Chỉ đạo 138")
    view.export(["to-trinh"], "pdf", out_dir=tmp_path / "out")
    pages = PdfReader(tmp_path / "out" / "to-trinh.pdf").pages
    text = " ".join(" ".join(page.extract_text().split()) for page in pages)
    assert "Số: 15/TTr-HĐ" in text
    assert "công nhận xã Thanh Mỹ." in text


def test_unchanged_default_paragraph_is_not_stored(docs_screen):
    window, view = docs_screen
    view.chooser.setCurrentIndex(view.chooser.findData("bao-cao"))
    edit = view.form_widget.findChildren(QPlainTextEdit)[0]
    original = edit.toPlainText()
    edit.setPlainText(original + " thêm")
    edit.setPlainText(original)  # back to the generated wording
    view.flush()
    assert window.ctx.services.dossiers.settings(window.ctx.dossier_id).texts.get("bao_cao.tinh_hinh", "") == ""


def test_preview_shows_the_pages(docs_screen):
    _window, view = docs_screen
    view.chooser.setCurrentIndex(view.chooser.findData("bien-ban"))
    assert view.pages_layout.count() >= 1
    assert view.preview_note.text().startswith("Xem trước:")


def test_preview_of_the_evidence_bundle_shows_its_pages(docs_screen):
    _window, view = docs_screen
    view.chooser.setCurrentIndex(view.chooser.findData("ho-so-minh-chung"))
    # the cover and index (two pages), then each of the sample dossier's one-page evidence PDFs
    documents = len([e for e in view.ctx.services.evidence.list(view.ctx.dossier_id) if e.criteria])
    assert view.preview_note.text() == f"Xem trước: {2 + documents} trang"
    assert view.pages_layout.count() == 2 + documents


def test_export_all_writes_every_format(docs_screen, tmp_path, qsettings):
    window, view = docs_screen
    window.ctx.settings.setValue(f"export_dir/{window.ctx.workspace_key}/{window.ctx.dossier_id}",
                                 str(tmp_path / "all"))
    view.export_all()
    names = {p.name for p in (tmp_path / "all").iterdir()}
    assert {"to-trinh.pdf", "bao-cao.docx", "bien-ban.pdf", "ho-so-minh-chung.pdf", "checklist.xlsx"} <= names


def test_a_folder_that_cannot_be_written_is_explained(docs_screen, tmp_path, monkeypatch):
    _window, view = docs_screen
    asked = []
    monkeypatch.setattr(messages, "confirm", lambda parent, text, title=None: asked.append(text) or False)
    blocker = tmp_path / "la-tep"
    blocker.write_text("một tệp, không phải thư mục")
    view.export(["to-trinh"], "pdf", out_dir=blocker / "con")
    assert asked and "to-trinh.pdf" in asked[0] and "đóng tệp rồi thử lại" in asked[0]
