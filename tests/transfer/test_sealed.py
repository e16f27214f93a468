"""Packages and finalised dossiers: the reviewer's comments still reach a finalised dossier,
a newer copy of the dossier does not, and nothing changes when it is refused."""
from __future__ import annotations

import pytest

from plandesk.domain.dossier import ReviewStatus
from plandesk.services import DossierSealed

from .conftest import workspace_digest


def test_finalised_dossier_takes_review_comments_but_refuses_a_newer_copy(commune, reviewer, tmp_path):
    rid = reviewer.transfer.unpack(commune.transfer.pack(1, tmp_path / "nop.plandesk").paths[0]).dossier_id
    # the reviewer finalises its copy of the submission: the review is still written, nothing else
    reviewer.seals.finalise(rid)
    reviewer.dossiers.update_assessment(rid, "III.3", review_status=ReviewStatus.YEU_CAU_BO_SUNG,
                                        review_comment="Bổ sung số liệu.")
    with pytest.raises(DossierSealed):
        reviewer.dossiers.update_assessment(rid, "III.3", result="Sửa tại nơi thẩm định",
                                            review_comment="Bổ sung số liệu.")
    assert reviewer.integrity.check().ok
    updated = reviewer.transfer.pack_review(rid, tmp_path / "tham-dinh.plandesk").paths[0]

    commune.seals.finalise(1)
    assert commune.transfer.unpack(updated).applied
    assert commune.dossiers.assessment(1, "III.3").review_comment == "Bổ sung số liệu."
    assert commune.integrity.check().ok                         # review comments are outside the seal

    # a newer copy of the dossier (made elsewhere) cannot overwrite the finalised one
    commune.seals.reopen(1, "Bổ sung số liệu theo ý kiến thẩm định")
    commune.dossiers.update_assessment(1, "III.3", result="Số liệu đã bổ sung.")
    resubmitted = commune.transfer.pack(1, tmp_path / "nop-lai.plandesk").paths[0]
    before = workspace_digest(reviewer)
    with pytest.raises(DossierSealed):
        reviewer.transfer.unpack(resubmitted)
    assert workspace_digest(reviewer) == before
    reviewer.seals.reopen(rid, "Nhận hồ sơ xã nộp lại")
    assert reviewer.transfer.unpack(resubmitted).applied
    assert reviewer.dossiers.assessment(rid, "III.3").result == "Số liệu đã bổ sung."
