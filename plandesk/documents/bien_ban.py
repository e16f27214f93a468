"""Biên bản họp xét, đề nghị công nhận: time, place, chair, secretary, the members present and
absent (from the council list), what was reviewed, the vote, the conclusion; signed by the
secretary (left) and the chair (right).

Meeting details (DocumentSettings.meeting): date (YYYY-MM-DD, else dates.bien_ban), start and
end ("08:00"), place, chair and secretary (names; default: the council's Chủ tịch and Thư ký),
absent (names separated by ";", a reason in brackets: "Ngô Văn Út (đi công tác)"),
votes_for, votes_against (counts of the members present).
Editable texts: bien_ban.noi_dung, bien_ban.y_kien, bien_ban.ket_luan."""
from __future__ import annotations

import datetime as dt
import re

from plandesk.domain.dossier import CouncilRole
from plandesk.domain.text import format_date_long, nfc

from .common import DossierData, Member, codes, group_line, header, met_summary, not_met, padded, paragraphs, percent
from .model import Document, Paragraph, Signatures, Signer, Style, Title, para

KEY = "bien_ban"
TEXT_KEYS = ("bien_ban.noi_dung", "bien_ban.y_kien", "bien_ban.ket_luan")
BLANK = "......"


def _time(text: str) -> str:
    """"08:00" -> "08 giờ 00 phút"; blank -> dots to fill in by hand."""
    match = re.fullmatch(r"\s*(\d{1,2})\s*[:hg]\s*(\d{1,2})?\s*", text or "")
    if not match:
        return f"{BLANK} giờ {BLANK} phút"
    return f"{int(match.group(1)):02d} giờ {int(match.group(2) or 0):02d} phút"


def _int(value) -> int | None:
    try:
        return int(str(value).strip())
    except (TypeError, ValueError):
        return None


def votes_for(data: DossierData) -> int | None:
    return _int(data.meeting("votes_for", ""))


def absent_members(data: DossierData) -> list[tuple[Member | None, str, str]]:
    """(member if on the council list, name, reason) for each absent person."""
    raw = data.meeting("absent", "")
    items = raw if isinstance(raw, list) else [x for x in str(raw).split(";")]
    out = []
    for item in items:
        item = nfc(str(item)).strip()
        if not item:
            continue
        match = re.fullmatch(r"(.*?)\s*\((.*)\)\s*", item)
        name, reason = (match.group(1).strip(), match.group(2).strip()) if match else (item, "")
        member = next((m for m in data.council if m.name.lower() == name.lower()), None)
        out.append((member, member.name if member else name, reason))
    return out


def meeting_people(data: DossierData) -> tuple[str, str, list[Member], list[tuple[Member | None, str, str]]]:
    chair = data.meeting("chair", "")
    secretary = data.meeting("secretary", "")
    if not chair:
        m = data.member(CouncilRole.CHU_TICH)
        chair = m.name if m else ""
    if not secretary:
        m = data.member(CouncilRole.THU_KY)
        secretary = m.name if m else ""
    absent = absent_members(data)
    absent_names = {name.lower() for _, name, _ in absent}
    present = [m for m in data.council if m.name.lower() not in absent_names]
    return chair, secretary, present, absent


def _described(name: str, data: DossierData) -> str:
    member = next((m for m in data.council if m.name == name), None)
    if member is None:
        return name or BLANK
    role = member.role.label
    position = f", {member.position}" if member.position else ""
    return f"Đồng chí {name}{position} - {role} Hội đồng"


def meeting_date(data: DossierData) -> dt.date | None:
    raw = data.meeting("date", "")
    if raw:
        try:
            return dt.date.fromisoformat(str(raw))
        except ValueError:
            pass
    return data.date(KEY)


def default_content(data: DossierData, chair: str, secretary: str) -> str:
    s = data.status
    return "\n".join([
        f"Đồng chí {chair or BLANK}, chủ trì cuộc họp, thông qua mục đích, yêu cầu của cuộc họp.",
        f"Thư ký trình bày dự thảo Báo cáo kết quả xây dựng {data.title_phrase} năm {data.year} và danh mục "
        f"{padded(len(data.evidence))} tài liệu minh chứng đối với {s.total} tiêu chí.",
        f"Kết quả tự đánh giá: {data.commune} {met_summary(data)}; {group_line(data)}.",
    ] + ([f"Các tiêu chí chưa đạt hoặc đang thực hiện: {codes(not_met(data))}."] if not_met(data) else []))


def default_discussion(data: DossierData) -> str:
    return ("Các thành viên Hội đồng thảo luận, đối chiếu kết quả thực hiện với từng tiêu chí và tài liệu "
            "minh chứng kèm theo.")


def default_conclusion(data: DossierData, agreed: int | None, present: int) -> str:
    majority = agreed is not None and agreed * 2 > present
    if not not_met(data) and (agreed is None or majority):
        return (f"{data.council_name} thống nhất đề nghị {data.approving_body} xem xét, công nhận {data.commune} "
                f"đạt {data.title_phrase} năm {data.year}.")
    if not_met(data):
        return (f"{data.commune[0].upper() + data.commune[1:]} chưa đạt đủ các tiêu chí: {met_summary(data)}; "
                f"Hội đồng tiếp tục chỉ đạo thực hiện các tiêu chí {codes(not_met(data))} trước khi đề nghị "
                f"công nhận.")
    return f"Hội đồng không thống nhất đề nghị công nhận {data.commune} đạt {data.title_phrase} năm {data.year}."


def vote_lines(data: DossierData, present: int) -> list[str]:
    agreed, against = _int(data.meeting("votes_for", "")), _int(data.meeting("votes_against", ""))
    if not data.council:  # no council list yet: room to write the counts by hand
        return [f"Số thành viên có mặt: {BLANK}/{BLANK} thành viên.",
                f"- Tán thành: {BLANK}/{BLANK} thành viên có mặt, tỷ lệ {BLANK} %.",
                f"- Không tán thành: {BLANK}/{BLANK} thành viên có mặt, tỷ lệ {BLANK} %."]
    lines = [f"Số thành viên có mặt: {padded(present)}/{padded(len(data.council))} thành viên."]
    for label, value in (("Tán thành", agreed), ("Không tán thành", against)):
        if value is None:
            lines.append(f"- {label}: {BLANK}/{padded(present)} thành viên có mặt, tỷ lệ {BLANK} %.")
        else:
            lines.append(f"- {label}: {padded(value)}/{padded(present)} thành viên có mặt, "
                         f"tỷ lệ {percent(value, present)}.")
    return lines


def build(data: DossierData) -> Document:
    chair, secretary, present, absent = meeting_people(data)
    when = meeting_date(data)
    place = data.meeting("place", "") or f"Hội trường Ủy ban nhân dân {data.commune}"
    agreed = votes_for(data)
    blocks: list = [
        header(data, KEY),
        Title("BIÊN BẢN", (f"Họp xét, đề nghị công nhận {data.commune} đạt {data.title_phrase} năm {data.year}",)),
        para(f"Thời gian: Vào lúc {_time(data.meeting('start', ''))}, {format_date_long(when, data.year)}."),
        para(f"Địa điểm: {place}."),
        Paragraph("I. THÀNH PHẦN THAM DỰ", Style.HEADING1),
        para(f"1. Chủ trì: {_described(chair, data)}."),
        para(f"2. Thư ký: {_described(secretary, data)}."),
        para(f"3. Thành viên Hội đồng có mặt: {padded(len(present))}/{padded(len(data.council))} thành viên"
             f"{':' if present else '.'}" if data.council else f"3. Thành viên Hội đồng có mặt: {BLANK} thành viên."),
    ]
    for i, m in enumerate(present):
        end = "." if i == len(present) - 1 else ";"
        blocks.append(para(f"- {m.name}{', ' + m.position if m.position else ''}{end}"))
    if absent:
        blocks.append(para(f"4. Vắng mặt: {padded(len(absent))} thành viên:"))
        for i, (m, name, reason) in enumerate(absent):
            end = "." if i == len(absent) - 1 else ";"
            position = f", {m.position}" if m and m.position else ""
            blocks.append(para(f"- {name}{position}{' (' + reason + ')' if reason else ''}{end}"))
    else:
        blocks.append(para("4. Vắng mặt: không."))
    blocks += [
        Paragraph("II. NỘI DUNG", Style.HEADING1),
        *paragraphs(data.text("bien_ban.noi_dung", default_content(data, chair, secretary))),
        Paragraph("III. Ý KIẾN THẢO LUẬN", Style.HEADING1),
        *paragraphs(data.text("bien_ban.y_kien", default_discussion(data))),
        Paragraph("IV. KẾT QUẢ BIỂU QUYẾT", Style.HEADING1),
        *[para(line) for line in vote_lines(data, len(present))],
        Paragraph("V. KẾT LUẬN", Style.HEADING1),
        *paragraphs(data.text("bien_ban.ket_luan", default_conclusion(data, agreed, len(present)))),
        para(f"Cuộc họp kết thúc vào lúc {_time(data.meeting('end', ''))} cùng ngày; biên bản đã được đọc lại cho "
             f"các thành viên dự họp nghe và thống nhất./."),
        Signatures(right=Signer("", "CHỦ TRÌ", chair), left=Signer("", "THƯ KÝ", secretary)),
    ]
    return Document("bien-ban", f"Biên bản họp xét, đề nghị công nhận {data.commune} năm {data.year}", tuple(blocks))
