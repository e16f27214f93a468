"""Tờ trình of the Hội đồng bảo vệ ANTT xã to the approving body, asking for recognition as
"xã điển hình về phong trào toàn dân bảo vệ an ninh Tổ quốc" for the year.

A tờ trình asks for recognition, so it exists only when the dossier can ask: every criterion
Đạt, with evidence or an explanation that stands, and a majority vote of the council. While
a criterion blocks it, build() raises DocumentNotAllowed with one sentence per blocking
criterion and the documents that fit the dossier's state instead (the báo cáo on progress).

Editable texts: to_trinh.can_cu (one basis per line), to_trinh.noi_dung, to_trinh.de_nghi."""
from __future__ import annotations

from plandesk.domain.messages import Param, msg

from .common import (
    DocumentNotAllowed,
    DossierData,
    bases,
    evidence_summary,
    group_line,
    header,
    legal_bases,
    met_summary,
    paragraphs,
    reference,
    signatures,
    title,
)
from .model import Block, Document, Style, para

KEY = "to_trinh"
TEXT_KEYS = ("to_trinh.can_cu", "to_trinh.noi_dung", "to_trinh.de_nghi")
# what a dossier that cannot ask for recognition yet may send instead
ALTERNATIVES: list[tuple[str, Param]] = [("bao-cao", msg("document.offer_bao_cao")),
                                        ("bao-cao-6-thang", msg("document.offer_bao_cao_6_thang"))]


def default_bases(data: DossierData) -> str:
    lines = [f"Căn cứ {b}" for b in legal_bases(data)]
    lines.append(f"Căn cứ {reference(data, 'bien_ban', 'Biên bản')} họp xét, đề nghị công nhận của "
                 f"{data.council_name}")
    return "\n".join(lines)


def default_body(data: DossierData) -> str:
    f = data.facts
    first = (f"Năm {data.year}, {data.council_name} đã tổ chức triển khai thực hiện {f.total} tiêu chí "
             f"xây dựng {data.title_phrase}. Qua tự đánh giá, {data.commune} {met_summary(data)}, "
             f"cụ thể: {group_line(data)}; {evidence_summary(data)}.")
    attached = [f"{reference(data, 'bao_cao', 'Báo cáo')} kết quả xây dựng {data.title_phrase} năm {data.year}, "
                f"kèm theo Danh mục {evidence_summary(data)}",
                f"{reference(data, 'bien_ban', 'Biên bản')} họp xét, đề nghị công nhận {data.title_phrase}"]
    lines = [first, "Hồ sơ kèm theo gồm:"]
    lines += [f"- {a}{'.' if i == len(attached) - 1 else ';'}" for i, a in enumerate(attached)]
    return "\n".join(lines)


def default_request(data: DossierData) -> str:
    return (f"{data.council_name} kính trình {data.approving_body} xem xét, công nhận {data.commune} đạt "
            f"{data.title_phrase} năm {data.year}./.")


def check_allowed(data: DossierData) -> None:
    """Raise DocumentNotAllowed while a criterion (or the vote) blocks the request."""
    if not data.facts.ready:
        raise DocumentNotAllowed("to-trinh", [b.sentence for b in data.facts.blockers], ALTERNATIVES)


def build(data: DossierData) -> Document:
    check_allowed(data)
    blocks: list[Block] = [
        header(data, KEY),
        title("TỜ TRÌNH", f"Về việc đề nghị công nhận {data.commune} đạt {data.title_phrase} năm {data.year}"),
        para(f"Kính gửi: {data.approving_body}.", Style.ADDRESSEE),
        *bases(data.text("to_trinh.can_cu", default_bases(data))),
        *paragraphs(data.text("to_trinh.noi_dung", default_body(data))),
        *paragraphs(data.text("to_trinh.de_nghi", default_request(data))),
        signatures(data, ["Như trên"]),
    ]
    return Document("to-trinh", f"Tờ trình đề nghị công nhận {data.commune} năm {data.year}", tuple(blocks))
