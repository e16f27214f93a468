"""Services.build makes every service once, over one DossierService (one cache of parsed
frameworks) and one identity; editing a document and its links is one transaction."""
from __future__ import annotations

import pytest
from sqlalchemy import func, select

from plandesk.domain.dossier import EvidenceEdit, UnitInfo
from plandesk.services import NotFound, Services
from plandesk.storage import orm
from plandesk.storage.workspace import open_workspace


def test_one_of_each_service_sharing_one_dossier_service(services: Services):
    assert services.transfer.dossiers is services.dossiers
    assert services.backup.dossiers is services.dossiers
    assert services.spreadsheets.dossiers is services.dossiers
    export = services.export                     # made on first use, then the same one
    assert export is services.export and export.dossiers is services.dossiers
    assert services.issued.export is export and services.preflight.export is export
    assert services.preflight.issued is services.issued
    # the identity is one: signing in (or renaming) acts for every service at once
    services.identity.rename("Cán bộ mới")
    assert services.transfer.user == services.spreadsheets.user == services.issued.user == "Cán bộ mới"


def _history(services: Services) -> list[str]:
    with services.workspace.sessions() as session:
        return list(session.scalars(select(orm.AuditEntry.action).order_by(orm.AuditEntry.id)))


@pytest.fixture
def document(services: Services):
    dossier = services.dossiers.create(UnitInfo("Thanh Mỹ", district="Tháp Mười", province="Đồng Tháp"), 2024,
                                       "xa-dien-hinh-antq")
    attached = services.evidence.attach_bytes(dossier.id, "I.1", "Nghị quyết.txt", "Nội dung.".encode())
    return dossier.id, attached.evidence.id


def test_details_links_and_confirmation_in_one_transaction(services: Services, document):
    dossier_id, evidence_id = document
    before = _history(services)
    info = services.evidence.edit(dossier_id, evidence_id, EvidenceEdit(title="Nghị quyết về ANTT", number="05-NQ/ĐU"),
                                  link=["I.2", "II.1"], confirm_reading=True)
    assert info.title == "Nghị quyết về ANTT" and info.number == "05-NQ/ĐU"
    assert set(info.criteria) == {"I.1", "I.2", "II.1"}
    # each change one entry of the history, as when made alone
    assert _history(services)[len(before):] == ["sua_minh_chung", "xac_nhan_thong_tin_van_ban",
                                                "lien_ket_minh_chung", "lien_ket_minh_chung"]
    info = services.evidence.edit(dossier_id, evidence_id, link=["III.1"], unlink=["I.2", "II.1"])
    assert set(info.criteria) == {"I.1", "III.1"}


def test_a_refused_part_changes_nothing(services: Services, document):
    dossier_id, evidence_id = document
    before = _history(services)
    with pytest.raises(NotFound, match="IX.9"):
        services.evidence.edit(dossier_id, evidence_id, EvidenceEdit(title="Tên mới"), link=["I.2", "IX.9"],
                               confirm_reading=True)
    info = services.evidence.get(dossier_id, evidence_id)
    assert info.title != "Tên mới" and info.criteria == ("I.1",)
    assert _history(services) == before
    with services.workspace.sessions() as session:
        assert session.scalar(select(func.count()).select_from(orm.EvidenceLink)) == 1


def test_moving_the_workspace_is_a_use_case(services: Services, document, tmp_path):
    from plandesk.services import ServiceError

    busy = tmp_path / "co-san"
    busy.mkdir()
    (busy / "tep.txt").write_text("của người khác", encoding="utf-8")
    with pytest.raises(ServiceError, match="không trống"):      # what the window shows, as it is
        services.folder.move(busy)
    assert sorted(p.name for p in busy.iterdir()) == ["tep.txt"]
    target = services.folder.move(tmp_path / "o-moi" / "PlanDesk")
    copied = Services.build(open_workspace(target))
    try:
        dossier_id, evidence_id = document
        assert copied.evidence.get(dossier_id, evidence_id).original_name == "Nghị quyết.txt"
        assert copied.integrity.check().ok
    finally:
        copied.close()
    assert (services.folder.root / "plandesk.sqlite").is_file()   # the old folder is kept as it was
