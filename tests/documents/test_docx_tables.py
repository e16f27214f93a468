"""DOCX tables: every cell, whatever its text (empty, spaces kept at either end, several lines,
a tab), comes out as real paragraphs in the table style, aligned as its column, at the table's
size, bold in the header, group and total rows."""
from __future__ import annotations

import io

from docx import Document as open_docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from plandesk.documents.docx import render_docx
from plandesk.documents.model import Align, Column, Document, Row, RowKind, Table

COLUMNS = (Column("STT", 10, Align.CENTER), Column("Nội dung", 80, Align.LEFT), Column("Số", 20, Align.JUSTIFY))
ROWS = (
    Row(("I. Nhóm một",), RowKind.GROUP),
    Row(("1", "", "  hai khoảng trắng đầu")),
    Row(("2", "dòng một\ndòng hai\n\ndòng bốn", "có\ttab")),
    Row(("", "Tổng cộng", "3 "), RowKind.TOTAL),
)


def cell_paragraphs(table, row: int, col: int):
    return [(p.text, p.style.name, p.alignment, [(r.bold, r.font.size) for r in p.runs])
            for p in table.cell(row, col).paragraphs]


def test_table_cells_are_styled_paragraphs_with_their_exact_text():
    size = 11.5
    document = Document("bang", "Bảng", (Table(COLUMNS, ROWS, size),))
    table = open_docx(io.BytesIO(render_docx(document))).tables[0]
    style, pt = "PlanDesk Bảng", Pt(size)
    centre, left, justify = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.LEFT, WD_ALIGN_PARAGRAPH.JUSTIFY

    assert cell_paragraphs(table, 0, 1) == [("Nội dung", style, centre, [(True, pt)])]
    assert cell_paragraphs(table, 1, 0) == [("I. Nhóm một", style, left, [(True, pt)])]
    assert table.cell(1, 0)._tc is table.cell(1, 2)._tc  # the group's row is one merged cell
    assert cell_paragraphs(table, 2, 1) == [("", style, left, [(None, pt)])]
    assert cell_paragraphs(table, 2, 2) == [("  hai khoảng trắng đầu", style, justify, [(None, pt)])]
    assert cell_paragraphs(table, 3, 1) == [(line, style, left, [(None, pt)])
                                            for line in ("dòng một", "dòng hai", "", "dòng bốn")]
    assert cell_paragraphs(table, 3, 2) == [("có\ttab", style, justify, [(None, pt)])]
    assert cell_paragraphs(table, 4, 1) == [("Tổng cộng", style, left, [(True, pt)])]
    assert cell_paragraphs(table, 4, 2) == [("3 ", style, justify, [(True, pt)])]
    assert cell_paragraphs(table, 4, 0) == [("", style, centre, [(True, pt)])]
