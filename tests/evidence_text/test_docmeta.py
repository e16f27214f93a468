"""The first-page parser on the headers of real documents (the seeds' variants) and on
generated ones (hypothesis): issuer and parent, number and symbol, type, place, date, subject."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from plandesk.domain.docmeta import Line, display_name, parse_first_page
from plandesk.domain.text import format_date_long

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"   # ../shared/seeds beside the repository


def values(meta):
    return {k: f.value for k, f in meta.fields().items()}


def test_blank_number_and_blank_day_as_in_the_district_plan():
    text = ("\n\nSố: /KH-BCĐ138\n\nTháp Mười, ngày tháng 01 năm 2024\n\nKẾ HOẠCH\nXây dựng xã điển hình về phong trào\n"
            "toàn dân bảo vệ an ninh Tổ quốc năm 2024\n\nThực hiện Kế hoạch số 118/KH-BCĐ138 ngày 31 tháng 3 năm 2023 "
            "của Ban Chỉ đạo 138/ĐP Tỉnh về xây dựng xã, phường, thị trấn điển hình")
    meta = parse_first_page(text)
    assert meta.number.value == "/KH-BCĐ138" and meta.number_only.value == ""
    assert meta.date.value is None and meta.year.value == 2024 and meta.date.confidence > 0.5
    assert meta.place.value == "Tháp Mười"
    assert meta.doc_type.value == "KH" and meta.doc_type.confidence > 0.95
    assert meta.subject.value == "Xây dựng xã điển hình về phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2024"
    assert any("để trống" in n for n in meta.notes)


def test_stray_space_before_the_slash():
    meta = parse_first_page("Số: 860 /KH-UBND\nTây Ninh, ngày 25 tháng 3 năm 2024\nKẾ HOẠCH\n"
                            "Phát động phong trào thi đua “Toàn dân bảo vệ an ninh Tổ quốc” năm 2024\n"
                            "Căn cứ Kế hoạch số 1891/KH-UBND ngày 22 tháng 6 năm 2023 của UBND tỉnh;")
    assert meta.number.value == "860/KH-UBND" and meta.number_only.value == "860"
    assert meta.date.value == dt.date(2024, 3, 25)
    assert meta.subject.value.startswith("Phát động phong trào thi đua") and "Căn cứ" not in meta.subject.value


def test_seed_headers_are_read_without_inventing_an_issuer():
    for name, number, place in (("000_171d3a71864d18c6.txt", "/KH-BCĐ138", "Đồng Tháp"),
                                ("002_869f96d070f2dfb7.txt", "860/KH-UBND", "Tây Ninh"),
                                ("003_83c8521d2986fb5e.txt", "/KH-BCĐ138", "Tháp Mười")):
        path = SEEDS / name
        if not path.is_file():
            pytest.skip(f"the seed documents ({SEEDS.parent.name}/seeds) are not beside this checkout")
        meta = parse_first_page(path.read_text(encoding="utf-8")[:4000])
        assert (meta.number.value, meta.place.value, meta.doc_type.value) == (number, place, "KH")
        assert not meta.issuer.found  # the seeds lost their header table: say nothing rather than guess


def test_columns_sharing_lines_and_a_wrapped_parent():
    lines = ["UBND HUYỆN THÁP MƯỜI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
             "CÔNG AN XÃ THANH MỸ Độc lập - Tự do - Hạnh phúc",
             "Số: 41/BC-CAX Thanh Mỹ, ngày 20 tháng 8 năm 2024", "BÁO CÁO",
             "Kết quả tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc năm 2024",
             "Ngày 16/8/2024, xã tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc tại ấp 2 với hơn 400 lượt người"]
    assert values(parse_first_page(lines)) == {
        "issuer": "CÔNG AN XÃ THANH MỸ", "parent": "UBND HUYỆN THÁP MƯỜI", "number": "41/BC-CAX", "doc_type": "BC",
        "place": "Thanh Mỹ", "date": dt.date(2024, 8, 20),
        "subject": "Kết quả tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc năm 2024"}
    wrapped = [Line("ỦY BAN NHÂN DÂN HUYỆN THÁP", 0.15, 0.46, bold=False), Line("MƯỜI", 0.28, 0.33, bold=False),
               Line("HỘI ĐỒNG BẢO VỆ AN NINH,", 0.17, 0.44, bold=True),
               Line("TRẬT TỰ XÃ THANH MỸ", 0.19, 0.42, bold=True),
               Line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 0.48, 0.89, bold=True),
               Line("Độc lập - Tự do - Hạnh phúc", 0.56, 0.82, bold=True), Line("Số: /TTr-HĐ", 0.24, 0.37),
               Line("Thanh Mỹ, ngày tháng 01 năm 2024", 0.52, 0.85), Line("TỜ TRÌNH", 0.46, 0.58, bold=True),
               Line("Về việc đề nghị công nhận xã Thanh Mỹ điển hình", 0.28, 0.77, bold=True),
               Line("về phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2024", 0.24, 0.8, bold=True),
               Line("Căn cứ Kế hoạch số 11/KH-BCĐ138 ngày 15/01/2024 của Ban Chỉ đạo 138", 0.2, 0.9)]
    meta = parse_first_page(wrapped)
    assert meta.parent.value == "ỦY BAN NHÂN DÂN HUYỆN THÁP MƯỜI"
    assert meta.issuer.value == "HỘI ĐỒNG BẢO VỆ AN NINH, TRẬT TỰ XÃ THANH MỸ"
    assert meta.number.value == "/TTr-HĐ" and meta.date.value is None and meta.doc_type.value == "TTr"
    assert meta.subject.value == ("Về việc đề nghị công nhận xã Thanh Mỹ điển hình về phong trào toàn dân bảo vệ an "
                                  "ninh Tổ quốc năm 2024")


def test_party_number_and_a_cong_van_without_type_title():
    meta = parse_first_page(["ĐẢNG BỘ HUYỆN THÁP MƯỜI", "ĐẢNG ỦY XÃ THANH MỸ", "Số 05-NQ/ĐU",
                             "Thanh Mỹ, ngày 18 tháng 01 năm 2024", "NGHỊ QUYẾT",
                             "Về lãnh đạo công tác bảo đảm an ninh"])
    assert (meta.number.value, meta.doc_type.value, meta.issuer.value) == ("05-NQ/ĐU", "NQ", "ĐẢNG ỦY XÃ THANH MỸ")
    cv = parse_first_page([Line("ỦY BAN NHÂN DÂN", column="left"), Line("XÃ THANH MỸ", column="left"),
                           Line("Số: 125/UBND-VP", column="left"), Line("V/v tổ chức Ngày hội toàn dân", column="left"),
                           Line("bảo vệ an ninh Tổ quốc năm 2024", column="left"),
                           Line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", column="right"),
                           Line("Độc lập - Tự do - Hạnh phúc", column="right"),
                           Line("Thanh Mỹ, ngày 02 tháng 8 năm 2024", column="right"),
                           Line("Kính gửi: Trưởng các ấp", centered=True)])
    assert cv.doc_type.value == "CV" and cv.number.value == "125/UBND-VP"
    assert cv.issuer.value == "ỦY BAN NHÂN DÂN XÃ THANH MỸ" and not cv.parent.value
    assert cv.subject.value == "V/v tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc năm 2024"
    assert cv.date.value == dt.date(2024, 8, 2)


def test_nothing_recognisable_gives_nothing_and_never_raises():
    for text in ("", "\x00\x01", "I. MỤC TIÊU, YÊU CẦU\n1. Củng cố", "Số: \nngày tháng năm", "x" * 5000):
        meta = parse_first_page(text)
        assert not meta.issuer.found and not meta.date.value


def test_display_name():
    assert display_name("CÔNG AN XÃ THANH MỸ") == "Công an xã Thanh Mỹ"
    assert display_name("ỦY BAN NHÂN DÂN HUYỆN THÁP MƯỜI") == "Ủy ban nhân dân huyện Tháp Mười"
    assert display_name("ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM XÃ MỸ AN") == "Ủy ban Mặt trận Tổ quốc Việt Nam xã Mỹ An"
    assert display_name("ĐẢNG ỦY XÃ THANH MỸ") == "Đảng ủy xã Thanh Mỹ"
    assert display_name("UBND THỊ TRẤN MỸ AN") == "UBND thị trấn Mỹ An"


_UPPER_WORDS = st.sampled_from(["THANH MỸ", "MỸ ĐÔNG", "TÂN KIỀU", "ĐỐC BINH KIỀU", "PHÚ ĐIỀN", "LÁNG BIỂN"])
_BODIES = st.sampled_from(["CÔNG AN XÃ", "ỦY BAN NHÂN DÂN XÃ", "ĐẢNG ỦY XÃ", "HỘI ĐỒNG BẢO VỆ AN NINH, TRẬT TỰ XÃ"])
_TYPES = st.sampled_from([("KẾ HOẠCH", "KH"), ("BÁO CÁO", "BC"), ("TỜ TRÌNH", "TTr"), ("QUYẾT ĐỊNH", "QĐ"),
                          ("THÔNG BÁO", "TB"), ("BIÊN BẢN", "BB"), ("CHƯƠNG TRÌNH", "CTr")])


@settings(max_examples=150, deadline=None)
@given(body=_BODIES, name=_UPPER_WORDS, kind=_TYPES, number=st.one_of(st.just(""), st.integers(1, 999)),
       day=st.dates(dt.date(2020, 1, 1), dt.date(2030, 12, 31)), blank_day=st.booleans(),
       subject=st.sampled_from(["Tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc năm 2024",
                                "Kết quả công tác bảo đảm an ninh, trật tự 6 tháng đầu năm",
                                "Về việc kiện toàn Hội đồng bảo vệ an ninh, trật tự xã"]),
       merged=st.booleans())
def test_generated_headers_round_trip(body, name, kind, number, day, blank_day, subject, merged):
    shown_number = f"{number:02d}" if number != "" else "    "
    symbol = f"{kind[1]}-CAX"
    date_text = format_date_long(None, day.year).replace("ngày     tháng", f"ngày     tháng {day.month:02d}") \
        if blank_day else format_date_long(day)
    issuer = f"{body} {name}"
    left = ["UBND HUYỆN THÁP MƯỜI", issuer, f"Số: {shown_number}/{symbol}"]
    right = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", f"{name.title()}, {date_text}"]
    head = [f"{a} {b}" for a, b in zip(left, right)] if merged else left + right
    meta = parse_first_page(head + [kind[0], subject, "Căn cứ Luật Công an nhân dân năm 2018;"])
    assert meta.issuer.value == issuer and meta.parent.value == "UBND HUYỆN THÁP MƯỜI"
    assert meta.number.value == (f"{number:02d}/{symbol}" if number != "" else f"/{symbol}")
    assert meta.doc_type.value == kind[1]
    assert meta.place.value == name.title()
    assert meta.date.value == (None if blank_day else day)
    assert meta.year.value == day.year
    assert meta.subject.value == subject


def test_ocr_accent_slips_in_known_word_pairs_are_put_right():
    from plandesk.domain.docmeta import build_lexicon, correct_ocr
    from plandesk.storage.textindex import ocr_lexicon

    lexicon = ocr_lexicon()
    assert correct_ocr("Bảo đảm an nĩnh, trật tự ở khu dần cư", lexicon) == "Bảo đảm an ninh, trật tự ở khu dân cư"
    assert correct_ocr("BAN CHÍ ĐẠO XÃ EA TIÊU", lexicon) == "BAN CHỈ ĐẠO XÃ EA TIÊU"
    assert correct_ocr("Số: 12/KH-UBND", lexicon) == "Số: 12/KH-UBND"
    # a pair known with two accentings is left as read
    two = build_lexicon("bàn ghế", "bán ghế")
    assert correct_ocr("bản ghế", two) == "bản ghế"


def test_ocr_lines_without_bold_subject_is_told_by_centring():
    lines = [Line("CÔNG AN XÃ THANH MỸ", 0.2, 0.4), Line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 0.48, 0.89),
             Line("Số: 12/BC-CAX", 0.22, 0.37), Line("Thanh Mỹ, ngày 05 tháng 10 năm 2024", 0.52, 0.86),
             Line("BÁO CÁO", 0.48, 0.59),
             Line("Công tác xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2024", 0.17, 0.9),
             Line("Trong năm, tình hình an ninh, trật tự trên địa bàn xã cơ bản ổn định, không để xảy", 0.19, 0.93),
             Line("ra vụ việc phức tạp.", 0.14, 0.3)]
    meta = parse_first_page(lines)
    assert meta.subject.value == "Công tác xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2024"
