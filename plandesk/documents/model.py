"""The document model: a small tree of blocks (header, title, paragraphs, tables, signatures
with recipients, page breaks) that a builder makes once from the dossier's plain data and
that the PDF and the DOCX renderers both turn into pages, so the two say the same thing.

All text entering a block is NFC; a table's over-long cells are cut here into several rows
(a table row never splits across pages)."""
from __future__ import annotations

import enum
import math
import re
from dataclasses import dataclass, field
from itertools import pairwise

from plandesk.domain.text import nfc

from . import layout


class Style(enum.Enum):
    BODY = "body"                  # justified, first-line indent
    BASIS = "basis"                # căn cứ: italic, justified, first-line indent
    HEADING1 = "heading1"          # "I. …": bold, upper case given by the builder
    HEADING2 = "heading2"          # "1. …": bold
    HEADING3 = "heading3"          # "1.1. …": bold italic
    ADDRESSEE = "addressee"        # "Kính gửi: …": centred
    CENTER_BOLD = "center_bold"    # annex titles
    CENTER_ITALIC = "center_italic"
    CENTER = "center"


class Align(enum.Enum):
    LEFT = "left"
    CENTER = "center"
    JUSTIFY = "justify"


class RowKind(enum.Enum):
    BODY = "body"
    GROUP = "group"   # one cell spanning the table, bold
    TOTAL = "total"   # bold


@dataclass(frozen=True)
class Header:
    """The two-column block of page 1."""
    parent: str        # cơ quan chủ quản, may be empty
    body: str          # tên cơ quan ban hành
    number: str        # "Số: 12/TTr-HĐ" (empty for none)
    place_date: str    # "Thanh Mỹ, ngày 05 tháng 10 năm 2024"


@dataclass(frozen=True)
class Title:
    kind: str                 # "TỜ TRÌNH"
    subject: tuple[str, ...]  # the trích yếu, one string per printed line; a rule under it


# a line of a trích yếu reads best when it starts a phrase: before these words
_PHRASE_STARTS = {"về", "xây", "năm", "của", "đạt", "đề", "tại", "và", "trong", "theo", "kết", "họp", "sơ", "toàn"}


def subject_lines(text: str, width_of, max_width: float) -> tuple[str, ...]:
    """A trích yếu cut into the fewest lines no wider than ``max_width``, as even as possible
    and, where it costs little, between phrases ("… đạt xã điển hình / về phong trào …"), so
    that no line holds a lone word such as "2024"; ``width_of(text)`` measures a line."""
    words = nfc(text).split()
    if not words:
        return ()
    whole = " ".join(words)
    if width_of(whole) <= max_width:
        return (whole,)
    n = len(words)
    widths: dict[tuple[int, int], float] = {}

    def width(a: int, b: int) -> float:
        if (a, b) not in widths:
            widths[(a, b)] = width_of(" ".join(words[a:b]))
        return widths[(a, b)]

    def splits(start: int, lines: int):
        if lines == 1:
            yield []
            return
        for cut in range(start + 1, n - lines + 2):
            if width(start, cut) > max_width:
                break
            for rest in splits(cut, lines - 1):
                yield [cut] + rest

    for count in range(2, min(n, 5) + 1):
        best, best_score = None, None
        for cuts in splits(0, count):
            bounds = [0] + cuts + [n]
            line_widths = [width(a, b) for a, b in pairwise(bounds)]
            if max(line_widths) > max_width:
                continue
            awkward = sum(1 for c in cuts if words[c].lower() not in _PHRASE_STARTS)
            score = max(line_widths) + 0.12 * max_width * awkward
            if best_score is None or score < best_score:
                best, best_score = bounds, score
        if best is not None:
            return tuple(" ".join(words[a:b]) for a, b in pairwise(best))
    return (whole,)


@dataclass(frozen=True)
class Paragraph:
    text: str
    style: Style = Style.BODY


@dataclass(frozen=True)
class Column:
    title: str
    width_mm: float
    align: Align = Align.LEFT


@dataclass(frozen=True)
class Row:
    cells: tuple[str, ...]
    kind: RowKind = RowKind.BODY


@dataclass(frozen=True)
class Table:
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]
    size: float = layout.TABLE_SIZE

    def __post_init__(self) -> None:
        for row in self.rows:
            if row.kind is not RowKind.GROUP and len(row.cells) != len(self.columns):
                raise ValueError(f"a table row has {len(row.cells)} cells for {len(self.columns)} columns")


@dataclass(frozen=True)
class Signer:
    authority: str   # "TM. HỘI ĐỒNG" (may be empty)
    position: str    # "CHỦ TỊCH"
    name: str        # "Nguyễn Văn Hùng" (may be empty: signed by hand)


@dataclass(frozen=True)
class Signatures:
    """The signature (right) level with the recipients or a second signer (left)."""
    right: Signer
    left: Signer | None = None
    recipients: tuple[str, ...] = ()   # printed lines, "- …;" … "- Lưu: VT."


@dataclass(frozen=True)
class PageBreak:
    landscape: bool = False   # the orientation of the pages that follow
    annex: bool = False       # an annex (phụ lục) starts: its pages are numbered on their own, from 1


Block = Header | Title | Paragraph | Table | Signatures | PageBreak


@dataclass(frozen=True)
class Document:
    key: str                    # "to-trinh": the file name stem
    title: str                  # the PDF/DOCX metadata title
    blocks: tuple[Block, ...] = field(default_factory=tuple)

    def paragraphs(self) -> list[str]:
        """Every piece of text, in order (for tests and previews)."""
        out: list[str] = []
        for block in self.blocks:
            if isinstance(block, Header):
                out += [block.parent, block.body, layout.NATIONAL_TITLE, layout.MOTTO, block.number,
                        block.place_date]
            elif isinstance(block, Title):
                out += [block.kind, *block.subject]
            elif isinstance(block, Paragraph):
                out.append(block.text)
            elif isinstance(block, Table):
                out += [c.title for c in block.columns]
                for row in block.rows:
                    out += list(row.cells)
            elif isinstance(block, Signatures):
                for signer in (block.left, block.right):
                    if signer:
                        out += [signer.authority, signer.position, signer.name]
                if block.recipients:
                    out += [layout.RECIPIENTS_TITLE, *block.recipients]
        return [t for t in out if t]


# -- building helpers ------------------------------------------------------------------------
def para(text: str, style: Style = Style.BODY) -> Paragraph:
    return Paragraph(nfc(text).strip(), style)


def table(columns: list[Column], rows: list[Row], size: float = layout.TABLE_SIZE) -> Table:
    """A table with NFC text whose over-long cells are cut into several rows."""
    columns = [Column(nfc(c.title), c.width_mm, c.align) for c in columns]
    out: list[Row] = []
    for row in rows:
        cells = tuple(nfc(c).strip() for c in row.cells)
        if row.kind is RowKind.GROUP:
            out.append(Row(cells, row.kind))
        else:
            out.extend(split_row(Row(cells, row.kind), columns, size))
    return Table(tuple(columns), tuple(out), size)


def split_row(row: Row, columns: list[Column], size: float) -> list[Row]:
    """The row, or the row followed by continuation rows holding the rest of its long cells
    (other cells blank), so that no row is taller than about TABLE_MAX_LINES_PER_ROW lines."""
    chunks: list[list[str]] = []
    for text, column in zip(row.cells, columns):
        per_line = layout.chars_per_line(column.width_mm, size)
        chunks.append(_chunks(text, per_line, layout.TABLE_MAX_LINES_PER_ROW))
    height = max(len(c) for c in chunks)
    return [Row(tuple(c[i] if i < len(c) else "" for c in chunks), row.kind) for i in range(height)]


def _lines(text: str, per_line: int) -> int:
    return sum(max(1, math.ceil(len(part) / per_line)) for part in text.split("\n"))


def _chunks(text: str, per_line: int, max_lines: int) -> list[str]:
    if _lines(text, per_line) <= max_lines:
        return [text]
    # cut between sentences where possible, else between words, else anywhere
    pieces = [p for p in re.split(r"(?<=[.;!?])\s+|\n", text) if p]
    words: list[str] = []
    for piece in pieces:
        if _lines(piece, per_line) <= max_lines:
            words.append(piece)
        else:
            for word in piece.split(" "):
                while len(word) > per_line * max_lines:
                    words.append(word[: per_line * max_lines])
                    word = word[per_line * max_lines:]
                words.append(word)
    out: list[str] = []
    current = ""
    for word in words:
        candidate = f"{current} {word}".strip() if current else word
        if current and _lines(candidate, per_line) > max_lines:
            out.append(current)
            current = word
        else:
            current = candidate
    if current:
        out.append(current)
    return out
