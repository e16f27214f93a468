"""One-page administrative documents rendered as PDF, for the sample dossier's evidence
(generated on the fly, so no binary files live in the repository)."""
from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from plandesk.domain.text import format_date_long, nfc

from .fonts import register_fonts


@dataclass(frozen=True)
class SampleDocument:
    parent_body: str
    issuing_body: str
    number: str
    place: str
    date: dt.date
    doc_type: str
    subject: str
    body: tuple[str, ...]


def render_sample_pdf(doc: SampleDocument) -> bytes:
    family = register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=True, initialFontName=family, initialFontSize=13)
    canvas.setTitle(nfc(f"{doc.doc_type} {doc.number}"))
    width, height = A4
    left, right = 30 * mm, width - 15 * mm
    left_center = left + 36 * mm
    right_center = right - 46 * mm  # wide enough apart that long parent bodies do not run into the motto
    y = height - 22 * mm

    def centred(text: str, x: float, yy: float, style: str = "", size: float = 13) -> None:
        canvas.setFont(family + style, size)
        canvas.drawCentredString(x, yy, nfc(text))

    centred(doc.parent_body.upper(), left_center, y, size=12)
    centred("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", right_center, y, "-Bold", 12)
    y -= 15
    centred(doc.issuing_body.upper(), left_center, y, "-Bold", 12)
    centred("Độc lập - Tự do - Hạnh phúc", right_center, y, "-Bold", 13)
    canvas.line(left_center - 15 * mm, y - 4, left_center + 15 * mm, y - 4)
    canvas.line(right_center - 31 * mm, y - 4, right_center + 31 * mm, y - 4)
    y -= 28
    centred(f"Số: {doc.number}", left_center, y)
    centred(f"{doc.place}, {format_date_long(doc.date)}", right_center, y, "-Italic")
    y -= 36
    centred(doc.doc_type.upper(), width / 2 + 7.5 * mm, y, "-Bold", 14)
    y -= 17
    centred(doc.subject, width / 2 + 7.5 * mm, y, "-Bold", 14)
    y -= 30
    canvas.setFont(family, 13)
    for paragraph in doc.body:
        words, line = nfc(paragraph).split(), ""
        for word in words:
            candidate = f"{line} {word}".strip()
            if canvas.stringWidth(candidate, family, 13) > right - left - 10 * mm and line:
                canvas.drawString(left, y, line)
                y -= 19
                line = word
            else:
                line = candidate
        if line:
            canvas.drawString(left, y, line)
            y -= 25
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
