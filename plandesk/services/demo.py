"""The sample dossier: xã Thanh Mỹ, huyện Tháp Mười, tỉnh Đồng Tháp, năm 2024 (the commune of
seed 003), with the council, values for every condition, decisions, results and a few
evidence documents rendered on the fly. It is sample data and says so in its settings."""
from __future__ import annotations

import datetime as dt

from plandesk.documents.sample_evidence import SampleDocument, render_sample_pdf
from plandesk.domain.dossier import CouncilRole, DocumentSettings, DossierInfo, UnitInfo

from . import Services
from .evidence import EvidenceMetadata
from .evidence_text import CONFIRMED

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

VALUES: dict[str, dict[str, object]] = {
    "I.1": {"to_chuc_quan_triet": True},
    "I.2": {"nghi_quyet_dang_uy": "2024-01-18", "ke_hoach_ubnd": "2024-02-02",
            "chuong_trinh_hoi_dong": "2024-02-20", "trien_khai_chuyen_de": True},
    "I.3": {"hoi_nghi_tong_ket": True, "cach_lam_hay": 1},
    "I.4": {"ho_tro_kinh_phi": True},
    "I.5": {"tiep_cong_dan": True, "don_thu_ton_dong": False},
    "I.6": {"xep_loai_dang_bo": "Hoàn thành tốt nhiệm vụ", "danh_hieu_ubnd": "Tập thể lao động tiên tiến",
            "xep_loai_to_chuc_ctxh": "Khá", "can_bo_vi_pham": False},
    "I.7": {"khen_thuong": 2},
    "II.1": {"kien_toan_hoi_dong": True, "quy_che_hoi_dong": True},
    "II.2": {"tuyen_truyen_phap_luat": 3},
    "II.3": {"hoat_dong_huong_ung.thang_6": "2024-06-03", "hoat_dong_huong_ung.ngay_26_6": "2024-06-26",
             "hoat_dong_huong_ung.ngay_05_6": "2024-06-05", "hoat_dong_huong_ung.ngay_30_7": "2024-07-30",
             "hoat_dong_huong_ung.ngay_19_8": "2024-08-16", "hoat_dong_huong_ung.thang_9": "2024-09-04",
             "hoat_dong_huong_ung.ngay_04_10": "2024-10-03"},
    "II.4": {"kien_toan_luc_luong": True, "ca_nhan_vi_pham": False},
    "II.5": {"ke_hoach_phoi_hop": True, "giao_ban_hang_thang": True, "so_ket_6_thang": True, "tong_ket_nam": False},
    "II.6": {"mo_hinh_dan_van_kheo": 1, "mo_hinh_antq": 2},
    "II.7": {"bang_khen": 1, "giay_khen": 3, "dien_hinh_tien_tien": 2},
    "II.8": {},
    "III.1": {"tu_diem_phuc_tap": False},
    "III.2": {"vu_viec_phuc_tap": False, "toi_pham_co_to_chuc": False, "tin_dung_den": False},
    "III.3": {"vu_pham_toi_trat_tu_xa_hoi.previous": 14, "vu_pham_toi_trat_tu_xa_hoi.current": 13},
    "III.4": {"nguoi_nghien.previous": 5, "nguoi_nghien.current": 3, "nghien_moi_tai_nghien": False,
              "trong_cay_ma_tuy": False},
    "III.5": {"chay_no_nghiem_trong": False, "ho_so_pccc.done": 27, "ho_so_pccc.total": 27},
    "III.6": {"tai_nan_giao_thong": False, "dua_xe_trai_phep": False},
    "III.7": {"vu_viec_tai_nguyen_moi_truong": False},
    "III.8": {"pham_toi_kinh_te": False},
    "III.9": {"tap_trung_dong_nguoi": False, "khieu_kien_vuot_cap": False},
    "III.10": {"chuong_trinh_ke_hoach": True},
    "III.11": {"so_ap_kiem_tra.done": 5, "so_ap_kiem_tra.total": 6},
    "III.12": {"tap_huan": 2},
    "III.13": {"du_lieu_dan_cu": True, "huong_dan_de_an_06": True},
    "III.14": {"ho_so_doi_tuong.done": 18, "ho_so_doi_tuong.total": 18, "ty_le_tai_pham.count": 0,
               "ty_le_tai_pham.base": 9},
    "III.15": {"tin_bao_to_giac.done": 11, "tin_bao_to_giac.total": 11},
    "III.16": {"sang_kien": True},
    "III.17": {"don_thu_phan_anh": False, "can_bo_chien_si_ky_luat": False},
    "III.18": {"tru_so": True, "don_vi_van_hoa": True},
    "III.19": {"xep_loai_don_vi": "Hoàn thành tốt nhiệm vụ", "xep_loai_chi_bo": "Hoàn thành tốt nhiệm vụ",
               "can_bo_hoan_thanh_tot.done": 7, "can_bo_hoan_thanh_tot.total": 7},
}

RESULTS = {
    "I.1": "Đảng ủy, UBND xã tổ chức 02 hội nghị quán triệt các văn bản chỉ đạo của cấp trên về công tác bảo đảm ANTT và xây dựng phong trào toàn dân bảo vệ ANTQ, có 126 lượt cán bộ, đảng viên tham dự.",
    "I.2": "Đảng ủy xã ban hành Nghị quyết ngày 18/01/2024; UBND xã ban hành Kế hoạch ngày 02/02/2024; Hội đồng bảo vệ ANTT xã ban hành Chương trình công tác ngày 20/02/2024, triển khai đủ các chuyên đề.",
    "I.3": "Tổ chức Hội nghị tổng kết công tác năm 2023 và triển khai nhiệm vụ năm 2024; duy trì cách làm hay “Camera an ninh - Mắt thần khu dân cư” tại ấp 3.",
    "I.4": "UBND xã hỗ trợ 85.000.000 đồng kinh phí, trang bị 12 bộ đàm và 06 đèn pin chiếu xa cho lực lượng tham gia bảo vệ ANTT ở cơ sở.",
    "I.5": "Niêm yết lịch tiếp công dân tại trụ sở; tiếp công dân định kỳ 12/12 kỳ và 04 lần đột xuất; giải quyết 09/09 đơn thư thuộc thẩm quyền, không tồn đọng.",
    "I.6": "Tổng kết năm 2023: Đảng bộ xã đạt “Hoàn thành tốt nhiệm vụ”; UBND xã đạt danh hiệu “Tập thể lao động tiên tiến”; các tổ chức chính trị - xã hội đạt loại Khá trở lên; không có cán bộ vi phạm.",
    "I.7": "Tập thể Công an xã và 01 cá nhân được Chủ tịch UBND huyện tặng Giấy khen về công tác xây dựng phong trào toàn dân bảo vệ ANTQ.",
    "II.1": "Kiện toàn Hội đồng bảo vệ ANTT xã gồm 09 thành viên; ban hành quy chế hoạt động, phân công nhiệm vụ cụ thể cho từng thành viên.",
    "II.2": "Tổ chức 03 buổi tuyên truyền pháp luật về phòng cháy, chữa cháy, trật tự an toàn giao thông và bảo vệ bí mật Nhà nước cho 98 lượt cán bộ, công chức, đảng viên.",
    "II.3": "Tổ chức đầy đủ các hoạt động hưởng ứng Tháng hành động phòng, chống ma túy, Ngày môi trường thế giới, Ngày phòng, chống mua bán người, Ngày hội toàn dân bảo vệ ANTQ, Tháng An toàn giao thông và Ngày toàn dân PCCC.",
    "II.4": "Củng cố 06 tổ bảo vệ ANTT ở cơ sở với 42 thành viên, 06 đội dân phòng; không có cá nhân vi phạm pháp luật.",
    "II.5": "Công an xã ký kế hoạch phối hợp với Ủy ban MTTQ và các đoàn thể; giao ban hằng tháng; đã sơ kết 6 tháng, tổng kết năm sẽ tổ chức trong tháng 12/2024.",
    "II.6": "Duy trì mô hình “Dân vận khéo” “Tổ tự quản đường giao thông nông thôn” và 02 mô hình “Tổ liên gia an toàn PCCC”, “Camera an ninh”.",
    "II.7": "01 tập thể được UBND tỉnh tặng Bằng khen; 03 lượt tập thể, cá nhân được UBND huyện tặng Giấy khen; 02 điển hình tiên tiến được biểu dương.",
    "II.8": "Đang chờ kết quả phân loại phong trào năm 2024 của Ban Chỉ đạo 138 huyện.",
    "III.1": "Trên địa bàn không có tụ điểm phức tạp về hình sự, ma túy, tệ nạn xã hội.",
    "III.2": "Không xảy ra vụ việc phức tạp về ANTT; không có hoạt động của tội phạm có tổ chức, “tín dụng đen”.",
    "III.3": "Xảy ra 13 vụ phạm tội về trật tự xã hội, giảm 01 vụ (7,1 %) so với năm 2023.",
    "III.4": "Còn 03 người nghiện ma túy, giảm 02 người (40 %) so với năm 2023; không phát sinh người nghiện mới; không có trồng cây có chứa chất ma túy.",
    "III.5": "Tuyên truyền PCCC đến 100 % hộ dân; không xảy ra cháy, nổ nghiêm trọng; 27/27 cơ sở thuộc diện quản lý có hồ sơ theo dõi.",
    "III.6": "Không xảy ra tai nạn giao thông nghiêm trọng do công dân trên địa bàn gây ra; không có đua xe trái phép.",
    "III.7": "Không xảy ra vụ việc phức tạp về tài nguyên, môi trường, an toàn thực phẩm.",
    "III.8": "Không phát hiện tội phạm về kinh tế, tham nhũng, buôn lậu, hàng giả, hàng cấm.",
    "III.9": "Không có công dân lợi dụng quyền khiếu nại, tố cáo tụ tập đông người, khiếu kiện vượt cấp.",
    "III.10": "Có chương trình, kế hoạch bảo đảm ANTT năm 2024 và tổ chức thực hiện đạt các chỉ tiêu đề ra.",
    "III.11": "Đã kiểm tra 05/06 ấp; ấp 6 dự kiến kiểm tra trong tháng 10/2024.",
    "III.12": "Phối hợp Công an huyện tổ chức 02 lớp tập huấn nghiệp vụ cho lực lượng bảo vệ ANTT ở cơ sở.",
    "III.13": "Quản lý tốt ngành nghề kinh doanh có điều kiện; dữ liệu dân cư bảo đảm “Đúng, đủ, sạch, sống”; hướng dẫn Nhân dân kích hoạt 4.215 tài khoản định danh điện tử.",
    "III.14": "18/18 đối tượng thuộc diện quản lý có hồ sơ; 09 người chấp hành xong án phạt tù về địa phương, không có người tái phạm.",
    "III.15": "Tiếp nhận 11 tin báo, tố giác tội phạm; 100 % được kiểm tra, xác minh sơ bộ và chuyển cơ quan điều tra.",
    "III.16": "Cán bộ, chiến sĩ chấp hành nghiêm điều lệnh; có sáng kiến “Phiếu hẹn điện tử” rút ngắn thời gian giải quyết thủ tục cư trú.",
    "III.17": "Không có đơn, thư phản ánh về thái độ của cán bộ Công an xã; không có cán bộ, chiến sĩ bị kỷ luật.",
    "III.18": "Công an xã có trụ sở làm việc độc lập; được công nhận “Đơn vị văn hóa, gương mẫu chấp hành điều lệnh CAND”.",
    "III.19": "Năm 2023, Công an xã được xếp loại “Hoàn thành tốt nhiệm vụ”; Chi bộ “Hoàn thành tốt nhiệm vụ”; 07/07 cán bộ, chiến sĩ hoàn thành tốt nhiệm vụ trở lên.",
}

IN_PROGRESS = {"II.5", "II.8", "III.11"}

LEAD_UNITS = {"I": ("Văn phòng Đảng ủy - UBND xã", "Ủy ban MTTQ Việt Nam xã"),
              "II": ("Công an xã", "Ủy ban MTTQ và các đoàn thể xã"),
              "III": ("Công an xã", "Ban Chỉ huy Quân sự xã, các ấp")}

_PARENT = "UBND XÃ THANH MỸ"

DOCUMENTS = (
    (SampleDocument("ĐẢNG BỘ HUYỆN THÁP MƯỜI", "ĐẢNG ỦY XÃ THANH MỸ", "05-NQ/ĐU", "Thanh Mỹ", dt.date(2024, 1, 18),
                    "Nghị quyết", "Về lãnh đạo công tác bảo đảm an ninh, trật tự năm 2024",
                    ("Căn cứ Điều lệ Đảng Cộng sản Việt Nam; căn cứ chương trình công tác năm 2024 của Đảng ủy xã,",
                     "Đảng ủy xã Thanh Mỹ quyết nghị lãnh đạo thực hiện công tác bảo đảm an ninh, trật tự và xây "
                     "dựng xã điển hình về phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2024.")),
     "Đảng ủy xã Thanh Mỹ", ("I.2", "I.1")),
    (SampleDocument("UBND HUYỆN THÁP MƯỜI", "ỦY BAN NHÂN DÂN XÃ THANH MỸ", "12/KH-UBND", "Thanh Mỹ",
                    dt.date(2024, 2, 2), "Kế hoạch", "Bảo đảm an ninh, trật tự năm 2024",
                    ("Thực hiện Nghị quyết số 05-NQ/ĐU ngày 18/01/2024 của Đảng ủy xã, Ủy ban nhân dân xã ban hành "
                     "kế hoạch bảo đảm an ninh, trật tự và xây dựng xã điển hình năm 2024.",)),
     "UBND xã Thanh Mỹ", ("I.2", "III.10")),
    (SampleDocument(_PARENT, "HỘI ĐỒNG BẢO VỆ AN NINH, TRẬT TỰ", "03/CTr-HĐ", "Thanh Mỹ", dt.date(2024, 2, 20),
                    "Chương trình", "Công tác xây dựng phong trào toàn dân bảo vệ ANTQ năm 2024",
                    ("Hội đồng bảo vệ an ninh, trật tự xã xây dựng chương trình công tác năm 2024 với các chuyên "
                     "đề: cao điểm tấn công trấn áp tội phạm; phòng cháy, chữa cháy; mô hình, điển hình tiên tiến.",)),
     "Hội đồng bảo vệ ANTT xã", ("I.2", "II.1")),
    (SampleDocument(_PARENT, "CÔNG AN XÃ THANH MỸ", "08/KH-CAX", "Thanh Mỹ", dt.date(2024, 3, 5), "Kế hoạch",
                    "Phối hợp với Ủy ban MTTQ và các đoàn thể xã năm 2024",
                    ("Công an xã phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam xã và các đoàn thể trong công tác "
                     "xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc; giao ban hằng tháng.",)),
     "Công an xã Thanh Mỹ", ("II.5",)),
    (SampleDocument(_PARENT, "CÔNG AN XÃ THANH MỸ", "41/BC-CAX", "Thanh Mỹ", dt.date(2024, 8, 20), "Báo cáo",
                    "Kết quả tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc năm 2024",
                    ("Ngày 16/8/2024, xã tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc tại ấp 2 với hơn 400 "
                     "lượt người dân tham gia; biểu dương 02 điển hình tiên tiến.",)),
     "Công an xã Thanh Mỹ", ("II.3", "II.7")),
    (SampleDocument(_PARENT, "CÔNG AN XÃ THANH MỸ", "52/BC-CAX", "Thanh Mỹ", dt.date(2024, 9, 25), "Báo cáo",
                    "Tình hình an ninh, trật tự 9 tháng năm 2024",
                    ("Tình hình an ninh, trật tự trên địa bàn xã ổn định; xảy ra 13 vụ phạm tội về trật tự xã hội, "
                     "giảm 01 vụ so với cùng kỳ; không xảy ra cháy, nổ nghiêm trọng.",)),
     "Công an xã Thanh Mỹ",
     ("III.1", "III.2", "III.3", "III.4", "III.5", "III.6", "III.7", "III.8", "III.9", "III.14", "III.15")),
)


def find_demo(services: Services) -> DossierInfo | None:
    for info in services.dossiers.list_dossiers():
        if (info.unit.name, info.unit.district, info.unit.province, info.year) == (
                UNIT.name, UNIT.district, UNIT.province, YEAR) and info.framework_id == FRAMEWORK_ID:
            return info
    return None


def create_demo(services: Services) -> tuple[DossierInfo, bool]:
    """Create the sample dossier (once); returns it and whether it was created now."""
    existing = find_demo(services)
    if existing is not None:
        return existing, False
    settings = DocumentSettings(
        approving_body="Ban Chỉ đạo 138 huyện Tháp Mười",
        issuing_body="HỘI ĐỒNG BẢO VỆ AN NINH, TRẬT TỰ",
        issuing_body_parent=_PARENT,
        place="Thanh Mỹ",
        signer_name="Nguyễn Văn Hùng",
        plan_reference="Kế hoạch số 11/KH-BCĐ138 ngày 15/01/2024 của Ban Chỉ đạo 138 huyện Tháp Mười về xây dựng "
                       "xã Thanh Mỹ điển hình về phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2024",
        recipients=["Ban Chỉ đạo 138 huyện Tháp Mười", "Công an huyện Tháp Mười", "Đảng ủy, UBND xã"],
        texts={"ghi_chu": "Hồ sơ mẫu để làm quen với PlanDesk; số liệu là ví dụ."},
    )
    info = services.dossiers.create(UNIT, YEAR, FRAMEWORK_ID, settings=settings)
    dossiers = services.dossiers
    for name, position, role in COUNCIL:
        dossiers.add_member(info.id, name, position, role)
    for doc, issuer, codes in DOCUMENTS:
        data = render_sample_pdf(doc)
        file_name = f"{doc.doc_type} {doc.number.replace('/', '-')}.pdf"
        meta = EvidenceMetadata(number=doc.number, issued_on=doc.date, issuer=issuer, title=doc.subject)
        first = services.evidence.attach_bytes(info.id, codes[0], file_name, data, meta)
        # the sample's details were typed, not read: nothing awaits confirmation
        services.evidence_text.apply_metadata(info.id, first.evidence.id, fields=(), state=CONFIRMED)
        for code in codes[1:]:
            services.evidence.link(info.id, first.evidence.id, code)
    framework = dossiers.framework(info.id)
    for criterion in framework.criteria:
        lead, cooperating = LEAD_UNITS[criterion.group]
        in_progress = criterion.code in IN_PROGRESS
        dossiers.update_assessment(
            info.id, criterion.code, values=VALUES.get(criterion.code) or None,
            result=RESULTS.get(criterion.code, ""), lead_unit=lead, cooperating_units=cooperating,
            deadline=dt.date(YEAR, 9, 30),
            explanation="" if in_progress else "Kết quả được xác nhận tại Báo cáo tổng kết năm của Hội đồng bảo vệ "
                                               "ANTT xã và biên bản họp xét.",
            status="dang_thuc_hien" if in_progress else "dat")
    dossiers.set_deadline(info.id, "ke_hoach", done_on=dt.date(YEAR, 1, 29))
    dossiers.set_deadline(info.id, "bao_cao_6_thang", done_on=dt.date(YEAR, 6, 4))
    return info, True
