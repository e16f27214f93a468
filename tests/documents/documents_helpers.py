"""Reading the produced files back: text from PDF (pypdf) and DOCX (python-docx), text
positions on a PDF page, the fonts a PDF embeds."""
from __future__ import annotations

import io

import docx
from docx.oxml.ns import qn
from pypdf import PdfReader

A4_PT = (595.2756, 841.8898)
MM = 72 / 25.4


def pdf_reader(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def pdf_pages_text(data: bytes) -> list[str]:
    return [p.extract_text().replace("\u00a0", " ") for p in pdf_reader(data).pages]


def pdf_text(data: bytes) -> str:
    """The text of all pages, without the page numbers at the top of pages 2, 3, …"""
    pages = []
    for number, text in enumerate(pdf_pages_text(data), start=1):
        first, _, rest = text.partition("\n")
        pages.append(rest if number > 1 and first.strip() == str(number) else text)
    return "\n".join(pages)


def squash(text: str) -> str:
    """Text without any white space: line breaks fall in different places in PDF and DOCX."""
    return "".join(text.replace("\u00a0", " ").split())


def text_positions(page) -> list[tuple[float, float, str]]:
    """(x, y, text) of every text run drawn on the page."""
    out: list[tuple[float, float, str]] = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            x = tm[4] * cm[0] + cm[4]
            y = tm[5] * cm[3] + cm[5]
            out.append((x, y, text))

    page.extract_text(visitor_text=visit)
    return out


def embedded_fonts(data: bytes) -> set[str]:
    names = set()
    for page in pdf_reader(data).pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            descendants = font.get("/DescendantFonts")
            descriptor_owner = descendants[0].get_object() if descendants else font
            descriptor = descriptor_owner.get("/FontDescriptor")
            if descriptor is not None and "/FontFile2" in descriptor.get_object():
                names.add(str(font["/BaseFont"]))
    return names


def declared_fonts(data: bytes) -> dict[str, bool]:
    """Every font a PDF's pages declare, and whether its program is embedded."""
    out: dict[str, bool] = {}
    for page in pdf_reader(data).pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            descendants = font.get("/DescendantFonts")
            owner = descendants[0].get_object() if descendants else font
            descriptor = owner.get("/FontDescriptor")
            embedded = descriptor is not None and any(
                k in descriptor.get_object() for k in ("/FontFile", "/FontFile2", "/FontFile3"))
            out[str(font["/BaseFont"])] = embedded
    return out


def docx_document(data: bytes):
    return docx.Document(io.BytesIO(data))


def docx_paragraphs(data: bytes) -> list[str]:
    """Every paragraph's text in body order, table cells included (each merged cell once)."""
    document = docx_document(data)
    out: list[str] = []
    body = document.element.body
    for child in body.iterchildren():
        if child.tag == qn("w:p"):
            out.append("".join(t.text or "" for t in child.iter(qn("w:t"))))
        elif child.tag == qn("w:tbl"):
            for tc in child.iter(qn("w:tc")):
                for p in tc.iterchildren(qn("w:p")):
                    out.append("".join(t.text or "" for t in p.iter(qn("w:t"))))
    return [p for p in out if p.strip()]
