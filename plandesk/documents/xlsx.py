"""Spreadsheets (openpyxl): the checklist of criteria with statuses, values and results; the
evidence index; the assignment table and the council list — real sheets with a frozen
bold header, column widths, wrapped text, a filter, the header row printed on every page
and A4 pages fitted to the width. The assignment table and the council list use exactly
the columns that services/spreadsheets.py reads back."""
from __future__ import annotations

import datetime as dt
import io
import math
from dataclasses import dataclass
from typing import Any, Callable

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from plandesk.domain.text import nfc

from .common import DossierData

FONT = "Times New Roman"
SIZE = 11
LINE_HEIGHT_PT = 15  # one wrapped line at SIZE
DATE_FORMAT = "DD/MM/YYYY"


@dataclass(frozen=True)
class Col:
    title: str
    width: float  # characters


# the columns read back by the importer (services/spreadsheets.py)
COUNCIL_COLUMNS = (Col("Họ và tên", 28), Col("Chức vụ", 40), Col("Vai trò", 16))
ASSIGNMENT_COLUMNS = (Col("Mã tiêu chí", 12), Col("Tiêu chí", 50), Col("Đơn vị chủ trì", 30),
                      Col("Đơn vị phối hợp", 40), Col("Thời gian hoàn thành", 16))
CHECKLIST_COLUMNS = (Col("Mã tiêu chí", 8), Col("Nhóm", 6), Col("Tiêu chí", 28), Col("Nội dung tiêu chí", 44),
                     Col("Đánh giá", 11), Col("Gợi ý", 11), Col("Lý do gợi ý", 28), Col("Số liệu", 26),
                     Col("Kết quả thực hiện", 44), Col("Giải trình", 26), Col("Đơn vị chủ trì", 18),
                     Col("Đơn vị phối hợp", 20), Col("Thời hạn", 11), Col("Số tài liệu minh chứng", 10))
INDEX_COLUMNS = (Col("STT", 6), Col("Tiêu chí", 10), Col("Số, ký hiệu", 16), Col("Ngày ban hành", 14),
                 Col("Cơ quan ban hành", 28), Col("Trích yếu nội dung", 50), Col("Tệp", 32), Col("Ghi chú", 24))

_THIN = Side(style="thin", color="000000")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)


def _cell(value: Any) -> Any:
    if isinstance(value, str):
        return nfc(value)
    return value


def _sheet(ws: Worksheet, title: str, columns: tuple[Col, ...], rows: list[tuple], landscape: bool = True) -> None:
    ws.title = title
    ws.append([c.title for c in columns])
    for row in rows:
        ws.append([_cell(v) for v in row])
    header_font, body_font = Font(name=FONT, bold=True, size=SIZE), Font(name=FONT, size=SIZE)
    wrap_top = Alignment(wrap_text=True, vertical="top")
    for index, column in enumerate(columns, start=1):
        ws.column_dimensions[get_column_letter(index)].width = column.width
    for r, row in enumerate(ws.iter_rows(min_row=1, max_row=ws.max_row, max_col=len(columns)), start=1):
        for cell in row:
            cell.font = header_font if r == 1 else body_font
            cell.alignment = (Alignment(wrap_text=True, vertical="center", horizontal="center") if r == 1
                              else wrap_top)
            cell.border = _BORDER
            if isinstance(cell.value, (dt.date, dt.datetime)):
                cell.number_format = DATE_FORMAT
    # openpyxl cannot measure text: give each row the height of its longest wrapped cell, so
    # neither Excel nor LibreOffice shows cut or overlapping lines
    for r, row in enumerate(ws.iter_rows(min_row=1, max_row=ws.max_row, max_col=len(columns)), start=1):
        lines = 1
        for cell, column in zip(row, columns):
            if isinstance(cell.value, str) and cell.value:
                per_line = max(1, int(column.width * 1.4))  # Times is narrower than the width unit (Calibri "0")
                lines = max(lines, sum(max(1, math.ceil(len(part) / per_line)) for part in cell.value.split("\n")))
        ws.row_dimensions[r].height = lines * LINE_HEIGHT_PT + 3
    ws.freeze_panes = "A2"
    last = get_column_letter(len(columns))
    ws.auto_filter.ref = f"A1:{last}{max(ws.max_row, 1)}"
    ws.print_title_rows = "1:1"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.gridLines = False
    ws.page_margins.left, ws.page_margins.right = 30 / 25.4, 15 / 25.4
    ws.page_margins.top, ws.page_margins.bottom = 20 / 25.4, 20 / 25.4
    ws.oddFooter.center.text = "Trang &P / &N"


def _values(values: dict[str, Any]) -> str:
    return "; ".join(f"{k} = {v}" for k, v in values.items())


def checklist_rows(data: DossierData) -> list[tuple]:
    return [(c.code, c.group, c.short_title, c.text, c.status.label, c.suggestion.label, c.reason, _values(c.values),
             c.result, c.explanation, c.lead_unit, c.cooperating_units, c.deadline, c.evidence_count)
            for c in data.status.criteria]


def index_rows(data: DossierData) -> list[tuple]:
    rows, n = [], 0
    for c in data.status.criteria:
        for e in data.evidence_of(c.code):
            n += 1
            rows.append((n, c.code, e.number, e.issued_on, e.issuer, e.title, e.original_name, e.note))
        if not data.evidence_of(c.code):
            rows.append((None, c.code, "", None, "", "Chưa có tài liệu minh chứng", "", ""))
    return rows


def assignment_rows(data: DossierData) -> list[tuple]:
    return [(c.code, c.short_title, c.lead_unit, c.cooperating_units, c.deadline) for c in data.status.criteria]


def council_rows(data: DossierData) -> list[tuple]:
    return [(m.name, m.position, m.role.label) for m in data.council]


SHEETS: dict[str, tuple[str, tuple[Col, ...], Callable[[DossierData], list[tuple]]]] = {
    "checklist": ("Tiêu chí", CHECKLIST_COLUMNS, checklist_rows),
    "danh-muc": ("Danh mục minh chứng", INDEX_COLUMNS, index_rows),
    "phan-cong": ("Phân công", ASSIGNMENT_COLUMNS, assignment_rows),
    "hoi-dong": ("Hội đồng", COUNCIL_COLUMNS, council_rows),
}


def render(doc: str, data: DossierData) -> bytes:
    """The spreadsheet for one of SHEETS, as XLSX bytes."""
    title, columns, rows = SHEETS[doc]
    wb = Workbook()
    _sheet(wb.active, title, columns, rows(data), landscape=doc != "hoi-dong")
    wb.properties.title = nfc(f"{title} - {data.commune} năm {data.year}")
    wb.properties.creator = "PlanDesk"
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()
