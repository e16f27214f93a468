"""Kế hoạch xây dựng xã điển hình of the commune, with its annex "Bảng phân công thực hiện"
(criterion, lead unit, cooperating units, completion time) on landscape pages, as in the
province's plans (seeds 000 and 004).

Editable texts: ke_hoach.can_cu, ke_hoach.muc_dich, ke_hoach.to_chuc."""
from __future__ import annotations

from plandesk.domain.text import format_date_short

from .common import DossierData, header, padded, paragraphs, reference, signatures
from .model import Align, Column, Document, PageBreak, Paragraph, Row, RowKind, Style, Title, para, table

KEY = "ke_hoach"
TEXT_KEYS = ("ke_hoach.can_cu", "ke_hoach.muc_dich", "ke_hoach.to_chuc")


def default_basis(data: DossierData) -> str:
    plan = data.settings.plan_reference.strip()
    opening = f"Thực hiện {plan}, " if plan else ""
    return (f"{opening}{data.council_name} xây dựng kế hoạch xây dựng {data.title_phrase} năm {data.year} "
            f"như sau:")


def default_purpose(data: DossierData) -> str:
    s = data.status
    return "\n".join([
        f"1. Xây dựng {data.commune} đạt {data.title_phrase} năm {data.year}, thực hiện đạt 100 % các nội dung "
        f"của {s.total} tiêu chí theo {s.dossier.framework_title[0].lower()}{s.dossier.framework_title[1:]}.",
        "2. Phân công cụ thể đơn vị chủ trì, đơn vị phối hợp và thời gian hoàn thành từng tiêu chí (Bảng phân "
        "công kèm theo); các đơn vị lưu giữ đầy đủ tài liệu minh chứng kết quả thực hiện.",
    ])


def default_organisation(data: DossierData) -> str:
    lines = [f"{i}. {d.title}: trước ngày {format_date_short(d.due_on)}."
             for i, d in enumerate(data.status.deadlines, start=1)]
    n = len(lines) + 1
    lines.append(f"{n}. Các đơn vị được phân công chủ trì căn cứ kế hoạch này tổ chức thực hiện, báo cáo kết quả "
                 f"về {data.council_name} (qua Công an xã) để tổng hợp.")
    return "\n".join(lines)


def assignment_blocks(data: DossierData) -> list:
    columns = [Column("TT", 16, Align.CENTER), Column("NỘI DUNG", 106), Column("ĐƠN VỊ CHỦ TRÌ", 45),
               Column("ĐƠN VỊ PHỐI HỢP", 55), Column("THỜI GIAN HOÀN THÀNH", 30, Align.CENTER)]
    rows: list[Row] = []
    for g in data.status.groups:
        rows.append(Row((f"{g.code}. {g.title.upper()} ({padded(g.total)} tiêu chí)",), RowKind.GROUP))
        for c in data.criteria_of(g.code):
            rows.append(Row((c.code, c.short_title, c.lead_unit, c.cooperating_units,
                             format_date_short(c.deadline))))
    return [
        PageBreak(landscape=True),
        para(f"BẢNG PHÂN CÔNG THỰC HIỆN CÁC TIÊU CHÍ XÂY DỰNG {data.title_phrase.upper()} NĂM {data.year}",
             Style.CENTER_BOLD),
        para(f"(Kèm theo {reference(data, KEY, 'Kế hoạch')} của {data.council_name})", Style.CENTER_ITALIC),
        table(columns, rows),
    ]


def build(data: DossierData) -> Document:
    blocks: list = [
        header(data, KEY),
        Title("KẾ HOẠCH", (f"Xây dựng {data.title_phrase} năm {data.year}",)),
        *paragraphs(data.text("ke_hoach.can_cu", default_basis(data))),
        Paragraph("I. MỤC ĐÍCH, YÊU CẦU", Style.HEADING1),
        *paragraphs(data.text("ke_hoach.muc_dich", default_purpose(data))),
        Paragraph("II. NỘI DUNG, TIÊU CHÍ THỰC HIỆN", Style.HEADING1),
    ]
    for i, g in enumerate(data.status.groups, start=1):
        blocks.append(Paragraph(f"{i}. Nhóm {padded(g.total)} tiêu chí về {g.title[0].lower()}{g.title[1:]}",
                                Style.HEADING2))
        for c in data.criteria_of(g.code):
            blocks.append(para(f"({c.code}) {c.text}"))
    blocks += [
        Paragraph("III. TỔ CHỨC THỰC HIỆN", Style.HEADING1),
        *paragraphs(data.text("ke_hoach.to_chuc", default_organisation(data))),
        para(f"Trên đây là Kế hoạch xây dựng {data.title_phrase} năm {data.year} của {data.council_name}./."),
        signatures(data),
        *assignment_blocks(data),
    ]
    return Document("ke-hoach", f"Kế hoạch xây dựng {data.title_phrase} năm {data.year}", tuple(blocks))
