"""The paragraphs an officer may reword before export: their key in DocumentSettings.texts,
the document they belong to, a label for the editing screen and the generated default. The
builders print the officer's text when there is one, else the default."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from . import bao_cao, bao_cao_6_thang, bien_ban, ke_hoach, to_trinh
from .common import DossierData


@dataclass(frozen=True)
class EditableText:
    key: str          # "bao_cao.de_xuat"
    document: str     # "bao-cao"
    label: str        # "Đề xuất, kiến nghị"
    default: str      # what the document prints when the officer has written nothing
    current: str      # the officer's own text ("" = the default is printed)


def _meeting_people(data: DossierData) -> tuple[str, str, int]:
    chair, secretary, present, _ = bien_ban.meeting_people(data)
    return chair, secretary, len(present)


# key -> (document, label, default)
TEXTS: dict[str, tuple[str, str, Callable[[DossierData], str]]] = {
    "to_trinh.can_cu": ("to-trinh", "Căn cứ (mỗi dòng một căn cứ)", to_trinh.default_bases),
    "to_trinh.noi_dung": ("to-trinh", "Nội dung tờ trình", to_trinh.default_body),
    "to_trinh.de_nghi": ("to-trinh", "Đề nghị", to_trinh.default_request),
    "bao_cao.tinh_hinh": ("bao-cao", "Đặc điểm, tình hình", bao_cao.default_situation),
    "bao_cao.trien_khai": ("bao-cao", "Công tác triển khai, tổ chức thực hiện", bao_cao.default_organisation),
    "bao_cao.han_che": ("bao-cao", "Hạn chế, tồn tại", bao_cao.default_shortcomings),
    "bao_cao.de_xuat": ("bao-cao", "Đề xuất, kiến nghị", bao_cao.default_proposals),
    "bien_ban.noi_dung": ("bien-ban", "Nội dung cuộc họp",
                          lambda d: bien_ban.default_content(d, *_meeting_people(d)[:2])),
    "bien_ban.y_kien": ("bien-ban", "Ý kiến thảo luận", bien_ban.default_discussion),
    "bien_ban.ket_luan": ("bien-ban", "Kết luận",
                          lambda d: bien_ban.default_conclusion(d, bien_ban.votes_for(d), _meeting_people(d)[2])),
    "ke_hoach.can_cu": ("ke-hoach", "Căn cứ xây dựng kế hoạch", ke_hoach.default_basis),
    "ke_hoach.muc_dich": ("ke-hoach", "Mục đích, yêu cầu", ke_hoach.default_purpose),
    "ke_hoach.to_chuc": ("ke-hoach", "Tổ chức thực hiện", ke_hoach.default_organisation),
    "bao_cao_6_thang.tinh_hinh": ("bao-cao-6-thang", "Tình hình triển khai", bao_cao_6_thang.default_situation),
    "bao_cao_6_thang.phuong_huong": ("bao-cao-6-thang", "Phương hướng 6 tháng cuối năm",
                                     bao_cao_6_thang.default_direction),
}


def editable_texts(data: DossierData, data_for: Callable[[str], DossierData] | None = None) -> list[EditableText]:
    """Every editable paragraph; ``data_for(document)`` gives the data a document is built
    from when it differs (the báo cáo 06 tháng speaks of its own date)."""
    out = []
    for key, (document, label, default) in TEXTS.items():
        current = str(data.settings.texts.get(key, "") or "").strip()
        source = data_for(document) if data_for is not None else data
        out.append(EditableText(key, document, label, default(source), current))
    return out
