"""The DOCX renderer (python-docx): a normal editable Word document — real paragraphs with
named styles, real tables (header rows repeated on every page, rows kept whole), A4 with the
decree's margins, Times New Roman in every font slot, the page number centred in the header
from page 2, landscape sections after a PageBreak(landscape=True). Short rules (under the
issuing body, the motto, the subject) are bottom borders of small empty paragraphs, not
shapes, so nothing is a text box or an image."""
from __future__ import annotations

import io
from copy import deepcopy
from typing import Any

from docx import Document as new_docx
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.text.paragraph import Paragraph as DocxParagraph
from reportlab.pdfbase.pdfmetrics import stringWidth

from plandesk.domain.text import nfc

from . import layout as L
from .fonts import register_fonts
from .model import Align, Document, Header, PageBreak, Paragraph, RowKind, Signatures, Signer, Style, Table, Title

_PT_PER_MM = 72 / 25.4
_W_R, _W_T = qn("w:r"), qn("w:t")
_ALIGN = {Align.LEFT: WD_ALIGN_PARAGRAPH.LEFT, Align.CENTER: WD_ALIGN_PARAGRAPH.CENTER,
          Align.JUSTIFY: WD_ALIGN_PARAGRAPH.JUSTIFY}

# model style -> (Word style name, bold, italic, alignment, first-line indent, keep with next)
_STYLES = {
    Style.BODY: ("PlanDesk Nội dung", False, False, WD_ALIGN_PARAGRAPH.JUSTIFY, True, False),
    Style.BASIS: ("PlanDesk Căn cứ", False, True, WD_ALIGN_PARAGRAPH.JUSTIFY, True, False),
    Style.HEADING1: ("PlanDesk Mục", True, False, WD_ALIGN_PARAGRAPH.JUSTIFY, True, True),
    Style.HEADING2: ("PlanDesk Mục con", True, False, WD_ALIGN_PARAGRAPH.JUSTIFY, True, True),
    Style.HEADING3: ("PlanDesk Mục nhỏ", True, True, WD_ALIGN_PARAGRAPH.JUSTIFY, True, True),
    Style.ADDRESSEE: ("PlanDesk Kính gửi", False, False, WD_ALIGN_PARAGRAPH.CENTER, False, False),
    Style.CENTER_BOLD: ("PlanDesk Tiêu đề phụ lục", True, False, WD_ALIGN_PARAGRAPH.CENTER, False, True),
    Style.CENTER_ITALIC: ("PlanDesk Ghi chú giữa", False, True, WD_ALIGN_PARAGRAPH.CENTER, False, False),
    Style.CENTER: ("PlanDesk Giữa", False, False, WD_ALIGN_PARAGRAPH.CENTER, False, False),
}


_AFTER_SZCS = ("w:highlight", "w:u", "w:effect", "w:bdr", "w:shd", "w:fitText", "w:vertAlign", "w:rtl", "w:cs",
               "w:em", "w:lang", "w:eastAsianLayout", "w:specVanish", "w:oMath")


def _fonts(element, size: float | None = None) -> None:
    """Times New Roman in the ascii, hAnsi, East-Asian and complex-script slots (and the
    complex-script size), so Word substitutes nothing."""
    rpr = element.get_or_add_rPr()
    fonts = rpr.get_or_add_rFonts()
    for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(slot), L.DOCX_FONT)
    if size is not None:
        rpr.get_or_add_sz().set(qn("w:val"), str(int(round(size * 2))))
        cs = rpr.find(qn("w:szCs"))
        if cs is None:
            cs = OxmlElement("w:szCs")
            rpr.insert_element_before(cs, *_AFTER_SZCS)
        cs.set(qn("w:val"), str(int(round(size * 2))))


class _Renderer:
    def __init__(self) -> None:
        self.doc = new_docx()
        self.landscape = False
        self._setup()

    # -- document setup --------------------------------------------------------------------------
    def _setup(self) -> None:
        doc = self.doc
        defaults = doc.styles.element.find(qn("w:docDefaults"))
        run_defaults = defaults.find(qn("w:rPrDefault")) if defaults is not None else None
        rpr = run_defaults.find(qn("w:rPr")) if run_defaults is not None else None
        fonts = rpr.find(qn("w:rFonts")) if rpr is not None else None
        if fonts is not None:
            for attr in list(fonts.attrib):  # theme fonts would win over the names
                del fonts.attrib[attr]
            for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
                fonts.set(qn(slot), L.DOCX_FONT)
        lang = rpr.find(qn("w:lang")) if rpr is not None else None
        if lang is not None:
            lang.set(qn("w:val"), "vi-VN")  # Word checks the spelling in Vietnamese
        normal = doc.styles["Normal"]
        normal.font.name = L.DOCX_FONT
        normal.font.size = Pt(L.BODY_SIZE)
        _fonts(normal.element, L.BODY_SIZE)
        normal.paragraph_format.space_before = Pt(0)
        normal.paragraph_format.space_after = Pt(0)
        normal.paragraph_format.line_spacing = L.LINE_SPACING
        for name, bold, italic, align, indent, keep in _STYLES.values():
            style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
            style.base_style = normal
            style.quick_style = True
            style.font.bold = bold
            style.font.italic = italic
            fmt = style.paragraph_format
            fmt.alignment = align
            fmt.space_after = Pt(L.SPACE_AFTER_PT)
            fmt.first_line_indent = Mm(L.FIRST_LINE_INDENT_MM) if indent else None
            fmt.keep_with_next = keep
        table_style = doc.styles.add_style("PlanDesk Bảng", WD_STYLE_TYPE.PARAGRAPH)
        table_style.base_style = normal
        table_style.font.size = Pt(L.TABLE_SIZE)
        table_style.paragraph_format.line_spacing = 1.0
        section = doc.sections[0]
        self._page(section, landscape=False)
        section.different_first_page_header_footer = True  # no number on page 1
        paragraph = section.header.paragraphs[0]
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = paragraph.add_run()
        run.font.size = Pt(L.PAGE_NUMBER_SIZE)
        _fonts(run._r, L.PAGE_NUMBER_SIZE)
        for kind, text in (("begin", None), (None, "PAGE"), ("separate", None), (None, "2"), ("end", None)):
            if kind:
                el = OxmlElement("w:fldChar")
                el.set(qn("w:fldCharType"), kind)
                run._r.append(el)
            elif text == "PAGE":
                el = OxmlElement("w:instrText")
                el.set(qn("xml:space"), "preserve")
                el.text = " PAGE "
                run._r.append(el)
        body = doc.element.body
        # python-docx's template starts with no paragraph; keep it that way
        for p in list(body.iterchildren(qn("w:p"))):
            body.remove(p)

    def _page(self, section, landscape: bool) -> None:
        section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
        width, height = (L.PAGE_HEIGHT_MM, L.PAGE_WIDTH_MM) if landscape else (L.PAGE_WIDTH_MM, L.PAGE_HEIGHT_MM)
        section.page_width, section.page_height = Mm(width), Mm(height)
        section.top_margin, section.bottom_margin = Mm(L.MARGIN_TOP_MM), Mm(L.MARGIN_BOTTOM_MM)
        section.left_margin, section.right_margin = Mm(L.MARGIN_LEFT_MM), Mm(L.MARGIN_RIGHT_MM)
        section.header_distance = Mm(L.DOCX_HEADER_DISTANCE_MM)
        section.footer_distance = Mm(L.DOCX_HEADER_DISTANCE_MM)

    # -- small helpers -------------------------------------------------------------------------
    @staticmethod
    def _text(container, text: str, size: float, bold=False, italic=False, align=WD_ALIGN_PARAGRAPH.CENTER,
              style: str | None = None, after: float = 0.0):
        p = container.add_paragraph(style=style)
        p.alignment = align
        p.paragraph_format.space_after = Pt(after)
        run = p.add_run(nfc(text))
        run.font.size = Pt(size)
        run.bold = bold or None
        run.italic = italic or None
        return p

    @staticmethod
    def _rule(container, length_mm: float, box_mm: float, before: float = 1.0, after: float = 0.0):
        """An empty paragraph whose bottom border, between indents, is a centred rule."""
        p = container.add_paragraph()
        side = max(0.0, (box_mm - length_mm) / 2)
        fmt = p.paragraph_format
        fmt.left_indent, fmt.right_indent = Mm(side), Mm(side)
        fmt.space_before, fmt.space_after = Pt(before), Pt(after)
        fmt.line_spacing = Pt(2)
        ppr = p._p.get_or_add_pPr()
        border = OxmlElement("w:pBdr")
        bottom = OxmlElement("w:bottom")
        for key, value in (("w:val", "single"), ("w:sz", str(int(L.RULE_THICKNESS_PT * 8))), ("w:space", "1"),
                           ("w:color", "000000")):
            bottom.set(qn(key), value)
        border.append(bottom)
        ppr.insert_element_before(border, "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap",
                                  "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi",
                                  "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing",
                                  "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection",
                                  "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle",
                                  "w:rPr", "w:sectPr", "w:pPrChange")
        mark = OxmlElement("w:rPr")
        size = OxmlElement("w:sz")
        size.set(qn("w:val"), "4")
        mark.append(size)
        ppr.append(mark)
        return p

    def _borderless(self, rows: int, widths_mm: list[float]):
        table = self.doc.add_table(rows=rows, cols=len(widths_mm))
        table.autofit = False
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        for row in table.rows:
            for cell, width in zip(row.cells, widths_mm):
                cell.width = Mm(width)
        self._fixed_layout(table, widths_mm)
        return table

    @staticmethod
    def _fixed_layout(table, widths_mm: list[float], padding_pt: float = 0.0) -> None:
        tblpr = table._tbl.tblPr  # table.autofit = False already made the layout fixed
        margins = OxmlElement("w:tblCellMar")  # the same cell padding as the PDF
        for side in ("w:top", "w:left", "w:bottom", "w:right"):
            el = OxmlElement(side)
            el.set(qn("w:w"), str(int(padding_pt * 20)))
            el.set(qn("w:type"), "dxa")
            margins.append(el)
        tblpr.insert_element_before(margins, "w:tblLook", "w:tblCaption", "w:tblDescription")
        grid = table._tbl.tblGrid
        for col, width in zip(grid.findall(qn("w:gridCol")), widths_mm):
            col.set(qn("w:w"), str(int(width * 56.7)))

    @staticmethod
    def _clear(cell) -> None:
        """A new cell holds one empty paragraph; drop it so the cell holds only what we add."""
        for p in list(cell.paragraphs):
            p._p.getparent().remove(p._p)

    # -- blocks ------------------------------------------------------------------------------
    def header(self, h: Header) -> None:
        family = register_fonts()
        left_w = L.HEADER_LEFT_WIDTH_MM
        right_w = L.text_width_mm() - left_w
        t = self._borderless(2, [left_w, right_w])
        left, right = t.cell(0, 0), t.cell(0, 1)
        for cell in (left, right, t.cell(1, 0), t.cell(1, 1)):
            self._clear(cell)
        if h.parent:
            self._text(left, h.parent, L.PARENT_BODY_SIZE)
        self._text(left, h.body, L.ISSUING_BODY_SIZE, bold=True)
        widest = max(stringWidth(line, f"{family}-Bold", L.ISSUING_BODY_SIZE) for line in h.body.split("\n"))
        self._rule(left, min(widest / _PT_PER_MM, left_w) * L.ISSUER_RULE_FRACTION, left_w)
        self._text(right, L.NATIONAL_TITLE, L.NATIONAL_TITLE_SIZE, bold=True)
        self._text(right, L.MOTTO, L.MOTTO_SIZE, bold=True)
        self._rule(right, stringWidth(L.MOTTO, f"{family}-Bold", L.MOTTO_SIZE) / _PT_PER_MM, right_w)
        p = self._text(t.cell(1, 0), h.number, L.NUMBER_SIZE)
        p.paragraph_format.space_before = Pt(8)
        p = self._text(t.cell(1, 1), h.place_date, L.PLACE_DATE_SIZE, italic=True)
        p.paragraph_format.space_before = Pt(8)
        self._text(self.doc, "", L.BODY_SIZE, after=L.SPACE_AFTER_PT * 2)

    def title(self, t: Title) -> None:
        p = self._text(self.doc, t.kind, L.TITLE_SIZE, bold=True)
        p.paragraph_format.keep_with_next = True
        for line in t.subject:
            p = self._text(self.doc, line, L.SUBJECT_SIZE, bold=True)
            p.paragraph_format.keep_with_next = True
        from .pdf import subject_rule_pt

        self._rule(self.doc, subject_rule_pt(t) / _PT_PER_MM, L.text_width_mm(self.landscape), after=10)

    def paragraph(self, p: Paragraph) -> None:
        self.doc.add_paragraph(nfc(p.text), style=_STYLES[p.style][0])

    def table(self, t: Table) -> None:
        total = sum(c.width_mm for c in t.columns)
        widths = [c.width_mm / total * L.text_width_mm(self.landscape) for c in t.columns]
        table = self.doc.add_table(rows=1 + len(t.rows), cols=len(t.columns))
        table.style = self.doc.styles["Table Grid"]
        table.autofit = False
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        self._fixed_layout(table, widths, L.TABLE_CELL_PADDING_PT)

        # python-docx looks a style up by scanning every style of the document for each
        # paragraph given one, and rebuilds a row's cells on each access. Per table: the cell
        # paragraph is built once per alignment and weight the python-docx way, and each cell
        # gets a copy of it with its own text (the same XML, a fraction of the work); each
        # row's cells are read once; a cell's own empty paragraph is replaced, not cleared.
        style_id = self.doc.styles["PlanDesk Bảng"].style_id
        size = Pt(t.size)
        models: dict[tuple[Align, bool], Any] = {}   # lxml elements (python-docx has no types)

        def paragraph(cell, line: str, align, bold: bool):
            if "\t" in line or "\r" in line:  # python-docx turns these into their own elements
                return None
            key = (align, bold)
            if key not in models:
                element = cell._tc.add_p()
                element.style = style_id
                p = DocxParagraph(element, cell)
                p.alignment = align
                run = p.add_run("x")
                run.font.size = size
                if bold:
                    run.bold = True
                cell._tc.remove(element)
                models[key] = element
            element = deepcopy(models[key])
            text = element.find(f"{_W_R}/{_W_T}")
            if not line:
                text.getparent().remove(text)  # add_run("") writes no w:t
            else:
                text.text = line
                if len(line.strip()) < len(line):
                    text.set(qn("xml:space"), "preserve")
            return element

        def fill(cell, text: str, align, bold: bool) -> None:
            tc = cell._tc
            for old in tc.p_lst:
                tc.remove(old)
            for line in (text.split("\n") if text else [""]):
                element = paragraph(cell, line, align, bold)
                if element is not None:
                    tc.append(element)
                    continue
                p = DocxParagraph(tc.add_p(), cell)
                p._p.style = style_id
                p.alignment = align
                run = p.add_run(line)
                run.font.size = size
                if bold:
                    run.bold = True

        for i, (row, model_row) in enumerate(zip(table.rows, (None, *t.rows))):
            trpr = row._tr.get_or_add_trPr()
            trpr.append(OxmlElement("w:cantSplit"))  # a row is never cut across pages
            if i == 0:
                trpr.append(OxmlElement("w:tblHeader"))  # repeated at the top of every page
            cells = row.cells
            for cell, width in zip(cells, widths):
                cell.width = Mm(width)
            if model_row is None:
                for cell, column in zip(cells, t.columns):
                    fill(cell, column.title, WD_ALIGN_PARAGRAPH.CENTER, True)
                    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            elif model_row.kind is RowKind.GROUP:
                merged = cells[0].merge(cells[-1])
                fill(merged, model_row.cells[0], WD_ALIGN_PARAGRAPH.LEFT, True)
                for p in merged.paragraphs:  # a group's title never ends a page alone
                    p.paragraph_format.keep_with_next = True
            else:
                for cell, text, column in zip(cells, model_row.cells, t.columns):
                    fill(cell, text, _ALIGN[column.align], model_row.kind is RowKind.TOTAL)
        self._text(self.doc, "", L.TABLE_SIZE, after=0)

    def _signer(self, cell, signer: Signer) -> None:
        for line in (signer.authority, signer.position):
            if line:
                self._text(cell, line, L.SIGNATURE_SIZE, bold=True).paragraph_format.keep_with_next = True
        p = self._text(cell, "", L.SIGNATURE_SIZE)
        p.paragraph_format.space_before = Mm(L.SIGNATURE_SPACE_MM - 7)
        p.paragraph_format.keep_with_next = True
        if signer.name:
            self._text(cell, signer.name, L.SIGNATURE_SIZE, bold=True)

    def signatures(self, sig: Signatures) -> None:
        # keep the closing paragraph with the signature
        paragraphs = self.doc.paragraphs
        if paragraphs:
            paragraphs[-1].paragraph_format.keep_with_next = True
        left_w = L.SIGNATURE_LEFT_WIDTH_MM
        t = self._borderless(1, [left_w, L.text_width_mm(self.landscape) - left_w])
        row = t.rows[0]
        row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
        left, right = row.cells
        self._clear(left)
        self._clear(right)
        if sig.left is not None:
            self._signer(left, sig.left)
        elif sig.recipients:
            self._text(left, L.RECIPIENTS_TITLE, L.RECIPIENTS_TITLE_SIZE, bold=True, italic=True,
                       align=WD_ALIGN_PARAGRAPH.LEFT)
            for line in sig.recipients:
                self._text(left, line, L.RECIPIENTS_SIZE, align=WD_ALIGN_PARAGRAPH.LEFT)
        else:
            left.add_paragraph()
        self._signer(right, sig.right)

    def page_break(self, b: PageBreak) -> None:
        section = self.doc.add_section(WD_SECTION.NEW_PAGE)
        self.landscape = b.landscape
        self._page(section, b.landscape)
        # an annex numbers its own pages from 1, its first page without a number (the first-page
        # header it inherits from the first section is empty)
        section.different_first_page_header_footer = b.annex
        if b.annex:
            sect = section._sectPr
            numbering = sect.find(qn("w:pgNumType"))
            if numbering is None:
                numbering = OxmlElement("w:pgNumType")
                sect.insert_element_before(numbering, "w:cols", "w:formProt", "w:vAlign", "w:noEndnote", "w:titlePg",
                                           "w:textDirection", "w:bidi", "w:rtlGutter", "w:docGrid",
                                           "w:printerSettings", "w:sectPrChange")
            numbering.set(qn("w:start"), "1")

    def render(self, document: Document, author: str) -> bytes:
        props = self.doc.core_properties
        props.title = nfc(document.title)
        props.author = nfc(author)
        props.comments = "PlanDesk"
        for block in document.blocks:
            if isinstance(block, Header):
                self.header(block)
            elif isinstance(block, Title):
                self.title(block)
            elif isinstance(block, Paragraph):
                self.paragraph(block)
            elif isinstance(block, Table):
                self.table(block)
            elif isinstance(block, Signatures):
                self.signatures(block)
            elif isinstance(block, PageBreak):
                self.page_break(block)
        out = io.BytesIO()
        self.doc.save(out)
        return out.getvalue()


def render_docx(document: Document, author: str = "") -> bytes:
    """The document as DOCX bytes."""
    return _Renderer().render(document, author)
