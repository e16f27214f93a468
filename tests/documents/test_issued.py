"""Documents kept as issued, and reports that speak of their own date: an issued document's
PDF and DOCX are what later exports return, whatever the dossier becomes; the dossier's
changes since are shown paragraph by paragraph and a new version can be issued (the old one
kept); the báo cáo 06 tháng built after later edits still says what the dossier said on its
date (the history undone, the later evidence left out)."""
from __future__ import annotations

import datetime as dt
import types

import pytest
from documents_helpers import docx_paragraphs, pdf_text, squash
from sqlalchemy import update

from plandesk.domain.dossier import CouncilMember, CouncilRole, Status
from plandesk.services import audit as audit_module
from plandesk.services.errors import InvalidInput
from plandesk.services.evidence import EvidenceMetadata
from plandesk.services.export import ExportService
from plandesk.services.issued import IssueService
from plandesk.services.preflight import PreflightService
from plandesk.storage import orm

# the tests on a fresh dossier (``services``) run on SQLite and, with $PLANDESK_TEST_POSTGRES, on PostgreSQL
pytestmark = pytest.mark.both_databases


def services_for(services):
    export = ExportService(services.dossiers, services.evidence)
    return export, IssueService(export)


def test_an_issued_document_is_exported_as_issued_until_a_new_version(demo):
    services, dossier_id = demo
    export, issue = services_for(services)
    info = issue.issue(dossier_id, "bao-cao")               # number and date from the settings
    assert (info.number, info.issued_on, info.version) == ("Số: 15/BC-HĐ", dt.date(2024, 10, 2), 1)
    pdf, docx = export.render(dossier_id, "bao-cao", "pdf"), export.render(dossier_id, "bao-cao", "docx")
    assert pdf == issue.file(dossier_id, info.id, "pdf") and docx == issue.file(dossier_id, info.id, "docx")
    assert issue.state(dossier_id, "bao-cao").changes == ()
    with pytest.raises(InvalidInput, match="đã được ban hành"):
        issue.issue(dossier_id, "bao-cao", "16", dt.date(2024, 10, 3))

    # the dossier changes: the issued file stays, and the change is shown
    services.dossiers.update_assessment(dossier_id, "III.12", result="Tổ chức 03 lớp tập huấn nghiệp vụ.")
    assert export.render(dossier_id, "bao-cao", "pdf") == pdf
    state = issue.state(dossier_id, "bao-cao")
    assert state.changed and any("Tổ chức 03 lớp tập huấn nghiệp vụ." in line for line in state.changes)
    assert all(line[0] in "+-" for line in state.changes)
    report = PreflightService(export, issue).check(dossier_id)
    assert any("đã thay đổi sau đó" in str(f.text) and f.target.key == "bao-cao" for f in report.errors)

    # a new version supersedes the old one, which is kept
    second = issue.issue(dossier_id, "bao-cao", "18", dt.date(2024, 10, 4), new_version=True)
    assert second.version == 2 and second.number == "Số: 18/BC-HĐ"
    versions = issue.issued(dossier_id, "bao-cao", all_versions=True)
    assert [(v.version, v.in_force) for v in versions] == [(1, False), (2, True)]
    fresh = export.render(dossier_id, "bao-cao", "pdf")
    assert fresh != pdf and "Tổ chức 03 lớp tập huấn nghiệp vụ." in pdf_text(fresh)
    assert squash("Số: 18/BC-HĐ") in squash(pdf_text(fresh))
    assert "Số: 18/BC-HĐ" in docx_paragraphs(export.render(dossier_id, "bao-cao", "docx"))
    assert services.dossiers.settings(dossier_id).numbers["bao_cao"] == "18"   # other documents cite it
    assert issue.state(dossier_id, "bao-cao").changes == ()
    assert services.dossiers.history(dossier_id)[-1].action == "ban_hanh_van_ban"


def test_issuing_needs_a_number_and_a_date_and_refuses_what_the_dossier_cannot_say(services, dossier):
    export, issue = services_for(services)
    with pytest.raises(InvalidInput, match="cần số và ngày"):
        issue.issue(dossier.id, "ke-hoach")
    with pytest.raises(InvalidInput, match="Chưa thể lập tờ trình đề nghị công nhận"):
        issue.issue(dossier.id, "to-trinh", "03", dt.date(2024, 10, 1))
    assert issue.issued(dossier.id) == []
    info = issue.issue(dossier.id, "ke-hoach", "1", dt.date(2024, 1, 20))
    assert info.number == "Số: 01/KH-HĐ"


class _Clock:
    """The audit log's clock, set by the test (the history of a dossier kept through the year)."""

    def __init__(self, now: dt.datetime):
        self.current = now
        clock = self

        class _DateTime(dt.datetime):
            @classmethod
            def now(cls, tz=None):
                return clock.current

        self.module = types.SimpleNamespace(datetime=_DateTime, date=dt.date, time=dt.time, timedelta=dt.timedelta)


def test_the_six_month_report_says_what_the_dossier_said_on_its_date(services, dossier, monkeypatch):
    clock = _Clock(dt.datetime(2024, 1, 15, 9, 0))
    monkeypatch.setattr(audit_module, "dt", clock.module)
    d = dossier.id
    with services.workspace.sessions.begin() as session:   # the dossier was opened in January
        session.execute(update(orm.Dossier).where(orm.Dossier.id == d).values(created_at=dt.datetime(2024, 1, 10)))
    services.dossiers.add_member(d, CouncilMember("Nguyễn Văn Hùng", "Chủ tịch UBND xã", CouncilRole.CHU_TICH))
    services.dossiers.update_settings(d, numbers={"bao_cao_6_thang": "09"}, dates={"bao_cao_6_thang": "2024-06-04"})
    clock.current = dt.datetime(2024, 5, 20, 10, 0)
    services.evidence.attach_bytes(d, "II.2", "bao-cao-tuyen-truyen.pdf", b"%PDF-1.4 sample",
                                   EvidenceMetadata("18/BC-CAX", dt.date(2024, 5, 20), "Công an xã", "Tuyên truyền"))
    services.dossiers.update_assessment(d, "II.2", status="dat", result="Tổ chức 03 buổi tuyên truyền.",
                                        values={"tuyen_truyen_phap_luat": 3})
    services.dossiers.update_assessment(d, "III.11", status="dang_thuc_hien", result="Đã kiểm tra 03/06 ấp.",
                                        values={"so_ap_kiem_tra.done": 3, "so_ap_kiem_tra.total": 6})
    export = ExportService(services.dossiers, services.evidence)
    before = export.document(d, "bao-cao-6-thang").paragraphs()
    before_pdf = pdf_text(export.render(d, "bao-cao-6-thang", "pdf"))
    assert "Đến ngày 04/6/2024, xã Thanh Mỹ đạt 01/34 tiêu chí (2,9 %); 01 tiêu chí đang thực hiện." in before

    # August: the year goes on
    clock.current = dt.datetime(2024, 8, 25, 14, 0)
    services.evidence.attach_bytes(d, "III.11", "bao-cao-kiem-tra-ap.pdf", b"%PDF-1.4 later",
                                   EvidenceMetadata("44/BC-CAX", dt.date(2024, 8, 25), "Công an xã", "Kiểm tra ấp"))
    services.dossiers.update_assessment(d, "III.11", status="dat", result="Đã kiểm tra 06/06 ấp.",
                                        values={"so_ap_kiem_tra.done": 6})
    services.dossiers.update_assessment(d, "II.2", result="Tổ chức 05 buổi tuyên truyền.")
    services.dossiers.add_member(d, CouncilMember("Lê Thị Thu Hà", "Công chức Văn phòng - Thống kê",
                                                  CouncilRole.THU_KY))

    assert export.document(d, "bao-cao-6-thang").paragraphs() == before
    assert pdf_text(export.render(d, "bao-cao-6-thang", "pdf")) == before_pdf
    now = export.document(d, "bao-cao").paragraphs()        # the báo cáo speaks of today
    assert "Đã kiểm tra 06/06 ấp." in now and "Đã kiểm tra 03/06 ấp." not in now
    as_of = export.data(d, as_of=dt.date(2024, 6, 4))
    iii11 = next(c for c in as_of.status.criteria if c.code == "III.11")
    assert iii11.status is Status.DANG_THUC_HIEN and iii11.values["so_ap_kiem_tra.done"] == 3
    assert [e.number for e in as_of.evidence] == ["18/BC-CAX"]


def test_issued_documents_travel_in_packages_byte_for_byte(demo, tmp_path):
    from plandesk.services import Services
    from plandesk.storage.workspace import open_workspace

    services, dossier_id = demo
    export, issue = services_for(services)
    report = issue.issue(dossier_id, "bao-cao")
    package = tmp_path / "usb" / "thanh-my.plandesk"
    package.parent.mkdir()
    services.transfer.pack(dossier_id, package)
    issued_before = {(i.doc, i.version): (i.pdf_sha256, i.docx_sha256) for i in issue.issued(dossier_id)}
    assert set(issued_before) == {("bao-cao-6-thang", 1), ("bao-cao", 1)}

    other = Services.build(open_workspace(tmp_path / "tham-dinh"), user="Ban Chỉ đạo")
    try:
        result = other.transfer.unpack(package)
        assert result.applied and not result.conflicts
        export2, issue2 = services_for(other)
        assert {(i.doc, i.version): (i.pdf_sha256, i.docx_sha256)
                for i in issue2.issued(result.dossier_id)} == issued_before
        assert export2.render(result.dossier_id, "bao-cao", "pdf") == issue.file(dossier_id, report.id, "pdf")
        assert export2.render(result.dossier_id, "bao-cao-6-thang", "docx") == \
            export.render(dossier_id, "bao-cao-6-thang", "docx")
        # a new version at the commune reaches the reviewer with the next package; the old one stays
        services.dossiers.update_assessment(dossier_id, "III.12", result="Tổ chức 03 lớp tập huấn nghiệp vụ.")
        issue.issue(dossier_id, "bao-cao", "19", dt.date(2024, 10, 4), new_version=True)
        again = tmp_path / "usb" / "thanh-my-2.plandesk"
        services.transfer.pack(dossier_id, again)
        second = other.transfer.unpack(again)
        assert second.applied and not second.conflicts
        assert [(i.version, i.in_force) for i in issue2.issued(result.dossier_id, "bao-cao", all_versions=True)] == \
            [(1, False), (2, True)]
        assert "Tổ chức 03 lớp tập huấn nghiệp vụ." in pdf_text(export2.render(result.dossier_id, "bao-cao", "pdf"))
    finally:
        other.close()
