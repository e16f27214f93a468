"""The reviewer's roll-up: counts per commune and per criterion against values worked out by
hand, Vietnamese order, filters, and the Excel export read back; on the SQLite file and on a
PostgreSQL server (when $PLANDESK_TEST_POSTGRES is set: a provincial office's shared database)."""
from __future__ import annotations

import hashlib
import random

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from plandesk.services import InvalidInput, NotFound
from plandesk.storage import orm

pytestmark = pytest.mark.both_databases

FRAMEWORK = "xa-dien-hinh-antq"
# in Vietnamese alphabetical order (a < â, d < đ, o < ô, tones after letters)
NAMES = ["An Bình", "Ấp Bắc", "Ba Sao", "Bình Thạnh", "Dương Minh Châu", "Đông Hòa", "Hòa An", "Mỹ Đông",
         "Ô Môn", "Phú Điền", "Tân Kiều", "Thanh Mỹ", "Trường Xuân"]
DISTRICTS = ["huyện Tháp Mười", "huyện Cao Lãnh", "huyện Tam Nông"]


def add_commune(services, name: str, district: str, year: int, cells: dict[str, tuple[str, int, str]],
                framework_id: str = FRAMEWORK) -> int:
    """A dossier whose criteria have the given (status, evidence count, review status); the
    other criteria stay undecided without evidence. Written straight into the tables."""
    framework = services.workspace.catalog.get(FRAMEWORK)
    with services.workspace.sessions.begin() as session:
        unit = session.scalars(select(orm.Unit).where(orm.Unit.name == name, orm.Unit.district == district)).first() \
            or orm.Unit(name=name, district=district, province="tỉnh Đồng Tháp")
        dossier = orm.Dossier(unit=unit, year=year, framework_id=framework_id, framework_version=framework.version,
                              framework_title=framework.title, framework_data=dict(framework.raw), settings={})
        session.add(dossier)
        session.flush()
        rows = []
        for position, criterion in enumerate(framework.criteria):
            status, evidence, review = cells.get(criterion.code, ("chua_danh_gia", 0, "chua_xem"))
            rows.append((orm.Assessment(dossier_id=dossier.id, code=criterion.code, uid=framework.uid(criterion.code),
                                        group_code=criterion.group, position=position, status=status, values={},
                                        review_status=review), evidence))
        session.add_all([row for row, _ in rows])
        docs = [(row, orm.Evidence(dossier_id=dossier.id, original_name=f"{i}.pdf", size=1,
                                   sha256=hashlib.sha256(f"{name}{row.code}{i}".encode()).hexdigest()))
                for row, count in rows for i in range(count)]
        session.add_all([doc for _, doc in docs])
        session.flush()
        session.add_all([orm.EvidenceLink(assessment_id=row.id, evidence_id=doc.id) for row, doc in docs])
        return dossier.id


def test_counts_worked_out_by_hand(services):
    codes = [c.code for c in services.workspace.catalog.get(FRAMEWORK).criteria]
    everything = {code: ("dat", 1, "chua_xem") for code in codes}
    add_commune(services, "Thanh Mỹ", "huyện Tháp Mười", 2024, everything)
    add_commune(services, "Mỹ Đông", "huyện Tháp Mười", 2024, {
        **everything, "I.1": ("khong_dat", 1, "chua_xem"), "I.2": ("khong_dat", 0, "chua_xem"),
        "III.3": ("dat", 0, "yeu_cau_bo_sung"), "III.4": ("dang_thuc_hien", 2, "yeu_cau_bo_sung")})
    add_commune(services, "Đốc Binh Kiều", "huyện Tháp Mười", 2024, {"I.1": ("dat", 3, "dat")})
    add_commune(services, "Thanh Mỹ", "huyện Tháp Mười", 2023, everything)          # another year
    rollup = services.rollup.rollup(2024)
    assert [r.unit.name for r in rollup.rows] == ["Đốc Binh Kiều", "Mỹ Đông", "Thanh Mỹ"]
    doc_binh, my_dong, thanh_my = rollup.rows
    assert thanh_my.counts == {"dat": 34, "khong_dat": 0, "thieu_minh_chung": 0, "chua_ket_luan": 0}
    assert thanh_my.all_met
    # Mỹ Đông: I.1 and I.2 not met (I.2 without evidence still counts as not met), III.3 met
    # but without evidence, III.4 undecided with evidence; the other 30 met.
    assert my_dong.counts == {"dat": 30, "khong_dat": 2, "thieu_minh_chung": 1, "chua_ket_luan": 1}
    assert my_dong.review_requested == 2 and not my_dong.all_met
    # Đốc Binh Kiều: I.1 met; 33 undecided without evidence
    assert doc_binh.counts == {"dat": 1, "khong_dat": 0, "thieu_minh_chung": 33, "chua_ket_luan": 0}
    assert rollup.per_criterion["I.1"] == {"dat": 2, "khong_dat": 1, "thieu_minh_chung": 0, "chua_ket_luan": 0}
    assert rollup.per_criterion["I.2"] == {"dat": 1, "khong_dat": 1, "thieu_minh_chung": 1, "chua_ket_luan": 0}
    assert rollup.per_criterion["III.4"] == {"dat": 1, "khong_dat": 0, "thieu_minh_chung": 1, "chua_ket_luan": 1}
    assert rollup.totals == {"dat": 65, "khong_dat": 2, "thieu_minh_chung": 34, "chua_ket_luan": 1}
    assert [r.unit.name for r in services.rollup.rollup(2024, result="dat_tat_ca").rows] == ["Thanh Mỹ"]
    assert len(services.rollup.rollup(2024, result="chua_dat_tat_ca").rows) == 2
    data = rollup.to_json()
    assert data["totals"]["communes"] == 3 and data["totals"]["all_met"] == 1
    assert data["communes"][1]["cells"]["III.3"] == {"category": "thieu_minh_chung", "status": "dat",
                                                      "evidence_count": 0, "review_status": "yeu_cau_bo_sung",
                                                      "review_comment": ""}


def test_generated_communes_match_their_generated_truth(services, tmp_path):
    rng = random.Random(20241005)
    codes = [c.code for c in services.workspace.catalog.get(FRAMEWORK).criteria]
    shuffled = NAMES[:]
    rng.shuffle(shuffled)
    truth: dict[str, dict[str, str]] = {}
    for i, name in enumerate(shuffled):
        cells = {}
        for code in codes:
            status = rng.choice(["dat", "dat", "dat", "khong_dat", "dang_thuc_hien", "chua_danh_gia"])
            evidence = rng.choice([0, 1, 1, 2])
            cells[code] = (status, evidence, rng.choice(["chua_xem", "dat", "yeu_cau_bo_sung"]))
        add_commune(services, name, DISTRICTS[i % 3], 2024, cells)
        # by hand: not met wins, then "no evidence", then met, else undecided
        truth[name] = {code: ("khong_dat" if s == "khong_dat" else "thieu_minh_chung" if e == 0 else
                              "dat" if s == "dat" else "chua_ket_luan") for code, (s, e, _) in cells.items()}
    add_commune(services, "Xã khác bộ tiêu chí", DISTRICTS[0], 2024, {}, framework_id="khac")
    rollup = services.rollup.rollup(2024)
    assert [r.unit.name for r in rollup.rows] == NAMES
    assert rollup.other_frameworks == {"khac": 1}
    for row in rollup.rows:
        expected = truth[row.unit.name]
        assert {code: cell.category for code, cell in row.cells.items()} == expected
        for category in ("dat", "khong_dat", "thieu_minh_chung", "chua_ket_luan"):
            assert row.counts[category] == sum(v == category for v in expected.values())
    for code in codes:
        for category in ("dat", "khong_dat", "thieu_minh_chung", "chua_ket_luan"):
            assert rollup.per_criterion[code][category] == sum(truth[n][code] == category for n in NAMES)
    district = services.rollup.rollup(2024, district="Huyện Cao Lãnh")
    assert [r.unit.name for r in district.rows] == [n for n in NAMES if DISTRICTS[shuffled.index(n) % 3]
                                                    == "huyện Cao Lãnh"]

    out = tmp_path / "tong-hop.xlsx"
    services.rollup.write_xlsx(rollup, out)
    sheet = load_workbook(out)["Tổng hợp"]
    assert [c.value for c in sheet[3]][:6] == ["STT", "Đơn vị", "Huyện", "Tỉnh", "I.1", "I.2"]
    rows = list(sheet.iter_rows(min_row=4, max_row=3 + len(NAMES), values_only=True))
    assert [r[1] for r in rows] == [f"Xã {n}" for n in NAMES]
    labels = {"dat": "Đạt", "khong_dat": "Không đạt", "thieu_minh_chung": "Thiếu MC", "chua_ket_luan": "Chưa"}
    for r in rows:
        name = r[1][3:]
        assert list(r[4:4 + len(codes)]) == [labels[truth[name][c]] for c in codes]
        assert r[4 + len(codes)] == sum(v == "dat" for v in truth[name].values())
    met_row = [c.value for c in sheet[4 + len(NAMES)]]
    assert met_row[4:4 + len(codes)] == [rollup.per_criterion[c]["dat"] for c in codes]
    rules = [rule for cf in sheet.conditional_formatting for rule in cf.rules]
    assert len(rules) == 4
    assert not list(tmp_path.glob(".*dang-ghi"))


def test_two_hundred_communes(services, tmp_path):
    codes = [c.code for c in services.workspace.catalog.get(FRAMEWORK).criteria]
    cells = {code: ("dat", 1, "chua_xem") for code in codes}
    for i in range(200):
        add_commune(services, f"Xã số {i:03d}", DISTRICTS[i % 3], 2025, cells if i % 2 else {})
    rollup = services.rollup.rollup(2025)
    assert len(rollup.rows) == 200 and sum(r.all_met for r in rollup.rows) == 100
    assert rollup.per_criterion["III.19"] == {"dat": 100, "khong_dat": 0, "thieu_minh_chung": 100,
                                              "chua_ket_luan": 0}
    services.rollup.write_xlsx(rollup, tmp_path / "200.xlsx")
    assert load_workbook(tmp_path / "200.xlsx")["Tổng hợp"].max_row == 3 + 200 + 4


def test_no_dossiers_and_bad_filter(services):
    with pytest.raises(NotFound, match="Chưa có hồ sơ nào của năm 2030"):
        services.rollup.rollup(2030)
    with pytest.raises(InvalidInput, match="Bộ lọc"):
        services.rollup.rollup(2024, result="moi")


def test_roll_up_of_imported_packages(commune, reviewer, package):
    reviewer.transfer.unpack(package)
    rollup = reviewer.rollup.rollup(2024)
    expected = commune.dossiers.status(1)
    row = rollup.rows[0]
    assert row.unit.name == "Thanh Mỹ"
    assert row.counts["khong_dat"] == sum(c.status.value == "khong_dat" for c in expected.criteria)
    assert row.counts["thieu_minh_chung"] == sum(c.evidence_count == 0 and c.status.value != "khong_dat"
                                                 for c in expected.criteria)


def test_summary_report_pdf_and_docx(services, tmp_path):
    import datetime as dt

    import docx
    import pypdf

    from plandesk.services.rollup import ReportSettings, summary_document, write_summary

    codes = [c.code for c in services.workspace.catalog.get(FRAMEWORK).criteria]
    everything = {code: ("dat", 1, "chua_xem") for code in codes}
    add_commune(services, "Thanh Mỹ", "huyện Tháp Mười", 2024, everything)
    add_commune(services, "Mỹ Đông", "huyện Tháp Mười", 2024, {
        **everything, "I.2": ("khong_dat", 1, "chua_xem"), "III.3": ("dat", 0, "yeu_cau_bo_sung")})
    rollup = services.rollup.rollup(2024)
    settings = ReportSettings(body="Ban Chỉ đạo 138 huyện Tháp Mười", parent="UBND huyện Tháp Mười",
                              place="Tháp Mười", number="15", date=dt.date(2024, 10, 20),
                              signer_name="Nguyễn Văn A", recipients=("Công an tỉnh",))
    text = summary_document(rollup, settings).paragraphs()
    assert "Số: 15/BC-BCĐ" in text and "Tháp Mười, ngày 20 tháng 10 năm 2024" in text
    assert "Có 01/02 đơn vị đạt 34/34 tiêu chí, có đủ tài liệu minh chứng: Xã Thanh Mỹ." in text
    assert ("- Xã Mỹ Đông: không đạt tiêu chí I.2; thiếu minh chứng tiêu chí III.3; "
            "yêu cầu bổ sung tiêu chí III.3.") in text
    assert "- Lưu: VT." in text and "Chưa đủ điều kiện" in text and "1/2" in text
    pdf = write_summary(rollup, settings, tmp_path / "bao-cao.pdf")
    extracted = " ".join(page.extract_text() for page in pypdf.PdfReader(pdf).pages)
    assert "BÁO CÁO" in extracted and "Mỹ Đông" in extracted
    document = docx.Document(write_summary(rollup, settings, tmp_path / "bao-cao.docx"))
    assert any("Có 01/02 đơn vị" in p.text for p in document.paragraphs)
    assert len(document.tables) >= 2
    with pytest.raises(InvalidInput, match=r"\.pdf hoặc \.docx"):
        write_summary(rollup, settings, tmp_path / "bao-cao.txt")


def test_the_database_sorts_cells_into_the_same_categories_as_the_rule():
    from sqlalchemy import create_engine, literal, select

    from plandesk.services.rollup import category, category_sql

    engine = create_engine("sqlite://")
    with engine.connect() as connection:
        for status in ("dat", "khong_dat", "dang_thuc_hien", "chua_danh_gia"):
            for count in (0, 1, 7):
                sql = connection.scalar(select(category_sql(literal(status), literal(count))))
                assert sql == category(status, count), (status, count)


def test_criteria_the_framework_does_not_know_come_last_in_their_order(services):
    # e.g. a dossier assessed against an older version with criteria since removed
    add_commune(services, "Thanh Mỹ", "huyện Tháp Mười", 2024, {"I.1": ("dat", 1, "chua_xem")})
    other = add_commune(services, "Mỹ Đông", "huyện Tháp Mười", 2024, {})
    with services.workspace.sessions.begin() as session:
        for position, code in ((91, "IV.2"), (90, "IV.1")):
            session.add(orm.Assessment(dossier_id=other, code=code, uid=f"cu:{code}", group_code="IV",
                                       position=position, status="khong_dat", values={}, review_status="chua_xem"))
    rollup = services.rollup.rollup(2024)
    assert rollup.criteria[-2:] == [("IV.1", ""), ("IV.2", "")]
    my_dong = next(r for r in rollup.rows if r.unit.name == "Mỹ Đông")
    assert list(my_dong.cells)[-2:] == ["IV.1", "IV.2"] and my_dong.counts["khong_dat"] == 2
    assert rollup.per_criterion["IV.1"] == {"dat": 0, "khong_dat": 1, "thieu_minh_chung": 0, "chua_ket_luan": 0}
    assert "IV.1" not in next(r for r in rollup.rows if r.unit.name == "Thanh Mỹ").cells
