"""A corpus of one-page administrative documents for measuring how well PlanDesk reads them:
many issuers, numbers, dates, types and subjects (blank numbers and days included), each
with the criterion it proves, rendered by the project's own renderers (the document model's
PDF and DOCX, and the sample evidence's canvas PDF) and, for OCR, as scanned-looking images
(rotation, blur, noise). Everything is generated into a temporary folder: nothing binary in git.

The subjects were written the way communes title such documents; they are not copied from
the criteria texts, which the suggestion ranker reads."""
from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from plandesk.documents.model import Document, Header, Paragraph, Signatures, Signer, Title
from plandesk.documents.sample_evidence import SampleDocument
from plandesk.domain.text import format_date_long

COMMUNES = [("Thanh Mỹ", "THÁP MƯỜI"), ("Mỹ Đông", "THÁP MƯỜI"), ("Tân Kiều", "THÁP MƯỜI"),
            ("Phú Điền", "THÁP MƯỜI"), ("Đốc Binh Kiều", "THÁP MƯỜI"), ("Láng Biển", "THÁP MƯỜI"),
            ("Bình Hàng Trung", "CAO LÃNH"), ("Mỹ Hội", "CAO LÃNH"), ("Tân Hòa", "THANH BÌNH"),
            ("An Phong", "THANH BÌNH"), ("Phước Vinh", "CHÂU THÀNH"), ("Hòa Hội", "XUYÊN MỘC"),
            ("Ea Tiêu", "CƯ KUIN"), ("Quảng Điền", "KRÔNG ANA"), ("Nghĩa Hưng", "CHƯ PĂH")]

# (body template, parent template, symbol suffix, signer authority)
BODIES = [
    ("ỦY BAN NHÂN DÂN XÃ {X}", "ỦY BAN NHÂN DÂN HUYỆN {H}", "UBND"),
    ("CÔNG AN XÃ {X}", "CÔNG AN HUYỆN {H}", "CAX"),
    ("CÔNG AN XÃ {X}", "UBND XÃ {X}", "CAX"),
    ("HỘI ĐỒNG BẢO VỆ AN NINH, TRẬT TỰ", "ỦY BAN NHÂN DÂN XÃ {X}", "HĐ"),
    ("BAN CHỈ ĐẠO XÃ {X}", "ỦY BAN NHÂN DÂN HUYỆN {H}", "BCĐ"),
    ("ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM XÃ {X}", "", "MTTQ"),
    ("ĐOÀN THANH NIÊN XÃ {X}", "HUYỆN ĐOÀN {H}", "ĐTN"),
]
TYPES = {"KH": "KẾ HOẠCH", "BC": "BÁO CÁO", "QĐ": "QUYẾT ĐỊNH", "TB": "THÔNG BÁO", "BB": "BIÊN BẢN",
         "CTr": "CHƯƠNG TRÌNH", "TTr": "TỜ TRÌNH", "HD": "HƯỚNG DẪN", "NQ": "NGHỊ QUYẾT"}

# criterion -> [(type, subject, body sentence)]
SUBJECTS: dict[str, list[tuple[str, str, str]]] = {
    "I.1": [("KH", "Triển khai quán triệt các văn bản chỉ đạo của cấp trên về công tác bảo đảm an ninh, trật tự năm "
                   "{Y}",
             "Tổ chức hội nghị quán triệt đến cán bộ chủ chốt, trưởng các ấp và các đoàn thể."),
            ("BC", "Kết quả hội nghị quán triệt Chỉ thị của Ban Bí thư về phong trào bảo vệ an ninh Tổ quốc",
             "Có 126 lượt cán bộ, đảng viên tham dự hội nghị quán triệt.")],
    "I.2": [("NQ", "Về lãnh đạo công tác bảo đảm an ninh, trật tự năm {Y}",
             "Đảng ủy xã quyết nghị lãnh đạo thực hiện nhiệm vụ bảo đảm an ninh, trật tự trong năm."),
            ("CTr", "Công tác xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc năm {Y}",
             "Chương trình gồm các chuyên đề cao điểm tấn công trấn áp tội phạm, phòng cháy, chữa cháy.")],
    "I.3": [("BC", "Tổng kết công tác xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc năm {P}",
             "Hội nghị tổng kết đánh giá kết quả, rút kinh nghiệm và triển khai nhiệm vụ năm mới."),
            ("BC", "Cách làm hay, sáng tạo trong công tác bảo đảm an ninh, trật tự ở khu dân cư",
             "Duy trì cách làm hay “Loa phát thanh an ninh” tại các ấp.")],
    "I.4": [("QĐ", "Về việc hỗ trợ kinh phí mua sắm trang thiết bị cho lực lượng bảo vệ an ninh, trật tự ở cơ sở",
             "Hỗ trợ 85.000.000 đồng mua bộ đàm, đèn pin và áo phản quang."),
            ("TB", "Phân bổ kinh phí hoạt động phong trào bảo vệ an ninh Tổ quốc năm {Y}",
             "Kinh phí được cấp từ ngân sách xã và nguồn vận động xã hội hóa.")],
    "I.5": [("TB", "Lịch tiếp công dân định kỳ của Chủ tịch Ủy ban nhân dân xã năm {Y}",
             "Lịch tiếp công dân được niêm yết tại trụ sở và thông báo trên loa truyền thanh."),
            ("BC", "Kết quả tiếp công dân, giải quyết đơn thư khiếu nại, tố cáo năm {Y}",
             "Giải quyết 09/09 đơn thư thuộc thẩm quyền, không có đơn tồn đọng kéo dài.")],
    "I.6": [("QĐ", "Về việc công nhận danh hiệu Tập thể lao động tiên tiến năm {P}",
             "Công nhận Ủy ban nhân dân xã đạt danh hiệu Tập thể lao động tiên tiến."),
            ("TB", "Kết quả đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên năm {P}",
             "Đảng bộ xã được xếp loại Hoàn thành tốt nhiệm vụ.")],
    "I.7": [("QĐ", "Về việc tặng Giấy khen cho Nhân dân và cán bộ xã có thành tích trong phong trào bảo vệ an ninh Tổ "
                   "quốc",
             "Tặng Giấy khen cho 01 tập thể và 02 cá nhân của xã."),],
    "II.1": [("QĐ", "Về việc kiện toàn Hội đồng bảo vệ an ninh, trật tự xã",
              "Hội đồng gồm Chủ tịch, các Phó Chủ tịch và các thành viên; ban hành quy chế hoạt động."),
             ("QĐ", "Ban hành Quy chế hoạt động của Hội đồng bảo vệ an ninh, trật tự xã",
              "Quy chế quy định nhiệm vụ, quyền hạn, chế độ họp của Hội đồng.")],
    "II.2": [("KH", "Tuyên truyền, phổ biến, giáo dục pháp luật cho cán bộ, công chức, đảng viên năm {Y}",
              "Tổ chức 03 buổi tuyên truyền pháp luật về phòng cháy, chữa cháy và bảo vệ bí mật Nhà nước."),
             ("BC", "Kết quả tuyên truyền pháp luật cho cán bộ, đảng viên 6 tháng đầu năm {Y}",
              "Có 98 lượt cán bộ, đảng viên dự các buổi phổ biến pháp luật.")],
    "II.3": [("KH", "Tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc năm {Y}",
              "Ngày hội được tổ chức tại ấp 3 với hoạt động văn hóa, văn nghệ, biểu dương người tốt việc tốt."),
             ("KH", "Hưởng ứng Tháng hành động phòng, chống ma túy và Ngày toàn dân phòng, chống ma túy 26/6",
              "Treo băng rôn, khẩu hiệu, tuyên truyền lưu động tại các ấp."),
             ("BC", "Kết quả hưởng ứng Ngày toàn dân phòng cháy, chữa cháy 04/10",
              "Tổ chức diễn tập phương án chữa cháy tại chợ xã.")],
    "II.4": [("QĐ", "Về việc củng cố, kiện toàn lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở",
              "Kiện toàn 06 tổ bảo vệ an ninh, trật tự với 42 thành viên."),
             ("BC", "Tình hình hoạt động của Tổ bảo vệ an ninh, trật tự ở cơ sở năm {Y}",
              "Các tổ duy trì tuần tra, không có thành viên vi phạm pháp luật.")],
    "II.5": [("KH", "Phối hợp giữa Công an xã với Ủy ban Mặt trận Tổ quốc và các đoàn thể năm {Y}",
              "Giao ban định kỳ hằng tháng giữa Công an xã và các đoàn thể."),
             ("BC", "Sơ kết 6 tháng thực hiện quy chế phối hợp giữa Công an xã và Mặt trận",
              "Hai bên phối hợp vận động Nhân dân tham gia phong trào.")],
    "II.6": [("BC", "Kết quả xây dựng mô hình “Dân vận khéo” năm {Y}",
              "Mô hình “Tổ tự quản đường giao thông nông thôn” hoạt động hiệu quả."),
             ("QĐ", "Thành lập mô hình “Camera an ninh” tại khu dân cư ấp 2",
              "Mô hình do Nhân dân đóng góp lắp đặt camera giám sát.")],
    "II.7": [("QĐ", "Về việc khen thưởng tập thể, cá nhân có thành tích xuất sắc trong phong trào toàn dân bảo vệ an "
                    "ninh Tổ quốc",
              "Khen thưởng 02 tập thể và 05 cá nhân điển hình tiên tiến."),
             ("TTr", "Đề nghị tặng Bằng khen cho tập thể Công an xã",
              "Công an xã có nhiều thành tích trong đấu tranh phòng, chống tội phạm.")],
    "II.8": [("QĐ", "Về việc công nhận kết quả phân loại phong trào toàn dân bảo vệ an ninh Tổ quốc năm {P}",
              "Phong trào của xã được phân loại đạt loại Xuất sắc."),],
    "III.1": [("BC", "Kết quả rà soát, chuyển hóa địa bàn trọng điểm, tụ điểm phức tạp về ma túy, tệ nạn xã hội",
               "Qua rà soát, trên địa bàn không có tụ điểm phức tạp về hình sự, ma túy."),],
    "III.2": [("BC", "Tình hình hoạt động “tín dụng đen” và băng nhóm tội phạm trên địa bàn xã",
               "Không phát hiện hoạt động cho vay lãi nặng, đòi nợ thuê, xã hội đen."),],
    "III.3": [("BC", "Tình hình tội phạm về trật tự xã hội năm {Y} so với năm {P}",
               "Xảy ra 13 vụ phạm tội về trật tự xã hội, giảm 01 vụ so với cùng kỳ."),],
    "III.4": [("BC", "Kết quả công tác phòng, chống ma túy và quản lý người nghiện năm {Y}",
               "Còn 03 người nghiện, không phát sinh người nghiện mới, không phát hiện trồng cây có chất ma túy."),
              ("KH", "Quản lý người sử dụng trái phép chất ma túy, người nghiện ma túy tại cộng đồng",
               "Lập hồ sơ, phân công cán bộ giúp đỡ, cai nghiện tại gia đình.")],
    "III.5": [("BC", "Công tác phòng cháy, chữa cháy và cứu nạn, cứu hộ năm {Y}",
               "Không xảy ra cháy, nổ nghiêm trọng; 27/27 cơ sở có hồ sơ quản lý."),
              ("KH", "Kiểm tra an toàn phòng cháy, chữa cháy đối với cơ sở thuộc diện quản lý",
               "Kiểm tra định kỳ các cơ sở kinh doanh xăng dầu, chợ, trường học.")],
    "III.6": [("BC", "Tình hình trật tự an toàn giao thông và tai nạn giao thông năm {Y}",
               "Không xảy ra tai nạn giao thông nghiêm trọng, không có tụ tập đua xe trái phép."),],
    "III.7": [("BC", "Kết quả kiểm tra vệ sinh an toàn thực phẩm và bảo vệ môi trường",
               "Không xảy ra vụ việc phức tạp về tài nguyên, môi trường, an toàn thực phẩm."),],
    "III.8": [("BC", "Công tác phòng, chống buôn lậu, gian lận thương mại, hàng giả năm {Y}",
               "Không phát hiện tội phạm về kinh tế, tham nhũng, buôn lậu."),],
    "III.9": [("BC", "Tình hình khiếu nại, tố cáo đông người, vượt cấp trên địa bàn xã",
               "Không có trường hợp tụ tập đông người, khiếu kiện vượt cấp."),],
    "III.10": [("KH", "Bảo đảm an ninh, trật tự trên địa bàn xã năm {Y}",
                "Đề ra các biện pháp bảo đảm an ninh, trật tự và chỉ tiêu phấn đấu."),
               ("KH", "Cao điểm tấn công, trấn áp tội phạm, bảo đảm an ninh, trật tự dịp Tết Nguyên đán",
                "Tăng cường tuần tra, kiểm soát, giữ gìn trật tự an toàn xã hội.")],
    "III.11": [("KH", "Kiểm tra công tác bảo đảm an ninh, trật tự tại các ấp năm {Y}",
                "Đoàn kiểm tra làm việc tại 06/06 ấp theo lịch."),
               ("BB", "Kiểm tra công tác an ninh, trật tự tại ấp 4",
                "Đoàn kiểm tra ghi nhận ấp thực hiện tốt các nội dung.")],
    "III.12": [("KH", "Mở lớp tập huấn nghiệp vụ cho lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở",
                "Tập huấn kỹ năng tuần tra, xử lý tình huống, sử dụng công cụ hỗ trợ."),],
    "III.13": [("BC", "Kết quả thực hiện Đề án 06 về dữ liệu dân cư, định danh và xác thực điện tử",
                "Hướng dẫn Nhân dân kích hoạt 4.215 tài khoản định danh điện tử."),
               ("BC", "Quản lý cư trú, căn cước và ngành nghề kinh doanh có điều kiện về an ninh, trật tự",
                "Kiểm tra 12 cơ sở kinh doanh có điều kiện, không phát hiện vi phạm.")],
    "III.14": [("BC", "Công tác quản lý, giáo dục người chấp hành xong án phạt tù về cư trú tại địa phương",
                "18/18 đối tượng có hồ sơ quản lý, không có người tái phạm."),],
    "III.15": [("BC", "Kết quả tiếp nhận, phân loại, xử lý tố giác, tin báo về tội phạm năm {Y}",
                "Tiếp nhận 11 tin báo, tố giác; chuyển cơ quan điều tra đúng thời hạn."),],
    "III.16": [("BC", "Sáng kiến cải cách thủ tục hành chính tại Công an xã",
                "Sáng kiến “Phiếu hẹn điện tử” rút ngắn thời gian giải quyết thủ tục cư trú."),
               ("KH", "Chấn chỉnh điều lệnh, lễ tiết, tác phong của cán bộ, chiến sĩ Công an xã",
                "Kiểm tra điều lệnh nội vụ hằng tháng.")],
    "III.17": [("BC", "Kiểm điểm việc chấp hành kỷ luật, kỷ cương của cán bộ, chiến sĩ Công an xã năm {Y}",
                "Không có đơn thư phản ánh, không có cán bộ, chiến sĩ bị kỷ luật."),],
    "III.18": [("QĐ", "Về việc công nhận Đơn vị văn hóa, gương mẫu chấp hành điều lệnh Công an nhân dân",
                "Công an xã có trụ sở làm việc độc lập, khang trang, sạch đẹp."),],
    "III.19": [("QĐ", "Về việc xếp loại thi đua đơn vị và cán bộ, chiến sĩ Công an xã năm {P}",
                "Công an xã được xếp loại Hoàn thành tốt nhiệm vụ, Chi bộ Hoàn thành tốt nhiệm vụ."),],
}


@dataclass(frozen=True)
class Case:
    key: str
    criterion: str
    parent: str
    body: str
    number: str            # as printed after "Số: " ("12/KH-UBND", "     /KH-UBND")
    place: str
    date: dt.date | None   # None: the day left blank
    year: int
    month: int
    kind: str              # "KH"
    subject_lines: tuple[str, ...]
    paragraphs: tuple[str, ...]

    @property
    def expected(self) -> dict:
        """The fields as the parser should give them."""
        return {"issuer": self.body, "parent": self.parent, "number": self.number.replace(" ", ""),
                "doc_type": self.kind, "place": self.place, "date": self.date,
                "subject": " ".join(self.subject_lines)}

    def document(self) -> Document:
        when = format_date_long(self.date, self.year)
        if self.date is None:
            month = f"{self.month:02d}" if self.month <= 2 else str(self.month)
            when = f"ngày     tháng {month} năm {self.year}"
        return Document(self.key, f"{TYPES[self.kind]} {self.number}", (
            Header(self.parent, self.body, f"Số: {self.number}", f"{self.place}, {when}"),
            Title(TYPES[self.kind], self.subject_lines),
            *(Paragraph(p) for p in self.paragraphs),
            Signatures(Signer("TM. ỦY BAN NHÂN DÂN" if "ỦY BAN" in self.body else "", "CHỦ TỊCH", "Nguyễn Văn Hùng"),
                       recipients=("- Như trên;", "- Lưu: VT."))))

    def sample(self) -> SampleDocument | None:
        """The same document for the canvas renderer (one subject line, a full date only)."""
        if self.date is None or len(self.subject_lines) > 1:
            return None
        return SampleDocument(self.parent, self.body, self.number, self.place, self.date,
                              TYPES[self.kind].capitalize(), self.subject_lines[0], self.paragraphs)


def _split(subject: str, rng: random.Random) -> tuple[str, ...]:
    """Long subjects print on two lines, cut between words as a drafter would."""
    if len(subject) < 62 or rng.random() < 0.2:
        return (subject,)
    words = subject.split()
    middle = len(words) // 2 + rng.choice((-1, 0, 1))
    return (" ".join(words[:middle]), " ".join(words[middle:]))


def make_cases(count: int, seed: int = 2024) -> list[Case]:
    rng = random.Random(seed)
    codes = sorted(SUBJECTS)
    cases = []
    for i in range(count):
        code = codes[i % len(codes)]
        kind, subject, sentence = rng.choice(SUBJECTS[code])
        year = rng.choice((2023, 2024, 2025))
        subject = subject.replace("{Y}", str(year)).replace("{P}", str(year - 1))
        commune, district = rng.choice(COMMUNES)
        body_t, parent_t, unit = rng.choice(BODIES)
        body = body_t.replace("{X}", commune.upper()).replace("{H}", district)
        parent = parent_t.replace("{X}", commune.upper()).replace("{H}", district)
        blank_number = rng.random() < 0.12
        number = f"     /{kind}-{unit}" if blank_number else f"{rng.randint(1, 350):02d}/{kind}-{unit}"
        if rng.random() < 0.05 and not blank_number:
            number = number.replace("/", " /", 1)   # "Số: 860 /KH-UBND"
        day = dt.date(year, 1, 1) + dt.timedelta(days=rng.randint(0, 364))
        blank_day = rng.random() < 0.1
        paragraphs = (f"Căn cứ tình hình thực tế của địa phương, {body_t.split(' {')[0].capitalize()} xã {commune} "
                      f"ban hành văn bản với các nội dung sau.", sentence,
                      "Các ban, ngành, đoàn thể và các ấp căn cứ nội dung trên tổ chức thực hiện, báo cáo kết quả "
                      "về Ủy ban nhân dân xã theo quy định.")
        cases.append(Case(f"doc{i:03d}", code, parent, body, number, commune, None if blank_day else day, year,
                          day.month, kind, _split(subject, rng), paragraphs))
    return cases


def scan(image, rng: random.Random, damage: bool):
    """A rendered page made to look scanned: a slight rotation, blur and noise when ``damage``."""
    from PIL import Image, ImageFilter

    image = image.convert("L")
    if not damage:
        return image
    angle = rng.uniform(-1.5, 1.5)
    image = image.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
    image = image.filter(ImageFilter.GaussianBlur(rng.uniform(0.6, 1.2)))
    noise = Image.effect_noise(image.size, rng.uniform(12, 24))
    image = Image.blend(image, noise, 0.12)
    return image
