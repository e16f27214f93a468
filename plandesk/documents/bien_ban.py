"""Biên bản of the council's meeting: time, place, chair, secretary, the members present and
absent with their role on the council (from the council list), what was reviewed, the motion
put to the vote and the vote, the conclusion; signed by the secretary (left) and the chair
(right).

When every criterion can be put forward, the meeting is the "họp xét, đề nghị công nhận" and
the motion is the request for recognition. While a criterion blocks it, the same meeting
reviews the results ("họp đánh giá kết quả") and votes on the self-assessment and on going
on with the remaining criteria: the biên bản never calls itself a recognition meeting whose
conclusion says the commune is not eligible.

Meeting details (DocumentSettings.meeting): date (YYYY-MM-DD, else dates.bien_ban), start and
end ("08:00"), place, chair and secretary (names; default: the council's Chủ tịch and Thư ký),
absent (names separated by ";", a reason in brackets: "Ngô Văn Út (đi công tác)"),
votes_for, votes_against (counts of the members present).
Editable texts: bien_ban.noi_dung, bien_ban.y_kien, bien_ban.ket_luan."""
from __future__ import annotations

import datetime as dt
import re

from plandesk.domain.dossier import CouncilMember, CouncilRole
from plandesk.domain.text import format_date_long

from .common import (
    DossierData,
    absent_members,
    codes,
    evidence_summary,
    fraction,
    group_line,
    header,
    met_summary,
    not_met,
    padded,
    paragraphs,
    percent,
    present_members,
    title,
    votes_against,
    votes_for,
)
from .model import Document, Paragraph, Signatures, Signer, Style, para

KEY = "bien_ban"
TEXT_KEYS = ("bien_ban.noi_dung", "bien_ban.y_kien", "bien_ban.ket_luan")
BLANK = "......"


def _time(text: str) -> str:
    """"08:00" -> "08 giờ 00 phút"; blank -> dots to fill in by hand."""
    match = re.fullmatch(r"\s*(\d{1,2})\s*[:hg]\s*(\d{1,2})?\s*", text or "")
    if not match:
        return f"{BLANK} giờ {BLANK} phút"
    return f"{int(match.group(1)):02d} giờ {int(match.group(2) or 0):02d} phút"


def meeting_people(data: DossierData) -> tuple[str, str, list[CouncilMember],
                                               list[tuple[CouncilMember | None, str, str]]]:
    chair = data.meeting("chair", "")
    secretary = data.meeting("secretary", "")
    if not chair:
        m = data.member(CouncilRole.CHU_TICH)
        chair = m.name if m else ""
    if not secretary:
        m = data.member(CouncilRole.THU_KY)
        secretary = m.name if m else ""
    return chair, secretary, present_members(data), absent_members(data)


def role_on_council(member: CouncilMember) -> str:
    """"Chủ tịch Hội đồng", "Thư ký Hội đồng", "Ủy viên Hội đồng"."""
    return "Ủy viên Hội đồng" if member.role is CouncilRole.THANH_VIEN else f"{member.role.label} Hội đồng"


def member_line(member: CouncilMember) -> str:
    """"Đồng chí Phạm Văn Đức, Chủ tịch Ủy ban MTTQ Việt Nam xã - Ủy viên Hội đồng"."""
    position = f", {member.position}" if member.position else ""
    return f"Đồng chí {member.name}{position} - {role_on_council(member)}"


def _described(name: str, data: DossierData) -> str:
    member = next((m for m in data.council if m.name == name), None)
    if member is None:
        return f"Đồng chí {name}" if name else BLANK
    return member_line(member)


def recognition_meeting(data: DossierData) -> bool:
    """The meeting votes on the request for recognition (no criterion blocks it)."""
    return not any(b.code for b in data.facts.blockers)


def subject(data: DossierData) -> str:
    if recognition_meeting(data):
        return f"Họp xét, đề nghị công nhận {data.commune} đạt {data.title_phrase} năm {data.year}"
    return f"Họp đánh giá kết quả xây dựng {data.title_phrase} năm {data.year} của {data.commune}"


def motion(data: DossierData) -> str:
    """What the members present voted on."""
    if recognition_meeting(data):
        return (f"Nội dung biểu quyết: đề nghị {data.approving_body} xem xét, công nhận {data.commune} đạt "
                f"{data.title_phrase} năm {data.year}.")
    return (f"Nội dung biểu quyết: thông qua kết quả tự đánh giá ({data.commune} {met_summary(data)}) và "
            f"việc tiếp tục thực hiện các tiêu chí {codes(not_met(data)) or 'còn lại'} trước khi đề nghị công nhận.")


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
    lines = [
        f"Đồng chí {chair or BLANK}, chủ trì cuộc họp, thông qua mục đích, yêu cầu của cuộc họp.",
        f"Thư ký trình bày dự thảo Báo cáo kết quả xây dựng {data.title_phrase} năm {data.year} theo "
        f"{s.total} tiêu chí và Danh mục {evidence_summary(data)}.",
        f"Kết quả tự đánh giá: {data.commune} {met_summary(data)}; {group_line(data)}.",
    ]
    blockers = [b for b in data.facts.blockers if b.code]
    if blockers:
        lines.append("Các nội dung chưa đủ điều kiện đề nghị công nhận:")
        lines += [f"- {b.sentence}" for b in blockers]
    return "\n".join(lines)


def default_discussion(data: DossierData) -> str:
    return ("Các thành viên Hội đồng thảo luận, đối chiếu kết quả thực hiện với từng tiêu chí và tài liệu "
            "minh chứng kèm theo.")


def default_conclusion(data: DossierData, agreed: int | None, present: int) -> str:
    if not recognition_meeting(data):
        return (f"{data.Commune} {met_summary(data)}, chưa đủ điều kiện đề nghị công nhận {data.title_phrase} "
                f"năm {data.year}. Hội đồng thống nhất tiếp tục chỉ đạo thực hiện các tiêu chí "
                f"{codes(not_met(data)) or 'còn lại'}, bổ sung tài liệu minh chứng và họp xét lại khi đủ điều kiện.")
    if agreed is None or agreed * 2 > present:
        return (f"{data.council_name} thống nhất đề nghị {data.approving_body} xem xét, công nhận {data.commune} "
                f"đạt {data.title_phrase} năm {data.year}.")
    return f"Hội đồng không thống nhất đề nghị công nhận {data.commune} đạt {data.title_phrase} năm {data.year}."


def vote_lines(data: DossierData, present: int) -> list[str]:
    agreed, against = votes_for(data), votes_against(data)
    if not data.council:  # no council list yet: room to write the counts by hand
        return [motion(data), f"Số thành viên có mặt: {BLANK}/{BLANK} thành viên.",
                f"- Tán thành: {BLANK}/{BLANK} thành viên có mặt, tỷ lệ {BLANK} %.",
                f"- Không tán thành: {BLANK}/{BLANK} thành viên có mặt, tỷ lệ {BLANK} %."]
    lines = [motion(data), f"Số thành viên có mặt: {fraction(present, len(data.council))} thành viên."]
    for label, value in (("Tán thành", agreed), ("Không tán thành", against)):
        if value is None:
            lines.append(f"- {label}: {BLANK}/{padded(present)} thành viên có mặt, tỷ lệ {BLANK} %.")
        else:
            lines.append(f"- {label}: {fraction(value, present)} thành viên có mặt, "
                         f"tỷ lệ {percent(value, present)}.")
    return lines


def build(data: DossierData) -> Document:
    chair, secretary, present, absent = meeting_people(data)
    when = meeting_date(data)
    place = data.meeting("place", "") or f"Hội trường Ủy ban nhân dân {data.commune}"
    agreed = votes_for(data)
    blocks: list = [
        header(data, KEY),
        title("BIÊN BẢN", subject(data)),
        para(f"Thời gian: Vào lúc {_time(data.meeting('start', ''))}, {format_date_long(when, data.year)}."),
        para(f"Địa điểm: {place}."),
        Paragraph("I. THÀNH PHẦN THAM DỰ", Style.HEADING1),
        para(f"1. Chủ trì: {_described(chair, data)}."),
        para(f"2. Thư ký: {_described(secretary, data)}."),
        para(f"3. Thành viên Hội đồng có mặt: {fraction(len(present), len(data.council))} thành viên"
             f"{':' if present else '.'}" if data.council else f"3. Thành viên Hội đồng có mặt: {BLANK} thành viên."),
    ]
    for i, m in enumerate(present):
        end = "." if i == len(present) - 1 else ";"
        blocks.append(para(f"- {member_line(m)[len('Đồng chí '):]}{end}"))
    if absent:
        blocks.append(para(f"4. Vắng mặt: {padded(len(absent))} thành viên:"))
        for i, (member, name, reason) in enumerate(absent):
            end = "." if i == len(absent) - 1 else ";"
            who = member_line(member)[len("Đồng chí "):] if member else name
            blocks.append(para(f"- {who}{' (' + reason + ')' if reason else ''}{end}"))
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
    return Document("bien-ban", f"Biên bản {subject(data)[0].lower()}{subject(data)[1:]}", tuple(blocks))
