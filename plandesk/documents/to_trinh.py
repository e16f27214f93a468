"""Tờ trình of the Hội đồng bảo vệ ANTT xã to the approving body, asking for recognition as
"xã điển hình về phong trào toàn dân bảo vệ an ninh Tổ quốc" for the year.

Editable texts: to_trinh.can_cu (one basis per line), to_trinh.noi_dung, to_trinh.de_nghi."""
from __future__ import annotations

from .common import (
    DossierData,
    bases,
    codes,
    group_line,
    header,
    met_summary,
    not_met,
    padded,
    paragraphs,
    reference,
    signatures,
)
from .model import Document, Style, Title, para

KEY = "to_trinh"
TEXT_KEYS = ("to_trinh.can_cu", "to_trinh.noi_dung", "to_trinh.de_nghi")


def default_bases(data: DossierData) -> str:
    lines = []
    plan = data.settings.plan_reference.strip()
    if plan:
        lines.append(f"Căn cứ {plan}")
    framework = data.status.dossier.framework_title
    lines.append(f"Căn cứ {framework[0].lower() + framework[1:] if framework else 'bộ tiêu chí'}")
    lines.append(f"Căn cứ kết quả thực hiện các tiêu chí năm {data.year} và "
                 f"{reference(data, 'bien_ban', 'Biên bản')} họp xét, đề nghị công nhận của "
                 f"{data.council_name}")
    return "\n".join(lines)


def default_body(data: DossierData) -> str:
    s = data.status
    first = (f"Năm {data.year}, {data.council_name} đã tổ chức triển khai thực hiện {s.total} tiêu chí "
             f"xây dựng {data.title_phrase}. Qua tự đánh giá, {data.commune} {met_summary(data)}, "
             f"cụ thể: {group_line(data)}.")
    missing = not_met(data)
    if missing:
        first += (f" Còn {padded(len(missing))} tiêu chí chưa đạt hoặc đang thực hiện: {codes(missing)}.")
    attached = [f"{reference(data, 'bao_cao', 'Báo cáo')} kết quả xây dựng {data.title_phrase} năm {data.year}",
                f"Danh mục tài liệu minh chứng ({padded(len(data.evidence))} tài liệu)",
                f"{reference(data, 'bien_ban', 'Biên bản')} họp xét, đề nghị công nhận {data.title_phrase}"]
    lines = [first, "Hồ sơ kèm theo gồm:"]
    lines += [f"- {a}{'.' if i == len(attached) - 1 else ';'}" for i, a in enumerate(attached)]
    return "\n".join(lines)


def default_request(data: DossierData) -> str:
    if not not_met(data):
        return (f"{data.council_name} kính trình {data.approving_body} xem xét, công nhận {data.commune} đạt "
                f"{data.title_phrase} năm {data.year}./.")
    return (f"{data.council_name} kính trình {data.approving_body} xem xét, cho ý kiến đối với kết quả xây dựng "
            f"{data.title_phrase} năm {data.year} của {data.commune}./.")


def build(data: DossierData) -> Document:
    blocks = [
        header(data, KEY),
        Title("TỜ TRÌNH", (f"Về việc đề nghị công nhận {data.commune} đạt {data.title_phrase} năm {data.year}",)),
        para(f"Kính gửi: {data.approving_body}.", Style.ADDRESSEE),
        *bases(data.text("to_trinh.can_cu", default_bases(data))),
        *paragraphs(data.text("to_trinh.noi_dung", default_body(data))),
        *paragraphs(data.text("to_trinh.de_nghi", default_request(data))),
        signatures(data, ["Như trên"]),
    ]
    return Document("to-trinh", f"Tờ trình đề nghị công nhận {data.commune} năm {data.year}", tuple(blocks))
