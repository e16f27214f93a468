"""The sample dossier: xã Thanh Mỹ, huyện Tháp Mười, tỉnh Đồng Tháp, năm 2024 (the commune of
seed 003), in one of two states (``plandesk demo --state``):

- ``giua-nam`` — early June: the plan numbered in January, the criteria due later still in
  progress, the evidence of the first five months, and the báo cáo sơ kết 06 tháng issued on
  04/6/2024 (an honest progress report: the tờ trình is refused, with the reasons).
- ``cuoi-nam`` (default) — early October, ready to submit: the same dossier carried on (so
  its 06-month report is the one issued in June), every criterion Đạt with its evidence, the
  council's meeting held and voted, the báo cáo, biên bản and tờ trình numbered and dated.

Evidence documents are rendered on the fly. It is sample data and says so in its settings."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from functools import lru_cache

from plandesk.documents.sample_evidence import SampleDocument, render_sample_pdf
from plandesk.domain.dossier import CouncilMember, CouncilRole, DocumentSettings, DossierInfo, UnitInfo
from plandesk.domain.messages import msg

from . import Services
from .errors import InvalidInput
from .evidence import EvidenceMetadata
from .evidence_text import CONFIRMED

STATES = {"giua-nam": "giữa năm (đầu tháng 6: đang thực hiện, đã có báo cáo sơ kết 06 tháng)",
          "cuoi-nam": "cuối năm (đầu tháng 10: đủ tiêu chí, sẵn sàng trình)"}
DEFAULT_STATE = "cuoi-nam"

FRAMEWORK_ID = "xa-dien-hinh-antq"
UNIT = UnitInfo("Thanh Mỹ", "", "huyện Tháp Mười", "tỉnh Đồng Tháp", "xã")
YEAR = 2024

COUNCIL = (
    ("Nguyễn Văn Hùng", "Chủ tịch UBND xã", CouncilRole.CHU_TICH),
    ("Trần Minh Tâm", "Trưởng Công an xã", CouncilRole.PHO_CHU_TICH),
    ("Lê Thị Thu Hà", "Công chức Văn phòng - Thống kê", CouncilRole.THU_KY),
    ("Phạm Văn Đức", "Chủ tịch Ủy ban MTTQ Việt Nam xã", CouncilRole.THANH_VIEN),
    ("Võ Thị Ánh", "Chủ tịch Hội Liên hiệp Phụ nữ xã", CouncilRole.THANH_VIEN),
    ("Huỳnh Văn Ơn", "Chủ tịch Hội Nông dân xã", CouncilRole.THANH_VIEN),
    ("Đặng Quốc Bảo", "Bí thư Đoàn Thanh niên xã", CouncilRole.THANH_VIEN),
    ("Ngô Văn Út", "Chủ tịch Hội Cựu chiến binh xã", CouncilRole.THANH_VIEN),
    ("Bùi Thanh Sơn", "Chỉ huy trưởng Ban Chỉ huy Quân sự xã", CouncilRole.THANH_VIEN),
)

_PARENT = "UBND XÃ THANH MỸ"
_DANG_UY = ("ĐẢNG BỘ HUYỆN THÁP MƯỜI", "ĐẢNG ỦY XÃ THANH MỸ", "Đảng ủy xã Thanh Mỹ")
_UBND = ("UBND HUYỆN THÁP MƯỜI", "ỦY BAN NHÂN DÂN XÃ THANH MỸ", "UBND xã Thanh Mỹ")
_HOI_DONG = (_PARENT, "HỘI ĐỒNG BẢO VỆ AN NINH, TRẬT TỰ", "Hội đồng bảo vệ ANTT xã Thanh Mỹ")
_CAX = ("CÔNG AN HUYỆN THÁP MƯỜI", "CÔNG AN XÃ THANH MỸ", "Công an xã Thanh Mỹ")

LEAD_UNITS = {"I": ("Văn phòng Đảng ủy - UBND xã", "Ủy ban MTTQ Việt Nam xã"),
              "II": ("Công an xã", "Ủy ban MTTQ Việt Nam xã; các đoàn thể xã"),
              "III": ("Công an xã", "Ban Chỉ huy Quân sự xã; các ấp")}


def _doc(who: tuple[str, str, str], number: str, day: dt.date, kind: str, subject: str, body: str,
         codes: tuple[str, ...]) -> tuple[SampleDocument, str, tuple[str, ...]]:
    parent, issuer_upper, issuer = who
    return SampleDocument(parent, issuer_upper, number, "Thanh Mỹ", day, kind, subject, (body,)), issuer, codes


D = dt.date
# evidence of the first five months (both states)
DOCUMENTS_MID = (
    _doc(_UBND, "15/QĐ-UBND", D(2024, 1, 10), "Quyết định", "Kiện toàn Hội đồng bảo vệ an ninh, trật tự xã",
         "Kiện toàn Hội đồng bảo vệ an ninh, trật tự xã Thanh Mỹ gồm 09 thành viên; ban hành kèm theo Quy chế hoạt "
         "động và phân công nhiệm vụ từng thành viên.", ("II.1",)),
    _doc(_CAX, "03/BC-CAX", D(2024, 1, 10), "Báo cáo", "Tổng kết công tác phối hợp năm 2023",
         "Công an xã tổng kết 01 năm thực hiện kế hoạch phối hợp với Ủy ban MTTQ Việt Nam xã và các đoàn thể năm "
         "2023; giao ban định kỳ đủ 12 kỳ.", ("II.5",)),
    _doc(_DANG_UY, "04-BB/ĐU", D(2024, 1, 16), "Biên bản", "Hội nghị tổng kết năm 2023, triển khai nhiệm vụ năm 2024",
         "Hội nghị quán triệt các văn bản chỉ đạo của cấp trên về công tác bảo đảm an ninh, trật tự, tổng kết phong "
         "trào năm 2023 với 126 lượt cán bộ, đảng viên dự; duy trì cách làm hay “Camera an ninh - Mắt thần khu dân "
         "cư”.", ("I.1", "I.3")),
    _doc(_DANG_UY, "05-NQ/ĐU", D(2024, 1, 18), "Nghị quyết", "Về lãnh đạo công tác bảo đảm an ninh, trật tự năm 2024",
         "Đảng ủy xã Thanh Mỹ quyết nghị lãnh đạo thực hiện công tác bảo đảm an ninh, trật tự và xây dựng xã điển "
         "hình về phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2024.", ("I.2", "I.1")),
    _doc(_DANG_UY, "30-TB/ĐU", D(2024, 1, 22), "Thông báo", "Kết quả đánh giá, xếp loại tập thể năm 2023",
         "Đảng bộ xã đạt “Hoàn thành tốt nhiệm vụ”; Ủy ban nhân dân xã đạt danh hiệu “Tập thể lao động tiên "
         "tiến”; các tổ chức chính trị - xã hội đạt loại Khá trở lên; không có cán bộ vi phạm.", ("I.6",)),
    _doc(_CAX, "05/BC-CAX", D(2024, 1, 24), "Báo cáo", "Kết quả xếp loại Công an xã năm 2023",
         "Công an xã được xếp loại “Hoàn thành tốt nhiệm vụ”; Chi bộ Công an xã “Hoàn thành tốt nhiệm vụ”; 07/07 "
         "cán bộ, chiến sĩ hoàn thành tốt nhiệm vụ trở lên.", ("III.19",)),
    _doc(_UBND, "12/KH-UBND", D(2024, 2, 2), "Kế hoạch", "Bảo đảm an ninh, trật tự năm 2024",
         "Ủy ban nhân dân xã ban hành kế hoạch bảo đảm an ninh, trật tự và xây dựng xã điển hình về phong trào "
         "toàn dân bảo vệ an ninh Tổ quốc năm 2024.", ("I.2", "III.10")),
    _doc(_HOI_DONG, "03/CTr-HĐ", D(2024, 2, 20), "Chương trình",
         "Công tác xây dựng phong trào toàn dân bảo vệ ANTQ năm 2024",
         "Chương trình công tác năm 2024 với các chuyên đề: cao điểm tấn công trấn áp tội phạm; phòng cháy, chữa "
         "cháy; mô hình, điển hình tiên tiến; phát động phong trào.", ("I.2", "II.1")),
    _doc(_UBND, "20/QĐ-UBND", D(2024, 3, 5), "Quyết định", "Củng cố tổ bảo vệ an ninh, trật tự ở cơ sở",
         "Củng cố 06 tổ bảo vệ an ninh, trật tự ở cơ sở với 42 thành viên và 06 đội dân phòng tại các ấp.", ("II.4",)),
    _doc(_CAX, "08/KH-CAX", D(2024, 3, 5), "Kế hoạch", "Phối hợp với Ủy ban MTTQ và các đoàn thể xã năm 2024",
         "Công an xã phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam xã và các đoàn thể trong công tác xây dựng "
         "phong trào toàn dân bảo vệ an ninh Tổ quốc; giao ban hằng tháng.", ("II.5",)),
    _doc(_UBND, "25/QĐ-UBND", D(2024, 3, 12), "Quyết định", "Hỗ trợ kinh phí, trang thiết bị cho lực lượng bảo vệ ANTT",
         "Hỗ trợ 85.000.000 đồng, trang bị 12 bộ đàm và 06 đèn pin chiếu xa cho lực lượng tham gia bảo vệ an ninh, "
         "trật tự ở cơ sở.", ("I.4",)),
    _doc(_CAX, "10/BC-CAX", D(2024, 4, 18), "Báo cáo", "Kết quả tập huấn nghiệp vụ cho lực lượng bảo vệ ANTT ở cơ sở",
         "Phối hợp Công an huyện tổ chức 02 lớp tập huấn nghiệp vụ cho 48 thành viên tổ bảo vệ an ninh, trật tự "
         "ở cơ sở.", ("III.12",)),
    _doc(_CAX, "18/BC-CAX", D(2024, 5, 20), "Báo cáo", "Kết quả tuyên truyền, phổ biến pháp luật 05 tháng năm 2024",
         "Tổ chức 03 buổi tuyên truyền pháp luật về phòng cháy, chữa cháy, trật tự an toàn giao thông và bảo vệ bí "
         "mật Nhà nước cho 98 lượt cán bộ, công chức, đảng viên.", ("II.2",)),
    _doc(_CAX, "20/BC-CAX", D(2024, 5, 25), "Báo cáo",
         "Công tác quản lý cư trú, căn cước, Đề án 06 và quản lý đối tượng",
         "Dữ liệu dân cư bảo đảm “Đúng, đủ, sạch, sống”; hướng dẫn kích hoạt 4.215 tài khoản định danh điện tử; "
         "18/18 đối tượng có hồ sơ; tiếp nhận, chuyển 100 % tin báo tố giác tội phạm.", ("III.13", "III.14", "III.15")),
    _doc(_UBND, "15/BC-UBND", D(2024, 5, 31), "Báo cáo", "Công tác tiếp công dân, giải quyết đơn thư 05 tháng năm 2024",
         "Niêm yết lịch tiếp công dân tại trụ sở; tiếp công dân định kỳ 05/05 kỳ và 02 lần đột xuất; giải quyết "
         "04/04 đơn thư thuộc thẩm quyền.", ("I.5",)),
    _doc(_CAX, "22/BC-CAX", D(2024, 5, 30), "Báo cáo", "Tình hình an ninh, trật tự 05 tháng năm 2024",
         "Tình hình an ninh, trật tự ổn định; không có tụ điểm phức tạp, không có vụ việc phức tạp, không có tội "
         "phạm kinh tế, không có khiếu kiện đông người; không có đơn thư phản ánh cán bộ Công an xã.",
         ("III.1", "III.2", "III.6", "III.7", "III.8", "III.9", "III.17")),
)

# evidence of June to early October (end of the year only)
DOCUMENTS_END = (
    _doc(_CAX, "28/BC-CAX", D(2024, 6, 28), "Báo cáo", "Sơ kết 06 tháng công tác phối hợp năm 2024",
         "Sơ kết 06 tháng thực hiện kế hoạch phối hợp với Ủy ban MTTQ Việt Nam xã và các đoàn thể; giao ban đủ 06 "
         "kỳ.", ("II.5",)),
    _doc(_UBND, "35/BC-UBND", D(2024, 7, 15), "Báo cáo", "Kết quả duy trì mô hình “Dân vận khéo” và mô hình về ANTT",
         "Duy trì mô hình “Dân vận khéo” “Tổ tự quản đường giao thông nông thôn” và 02 mô hình “Tổ liên gia an toàn "
         "PCCC”, “Camera an ninh” hoạt động hiệu quả.", ("II.6",)),
    _doc(_UBND, "48/QĐ-UBND", D(2024, 8, 5), "Quyết định", "Công nhận sáng kiến “Phiếu hẹn điện tử”",
         "Công nhận sáng kiến “Phiếu hẹn điện tử” của Công an xã, rút ngắn thời gian giải quyết thủ tục cư trú.",
         ("III.16",)),
    _doc(("UBND TỈNH ĐỒNG THÁP", "ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP", "UBND tỉnh Đồng Tháp"), "1234/QĐ-UBND",
         D(2024, 8, 15), "Quyết định", "Tặng Bằng khen về phong trào toàn dân bảo vệ ANTQ",
         "Tặng Bằng khen cho tập thể Công an xã Thanh Mỹ đã có thành tích xuất sắc trong phong trào toàn dân bảo "
         "vệ an ninh Tổ quốc.", ("I.7", "II.7")),
    _doc(_CAX, "41/BC-CAX", D(2024, 8, 20), "Báo cáo",
         "Kết quả tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc năm 2024",
         "Ngày 16/8/2024, xã tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc tại ấp 2 với hơn 400 lượt người dân "
         "tham gia; biểu dương 02 điển hình tiên tiến.", ("II.3", "II.7")),
    _doc(("UBND HUYỆN THÁP MƯỜI", "ỦY BAN NHÂN DÂN HUYỆN THÁP MƯỜI", "UBND huyện Tháp Mười"), "567/QĐ-UBND",
         D(2024, 8, 20), "Quyết định", "Tặng Giấy khen về phong trào toàn dân bảo vệ ANTQ năm 2024",
         "Tặng Giấy khen cho 03 lượt tập thể, cá nhân của xã Thanh Mỹ có thành tích trong phong trào toàn dân bảo "
         "vệ an ninh Tổ quốc.", ("I.7", "II.7")),
    _doc(("CÔNG AN TỈNH ĐỒNG THÁP", "CÔNG AN HUYỆN THÁP MƯỜI", "Công an huyện Tháp Mười"), "210/QĐ-CAH",
         D(2024, 8, 30), "Quyết định", "Công nhận “Đơn vị văn hóa, gương mẫu chấp hành điều lệnh CAND”",
         "Công nhận Công an xã Thanh Mỹ đạt “Đơn vị văn hóa, gương mẫu chấp hành điều lệnh Công an nhân dân” năm "
         "2024; trụ sở làm việc độc lập, khang trang.", ("III.18",)),
    _doc(_CAX, "40/BC-CAX", D(2024, 9, 10), "Báo cáo", "Công tác phòng cháy, chữa cháy 09 tháng năm 2024",
         "Tuyên truyền PCCC đến 100 % hộ dân; không xảy ra cháy, nổ nghiêm trọng; 27/27 cơ sở thuộc diện quản lý "
         "có hồ sơ theo dõi.", ("III.5",)),
    _doc(("UBND HUYỆN THÁP MƯỜI", "BAN CHỈ ĐẠO 138 HUYỆN THÁP MƯỜI", "Ban Chỉ đạo 138 huyện Tháp Mười"),
         "215/TB-BCĐ", D(2024, 9, 20), "Thông báo", "Kết quả phân loại phong trào toàn dân bảo vệ ANTQ năm 2024",
         "Phong trào toàn dân bảo vệ an ninh Tổ quốc xã Thanh Mỹ năm 2024 được đánh giá, phân loại đạt loại Xuất "
         "sắc.", ("II.8",)),
    _doc(_CAX, "52/BC-CAX", D(2024, 9, 25), "Báo cáo", "Tình hình an ninh, trật tự 09 tháng năm 2024",
         "Tình hình an ninh, trật tự ổn định; xảy ra 13 vụ phạm tội về trật tự xã hội, giảm 01 vụ so với năm 2023; "
         "còn 03 người nghiện, giảm 02 người; không xảy ra cháy, nổ nghiêm trọng.",
         ("III.1", "III.2", "III.3", "III.4", "III.6", "III.7", "III.8", "III.9", "III.14", "III.15", "III.17")),
    _doc(_CAX, "44/BC-CAX", D(2024, 9, 27), "Báo cáo", "Kết quả kiểm tra công tác bảo đảm ANTT tại các ấp",
         "Kiểm tra 06/06 ấp về công tác bảo đảm an ninh, trật tự và xây dựng phong trào toàn dân bảo vệ an ninh Tổ "
         "quốc.", ("III.11",)),
    _doc(_CAX, "46/BC-CAX", D(2024, 10, 1), "Báo cáo", "Kết quả tổ chức các tháng, ngày hành động năm 2024",
         "Tổ chức đầy đủ các hoạt động hưởng ứng Tháng hành động phòng, chống ma túy, Ngày môi trường thế giới, "
         "Ngày phòng, chống mua bán người, Ngày hội toàn dân bảo vệ ANTQ, Tháng An toàn giao thông; ra quân hưởng "
         "ứng Ngày toàn dân PCCC ngày 01/10/2024.", ("II.3",)),
)

VALUES_MID: dict[str, dict[str, object]] = {
    "I.1": {"to_chuc_quan_triet": True},
    "I.2": {"nghi_quyet_dang_uy": "2024-01-18", "ke_hoach_ubnd": "2024-02-02",
            "chuong_trinh_hoi_dong": "2024-02-20", "trien_khai_chuyen_de": True},
    "I.3": {"hoi_nghi_tong_ket": True, "cach_lam_hay": 1},
    "I.4": {"ho_tro_kinh_phi": True},
    "I.5": {"tiep_cong_dan": True, "don_thu_ton_dong": False},
    "I.6": {"xep_loai_dang_bo": "Hoàn thành tốt nhiệm vụ", "danh_hieu_ubnd": "Tập thể lao động tiên tiến",
            "xep_loai_to_chuc_ctxh": "Khá", "can_bo_vi_pham": False},
    "II.1": {"kien_toan_hoi_dong": True, "quy_che_hoi_dong": True},
    "II.2": {"tuyen_truyen_phap_luat": 3},
    "II.3": {"hoat_dong_huong_ung.thang_6": "2024-06-03", "hoat_dong_huong_ung.ngay_05_6": "2024-06-05"},
    "II.4": {"kien_toan_luc_luong": True, "ca_nhan_vi_pham": False},
    "II.5": {"ke_hoach_phoi_hop": True, "giao_ban_hang_thang": True, "tong_ket_nam": True},
    "III.1": {"tu_diem_phuc_tap": False},
    "III.2": {"vu_viec_phuc_tap": False, "toi_pham_co_to_chuc": False, "tin_dung_den": False},
    "III.6": {"tai_nan_giao_thong": False, "dua_xe_trai_phep": False},
    "III.7": {"vu_viec_tai_nguyen_moi_truong": False},
    "III.8": {"pham_toi_kinh_te": False},
    "III.9": {"tap_trung_dong_nguoi": False, "khieu_kien_vuot_cap": False},
    "III.10": {"chuong_trinh_ke_hoach": True},
    "III.11": {"so_ap_kiem_tra.done": 3, "so_ap_kiem_tra.total": 6},
    "III.12": {"tap_huan": 2},
    "III.13": {"du_lieu_dan_cu": True, "huong_dan_de_an_06": True},
    "III.14": {"ho_so_doi_tuong.done": 18, "ho_so_doi_tuong.total": 18, "ty_le_tai_pham.count": 0,
               "ty_le_tai_pham.base": 9},
    "III.15": {"tin_bao_to_giac.done": 5, "tin_bao_to_giac.total": 5},
    "III.17": {"don_thu_phan_anh": False, "can_bo_chien_si_ky_luat": False},
    "III.19": {"xep_loai_don_vi": "Hoàn thành tốt nhiệm vụ", "xep_loai_chi_bo": "Hoàn thành tốt nhiệm vụ",
               "can_bo_hoan_thanh_tot.done": 7, "can_bo_hoan_thanh_tot.total": 7},
}

VALUES_END: dict[str, dict[str, object]] = {
    "I.7": {"khen_thuong": 2},
    "II.3": {"hoat_dong_huong_ung.thang_6": "2024-06-03", "hoat_dong_huong_ung.ngay_26_6": "2024-06-26",
             "hoat_dong_huong_ung.ngay_05_6": "2024-06-05", "hoat_dong_huong_ung.ngay_30_7": "2024-07-30",
             "hoat_dong_huong_ung.ngay_19_8": "2024-08-16", "hoat_dong_huong_ung.thang_9": "2024-09-04",
             "hoat_dong_huong_ung.ngay_04_10": "2024-10-01"},
    "II.5": {"so_ket_6_thang": True},
    "II.6": {"mo_hinh_dan_van_kheo": 1, "mo_hinh_antq": 2},
    "II.7": {"bang_khen": 1, "giay_khen": 3, "dien_hinh_tien_tien": 2},
    "II.8": {"phan_loai_phong_trao": "Xuất sắc"},
    "III.3": {"vu_pham_toi_trat_tu_xa_hoi.previous": 14, "vu_pham_toi_trat_tu_xa_hoi.current": 13},
    "III.4": {"nguoi_nghien.previous": 5, "nguoi_nghien.current": 3, "nghien_moi_tai_nghien": False,
              "trong_cay_ma_tuy": False},
    "III.5": {"chay_no_nghiem_trong": False, "ho_so_pccc.done": 27, "ho_so_pccc.total": 27},
    "III.11": {"so_ap_kiem_tra.done": 6, "so_ap_kiem_tra.total": 6},
    "III.15": {"tin_bao_to_giac.done": 11, "tin_bao_to_giac.total": 11},
    "III.16": {"sang_kien": True},
    "III.18": {"tru_so": True, "don_vi_van_hoa": True},
}

# criteria whose result comes later in the year: in progress in June
LATER = {"I.7", "II.3", "II.5", "II.6", "II.7", "II.8", "III.3", "III.4", "III.5", "III.11", "III.16", "III.18"}

RESULTS_MID = {
    "I.1": "Đảng ủy, UBND xã tổ chức hội nghị quán triệt các văn bản chỉ đạo của cấp trên về công tác bảo đảm ANTT và "
           "xây dựng phong trào toàn dân bảo vệ ANTQ, có 126 lượt cán bộ, đảng viên tham dự.",
    "I.2": "Đảng ủy xã ban hành Nghị quyết ngày 18/01/2024; UBND xã ban hành Kế hoạch ngày 02/02/2024; Hội đồng bảo vệ "
           "ANTT xã ban hành Chương trình công tác ngày 20/02/2024, triển khai đủ các chuyên đề.",
    "I.3": "Tổ chức hội nghị tổng kết công tác năm 2023 và triển khai nhiệm vụ năm 2024 (ngày 16/01/2024); duy trì "
           "cách làm hay “Camera an ninh - Mắt thần khu dân cư” tại ấp 3.",
    "I.4": "UBND xã hỗ trợ 85.000.000 đồng kinh phí, trang bị 12 bộ đàm và 06 đèn pin chiếu xa cho lực lượng tham gia "
           "bảo vệ ANTT ở cơ sở.",
    "I.5": "Niêm yết lịch tiếp công dân tại trụ sở; tiếp công dân định kỳ 05/05 kỳ và 02 lần đột xuất; giải quyết "
           "04/04 đơn thư thuộc thẩm quyền, không tồn đọng.",
    "I.6": "Tổng kết năm 2023: Đảng bộ xã đạt “Hoàn thành tốt nhiệm vụ”; UBND xã đạt danh hiệu “Tập thể lao động tiên "
           "tiến”; các tổ chức chính trị - xã hội đạt loại Khá trở lên; không có cán bộ vi phạm.",
    "I.7": "Đang đề nghị cấp trên khen thưởng tập thể, cá nhân có thành tích trong phong trào.",
    "II.1": "Kiện toàn Hội đồng bảo vệ ANTT xã gồm 09 thành viên; ban hành quy chế hoạt động, phân công nhiệm vụ cụ "
            "thể cho từng thành viên.",
    "II.2": "Tổ chức 03 buổi tuyên truyền pháp luật về phòng cháy, chữa cháy, trật tự an toàn giao thông và bảo vệ bí "
            "mật Nhà nước cho 98 lượt cán bộ, công chức, đảng viên.",
    "II.3": "Đã tổ chức hưởng ứng Tháng hành động phòng, chống ma túy và Ngày môi trường thế giới; các hoạt động còn "
            "lại theo kế hoạch đến tháng 10/2024.",
    "II.4": "Củng cố 06 tổ bảo vệ ANTT ở cơ sở với 42 thành viên, 06 đội dân phòng; không có cá nhân vi phạm pháp "
            "luật.",
    "II.5": "Công an xã ký kế hoạch phối hợp với Ủy ban MTTQ và các đoàn thể; giao ban hằng tháng; đã tổng kết năm "
            "2023, sơ kết 06 tháng năm 2024 trong tháng 6.",
    "II.6": "Đang củng cố mô hình “Dân vận khéo” và các mô hình về phong trào toàn dân bảo vệ ANTQ.",
    "II.7": "Đang xét khen thưởng các tập thể, cá nhân có thành tích.",
    "II.8": "Chờ kết quả đánh giá, phân loại phong trào năm 2024 của Ban Chỉ đạo 138 huyện.",
    "III.1": "Trên địa bàn không có tụ điểm phức tạp về hình sự, ma túy, tệ nạn xã hội.",
    "III.2": "Không xảy ra vụ việc phức tạp về ANTT; không có hoạt động của tội phạm có tổ chức, “tín dụng đen”.",
    "III.3": "05 tháng xảy ra 06 vụ phạm tội về trật tự xã hội; số liệu cả năm so sánh khi tổng kết.",
    "III.4": "Đang quản lý 04 người nghiện ma túy; tiếp tục vận động cai nghiện.",
    "III.5": "Đang lập hồ sơ quản lý cho các cơ sở thuộc diện quản lý về phòng cháy, chữa cháy.",
    "III.6": "Không xảy ra tai nạn giao thông nghiêm trọng do công dân trên địa bàn gây ra; không có đua xe trái phép.",
    "III.7": "Không xảy ra vụ việc phức tạp về tài nguyên, môi trường, an toàn thực phẩm.",
    "III.8": "Không phát hiện tội phạm về kinh tế, tham nhũng, buôn lậu, hàng giả, hàng cấm.",
    "III.9": "Không có công dân lợi dụng quyền khiếu nại, tố cáo tụ tập đông người, khiếu kiện vượt cấp.",
    "III.10": "Có chương trình, kế hoạch bảo đảm ANTT năm 2024 và tổ chức thực hiện đạt các chỉ tiêu đề ra.",
    "III.11": "Đã kiểm tra 03/06 ấp; các ấp còn lại kiểm tra trong quý III/2024.",
    "III.12": "Phối hợp Công an huyện tổ chức 02 lớp tập huấn nghiệp vụ cho lực lượng bảo vệ ANTT ở cơ sở.",
    "III.13": "Quản lý tốt ngành nghề kinh doanh có điều kiện; dữ liệu dân cư bảo đảm “Đúng, đủ, sạch, sống”; hướng "
              "dẫn Nhân dân kích hoạt 4.215 tài khoản định danh điện tử.",
    "III.14": "18/18 đối tượng thuộc diện quản lý có hồ sơ; 09 người chấp hành xong án phạt tù về địa phương, không có "
              "người tái phạm.",
    "III.15": "Tiếp nhận 05 tin báo, tố giác tội phạm; 100 % được kiểm tra, xác minh sơ bộ và chuyển cơ quan điều tra.",
    "III.16": "Đang hoàn thiện sáng kiến “Phiếu hẹn điện tử” để đề nghị công nhận.",
    "III.17": "Không có đơn, thư phản ánh về thái độ của cán bộ Công an xã; không có cán bộ, chiến sĩ bị kỷ luật.",
    "III.18": "Công an xã có trụ sở làm việc độc lập; đang đề nghị công nhận “Đơn vị văn hóa, gương mẫu chấp hành điều "
              "lệnh CAND”.",
    "III.19": "Năm 2023, Công an xã được xếp loại “Hoàn thành tốt nhiệm vụ”; Chi bộ “Hoàn thành tốt nhiệm vụ”; 07/07 "
              "cán bộ, chiến sĩ hoàn thành tốt nhiệm vụ trở lên.",
}

RESULTS_END = {
    "I.5": "Niêm yết lịch tiếp công dân tại trụ sở; tiếp công dân định kỳ 09/09 kỳ và 04 lần đột xuất; giải quyết "
           "09/09 đơn thư thuộc thẩm quyền, không tồn đọng.",
    "I.7": "Tập thể Công an xã được Chủ tịch UBND tỉnh tặng Bằng khen; 03 lượt tập thể, cá nhân được Chủ tịch UBND "
           "huyện tặng Giấy khen về công tác xây dựng phong trào toàn dân bảo vệ ANTQ.",
    "II.3": "Tổ chức đầy đủ các hoạt động hưởng ứng Tháng hành động phòng, chống ma túy, Ngày môi trường thế giới, "
            "Ngày phòng, chống mua bán người, Ngày hội toàn dân bảo vệ ANTQ, Tháng An toàn giao thông và Ngày toàn dân "
            "PCCC.",
    "II.5": "Công an xã ký kế hoạch phối hợp với Ủy ban MTTQ và các đoàn thể; giao ban hằng tháng; tổng kết năm 2023 "
            "ngày 10/01/2024, sơ kết 06 tháng năm 2024 ngày 28/6/2024.",
    "II.6": "Duy trì mô hình “Dân vận khéo” “Tổ tự quản đường giao thông nông thôn” và 02 mô hình “Tổ liên gia an toàn "
            "PCCC”, “Camera an ninh”.",
    "II.7": "01 tập thể được UBND tỉnh tặng Bằng khen; 03 lượt tập thể, cá nhân được UBND huyện tặng Giấy khen; 02 "
            "điển hình tiên tiến được biểu dương.",
    "II.8": "Phong trào toàn dân bảo vệ ANTQ năm 2024 được Ban Chỉ đạo 138 huyện đánh giá, phân loại đạt loại Xuất "
            "sắc.",
    "III.3": "Xảy ra 13 vụ phạm tội về trật tự xã hội, giảm 01 vụ (7,1 %) so với năm 2023.",
    "III.4": "Còn 03 người nghiện ma túy, giảm 02 người (40 %) so với năm 2023; không phát sinh người nghiện mới; "
             "không có trồng cây có chứa chất ma túy.",
    "III.5": "Tuyên truyền PCCC đến 100 % hộ dân; không xảy ra cháy, nổ nghiêm trọng; 27/27 cơ sở thuộc diện quản lý "
             "có hồ sơ theo dõi.",
    "III.11": "Đã kiểm tra 06/06 ấp về công tác bảo đảm ANTT và xây dựng phong trào toàn dân bảo vệ ANTQ.",
    "III.15": "Tiếp nhận 11 tin báo, tố giác tội phạm; 100 % được kiểm tra, xác minh sơ bộ và chuyển cơ quan điều tra.",
    "III.16": "Cán bộ, chiến sĩ chấp hành nghiêm điều lệnh; sáng kiến “Phiếu hẹn điện tử” được UBND xã công nhận, rút "
              "ngắn thời gian giải quyết thủ tục cư trú.",
    "III.18": "Công an xã có trụ sở làm việc độc lập; được công nhận “Đơn vị văn hóa, gương mẫu chấp hành điều lệnh "
              "CAND” năm 2024.",
}


def find_demo(services: Services) -> DossierInfo | None:
    for info in services.dossiers.list_dossiers():
        if (info.unit.name, info.unit.district, info.unit.province, info.year) == (
                UNIT.name, UNIT.district, UNIT.province, YEAR) and info.framework_id == FRAMEWORK_ID:
            return info
    return None


_render = lru_cache(maxsize=None)(render_sample_pdf)   # the same bytes each time: render once per process


def _attach(services: Services, dossier_id: int,
            documents: Iterable[tuple[SampleDocument, str, tuple[str, ...]]]) -> None:
    for doc, issuer, codes in documents:
        data = _render(doc)
        file_name = f"{doc.doc_type} {doc.number.replace('/', '-')}.pdf"
        meta = EvidenceMetadata(number=doc.number, issued_on=doc.date, issuer=issuer, title=doc.subject)
        first = services.evidence.attach_bytes(dossier_id, codes[0], file_name, data, meta)
        # the sample's details were typed, not read: nothing awaits confirmation
        services.evidence_text.apply_metadata(dossier_id, first.evidence.id, fields=(), state=CONFIRMED)
        for code in codes[1:]:
            services.evidence.link(dossier_id, first.evidence.id, code)


def create_demo(services: Services, state: str = DEFAULT_STATE) -> tuple[DossierInfo, bool]:
    """Create the sample dossier (once) in the given state; returns it and whether it was
    created now."""
    if state not in STATES:
        raise InvalidInput(msg("demo.state_unknown", state=state, known=", ".join(STATES)))
    existing = find_demo(services)
    if existing is not None:
        return existing, False
    from .export import ExportService
    from .issued import IssueService

    settings = DocumentSettings(
        approving_body="Ban Chỉ đạo 138 huyện Tháp Mười",
        issuing_body="HỘI ĐỒNG BẢO VỆ AN NINH, TRẬT TỰ",
        issuing_body_parent=_PARENT,
        place="Thanh Mỹ",
        signer_name="Nguyễn Văn Hùng",
        plan_reference="Kế hoạch số 11/KH-BCĐ138 ngày 15/01/2024 của Ban Chỉ đạo 138 huyện Tháp Mười về xây dựng "
                       "xã Thanh Mỹ điển hình về phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2024",
        recipients=["Ban Chỉ đạo 138 huyện Tháp Mười", "Công an huyện Tháp Mười", "Thường trực Đảng ủy, UBND xã"],
        texts={"ghi_chu": "Hồ sơ mẫu để làm quen với PlanDesk; số liệu là ví dụ."},
    )
    info = services.dossiers.create(UNIT, YEAR, FRAMEWORK_ID, settings=settings)
    dossiers = services.dossiers
    for name, position, role in COUNCIL:
        dossiers.add_member(info.id, CouncilMember(name, position, role))
    framework = dossiers.framework(info.id)
    dossiers.update_settings(info.id, numbers={"ke_hoach": "02"}, dates={"ke_hoach": f"{YEAR}-01-25"})
    dossiers.set_deadline(info.id, "ke_hoach", done_on=dt.date(YEAR, 1, 25))

    # -- early June ---------------------------------------------------------------------------
    _attach(services, info.id, DOCUMENTS_MID)
    for criterion in framework.criteria:
        code = criterion.code
        lead, cooperating = LEAD_UNITS[criterion.group]
        dossiers.update_assessment(info.id, code, values=VALUES_MID.get(code) or None, result=RESULTS_MID[code],
                                   status="dang_thuc_hien" if code in LATER else "dat", lead_unit=lead,
                                   cooperating_units=cooperating, deadline=dt.date(YEAR, 9, 30))
    issue = IssueService(ExportService(dossiers, services.evidence))
    issue.issue(info.id, "bao-cao-6-thang", "09", dt.date(YEAR, 6, 4))
    dossiers.set_deadline(info.id, "bao_cao_6_thang", done_on=dt.date(YEAR, 6, 4))
    if state == "giua-nam":
        return dossiers.info(info.id), True

    # -- early October: every criterion met, the council's meeting, the dossier ready -------------
    _attach(services, info.id, DOCUMENTS_END)
    for code in sorted(LATER | set(RESULTS_END), key=[c.code for c in framework.criteria].index):
        dossiers.update_assessment(info.id, code, values=VALUES_END.get(code) or None,
                                   result=RESULTS_END.get(code, RESULTS_MID[code]), status="dat")
    dossiers.update_settings(
        info.id,
        numbers={"ke_hoach": "02", "bao_cao_6_thang": "09", "bao_cao": "15", "bien_ban": "16", "to_trinh": "17"},
        dates={"ke_hoach": "2024-01-25", "bao_cao_6_thang": "2024-06-04", "bao_cao": "2024-10-02",
               "bien_ban": "2024-10-03", "to_trinh": "2024-10-04"},
        meeting={"date": "2024-10-03", "start": "08:00", "end": "10:30",
                 "place": "Hội trường Ủy ban nhân dân xã Thanh Mỹ", "absent": "Ngô Văn Út (đi công tác)",
                 "votes_for": "8", "votes_against": "0"})
    return dossiers.info(info.id), True


# the results of the end of the year, every criterion (also used by the benchmark generator)
RESULTS = {**RESULTS_MID, **RESULTS_END}
