"""Kế hoạch xây dựng xã điển hình of the commune, written at the commune's scope (its units,
its ấp, its council; the criteria in the framework's wording for the commune), with its annex
"Bảng phân công thực hiện" (criterion, lead unit, cooperating units, completion time) on
landscape pages, as in the province's plans (seeds 000 and 004). Its recipients are the
approving body it is sent to and every unit it assigns work to.

Editable texts: ke_hoach.can_cu, ke_hoach.muc_dich, ke_hoach.to_chuc."""
from __future__ import annotations

import re

from plandesk.domain.text import fold, format_date_short

from .common import (
    DossierData,
    annex_caption,
    cited_date,
    framework_cited,
    header,
    padded,
    paragraphs,
    prose_numbers,
    recipients,
    signer,
    title,
)
from .model import Align, Column, Document, PageBreak, Paragraph, Row, RowKind, Signatures, Style, para, table

KEY = "ke_hoach"
TEXT_KEYS = ("ke_hoach.can_cu", "ke_hoach.muc_dich", "ke_hoach.to_chuc")


def default_basis(data: DossierData) -> str:
    plan = data.settings.plan_reference.strip()
    opening = f"Thực hiện {plan}, " if plan else ""
    return (f"{opening}{data.council_name} xây dựng kế hoạch xây dựng {data.title_phrase_defining} năm "
            f"{data.year} như sau:")


def default_purpose(data: DossierData) -> str:
    s = data.status
    return "\n".join([
        f"1. Xây dựng {data.commune} đạt {data.title_phrase} năm {data.year}, thực hiện đạt 100 % các nội dung "
        f"của {s.total} tiêu chí theo {framework_cited(data)}.",
        f"2. Phát huy vai trò của Đảng ủy, Ủy ban nhân dân xã, {data.council_name}, Ủy ban Mặt trận Tổ quốc Việt "
        f"Nam xã, các đoàn thể và các ấp; phân công cụ thể đơn vị chủ trì, đơn vị phối hợp và thời gian hoàn "
        f"thành từng tiêu chí (Bảng phân công kèm theo); các đơn vị lưu giữ đầy đủ tài liệu minh chứng kết quả "
        f"thực hiện.",
    ])


def units(data: DossierData) -> list[str]:
    """Every unit the plan assigns work to (lead or cooperating), once, in order of appearance."""
    seen: dict[str, str] = {}
    for c in data.status.criteria:
        for text in (c.lead_unit, c.cooperating_units):
            for part in re.split(r"[;,]", text or ""):
                name = part.strip().rstrip(".")
                if name and fold(name) not in seen:
                    seen[fold(name)] = name[:1].upper() + name[1:]
    return list(seen.values())


def default_organisation(data: DossierData) -> str:
    lines = [f"{i}. {prose_numbers(d.title)}: trước ngày {cited_date(d.due_on)}."
             for i, d in enumerate(data.status.deadlines, start=1)]
    leads: dict[str, list[str]] = {}
    for c in data.status.criteria:
        if c.lead_unit.strip():
            leads.setdefault(c.lead_unit.strip(), []).append(c.code)
    n = len(lines) + 1
    for unit, codes in leads.items():
        lines.append(f"{n}. {unit[:1].upper() + unit[1:]}: chủ trì thực hiện {padded(len(codes))} tiêu chí "
                     f"({', '.join(codes)}), báo cáo kết quả và tài liệu minh chứng về {data.council_name} "
                     f"(qua Công an xã).")
        n += 1
    lines.append(f"{n}. Công an xã là cơ quan thường trực của {data.council_name}, theo dõi, đôn đốc, tổng hợp "
                 f"kết quả; tham mưu Hội đồng báo cáo sơ kết 06 tháng, báo cáo năm và hoàn chỉnh hồ sơ đề nghị "
                 f"công nhận gửi {data.approving_body} đúng thời hạn.")
    return "\n".join(lines)


def criterion_paragraphs(data: DossierData, code: str, text: str) -> list[Paragraph]:
    """The criterion's wording for the commune, each of its paragraphs indented alike."""
    framework = data.framework
    criterion = framework.criterion(code) if framework is not None else None
    wording = criterion.plan_wording_for(data.year) if criterion is not None else text
    parts = [p.strip() for p in wording.splitlines() if p.strip()]
    return [para(f"({code}) {p}" if i == 0 else p) for i, p in enumerate(parts)]


def plan_recipients(data: DossierData) -> tuple[str, ...]:
    first = [data.approving_body, *data.settings.recipients, f"Thành viên {data.council_name}",
             *units(data)]
    unique: dict[str, str] = {}
    for item in first:
        item = item.strip().rstrip(";.")
        if item and fold(item) not in unique:
            unique[fold(item)] = item
    return recipients(data, list(unique.values()), replace=True)


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
        PageBreak(landscape=True, annex=True),
        para(f"BẢNG PHÂN CÔNG THỰC HIỆN CÁC TIÊU CHÍ XÂY DỰNG {data.title_phrase.upper()} NĂM {data.year}",
             Style.CENTER_BOLD),
        para(annex_caption(data, KEY, "Kế hoạch"), Style.CENTER_ITALIC),
        table(columns, rows),
    ]


def build(data: DossierData) -> Document:
    blocks: list = [
        header(data, KEY),
        title("KẾ HOẠCH", f"Xây dựng {data.title_phrase} năm {data.year}"),
        *paragraphs(data.text("ke_hoach.can_cu", default_basis(data))),
        Paragraph("I. MỤC ĐÍCH, YÊU CẦU", Style.HEADING1),
        *paragraphs(data.text("ke_hoach.muc_dich", default_purpose(data))),
        Paragraph("II. NỘI DUNG, TIÊU CHÍ THỰC HIỆN", Style.HEADING1),
    ]
    for i, g in enumerate(data.status.groups, start=1):
        blocks.append(Paragraph(f"{i}. Nhóm {padded(g.total)} tiêu chí về {g.title[0].lower()}{g.title[1:]}",
                                Style.HEADING2))
        for c in data.criteria_of(g.code):
            blocks.extend(criterion_paragraphs(data, c.code, c.text))
    blocks += [
        Paragraph("III. TỔ CHỨC THỰC HIỆN", Style.HEADING1),
        *paragraphs(data.text("ke_hoach.to_chuc", default_organisation(data))),
        para(f"Trên đây là Kế hoạch xây dựng {data.title_phrase} năm {data.year} của {data.council_name}./."),
        Signatures(right=signer(data), recipients=plan_recipients(data)),
        *assignment_blocks(data),
    ]
    return Document("ke-hoach", f"Kế hoạch xây dựng {data.title_phrase} năm {data.year}", tuple(blocks))
