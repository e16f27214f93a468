"""Excel export (real sheets) and import (every bad row reported by row and column, nothing
imported until the file is clean), and the evidence bundle PDF."""
from __future__ import annotations

import datetime as dt
import io

import pytest
from openpyxl import load_workbook
from PIL import Image
from pypdf import PdfReader

from plandesk.domain.dossier import CouncilRole
from plandesk.services.export import ExportService
from plandesk.services.spreadsheets import SpreadsheetErrors, SpreadsheetService


def exporter(services) -> ExportService:
    return ExportService(services.dossiers, services.evidence)


def workbook(data: bytes):
    return load_workbook(io.BytesIO(data))


def test_checklist_sheet_is_ready_to_print(demo):
    services, dossier_id = demo
    ws = workbook(exporter(services).render(dossier_id, "checklist", "xlsx")).active
    assert ws.title == "Tiêu chí"
    assert ws["A1"].value == "BẢNG THEO DÕI CÁC TIÊU CHÍ - XÃ THANH MỸ NĂM 2024" and ws["A1"].font.b
    assert [c.value for c in ws[3]][:5] == ["Mã tiêu chí", "Tiêu chí", "Đánh giá", "Gợi ý", "Kết quả thực hiện"]
    assert ws.max_row == 3 + 34
    assert ws.freeze_panes == "B4"
    assert ws.print_title_rows == "$3:$3"
    assert int(ws.page_setup.paperSize) == int(ws.PAPERSIZE_A4) and ws.page_setup.orientation == "landscape"
    # printed at 100 %, cut into pages at column boundaries, never shrunk
    assert int(ws.page_setup.scale) == 100 and not ws.sheet_properties.pageSetUpPr.fitToPage
    assert len(ws.col_breaks.brk) == 2
    # each page across starts with the criterion's code
    assert [ws.cell(3, b.id + 1).value for b in ws.col_breaks.brk] == ["Mã tiêu chí", "Mã tiêu chí"]
    header = {}
    for i in range(ws.max_column, 0, -1):   # the first column of a title, where it repeats
        header[ws.cell(3, i).value] = i
    row = {title: ws.cell(5, i).value for title, i in header.items()}
    assert row["Mã tiêu chí"] == "I.2" and row["Đánh giá"] == "Đạt"
    # labels and values in words, never the framework's keys
    assert "Ngày Đảng ủy xã ban hành Nghị quyết: 18/01/2024" in row["Số liệu"]
    assert "nghi_quyet_dang_uy" not in row["Số liệu"] and "True" not in row["Số liệu"]
    iii3 = {title: ws.cell(4 + 17, i).value for title, i in header.items()}
    assert iii3["Mã tiêu chí"] == "III.3"
    assert "năm trước 14, năm nay 13" in iii3["Số liệu"]
    assert row["Thời hạn"] == dt.datetime(2024, 9, 30)
    assert ws.cell(5, header["Thời hạn"]).number_format == "DD/MM/YYYY"
    # codes and dates centred, text wrapped at the top left: cells never run together
    assert ws.cell(5, 1).alignment.horizontal == "center" and ws.cell(5, header["Tiêu chí"]).alignment.wrap_text
    assert ws.cell(5, header["Kết quả thực hiện"]).alignment.horizontal == "left"
    # rows are as tall as their longest wrapped cell (openpyxl does not measure text)
    assert ws.row_dimensions[5].height >= 2 * 15


def test_every_sheet_fits_its_pages_across_at_full_size():
    from plandesk.documents.xlsx import SHEETS, column_px, page_columns, printable_px

    for doc, (_, _, columns, _, _, landscape) in SHEETS.items():
        for page in page_columns(columns, landscape):
            assert sum(column_px(columns[i].width) for i in page) <= printable_px(landscape), doc


def test_evidence_index_sheet_lists_each_document_once_with_its_criteria(demo):
    services, dossier_id = demo
    ws = workbook(exporter(services).render(dossier_id, "danh-muc", "xlsx")).active
    assert ws["A1"].value == "DANH MỤC TÀI LIỆU MINH CHỨNG - XÃ THANH MỸ NĂM 2024"
    rows = [[c.value for c in r] for r in ws.iter_rows(min_row=4)]
    assert rows[0][:3] == [1, "04-BB/ĐU", dt.datetime(2024, 1, 16)] and rows[0][5] == "I.1, I.3"
    numbers = [r[1] for r in rows]
    assert len(numbers) == len(set(numbers)) == len({e.id for e in services.evidence.list(dossier_id) if e.criteria})
    assert [r[0] for r in rows] == list(range(1, len(rows) + 1))


def test_council_and_assignments_round_trip_through_excel(demo, tmp_path):
    services, dossier_id = demo
    out = exporter(services).export(dossier_id, ["hoi-dong", "phan-cong"], "xlsx", tmp_path)
    council_file, plan_file = (f.path for f in out)
    wb = load_workbook(council_file)
    ws = wb.active
    ws.append(["Trương Thị Ngọc Ánh", "Phó Chủ tịch UBND xã", "Phó Chủ tịch"])
    wb.save(council_file)
    wb = load_workbook(plan_file)
    ws = wb.active
    ws["C4"], ws["E4"] = "Đảng ủy xã", "15/3/2024"
    wb.save(plan_file)
    sheets = SpreadsheetService(services.dossiers)
    assert sheets.import_council(dossier_id, council_file).rows == 10
    assert sheets.import_assignments(dossier_id, plan_file).rows == 34
    council = services.dossiers.council(dossier_id)
    assert [m.name for m in council][-1] == "Trương Thị Ngọc Ánh"
    assert council[-1].role is CouncilRole.PHO_CHU_TICH
    first = services.dossiers.assessment(dossier_id, "I.1")
    assert (first.lead_unit, first.deadline) == ("Đảng ủy xã", dt.date(2024, 3, 15))


def test_a_bad_file_is_reported_by_row_and_column_and_nothing_is_imported(demo, tmp_path):
    services, dossier_id = demo
    plan_file = exporter(services).export(dossier_id, ["phan-cong"], "xlsx", tmp_path)[0].path
    wb = load_workbook(plan_file)
    ws = wb.active
    ws["C4"] = "Đơn vị mới"       # a good change that must not be applied
    ws["A5"] = "IV.9"             # unknown criterion
    ws["E6"] = "31/02/2024"       # no such date
    ws["C7"] = None               # lead unit missing
    ws["A8"] = "I.1"              # duplicate of row 4
    wb.save(plan_file)
    with pytest.raises(SpreadsheetErrors) as caught:
        SpreadsheetService(services.dossiers).import_assignments(dossier_id, plan_file)
    found = [(e.row, e.column) for e in caught.value.errors]
    assert found == [(5, "A"), (6, "E"), (7, "C"), (8, "A")]
    assert "Dòng 6, cột E (Thời gian hoàn thành): '31/02/2024' không phải ngày hợp lệ" in str(caught.value)
    assert "chưa nhập gì" in str(caught.value)
    assert services.dossiers.assessment(dossier_id, "I.1").lead_unit == "Văn phòng Đảng ủy - UBND xã"

    council_file = tmp_path / "hd.xlsx"
    wb = load_workbook(exporter(services).export(dossier_id, ["hoi-dong"], "xlsx", tmp_path)[0].path)
    ws = wb.active
    ws["C5"] = "Chủ tịch"   # a second chair
    ws["A6"] = None          # no name
    ws["C7"] = "Ủy viên"     # not a role
    wb.save(council_file)
    with pytest.raises(SpreadsheetErrors) as caught:
        SpreadsheetService(services.dossiers).import_council(dossier_id, council_file)
    assert sorted((e.row, e.column) for e in caught.value.errors) == [(5, "C"), (6, "A"), (7, "C")]
    assert len(services.dossiers.council(dossier_id)) == 9


def test_bundle_has_index_pages_bookmarks_and_lists_what_it_cannot_include(demo):
    services, dossier_id = demo
    image = io.BytesIO()
    Image.new("RGB", (1200, 800), "navy").save(image, "PNG")
    from plandesk.services.evidence import EvidenceMetadata

    services.evidence.attach_bytes(dossier_id, "I.3", "anh hoi nghi.png", image.getvalue(),
                                   EvidenceMetadata(title="Ảnh hội nghị tổng kết"))
    services.evidence.attach_bytes(dossier_id, "I.3", "bao cao.docx", b"PK\x03\x04 not really",
                                   EvidenceMetadata(title="Báo cáo bằng Word"))
    data = exporter(services).bundle(dossier_id)
    reader = PdfReader(io.BytesIO(data))
    front = reader.pages[0].extract_text() + reader.pages[1].extract_text()
    assert "HỒ SƠ MINH CHỨNG" in front and "MỤC LỤC" in front
    assert "Ảnh hội nghị tổng kết" in front
    assert "Không đưa vào: tệp DOCX không ghép được vào PDF" in front.replace("\n", " ")
    outline = reader.outline
    titles = [o.title for o in outline if not isinstance(o, list)]
    assert titles[:2] == ["Mục lục", "I. Lãnh đạo, chỉ đạo"]
    criteria = [o.title for o in outline[2] if not isinstance(o, list)]
    assert criteria[:3] == ["I.1. Quán triệt, triển khai văn bản chỉ đạo về ANTT và phong trào",
                            "I.2. Nghị quyết, kế hoạch, chương trình trong Quý I",
                            "I.3. Hội nghị tổng kết, triển khai; cách làm hay, sáng tạo"]
    # the page printed in the index is where the document really is
    i3 = outline[2][criteria.index("I.3. Hội nghị tổng kết, triển khai; cách làm hay, sáng tạo") * 2 + 1]
    image_item = next(o for o in i3 if o.title == "Ảnh hội nghị tổng kết")
    page = reader.get_destination_page_number(image_item)
    assert float(reader.pages[page].mediabox.width) > float(reader.pages[page].mediabox.height)  # landscape photo
    after_label = front[front.index("Ảnh hội nghị tổng kết") + len("Ảnh hội nghị tổng kết"):]
    assert after_label.split()[0] == str(page + 1)  # the "Trang" cell follows the document's cell
    # the cover and index, then each one-page sample PDF once and the image; the docx is not in
    documents = len({e.id for e in services.evidence.list(dossier_id) if e.criteria})
    first_document = reader.get_destination_page_number(outline[2][1][0])
    assert len(reader.pages) == first_document + (documents - 1)
    # every evidence page carries the number the index cites, in the top margin, as the documents' pages do
    import pypdfium2

    pdf = pypdfium2.PdfDocument(data)
    try:
        for number in range(first_document + 1, len(reader.pages) + 1):
            page = pdf[number - 1]
            width, height = page.get_size()
            band = page.get_textpage().get_text_bounded(0, height - 16 / 25.4 * 72, width, height)
            assert band.strip() == str(number), (number, band)
    finally:
        pdf.close()


def test_export_command_writes_every_document_and_prints_the_paths(demo_template, tmp_path):
    import os
    import shutil
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, PYTHONPATH=str(root), PYTHONIOENCODING="utf-8")
    shutil.copytree(demo_template[0], tmp_path / "w")

    def run(*args):
        return subprocess.run([sys.executable, "-m", "plandesk", "--data", str(tmp_path / "w"), *args],
                              capture_output=True, text=True, encoding="utf-8", env=env, timeout=120)

    out_dir = tmp_path / "ra"
    done = run("export", "--doc", "all", "--format", "pdf", "--out", str(out_dir))
    assert done.returncode == 0, done.stderr
    names = ["to-trinh.pdf", "bao-cao.pdf", "bien-ban.pdf", "ke-hoach.pdf", "bao-cao-6-thang.pdf", "danh-muc.pdf",
             "ho-so-minh-chung.pdf"]
    assert done.stdout.split() == [str(out_dir / n) for n in names]
    assert sorted(p.name for p in out_dir.iterdir()) == sorted(names)
    refused = run("export", "--doc", "to-trinh", "--format", "xlsx", "--out", str(out_dir))
    assert refused.returncode == 2 and "không xuất ra Excel" in refused.stderr


def test_an_import_is_all_or_nothing_whatever_the_cells_hold(demo, tmp_path):
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    services, dossier_id = demo
    sheets = SpreadsheetService(services.dossiers)
    template = exporter(services).export(dossier_id, ["phan-cong"], "xlsx", tmp_path)[0].path
    before = [(c.code, c.lead_unit, c.cooperating_units, c.deadline)
              for c in services.dossiers.status(dossier_id).criteria]
    # what a cell of an .xlsx can hold at all (XML 1.0: no control characters, surrogates,
    # U+FFFE or U+FFFF; openpyxl refuses to write them), so the test's own file can be saved
    text = st.characters(blacklist_categories=("Cc", "Cs"), blacklist_characters="\ufffe\uffff")
    cell = st.one_of(st.none(), st.text(text, max_size=12), st.integers(-5, 40), st.dates(dt.date(1990, 1, 1)),
                     st.sampled_from(["I.1", "III.19", "30/09/2024", "31/02/2024", "II.9", "Công an xã"]))

    @settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.lists(st.tuples(st.integers(4, 38), st.integers(1, 5), cell), min_size=1, max_size=6))
    def check(edits):
        wb = load_workbook(template)
        ws = wb.active
        for row, col, value in edits:
            ws.cell(row, col).value = value
        path = tmp_path / "edited.xlsx"
        wb.save(path)
        try:
            sheets.import_assignments(dossier_id, path)
        except SpreadsheetErrors as exc:
            assert exc.errors and all(e.row >= 4 and e.column in "ABCDE" for e in exc.errors)
            after = [(c.code, c.lead_unit, c.cooperating_units, c.deadline)
                     for c in services.dossiers.status(dossier_id).criteria]
            assert after == before  # nothing imported
        else:
            before[:] = [(c.code, c.lead_unit, c.cooperating_units, c.deadline)
                         for c in services.dossiers.status(dossier_id).criteria]

    check()
