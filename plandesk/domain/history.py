"""Readable sentences for the audit log ("Nguyễn Văn A đổi tiêu chí III.3 từ 'Đang thực hiện'
sang 'Đạt' lúc 14:05 ngày 12/9/2024")."""
from __future__ import annotations

import datetime as dt
import json
from typing import TYPE_CHECKING, Any

from .dossier import STATUS_LABELS, Status

if TYPE_CHECKING:
    from .framework import Framework

FIELD_LABELS = {
    "status": "kết luận", "result": "kết quả thực hiện", "explanation": "giải trình", "lead_unit": "đơn vị chủ trì",
    "cooperating_units": "đơn vị phối hợp", "deadline": "thời hạn", "values": "số liệu",
    "review_status": "ý kiến thẩm định", "review_comment": "nhận xét thẩm định",
    "number": "số, ký hiệu", "issued_on": "ngày ban hành", "issuer": "cơ quan ban hành", "title": "trích yếu",
    "note": "ghi chú",
    # the dossier's settings
    "approving_body": "cơ quan xét công nhận", "approving_body_parent": "cơ quan cấp trên của cơ quan xét",
    "issuing_body": "cơ quan ban hành văn bản", "issuing_body_parent": "cơ quan chủ quản",
    "place": "địa danh", "signer_name": "họ tên người ký", "signer_position": "chức vụ người ký",
    "signer_authority": "thẩm quyền ký", "plan_reference": "kế hoạch của cấp trên", "numbers": "số văn bản",
    "dates": "ngày văn bản", "texts": "đoạn văn bản đã sửa", "meeting": "cuộc họp xét", "recipients": "nơi nhận",
    # deadlines and council members
    "due_on": "hạn", "done_on": "ngày xong", "han": "hạn", "hoan_thanh": "ngày xong", "name": "họ tên",
    "position": "chức vụ", "role": "vai trò",
    # the documents' keys inside numbers, dates and texts
    "to_trinh": "tờ trình", "bao_cao": "báo cáo", "bien_ban": "biên bản", "ke_hoach": "kế hoạch",
    "bao_cao_6_thang": "báo cáo 6 tháng",
}
# the parts of a value entered in two numbers (condition kinds in domain/framework.py)
SUFFIX_LABELS = {"done": "đã thực hiện", "total": "tổng số", "previous": "năm trước", "current": "năm nay",
                 "count": "số trường hợp", "base": "tổng số"}

# the exported documents in words (services/export_names.py uses the same names)
DOCUMENT_LABELS = {"to-trinh": "Tờ trình", "bao-cao": "Báo cáo kết quả", "bien-ban": "Biên bản họp",
                   "ke-hoach": "Kế hoạch", "bao-cao-6-thang": "Báo cáo sơ kết 06 tháng",
                   "danh-muc": "Danh mục minh chứng", "checklist": "Bảng tiêu chí", "phan-cong": "Bảng phân công",
                   "hoi-dong": "Danh sách Hội đồng", "ho-so-minh-chung": "Hồ sơ minh chứng"}
# actions whose target is a document's key: shown by its name
DOCUMENT_TARGETS = {"ban_hanh_van_ban"}

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
    "dien_thong_tin_tu_van_ban": "điền thông tin đọc được từ văn bản cho tài liệu “{target}”",
    "bo_goi_y_thong_tin_van_ban": "bỏ thông tin đọc được từ văn bản của tài liệu “{target}”",
    "xac_nhan_thong_tin_van_ban": "xác nhận thông tin của tài liệu “{target}”",
    "nhap_hoi_dong_excel": "nhập danh sách Hội đồng từ Excel",
    "nhap_phan_cong_excel": "nhập bảng phân công từ Excel",
    "dong_goi": "đóng gói hồ sơ để gửi đi",
    "dong_goi_tham_dinh": "đóng gói ý kiến thẩm định để gửi lại xã",
    "nhap_goi": "nhập gói hồ sơ",
    "nhap_lai_goi": "nhập lại gói hồ sơ",
    "nhap_goi_tham_dinh": "nhập gói ý kiến thẩm định",
    "chot_ho_so": "chốt hồ sơ để nộp",
    "mo_lai_ho_so": "mở lại hồ sơ đã chốt",
    "ban_hanh_van_ban": "ban hành văn bản “{target}”",
    "sao_luu": "sao lưu đầy đủ",
    "khoi_phuc": "khôi phục từ bản sao lưu",
    "khoi_phuc_csdl_hong": "khôi phục cơ sở dữ liệu bị hỏng từ bản sao lưu",
    "sua_chua_kho": "dọn các tệp tạm và tệp thừa trong thư mục minh chứng",
    "tao_tai_khoan": "tạo tài khoản “{target}”",
    "sua_tai_khoan": "sửa tài khoản “{target}”",
    "dat_lai_mat_khau": "đặt mật khẩu mới cho tài khoản “{target}”",
    "doi_mat_khau": "đổi mật khẩu",
    "tat_dang_nhap": "tắt đăng nhập",
    "khoa_tai_khoan": "tạm khóa tài khoản “{target}” vì nhập sai mật khẩu nhiều lần",
}


def value_labels(framework: Framework) -> dict[str, str]:
    """Each value name of a framework's conditions in the officer's words (the condition's
    label, with the part for values entered in two numbers or the event's name)."""
    labels: dict[str, str] = {}
    for criterion in framework.criteria:
        for condition in criterion.conditions:
            events = {f"{condition.id}.{e.id}": e.label for e in condition.events}
            for name in condition.value_names():
                if name in events:
                    labels[name] = events[name]
                elif "." in name:
                    part = SUFFIX_LABELS.get(name.rpartition(".")[2], name.rpartition(".")[2])
                    labels[name] = f"{condition.label} ({part})"
                else:
                    labels[name] = condition.label
    return labels


def _load(text: str) -> Any:
    if not text:
        return None
    try:
        return json.loads(text)
    except ValueError:
        return text


def _show(field: str, value: Any, labels: dict[str, str] | None = None) -> str:
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
        return "; ".join(f"{_label(k, labels)}: {_show('', v)}" for k, v in value.items()) or "(trống)"
    if isinstance(value, list):
        return "; ".join(_show("", v) for v in value) or "(trống)"
    text = str(value)
    if len(text) == 10 and text[4] == "-" and text[7] == "-":
        try:
            day = dt.date.fromisoformat(text)
            return f"{day.day:02d}/{day.month:02d}/{day.year}"
        except ValueError:
            pass
    return text if len(text) <= 80 else text[:77] + "…"


def _label(name: str, labels: dict[str, str] | None) -> str:
    """A value's or field's name in words; never the key itself when words are known."""
    if labels and name in labels:
        return labels[name]
    if name in FIELD_LABELS:
        return FIELD_LABELS[name]
    base, _, part = name.rpartition(".")
    if base and part in SUFFIX_LABELS:
        return f"{_label(base, labels)} ({SUFFIX_LABELS[part]})"
    return name.replace("_", " ")


def when(at: dt.datetime) -> str:
    return f"lúc {at:%H:%M} ngày {at.day}/{at.month}/{at.year}"


def describe(user: str, at: dt.datetime, action: str, target: str, field: str, old_value: str,
             new_value: str, labels: dict[str, str] | None = None) -> str:
    """One history entry as a sentence; ``labels`` names the dossier's values (``value_labels``)."""
    who = user or "Người dùng"
    if action == "sua_tieu_chi":
        old, new = _load(old_value) or {}, _load(new_value) or {}
        parts = []
        for name in [f for f in field.split(",") if f]:
            parts.extend(_changes(name, old.get(name), new.get(name), labels))
        return f"{who} đổi tiêu chí {target}: {'; '.join(parts)} {when(at)}"
    old, new = _load(old_value), _load(new_value)
    detail = ""
    if isinstance(old, dict) and isinstance(new, dict):  # what changed, field by field, in words
        parts = [p for key in dict.fromkeys([*old, *new]) for p in _changes(key, old.get(key), new.get(key), labels)]
        detail = (": " + "; ".join(parts)) if parts else ""
    if action in DOCUMENT_TARGETS:
        target = DOCUMENT_LABELS.get(target, target)
        if isinstance(new, dict) and new.get("so"):   # the number and date it was issued with
            detail = f" số {new['so']}" + (f" ngày {_show('', new.get('ngay'))}" if new.get("ngay") else "")
    template = ACTIONS.get(action)
    if template is None:  # an action this version does not know: its words, without the key's underscores
        template = action.replace("_", " ") + (" “{target}”" if target else "")
    text = template.format(target=target).strip() if "{target}" in template else template
    return f"{who} {text}{detail} {when(at)}"


def _changes(name: str, old: Any, new: Any, labels: dict[str, str] | None) -> list[str]:
    """“<label> từ ‘old’ sang ‘new’” for a field, or for each changed entry of a group of
    values (a criterion's values, a setting's numbers or dates)."""
    if old == new:
        return []
    if isinstance(old, dict) or isinstance(new, dict):
        old = old if isinstance(old, dict) else {}
        new = new if isinstance(new, dict) else {}
        group = FIELD_LABELS.get(name, "") if name != "values" else ""
        parts = []
        for key in dict.fromkeys([*old, *new]):
            if old.get(key) != new.get(key):
                label = _label(key, labels)
                parts.append(f"{group + ' ' if group else ''}{label} từ ‘{_show(key, old.get(key), labels)}’ "
                             f"sang ‘{_show(key, new.get(key), labels)}’")
        return parts
    return [f"{_label(name, labels)} từ ‘{_show(name, old, labels)}’ sang ‘{_show(name, new, labels)}’"]
