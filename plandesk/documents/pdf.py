"""The PDF renderer (reportlab platypus): A4 with the decree's margins, the bundled Liberation
Serif embedded, page numbers centred in the top margin from page 2, landscape pages after a
PageBreak(landscape=True), tables that repeat their header row on every page."""
from __future__ import annotations

import io
import re
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageTemplate,
    Spacer,
    TableStyle,
)
from reportlab.platypus import (
    PageBreak as RLPageBreak,
)
from reportlab.platypus import (
    Paragraph as RLParagraph,
)
from reportlab.platypus import (
    Table as RLTable,
)
from reportlab.platypus.flowables import HRFlowable
from reportlab.platypus.paragraph import textTransformFrags
from reportlab.platypus.paraparser import ParaParser

from plandesk.domain.text import nfc

from . import layout as L
from .fonts import register_fonts
from .model import (
    Align,
    Document,
    Header,
    PageBreak,
    Paragraph,
    RowKind,
    Signatures,
    Signer,
    Style,
    Table,
    Title,
)

_SPACES = re.compile(r" {2,}")


def subject_rule_pt(t: Title) -> float:
    """The rule under the trích yếu: a fraction of its longest line (or of the document type)."""
    family = register_fonts()
    lines = t.subject or (t.kind,)
    widest = max(stringWidth(nfc(line), f"{family}-Bold", L.SUBJECT_SIZE) for line in lines)
    return widest * L.SUBJECT_RULE_FRACTION


def _markup(text: str) -> str:
    """XML-escaped NFC text; runs of spaces (blank numbers and dates) kept as non-breaking."""
    out = escape(nfc(text))
    out = _SPACES.sub(lambda m: "\u00a0" * len(m.group()), out)
    return out.replace("\n", "<br/>")


class _Paragraph(RLParagraph):
    """reportlab's paragraph, parsed without its HTML parser when the text holds no markup
    (no ``<``, no ``&``: most of a document's text, and nearly every table cell): the parser's
    own steps for ``<para>TEXT</para>`` (start tag, the text, end tag), the same fragments."""

    def _setup(self, text, style, bulletText, frags, cleaner):  # noqa: N803 (reportlab's names)
        if frags is None and isinstance(text, str) and "<" not in text and "&" not in text:
            text = cleaner(text)
            parser = ParaParser()
            parser.caseSensitive = self.caseSensitive
            parser._setup_for_parse(style)
            parser.handle_starttag("para", [])
            if text:   # as the HTML parser: no text, no fragment
                parser.handle_data(text)
            parser.handle_endtag("para")
            style, frags, bullet_frags = parser._complete_parse()
            if frags is None:
                raise ValueError(f"xml parser error ({parser.errors[0]}) in paragraph beginning\n'{text[:30]}'")
            textTransformFrags(frags, style)
            if bullet_frags:
                bulletText = bullet_frags
        super()._setup(text, style, bulletText, frags, cleaner)


class _CellParagraph(_Paragraph):
    """A table cell's paragraph: reportlab wraps every cell again each time a long table is
    split at a page end and once more to draw it, always at the column's width; the lines
    found for a width are kept (a paragraph's wrap depends on the width only)."""

    _wrapped: tuple[float, tuple[float, float]] | None = None

    def wrap(self, availWidth, availHeight):  # noqa: N803 (reportlab's names)
        if self._wrapped is not None and self._wrapped[0] == availWidth:
            return self._wrapped[1]
        size = super().wrap(availWidth, availHeight)
        self._wrapped = (availWidth, size)
        return size


class _UndrawnTable(RLTable):
    """Laid out and split across pages like the real table, never drawn: for counting pages
    (drawing the cells is most of a long table's cost)."""

    def draw(self) -> None:
        pass


class _Styles:
    def __init__(self) -> None:
        family = register_fonts()
        self.regular, self.bold = family, f"{family}-Bold"
        self.italic, self.bold_italic = f"{family}-Italic", f"{family}-BoldItalic"

    def make(self, size: float, font: str | None = None, align=TA_LEFT, indent_mm: float = 0.0,
             after: float = 0.0, before: float = 0.0, keep_with_next: bool = False,
             spacing: float = L.LINE_SPACING) -> ParagraphStyle:
        return ParagraphStyle(
            name=f"s{size}{font}{align}{indent_mm}{after}{before}", fontName=font or self.regular, fontSize=size,
            leading=size * L.FONT_LINE_HEIGHT_EM * spacing, alignment=align, firstLineIndent=indent_mm * mm,
            spaceAfter=after, spaceBefore=before, keepWithNext=int(keep_with_next))

    def paragraph(self, style: Style) -> ParagraphStyle:
        size, indent, after = L.BODY_SIZE, L.FIRST_LINE_INDENT_MM, L.SPACE_AFTER_PT
        return {
            Style.BODY: self.make(size, align=TA_JUSTIFY, indent_mm=indent, after=after),
            Style.BASIS: self.make(size, self.italic, TA_JUSTIFY, indent, after),
            Style.HEADING1: self.make(size, self.bold, TA_JUSTIFY, indent, after, after, True),
            Style.HEADING2: self.make(size, self.bold, TA_JUSTIFY, indent, after, 0, True),
            Style.HEADING3: self.make(size, self.bold_italic, TA_JUSTIFY, indent, after, 0, True),
            Style.ADDRESSEE: self.make(size, align=TA_CENTER, after=after * 2),
            Style.CENTER_BOLD: self.make(size, self.bold, TA_CENTER, keep_with_next=True),
            Style.CENTER_ITALIC: self.make(size, self.italic, TA_CENTER, after=after * 2),
            Style.CENTER: self.make(size, align=TA_CENTER, after=after),
        }[style]


_RECIPIENTS_PER_ROW = 12
_KEEP_STYLES = (Style.HEADING1, Style.HEADING2, Style.HEADING3, Style.CENTER_BOLD)
_ROOM_AFTER_HEADING_MM = 45
_ALIGN = {Align.LEFT: TA_LEFT, Align.CENTER: TA_CENTER, Align.JUSTIFY: TA_JUSTIFY}
# reportlab refuses to split a table even a hair wider than the frame: stay just inside it
_FIT = 0.5


def _widths(widths_mm: list[float], landscape_page: bool) -> list[float]:
    """Column widths scaled to the text width of the page."""
    total = sum(widths_mm)
    avail = L.text_width_mm(landscape_page) * mm - _FIT
    return [w / total * avail for w in widths_mm]


class _Renderer:
    def __init__(self, table_class: type[RLTable] = RLTable) -> None:
        self.s = _Styles()
        self.table_class = table_class

    # -- blocks ------------------------------------------------------------------------------
    def header(self, h: Header) -> list:
        s = self.s
        left_w = L.HEADER_LEFT_WIDTH_MM * mm
        right_w = L.text_width_mm() * mm - left_w
        left = []
        if h.parent:
            left.append(_Paragraph(_markup(h.parent), s.make(L.PARENT_BODY_SIZE, align=TA_CENTER)))
        left.append(_Paragraph(_markup(h.body), s.make(L.ISSUING_BODY_SIZE, s.bold, TA_CENTER)))
        widest = max((stringWidth(line, s.bold, L.ISSUING_BODY_SIZE) for line in h.body.split("\n")), default=0)
        left.append(HRFlowable(width=min(widest, left_w) * L.ISSUER_RULE_FRACTION, thickness=L.RULE_THICKNESS_PT,
                               color="black", hAlign="CENTER", spaceBefore=3, spaceAfter=0))
        motto_w = stringWidth(L.MOTTO, s.bold, L.MOTTO_SIZE)
        right = [_Paragraph(_markup(L.NATIONAL_TITLE), s.make(L.NATIONAL_TITLE_SIZE, s.bold, TA_CENTER)),
                 _Paragraph(_markup(L.MOTTO), s.make(L.MOTTO_SIZE, s.bold, TA_CENTER)),
                 HRFlowable(width=motto_w, thickness=L.RULE_THICKNESS_PT, color="black", hAlign="CENTER",
                            spaceBefore=3, spaceAfter=0)]
        number = _Paragraph(_markup(h.number), s.make(L.NUMBER_SIZE, align=TA_CENTER)) if h.number else ""
        date = _Paragraph(_markup(h.place_date), s.make(L.PLACE_DATE_SIZE, s.italic, TA_CENTER))
        t = RLTable([[left, right], [number, date]], colWidths=_widths([left_w, right_w], False))
        t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), s.regular),  # empty cells too: never Helvetica
                               ("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 1), (-1, 1), 8)]))
        return [t, Spacer(1, 8 * mm)]

    def title(self, t: Title) -> list:
        s = self.s
        out = [_Paragraph(_markup(t.kind), s.make(L.TITLE_SIZE, s.bold, TA_CENTER))]
        out += [_Paragraph(_markup(line), s.make(L.SUBJECT_SIZE, s.bold, TA_CENTER)) for line in t.subject]
        out.append(HRFlowable(width=subject_rule_pt(t), thickness=L.RULE_THICKNESS_PT, color="black",
                              hAlign="CENTER", spaceBefore=8, spaceAfter=12))
        return [KeepTogether(out)]

    def paragraph(self, p: Paragraph) -> list:
        return [_Paragraph(_markup(p.text), self.s.paragraph(p.style))]

    def table(self, t: Table, landscape_page: bool) -> list:
        s = self.s
        head_style = s.make(t.size, s.bold, TA_CENTER, spacing=1.0)
        data: list[list[_CellParagraph | str]] = [[_CellParagraph(_markup(c.title), head_style) for c in t.columns]]
        commands = [("FONTNAME", (0, 0), (-1, -1), s.regular),  # empty cells too: never reportlab's Helvetica
                    ("GRID", (0, 0), (-1, -1), L.TABLE_BORDER_PT, "black"), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("VALIGN", (0, 0), (-1, 0), "MIDDLE")]
        for pad in ("LEFTPADDING", "RIGHTPADDING", "TOPPADDING", "BOTTOMPADDING"):
            commands.append((pad, (0, 0), (-1, -1), L.TABLE_CELL_PADDING_PT))
        styles = {(a, b): s.make(t.size, s.bold if b else None, _ALIGN[a], spacing=1.0)
                  for a in Align for b in (False, True)}
        for i, row in enumerate(t.rows, start=1):
            if row.kind is RowKind.GROUP:
                cells: list[_CellParagraph | str] = [_CellParagraph(_markup(row.cells[0]), styles[(Align.LEFT, True)])]
                cells += [""] * (len(t.columns) - 1)
                commands.append(("SPAN", (0, i), (-1, i)))
                if i < len(t.rows):  # a group's title never ends a page alone
                    commands.append(("NOSPLIT", (0, i), (-1, i + 1)))
            else:
                bold = row.kind is RowKind.TOTAL
                cells = [_CellParagraph(_markup(text), styles[(col.align, bold)]) if text else ""
                         for text, col in zip(row.cells, t.columns)]
            data.append(cells)
        table = self.table_class(data, colWidths=_widths([c.width_mm for c in t.columns], landscape_page),
                                 repeatRows=1)
        table.setStyle(TableStyle(commands))
        return [table, Spacer(1, L.SPACE_AFTER_PT)]

    def _signer(self, signer: Signer) -> list:
        s = self.s
        out = []
        for line in (signer.authority, signer.position):
            if line:
                out.append(_Paragraph(_markup(line), s.make(L.SIGNATURE_SIZE, s.bold, TA_CENTER)))
        out.append(Spacer(1, L.SIGNATURE_SPACE_MM * mm))
        if signer.name:
            out.append(_Paragraph(_markup(signer.name), s.make(L.SIGNATURE_SIZE, s.bold, TA_CENTER)))
        return out

    def signatures(self, sig: Signatures, landscape_page: bool) -> list:
        s = self.s
        left_w = L.SIGNATURE_LEFT_WIDTH_MM * mm
        right_w = L.text_width_mm(landscape_page) * mm - left_w
        rows: list[list] = []
        if sig.left is not None:
            rows.append([self._signer(sig.left), self._signer(sig.right)])
        elif sig.recipients:
            # a long list goes in several rows, so the block can continue on the next page
            lines = list(sig.recipients)
            chunks = [lines[i:i + _RECIPIENTS_PER_ROW] for i in range(0, len(lines), _RECIPIENTS_PER_ROW)]
            for k, chunk in enumerate(chunks):
                cell = [_Paragraph(_markup(L.RECIPIENTS_TITLE), s.make(L.RECIPIENTS_TITLE_SIZE, s.bold_italic))] \
                    if k == 0 else []
                cell += [_Paragraph(_markup(line), s.make(L.RECIPIENTS_SIZE)) for line in chunk]
                rows.append([cell, self._signer(sig.right) if k == 0 else ""])
        else:
            rows.append(["", self._signer(sig.right)])
        t = RLTable(rows, colWidths=_widths([left_w, right_w], landscape_page))
        t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), s.regular), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("ALIGN", (1, 0), (1, 0), "CENTER"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
        return [Spacer(1, 4 * mm), t]

    def flowables(self, doc: Document) -> list:
        out: list = []
        landscape_page = False
        for index, block in enumerate(doc.blocks):
            following = doc.blocks[index + 1] if index + 1 < len(doc.blocks) else None
            if isinstance(block, Paragraph) and isinstance(following, Table) and block.style in _KEEP_STYLES:
                # keeping a heading with a whole long table would push both to the next page:
                # keep it with room for the first rows instead
                style = self.s.paragraph(block.style)
                style.keepWithNext = 0
                out += [CondPageBreak(_ROOM_AFTER_HEADING_MM * mm), _Paragraph(_markup(block.text), style)]
                continue
            if isinstance(block, Header):
                out += self.header(block)
            elif isinstance(block, Title):
                out += self.title(block)
            elif isinstance(block, Paragraph):
                out += self.paragraph(block)
            elif isinstance(block, Table):
                out += self.table(block, landscape_page)
            elif isinstance(block, Signatures):
                # never a signature alone on a page: it goes with the closing paragraph
                last = [out.pop()] if out and isinstance(out[-1], RLParagraph) else []
                out.append(KeepTogether(last + self.signatures(block, landscape_page)))
            elif isinstance(block, PageBreak):
                landscape_page = block.landscape
                name = "landscape" if block.landscape else "portrait"
                out += [NextPageTemplate(f"annex-{name}" if block.annex else name), RLPageBreak()]
        return out


def _annex_first_page(canvas, doc) -> None:
    """An annex's first page: no number; the pages after it are numbered from 2."""
    canvas._plandesk_first_page = canvas.getPageNumber()


def _page_number(canvas, doc) -> None:
    """From page 2, centred in the top margin; an annex numbers its own pages from 1 (its first
    page shows none)."""
    number = canvas.getPageNumber() - getattr(canvas, "_plandesk_first_page", 1) + 1
    if number <= 1:
        return
    width, height = canvas._pagesize
    canvas.saveState()
    canvas.setFont(register_fonts(), L.PAGE_NUMBER_SIZE)
    x = L.MARGIN_LEFT_MM * mm + (width - (L.MARGIN_LEFT_MM + L.MARGIN_RIGHT_MM) * mm) / 2
    canvas.drawCentredString(x, height - L.PAGE_NUMBER_FROM_TOP_MM * mm - L.PAGE_NUMBER_SIZE * 0.7, str(number))
    canvas.restoreState()


def render_pdf(document: Document, author: str = "") -> bytes:
    """The document as PDF bytes."""
    buffer = io.BytesIO()
    _build(document, author, buffer, _Renderer())
    return buffer.getvalue()


def count_pages(document: Document) -> int:
    """How many pages render_pdf(document) has, laid out without drawing its tables."""
    return _build(document, "", io.BytesIO(), _Renderer(_UndrawnTable))


def _build(document: Document, author: str, buffer: io.BytesIO, renderer: _Renderer) -> int:
    margins = dict(leftMargin=L.MARGIN_LEFT_MM * mm, rightMargin=L.MARGIN_RIGHT_MM * mm,
                   topMargin=L.MARGIN_TOP_MM * mm, bottomMargin=L.MARGIN_BOTTOM_MM * mm)
    # the canvas starts in the embedded serif: reportlab's default (Helvetica) would be declared
    # in the file unembedded, which a records office's PDF check rejects
    template = BaseDocTemplate(buffer, pagesize=A4, title=nfc(document.title), author=nfc(author),
                               creator="PlanDesk", invariant=1, initialFontName=register_fonts(),
                               initialFontSize=L.BODY_SIZE, **margins)
    templates = []
    for name, size in (("portrait", A4), ("landscape", landscape(A4))):
        def frame(name=name, size=size) -> Frame:
            return Frame(margins["leftMargin"], margins["bottomMargin"],
                         size[0] - margins["leftMargin"] - margins["rightMargin"],
                         size[1] - margins["topMargin"] - margins["bottomMargin"],
                         leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id=name)

        templates.append(PageTemplate(id=name, frames=[frame()], onPage=_page_number, pagesize=size))
        # an annex's first page, then the same pages numbered from its start
        templates.append(PageTemplate(id=f"annex-{name}", frames=[frame()], onPage=_annex_first_page,
                                      pagesize=size, autoNextPageTemplate=name))
    template.addPageTemplates(templates)
    template.build(renderer.flowables(document))
    return template.page
