"""The evidence bundle (one PDF): a cover with the index, then every evidence PDF and image in
criterion order, with bookmarks per group, criterion and document and the page of each
document in the index. A file that cannot be included (a .docx, a damaged or protected PDF,
a missing file) is listed in the index with the reason, never silently dropped."""
from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, UnidentifiedImageError
from pypdf import PdfReader, PdfWriter
from pypdf.errors import PdfReadError

from plandesk.domain.dossier import EvidenceInfo
from plandesk.domain.text import format_date_short, nfc

from . import layout
from .common import DossierData, header
from .model import Align, Column, Document, Header, Paragraph, Row, RowKind, Style, Title, para, table
from .pdf import render_pdf

IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp", ".gif", ".webp"}
IMAGE_DPI = 150


@dataclass(frozen=True)
class Part:
    """One evidence file ready to go in (pdf bytes) or the reason it cannot."""
    evidence: EvidenceInfo
    pdf: bytes | None
    pages: int
    reason: str = ""


def image_to_pdf(data: bytes) -> bytes:
    """An image as one A4 page (portrait or landscape to match), scaled to fit the margins."""
    with Image.open(io.BytesIO(data)) as image:
        image.load()
        frames = image.convert("RGB")
    landscape = frames.width > frames.height
    page_w, page_h = ((layout.PAGE_HEIGHT_MM, layout.PAGE_WIDTH_MM) if landscape
                      else (layout.PAGE_WIDTH_MM, layout.PAGE_HEIGHT_MM))
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


def prepare(evidence: EvidenceInfo, path: Path | None) -> Part:
    """Read one evidence file into PDF pages, or say why it cannot go in."""
    name = nfc(evidence.original_name)
    suffix = Path(name).suffix.lower()
    if path is None or not Path(path).is_file():
        return Part(evidence, None, 0, "không còn tệp trong kho minh chứng")
    data = Path(path).read_bytes()
    if suffix == ".pdf" or data[:5] == b"%PDF-":
        try:
            reader = PdfReader(io.BytesIO(data))
            if reader.is_encrypted:
                return Part(evidence, None, 0, "tệp PDF có mật khẩu")
            pages = len(reader.pages)
        except (PdfReadError, ValueError, KeyError, OSError) as exc:
            return Part(evidence, None, 0, f"tệp PDF bị hỏng ({exc.__class__.__name__})")
        if pages == 0:
            return Part(evidence, None, 0, "tệp PDF không có trang nào")
        return Part(evidence, data, pages)
    if suffix in IMAGE_SUFFIXES:
        try:
            return Part(evidence, image_to_pdf(data), 1)
        except (UnidentifiedImageError, OSError, ValueError) as exc:
            return Part(evidence, None, 0, f"ảnh không đọc được ({exc.__class__.__name__})")
    kind = suffix.lstrip(".").upper() or "không rõ định dạng"
    return Part(evidence, None, 0, f"tệp {kind} không ghép được vào PDF; nộp kèm bản giấy hoặc chuyển sang PDF")


def _doc_label(e: EvidenceInfo) -> str:
    parts = [x for x in (e.number, format_date_short(e.issued_on), e.title or e.original_name) if x]
    return " - ".join(parts)


def cover(data: DossierData, parts: dict[int, Part], pages: dict[int, int]) -> Document:
    columns = [Column("STT", 10, Align.CENTER), Column("Tiêu chí", 16, Align.CENTER),
               Column("Tài liệu (số, ký hiệu - ngày - trích yếu)", 89), Column("Trang", 16, Align.CENTER),
               Column("Ghi chú", 34)]
    rows: list[Row] = []
    n = 0
    for g in data.status.groups:
        rows.append(Row((f"{g.code}. {g.title}",), RowKind.GROUP))
        for c in data.criteria_of(g.code):
            docs = data.evidence_of(c.code)
            if not docs:
                rows.append(Row(("", c.code, "Chưa có tài liệu minh chứng", "", "")))
            for e in docs:
                n += 1
                part = parts[e.id]
                page = str(pages[e.id]) if e.id in pages else ""
                note = f"Không đưa vào: {part.reason}" if part.reason else ""
                rows.append(Row((str(n), c.code, _doc_label(e), page, note)))
    included = sum(1 for p in parts.values() if p.pdf)
    top = header(data, "bao_cao")
    blocks = [
        Header(top.parent, top.body, "", top.place_date),  # the cover goes with the báo cáo: no number of its own
        Title("HỒ SƠ MINH CHỨNG", (f"Kết quả xây dựng {data.title_phrase} năm {data.year}",)),
        para(f"Gồm {included}/{len(parts)} tài liệu, sắp xếp theo thứ tự tiêu chí; cột “Trang” là số trang trong "
             f"tệp này.", Style.CENTER),
        Paragraph("MỤC LỤC", Style.CENTER_BOLD),
        table(columns, rows, layout.TABLE_SMALL_SIZE),
    ]
    return Document("ho-so-minh-chung", f"Hồ sơ minh chứng {data.commune} năm {data.year}", tuple(blocks))


def render_bundle(data: DossierData, files: dict[int, Path | None]) -> bytes:
    """The bundle; ``files`` maps each evidence id to its stored file (None when missing)."""
    parts = {e.id: prepare(e, files.get(e.id)) for e in data.evidence}
    order: list[int] = []  # evidence in criterion order, each once
    for c in data.status.criteria:
        for e in data.evidence_of(c.code):
            if e.id not in order:
                order.append(e.id)
    pages: dict[int, int] = {}
    front = render_pdf(cover(data, parts, pages))
    for _ in range(3):  # the index's own length decides where the documents start
        start = len(PdfReader(io.BytesIO(front)).pages) + 1
        pages = {}
        for eid in order:
            if parts[eid].pdf:
                pages[eid] = start
                start += parts[eid].pages
        again = render_pdf(cover(data, parts, pages))
        stable = len(PdfReader(io.BytesIO(again)).pages) == len(PdfReader(io.BytesIO(front)).pages)
        front = again
        if stable:
            break
    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(front)))
    for eid in order:
        if parts[eid].pdf:
            writer.append(PdfReader(io.BytesIO(parts[eid].pdf)))
    writer.add_outline_item("Mục lục", 0)
    for g in data.status.groups:
        group_item = None
        for c in data.criteria_of(g.code):
            docs = [e for e in data.evidence_of(c.code) if e.id in pages]
            if not docs:
                continue
            if group_item is None:
                group_item = writer.add_outline_item(f"{g.code}. {g.title}", pages[docs[0].id] - 1)
            crit_item = writer.add_outline_item(f"{c.code}. {c.short_title}", pages[docs[0].id] - 1,
                                                parent=group_item)
            for e in docs:
                writer.add_outline_item(_doc_label(e), pages[e.id] - 1, parent=crit_item)
    writer.add_metadata({"/Title": nfc(f"Hồ sơ minh chứng {data.commune} năm {data.year}"),
                         "/Creator": "PlanDesk"})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
