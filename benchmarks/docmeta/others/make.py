"""Make the documents of the independent corpus (``documents.toml``) the way other people make
them — never with PlanDesk's own renderers:

- ``docx``: python-docx, the header in a borderless table as Word templates have it (one row, two
  rows, three columns with an empty middle one, or no table at all: tabs), names wrapped by
  separate paragraphs or by line breaks, rules drawn as VML lines, typed underscores, stars or a
  bottom border, blank numbers and days typed with non-breaking spaces, tabs, spaces or dots;
  or the header in two floating text boxes (layout ``textbox``); Arial instead of Times (``sans``);
- ``lo``: that DOCX converted to PDF by LibreOffice (``soffice --headless --convert-to pdf``);
- ``rl``: a PDF from another generator — reportlab's bare canvas, every word placed on its own
  (as some PDF printers write them) with system fonts;
- ``rlt``: a PDF from a third generator — reportlab's platypus (a report tool's way): the header
  in a table, whole lines, justified paragraphs, DejaVu Serif Condensed;
- ``scanNNN``: the LibreOffice PDF printed and scanned: rendered at NNN dpi, turned a little,
  blurred, with noise, saved as a JPEG (or an image-only PDF for ``scan200pdf``; a 1-bit
  black-and-white image-only PDF for ``scanNNNbwpdf``).

``python -m benchmarks.docmeta.others.make OUT [--only KEY…] [--set dev|held|held2|held3|all]`` writes the files
into OUT (``KEY.docx``, ``KEY.lo.pdf``, ``KEY.rl.pdf``, ``KEY.scan200.jpg`` …) so they can be looked at."""
from __future__ import annotations

import argparse
import io
import random
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_FORMS = ("docx", "lo", "scan200")


@dataclass
class Spec:
    key: str
    set: str
    criterion: str
    query: str
    layout: str
    left: list[str]
    number: str
    right: list[str]
    date: str
    title: str
    subject: list[str]
    authority: list[str]
    body: list[str]
    forms: tuple[str, ...]
    quirks: tuple[str, ...] = ()
    raw: dict = field(default_factory=dict)


_RIGHT_DEFAULT = ["*CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "*_Độc lập - Tự do - Hạnh phúc"]


def load_specs(which: str = "all") -> list[Spec]:
    data = tomllib.loads((HERE / "documents.toml").read_text(encoding="utf-8"))
    specs = []
    for d in data["doc"]:
        if which != "all" and d["set"] != which:
            continue
        specs.append(Spec(
            key=d["key"], set=d["set"], criterion=d["criterion"], query=d["query"], layout=d.get("layout", "table"),
            left=d["left"], number=d.get("number", ""), right=d.get("right", _RIGHT_DEFAULT), date=d.get("date", ""),
            title=d.get("title", ""), subject=d.get("subject", []), authority=d.get("authority", []),
            body=d.get("body", []), forms=tuple(d.get("forms", DEFAULT_FORMS)), quirks=tuple(d.get("quirks", ())),
            raw=d))
    return specs


def gaps(text: str) -> str:
    """{nbsp:8} {sp:6} {tab} {tab:2} {dots:6} {ell:3} written in the specs for the blanks people type."""
    def sub(m: re.Match) -> str:
        kind, _, count = m.group(1).partition(":")
        n = int(count or 1)
        return {"nbsp": "\u00a0", "sp": " ", "tab": "\t", "dots": ".", "ell": "…"}[kind] * n
    return re.sub(r"\{(nbsp|sp|tab|dots|ell)(?::\d+)?\}", lambda m: sub(re.match(r"\{([^}]*)\}", m.group(0))),
                  text)


def marks(item: str) -> tuple[str, bool, bool, bool]:
    """'*_TEXT' -> (TEXT, bold, underline, italic): the little markup of the specs' header lines."""
    bold = underline = italic = False
    while item[:1] in "*_/" and len(item) > 1:
        bold |= item[0] == "*"
        underline |= item[0] == "_"
        italic |= item[0] == "/"
        item = item[1:]
    return item, bold, underline, italic


def _text(spec: Spec, value: str) -> str:
    value = gaps(value)
    return unicodedata.normalize("NFD", value) if "nfd" in spec.quirks else value


# -- DOCX (python-docx, the way Word templates are laid out) --------------------------------------
def _docx_setup(document, spec: Spec):
    from docx.enum.section import WD_ORIENT  # noqa: F401
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.top_margin, section.bottom_margin = Cm(2), Cm(2)
    section.left_margin, section.right_margin = Cm(3), Cm(1.5)
    style = document.styles["Normal"]
    font_name = ("DejaVu Serif" if "dejavu" in spec.quirks else "Arial" if "sans" in spec.quirks
                 else "Times New Roman")
    style.font.name = font_name
    style.font.size = Pt(13 if "size13" in spec.quirks else 14)
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    for slot in ("w:eastAsia", "w:cs", "w:hAnsi", "w:ascii"):
        fonts.set(qn(slot), font_name)
    style.paragraph_format.space_after = Pt(0)
    style.paragraph_format.space_before = Pt(0)


def _no_borders(table) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tblPr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tblPr.append(borders)


def _vml_line(paragraph, width_pt: float, offset_pt: float) -> None:
    """A drawn line as old Word templates have under the body's name (no text in the PDF)."""
    from docx.oxml import parse_xml

    xml = ('<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
           'xmlns:v="urn:schemas-microsoft-com:vml"><w:pict>'
           f'<v:line style="position:absolute;z-index:1" from="{offset_pt}pt,3pt" to="{offset_pt + width_pt}pt,3pt" '
           'strokeweight=".75pt"/></w:pict></w:r>')
    paragraph._p.append(parse_xml(xml))


def _bottom_border(paragraph) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    ppr = paragraph._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for k, v in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        bottom.set(qn(k), v)
    bdr.append(bottom)
    ppr.append(bdr)


def _add_runs(paragraph, spec: Spec, text: str, bold=False, underline=False, italic=False, size=None):
    from docx.shared import Pt

    # a tab typed in the text becomes a real tab; line breaks typed as "\n" become w:br
    pieces = _text(spec, text).split("\n")
    for i, piece in enumerate(pieces):
        if i:
            paragraph.add_run().add_break()
        run = paragraph.add_run(piece)
        run.bold, run.underline, run.italic = bold or None, underline or None, italic or None
        if size:
            run.font.size = Pt(size)


def _rule(paragraph_factory, spec: Spec, kind: str, width_pt: float, box_pt: float = 170):
    p = paragraph_factory()
    if kind == "line":
        _vml_line(p, width_pt, (box_pt - width_pt) / 2)
    elif kind == "border":
        _bottom_border(p)
    else:
        _add_runs(p, spec, kind)
    return p


def _cell_lines(cell, spec: Spec, lines: list[str], size_upper: float, left_cell: bool, cell_pt: float = 170) -> None:
    """The header lines of one column in a table cell: 'TEXT', '*bold', '_underline', '/italic',
    '-line' (a drawn line), '-border' (a paragraph border), '-___' (typed characters)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    first = True

    def para():
        nonlocal first
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        return p

    for item in lines:
        if item.startswith("-"):
            kind = item[1:] or "line"
            p = _rule(para, spec, kind, 70, cell_pt)
            continue
        text, bold, underline, italic = marks(item)
        p = para()
        _add_runs(p, spec, text, bold, underline, italic, size_upper if text.isupper() else None)


_TEXTBOX = ('<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
            'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"><w:pict>'
            '{shapetype}<v:shape id="{id}" o:spid="_x0000_s10{n}" type="#_x0000_t202" '
            'style="position:absolute;margin-left:{x}pt;margin-top:0;width:{w}pt;height:{h}pt;z-index:{n};'
            'mso-position-horizontal-relative:margin;mso-position-vertical-relative:paragraph" '
            'stroked="f" filled="f"><v:textbox inset="0,0,0,0"><w:txbxContent/></v:textbox></v:shape>'
            '</w:pict></w:r>')
_SHAPETYPE = ('<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
              '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>')


def _textbox_header(document, spec: Spec, size_upper: float, date_item: str) -> None:
    """The header in two floating text boxes (VML, as older Word templates and forms copied from
    them have it): the body's text flows under them, the boxes hold the two columns."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn

    left_lines = list(spec.left) + ([spec.number] if spec.number else [])
    right_lines = list(spec.right) + ([""] if spec.date else []) + ([date_item] if spec.date else [])
    # the columns are written in a scratch table (the same cell formatting as the table layouts),
    # then their paragraphs are moved into the text boxes and the table removed
    scratch = document.add_table(rows=1, cols=2)
    _cell_lines(scratch.rows[0].cells[0], spec, left_lines, size_upper, True, 190)
    _cell_lines(scratch.rows[0].cells[1], spec, right_lines, size_upper, False, 290)
    anchor = document.add_paragraph()
    rows = max(len(left_lines), len(right_lines))
    height = 17 * rows + 6
    boxes = ((-22, 190, scratch.rows[0].cells[0]), (178, 290, scratch.rows[0].cells[1]))
    for n, (x, w, cell) in enumerate(boxes, start=1):
        run = parse_xml(_TEXTBOX.format(shapetype=_SHAPETYPE if n == 1 else "", id=f"TextBox{n}", n=n, x=x, w=w,
                                        h=height))
        content = run.find(".//" + qn("w:txbxContent"))
        for p in list(cell._tc.iterchildren(qn("w:p"))):
            content.append(p)
        anchor._p.append(run)
    scratch._tbl.getparent().remove(scratch._tbl)
    # empty lines under the anchor so the body starts below the boxes
    for _ in range(max(0, round(height / 16.5) - 1)):
        document.add_paragraph()


def make_docx(spec: Spec) -> bytes:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    document = docx.Document()
    _docx_setup(document, spec)
    size_upper = 11 if "size11" in spec.quirks else 12 if "size12" in spec.quirks else 12.5
    number = spec.number
    date_item = "/" + spec.date if spec.date and not spec.date.startswith(("/", "*")) else spec.date

    def date_para(p, text):
        t, bold, underline, italic = marks(text)
        _add_runs(p, spec, t, bold, underline, italic)

    if spec.layout in ("table", "table2rows", "table3", "party"):
        cols = 3 if spec.layout == "table3" else 2
        rows = 2 if spec.layout in ("table2rows",) else 1
        table = document.add_table(rows=rows, cols=cols)
        _no_borders(table)
        widths = (Cm(6.4), Cm(0.4), Cm(9.7)) if cols == 3 else (Cm(6.2), Cm(10.3))
        if "wide-left" in spec.quirks:
            widths = (Cm(7.4), Cm(9.1))
        for row in table.rows:
            for cell, width in zip(row.cells, widths):
                cell.width = width
        for col, width in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths):
            col.set(qn("w:w"), str(int(width.twips)))
        left, right = table.rows[0].cells[0], table.rows[0].cells[-1]
        left_lines = list(spec.left)
        right_lines = list(spec.right)
        if rows == 2:
            _cell_lines(left, spec, left_lines, size_upper, True)
            _cell_lines(right, spec, right_lines, size_upper, False)
            low_left, low_right = table.rows[1].cells[0], table.rows[1].cells[-1]
            p = low_left.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _add_runs(p, spec, number, size=13)
            p = low_right.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER if "date-right" not in spec.quirks else WD_ALIGN_PARAGRAPH.RIGHT
            date_para(p, date_item)
        else:
            if number:
                left_lines.append(number)
            if spec.date:
                right_lines += ([""] if "no-date-gap" not in spec.quirks else []) + [date_item]
            _cell_lines(left, spec, left_lines, size_upper, True)
            _cell_lines(right, spec, right_lines, size_upper, False)
            if "date-right" in spec.quirks:
                right.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif spec.layout == "tabs":
        # no table: each header line typed as left text, tabs, right text (a quick document)
        from docx.enum.text import WD_TAB_ALIGNMENT

        left_lines = [line for line in spec.left if not line.startswith("-")]
        right_lines = list(spec.right)
        n = max(len(left_lines), len(right_lines))
        for i in range(n):
            p = document.add_paragraph()
            p.paragraph_format.tab_stops.add_tab_stop(Cm(11.4), WD_TAB_ALIGNMENT.CENTER)
            p.paragraph_format.tab_stops.add_tab_stop(Cm(3.3), WD_TAB_ALIGNMENT.CENTER)
            if i < len(left_lines):
                t, b, u, it = marks(left_lines[i])
                p.add_run("\t")
                _add_runs(p, spec, t, b, u, it, size_upper)
            p.add_run("\t")
            if i < len(right_lines):
                t, b, u, it = marks(right_lines[i])
                _add_runs(p, spec, t, b, u, it, size_upper)
        p = document.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Cm(11.4), WD_TAB_ALIGNMENT.CENTER)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(3.3), WD_TAB_ALIGNMENT.CENTER)
        p.add_run("\t")
        _add_runs(p, spec, number, size=13)
        p.add_run("\t")
        t, b, u, it = marks(date_item)
        _add_runs(p, spec, t, b, u, it)
    elif spec.layout == "textbox":
        _textbox_header(document, spec, size_upper, date_item)
    else:
        raise ValueError(f"{spec.key}: unknown layout {spec.layout}")

    document.add_paragraph()
    if spec.title:
        p = document.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_before = Pt(6)
        _add_runs(p, spec, spec.title, bold=True)
    subject_as_one = "subject-one-paragraph" in spec.quirks
    subject_br = "subject-br" in spec.quirks
    if spec.subject:
        if subject_as_one or subject_br:
            p = document.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            joiner = " " if subject_as_one else "\n"
            _add_runs(p, spec, joiner.join(spec.subject), bold="subject-plain" not in spec.quirks)
        else:
            for line in spec.subject:
                p = document.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                _add_runs(p, spec, line, bold="subject-plain" not in spec.quirks)
        if "no-subject-rule" not in spec.quirks:
            p = document.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if "subject-rule-text" in spec.quirks:
                _add_runs(p, spec, "___________________")
            else:
                _vml_line(p, 120, (460 - 120) / 2)
    if spec.authority:
        document.add_paragraph()
        for line in spec.authority:
            p = document.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _add_runs(p, spec, line, bold=True)
        document.add_paragraph()
    for text in spec.body:
        t, b, u, it = marks(text)
        p = document.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY if not t.isupper() else WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.first_line_indent = Cm(1) if not t.isupper() else None
        p.paragraph_format.space_after = Pt(6)
        _add_runs(p, spec, t, b, u, it)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


# -- LibreOffice -----------------------------------------------------------------------------------
def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert_with_libreoffice(docx_files: list[Path], out_dir: Path) -> None:
    """Every DOCX to PDF in one LibreOffice run (its own profile, so it never meets another one)."""
    program = soffice()
    if program is None:
        raise RuntimeError("LibreOffice (soffice) is needed: apt-get install libreoffice-writer-nogui")
    with tempfile.TemporaryDirectory(prefix="lo-profile-") as profile:
        for start in range(0, len(docx_files), 40):
            chunk = docx_files[start:start + 40]
            subprocess.run([program, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to",
                            "pdf", "--outdir", str(out_dir), *map(str, chunk)],
                           check=True, capture_output=True, timeout=600)


# -- another PDF generator: reportlab's bare canvas, word by word ---------------------------------------
# the system's fonts (Debian's fonts-liberation2; its older fonts-liberation lacks Vietnamese), else
# the Liberation Serif files that ship with PlanDesk (only the font: the PDF is drawn here)
_FONT_DIRS = ("/usr/share/fonts/truetype/liberation2", "/usr/share/fonts/truetype/dejavu",
              str(HERE.parents[2] / "resources" / "fonts"))


def _register_fonts() -> dict[str, str]:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    names = {}
    for style, files in (("r", ("LiberationSerif-Regular.ttf", "DejaVuSerif.ttf")),
                         ("b", ("LiberationSerif-Bold.ttf", "DejaVuSerif-Bold.ttf")),
                         ("i", ("LiberationSerif-Italic.ttf", "DejaVuSerif-Italic.ttf"))):
        for folder in _FONT_DIRS:
            for f in files:
                path = Path(folder) / f
                if path.is_file():
                    name = f"Other-{style}"
                    if name not in pdfmetrics.getRegisteredFontNames():
                        pdfmetrics.registerFont(TTFont(name, str(path)))
                    names[style] = name
                    break
            if style in names:
                break
    return names


def make_rl(spec: Spec) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    fonts = _register_fonts()
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4)
    width, height = A4
    left_x0, left_x1 = 25 * mm, 95 * mm
    right_x0, right_x1 = 95 * mm, 200 * mm

    def words_at(text: str, cx: float, y: float, font: str, size: float, align="center", x0=None):
        """Draw a line word by word (as some printers place each word); blanks typed as spaces,
        NBSP, dots or tabs keep their width."""
        text = _text(spec, text).replace("\t", "        ")
        w = stringWidth(text, font, size)
        x = cx - w / 2 if align == "center" else (x0 if x0 is not None else cx - w)
        for m in re.finditer(r"[^ \u00a0]+|[ \u00a0]+", text):
            piece = m.group(0)
            pw = stringWidth(piece, font, size)
            if piece.strip(" \u00a0"):
                c.setFont(font, size)
                c.drawString(x, y, piece)
            x += pw
        return w

    def column(lines, x0, x1, y):
        cx = (x0 + x1) / 2
        for item in lines:
            if item.startswith("-"):
                kind = item[1:] or "line"
                if kind in ("line", "border"):
                    c.line(cx - 20 * mm, y + 9, cx + 20 * mm, y + 9)
                    y -= 6
                    continue
                item = kind
            text, bold, underline, italic = marks(item)
            font = fonts["b" if bold else "i" if italic else "r"]
            size = 12.5 if text.isupper() else 13
            w = words_at(text, cx, y, font, size)
            if underline:
                c.line(cx - w / 2, y - 2, cx + w / 2, y - 2)
            y -= size * 1.2
        return y

    top = height - 20 * mm - 12
    left_lines = list(spec.left) + ([spec.number] if spec.number else [])
    date_item = "/" + spec.date if spec.date and not spec.date.startswith(("/", "*")) else spec.date
    right_lines = list(spec.right) + [""] + [date_item]
    y_left = column(left_lines, left_x0, left_x1, top)
    y_right = column(right_lines, right_x0, right_x1, top)
    y = min(y_left, y_right) - 22
    cx = width / 2 + 7.5 * mm
    if spec.title:
        words_at(spec.title, cx, y, fonts["b"], 14)
        y -= 18
    for line in spec.subject:
        words_at(line, cx, y, fonts["b"], 14)
        y -= 17
    if spec.subject:
        c.line(cx - 25 * mm, y + 10, cx + 25 * mm, y + 10)
        y -= 14
    for line in spec.authority:
        words_at(line, cx, y, fonts["b"], 14)
        y -= 17
    y -= 8
    text_font = fonts["r"]
    for para in spec.body:
        t, b, u, it = marks(para)
        font = fonts["b" if b else "i" if it else "r"]
        if t.isupper():
            words_at(t, cx, y, font, 14)
            y -= 20
            continue
        words = _text(spec, t).split()
        line: list[str] = []
        indent = 10 * mm
        for word in words:
            trial = " ".join(line + [word])
            if stringWidth(trial, font, 14) > (right_x1 - 30 * mm - indent + 5 * mm) and line:
                c.setFont(font, 14)
                c.drawString(30 * mm + indent, y, " ".join(line))
                y -= 19
                indent = 0
                line = [word]
            else:
                line.append(word)
        if line:
            c.setFont(font, 14)
            c.drawString(30 * mm + indent, y, " ".join(line))
            y -= 25
        if y < 30 * mm:
            break
    del text_font
    c.showPage()
    c.save()
    return out.getvalue()


# -- a third generator: reportlab's platypus, the header in a table, DejaVu Serif Condensed ----------------
# (as report tools and web-to-PDF services make them: whole lines of text, justified paragraphs,
# another font with other widths; blanks typed as spaces kept as non-breaking spaces)
def _register_dejavu() -> dict[str, str]:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    names = {}
    for style, f in (("r", "DejaVuSerifCondensed.ttf"), ("b", "DejaVuSerifCondensed-Bold.ttf"),
                     ("i", "DejaVuSerifCondensed-Italic.ttf"), ("bi", "DejaVuSerifCondensed-BoldItalic.ttf")):
        path = Path("/usr/share/fonts/truetype/dejavu") / f
        if not path.is_file():
            raise RuntimeError(f"{path} is needed for the 'rlt' form: apt-get install fonts-dejavu-core")
        name = f"Rlt-{style}"
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(path)))
        names[style] = name
    pdfmetrics.registerFontFamily("Rlt", normal=names["r"], bold=names["b"], italic=names["i"],
                                  boldItalic=names["bi"])
    return names


def make_rlt(spec: Spec) -> bytes:
    from xml.sax.saxutils import escape

    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import HRFlowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    fonts = _register_dejavu()
    head = ParagraphStyle("head", fontName=fonts["r"], fontSize=11.5, leading=14, alignment=TA_CENTER)
    title = ParagraphStyle("title", fontName=fonts["b"], fontSize=13, leading=16, alignment=TA_CENTER)
    body = ParagraphStyle("body", fontName=fonts["r"], fontSize=12.5, leading=17, alignment=TA_JUSTIFY,
                          firstLineIndent=10 * mm, spaceAfter=5)

    def markup(item: str) -> str:
        text, bold, underline, italic = marks(item)
        text = escape(_text(spec, text)).replace("\t", "\u00a0" * 6)
        text = re.sub(r" {2,}", lambda m: "\u00a0" * len(m.group(0)), text)
        for on, tag in ((bold, "b"), (italic, "i"), (underline, "u")):
            if on:
                text = f"<{tag}>{text}</{tag}>"
        return text

    def column(lines: list[str], width: float) -> list:
        flow = []
        for item in lines:
            if item.startswith("-"):
                kind = item[1:] or "line"
                if kind in ("line", "border"):
                    flow.append(HRFlowable(width=width * 0.38, thickness=0.6, color="black", spaceBefore=2,
                                           spaceAfter=3))
                    continue
                item = kind
            flow.append(Paragraph(markup(item) or "\u00a0", head))
        return flow

    date_item = "/" + spec.date if spec.date and not spec.date.startswith(("/", "*")) else spec.date
    left_w, right_w = 68 * mm, 97 * mm
    left = column(list(spec.left) + ([spec.number] if spec.number else []), left_w)
    right = column(list(spec.right) + ([""] + [date_item] if spec.date else []), right_w)
    table = Table([[left, right]], colWidths=(left_w, right_w))
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    story: list = [table, Spacer(1, 14)]
    if spec.title:
        story.append(Paragraph(markup("*" + spec.title), title))
    if spec.subject:
        story.append(Paragraph("<br/>".join(markup("*" + line) for line in spec.subject), title))
        story.append(HRFlowable(width="22%", thickness=0.6, color="black", spaceBefore=5, spaceAfter=8))
    if spec.authority:
        story.append(Spacer(1, 6))
        story.append(Paragraph("<br/>".join(markup("*" + line) for line in spec.authority), title))
        story.append(Spacer(1, 8))
    for para in spec.body:
        text = marks(para)[0]
        style = title if text.isupper() else body
        story.append(Paragraph(markup(para), style))
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4, leftMargin=30 * mm, rightMargin=15 * mm, topMargin=18 * mm,
                      bottomMargin=20 * mm, title="", author="").build(story)
    return out.getvalue()


# -- scans ---------------------------------------------------------------------------------------------
def make_scan(pdf: Path, dpi: int, seed: str, as_pdf: bool = False, damage: str = "normal",
              black_white: bool = False) -> bytes:
    """Page 1 printed and scanned: rendered at ``dpi``, turned a little, blurred, noisy, JPEG;
    ``black_white``: a scanner's black-and-white mode (1 bit, thresholded, specks) into a PDF."""
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter

    rng = random.Random(seed)
    document = pdfium.PdfDocument(str(pdf))
    try:
        page = document[0]
        image = page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
        page.close()
    finally:
        document.close()
    strength = {"light": 0.5, "normal": 1.0, "heavy": 1.6}[damage]
    angle = rng.choice((-1, 1)) * rng.uniform(0.2, 1.6) * strength
    image = image.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=250)
    image = image.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.8) * strength * dpi / 200))
    noise = Image.effect_noise(image.size, rng.uniform(10, 22) * strength)
    image = Image.blend(image, noise, 0.10)
    # paper is rarely white and toner rarely black
    image = image.point(lambda v: int(28 + v * (238 - 28) / 255))
    if black_white:
        from PIL import ImageDraw

        # dust on the glass: specks the threshold keeps
        draw = ImageDraw.Draw(image)
        for _ in range(rng.randint(250, 450)):
            x, y = rng.randrange(image.width), rng.randrange(image.height)
            r = rng.choice((1, 1, 1, 2, 2, 3)) * dpi / 300
            draw.ellipse((x - r, y - r, x + r, y + r), fill=rng.randint(20, 90))
        threshold = rng.randint(118, 150)
        image = image.point(lambda v: 255 if v > threshold else 0).convert("1")
        out = io.BytesIO()
        image.save(out, "PDF", resolution=dpi)
        return out.getvalue()
    out = io.BytesIO()
    if as_pdf:
        image.save(out, "PDF", resolution=dpi)
    else:
        image.save(out, "JPEG", quality=rng.randint(62, 85), dpi=(dpi, dpi))
    return out.getvalue()


def file_name(key: str, form: str) -> str:
    if form == "docx":
        return f"{key}.docx"
    if form in ("lo", "rl", "rlt"):
        return f"{key}.{form}.pdf"
    if form.endswith("pdf"):
        return f"{key}.{form[:-3]}.pdf"
    return f"{key}.{form}.jpg"


def build(specs: list[Spec], out: Path, forms: set[str] | None = None) -> dict[tuple[str, str], Path]:
    """Write every form of every document into ``out``; returns (key, form) -> file."""
    out.mkdir(parents=True, exist_ok=True)
    made: dict[tuple[str, str], Path] = {}
    docx_files = []
    for spec in specs:
        path = out / file_name(spec.key, "docx")
        path.write_bytes(make_docx(spec))
        made[(spec.key, "docx")] = path
        docx_files.append(path)
    lo_dir = out / "_lo"
    lo_dir.mkdir(exist_ok=True)
    convert_with_libreoffice(docx_files, lo_dir)
    for spec in specs:
        converted = lo_dir / f"{spec.key}.pdf"
        if "lo" in spec.forms or any(f.startswith("scan") for f in spec.forms):
            target = out / file_name(spec.key, "lo")
            shutil.copyfile(converted, target)
            made[(spec.key, "lo")] = target
        for form in spec.forms:
            if form in ("docx", "lo"):
                continue
            if forms is not None and form not in forms:
                continue
            target = out / file_name(spec.key, form)
            if form == "rl":
                target.write_bytes(make_rl(spec))
            elif form == "rlt":
                target.write_bytes(make_rlt(spec))
            elif form.startswith("scan"):
                m = re.fullmatch(r"scan(\d+)(bwpdf|pdf)?", form)
                damage = ("heavy" if "heavy-scan" in spec.quirks
                          else "light" if "light-scan" in spec.quirks else "normal")
                target.write_bytes(make_scan(converted, int(m.group(1)), spec.key + form, bool(m.group(2)), damage,
                                             m.group(2) == "bwpdf"))
            else:
                raise ValueError(f"{spec.key}: unknown form {form}")
            made[(spec.key, form)] = target
    shutil.rmtree(lo_dir, ignore_errors=True)
    # the forms not asked for are not measured
    return {k: v for k, v in made.items() if k[1] in dict.fromkeys(_spec_forms(specs, k[0]))}


def _spec_forms(specs: list[Spec], key: str) -> tuple[str, ...]:
    for spec in specs:
        if spec.key == key:
            return spec.forms
    return ()


def main(argv=None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--only", nargs="*")
    parser.add_argument("--set", default="all", choices=("dev", "held", "held2", "held3", "all"))
    args = parser.parse_args(argv)
    specs = load_specs(args.set)
    if args.only:
        specs = [s for s in specs if s.key in args.only]
    made = build(specs, args.out)
    for (key, form), path in sorted(made.items()):
        print(f"{key}\t{form}\t{path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
