"""Importing the same dossier again: per record new / updated / unchanged / conflicting, the
earlier version kept, conflicts decided by the user, nothing overwritten silently. A dossier
from a framework version this install lacks. The review package back to the commune."""
from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import select

from plandesk.domain.dossier import CouncilMember, ReviewStatus, UnitInfo
from plandesk.services import InvalidInput, ServiceError
from plandesk.services.transfer import CONFLICTING, KEEP, NEW, TAKE, UNCHANGED, UPDATED
from plandesk.storage import orm

from .conftest import workspace_digest

pytestmark = pytest.mark.both_databases  # the reviewing office's workspace also on a shared server


def by_key(report):
    return {c.key: c for c in report.changes}


def assessment(services, dossier_id, code):
    return services.dossiers.assessment(dossier_id, code)


@pytest.fixture
def first_import(commune, reviewer, tmp_path):
    report = reviewer.transfer.unpack(commune.transfer.pack(1, tmp_path / "lan-1.plandesk").paths[0])
    return report.dossier_id


def test_reimport_reports_changes_keeps_history_and_needs_decisions(commune, reviewer, first_import, tmp_path):
    rid = first_import
    old_iii3 = assessment(commune, 1, "III.3").result
    # the commune works on: a changed result, a new document, a removed one, a council change, and I.3
    commune.dossiers.update_assessment(1, "III.3", result="Giảm 7,1 % so với năm 2023.")
    new_doc = commune.evidence.attach_bytes(1, "I.1", "Báo cáo bổ sung.txt", b"bo sung " * 100).evidence
    gone = next(e for e in commune.evidence.list(1) if e.original_name.startswith("Tap huan"))
    for code in gone.criteria:
        commune.evidence.unlink(1, gone.id, code)
    commune.evidence.remove(1, gone.id)
    member = commune.dossiers.council(1)[1]
    commune.dossiers.update_member(1, replace(member, position="Trưởng Công an xã (mới)"))
    commune.dossiers.update_assessment(1, "I.3", result="Bản của xã")
    # meanwhile the reviewer edited I.2 and I.3 (and reviewed II.1, which is the reviewer's own)
    reviewer.dossiers.update_assessment(rid, "I.2", result="Sửa tại nơi thẩm định")
    reviewer.dossiers.update_assessment(rid, "I.3", result="Bản của nơi thẩm định")
    reviewer.dossiers.update_assessment(rid, "II.1", review_status=ReviewStatus.DAT, review_comment="Đủ")
    second = commune.transfer.pack(1, tmp_path / "lan-2.plandesk").paths[0]

    report = reviewer.transfer.inspect(second)
    changes = by_key(report)
    assert (changes["tieu_chi:III.3"].category, changes["tieu_chi:III.3"].action) == (UPDATED, TAKE)
    assert changes["tieu_chi:III.3"].fields == ("result",)
    assert (changes["tieu_chi:I.2"].category, changes["tieu_chi:I.2"].action) == (UNCHANGED, KEEP)
    assert changes["tieu_chi:I.3"].category == CONFLICTING
    assert changes[f"minh_chung:{new_doc.sha256}"].category == NEW
    assert (changes[f"minh_chung:{gone.sha256}"].category, changes[f"minh_chung:{gone.sha256}"].action) == \
        (UPDATED, TAKE)
    assert changes[f"thanh_vien:{member.name}"].category == UPDATED
    assert changes["tieu_chi:II.1"].category == UNCHANGED
    assert report.counts == {"mới": 1, "cập nhật": 3, "không đổi": len(report.changes) - 5, "xung đột": 1}

    before = workspace_digest(reviewer)
    with pytest.raises(InvalidInput, match=r"1 bản ghi xung đột.*tieu_chi:I\.3"):
        reviewer.transfer.unpack(second)
    with pytest.raises(InvalidInput, match="Không có bản ghi"):
        reviewer.transfer.unpack(second, decisions={"tieu_chi:IX.1": KEEP})
    assert workspace_digest(reviewer) == before

    done = reviewer.transfer.unpack(second, decisions={"tieu_chi:I.3": KEEP})
    assert done.applied and done.dossier_id == rid and not done.created
    assert assessment(reviewer, rid, "III.3").result == "Giảm 7,1 % so với năm 2023."
    assert assessment(reviewer, rid, "I.2").result == "Sửa tại nơi thẩm định"
    assert assessment(reviewer, rid, "I.3").result == "Bản của nơi thẩm định"
    ii1 = assessment(reviewer, rid, "II.1")
    assert (ii1.review_status, ii1.review_comment) == (ReviewStatus.DAT, "Đủ")
    names = {e.original_name for e in reviewer.evidence.list(rid)}
    assert "Báo cáo bổ sung.txt" in names and gone.original_name not in names
    assert reviewer.workspace.store.path_for(new_doc.sha256).read_bytes() == b"bo sung " * 100
    assert reviewer.integrity.check().ok
    # the earlier version is kept, whole
    versions = reviewer.transfer.versions(rid)
    assert [v["reason"] for v in versions] == ["goi_da_nhap", "truoc_khi_nhap", "goi_da_nhap"]
    kept = reviewer.transfer.version_snapshot(versions[1]["id"])
    assert next(a for a in kept["assessments"] if a["code"] == "III.3")["result"] == old_iii3
    assert any(e["sha256"] == gone.sha256 for e in kept["evidence"])
    assert versions[2]["summary"]["xung_dot"] == {"tieu_chi:I.3": KEEP}
    assert reviewer.dossiers.history(rid)[-1].action == "nhap_lai_goi"

    # next time, I.3 unchanged in the package: the reviewer's version simply stays
    third = commune.transfer.pack(1, tmp_path / "lan-3.plandesk").paths[0]
    again = by_key(reviewer.transfer.inspect(third))
    assert (again["tieu_chi:I.3"].category, again["tieu_chi:I.3"].action) == (UNCHANGED, KEEP)
    assert all(c.category == UNCHANGED for c in again.values())


def test_taking_everything_makes_a_local_dossier_equal_to_the_package(commune, reviewer, tmp_path):
    """A dossier created here by hand (no earlier import): every difference is a conflict;
    taking the package's side makes it the commune's dossier, with the earlier one kept."""
    local = reviewer.dossiers.create(UnitInfo("Thanh Mỹ", "", "huyện Tháp Mười", "tỉnh Đồng Tháp"), 2024,
                                     "xa-dien-hinh-antq")
    reviewer.dossiers.add_member(local.id, CouncilMember("Người chỉ có ở đây"))
    package = commune.transfer.pack(1, tmp_path / "goi.plandesk").paths[0]
    report = reviewer.transfer.inspect(package)
    assert report.dossier_id == local.id and report.count(CONFLICTING) > 0
    assert by_key(report)["thanh_vien:Người chỉ có ở đây"].category == CONFLICTING
    done = reviewer.transfer.unpack(package, on_conflict=TAKE)
    assert done.applied

    def strip(data):
        data = {k: v for k, v in data.items() if k != "history"}
        data["dossier"] = {k: v for k, v in data["dossier"].items() if k != "created_at"}
        return data

    assert strip(reviewer.transfer.dossier_data(local.id)) == strip(commune.transfer.dossier_data(1))
    kept = reviewer.transfer.version_snapshot(reviewer.transfer.versions(local.id)[0]["id"])
    assert [m["name"] for m in kept["council"]] == ["Người chỉ có ở đây"]


def test_bad_decision_value(reviewer, package):
    with pytest.raises(InvalidInput, match="không hợp lệ"):
        reviewer.transfer.unpack(package, on_conflict="ca_hai")


def test_dossier_from_a_framework_version_this_install_lacks(commune, reviewer, tmp_path):
    with commune.workspace.sessions.begin() as session:
        dossier = session.get(orm.Dossier, 1)
        data = dict(dossier.framework_data)
        data["version"] = "2099.1"
        data["title"] = data["title"] + " (sửa đổi 2099)"
        criteria = [dict(c) for c in data["criteria"]]
        criteria[0]["text"] = "Nội dung tiêu chí I.1 theo bộ tiêu chí sửa đổi."
        data["criteria"] = criteria
        dossier.framework_data = data
        dossier.framework_version = "2099.1"
        dossier.framework_title = data["title"]
    assert reviewer.workspace.catalog.get("xa-dien-hinh-antq", "2099.1") is None
    package = commune.transfer.pack(1, tmp_path / "goi.plandesk").paths[0]
    report = reviewer.transfer.unpack(package)
    assert report.applied and report.framework_added
    framework = reviewer.dossiers.framework(report.dossier_id)
    assert framework.version == "2099.1"
    assert framework.criterion("I.1").text == "Nội dung tiêu chí I.1 theo bộ tiêu chí sửa đổi."
    assert reviewer.dossiers.status(report.dossier_id).total == 34


def test_review_package_goes_back_to_the_commune(commune, reviewer, first_import, tmp_path):
    rid = first_import
    reviewer.dossiers.update_assessment(rid, "I.1", review_status=ReviewStatus.DAT, review_comment="Đủ hồ sơ.")
    reviewer.dossiers.update_assessment(rid, "III.3", review_status=ReviewStatus.YEU_CAU_BO_SUNG,
                                        review_comment="Bổ sung báo cáo số liệu tội phạm năm 2023.")
    result = reviewer.transfer.pack_review(rid, tmp_path / "tham-dinh.plandesk", passphrase="chung")
    assert result.submission_id.startswith("TD-thanh-my-")
    report = commune.transfer.unpack(result.paths[0], passphrase="chung")
    assert report.kind == "tham_dinh" and report.applied
    assert report.counts == {"mới": 2, "cập nhật": 0, "không đổi": 32, "xung đột": 0}
    iii3 = assessment(commune, 1, "III.3")
    assert iii3.review_status is ReviewStatus.YEU_CAU_BO_SUNG
    assert iii3.review_comment == "Bổ sung báo cáo số liệu tội phạm năm 2023."
    assert [v["reason"] for v in commune.transfer.versions(1)][-2:] == ["truoc_khi_nhap", "tham_dinh_da_nhap"]
    assert commune.dossiers.history(1)[-1].action == "nhap_goi_tham_dinh"
    # the reviewer changes its mind on III.3: one update
    reviewer.dossiers.update_assessment(rid, "III.3", review_status=ReviewStatus.DAT, review_comment="Đã bổ sung.")
    second = reviewer.transfer.pack_review(rid, tmp_path / "tham-dinh-2.plandesk")
    assert commune.transfer.unpack(second.paths[0]).counts["cập nhật"] == 1
    # the commune resubmits: the reviewer's own review stays as the reviewer left it
    resubmitted = commune.transfer.pack(1, tmp_path / "nop-lai.plandesk").paths[0]
    back = reviewer.transfer.unpack(resubmitted)
    assert all(c.category == UNCHANGED for c in back.changes)
    assert assessment(reviewer, rid, "I.1").review_comment == "Đủ hồ sơ."


def test_review_package_for_an_unknown_dossier(commune, reviewer, first_import, tmp_path):
    result = reviewer.transfer.pack_review(first_import, tmp_path / "tham-dinh.plandesk")
    with commune.workspace.sessions.begin() as session:   # another commune's workspace
        session.get(orm.Unit, 1).name = "Mỹ Đông"
    before = workspace_digest(commune)
    with pytest.raises(ServiceError, match="không có hồ sơ này"):
        commune.transfer.unpack(result.paths[0])
    assert workspace_digest(commune) == before


def test_pack_and_import_are_audited(commune, reviewer, package):
    assert commune.dossiers.history(1)[-1].action == "dong_goi"
    report = reviewer.transfer.unpack(package)
    entries = reviewer.dossiers.history(report.dossier_id)
    assert [e.action for e in entries] == ["nhap_goi"]
    with reviewer.workspace.sessions() as session:
        assert session.scalar(select(orm.DossierVersion.package_sha256)) != ""


def test_decisions_that_would_break_the_framework_are_refused_before_any_change(commune, reviewer,
                                                                                 first_import, tmp_path):
    """The commune moved to a framework version without III.19; the reviewer had edited III.19.
    Keeping III.19 while taking the new framework cannot be: refused, nothing written, no file
    added; taking both works."""
    rid = first_import
    reviewer.dossiers.update_assessment(rid, "III.19", result="Ghi chú của nơi thẩm định")
    with commune.workspace.sessions.begin() as session:
        dossier = session.get(orm.Dossier, 1)
        data = dict(dossier.framework_data)
        data["version"] = "2099.1"
        data["criteria"] = [c for c in data["criteria"] if c["code"] != "III.19"]
        data["groups"] = [dict(g, size=g["size"] - 1) if g["code"] == "III" else g for g in data["groups"]]
        dossier.framework_data = data
        dossier.framework_version = "2099.1"
        session.delete(next(a for a in dossier.assessments if a.code == "III.19"))
    commune.evidence.attach_bytes(1, "I.1", "Tài liệu mới.txt", b"moi" * 10)
    package = commune.transfer.pack(1, tmp_path / "moi.plandesk").paths[0]
    changes = by_key(reviewer.transfer.inspect(package))
    assert changes["ho_so"].category == UPDATED and changes["tieu_chi:III.19"].category == CONFLICTING
    before = workspace_digest(reviewer)
    with pytest.raises(InvalidInput, match=r"tiêu chí III\.19 không thuộc bộ tiêu chí"):
        reviewer.transfer.unpack(package, decisions={"tieu_chi:III.19": KEEP})
    assert workspace_digest(reviewer) == before        # not even the new evidence file was stored
    done = reviewer.transfer.unpack(package, decisions={"tieu_chi:III.19": TAKE})
    assert done.applied and reviewer.dossiers.framework(rid).version == "2099.1"
    assert reviewer.dossiers.status(rid).total == 33
    assert reviewer.integrity.check().ok


def test_a_reimport_applies_the_package_as_the_same_typed_changes_an_officer_makes(commune, reviewer, first_import,
                                                                                     tmp_path):
    """Taken records come in as AssessmentChange / EvidenceEdit / CouncilMember through the
    functions the window and the command line use: a value the source removed is removed
    here (the package's values replace, not merge), a date emptied there is emptied here, a
    document's details and a member as the source has them now."""
    rid = first_import
    assert assessment(reviewer, rid, "III.3").values       # two numbers came in the first package
    commune.dossiers.update_assessment(1, "III.3", values={"vu_pham_toi_trat_tu_xa_hoi.previous": None},
                                       deadline=None)
    doc = next(e for e in commune.evidence.list(1) if e.issued_on is not None)
    commune.evidence.update(1, doc.id, title="Trích yếu  sửa\x0blại", issued_on=None)
    member = commune.dossiers.council(1)[0]
    commune.dossiers.update_member(1, replace(member, name="Nguyễn Văn Mới"))
    second = commune.transfer.pack(1, tmp_path / "lan-2.plandesk").paths[0]

    report = reviewer.transfer.unpack(second)
    assert report.applied and not report.conflicts
    here = assessment(reviewer, rid, "III.3")
    assert here.values == assessment(commune, 1, "III.3").values == {"vu_pham_toi_trat_tu_xa_hoi.current": 13}
    assert here.deadline is None
    arrived = next(e for e in reviewer.evidence.list(rid) if e.sha256 == doc.sha256)
    assert (arrived.title, arrived.issued_on) == (commune.evidence.get(1, doc.id).title, None) == ("Trích yếu  sửa lại",
                                                                                                  None)
    assert [m.name for m in reviewer.dossiers.council(rid)] == [m.name for m in commune.dossiers.council(1)]
    assert reviewer.dossiers.council(rid)[0].name == "Nguyễn Văn Mới"
