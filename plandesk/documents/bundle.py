"""The evidence bundle (one PDF): a cover with the index, then every evidence PDF and image in
criterion order, with bookmarks per group, criterion and document and the page of each
document in the index. A file that cannot be included (a .docx, a damaged or protected PDF,
a missing file) is listed in the index with the reason, never silently dropped."""
from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from PIL import Image, UnidentifiedImageError
from pypdf import PdfReader
from pypdf.errors import PdfReadError

from plandesk.domain.dossier import EvidenceInfo
from plandesk.domain.text import format_date_short, nfc

from . import layout
from .common import DossierData, evidence_summary, fraction, header, title
from .model import Align, Block, Column, Document, Header, Paragraph, Row, Style, para, table
from .pdf import count_pages, render_pdf
from .pdf_stream import Bookmark, EncryptedPdf, OutputError, PdfStreamWriter

IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp", ".gif", ".webp"}
IMAGE_DPI = 150


@dataclass(frozen=True)
class Part:
    """One evidence file: how many pages it put in the bundle, or the reason it could not."""
    evidence: EvidenceInfo
    pages: int
    reason: str = ""

    @property
    def included(self) -> bool:
        return self.pages > 0 and not self.reason


def _page_box(landscape: bool) -> tuple[float, float]:
    return (layout.PAGE_HEIGHT_MM, layout.PAGE_WIDTH_MM) if landscape else (layout.PAGE_WIDTH_MM, layout.PAGE_HEIGHT_MM)


def image_to_pdf(data: bytes) -> bytes:
    """An image as one A4 page (portrait or landscape to match), scaled to fit the margins:
    decoded and re-encoded by Pillow, for the formats a PDF cannot hold as they are."""
    with Image.open(io.BytesIO(data)) as image:
        image.load()
        frames = image.convert("RGB")
    page_w, page_h = _page_box(frames.width > frames.height)
    px = lambda mm: int(round(mm / 25.4 * IMAGE_DPI))  # noqa: E731
    page = Image.new("RGB", (px(page_w), px(page_h)), "white")
    box_w = px(page_w - layout.MARGIN_LEFT_MM - layout.MARGIN_RIGHT_MM)
    box_h = px(page_h - layout.MARGIN_TOP_MM - layout.MARGIN_BOTTOM_MM)
    scale = min(box_w / frames.width, box_h / frames.height, 2.0)  # fit the page; a tiny image at most doubled
    fitted = frames.resize((max(1, int(frames.width * scale)), max(1, int(frames.height * scale))))
    left = px(layout.MARGIN_LEFT_MM) + (box_w - fitted.width) // 2
    top = px(layout.MARGIN_TOP_MM) + (box_h - fitted.height) // 2
    page.paste(fitted, (left, top))
    out = io.BytesIO()
    page.save(out, "PDF", resolution=IMAGE_DPI)
    return out.getvalue()


_JPEG_SPACES = {"L": b"/DeviceGray", "RGB": b"/DeviceRGB"}  # CMYK JPEGs (often inverted) take Pillow's path


def _jpeg(path: Path) -> tuple[int, int, bytes] | None:
    """Width, height and colour space of a JPEG a PDF can hold as it is, read from its header
    (nothing decoded); None when it must go through Pillow (CMYK, or no end marker: truncated)."""
    try:
        with Image.open(path) as image:
            if image.format != "JPEG" or image.mode not in _JPEG_SPACES:
                return None
            width, height, space = image.width, image.height, _JPEG_SPACES[image.mode]
        with open(path, "rb") as handle:
            handle.seek(max(0, Path(path).stat().st_size - 4096))
            if b"\xff\xd9" not in handle.read():
                return None
    except (UnidentifiedImageError, OSError, ValueError):
        return None
    return width, height, space


def _append_jpeg(writer: PdfStreamWriter, path: Path, width: int, height: int, space: bytes) -> int:
    """The photo on one A4 page laid out as image_to_pdf does, its JPEG data copied as it is."""
    page_w, page_h = _page_box(width > height)
    pt = lambda mm: mm / 25.4 * 72  # noqa: E731
    natural_w, natural_h = width / IMAGE_DPI * 72, height / IMAGE_DPI * 72  # as image_to_pdf sizes it
    box_w = pt(page_w - layout.MARGIN_LEFT_MM - layout.MARGIN_RIGHT_MM)
    box_h = pt(page_h - layout.MARGIN_TOP_MM - layout.MARGIN_BOTTOM_MM)
    scale = min(box_w / natural_w, box_h / natural_h, 2.0)
    w, h = natural_w * scale, natural_h * scale
    x = pt(layout.MARGIN_LEFT_MM) + (box_w - w) / 2
    y = pt(layout.MARGIN_BOTTOM_MM) + (box_h - h) / 2
    return writer.append_jpeg(path, Path(path).stat().st_size, width, height, space, (pt(page_w), pt(page_h)),
                              (x, y, w, h), stamp=True)


def add_file(writer: PdfStreamWriter | None, evidence: EvidenceInfo, path: Path | None) -> tuple[Part, list[int]]:
    """Put one evidence file's pages in the bundle (only check it when ``writer`` is None), or
    say why it cannot go in; returns the part and the object numbers of its pages."""
    name = nfc(evidence.original_name)
    suffix = Path(name).suffix.lower()
    if path is None or not Path(path).is_file():
        return Part(evidence, 0, "không còn tệp trong kho minh chứng"), []
    with open(path, "rb") as handle:
        is_pdf = handle.read(5) == b"%PDF-"
    if suffix == ".pdf" or is_pdf:
        try:
            if writer is None:
                reader = PdfReader(str(path))
                if reader.is_encrypted:
                    return Part(evidence, 0, "tệp PDF có mật khẩu"), []
                pages: list[int] = [0] * len(reader.pages)
            else:
                pages = writer.append_pdf(Path(path), stamp=True)
        except EncryptedPdf:
            return Part(evidence, 0, "tệp PDF có mật khẩu"), []
        except OutputError:
            raise
        except (PdfReadError, ValueError, KeyError, OSError, RecursionError, AttributeError, TypeError,
                IndexError) as exc:  # a damaged file, whatever pypdf trips on, is listed, not fatal
            return Part(evidence, 0, f"tệp PDF bị hỏng ({exc.__class__.__name__})"), []
        if not pages:
            return Part(evidence, 0, "tệp PDF không có trang nào"), []
        return Part(evidence, len(pages)), pages
    if suffix in IMAGE_SUFFIXES:
        jpeg = _jpeg(Path(path))
        try:
            if jpeg is not None:
                return Part(evidence, 1), ([_append_jpeg(writer, Path(path), *jpeg)] if writer else [0])
            pdf = image_to_pdf(Path(path).read_bytes())
            return Part(evidence, 1), (writer.append_pdf(pdf, stamp=True) if writer else [0])
        except OutputError:
            raise
        except (UnidentifiedImageError, OSError, ValueError) as exc:
            return Part(evidence, 0, f"ảnh không đọc được ({exc.__class__.__name__})"), []
    kind = suffix.lstrip(".").upper() or "không rõ định dạng"
    return Part(evidence, 0, f"tệp {kind} không ghép được vào PDF; nộp kèm bản giấy hoặc chuyển sang PDF"), []


def _doc_label(e: EvidenceInfo) -> str:
    parts = [x for x in (e.number, format_date_short(e.issued_on), e.title or e.original_name) if x]
    return " - ".join(parts)


def cover(data: DossierData, parts: dict[int, Part], pages: dict[int, int]) -> Document:
    """The cover and index: each document once, numbered as in the báo cáo's annex, with the
    criteria it proves and the page where it starts in the bundle."""
    columns = [Column("STT", 10, Align.CENTER), Column("Tiêu chí", 20, Align.CENTER),
               Column("Tài liệu (số, ký hiệu - ngày - trích yếu)", 85), Column("Trang", 16, Align.CENTER),
               Column("Ghi chú", 34)]
    rows: list[Row] = []
    for entry in data.facts.annex:
        e = entry.evidence
        part = parts[e.id]
        page = str(pages[e.id]) if e.id in pages else ""
        note = f"Không đưa vào: {part.reason}" if part.reason else ""
        rows.append(Row((str(entry.number), ", ".join(entry.criteria), _doc_label(e), page, note)))
    included = sum(1 for entry in data.facts.annex if parts[entry.evidence.id].included)
    top = header(data, "bao_cao")
    blocks: list[Block] = [
        Header(top.parent, top.body, "", top.place_date),  # the cover goes with the báo cáo: no number of its own
        title("HỒ SƠ MINH CHỨNG", f"Kết quả xây dựng {data.title_phrase} năm {data.year}"),
        para(f"Gồm {evidence_summary(data)}, số thứ tự như Danh mục kèm theo Báo cáo; "
             f"{fraction(included, data.facts.documents)} tài liệu có trong tệp này, cột “Trang” là số trang "
             f"trong tệp này.", Style.CENTER),
        Paragraph("MỤC LỤC", Style.CENTER_BOLD),
    ]
    if rows:
        blocks.append(table(columns, rows, layout.TABLE_SMALL_SIZE))
    return Document("ho-so-minh-chung", f"Hồ sơ minh chứng {data.commune} năm {data.year}", tuple(blocks))


def render_bundle(data: DossierData, files: dict[int, Path | None], out: BinaryIO) -> None:
    """Write the bundle to ``out``; ``files`` maps each evidence id to its stored file (None
    when missing). The documents are copied first, one file at a time; the cover and index,
    which need their page numbers, are rendered last and put first in the page order."""
    order = [entry.evidence.id for entry in data.facts.annex]  # criterion order, each once, as the annex
    by_id = {e.id: e for e in data.evidence}
    writer = PdfStreamWriter(out)
    parts: dict[int, Part] = {}
    objects: dict[int, list[int]] = {}
    for eid in order:
        parts[eid], objects[eid] = add_file(writer, by_id[eid], files.get(eid))

    def numbered(start: int) -> dict[int, int]:
        pages = {}
        for eid in order:
            if parts[eid].included:
                pages[eid] = start
                start += parts[eid].pages
        return pages

    # the page numbers do not change the index's length (one short line each): the cover is
    # laid out once with a number wider than any real one to count its pages (its tables not
    # drawn), then rendered with the real numbers; again only if that count was wrong
    wider = (sum(p.pages for p in parts.values() if p.included) + 1) * 10
    cover_pages = count_pages(cover(data, parts, {eid: wider for eid in numbered(1)}))
    for _ in range(3):
        pages = numbered(cover_pages + 1)
        front = writer.append_pdf(render_pdf(cover(data, parts, pages)))
        if len(front) == cover_pages:
            break
        cover_pages = len(front)  # the pages written for the wrong count stay unused in the file
    kids = front
    for eid in order:
        if parts[eid].included:
            kids += objects[eid]
    # the evidence pages carry the numbers the index cites, as the cover's own pages do
    writer.number_pages({page: i for i, page in enumerate(kids, start=1)}, layout.PAGE_NUMBER_SIZE, _numbers_pdf)

    bookmarks = [Bookmark("Mục lục", 0)]
    for g in data.status.groups:
        group_item = None
        for c in data.criteria_of(g.code):
            docs = [e for e in data.evidence_of(c.code) if e.id in pages]
            if not docs:
                continue
            if group_item is None:
                group_item = Bookmark(f"{g.code}. {g.title}", pages[docs[0].id] - 1)
                bookmarks.append(group_item)
            crit_item = Bookmark(f"{c.code}. {c.short_title}", pages[docs[0].id] - 1)
            group_item.children.append(crit_item)
            crit_item.children += [Bookmark(_doc_label(e), pages[e.id] - 1) for e in docs]
    writer.finish(kids, [_nfc_titles(b) for b in bookmarks],
                  {"Title": nfc(f"Hồ sơ minh chứng {data.commune} năm {data.year}"), "Creator": "PlanDesk"})


def _numbers_pdf(values: list[int]) -> bytes:
    """One page per number, the number centred on the origin, in the embedded serif."""
    from reportlab.pdfgen.canvas import Canvas

    from .fonts import register_fonts

    family = register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=True, pageCompression=0, initialFontName=family,
                    initialFontSize=layout.PAGE_NUMBER_SIZE)
    for n in values:
        canvas.setFont(family, layout.PAGE_NUMBER_SIZE)
        canvas.drawCentredString(0, 0, str(n))
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _nfc_titles(item: Bookmark) -> Bookmark:
    return Bookmark(nfc(item.title), item.page, [_nfc_titles(c) for c in item.children])
