"""Báo cáo kết quả xây dựng xã điển hình "theo Bộ tiêu chí": the general part, every group and
criterion with its result, self-assessment (Đạt or Không đạt, nothing else) and evidence, the
summary table, the proposals, and the annex "Danh mục tài liệu minh chứng" (also exported on
its own as danh-muc): each evidence document once, with every criterion it proves.

While a criterion blocks the request for recognition, the same report is the honest progress
report: its shortcomings say why, one sentence per criterion, and it proposes no recognition.

Editable texts: bao_cao.tinh_hinh, bao_cao.trien_khai, bao_cao.han_che, bao_cao.de_xuat."""
from __future__ import annotations

from plandesk.domain.dossier import CouncilRole, Status
from plandesk.domain.text import format_date_short

from . import layout
from .common import (
    DossierData,
    annex_caption,
    cited_date,
    codes,
    evidence_summary,
    fraction,
    framework_cited,
    header,
    met_summary,
    not_met,
    padded,
    paragraphs,
    prose_numbers,
    self_assessment,
    signatures,
    title,
)
from .model import Align, Block, Column, Document, PageBreak, Paragraph, Row, RowKind, Style, para, table

KEY = "bao_cao"
TEXT_KEYS = ("bao_cao.tinh_hinh", "bao_cao.trien_khai", "bao_cao.han_che", "bao_cao.de_xuat")
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")


def default_situation(data: DossierData) -> str:
    unit = data.unit
    where = ", ".join(x for x in (unit.district, unit.province) if x)
    s = data.status
    lines = [f"{data.Commune}{' thuộc ' + where if where else ''}. Năm {data.year}, "
             f"{data.commune} thực hiện xây dựng {data.title_phrase} theo {framework_cited(data)} "
             f"({s.total} tiêu chí, {padded(len(s.groups))} nhóm)."]
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
    lines = [f"{data.council_name} phân công đơn vị chủ trì, đơn vị phối hợp thực hiện {fraction(assigned, s.total)} "
             f"tiêu chí; theo dõi, đánh giá kết quả thực hiện từng tiêu chí và tập hợp {evidence_summary(data)} "
             f"(danh mục tại Phụ lục kèm theo)."]
    done = [(d.title, d.done_on) for d in s.deadlines if d.done_on]
    if done:
        lines.append("Các mốc đã thực hiện: " + "; ".join(
            f"{prose_numbers(title)} (ngày {cited_date(day)})" for title, day in done) + ".")
    return "\n".join(lines)


def default_shortcomings(data: DossierData) -> str:
    blockers = data.facts.blockers
    if not blockers:
        return ""
    return "\n".join([f"Còn {padded(len(blockers))} nội dung chưa đủ điều kiện đề nghị công nhận:"]
                     + [f"- {b.sentence}" for b in blockers])


def default_proposals(data: DossierData) -> str:
    if data.facts.ready:
        return (f"Đề nghị {data.approving_body} xem xét, công nhận {data.commune} đạt {data.title_phrase} "
                f"năm {data.year}.")
    pending = codes(not_met(data)) or ", ".join(b.code for b in data.facts.blockers if b.code)
    return (f"{data.council_name} tiếp tục chỉ đạo hoàn thành "
            f"{('các tiêu chí ' + pending) if pending else 'các nội dung trên'}"
            f" trước khi đề nghị công nhận; đề nghị {data.approving_body} tiếp tục hướng dẫn, hỗ trợ {data.commune} "
            f"hoàn thành các tiêu chí còn lại.")


# -- the annex: each evidence document once, with every criterion it proves -------------------
ANNEX_COLUMNS = [Column("STT", 12, Align.CENTER), Column("Số, ký hiệu", 31, Align.CENTER),
                 Column("Ngày ban hành", 22, Align.CENTER), Column("Cơ quan ban hành", 27),
                 Column("Trích yếu nội dung", 48), Column("Tiêu chí", 20, Align.CENTER), Column("Ghi chú", 13)]


def annex_rows(data: DossierData) -> list[Row]:
    return [Row((str(a.number), a.evidence.number, format_date_short(a.evidence.issued_on), a.evidence.issuer,
                 a.evidence.title or a.evidence.original_name, ", ".join(a.criteria), a.evidence.note))
            for a in data.facts.annex]


def annex_blocks(data: DossierData) -> list[Block]:
    f = data.facts
    rows = annex_rows(data)
    blocks: list[Block] = [
        para("PHỤ LỤC", Style.CENTER_BOLD),
        para("DANH MỤC TÀI LIỆU MINH CHỨNG", Style.CENTER_BOLD),
        para(annex_caption(data, KEY, "Báo cáo"), Style.CENTER_ITALIC),
    ]
    if rows:
        blocks.append(table(ANNEX_COLUMNS, rows, layout.TABLE_SMALL_SIZE))
    summary = f"Tổng cộng: {evidence_summary(data)}."
    if f.covered < f.total:
        missing = [c.code for c in data.status.criteria if c.code not in f.annex_numbers]
        summary += f" Tiêu chí chưa có tài liệu minh chứng: {', '.join(missing)}."
    blocks.append(para(summary))
    return blocks


def criteria_table(data: DossierData):
    numbers = data.facts.annex_numbers
    columns = [Column("STT", 11, Align.CENTER), Column("Tiêu chí", 42), Column("Kết quả thực hiện", 72, Align.JUSTIFY),
               Column("Tự đánh giá", 18, Align.CENTER), Column("Minh chứng (STT tại Phụ lục)", 22,
                                                                 Align.CENTER)]
    rows: list[Row] = []
    for g in data.status.groups:
        rows.append(Row((f"{g.code}. {g.title} (đạt {fraction(g.dat, g.total)} tiêu chí)",), RowKind.GROUP))
        for c in data.criteria_of(g.code):
            result = c.result.strip()
            if c.code not in numbers and c.explanation.strip():
                result = f"{result}\nGiải trình: {c.explanation.strip()}".strip()
            if c.status in (Status.DANG_THUC_HIEN, Status.CHUA_DANH_GIA):
                due = f", thời hạn hoàn thành {cited_date(c.deadline)}" if c.deadline else ""
                result = f"{result}\n(Chưa hoàn thành: {c.status.label.lower()}{due}.)".strip()
            index = data.status.criteria.index(c) + 1
            rows.append(Row((str(index), f"{c.code}. {c.short_title}", result, self_assessment(c.status),
                             ", ".join(str(n) for n in numbers.get(c.code, ())))))
    return table(columns, rows)


def summary_table(data: DossierData):
    columns = [Column("Nhóm tiêu chí", 85), Column("Số tiêu chí", 25, Align.CENTER), Column("Đạt", 25, Align.CENTER),
               Column("Không đạt", 25, Align.CENTER)]
    rows = [Row((f"{g.code}. {g.title}", padded(g.total), padded(g.dat), padded(g.total - g.dat)))
            for g in data.status.groups]
    f = data.facts
    rows.append(Row(("Tổng cộng", padded(f.total), padded(f.met), padded(f.total - f.met)), RowKind.TOTAL))
    return table(columns, rows)


def build(data: DossierData) -> Document:
    blocks: list = [
        header(data, KEY),
        title("BÁO CÁO", f"Kết quả xây dựng {data.title_phrase} năm {data.year}"),
        para(f"Kính gửi: {data.approving_body}.", Style.ADDRESSEE),
    ]
    plan = data.settings.plan_reference.strip()
    # the abbreviations the criteria's short titles use are spelled out at their first use
    blocks.append(para(f"{'Thực hiện ' + plan + ', ' if plan else ''}{data.council_name_defining} báo cáo kết quả "
                       f"xây dựng {data.title_phrase_defining} năm {data.year} theo Bộ tiêu chí như sau:"))
    parts = [
        ("ĐẶC ĐIỂM, TÌNH HÌNH", paragraphs(data.text("bao_cao.tinh_hinh", default_situation(data)))),
        ("CÔNG TÁC TRIỂN KHAI, TỔ CHỨC THỰC HIỆN",
         paragraphs(data.text("bao_cao.trien_khai", default_organisation(data)))),
        ("KẾT QUẢ THỰC HIỆN CÁC TIÊU CHÍ",
         [para("Kết quả thực hiện và tự đánh giá từng tiêu chí như sau (tài liệu minh chứng ghi theo số thứ tự "
               "tại Phụ lục kèm theo):"), criteria_table(data)]),
        ("TỔNG HỢP KẾT QUẢ TỰ ĐÁNH GIÁ",
         [summary_table(data), para(f"Qua tự đánh giá, {data.commune} {met_summary(data)}; "
                                    f"{evidence_summary(data)}.")]),
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
    blocks.append(PageBreak(annex=True))
    blocks.extend(annex_blocks(data))
    return Document("bao-cao", f"Báo cáo kết quả xây dựng {data.title_phrase} năm {data.year}", tuple(blocks))


def build_index(data: DossierData) -> Document:
    """The annex alone (danh-muc)."""
    return Document("danh-muc", f"Danh mục tài liệu minh chứng năm {data.year}", tuple(annex_blocks(data)))
