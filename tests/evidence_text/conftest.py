"""Documents made with the project's own renderers (no binary files in the repository)."""
from __future__ import annotations

import datetime as dt

from plandesk.documents.model import Document, Header, Paragraph, Signatures, Signer, Title
from plandesk.domain.text import format_date_long


def make_document(parent: str, body: str, number: str, place: str, date: dt.date | None, kind: str,
                  subject: tuple[str, ...], paragraphs: tuple[str, ...], year: int = 2024) -> Document:
    return Document("van-ban", f"{kind} {number}", (
        Header(parent, body, f"Số: {number}", f"{place}, {format_date_long(date, year)}"),
        Title(kind, subject),
        *(Paragraph(p) for p in paragraphs),
        Signatures(Signer("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn Hùng"),
                   recipients=("- Như trên;", "- Lưu: VT."))))


NGAY_HOI = make_document(
    "UBND HUYỆN THÁP MƯỜI", "ỦY BAN NHÂN DÂN XÃ THANH MỸ", "45/KH-UBND", "Thanh Mỹ", dt.date(2024, 7, 15), "KẾ HOẠCH",
    ("Tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc", "năm 2024"),
    ("Thực hiện hướng dẫn của Công an huyện về tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc (19/8), Ủy ban "
     "nhân dân xã xây dựng kế hoạch như sau:",
     "Ngày hội được tổ chức tại ấp 3 với các hoạt động văn hóa, văn nghệ, biểu dương gương người tốt việc tốt "
     "trong phong trào; khen thưởng tập thể, cá nhân có thành tích xuất sắc."))

BLANK = make_document(
    "ỦY BAN NHÂN DÂN XÃ THANH MỸ", "HỘI ĐỒNG BẢO VỆ AN NINH, TRẬT TỰ", "     /TTr-HĐ", "Thanh Mỹ", None, "TỜ TRÌNH",
    ("Về việc đề nghị công nhận xã Thanh Mỹ điển hình", "về phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2024"),
    ("Căn cứ Kế hoạch số 11/KH-BCĐ138 ngày 15/01/2024 của Ban Chỉ đạo 138 huyện Tháp Mười;",
     "Hội đồng bảo vệ an ninh, trật tự xã kính trình Ban Chỉ đạo 138 huyện xem xét, công nhận."))
