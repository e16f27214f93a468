"""Reading the text of evidence files: text PDFs from both renderers, DOCX with its header in a
table, plain text, images (OCR needed), and damaged files that give a reason, never an error."""
from __future__ import annotations

import datetime as dt
import io
import zipfile

from PIL import Image

from plandesk.documents.docx import render_docx
from plandesk.documents.pdf import render_pdf
from plandesk.documents.sample_evidence import SampleDocument, render_sample_pdf
from plandesk.domain.docmeta import parse_first_page
from plandesk.storage import textindex

from .conftest import BLANK, NGAY_HOI


def read(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    return textindex.extract(path, name)


def fields(extracted):
    meta = parse_first_page(extracted.first_page)
    return {k: f.value for k, f in meta.fields().items()}


EXPECTED = {"issuer": "ỦY BAN NHÂN DÂN XÃ THANH MỸ", "parent": "UBND HUYỆN THÁP MƯỜI", "number": "45/KH-UBND",
            "doc_type": "KH", "place": "Thanh Mỹ", "date": dt.date(2024, 7, 15),
            "subject": "Tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc năm 2024"}


def test_text_pdf_and_docx_give_the_same_fields(tmp_path):
    pdf = read(tmp_path, "kh.pdf", render_pdf(NGAY_HOI))
    assert pdf.method == "pdf-text" and not pdf.needs_ocr and "Ngày hội được tổ chức tại ấp 3" in pdf.text
    assert fields(pdf) == EXPECTED
    docx = read(tmp_path, "kh.docx", render_docx(NGAY_HOI))
    assert docx.method == "docx" and "khen thưởng tập thể" in docx.text
    assert any(line.column == "left" for line in docx.first_page)  # the header came out of its table
    assert fields(docx) == EXPECTED


def test_blank_number_and_date_wrapped_bodies(tmp_path):
    expected = {"issuer": "HỘI ĐỒNG BẢO VỆ AN NINH, TRẬT TỰ", "parent": "ỦY BAN NHÂN DÂN XÃ THANH MỸ",
                "number": "/TTr-HĐ", "doc_type": "TTr", "place": "Thanh Mỹ", "date": None,
                "subject": "Về việc đề nghị công nhận xã Thanh Mỹ điển hình về phong trào toàn dân bảo vệ an ninh "
                           "Tổ quốc năm 2024"}
    for name, data in (("tt.pdf", render_pdf(BLANK)), ("tt.docx", render_docx(BLANK))):
        assert fields(read(tmp_path, name, data)) == expected, name


def test_canvas_drawn_sample_pdf(tmp_path):
    doc = SampleDocument("UBND XÃ THANH MỸ", "CÔNG AN XÃ THANH MỸ", "08/KH-CAX", "Thanh Mỹ", dt.date(2024, 3, 5),
                         "Kế hoạch", "Phối hợp với Ủy ban MTTQ và các đoàn thể xã năm 2024", ("Công an xã phối hợp.",))
    assert fields(read(tmp_path, "s.pdf", render_sample_pdf(doc))) == {
        "issuer": "CÔNG AN XÃ THANH MỸ", "parent": "UBND XÃ THANH MỸ", "number": "08/KH-CAX", "doc_type": "KH",
        "place": "Thanh Mỹ", "date": dt.date(2024, 3, 5),
        "subject": "Phối hợp với Ủy ban MTTQ và các đoàn thể xã năm 2024"}


def test_scans_and_damaged_files_never_raise(tmp_path):
    image = Image.new("L", (200, 300), 255)
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    png = read(tmp_path, "scan.png", buffer.getvalue())
    assert png.kind == "image" and png.needs_ocr and png.text == "" and "OCR" in png.reason
    scanned_pdf = io.BytesIO()
    image.save(scanned_pdf, "PDF")
    pdf = read(tmp_path, "scan.pdf", scanned_pdf.getvalue())
    assert pdf.needs_ocr and pdf.page_count == 1

    good = render_pdf(NGAY_HOI)
    for name, data in (("cut.pdf", good[: len(good) // 3]), ("junk.pdf", b"%PDF-1.7\n" + b"\x00" * 500),
                       ("bad.docx", b"PK\x03\x04 not a zip"), ("broken.png", b"\x89PNG\r\n\x1a\n garbage"),
                       ("empty.txt", b""), ("thing.xyz", b"\x01\x02")):
        got = read(tmp_path, name, data)
        assert got.text.strip() == "" and got.reason, name
    z = io.BytesIO()
    with zipfile.ZipFile(z, "w") as archive:
        archive.writestr("hello.txt", "hi")
    assert "word/document.xml" in read(tmp_path, "notword.docx", z.getvalue()).reason


def test_plain_text_is_nfc(tmp_path):
    got = read(tmp_path, "note.txt", "Nga\u0300y ho\u0302\u0323i".encode("utf-8"))
    assert got.text == "Ngày hội"


def test_snippet_cuts_the_original_text_around_the_phrase():
    text = ("Mở đầu. " + "Nội dung khác. " * 30 + "Tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc tại ấp 3."
            + " Kết." * 40)
    piece, marks = textindex.snippet(text, textindex.query_terms("ngay hoi toan dan"))
    assert "Ngày hội toàn dân" in piece and piece.startswith("…") and piece.endswith("…")
    assert [piece[s:e] for s, e in marks][:4] == ["Ngày", "hội", "toàn", "dân"]
