"""The PDF renderer reads plain text into reportlab's fragments without reportlab's HTML
parser (documents/pdf.py::_Paragraph): the fragments, the lines they break into and the
drawn page must be those of reportlab's own parsing, for every kind of text a document holds."""
from __future__ import annotations

import io

import pytest
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from plandesk.documents import pdf
from plandesk.documents.fonts import register_fonts

TEXTS = [
    "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;",
    "Số:\u00a0\u00a0\u00a0\u00a0\u00a0/BC-UBND",                       # a blank number kept by non-breaking spaces
    "  hai khoảng trắng đầu và cuối  ",
    "",
    "Đạt",
    "x" * 300,
    "Tiêu chí III.5 (Không cháy, nổ nghiêm trọng; hồ sơ quản lý PCCC): 26/27 = 96,3 % (yêu cầu ≥ 100 %)",
    "Ủy ban nhân dân xã Thanh Mỹ\tcột",
    "Ngoặc kép “Dân vận khéo” và dấu – gạch ngang",
]


def _frags(paragraph) -> list[dict]:
    return [dict(vars(f)) for f in paragraph.frags]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("font, align", [("", TA_JUSTIFY), ("-Bold", TA_CENTER), ("-Italic", TA_JUSTIFY)])
def test_plain_text_reads_as_reportlab_reads_it(text, font, align):
    styles = pdf._Styles()
    style = styles.make(13, register_fonts() + font, align, indent_mm=10)
    ours, theirs = pdf._Paragraph(text, style), Paragraph(text, style)
    assert _frags(ours) == _frags(theirs) and ours.text == theirs.text and ours.style is theirs.style
    for width in (120, 450):
        assert ours.wrap(width, 800) == theirs.wrap(width, 800)
        assert [getattr(line, "words", line) for line in ours.blPara.lines] == \
               [getattr(line, "words", line) for line in theirs.blPara.lines]

    def drawn(paragraph) -> bytes:
        buffer = io.BytesIO()
        canvas = Canvas(buffer, pagesize=A4, invariant=1, initialFontName=register_fonts())
        paragraph.wrapOn(canvas, 450, 800)
        paragraph.drawOn(canvas, 70, 400)
        canvas.save()
        return buffer.getvalue()
    assert drawn(pdf._Paragraph(text, style)) == drawn(Paragraph(text, style))


def test_markup_still_goes_through_reportlabs_parser():
    style = pdf._Styles().make(13)
    text = pdf._markup("Dòng một\nDòng hai & ba <b>")   # escaped: &amp; &lt; and a <br/>
    assert _frags(pdf._Paragraph(text, style)) == _frags(Paragraph(text, style))
