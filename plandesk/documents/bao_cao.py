"""Báo cáo kết quả xây dựng xã điển hình "theo Bộ tiêu chí": the general part, every group and
criterion with its result, self-assessment and evidence, the summary table, the proposals,
and the annex "Danh mục tài liệu minh chứng" (also exported on its own as danh-muc).

Editable texts: bao_cao.tinh_hinh, bao_cao.trien_khai, bao_cao.han_che, bao_cao.de_xuat."""
from __future__ import annotations

from plandesk.domain.dossier import CouncilRole
from plandesk.domain.text import format_date_short

from . import layout
from .common import (
    DossierData,
    codes,
    header,
    met_summary,
    not_met,
    padded,
    paragraphs,
    percent,
    reference,
    signatures,
)
from .model import Align, Column, Document, PageBreak, Paragraph, Row, RowKind, Style, Title, para, table

KEY = "bao_cao"
TEXT_KEYS = ("bao_cao.tinh_hinh", "bao_cao.trien_khai", "bao_cao.han_che", "bao_cao.de_xuat")
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")


def default_situation(data: DossierData) -> str:
    unit = data.unit
    where = ", ".join(x for x in (unit.district, unit.province) if x)
    s = data.status
    lines = [f"{data.commune[0].upper() + data.commune[1:]}{' thuộc ' + where if where else ''}. Năm {data.year}, "
             f"{data.commune} thực hiện xây dựng {data.title_phrase} theo {s.dossier.framework_title[0].lower()}"
             f"{s.dossier.framework_title[1:]} ({s.total} tiêu chí, {padded(len(s.groups))} nhóm)."]
    chair = data.member(CouncilRole.CHU_TICH)
    if data.council:
        line = f"{data.council_name} gồm {padded(len(data.council))} thành viên"
        if chair:
            line += f", do đồng chí {chair.name}{', ' + chair.position if chair.position else ''} làm Chủ tịch"
        lines.append(line + "; Công an xã là cơ quan thường trực của Hội đồng.")
    return "\n".join(lines)


def default_organisation(data: DossierData) -> str:
    s = data.status
    assigned = sum(1 for c in s.criteria if c.lead_unit)
    with_evidence = s.total - len(s.without_evidence)
    lines = [f"{data.council_name} phân công đơn vị chủ trì, đơn vị phối hợp thực hiện {assigned}/{s.total} "
             f"tiêu chí; theo dõi, đánh giá kết quả thực hiện từng tiêu chí và tập hợp "
             f"{padded(len(data.evidence))} tài liệu minh chứng cho {with_evidence}/{s.total} tiêu chí "
             f"(danh mục tại Phụ lục kèm theo)."]
    done = [d for d in s.deadlines if d.done_on]
    if done:
        lines.append("Các mốc đã thực hiện: " + "; ".join(
            f"{d.title} (ngày {format_date_short(d.done_on)})" for d in done) + ".")
    return "\n".join(lines)


def default_shortcomings(data: DossierData) -> str:
    missing = not_met(data)
    if not missing:
        return ""
    return (f"Còn {padded(len(missing))} tiêu chí chưa đạt hoặc đang thực hiện: "
            + "; ".join(f"{c.code} ({c.short_title}): {c.status.label.lower()}" for c in missing) + ".")


def default_proposals(data: DossierData) -> str:
    missing = not_met(data)
    if not missing:
        return (f"Đề nghị {data.approving_body} xem xét, công nhận {data.commune} đạt {data.title_phrase} "
                f"năm {data.year}.")
    return (f"{data.council_name} tiếp tục chỉ đạo thực hiện các tiêu chí {codes(missing)}; đề nghị "
            f"{data.approving_body} tiếp tục hướng dẫn, hỗ trợ {data.commune} hoàn thành các tiêu chí còn lại.")


# -- the annex: one row per criterion and document ------------------------------------------
ANNEX_COLUMNS = [Column("STT", 10, Align.CENTER), Column("Tiêu chí", 14, Align.CENTER),
                 Column("Số, ký hiệu", 26, Align.CENTER), Column("Ngày ban hành", 22, Align.CENTER),
                 Column("Cơ quan ban hành", 28), Column("Trích yếu nội dung", 45), Column("Ghi chú", 20)]
NO_EVIDENCE = "Chưa có tài liệu minh chứng"


def annex_rows(data: DossierData) -> tuple[list[Row], dict[str, list[int]]]:
    """The annex rows and, per criterion, the row numbers (STT) of its documents."""
    rows: list[Row] = []
    numbers: dict[str, list[int]] = {}
    n = 0
    for c in data.status.criteria:
        docs = data.evidence_of(c.code)
        if not docs:
            rows.append(Row(("", c.code, "", "", "", NO_EVIDENCE, "")))
            continue
        for e in docs:
            n += 1
            numbers.setdefault(c.code, []).append(n)
            rows.append(Row((str(n), c.code, e.number, format_date_short(e.issued_on), e.issuer,
                             e.title or e.original_name, e.note)))
    return rows, numbers


def annex_blocks(data: DossierData) -> list:
    rows, _ = annex_rows(data)
    return [
        para("PHỤ LỤC", Style.CENTER_BOLD),
        para("DANH MỤC TÀI LIỆU MINH CHỨNG", Style.CENTER_BOLD),
        para(f"(Kèm theo {reference(data, KEY, 'Báo cáo')} của {data.council_name})", Style.CENTER_ITALIC),
        table(ANNEX_COLUMNS, rows, layout.TABLE_SMALL_SIZE),
    ]


def criteria_table(data: DossierData):
    _, numbers = annex_rows(data)
    columns = [Column("STT", 11, Align.CENTER), Column("Tiêu chí", 42), Column("Kết quả thực hiện", 72, Align.JUSTIFY),
               Column("Tự đánh giá", 18, Align.CENTER), Column("Minh chứng (STT tại Phụ lục)", 22,
                                                                 Align.CENTER)]
    rows: list[Row] = []
    for g in data.status.groups:
        rows.append(Row((f"{g.code}. {g.title} (đạt {g.dat}/{g.total} tiêu chí)",), RowKind.GROUP))
        for c in data.criteria_of(g.code):
            result = c.result.strip()
            if c.code not in numbers and c.explanation.strip():
                result = f"{result}\nGiải trình: {c.explanation.strip()}".strip()
            index = data.status.criteria.index(c) + 1
            rows.append(Row((str(index), f"{c.code}. {c.short_title}", result, c.status.label,
                             ", ".join(str(n) for n in numbers.get(c.code, [])))))
    return table(columns, rows)


def summary_table(data: DossierData):
    columns = [Column("Nhóm tiêu chí", 65), Column("Số tiêu chí", 20, Align.CENTER), Column("Đạt", 20, Align.CENTER),
               Column("Không đạt", 20, Align.CENTER), Column("Đang thực hiện", 20, Align.CENTER),
               Column("Chưa đánh giá", 20, Align.CENTER)]
    rows = [Row((f"{g.code}. {g.title}", str(g.total), str(g.dat), str(g.khong_dat), str(g.dang_thuc_hien),
                 str(g.chua_danh_gia))) for g in data.status.groups]
    gs = data.status.groups
    rows.append(Row(("Tổng cộng", str(sum(g.total for g in gs)), str(sum(g.dat for g in gs)),
                     str(sum(g.khong_dat for g in gs)), str(sum(g.dang_thuc_hien for g in gs)),
                     str(sum(g.chua_danh_gia for g in gs))), RowKind.TOTAL))
    return table(columns, rows)


def build(data: DossierData) -> Document:
    blocks: list = [
        header(data, KEY),
        Title("BÁO CÁO", (f"Kết quả xây dựng {data.title_phrase} năm {data.year}",)),
        para(f"Kính gửi: {data.approving_body}.", Style.ADDRESSEE),
    ]
    plan = data.settings.plan_reference.strip()
    blocks.append(para(f"{'Thực hiện ' + plan + ', ' if plan else ''}{data.council_name} báo cáo kết quả xây dựng "
                       f"{data.title_phrase} năm {data.year} theo Bộ tiêu chí như sau:"))
    parts = [
        ("ĐẶC ĐIỂM, TÌNH HÌNH", paragraphs(data.text("bao_cao.tinh_hinh", default_situation(data)))),
        ("CÔNG TÁC TRIỂN KHAI, TỔ CHỨC THỰC HIỆN",
         paragraphs(data.text("bao_cao.trien_khai", default_organisation(data)))),
        ("KẾT QUẢ THỰC HIỆN CÁC TIÊU CHÍ",
         [para("Kết quả thực hiện và tự đánh giá từng tiêu chí như sau (tài liệu minh chứng ghi theo số thứ tự "
               "tại Phụ lục kèm theo):"), criteria_table(data)]),
        ("TỔNG HỢP KẾT QUẢ TỰ ĐÁNH GIÁ",
         [summary_table(data), para(f"Qua tự đánh giá, {data.commune} {met_summary(data)}.")]),
    ]
    shortcomings = data.text("bao_cao.han_che", default_shortcomings(data))
    if shortcomings:
        parts.append(("HẠN CHẾ, TỒN TẠI", paragraphs(shortcomings)))
    parts.append(("ĐỀ XUẤT, KIẾN NGHỊ", paragraphs(data.text("bao_cao.de_xuat", default_proposals(data)))))
    for i, (heading, content) in enumerate(parts):
        blocks.append(Paragraph(f"{ROMAN[i]}. {heading}", Style.HEADING1))
        blocks.extend(content)
    blocks.append(para(f"Trên đây là báo cáo kết quả xây dựng {data.title_phrase} năm {data.year} của "
                       f"{data.council_name}./."))
    blocks.append(signatures(data, ["Như trên"]))
    blocks.append(PageBreak())
    blocks.extend(annex_blocks(data))
    return Document("bao-cao", f"Báo cáo kết quả xây dựng {data.title_phrase} năm {data.year}", tuple(blocks))


def build_index(data: DossierData) -> Document:
    """The annex alone (danh-muc)."""
    return Document("danh-muc", f"Danh mục tài liệu minh chứng năm {data.year}", tuple(annex_blocks(data)))
