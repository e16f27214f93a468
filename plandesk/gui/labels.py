"""Texts that come from data (deadline titles, column headers, filters) marked for Qt's
translation tools, and the functions that translate them. The domain's values (decisions,
suggestions, reviews, council and account roles) have their names in the catalogue of
messages, looked up by their key (``enum_label``)."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from plandesk.domain.access import Role
from plandesk.domain.dossier import CouncilRole, ReviewStatus, Status
from plandesk.domain.messages import CONTEXT as MESSAGES
from plandesk.domain.messages import TEXTS
from plandesk.domain.rules import Suggestion

CONTEXT = "labels"

MARKED = (
    QT_TRANSLATE_NOOP("labels", "Gợi ý"),
    # default deadlines
    QT_TRANSLATE_NOOP("labels", "Gửi kế hoạch xây dựng xã điển hình"),
    QT_TRANSLATE_NOOP("labels", "Báo cáo sơ kết 6 tháng"),
    QT_TRANSLATE_NOOP("labels", "Báo cáo năm và hồ sơ đề nghị công nhận"),
    # checklist filters
    QT_TRANSLATE_NOOP("labels", "Tất cả tiêu chí"), QT_TRANSLATE_NOOP("labels", "Chưa đạt"),
    QT_TRANSLATE_NOOP("labels", "Chưa có minh chứng"), QT_TRANSLATE_NOOP("labels", "Kết luận khác gợi ý"),
    QT_TRANSLATE_NOOP("labels", "Quá thời hạn"), QT_TRANSLATE_NOOP("labels", "Được yêu cầu bổ sung"),
    # evidence columns
    QT_TRANSLATE_NOOP("labels", "Số, ký hiệu"), QT_TRANSLATE_NOOP("labels", "Ngày ban hành"),
    QT_TRANSLATE_NOOP("labels", "Cơ quan ban hành"), QT_TRANSLATE_NOOP("labels", "Trích yếu"),
    QT_TRANSLATE_NOOP("labels", "Tệp"), QT_TRANSLATE_NOOP("labels", "Dùng cho tiêu chí"),
    # settings fields
    QT_TRANSLATE_NOOP("labels", "Cơ quan xét công nhận (Kính gửi):"),
    QT_TRANSLATE_NOOP("labels", "Cơ quan cấp trên của cơ quan xét:"),
    QT_TRANSLATE_NOOP("labels", "Cơ quan chủ quản (dòng trên tên Hội đồng):"),
    QT_TRANSLATE_NOOP("labels", "Tên cơ quan ban hành văn bản:"),
    QT_TRANSLATE_NOOP("labels", "Địa danh (ghi ở dòng ngày tháng):"),
    QT_TRANSLATE_NOOP("labels", "Thẩm quyền ký (ví dụ TM. HỘI ĐỒNG):"),
    QT_TRANSLATE_NOOP("labels", "Chức vụ người ký:"),
    QT_TRANSLATE_NOOP("labels", "Họ và tên người ký:"),
    QT_TRANSLATE_NOOP("labels", "Kế hoạch của cấp trên mà hồ sơ thực hiện:"),
    # condition value names
    QT_TRANSLATE_NOOP("labels", "đã thực hiện"), QT_TRANSLATE_NOOP("labels", "tổng số"),
    QT_TRANSLATE_NOOP("labels", "năm trước"), QT_TRANSLATE_NOOP("labels", "năm nay"),
    QT_TRANSLATE_NOOP("labels", "số trường hợp"),
)


ROLLUP_MARKED = (
    QT_TRANSLATE_NOOP("labels", "Đạt"), QT_TRANSLATE_NOOP("labels", "Không đạt"),
    QT_TRANSLATE_NOOP("labels", "Thiếu minh chứng"), QT_TRANSLATE_NOOP("labels", "Chưa kết luận"),
)


def tr_label(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def enum_label(member: Role | Status | Suggestion | ReviewStatus | CouncilRole) -> str:
    """A domain value that has a key in the catalogue of messages (an account's role, a
    decision, a suggestion, a review, a council role), in the interface's language: its name
    and translations live there only."""
    return QCoreApplication.translate(MESSAGES, TEXTS[member.key])


role_label = enum_label
status_label = enum_label
