"""Readable sentences for the audit log ("Nguyễn Văn A đổi tiêu chí III.3 từ 'Đang thực hiện'
sang 'Đạt' lúc 14:05 ngày 12/9/2024")."""
from __future__ import annotations

import datetime as dt
import json
from typing import Any

from .dossier import STATUS_LABELS, Status

FIELD_LABELS = {
    "status": "kết luận", "result": "kết quả thực hiện", "explanation": "giải trình", "lead_unit": "đơn vị chủ trì",
    "cooperating_units": "đơn vị phối hợp", "deadline": "thời hạn", "values": "số liệu",
    "review_status": "ý kiến thẩm định", "review_comment": "nhận xét thẩm định",
    "number": "số, ký hiệu", "issued_on": "ngày ban hành", "issuer": "cơ quan ban hành", "title": "trích yếu",
    "note": "ghi chú",
}

ACTIONS = {
    "tao_ho_so": "tạo hồ sơ {target}",
    "tao_ho_so_tu_nam_truoc": "tạo hồ sơ {target} từ hồ sơ năm trước",
    "dinh_kem": "đính kèm minh chứng cho tiêu chí {target}",
    "dinh_kem_trung": "liên kết tài liệu đã có với tiêu chí {target}",
    "lien_ket_minh_chung": "gắn tài liệu với tiêu chí {target}",
    "bo_lien_ket_minh_chung": "bỏ tài liệu khỏi tiêu chí {target}",
    "xoa_minh_chung": "xóa tài liệu minh chứng “{target}”",
    "sua_minh_chung": "sửa thông tin tài liệu “{target}”",
    "them_thanh_vien": "thêm thành viên Hội đồng {target}",
    "sua_thanh_vien": "sửa thông tin thành viên Hội đồng {target}",
    "xoa_thanh_vien": "xóa thành viên Hội đồng {target}",
    "sua_thiet_lap": "sửa thiết lập văn bản",
    "sua_thoi_han": "sửa thời hạn “{target}”",
}


def _load(text: str) -> Any:
    if not text:
        return None
    try:
        return json.loads(text)
    except ValueError:
        return text


def _show(field: str, value: Any) -> str:
    if value is None or value == "":
        return "(trống)"
    if field == "status":
        try:
            return STATUS_LABELS[Status(value)]
        except ValueError:
            return str(value)
    if isinstance(value, bool):
        return "có" if value else "không"
    if isinstance(value, dict):
        return ", ".join(f"{k.rpartition('.')[2] if '.' in k else k} = {_show('', v)}"
                         for k, v in value.items()) or "(trống)"
    text = str(value)
    if len(text) == 10 and text[4] == "-" and text[7] == "-":
        try:
            day = dt.date.fromisoformat(text)
            return f"{day.day:02d}/{day.month:02d}/{day.year}"
        except ValueError:
            pass
    return text if len(text) <= 80 else text[:77] + "…"


def when(at: dt.datetime) -> str:
    return f"lúc {at:%H:%M} ngày {at.day}/{at.month}/{at.year}"


def describe(user: str, at: dt.datetime, action: str, target: str, field: str, old_value: str,
             new_value: str) -> str:
    who = user or "Người dùng"
    if action == "sua_tieu_chi":
        old, new = _load(old_value) or {}, _load(new_value) or {}
        parts = []
        for name in [f for f in field.split(",") if f]:
            label = FIELD_LABELS.get(name, name)
            parts.append(f"{label} từ ‘{_show(name, old.get(name))}’ sang ‘{_show(name, new.get(name))}’")
        return f"{who} đổi tiêu chí {target}: {'; '.join(parts)} {when(at)}"
    template = ACTIONS.get(action, action.replace("_", " ") + " {target}")
    return f"{who} {template.format(target=target).strip()} {when(at)}"
