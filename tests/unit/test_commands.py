"""Typed commands (issue 18, point 4): an assessment change and a council member travel as
dataclasses from the window and the command line to the services."""
from __future__ import annotations

import datetime as dt

import pytest

from plandesk.domain.dossier import KEEP, AssessmentChange, CouncilMember, CouncilRole, Status
from plandesk.services import InvalidInput

pytestmark = pytest.mark.both_databases


def test_a_change_knows_what_it_sets_and_edits_add_up():
    typed = AssessmentChange(result="Đã ban hành", values={"a.done": 3})
    assert typed.given() == ("result", "values") and typed and not AssessmentChange()
    assert AssessmentChange(deadline=None).given() == ("deadline",)       # None empties, KEEP keeps
    assert AssessmentChange().deadline is KEEP
    later = typed.then(AssessmentChange(result="Đã ban hành nghị quyết", status=Status.DAT, values={"a.total": 6}))
    assert (later.result, later.status, dict(later.values or {})) == (
        "Đã ban hành nghị quyết", Status.DAT, {"a.done": 3, "a.total": 6})
    assert later.without("status").given() == ("result", "values")


def test_a_change_saves_only_what_it_sets(services, dossier):
    dossiers = services.dossiers
    dossiers.change_assessment(dossier.id, "III.11", AssessmentChange(
        result="Đã kiểm tra 03/06 ấp", deadline=dt.date(2024, 9, 30), values={"so_ap_kiem_tra.done": "3"}))
    before = len(dossiers.history(dossier.id))
    info = dossiers.change_assessment(dossier.id, "III.11", AssessmentChange(lead_unit="Công an xã"))
    assert (info.result, info.deadline, info.lead_unit, info.values) == (
        "Đã kiểm tra 03/06 ấp", dt.date(2024, 9, 30), "Công an xã", {"so_ap_kiem_tra.done": 3})
    assert dossiers.change_assessment(dossier.id, "III.11", AssessmentChange(deadline=None)).deadline is None
    assert len(dossiers.history(dossier.id)) == before + 2
    dossiers.change_assessment(dossier.id, "III.11", AssessmentChange())       # nothing asked, nothing written
    assert len(dossiers.history(dossier.id)) == before + 2
    with pytest.raises(InvalidInput, match="so_ap_kiem_tra.done"):
        dossiers.change_assessment(dossier.id, "III.11", AssessmentChange(values={"so_ap_kiem_tra.done": "ba"}))


def test_a_member_keeps_its_id_through_an_edit(services, dossier):
    dossiers = services.dossiers
    member_id = dossiers.add_member(dossier.id, CouncilMember("  Nguyễn Văn Hùng ", "Chủ tịch UBND xã",
                                                              CouncilRole.CHU_TICH))
    saved = dossiers.council(dossier.id)
    assert saved == [CouncilMember("Nguyễn Văn Hùng", "Chủ tịch UBND xã", CouncilRole.CHU_TICH, member_id)]
    dossiers.update_member(dossier.id, CouncilMember("Nguyễn Văn Hùng", "Bí thư Đảng ủy", CouncilRole.CHU_TICH,
                                                     member_id))
    assert dossiers.council(dossier.id)[0].position == "Bí thư Đảng ủy"
    with pytest.raises(InvalidInput):
        dossiers.update_member(dossier.id, CouncilMember(" ", "", CouncilRole.THANH_VIEN, member_id))
