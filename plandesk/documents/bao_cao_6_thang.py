"""Báo cáo sơ kết 06 tháng: progress at mid-year — the count per group of criteria met, in
progress, not yet assessed; each criterion with its result so far and its status; what
remains with the lead unit and the completion time; the direction for the second half.

The report speaks of the day it is dated (DossierData.as_of, set by the export service): the
decisions and values as they stood that day (rebuilt from the history) and only the evidence
dated up to it, so editing the dossier later never changes what the report said.

Editable texts: bao_cao_6_thang.tinh_hinh, bao_cao_6_thang.phuong_huong."""
from __future__ import annotations

from plandesk.domain.dossier import Status
from plandesk.domain.text import format_date_short

from .common import (
    DossierData,
    cited_date,
    evidence_summary,
    fraction,
    header,
    met_summary,
    not_met,
    padded,
    paragraphs,
    signatures,
    title,
)
from .model import Align, Column, Document, Paragraph, Row, RowKind, Style, para, table

KEY = "bao_cao_6_thang"
TEXT_KEYS = ("bao_cao_6_thang.tinh_hinh", "bao_cao_6_thang.phuong_huong")


def _when(data: DossierData) -> str:
    return f"Đến ngày {cited_date(data.as_of)}" if data.as_of else "Đến thời điểm báo cáo"


def default_situation(data: DossierData) -> str:
    plan = data.settings.plan_reference.strip()
    opening = f"Thực hiện {plan}, " if plan else ""
    assigned = sum(1 for c in data.status.criteria if c.lead_unit)
    return (f"{opening}{data.council_name_defining} đã phân công đơn vị chủ trì, phối hợp thực hiện "
            f"{fraction(assigned, data.status.total)} tiêu chí xây dựng {data.title_phrase_defining} và tập hợp "
            f"{evidence_summary(data)}.")


def default_direction(data: DossierData) -> str:
    remaining = not_met(data)
    if not remaining:
        return ("Duy trì kết quả các tiêu chí đã đạt; hoàn chỉnh hồ sơ đề nghị công nhận "
                f"{data.title_phrase} năm {data.year}.")
    return (f"Tập trung thực hiện {padded(len(remaining))} tiêu chí còn lại theo bảng dưới đây; hoàn chỉnh hồ sơ "
            f"đề nghị công nhận {data.title_phrase} năm {data.year}.")


def build(data: DossierData) -> Document:
    s = data.status
    in_progress = sum(1 for c in s.criteria if c.status is Status.DANG_THUC_HIEN)
    progress = table(
        [Column("Nhóm tiêu chí", 65), Column("Số tiêu chí", 20, Align.CENTER), Column("Đạt", 20, Align.CENTER),
         Column("Đang thực hiện", 20, Align.CENTER), Column("Chưa đánh giá", 20, Align.CENTER),
         Column("Không đạt", 20, Align.CENTER)],
        [Row((f"{g.code}. {g.title}", padded(g.total), padded(g.dat), padded(g.dang_thuc_hien),
              padded(g.chua_danh_gia), padded(g.khong_dat))) for g in s.groups]
        + [Row(("Tổng cộng", padded(s.total), padded(s.met), padded(in_progress),
                padded(sum(g.chua_danh_gia for g in s.groups)), padded(sum(g.khong_dat for g in s.groups))),
               RowKind.TOTAL)])
    criteria_rows: list[Row] = []
    for g in s.groups:
        criteria_rows.append(Row((f"{g.code}. {g.title}",), RowKind.GROUP))
        for c in data.criteria_of(g.code):
            criteria_rows.append(Row((c.code, c.short_title, c.result, c.status.label)))
    detail = table([Column("Mã", 14, Align.CENTER), Column("Tiêu chí", 45), Column("Kết quả thực hiện", 80,
                                                                                       Align.JUSTIFY),
                    Column("Tình trạng", 26, Align.CENTER)], criteria_rows)
    remaining = not_met(data)
    blocks: list = [
        header(data, KEY),
        title("BÁO CÁO", f"Sơ kết 06 tháng đầu năm {data.year} xây dựng {data.title_phrase}"),
        para(f"Kính gửi: {data.approving_body}.", Style.ADDRESSEE),
        Paragraph("I. TÌNH HÌNH TRIỂN KHAI", Style.HEADING1),
        *paragraphs(data.text("bao_cao_6_thang.tinh_hinh", default_situation(data))),
        Paragraph("II. KẾT QUẢ THỰC HIỆN CÁC TIÊU CHÍ", Style.HEADING1),
        para(f"{_when(data)}, {data.commune} {met_summary(data)}; {padded(in_progress)} tiêu chí đang thực hiện."),
        progress,
        detail,
        Paragraph("III. PHƯƠNG HƯỚNG, NHIỆM VỤ 06 THÁNG CUỐI NĂM", Style.HEADING1),
        *paragraphs(data.text("bao_cao_6_thang.phuong_huong", default_direction(data))),
    ]
    if remaining:
        blocks.append(table([Column("Mã", 14, Align.CENTER), Column("Tiêu chí", 54), Column("Đơn vị chủ trì", 35),
                             Column("Đơn vị phối hợp", 38), Column("Thời gian hoàn thành", 24, Align.CENTER)],
                            [Row((c.code, c.short_title, c.lead_unit, c.cooperating_units,
                                  format_date_short(c.deadline))) for c in remaining]))
    blocks += [
        para(f"Trên đây là báo cáo sơ kết 06 tháng đầu năm {data.year} xây dựng {data.title_phrase} của "
             f"{data.council_name}./."),
        signatures(data, ["Như trên"]),
    ]
    return Document("bao-cao-6-thang", f"Báo cáo sơ kết 06 tháng năm {data.year}", tuple(blocks))
