"""Spreadsheets (openpyxl): the checklist of criteria with decisions, values and results; the
evidence index; the assignment table and the council list — real sheets that print: A4, a
title row naming the sheet, the commune and the year, the header row repeated on every page,
labels (never internal keys), every text cell wrapped and aligned the same way, and a size
readable on paper.

Printing never shrinks the text to fit: the sheet prints at 100 % (11 pt) and a table wider
than the page is cut into landscape pages at column boundaries chosen here (the checklist
carries the criterion's code again at the start of each page), so what LibreOffice or Excel
prints is at least PRINT_MIN_PT. The assignment table and the council list use exactly the columns that
services/spreadsheets.py reads back (the importer finds the header row under the title)."""
from __future__ import annotations

import datetime as dt
import io
import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet

from plandesk.domain.framework import Condition
from plandesk.domain.text import format_date_short, nfc

from . import layout
from .common import DossierData

FONT = "Times New Roman"
SIZE = 11
TITLE_SIZE = 13
PRINT_MIN_PT = 9            # the smallest text size a printed sheet may have
LINE_HEIGHT_PT = 15         # one wrapped line at SIZE
DATE_FORMAT = "DD/MM/YYYY"
HEADER_ROW = 3              # row 1: title; row 2: what the sheet is; row 3: the column titles


@dataclass(frozen=True)
class Col:
    title: str
    width: float            # characters (Excel's unit: the default font's digit width)
    align: str = "left"     # left (wrapped text), center (codes, numbers, dates)
    new_page: bool = False  # the column starts a new printed page across (a sheet cut by design)


# the columns read back by the importer (services/spreadsheets.py)
COUNCIL_COLUMNS = (Col("Họ và tên", 28), Col("Chức vụ", 40), Col("Vai trò", 16, "center"))
ASSIGNMENT_COLUMNS = (Col("Mã tiêu chí", 8, "center"), Col("Tiêu chí", 44), Col("Đơn vị chủ trì", 30),
                      Col("Đơn vị phối hợp", 36), Col("Thời gian hoàn thành", 14, "center"))
CHECKLIST_COLUMNS = (Col("Mã tiêu chí", 8, "center"), Col("Tiêu chí", 30), Col("Đánh giá", 11, "center"),
                     Col("Gợi ý", 11, "center"), Col("Kết quả thực hiện", 48),
                     Col("Số tài liệu minh chứng", 10, "center"),
                     Col("Đơn vị chủ trì", 16),
                     # the second landscape page, the code again: the values and the suggestion's reason
                     Col("Mã tiêu chí", 8, "center", new_page=True), Col("Số liệu", 60), Col("Lý do gợi ý", 50),
                     Col("Thời hạn", 12, "center"),
                     # the third: the explanation, the cooperating units, the criterion's full text
                     Col("Mã tiêu chí", 8, "center", new_page=True), Col("Giải trình", 30), Col("Đơn vị phối hợp", 22),
                     Col("Nội dung tiêu chí", 70))
INDEX_COLUMNS = (Col("STT", 6, "center"), Col("Số, ký hiệu", 14, "center"), Col("Ngày ban hành", 12, "center"),
                 Col("Cơ quan ban hành", 22), Col("Trích yếu nội dung", 38), Col("Tiêu chí", 12, "center"),
                 Col("Tệp", 16), Col("Ghi chú", 10))

_THIN = Side(style="thin", color="000000")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEADER_FILL = PatternFill("solid", fgColor="E7E6E6")


def column_px(width: float) -> int:
    """A column's width in pixels at 96 dpi, as Excel computes it from the width in characters
    (the default font's digit is 7 px wide, plus 5 px of padding)."""
    return int(math.trunc((256 * width + math.trunc(128 / 7)) / 256 * 7)) + 5


def printable_px(landscape: bool) -> int:
    width_mm = (layout.PAGE_HEIGHT_MM if landscape else layout.PAGE_WIDTH_MM) - MARGIN_LEFT_MM - MARGIN_RIGHT_MM
    return int(width_mm / 25.4 * 96)


MARGIN_LEFT_MM, MARGIN_RIGHT_MM, MARGIN_TOP_MM, MARGIN_BOTTOM_MM = 20.0, 15.0, 15.0, 15.0


def page_columns(columns: tuple[Col, ...], landscape: bool) -> list[list[int]]:
    """The columns (0-based) printed on each page across: a new page where a column says so
    (a sheet laid out for several pages repeats its key column itself), else as many as fit at
    100 %."""
    room = printable_px(landscape)
    pages: list[list[int]] = [[]]
    used = 0
    for i, c in enumerate(columns):
        px = column_px(c.width)
        if pages[-1] and (c.new_page or used + px > room):
            pages.append([])
            used = 0
        pages[-1].append(i)
        used += px
    return pages


def _cell(value: Any) -> Any:
    if isinstance(value, str):
        return nfc(value)
    return value


def _sheet(ws: Worksheet, title: str, heading: str, note: str, columns: tuple[Col, ...], rows: list[tuple],
           landscape: bool = True) -> None:
    ws.title = title
    last = get_column_letter(len(columns))
    ws.append([nfc(heading)])
    ws.append([nfc(note)])
    ws.append([c.title for c in columns])
    for row in rows:
        ws.append([_cell(v) for v in row])
    # the title over the columns of the first printed page, so that it prints on page 1
    first = get_column_letter(page_columns(columns, landscape)[0][-1] + 1)
    ws.merge_cells(f"A1:{first}1")
    ws.merge_cells(f"A2:{first}2")
    ws["A1"].font = Font(name=FONT, bold=True, size=TITLE_SIZE)
    ws["A1"].alignment = Alignment(horizontal="center", vertical="center")
    ws["A2"].font = Font(name=FONT, italic=True, size=SIZE)
    ws["A2"].alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.row_dimensions[1].height = 22
    ws.row_dimensions[2].height = LINE_HEIGHT_PT + 3
    header_font, body_font = Font(name=FONT, bold=True, size=SIZE), Font(name=FONT, size=SIZE)
    for index, column in enumerate(columns, start=1):
        ws.column_dimensions[get_column_letter(index)].width = column.width
    for r, row in enumerate(ws.iter_rows(min_row=HEADER_ROW, max_row=ws.max_row, max_col=len(columns)),
                            start=HEADER_ROW):
        for cell, column in zip(row, columns):
            cell.border = _BORDER
            if r == HEADER_ROW:
                cell.font = header_font
                cell.fill = _HEADER_FILL
                cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
                continue
            cell.font = body_font
            if column.align == "center":
                cell.alignment = Alignment(wrap_text=True, vertical="top", horizontal="center")
            else:
                cell.alignment = Alignment(wrap_text=True, vertical="top", horizontal="left", indent=0)
            if isinstance(cell.value, (dt.date, dt.datetime)):
                cell.number_format = DATE_FORMAT
    # openpyxl cannot measure text: give each row the height of its longest wrapped cell, so
    # neither Excel nor LibreOffice shows cut or overlapping lines
    for r, row in enumerate(ws.iter_rows(min_row=HEADER_ROW, max_row=ws.max_row, max_col=len(columns)),
                            start=HEADER_ROW):
        lines = 1
        for cell, column in zip(row, columns):
            if isinstance(cell.value, str) and cell.value:
                # a width unit is a Times digit; a letter is a little narrower, a bold header wider
                per_line = max(1, int(column.width * (0.95 if r == HEADER_ROW else 1.05)))
                lines = max(lines, sum(max(1, math.ceil(len(part) / per_line)) for part in cell.value.split("\n")))
        ws.row_dimensions[r].height = lines * LINE_HEIGHT_PT + 4
    ws.freeze_panes = f"B{HEADER_ROW + 1}"
    ws.auto_filter.ref = f"A{HEADER_ROW}:{last}{max(ws.max_row, HEADER_ROW)}"
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    for page in page_columns(columns, landscape)[:-1]:
        ws.col_breaks.append(Break(id=page[-1] + 1))
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.scale = 100
    ws.sheet_properties.pageSetUpPr.fitToPage = False
    ws.page_setup.pageOrder = "overThenDown"   # each row's continuation right after it
    ws.print_options.gridLines = False
    ws.print_options.horizontalCentered = False
    ws.page_margins.left, ws.page_margins.right = MARGIN_LEFT_MM / 25.4, MARGIN_RIGHT_MM / 25.4
    ws.page_margins.top, ws.page_margins.bottom = MARGIN_TOP_MM / 25.4, MARGIN_BOTTOM_MM / 25.4
    ws.oddFooter.center.text = "Trang &P / &N"
    ws.oddFooter.center.font = FONT
    ws.oddFooter.center.size = 10


# -- values in words ------------------------------------------------------------------------------
def _fmt(value: Any) -> str:
    if isinstance(value, bool):
        return "Có" if value else "Không"
    if isinstance(value, str):
        try:
            return format_date_short(dt.date.fromisoformat(value))
        except ValueError:
            return value
    return str(value)


def condition_values(condition: Condition, values: dict[str, Any]) -> str:
    """"Số vụ phạm tội về trật tự xã hội (năm trước, năm nay): năm trước 14, năm nay 13"."""
    get = values.get
    if condition.kind in ("percent_at_least", "rate_below"):
        a, b = condition.value_names()
        shown = f"{_fmt(get(a))}/{_fmt(get(b))}" if get(a) is not None and get(b) is not None else "chưa nhập"
    elif condition.kind == "reduction_at_least":
        a, b = condition.value_names()
        shown = (f"năm trước {_fmt(get(a))}, năm nay {_fmt(get(b))}" if get(a) is not None or get(b) is not None
                 else "chưa nhập")
    elif condition.kind == "events":
        done = [f"{e.label} ({_fmt(get(f'{condition.id}.{e.id}'))})" for e in condition.events
                if get(f"{condition.id}.{e.id}") is not None]
        shown = "; ".join(done) if done else "chưa nhập"
    else:
        shown = _fmt(get(condition.id)) if get(condition.id) is not None else "chưa nhập"
    return f"{condition.label}: {shown}"


def values_text(data: DossierData, code: str, values: dict[str, Any]) -> str:
    criterion = data.framework.criterion(code) if data.framework is not None else None
    if criterion is None:
        return "\n".join(f"{k}: {_fmt(v)}" for k, v in values.items())
    if not criterion.conditions:
        return "Không có số liệu (Hội đồng đánh giá)"
    return "\n".join(condition_values(c, values) for c in criterion.conditions)


# -- the sheets -------------------------------------------------------------------------------------
def checklist_rows(data: DossierData) -> list[tuple]:
    return [(c.code, c.short_title, c.status.label, c.suggestion.label, c.result, c.evidence_count, c.lead_unit,
             c.code, values_text(data, c.code, c.values), str(c.reason), c.deadline,
             c.code, c.explanation, c.cooperating_units, c.text)
            for c in data.status.criteria]


def index_rows(data: DossierData) -> list[tuple]:
    return [(a.number, a.evidence.number, a.evidence.issued_on, a.evidence.issuer,
             a.evidence.title or a.evidence.original_name, ", ".join(a.criteria), a.evidence.original_name,
             a.evidence.note) for a in data.facts.annex]


def assignment_rows(data: DossierData) -> list[tuple]:
    return [(c.code, c.short_title, c.lead_unit, c.cooperating_units, c.deadline) for c in data.status.criteria]


def council_rows(data: DossierData) -> list[tuple]:
    return [(m.name, m.position, m.role.label) for m in data.council]


SHEETS: dict[str, tuple[str, str, tuple[Col, ...], Callable[[DossierData], list[tuple]],
                        Callable[[DossierData], str], bool]] = {
    "checklist": ("Tiêu chí", "BẢNG THEO DÕI CÁC TIÊU CHÍ", CHECKLIST_COLUMNS, checklist_rows,
                  lambda d: f"{d.status.dossier.framework_title}; đạt {d.facts.met}/{d.facts.total} tiêu chí; "
                            f"{d.facts.documents} tài liệu minh chứng cho {d.facts.covered}/{d.facts.total} tiêu chí; "
                            f"lập ngày {format_date_short(d.today)}.", True),
    "danh-muc": ("Danh mục minh chứng", "DANH MỤC TÀI LIỆU MINH CHỨNG", INDEX_COLUMNS, index_rows,
                 lambda d: f"{d.facts.documents} tài liệu minh chứng cho {d.facts.covered}/{d.facts.total} tiêu chí; "
                           "số thứ tự như Danh mục kèm theo Báo cáo.", True),
    "phan-cong": ("Phân công", "BẢNG PHÂN CÔNG THỰC HIỆN CÁC TIÊU CHÍ", ASSIGNMENT_COLUMNS, assignment_rows,
                  lambda d: f"Đơn vị chủ trì, đơn vị phối hợp và thời gian hoàn thành {d.facts.total} tiêu chí.",
                  True),
    "hoi-dong": ("Hội đồng", "DANH SÁCH THÀNH VIÊN HỘI ĐỒNG", COUNCIL_COLUMNS, council_rows,
                 lambda d: f"{d.council_name}: {len(d.council)} thành viên.", False),
}


def render(doc: str, data: DossierData) -> bytes:
    """The spreadsheet for one of SHEETS, as XLSX bytes."""
    title, heading, columns, rows, note, landscape = SHEETS[doc]
    wb = Workbook()
    # the workbook's default font sets the width unit of its columns: Times New Roman (Liberation
    # Serif elsewhere, the same metrics), so Excel and LibreOffice lay the columns out alike and
    # the page breaks computed here hold in both (Calibri, missing outside Windows, would not)
    default = Font(name=FONT, size=SIZE, family=1)
    wb._fonts[0] = default  # noqa: SLF001 - openpyxl has no public setter for the default font
    wb._named_styles["Normal"].font = default  # noqa: SLF001
    full_heading = f"{heading} - {data.commune.upper()} NĂM {data.year}"
    _sheet(wb.active, title, full_heading, note(data), columns, rows(data), landscape=landscape)
    wb.properties.title = nfc(f"{title} - {data.commune} năm {data.year}")
    wb.properties.creator = "PlanDesk"
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()
