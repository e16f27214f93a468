"""The workspace keeps what the officer enters: round trips through the database (the SQLite
file, and a PostgreSQL server when $PLANDESK_TEST_POSTGRES is set), evidence stored once by
hash, Vietnamese text stored NFC, framework text frozen per dossier."""
from __future__ import annotations

import datetime as dt
import os
import unicodedata

import pytest

from plandesk.domain.dossier import CouncilMember, CouncilRole, Status, UnitInfo
from plandesk.domain.rules import Suggestion
from plandesk.services import InvalidInput, NotFound, Services
from plandesk.services.evidence import EvidenceMetadata
from plandesk.storage.workspace import open_workspace

pytestmark = pytest.mark.both_databases


def reopen(services: Services) -> Services:
    root, url = services.workspace.root, services.workspace.database_url
    services.close()
    return Services.build(open_workspace(root, database=url), user="tester")


def test_new_dossier_copies_the_framework_and_default_deadlines(services, dossier):
    status = services.dossiers.status(dossier.id)
    assert [g.total for g in status.groups] == [7, 8, 19]
    assert all(c.status is Status.CHUA_DANH_GIA for c in status.criteria)
    assert [(d.key, d.due_on) for d in status.deadlines] == [
        ("ke_hoach", dt.date(2024, 1, 31)), ("bao_cao_6_thang", dt.date(2024, 6, 5)), ("ho_so", dt.date(2024, 10, 5))]


def test_assessment_round_trip_survives_reopening(services, dossier, tmp_path):
    proof = tmp_path / "bao-cao.pdf"
    proof.write_bytes(b"%PDF-1.4 bao cao")
    services.evidence.attach(dossier.id, "III.3", [proof], EvidenceMetadata(number="52/BC-CAX"))
    services.dossiers.update_assessment(
        dossier.id, "III.3", status="dat", result="Giảm 01 vụ.", lead_unit="Công an xã",
        cooperating_units="Các ấp", deadline=dt.date(2024, 9, 30),
        values={"vu_pham_toi_trat_tu_xa_hoi.previous": "14", "vu_pham_toi_trat_tu_xa_hoi.current": "13"})
    services = reopen(services)
    a = services.dossiers.assessment(dossier.id, "III.3")
    assert (a.status, a.result, a.lead_unit, a.cooperating_units, a.deadline) == (
        Status.DAT, "Giảm 01 vụ.", "Công an xã", "Các ấp", dt.date(2024, 9, 30))
    assert a.values == {"vu_pham_toi_trat_tu_xa_hoi.previous": 14, "vu_pham_toi_trat_tu_xa_hoi.current": 13}
    assert a.suggestion is Suggestion.DAT and "giảm 7,1 %" in str(a.reason)
    assert a.evidence_count == 1
    services.close()


def test_decision_is_stored_apart_from_the_suggestion(services, dossier):
    a = services.dossiers.update_assessment(
        dossier.id, "III.11", status="dat", explanation="Ấp 6 kiểm tra bổ sung ngày 02/10.",
        values={"so_ap_kiem_tra.done": 5, "so_ap_kiem_tra.total": 6})
    assert a.status is Status.DAT and a.suggestion is Suggestion.KHONG_DAT and a.disagrees
    assert services.dossiers.status(dossier.id).disagreements == ("III.11",)


def test_deciding_without_evidence_needs_an_explanation(services, dossier):
    with pytest.raises(InvalidInput, match="giải trình"):
        services.dossiers.update_assessment(dossier.id, "I.4", status="dat")
    assert services.dossiers.assessment(dossier.id, "I.4").status is Status.CHUA_DANH_GIA
    services.dossiers.update_assessment(dossier.id, "I.4", status="dang_thuc_hien")  # not a decision


def test_unknown_value_and_bad_value_are_refused_by_name(services, dossier):
    with pytest.raises(InvalidInput, match="không có số liệu 'so_vu'"):
        services.dossiers.update_assessment(dossier.id, "III.3", values={"so_vu": 3})
    with pytest.raises(InvalidInput, match="III.19.*'xep_loai_don_vi'.*không phải là một mức"):
        services.dossiers.update_assessment(dossier.id, "III.19", values={"xep_loai_don_vi": "Giỏi"})
    with pytest.raises(NotFound, match="IV.1"):
        services.dossiers.update_assessment(dossier.id, "IV.1", result="x")


def test_same_file_twice_is_stored_once_and_linked(services, dossier, tmp_path):
    a = tmp_path / "ke-hoach.pdf"
    a.write_bytes(b"%PDF-1.4 ke hoach 12/KH-UBND")
    b = tmp_path / "ban sao.pdf"
    b.write_bytes(a.read_bytes())
    first = services.evidence.attach(dossier.id, "I.2", [a])[0]
    second = services.evidence.attach(dossier.id, "III.10", [b])[0]
    assert not first.duplicate and second.duplicate
    assert second.evidence.id == first.evidence.id
    assert second.evidence.criteria == ("I.2", "III.10")
    stored = list(services.workspace.store.stored_hashes())
    assert stored == [first.evidence.sha256]
    again = services.evidence.attach(dossier.id, "I.2", [a])[0]
    assert again.already_linked


def test_unlink_keeps_the_document_until_removed(services, dossier, tmp_path):
    f = tmp_path / "qd.pdf"
    f.write_bytes(b"quyet dinh")
    e = services.evidence.attach(dossier.id, "II.1", [f])[0].evidence
    with pytest.raises(InvalidInput, match="còn được dùng cho tiêu chí II.1"):
        services.evidence.remove(dossier.id, e.id)
    left = services.evidence.unlink(dossier.id, e.id, "II.1")
    assert left.criteria == ()
    assert services.workspace.store.has(e.sha256)
    services.evidence.remove(dossier.id, e.id)
    assert services.evidence.list(dossier.id) == []
    if services.workspace.shared:
        # another PC may be attaching the same file: it goes at a repair once a day old
        stored = services.workspace.store.path_for(e.sha256)
        assert stored.is_file()
        services.integrity.repair()
        assert stored.is_file()
        os.utime(stored, (stored.stat().st_atime, stored.stat().st_mtime - 2 * 86400))
        assert services.integrity.repair().removed_orphans == [e.sha256]
    assert not services.workspace.store.has(e.sha256)


def test_nfd_input_is_stored_nfc(services, tmp_path):
    nfd = unicodedata.normalize("NFD", "Thạnh Lợi")
    info = services.dossiers.create(UnitInfo(nfd, "", unicodedata.normalize("NFD", "huyện Tháp Mười"), ""),
                                    2025, "xa-dien-hinh-antq")
    assert info.unit.name == "Thạnh Lợi" and unicodedata.is_normalized("NFC", info.unit.name)
    services.dossiers.update_assessment(info.id, "I.1", result=unicodedata.normalize("NFD", "Đã quán triệt"))
    services.dossiers.add_member(info.id, CouncilMember(unicodedata.normalize("NFD", "Nguyễn Thị Ánh"), "Thư ký",
                                                        CouncilRole.THU_KY))
    f = tmp_path / unicodedata.normalize("NFD", "Kế hoạch số 1.pdf")
    f.write_bytes(b"x")
    e = services.evidence.attach(info.id, "I.1", [f], EvidenceMetadata(issuer=unicodedata.normalize("NFD", "Ủy ban")))
    services = reopen(services)
    assert services.dossiers.assessment(info.id, "I.1").result == "Đã quán triệt"
    assert services.dossiers.council(info.id)[0].name == "Nguyễn Thị Ánh"
    stored = services.evidence.get(info.id, e[0].evidence.id)
    assert stored.original_name == "Kế hoạch số 1.pdf" and stored.issuer == "Ủy ban"
    for text in (stored.original_name, stored.issuer, stored.title):
        assert unicodedata.is_normalized("NFC", text)
    services.close()


def test_dossier_keeps_its_framework_text_when_a_new_version_arrives(services, dossier):
    from plandesk import paths

    before = services.dossiers.assessment(dossier.id, "I.1").text
    source = (paths.frameworks_dir() / "xa-dien-hinh-antq-2023.toml").read_text(encoding="utf-8")
    revised = source.replace('version = "2023.2"', 'version = "2025.1"').replace(before, "Nội dung sửa đổi năm 2025.")
    (services.workspace.frameworks_dir / "sua-doi.toml").write_text(revised, encoding="utf-8")
    services = reopen(services)
    assert services.workspace.catalog.get("xa-dien-hinh-antq").version == "2025.1"
    assert services.dossiers.assessment(dossier.id, "I.1").text == before
    newer = services.dossiers.create(UnitInfo("Mỹ Đông"), 2025, "xa-dien-hinh-antq")
    assert services.dossiers.assessment(newer.id, "I.1").text == "Nội dung sửa đổi năm 2025."
    assert newer.framework_version == "2025.1"
    services.close()


def test_next_year_from_this_one_copies_structure_not_decisions(services, dossier):
    services.dossiers.update_assessment(dossier.id, "III.3", status="dat", explanation="x", lead_unit="Công an xã",
                                        deadline=dt.date(2024, 9, 30),
                                        values={"vu_pham_toi_trat_tu_xa_hoi.previous": 14})
    services.dossiers.add_member(dossier.id, CouncilMember("Nguyễn Văn Hùng", "Chủ tịch UBND xã", CouncilRole.CHU_TICH))
    nxt = services.dossiers.create(dossier.unit, 2025, "xa-dien-hinh-antq", from_dossier=dossier.id)
    a = services.dossiers.assessment(nxt.id, "III.3")
    assert (a.status, a.lead_unit, a.deadline, a.values) == (Status.CHUA_DANH_GIA, "Công an xã",
                                                           dt.date(2025, 9, 30), {})
    assert [m.name for m in services.dossiers.council(nxt.id)] == ["Nguyễn Văn Hùng"]
    assert services.dossiers.deadlines(nxt.id)[-1].due_on == dt.date(2025, 10, 5)
    with pytest.raises(InvalidInput, match="đã có hồ sơ năm 2025"):
        services.dossiers.create(dossier.unit, 2025, "xa-dien-hinh-antq")


def test_every_action_is_one_audit_entry(services, dossier):
    services.dossiers.update_assessment(dossier.id, "I.1", status="dang_thuc_hien", result="Đang triển khai")
    services.dossiers.update_assessment(dossier.id, "I.1", result="Đang triển khai")  # no change, no entry
    history = services.dossiers.history(dossier.id)
    assert [h.action for h in history] == ["tao_ho_so", "sua_tieu_chi"]
    assert history[1].user == "tester" and history[1].field == "status,result"
    assert '"dang_thuc_hien"' in history[1].new_value


def test_resolve_needs_a_choice_when_several_dossiers(services, dossier):
    assert services.dossiers.resolve(None) == dossier.id
    services.dossiers.create(UnitInfo("Mỹ Đông", "", "huyện Tháp Mười", "tỉnh Đồng Tháp"), 2024, "xa-dien-hinh-antq")
    with pytest.raises(InvalidInput, match="--dossier"):
        services.dossiers.resolve(None)
    assert [d.unit.name for d in services.dossiers.list_dossiers()] == ["Mỹ Đông", "Thanh Mỹ"]


def test_attach_missing_file_changes_nothing(services, dossier, tmp_path):
    with pytest.raises(InvalidInput, match="Không tìm thấy tệp"):
        services.evidence.attach(dossier.id, "I.1", [tmp_path / "khong-co.pdf"])
    assert services.evidence.list(dossier.id) == []
    assert services.integrity.check().ok
