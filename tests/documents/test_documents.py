"""The dossier documents rendered to PDF and DOCX and read back: exact Vietnamese strings,
numbering and dates, page geometry, the embedded font, page numbers, long texts across
pages, a dossier without evidence, every diacritic, NFD input, and both formats saying the
same thing."""
from __future__ import annotations

import datetime as dt
import unicodedata

import pytest
from documents_helpers import (
    A4_PT,
    MM,
    declared_fonts,
    docx_document,
    docx_paragraphs,
    embedded_fonts,
    pdf_pages_text,
    pdf_reader,
    pdf_text,
    squash,
    text_positions,
)
from docx.oxml.ns import qn

from plandesk.documents import bao_cao, model
from plandesk.documents.common import DossierData
from plandesk.documents.docx import render_docx
from plandesk.documents.model import Column, Row
from plandesk.documents.pdf import render_pdf
from plandesk.domain.dossier import CouncilRole, DocumentSettings
from plandesk.services.errors import DocumentRefused
from plandesk.services.export import BUILDERS, ExportService

NAME = "Đỗ Thị Ẩn Hằng Quỳnh Hữu Phước"  # every tone (` ? ~ ' .) and mark (breve, circumflex, horn, đ)
DIACRITICS = ("Đặng Thị Ắ Ằ Ẳ Ẵ Ặ Ấ Ầ Ẩ Ẫ Ậ Ế Ề Ể Ễ Ệ Ố Ồ Ổ Ỗ Ộ Ớ Ờ Ở Ỡ Ợ Ứ Ừ Ử Ữ Ự Ý Ỳ Ỷ Ỹ Ỵ "
              "ắ ằ ẳ ẵ ặ ấ ầ ẩ ẫ ậ ế ề ể ễ ệ ố ồ ổ ỗ ộ ớ ờ ở ỡ ợ ứ ừ ử ữ ự í ì ỉ ĩ ị ú ù ủ ũ ụ đ Ư ư Ơ ơ")


def export_service(services) -> ExportService:
    return ExportService(services.dossiers, services.evidence)


def both(services, dossier_id, doc) -> tuple[bytes, bytes]:
    """A new rendering of the document from the dossier as it is now (not the issued copy)."""
    exporter = export_service(services)
    return exporter.render(dossier_id, doc, "pdf", fresh=True), exporter.render(dossier_id, doc, "docx", fresh=True)


# -- the tờ trình: header, number, date, title, addressee, signature, recipients ----------------
def test_to_trinh_says_the_same_in_pdf_and_docx_with_number_and_date(demo):
    services, dossier_id = demo
    services.dossiers.update_settings(dossier_id, numbers={"to_trinh": "7"}, dates={"to_trinh": "2024-10-05"})
    pdf, docx_bytes = both(services, dossier_id, "to-trinh")
    text, paragraphs = pdf_text(pdf), docx_paragraphs(docx_bytes)
    expected = [
        "UBND XÃ THANH MỸ",
        "HỘI ĐỒNG BẢO VỆ AN NINH, TRẬT TỰ",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 07/TTr-HĐ",
        "Thanh Mỹ, ngày 05 tháng 10 năm 2024",
        "TỜ TRÌNH",
        "Kính gửi: Ban Chỉ đạo 138 huyện Tháp Mười.",
        "TM. HỘI ĐỒNG",
        "CHỦ TỊCH",
        "Nguyễn Văn Hùng",
        "Nơi nhận:",
        "- Như trên;",
        "- Lưu: VT, CAX.",
    ]
    for line in expected:
        assert line in paragraphs, line
        assert squash(line) in squash(text), line
    # the trích yếu in even lines, none of them a lone word
    addressee = paragraphs.index("Kính gửi: Ban Chỉ đạo 138 huyện Tháp Mười.")
    subject = paragraphs[paragraphs.index("TỜ TRÌNH") + 1:addressee]
    assert " ".join(subject) == ("Về việc đề nghị công nhận xã Thanh Mỹ đạt xã điển hình về phong trào toàn dân bảo "
                                 "vệ an ninh Tổ quốc năm 2024")
    assert len(subject) == 2 and min(len(line.split()) for line in subject) >= 5
    assert "Căn cứ Kế hoạch số 11/KH-BCĐ138 ngày 15/01/2024 của Ban Chỉ đạo 138 huyện Tháp Mười" in " ".join(
        paragraphs)
    assert squash("Qua tự đánh giá, xã Thanh Mỹ đạt 34/34 tiêu chí (100 %)") in squash(text)
    # the framework's source cited by number, date and issuer
    cited = ("Căn cứ Bộ tiêu chí xây dựng xã điển hình về phong trào toàn dân bảo vệ an ninh Tổ quốc tại Phụ lục I "
             "kèm theo Kế hoạch số 2647/KH-BCĐ ngày 12/4/2023 của Ban Chỉ đạo 138 huyện Tháp Mười")
    assert squash(cited) in squash(text)
    # the approving body is "như trên": not listed twice
    assert "- Ban Chỉ đạo 138 huyện Tháp Mười;" not in paragraphs


def test_blank_number_and_date_leave_room_to_fill_in_by_hand(demo):
    services, dossier_id = demo
    services.dossiers.update_settings(dossier_id, numbers={}, dates={})
    pdf, docx_bytes = both(services, dossier_id, "to-trinh")
    paragraphs = docx_paragraphs(docx_bytes)
    assert "Số:      /TTr-HĐ" in paragraphs
    assert "Thanh Mỹ, ngày     tháng     năm 2024" in paragraphs
    # a document cited with its number and date still blank keeps "ngày", as the seeds write it
    annex = export_service(services).document(dossier_id, "danh-muc").paragraphs()
    assert ("(Kèm theo Báo cáo số      /BC-HĐ ngày      /     /2024 của Hội đồng bảo vệ an ninh, trật tự "
            "xã Thanh Mỹ)") in annex
    first_page = pdf_pages_text(pdf)[0]
    assert "Số:      /TTr-HĐ" in first_page
    assert "ngày     tháng     năm 2024" in first_page


@pytest.mark.parametrize("iso, printed", [("2023-02-28", "ngày 28 tháng 02 năm 2023"),
                                          ("2024-03-05", "ngày 05 tháng 3 năm 2024"),
                                          ("2024-12-12", "ngày 12 tháng 12 năm 2024")])
def test_dates_take_leading_zeros_for_days_below_10_and_months_1_2(demo, iso, printed):
    services, dossier_id = demo
    services.dossiers.update_settings(dossier_id, dates={"bien_ban": iso}, numbers={"bien_ban": "12/BB-HĐBVANTT"})
    document = export_service(services).document(dossier_id, "bien-ban")
    texts = document.paragraphs()
    assert f"Thanh Mỹ, {printed}" in texts
    assert "Số: 12/BB-HĐBVANTT" in texts


# -- page geometry, fonts, page numbers ---------------------------------------------------------
def test_pdf_pages_are_a4_with_the_decree_margins_and_numbers_from_page_2(demo):
    services, dossier_id = demo
    pdf = export_service(services).render(dossier_id, "bao-cao", "pdf")
    reader = pdf_reader(pdf)
    assert len(reader.pages) >= 3
    for page in reader.pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert (round(width, 1), round(height, 1)) == (round(A4_PT[0], 1), round(A4_PT[1], 1))
    left, right, top, bottom = 30 * MM, A4_PT[0] - 15 * MM, A4_PT[1] - 20 * MM, 20 * MM
    starts = []
    annex = next(i for i, p in enumerate(reader.pages, start=1) if "DANH MỤC TÀI LIỆU MINH CHỨNG" in p.extract_text())
    for index, page in enumerate(reader.pages, start=1):
        number = index if index < annex else index - annex + 1   # the annex numbers its own pages
        runs = text_positions(page)
        in_margin = [(x, y, t) for x, y, t in runs if y > top]
        if number == 1:
            assert in_margin == []  # no page number on page 1, nor on the annex's first page
        else:
            assert [t.strip() for _, _, t in in_margin] == [str(number)]
            x = in_margin[0][0]
            assert abs(x + page_number_half_width(in_margin[0][2]) - (left + right) / 2) < 3
        body = [(x, y) for x, y, t in runs if y <= top]
        starts += [x for x, _ in body]
        assert min(x for x, _ in body) >= left - 0.6
        assert max(x for x, _ in body) < right
        assert min(y for _, y in body) >= bottom - 0.5
    assert min(starts) == pytest.approx(left, abs=0.6)  # lines of body text start at the left margin


def page_number_half_width(text: str) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from plandesk.documents.fonts import register_fonts

    return stringWidth(text.strip(), register_fonts(), 13) / 2


def test_pdf_embeds_the_bundled_serif_font_and_nothing_else(demo):
    services, dossier_id = demo
    pdf = export_service(services).render(dossier_id, "to-trinh", "pdf")
    fonts = embedded_fonts(pdf)
    # subset-embedded TrueType (FontFile2), named by the font's own PostScript name
    assert {f.split("+", 1)[1] for f in fonts} == {"LiberationSerif", "LiberationSerif-Bold",
                                                   "LiberationSerif-Italic", "LiberationSerif-BoldItalic"}
    # and no font declared without its program (reportlab's default Helvetica once was)
    exporter = export_service(services)
    for doc in BUILDERS:
        declared = declared_fonts(exporter.render(dossier_id, doc, "pdf", fresh=True))
        assert declared and all(declared.values()), (doc, declared)
    declared = declared_fonts(exporter.bundle(dossier_id))
    assert declared and all(declared.values()), declared


def test_docx_is_a4_with_margins_times_new_roman_and_a_page_field_from_page_2(demo):
    services, dossier_id = demo
    document = docx_document(export_service(services).render(dossier_id, "to-trinh", "docx"))
    section = document.sections[0]
    assert round(section.page_width.mm) == 210 and round(section.page_height.mm) == 297
    assert [round(m.mm) for m in (section.top_margin, section.bottom_margin, section.left_margin,
                                  section.right_margin)] == [20, 20, 30, 15]
    fonts = document.styles["Normal"].element.rPr.find(qn("w:rFonts"))
    assert {fonts.get(qn(slot)) for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs")} == {"Times New Roman"}
    assert section.different_first_page_header_footer
    assert "PAGE" in "".join(t.text for t in section.header._element.iter(qn("w:instrText")))
    assert not "".join(t.text or "" for t in section.first_page_header._element.iter(qn("w:instrText")))
    # the báo cáo's annex: a section numbered from 1, its first page without a number
    report = docx_document(export_service(services).render(dossier_id, "bao-cao", "docx"))
    annex = report.sections[-1]
    assert annex.different_first_page_header_footer and annex.first_page_header.is_linked_to_previous
    assert annex._sectPr.find(qn("w:pgNumType")).get(qn("w:start")) == "1"
    assert not report.sections[0].first_page_header.paragraphs[0].text


# -- long texts, tables ---------------------------------------------------------------------------
def test_a_result_longer_than_a_page_is_split_into_rows_and_printed_whole(demo):
    services, dossier_id = demo
    sentences = [f"Câu số {i}: tổ chức tuyên truyền, vận động Nhân dân tham gia phong trào toàn dân bảo vệ an ninh "
                 f"Tổ quốc tại ấp {i % 6 + 1}, có {100 + i} lượt người dự." for i in range(90)]
    long_result = " ".join(sentences)
    services.dossiers.update_assessment(dossier_id, "I.4", result=long_result)
    pdf, docx_bytes = both(services, dossier_id, "bao-cao")
    pages = pdf_pages_text(pdf)
    # every sentence, whole and in order (the repeated header row comes between pages)
    for source in (pdf_text(pdf), "".join(docx_paragraphs(docx_bytes))):
        flat = squash(source)
        places = [flat.find(squash(sentence)) for sentence in sentences]
        assert -1 not in places and places == sorted(places)
    # the table's header row is repeated on every page the long result runs over
    carrying = [i for i, text in enumerate(pages) if "Câu số" in text]
    assert len(carrying) >= 2
    for i in carrying:
        assert "Kết quả thực hiện" in pages[i]
    header_rows = [tr for tr in docx_document(docx_bytes).element.body.iter(qn("w:tr"))
                   if tr.find(f"{qn('w:trPr')}/{qn('w:tblHeader')}") is not None]
    assert len(header_rows) >= 3  # criteria, summary and annex tables


def test_split_row_keeps_every_word_in_order_and_bounds_the_height():
    text = " ".join(f"từ{i}" for i in range(3000))
    columns = [Column("A", 20), Column("B", 60)]
    rows = model.split_row(Row(("x", text)), columns, 12)
    assert len(rows) > 1
    assert rows[0].cells[0] == "x" and all(r.cells[0] == "" for r in rows[1:])
    assert " ".join(r.cells[1] for r in rows).split() == text.split()
    per_line = model.layout.chars_per_line(60, 12)
    assert all(model._lines(r.cells[1], per_line) <= model.layout.TABLE_MAX_LINES_PER_ROW for r in rows)


# -- a dossier with nothing yet -------------------------------------------------------------------
def test_a_dossier_without_evidence_or_council_still_gives_every_document(services, dossier):
    exporter = export_service(services)
    for doc in BUILDERS:
        if doc == "to-trinh":
            continue
        pdf, docx_bytes = exporter.render(dossier.id, doc, "pdf"), exporter.render(dossier.id, doc, "docx")
        assert pdf.startswith(b"%PDF") and docx_paragraphs(docx_bytes)
    with pytest.raises(DocumentRefused) as refused:  # nothing decided: no request for recognition
        exporter.render(dossier.id, "to-trinh", "pdf")
    assert len(refused.value.reasons) == 34 and "bao-cao" in dict(refused.value.alternatives)
    annex = docx_paragraphs(exporter.render(dossier.id, "danh-muc", "docx"))
    assert "DANH MỤC TÀI LIỆU MINH CHỨNG" in annex
    assert "Tổng cộng: 0 tài liệu minh chứng cho 0/34 tiêu chí. Tiêu chí chưa có tài liệu minh chứng: I.1, I.2, " \
           "I.3, I.4, I.5, I.6, I.7, II.1, II.2, II.3, II.4, II.5, II.6, II.7, II.8, III.1, III.2, III.3, III.4, " \
           "III.5, III.6, III.7, III.8, III.9, III.10, III.11, III.12, III.13, III.14, III.15, III.16, III.17, " \
           "III.18, III.19." in annex
    text = pdf_text(exporter.render(dossier.id, "bao-cao", "pdf"))
    assert squash("đạt 0/34 tiêu chí (0 %)") in squash(text)
    minutes = exporter.document(dossier.id, "bien-ban").paragraphs()
    assert "3. Thành viên Hội đồng có mặt: ...... thành viên." in minutes  # no council yet: filled by hand
    assert "- Tán thành: ....../...... thành viên có mặt, tỷ lệ ...... %." in minutes


# -- Vietnamese text -------------------------------------------------------------------------------
def test_a_name_with_every_diacritic_comes_out_exactly(demo):
    services, dossier_id = demo
    services.dossiers.update_settings(dossier_id, signer_name=NAME, texts={"to_trinh.de_nghi": DIACRITICS})
    pdf, docx_bytes = both(services, dossier_id, "to-trinh")
    assert NAME in docx_paragraphs(docx_bytes) and DIACRITICS in docx_paragraphs(docx_bytes)
    text = pdf_text(pdf)
    assert NAME in text
    assert squash(DIACRITICS) in squash(text)  # a long line: wrapped, every character intact


def test_nfd_input_comes_out_nfc(demo):
    services, dossier_id = demo
    exporter = export_service(services)
    data = exporter.data(dossier_id)
    nfd = lambda s: unicodedata.normalize("NFD", s)  # noqa: E731
    settings = DocumentSettings.from_dict({**data.settings.to_dict(), "signer_name": nfd("Nguyễn Thị Ánh Tuyết"),
                                           "place": nfd("Thanh Mỹ"),
                                           "texts": {"to_trinh.de_nghi": nfd("Kính trình xem xét, quyết định./.")}})
    document = BUILDERS["to-trinh"](DossierData(data.status, settings, data.council, data.evidence))
    assert all(unicodedata.is_normalized("NFC", p) for p in document.paragraphs())
    pdf, docx_bytes = render_pdf(document), render_docx(document)
    for text in (pdf_text(pdf), "\n".join(docx_paragraphs(docx_bytes))):
        assert unicodedata.is_normalized("NFC", text)
        assert "Nguyễn Thị Ánh Tuyết" in text
        assert "Kính trình xem xét, quyết định./." in text


# -- both formats say the same -------------------------------------------------------------------
@pytest.mark.parametrize("doc", list(BUILDERS))
def test_pdf_and_docx_contain_the_same_paragraphs(demo, doc):
    services, dossier_id = demo
    exporter = export_service(services)
    document = exporter.document(dossier_id, doc)
    pdf, docx_bytes = both(services, dossier_id, doc)
    pdf_all, docx_all = squash(pdf_text(pdf)), squash("".join(docx_paragraphs(docx_bytes)))
    for text in document.paragraphs():
        assert squash(text) in pdf_all, text
        assert squash(text) in docx_all, text
    for text in docx_paragraphs(docx_bytes):
        assert squash(text) in pdf_all, text


# -- the biên bản ---------------------------------------------------------------------------------
def test_bien_ban_lists_present_and_absent_members_the_vote_and_two_signatures(demo):
    services, dossier_id = demo
    services.dossiers.update_settings(dossier_id, meeting={
        "date": "2024-09-25", "start": "8:00", "end": "10:30", "place": "Hội trường UBND xã Thanh Mỹ",
        "absent": "Bùi Thanh Sơn (đi công tác)", "votes_for": "8", "votes_against": "0"})
    pdf, docx_bytes = both(services, dossier_id, "bien-ban")
    paragraphs = docx_paragraphs(docx_bytes)
    for line in ["BIÊN BẢN",
                 "Thời gian: Vào lúc 08 giờ 00 phút, ngày 25 tháng 9 năm 2024.",
                 "Địa điểm: Hội trường UBND xã Thanh Mỹ.",
                 "1. Chủ trì: Đồng chí Nguyễn Văn Hùng, Chủ tịch UBND xã - Chủ tịch Hội đồng.",
                 "2. Thư ký: Đồng chí Lê Thị Thu Hà, Công chức Văn phòng - Thống kê - Thư ký Hội đồng.",
                 "3. Thành viên Hội đồng có mặt: 08/09 thành viên:",
                 "4. Vắng mặt: 01 thành viên:",
                 "- Bùi Thanh Sơn, Chỉ huy trưởng Ban Chỉ huy Quân sự xã - Ủy viên Hội đồng (đi công tác).",
                 "- Phạm Văn Đức, Chủ tịch Ủy ban MTTQ Việt Nam xã - Ủy viên Hội đồng;",
                 "Nội dung biểu quyết: đề nghị Ban Chỉ đạo 138 huyện Tháp Mười xem xét, công nhận xã Thanh Mỹ đạt xã "
                 "điển hình về phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2024.",
                 "- Tán thành: 08/08 thành viên có mặt, tỷ lệ 100 %.",
                 "- Không tán thành: 0/08 thành viên có mặt, tỷ lệ 0 %.",
                 "THƯ KÝ", "CHỦ TRÌ", "Lê Thị Thu Hà", "Nguyễn Văn Hùng"]:
        assert line in paragraphs, line
        assert squash(line) in squash(pdf_text(pdf)), line
    assert "Cuộc họp kết thúc vào lúc 10 giờ 30 phút" in " ".join(paragraphs)
    # the secretary signs on the left, the chair on the right, on the same line
    last = pdf_reader(pdf).pages[-1]
    runs = {t.strip(): (x, y) for x, y, t in text_positions(last)}
    assert runs["THƯ KÝ"][0] < runs["CHỦ TRÌ"][0]
    assert runs["THƯ KÝ"][1] == pytest.approx(runs["CHỦ TRÌ"][1])


def test_council_roles_feed_the_biên_bản_without_meeting_details(demo):
    services, dossier_id = demo
    services.dossiers.update_settings(dossier_id, meeting={}, dates={})
    texts = export_service(services).document(dossier_id, "bien-ban").paragraphs()
    assert "Thời gian: Vào lúc ...... giờ ...... phút, ngày     tháng     năm 2024." in texts
    assert "- Tán thành: ....../09 thành viên có mặt, tỷ lệ ...... %." in texts
    assert CouncilRole.THU_KY.label == "Thư ký"


# -- editable texts ---------------------------------------------------------------------------
def test_an_edited_paragraph_replaces_the_generated_one(demo):
    services, dossier_id = demo
    exporter = export_service(services)
    before = exporter.document(dossier_id, "bao-cao").paragraphs()
    generated = bao_cao.default_proposals(exporter.data(dossier_id))
    assert generated in before
    services.dossiers.update_settings(dossier_id, texts={"bao_cao.de_xuat": "Đề nghị thứ nhất.\nĐề nghị thứ hai."})
    after = exporter.document(dossier_id, "bao-cao").paragraphs()
    assert generated not in after
    assert "Đề nghị thứ nhất." in after and "Đề nghị thứ hai." in after


def test_ke_hoach_has_a_landscape_assignment_annex(demo):
    services, dossier_id = demo
    pdf, docx_bytes = both(services, dossier_id, "ke-hoach")
    reader = pdf_reader(pdf)
    shapes = [(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in reader.pages]
    assert shapes[0] == (595, 842) and shapes[-1] == (842, 595)
    last = reader.pages[-1].extract_text()
    assert "ĐƠN VỊ CHỦ TRÌ" in last and "ĐƠN VỊ PHỐI HỢP" in last
    document = docx_document(docx_bytes)
    assert document.sections[-1].orientation == 1  # WD_ORIENT.LANDSCAPE
    assert round(document.sections[-1].page_width.mm) == 297
    paragraphs = docx_paragraphs(docx_bytes)
    assert "THỜI GIAN HOÀN THÀNH" in paragraphs and "30/09/2024" in paragraphs
    # a criterion of several paragraphs: each its own indented paragraph (III.13)
    body = [p for p in document.paragraphs if p.text.startswith("Hướng dẫn Nhân dân thực hiện các thủ tục")]
    assert len(body) == 1 and body[0].style.name == "PlanDesk Nội dung"
    # at the commune's scope: its own units, and copies to every unit it assigns work to
    assert "đến các ban, ngành, đoàn thể xã và các ấp trên địa bàn xã" in " ".join(paragraphs)
    assert "Phòng, Ban ngành huyện" not in " ".join(paragraphs)
    for unit in ("- Ủy ban MTTQ Việt Nam xã;", "- Các đoàn thể xã;", "- Ban Chỉ huy Quân sự xã;", "- Các ấp;",
                 "- Lưu: VT, CAX."):
        assert unit in paragraphs, unit


def test_export_writes_ascii_named_files_atomically(demo, tmp_path):
    services, dossier_id = demo
    out = tmp_path / "ra"
    files = export_service(services).export(dossier_id, ["to-trinh", "bien-ban"], "docx", out)
    assert [f.path.name for f in files] == ["to-trinh.docx", "bien-ban.docx"]
    assert sorted(p.name for p in out.iterdir()) == ["bien-ban.docx", "to-trinh.docx"]
    assert all(f.path.name.isascii() for f in files)
    assert dt.date.today().year >= 2024


def test_every_editable_text_has_a_default_that_the_document_prints(demo):
    from plandesk.documents import bao_cao_6_thang, bien_ban, ke_hoach, to_trinh
    from plandesk.documents.texts import TEXTS

    services, dossier_id = demo
    modules = (to_trinh, bao_cao, bien_ban, ke_hoach, bao_cao_6_thang)
    assert set(TEXTS) == {key for m in modules for key in m.TEXT_KEYS}
    exporter = export_service(services)
    for text in exporter.editable_texts(dossier_id):
        printed = exporter.document(dossier_id, text.document).paragraphs()
        for line in text.default.splitlines():
            assert any(line.strip().rstrip(";.") in p for p in printed), (text.key, line)


@pytest.mark.parametrize("doc", ["bao-cao", "ke-hoach"])
def test_docx_is_plain_editable_word_with_named_styles_and_no_shapes(demo, doc):
    services, dossier_id = demo
    document = docx_document(export_service(services).render(dossier_id, doc, "docx"))
    body = document.element.body
    for tag in ("w:drawing", "w:pict", "w:txbxContent", "w:object"):
        assert body.find(f".//{qn(tag)}") is None, tag
    used = {p.style.name for p in document.paragraphs}
    assert {"PlanDesk Nội dung", "PlanDesk Mục"} <= used
    assert len(document.tables) >= 3
    grid = [t for t in document.tables if t.style is not None and t.style.name == "Table Grid"]
    first_rows = [t.rows[0]._tr.find(f"{qn('w:trPr')}/{qn('w:tblHeader')}") for t in grid]
    assert grid and all(x is not None for x in first_rows)  # every bordered table repeats its header


def test_a_recipient_list_longer_than_a_page_continues_on_the_next_page(demo):
    services, dossier_id = demo
    many = [f"Ban Chỉ đạo ấp số {i}" for i in range(70)]
    services.dossiers.update_settings(dossier_id, recipients=many)
    pdf, docx_bytes = both(services, dossier_id, "to-trinh")
    lines = [f"- Ban Chỉ đạo ấp số {i};" for i in range(70)]
    text = pdf_text(pdf)
    assert all(line in text for line in lines) and "- Lưu: VT, CAX." in text
    assert len(pdf_reader(pdf).pages) >= 3
    assert all(line in docx_paragraphs(docx_bytes) for line in lines)
