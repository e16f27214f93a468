"""What comes out of the printer, measured through LibreOffice (as a commune's PC without
Word prints): each document's DOCX lays out on as many pages as its PDF, and every Excel
sheet prints on A4 at a readable size — the smallest text at least 9 pt, the header row on
every page, the title naming the commune and the year on the first.

These tests need LibreOffice (``soffice``); where it is missing they are skipped."""
from __future__ import annotations

import math
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from plandesk.documents.xlsx import PRINT_MIN_PT
from plandesk.services.export import ExportService

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")


def to_pdf(files: list[Path], out: Path, profile: Path) -> dict[str, Path]:
    """LibreOffice's own rendering of each file, as PDF."""
    out.mkdir(parents=True, exist_ok=True)
    subprocess.run([SOFFICE, "--headless", f"-env:UserInstallation={profile.as_uri()}", "--convert-to", "pdf",
                    "--outdir", str(out), *map(str, files)], check=True, capture_output=True, timeout=600)
    converted = {f.stem: out / f"{f.stem}.pdf" for f in files}
    missing = [name for name, path in converted.items() if not path.is_file()]
    assert not missing, f"LibreOffice did not convert {missing}"
    return converted


def text_sizes(path: Path) -> list[tuple[float, int, str]]:
    """(size in points as printed, page index, text) of every piece of text of a PDF."""
    out: list[tuple[float, int, str]] = []
    for index, page in enumerate(PdfReader(str(path)).pages):
        def visit(text, cm, tm, font, size, index=index):
            if text.strip():
                scale = math.hypot(tm[0], tm[1]) * math.hypot(cm[0], cm[1])
                out.append((size * scale, index, text.strip()))
        page.extract_text(visitor_text=visit)
    return out


@pytest.mark.parametrize("fixture", ["demo", "demo_mid_year"])
def test_pdf_and_docx_of_every_document_have_the_same_pages(request, fixture, tmp_path):
    services, dossier_id = request.getfixturevalue(fixture)
    exported = ExportService(services.dossiers, services.evidence)
    pdfs = {f.doc: f.path for f in exported.export(dossier_id, ["all"], "pdf", tmp_path / "pdf")}
    docx = [f.path for f in exported.export(dossier_id, ["all"], "docx", tmp_path / "docx")]
    assert len(docx) >= 5
    rendered = to_pdf(docx, tmp_path / "lo", tmp_path / "profile")
    for doc, path in rendered.items():
        ours, theirs = len(PdfReader(str(pdfs[doc])).pages), len(PdfReader(str(path)).pages)
        assert ours == theirs, f"{doc}: PDF {ours} pages, DOCX (LibreOffice) {theirs} pages"
        # and the same page numbers page by page (none on page 1, an annex numbered on its own)
        assert page_numbers(pdfs[doc]) == page_numbers(path), doc


def page_numbers(path: Path) -> list[str]:
    """What each page prints in its top margin (the page number, or nothing)."""
    import pypdfium2

    pdf = pypdfium2.PdfDocument(str(path))
    try:
        out = []
        for index in range(len(pdf)):
            page = pdf[index]
            width, height = page.get_size()
            out.append(page.get_textpage().get_text_bounded(0, height - 18 / 25.4 * 72, width, height).strip())
        return out
    finally:
        pdf.close()


def test_every_excel_sheet_prints_readable_on_a4(demo, tmp_path):
    services, dossier_id = demo
    sheets = [f.path for f in ExportService(services.dossiers, services.evidence)
              .export(dossier_id, ["all"], "xlsx", tmp_path / "xlsx")]
    assert {p.stem for p in sheets} == {"checklist", "danh-muc", "phan-cong", "hoi-dong"}
    rendered = to_pdf(sheets, tmp_path / "lo", tmp_path / "profile")
    headers = {"checklist": "Mã tiêu chí", "danh-muc": "STT", "phan-cong": "Mã tiêu chí", "hoi-dong": "Họ và tên"}
    for name, path in rendered.items():
        reader = PdfReader(str(path))
        for page in reader.pages:   # A4, portrait or landscape
            size = sorted((round(float(page.mediabox.width)), round(float(page.mediabox.height))))
            assert size == [595, 842], (name, size)
        sizes = text_sizes(path)
        smallest = min(s for s, _, _ in sizes)
        assert smallest >= PRINT_MIN_PT, f"{name}: text printed at {smallest:.1f} pt"
        pages = {i for _, i, _ in sizes}
        assert pages == set(range(len(reader.pages)))
        on_page = {i: " ".join(t for _, j, t in sizes if j == i) for i in pages}
        assert "XÃ THANH MỸ NĂM 2024" in on_page[0], name           # the title, on the first page
        assert all(headers[name] in text for text in on_page.values()), name   # the header row on every page
        # labels, never the framework's keys
        assert "nghi_quyet_dang_uy" not in " ".join(on_page.values())
