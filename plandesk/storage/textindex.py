"""The text of evidence files and its full-text index.

Reading: the text layer of a PDF (pypdfium2), a DOCX (python-docx, tables included, the
header table of page 1 kept as two columns), plain text, and images or image-only PDFs
through Tesseract OCR, one page at a time. The first page also comes back as lines with
their position (``docmeta.Line``) for the metadata parser. Bad input never raises: it
gives no text and a reason.

Index: the accent-folded text (``domain.text.fold``), so "ngay hoi toan dan" finds "Ngày hội
toàn dân": on SQLite an FTS5 table ``evidence_fts`` (rowid = evidence id); on PostgreSQL the
table ``evidence_search``, the folded words in parts with a generated tsvector (GIN index).
Both answer the same questions: every word, the last one also as a prefix, the documents
holding them as a phrase first. Snippets are cut from the original text with the folded
match positions."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
import unicodedata
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import text as sql_text

from plandesk.domain.docmeta import Line, assemble_lines, build_lexicon, correct_ocr, fold_aligned
from plandesk.domain.text import fold, nfc

MAX_PAGES = 400          # text-layer pages read at attach; more is rare and slow
MAX_CHARS = 2_000_000    # text kept per document
OCR_DPI = 300
OCR_TIMEOUT_S = 180
_MIN_CHARS_PER_PAGE = 25  # below this a PDF page is a scan: OCR it

PDF, DOCX, IMAGE, TEXT, OTHER = "pdf", "docx", "image", "text", "other"
_IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp", ".gif", ".webp"}


@dataclass
class Extracted:
    """What could be read from a file without OCR."""
    kind: str                              # pdf, docx, image, text, other
    method: str = "none"                   # pdf-text, docx, text, ocr, none
    pages: list[str] = field(default_factory=list)
    first_page: list[Line] = field(default_factory=list)
    page_count: int = 0
    needs_ocr: bool = False                # a scan: the text needs OCR (an explicit, slow step)
    reason: str = ""                       # why there is no text, in the officer's words

    @property
    def text(self) -> str:
        return "\n\f\n".join(self.pages)


def kind_of(path: Path, name: str | None = None) -> str:
    """pdf, docx, image, text or other, from the first bytes and the (original) file name:
    files in the evidence store are named by their hash, without a suffix."""
    try:
        with open(path, "rb") as f:
            head = f.read(8)
    except OSError:
        return OTHER
    suffix = Path(name).suffix.lower() if name else path.suffix.lower()
    if head.startswith(b"%PDF") or suffix == ".pdf":
        return PDF
    if head.startswith(b"PK") and suffix in (".docx", ".docm", ""):
        return DOCX
    if suffix in _IMAGE_SUFFIXES or head.startswith((b"\x89PNG", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*")):
        return IMAGE
    if suffix in (".txt", ".md", ".csv"):
        return TEXT
    return OTHER


def extract(path: Path, name: str | None = None) -> Extracted:
    """The text of a file, never raising: damaged or unknown files give a reason."""
    path = Path(path)
    kind = kind_of(path, name)
    try:
        if kind == PDF:
            return _extract_pdf(path)
        if kind == DOCX:
            return _extract_docx(path)
        if kind == IMAGE:
            return _extract_image(path)
        if kind == TEXT:
            text = nfc(path.read_bytes()[:MAX_CHARS].decode("utf-8", errors="replace"))
            if not text.strip():
                return Extracted(TEXT, reason="Tệp văn bản trống.")
            return Extracted(TEXT, "text", [text], [Line(t) for t in text.splitlines()[:80]], 1)
        return Extracted(OTHER, reason="Không đọc được nội dung loại tệp này (chỉ PDF, DOCX, ảnh và văn bản).")
    except Exception as exc:  # a damaged file of any kind: no text, with the reason
        return Extracted(kind, reason=f"Tệp bị hỏng hoặc không đọc được ({type(exc).__name__}: {exc})"[:300])


# -- PDF -------------------------------------------------------------------------------------------
# gaps between characters, as fractions of the font size: letters of a word sit closer than
# WORD_GAP (closer than AFTER_MARK_GAP after a separately drawn accent, whose box reaches over the
# gap), pieces of a line (columns, a blank number) are further apart than PIECE_GAP
WORD_GAP, AFTER_MARK_GAP, PIECE_GAP = 0.3, 0.15, 1.2


def _pdf_lines(page, textpage) -> list[Line]:
    """The page's text as lines with positions (fractions of the page), top to bottom.

    Read character by character: generators cut a line into runs wherever it has a gap (a
    blank number typed with spaces, every word placed on its own), and a run's rectangle may
    leave out its accented capitals. Characters become words at small gaps and pieces at wide
    ones; ``docmeta.assemble_lines`` puts the pieces of each row and column back together."""
    import unicodedata

    import pypdfium2.raw as raw

    width, height = page.get_size()
    width, height = width or 1.0, height or 1.0
    count = textpage.count_chars()
    chars: list[tuple[str, float, float, float, float, float, bool | None]] = []   # (…, size, bold)
    buffer = (raw.ctypes.c_char * 128)()
    flags = raw.ctypes.c_int()
    fonts: dict[tuple[int, str], bool] = {}
    for index in range(min(count, 6000)):
        char = textpage.get_text_range(index, 1)
        if not char:
            continue
        left, bottom, right, top = textpage.get_charbox(index)
        size = raw.FPDFText_GetFontSize(textpage.raw, index) or (top - bottom) or 10.0
        if char.isspace() or char in "\u00a0\ufffe\uffff":
            chars.append((" ", left, bottom, right, top, size, None))
            continue
        weight = raw.FPDFText_GetFontWeight(textpage.raw, index)
        length = raw.FPDFText_GetFontInfo(textpage.raw, index, buffer, 128, raw.ctypes.byref(flags))
        name = bytes(buffer)[:max(0, length - 1)].decode("latin-1", errors="replace") if length else ""
        key = (weight, name)
        if key not in fonts:
            fonts[key] = weight >= 600 or any(w in name.lower() for w in ("bold", "black", "heavy", "semibold"))
        chars.append((char, left, bottom, right, top, size, fonts[key]))
    pieces: list[Line] = []
    current: list = []

    def flush() -> None:
        if not current:
            return
        text = nfc("".join(c[0] for c in current)).strip()
        letters = [c for c in current if c[0].strip()]
        if text and letters:
            bold_chars = [c[6] for c in letters if c[6] is not None]
            bold = (sum(bold_chars) * 2 > len(bold_chars)) if bold_chars else None
            pieces.append(Line(text, min(c[1] for c in letters) / width, max(c[3] for c in letters) / width,
                               bold=bold, y0=1 - max(c[4] for c in letters) / height,
                               y1=1 - min(c[2] for c in letters) / height))
        current.clear()

    last = None   # the last non-space character of the current piece
    pending_space = False
    after_mark = False   # the current word ends in a separately drawn accent mark
    for c in chars:
        char, left, bottom, right, top, size, _ = c
        if char == " ":
            pending_space = bool(current)
            continue
        if unicodedata.combining(char) and current:
            current.append(c)   # a mark of an NFD text: sits on the letter before
            after_mark = True
            continue
        if last is not None:
            same_row = abs((bottom + top) / 2 - (last[2] + last[4]) / 2) < 0.6 * max(size, last[5])
            gap = left - last[3]
            # pdfium adds no space after a word whose last accent is a glyph of its own ("xãnăm")
            word_gap = (AFTER_MARK_GAP if after_mark else WORD_GAP) * size
            if not same_row or gap > PIECE_GAP * max(size, last[5]) or gap < -0.5 * size:
                flush()
                pending_space = False
            elif pending_space or gap > word_gap:
                current.append((" ", left, bottom, left, top, size, None))
        pending_space = False
        after_mark = False
        current.append(c)
        last = c
    flush()
    return assemble_lines(pieces)


def _spaced_after_marks(textpage, text: str) -> str:
    """A page of NFD text whose accents are glyphs of their own: pdfium adds no space after a word
    that ends in such a mark (its box reaches over the gap: "xã năm" came out "xãnăm"), so the
    space is put back where the next letter starts a word's gap after the last letter."""
    if textpage.count_chars() != len(text):
        return text   # not one character per position: leave pdfium's text as it is
    out: list[str] = []
    last_right = None   # the right edge of the last letter that was not a mark
    after_mark = False
    for index, char in enumerate(text):
        if unicodedata.combining(char):
            out.append(char)
            after_mark = True
            continue
        if char.isspace():
            out.append(char)
            last_right, after_mark = None, False
            continue
        left, _bottom, right, _top = textpage.get_charbox(index)
        if after_mark and last_right is not None:
            size = _font_size(textpage, index)
            if AFTER_MARK_GAP * size < left - last_right < PIECE_GAP * size:
                out.append(" ")
        out.append(char)
        last_right, after_mark = right, False
    return "".join(out)


def _font_size(textpage, index: int) -> float:
    import pypdfium2.raw as raw

    return raw.FPDFText_GetFontSize(textpage.raw, index) or 10.0


def _extract_pdf(path: Path) -> Extracted:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        message = str(exc)
        if "password" in message.lower():
            return Extracted(PDF, reason="Tệp PDF có mật khẩu: không đọc được nội dung.")
        return Extracted(PDF, reason=f"Tệp PDF bị hỏng hoặc không đọc được ({message}).")
    try:
        count = len(pdf)
        pages: list[str] = []
        first: list[Line] = []
        empty = 0
        total = 0
        for index in range(min(count, MAX_PAGES)):
            page = pdf[index]
            textpage = page.get_textpage()
            raw_text = textpage.get_text_range()
            if any(unicodedata.combining(ch) for ch in raw_text):
                raw_text = _spaced_after_marks(textpage, raw_text)
            text = nfc(raw_text).replace("\r\n", "\n").replace("\r", "\n")
            if index == 0:
                first = _pdf_lines(page, textpage)
            textpage.close()
            page.close()
            if len(text.strip()) < _MIN_CHARS_PER_PAGE:
                empty += 1
            pages.append(text)
            total += len(text)
            if total > MAX_CHARS:
                break
        needs_ocr = count > 0 and empty >= max(1, len(pages) // 2)
        result = Extracted(PDF, "pdf-text" if not needs_ocr else "none", pages, first, count, needs_ocr)
        if needs_ocr:
            result.reason = "Bản quét (PDF chỉ có hình ảnh): cần nhận dạng chữ (OCR)."
        return result
    finally:
        pdf.close()


# -- DOCX ------------------------------------------------------------------------------------------
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _paragraph_text(p, tabs: bool = False) -> str:
    """A paragraph's text with line breaks (w:br) kept as new lines and tabs as spaces (or as
    tabs when ``tabs``)."""
    parts: list[str] = []
    inside_boxes = {node for box in p.iter(_W + "txbxContent") for node in box.iter()}   # read on their own
    for node in p.iter():
        if node in inside_boxes:
            continue
        if node.tag == _W + "t" and node.text:
            parts.append(node.text)
        elif node.tag in (_W + "br", _W + "cr"):
            parts.append("\n")
        elif node.tag == _W + "tab" and node.getparent() is not None and node.getparent().tag == _W + "r":
            parts.append("\t" if tabs else " ")
    return nfc("".join(parts))


def _tabbed_bold(p) -> list[bool | None]:
    """Bold of the texts between the tabs of a paragraph (a header typed with tabs)."""
    out: list[list[bool]] = [[]]
    for r in p.iter(_W + "r"):
        for node in r:
            if node.tag == _W + "tab":
                if out[-1]:
                    out.append([])
            elif node.tag == _W + "t" and node.text and node.text.strip():
                rpr = r.find(_W + "rPr")
                b = rpr.find(_W + "b") if rpr is not None else None
                out[-1].append(b is not None and b.get(_W + "val") not in ("0", "false"))
    return [all(flags) if flags else None for flags in out if flags]


def _paragraph_hints(p) -> tuple[bool | None, bool | None]:
    """(centered, bold) of a paragraph, from its own properties (styles aside)."""
    ppr = p.find(_W + "pPr")
    centered = None
    if ppr is not None:
        jc = ppr.find(_W + "jc")
        if jc is not None:
            centered = jc.get(_W + "val") == "center"
    runs = [r for r in p.iter(_W + "r") if any(t.text and t.text.strip() for t in r.iter(_W + "t"))]
    bold = None
    if runs:
        flags = []
        for r in runs:
            rpr = r.find(_W + "rPr")
            b = rpr.find(_W + "b") if rpr is not None else None
            flags.append(b is not None and b.get(_W + "val") not in ("0", "false"))
        bold = all(flags)
    return centered, bold


_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_WP_POS = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"


def _box_left(box) -> float:
    """Where a text box sits across the page (points), from its shape: VML's style
    ("margin-left:250pt") or DrawingML's horizontal offset (EMU); 0 when neither says."""
    node = box.getparent()
    while node is not None:
        style = node.get("style") or ""
        found = re.search(r"(?:margin-left|left)\s*:\s*(-?[0-9.]+)\s*(pt|in|cm|mm|px)?", style)
        if found:
            factor = {"in": 72.0, "cm": 28.35, "mm": 2.835, "px": 0.75}.get(found.group(2) or "pt", 1.0)
            return float(found.group(1)) * factor
        offset = node.find(f"{_WP_POS}positionH/{_WP_POS}posOffset")
        if offset is not None and (offset.text or "").strip().lstrip("-").isdigit():
            return int(offset.text) / 12700
        node = node.getparent()
    return 0.0


def _text_boxes(p) -> list:
    """The text boxes anchored in a body paragraph, left to right (the VML copy Word keeps as a
    fallback of a DrawingML box is left out: the same text twice)."""
    boxes = []
    for box in p.iter(_W + "txbxContent"):
        node, fallback = box.getparent(), False
        while node is not None and node is not p:
            if node.tag == _MC_FALLBACK:
                fallback = True
                break
            node = node.getparent()
        if not fallback:
            boxes.append(box)
    return sorted(boxes, key=_box_left)


def _extract_docx(path: Path) -> Extracted:
    import docx  # python-docx
    from docx.oxml.ns import qn

    with zipfile.ZipFile(path) as z:
        if "word/document.xml" not in z.namelist():
            return Extracted(DOCX, reason="Không phải tệp DOCX (thiếu word/document.xml).")
    document = docx.Document(str(path))
    body = document.element.body
    lines: list[Line] = []
    texts: list[str] = []

    def add_paragraph(p, column: str | None = None) -> None:
        text = _paragraph_text(p, tabs=column is None)
        centered, bold = _paragraph_hints(p)
        for piece in text.split("\n"):
            if not piece.strip():
                continue
            parts = [part for part in piece.split("\t") if part.strip()]
            if column is None and len(parts) == 2 and len(lines) < 14:
                # a header typed without a table: left text, tabs, right text on one line
                texts.append(" ".join(parts))
                bolds = _tabbed_bold(p)
                for part, side, b in zip(parts, ("left", "right"), bolds):
                    lines.append(Line(part, column=side, centered=True, bold=b if b is not None else bold))
                continue
            texts.append(" ".join(parts))
            lines.append(Line(" ".join(parts), column=column, centered=centered, bold=bold))

    for child in body.iterchildren():
        if child.tag == qn("w:p"):
            boxes = _text_boxes(child)
            if boxes and len(lines) < 12:
                # a header laid out in floating text boxes (older Word templates): each box is a
                # column, the leftmost the issuer's, the rightmost the motto's
                for i, box in enumerate(boxes):
                    side = "left" if i == 0 else "right" if i == len(boxes) - 1 else None
                    for p in box.iter(qn("w:p")):
                        add_paragraph(p, side)
            add_paragraph(child)
        elif child.tag == qn("w:tbl"):
            rows = child.findall(qn("w:tr"))
            header_like = not any(isinstance(line, Line) and line.column is None and line.text.strip()
                                  for line in lines[:3]) and len(lines) < 12

            def cells_with_text(row):
                return [tc for tc in row.findall(qn("w:tc"))
                        if "".join(t.text or "" for t in tc.iter(qn("w:t"))).strip()]
            if header_like and rows and all(2 <= len(r.findall(qn("w:tc"))) <= 3 and len(cells_with_text(r)) <= 2
                                            for r in rows):
                # the two-column header of page 1 (sometimes with an empty column between): the
                # left column, then the right one
                for side, col in (("left", 0), ("right", -1)):
                    for row in rows:
                        cell = row.findall(qn("w:tc"))[col]
                        for p in cell.iter(qn("w:p")):
                            add_paragraph(p, side)
            else:
                for row in rows:
                    cells = [" ".join(_paragraph_text(p) for p in tc.iter(qn("w:p"))).strip()
                             for tc in row.findall(qn("w:tc"))]
                    row_text = " | ".join(c for c in cells if c)
                    if row_text:
                        texts.append(row_text)
                        lines.append(Line(row_text, centered=False))
    text = nfc("\n".join(texts))[:MAX_CHARS]
    if not text.strip():
        return Extracted(DOCX, "none", [], [], 1, reason="Tệp DOCX không có chữ.")
    return Extracted(DOCX, "docx", [text], lines[:120], 1)


# -- images and OCR --------------------------------------------------------------------------------
def _extract_image(path: Path) -> Extracted:
    from PIL import Image

    with Image.open(path) as image:
        frames = getattr(image, "n_frames", 1)
        image.verify() if frames == 1 else None
    return Extracted(IMAGE, "none", [], [], frames, needs_ocr=True,
                     reason="Ảnh chụp hoặc bản quét: cần nhận dạng chữ (OCR).")


_WINDOWS_PLACES = (
    r"C:\Program Files\Tesseract-OCR\tesseract.exe",
    r"C:\Program Files (x86)\Tesseract-OCR\tesseract.exe",
)


def find_tesseract() -> str | None:
    """The Tesseract program: $PLANDESK_TESSERACT, then PATH, then the usual Windows folders."""
    candidates = [os.environ.get("PLANDESK_TESSERACT", ""), shutil.which("tesseract") or ""]
    candidates += list(_WINDOWS_PLACES)
    local = os.environ.get("LOCALAPPDATA")
    if local:
        candidates.append(str(Path(local) / "Programs" / "Tesseract-OCR" / "tesseract.exe"))
    for candidate in candidates:
        if candidate and Path(candidate).is_file():
            return candidate
    return None


@dataclass(frozen=True)
class OcrStatus:
    available: bool
    program: str = ""
    languages: tuple[str, ...] = ()
    message: str = ""   # what to install when OCR is missing or lacks Vietnamese


INSTALL_HINT = ("Để đọc bản quét, hãy cài Tesseract OCR kèm dữ liệu tiếng Việt: trên Windows, tải bộ cài "
                "của UB Mannheim (github.com/UB-Mannheim/tesseract/wiki), chọn thêm \"Vietnamese\" trong "
                "\"Additional language data\", cài vào C:\\Program Files\\Tesseract-OCR; trên Debian/Ubuntu: "
                "apt-get install tesseract-ocr tesseract-ocr-vie. PlanDesk vẫn làm việc bình thường khi chưa có OCR.")


def ocr_status() -> OcrStatus:
    program = find_tesseract()
    if not program:
        return OcrStatus(False, message="Chưa có Tesseract OCR. " + INSTALL_HINT)
    try:
        out = subprocess.run([program, "--list-langs"], capture_output=True, text=True, timeout=20,
                             **_no_window()).stdout
    except (OSError, subprocess.SubprocessError) as exc:
        return OcrStatus(False, program, message=f"Không chạy được Tesseract ({exc}). " + INSTALL_HINT)
    langs = tuple(line.strip() for line in out.splitlines()[1:] if line.strip())
    if "vie" not in langs:
        return OcrStatus(False, program, langs, "Tesseract chưa có dữ liệu tiếng Việt (vie). " + INSTALL_HINT)
    return OcrStatus(True, program, langs)


def _no_window() -> dict:
    if os.name == "nt":  # no console window flashing over the GUI
        return {"creationflags": getattr(subprocess, "CREATE_NO_WINDOW", 0)}
    return {}


def page_image(path: Path, index: int, dpi: int = OCR_DPI):
    """Page ``index`` of a PDF or an image file as a PIL image (greyscale)."""
    from PIL import Image

    if kind_of(path) == PDF:
        import pypdfium2 as pdfium

        pdf = pdfium.PdfDocument(str(path))
        try:
            page = pdf[index]
            image = page.render(scale=dpi / 72, grayscale=True).to_pil()
            page.close()
            return image
        finally:
            pdf.close()
    with Image.open(path) as image:
        if getattr(image, "n_frames", 1) > 1:
            image.seek(index)
        return image.convert("L")


def page_count(path: Path) -> int:
    if kind_of(path) == PDF:
        import pypdfium2 as pdfium

        pdf = pdfium.PdfDocument(str(path))
        try:
            return len(pdf)
        finally:
            pdf.close()
    from PIL import Image

    with Image.open(path) as image:
        return getattr(image, "n_frames", 1)


def ocr_image(image, program: str, lang: str = "vie") -> tuple[str, list[Line]]:
    """Tesseract on one page image: its text and its lines with positions."""
    width = image.width or 1
    with tempfile.TemporaryDirectory(prefix="plandesk-ocr-") as tmp:
        # PNM, not PNG: Pillow compresses a PNG in one call that keeps the GIL (half a second for
        # a scanned page), and the window waits on it while a document is read in the background
        source = Path(tmp) / "page.pnm"
        (image if image.mode in ("1", "L", "RGB") else image.convert("RGB")).save(source)
        run = subprocess.run([program, str(source), "stdout", "-l", lang, "--psm", "3", "tsv"],
                             capture_output=True, timeout=OCR_TIMEOUT_S, **_no_window())
    if run.returncode != 0:
        raise OSError(run.stderr.decode("utf-8", errors="replace").strip()[:300] or "Tesseract failed")
    rows = run.stdout.decode("utf-8", errors="replace").splitlines()[1:]
    height = image.height or 1
    words: dict[tuple[int, int, int], list[tuple[int, int, int, int, float, str]]] = {}
    for row in rows:
        cols = row.split("\t")
        if len(cols) < 12 or cols[0] != "5" or not cols[11].strip():
            continue
        key = (int(cols[2]), int(cols[3]), int(cols[4]))
        left, top, w, h = int(cols[6]), int(cols[7]), int(cols[8]), int(cols[9])
        try:
            conf = max(0.0, float(cols[10])) / 100
        except ValueError:
            conf = 0.0
        words.setdefault(key, []).append((top, top + h, left, left + w, conf, nfc(cols[11])))
    lexicon = ocr_lexicon()
    pieces: list[Line] = []
    for ws in words.values():
        ws.sort(key=lambda w: w[2])
        # a wide gap inside one OCR line separates the header's two columns (or a blank number)
        segment = [ws[0]]
        for word in [*ws[1:], None]:
            if word is not None and word[2] - segment[-1][3] <= width * 0.04:
                segment.append(word)
                continue
            text = correct_ocr(" ".join(x[5] for x in segment), lexicon)
            pieces.append(Line(text, segment[0][2] / width, segment[-1][3] / width,
                               y0=min(x[0] for x in segment) / height, y1=max(x[1] for x in segment) / height,
                               conf=min(x[4] for x in segment)))
            segment = [word] if word is not None else []
    out = assemble_lines(pieces)
    return "\n".join(line.text for line in out), out


_LEXICON: dict | None = None


def ocr_lexicon() -> dict:
    """Word pairs whose accents OCR gets wrong, from the built-in administrative vocabulary and
    the criteria frameworks shipped with PlanDesk (built once)."""
    global _LEXICON
    if _LEXICON is None:
        import tomllib

        from plandesk import paths

        texts: list[str] = []

        def strings(node) -> None:  # the framework's sentences, not its identifiers
            if isinstance(node, dict):
                for value in node.values():
                    strings(value)
            elif isinstance(node, list):
                for value in node:
                    strings(value)
            elif isinstance(node, str) and " " in node:
                texts.append(node)

        try:
            for path in sorted(Path(paths.frameworks_dir()).glob("*.toml")):
                strings(tomllib.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError):
            pass
        _LEXICON = build_lexicon(*texts)
    return _LEXICON


# -- full-text search ------------------------------------------------------------------------------
FTS_TABLE = "evidence_fts"
_TOKEN = re.compile(r"[0-9a-z]+")


PG_TABLE = "evidence_search"
PART_WORDS = 8000    # words per PostgreSQL part: positions stay below tsvector's 16383
PART_OVERLAP = 32    # words repeated at the start of the next part, so a phrase across parts is found


def _postgres(connection) -> bool:
    return connection.dialect.name == "postgresql"


def fts_put(connection, evidence_id: int, text: str) -> None:
    """(Re)index one document's text (folded) in the same transaction as the caller."""
    fts_delete(connection, evidence_id)
    folded = fold(text)
    if _postgres(connection):
        words = _TOKEN.findall(folded)
        step = PART_WORDS - PART_OVERLAP
        parts = [" ".join(words[start:start + PART_WORDS]) for start in range(0, len(words), step)
                 if start == 0 or start + PART_OVERLAP < len(words)]
        if words:
            connection.execute(sql_text(f"INSERT INTO {PG_TABLE} (evidence_id, part, body) VALUES (:id, :part, :body)"),
                               [{"id": evidence_id, "part": n, "body": body} for n, body in enumerate(parts)])
        return
    if folded.strip():
        connection.exec_driver_sql(f"INSERT INTO {FTS_TABLE}(rowid, body) VALUES (?, ?)", (evidence_id, folded))


def fts_delete(connection, evidence_id: int) -> None:
    if _postgres(connection):
        connection.execute(sql_text(f"DELETE FROM {PG_TABLE} WHERE evidence_id = :id"), {"id": evidence_id})
    else:
        connection.exec_driver_sql(f"DELETE FROM {FTS_TABLE} WHERE rowid = ?", (evidence_id,))


def query_terms(query: str) -> list[str]:
    """The folded words of what the officer typed."""
    return _TOKEN.findall(fold(query))


def fts_match(terms: list[str], prefix_last: bool = True) -> str:
    """An FTS5 MATCH expression: every word, the last one also as a prefix (search as you type)."""
    quoted = [f'"{t}"' for t in terms]
    if prefix_last and quoted and len(terms[-1]) >= 2:
        quoted[-1] += "*"
    return " ".join(quoted)


def fts_search(connection, terms: list[str], limit: int = 200, every: bool = True) -> list[tuple[int, float]]:
    """(evidence id, rank) of the documents holding every word (``every=False``: any of the
    words), best first (bm25 on SQLite, ts_rank on PostgreSQL); the documents holding the words
    as one phrase come before the others."""
    if not terms:
        return []
    if _postgres(connection):
        return _pg_search(connection, terms, limit, every)
    sql = (f"SELECT rowid, bm25({FTS_TABLE}) FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ? "
           f"ORDER BY bm25({FTS_TABLE}) LIMIT ?")
    out: list[tuple[int, float]] = []
    seen: set[int] = set()
    queries = [fts_match(terms) if every else " OR ".join(f'"{t}"' for t in terms)]
    if len(terms) > 1:
        queries.insert(0, '"' + " ".join(terms) + '"')
    for query in queries:
        for rowid, rank in connection.exec_driver_sql(sql, (query, limit)).fetchall():
            if int(rowid) not in seen:
                seen.add(int(rowid))
                out.append((int(rowid), float(rank)))
    return out[:limit]


def _tsquery_terms(terms: list[str], prefix_last: bool = True) -> list[str]:
    """The words as tsquery operands (they are [0-9a-z]+ already: nothing to escape)."""
    out = list(terms)
    if prefix_last and out and len(out[-1]) >= 2:
        out[-1] += ":*"
    return out


def _pg_search(connection, terms: list[str], limit: int, every: bool = True) -> list[tuple[int, float]]:
    """Every word (``every=False``: any word) somewhere in the document (in any of its parts),
    after the phrase within a part."""
    operands = _tsquery_terms(terms)
    params: dict = {"any": " | ".join(operands), "limit": limit}
    all_of = []
    for n, operand in enumerate(operands):
        params[f"t{n}"] = operand
        all_of.append(f"bool_or(words @@ to_tsquery('simple', :t{n}))")
    if not every:
        all_of = ["true"]
    all_words = sql_text(
        f"SELECT evidence_id, sum(ts_rank(words, to_tsquery('simple', :any))) AS score FROM {PG_TABLE} "
        f"WHERE words @@ to_tsquery('simple', :any) GROUP BY evidence_id HAVING {' AND '.join(all_of)} "
        "ORDER BY score DESC, evidence_id LIMIT :limit")
    queries = [(all_words, params)]
    if len(terms) > 1:
        phrase = sql_text(
            f"SELECT evidence_id, max(ts_rank(words, to_tsquery('simple', :phrase))) AS score FROM {PG_TABLE} "
            "WHERE words @@ to_tsquery('simple', :phrase) GROUP BY evidence_id "
            "ORDER BY score DESC, evidence_id LIMIT :limit")
        queries.insert(0, (phrase, {"phrase": " <-> ".join(terms), "limit": limit}))
    out: list[tuple[int, float]] = []
    seen: set[int] = set()
    for query, values in queries:
        for evidence_id, score in connection.execute(query, values).fetchall():
            if int(evidence_id) not in seen:
                seen.add(int(evidence_id))
                out.append((int(evidence_id), float(score)))
    return out[:limit]


def snippet(text: str, terms: list[str], width: int = 160) -> tuple[str, list[tuple[int, int]]]:
    """A piece of the original text around the best cluster of the words, and where the
    words are in it (start, end) so the window can highlight them."""
    text = nfc(text)
    folded, where = fold_aligned(text)
    if not terms or not folded:
        return text[:width].replace("\n", " "), []
    spans: list[tuple[int, int]] = []
    for term in set(terms):
        for m in re.finditer(rf"(?<![0-9a-z]){re.escape(term)}[0-9a-z]*", folded):
            spans.append((m.start(), m.end()))
    if not spans:
        return text[:width].replace("\n", " "), []
    spans.sort()
    phrase = re.search(r"[^0-9a-z]+".join(re.escape(t) for t in terms), folded) if len(terms) > 1 else None
    best_start, best_count = (phrase.start(), len(terms) + 1) if phrase else (spans[0][0], 0)
    for i, (start, _) in enumerate(spans):
        distinct = {folded[s:e] for s, e in spans[i:] if s - start < width * 0.7}
        if len(distinct) > best_count:
            best_start, best_count = start, len(distinct)
    origin = where[best_start]
    begin = max(0, origin - width // 4)
    space = text.rfind(" ", 0, begin) if begin > 0 else -1
    begin = space + 1 if 0 <= space > origin - width // 2 else begin
    end = min(len(text), begin + width)
    piece = text[begin:end]
    marks = []
    for s, e in spans:
        o_s, o_e = where[s], where[e - 1] + 1
        if o_s >= begin and o_e <= end:
            marks.append((o_s - begin, o_e - begin))
    prefix = "…" if begin > 0 else ""
    suffix = "…" if end < len(text) else ""
    shown = piece.replace("\n", " ").replace("\f", " ")
    return prefix + shown + suffix, [(s + len(prefix), e + len(prefix)) for s, e in marks]


Report = Callable[[int, int, str], None]
