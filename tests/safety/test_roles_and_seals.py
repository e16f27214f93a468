"""Sign-in, roles and finalised dossiers, enforced by the services whatever a window shows."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select, text

from plandesk.domain.access import ACTION_PERMISSIONS, Action, Actor, Permission, Role, needed_permission
from plandesk.domain.dossier import CouncilMember, CouncilRole, Status
from plandesk.services import AccessDenied, DossierSealed, InvalidInput, Services
from plandesk.services.accounts import LOCK_MINUTES, MAX_FAILURES, SignInFailed, verify_password
from plandesk.storage import orm

# also on a shared server: a provincial office's accounts and seals live in its PostgreSQL database
pytestmark = pytest.mark.both_databases

PASSWORD = "mật-khẩu-đủ-dài"


@pytest.fixture
def office(services, dossier):
    """A commune office with sign-in on: a leader, an officer and a read-only inspector."""
    accounts = services.accounts
    accounts.create("lanhdao", "Nguyễn Văn Lãnh", Role.LANH_DAO, PASSWORD)
    accounts.create("canbo", "Trần Thị Cán", Role.CAN_BO, PASSWORD)
    accounts.create("xem", "Lê Văn Xem", Role.XEM, PASSWORD)
    accounts.sign_out()
    return services, dossier


def as_user(services: Services, username: str) -> Services:
    services.accounts.sign_in(username, PASSWORD)
    return services


def assessment(services, dossier, code="I.1"):
    return services.dossiers.assessment(dossier.id, code)


def audit_count(services) -> int:
    with services.workspace.sessions() as session:
        return len(session.scalars(select(orm.AuditEntry)).all())


def test_first_account_must_be_a_leader_and_turns_sign_in_on(services, dossier):
    assert not services.accounts.sign_in_enabled()
    with pytest.raises(InvalidInput, match="Lãnh đạo"):
        services.accounts.create("canbo", "Trần Thị Cán", Role.CAN_BO, PASSWORD)
    assert not services.accounts.sign_in_enabled()
    services.accounts.create("lanhdao", "Nguyễn Văn Lãnh", Role.LANH_DAO, PASSWORD)
    assert services.accounts.sign_in_enabled()


def test_nobody_signed_in_cannot_change_anything(office):
    services, dossier = office
    before = audit_count(services)
    with pytest.raises(AccessDenied, match="đăng nhập"):
        services.dossiers.update_assessment(dossier.id, "I.1", result="Đã ban hành nghị quyết")
    assert assessment(services, dossier).result == ""
    assert audit_count(services) == before


def test_officer_edits_but_cannot_decide_finalise_or_manage(office, tmp_path):
    services, dossier = as_user(*office[:1], "canbo"), office[1]
    services.dossiers.update_assessment(dossier.id, "I.1", result="Đã ban hành nghị quyết số 12",
                                        status=Status.DANG_THUC_HIEN)
    doc = tmp_path / "nghi-quyet.txt"
    doc.write_text("Nghị quyết số 12", encoding="utf-8")
    services.evidence.attach(dossier.id, "I.1", [doc])
    with pytest.raises(AccessDenied, match="Cán bộ.*kết luận Đạt/Không đạt"):
        services.dossiers.update_assessment(dossier.id, "I.1", status=Status.DAT)
    assert assessment(services, dossier).status is Status.DANG_THUC_HIEN
    with pytest.raises(AccessDenied):
        services.seals.finalise(dossier.id)
    with pytest.raises(AccessDenied):
        services.accounts.create("moi", "Người Mới", Role.CAN_BO, PASSWORD)
    assert services.seals.seal(dossier.id) is None


def test_a_forged_role_is_not_believed_the_database_decides(office):
    services, dossier = office
    with services.workspace.sessions() as session:
        officer_id = session.scalar(select(orm.Account.id).where(orm.Account.username == "canbo"))
    forged = Services.build(services.workspace, Actor(name="Trần Thị Cán", account_id=officer_id,
                                                      role=Role.LANH_DAO))
    with pytest.raises(AccessDenied):
        forged.dossiers.update_assessment(dossier.id, "I.1", status=Status.KHONG_DAT, explanation="Thiếu")


def test_read_only_account_is_refused_before_any_file_is_copied(office, tmp_path):
    services, dossier = as_user(*office[:1], "xem"), office[1]
    stored_before = set(services.workspace.store.stored_hashes())
    doc = tmp_path / "bien-ban.txt"
    doc.write_text("Biên bản họp", encoding="utf-8")
    with pytest.raises(AccessDenied, match="Chỉ xem"):
        services.evidence.attach(dossier.id, "I.1", [doc])
    assert set(services.workspace.store.stored_hashes()) == stored_before
    with pytest.raises(AccessDenied):
        services.dossiers.add_member(dossier.id, CouncilMember("Phạm Văn Hội", "Chủ tịch UBND xã",
                                                               CouncilRole.CHU_TICH))
    assert services.dossiers.status(dossier.id).total == 34      # reading is allowed


def test_a_role_change_takes_effect_at_once(office):
    services, dossier = office
    leader = Services.build(services.workspace, "")
    leader.accounts.sign_in("lanhdao", PASSWORD)
    officer = as_user(services, "canbo")
    officer.dossiers.update_assessment(dossier.id, "I.1", result="Có kế hoạch")
    xem_id = next(a.id for a in leader.accounts.list_accounts() if a.username == "canbo")
    leader.accounts.update(xem_id, role=Role.XEM)
    with pytest.raises(AccessDenied):
        officer.dossiers.update_assessment(dossier.id, "I.1", result="Sửa lại")


def test_finalised_dossier_refuses_every_change_until_a_leader_reopens_it_with_a_reason(office, tmp_path):
    services, dossier = office
    leader = as_user(services, "lanhdao")
    leader.dossiers.update_assessment(dossier.id, "I.1", result="Đủ", status=Status.KHONG_DAT,
                                      explanation="Chưa có nghị quyết")
    seal = leader.seals.finalise(dossier.id)
    assert seal.in_force and len(seal.digest) == 64
    doc = tmp_path / "bo-sung.txt"
    doc.write_text("bổ sung", encoding="utf-8")
    for change in (lambda: leader.dossiers.update_assessment(dossier.id, "I.2", result="Sửa sau khi chốt"),
                   lambda: leader.evidence.attach(dossier.id, "I.2", [doc]),
                   lambda: leader.dossiers.add_member(dossier.id, CouncilMember("Phạm Văn Hội", "Chủ tịch",
                                                                                CouncilRole.CHU_TICH))):
        with pytest.raises(DossierSealed, match="mở lại"):
            change()
    assert assessment(leader, dossier, "I.2").result == ""
    # sending the finalised dossier is what finalising is for
    leader.transfer.pack(dossier.id, tmp_path / "nop.plandesk")
    # an officer cannot reopen; a leader must give a reason
    leader.accounts.sign_in("canbo", PASSWORD)
    with pytest.raises(AccessDenied):
        leader.seals.reopen(dossier.id, "Bổ sung minh chứng theo yêu cầu")
    leader.accounts.sign_in("lanhdao", PASSWORD)
    with pytest.raises(InvalidInput, match="lý do"):
        leader.seals.reopen(dossier.id, "  ")
    reopened = leader.seals.reopen(dossier.id, "Bổ sung minh chứng theo yêu cầu thẩm định")
    assert reopened.reopened_by == "Nguyễn Văn Lãnh" and not reopened.in_force
    leader.dossiers.update_assessment(dossier.id, "I.2", result="Đã bổ sung")
    entry = next(e for e in reversed(leader.dossiers.history(dossier.id)) if e.action == "mo_lai_ho_so")
    assert "Bổ sung minh chứng theo yêu cầu thẩm định" in entry.new_value
    assert entry.user == "Nguyễn Văn Lãnh"


def test_check_finds_a_sealed_dossier_changed_outside_plandesk(office):
    services, dossier = office
    leader = as_user(services, "lanhdao")
    leader.seals.finalise(dossier.id)
    assert leader.integrity.check().ok
    with services.workspace.engine.begin() as connection:
        connection.execute(text("UPDATE assessments SET result = 'sửa lén' WHERE code = 'I.3'"))
    problems = leader.integrity.check().problems
    assert any("không còn khớp mã kiểm tra" in p for p in problems)


def test_review_comments_reach_a_finalised_dossier_without_breaking_its_seal(office):
    services, dossier = office
    leader = as_user(services, "lanhdao")
    leader.seals.finalise(dossier.id)
    with services.workspace.sessions.begin() as session:      # as the review package import writes them
        row = session.scalars(select(orm.Assessment).where(orm.Assessment.dossier_id == dossier.id,
                                                           orm.Assessment.code == "I.1")).one()
        row.review_status, row.review_comment = "yeu_cau_bo_sung", "Thiếu biên bản"
    assert leader.integrity.check().ok


def test_lock_out_after_repeated_wrong_passwords(office):
    services, _ = office
    start = dt.datetime(2024, 10, 5, 8, 0)
    for attempt in range(1, MAX_FAILURES):
        with pytest.raises(SignInFailed, match=f"còn {MAX_FAILURES - attempt} lần"):
            services.accounts.sign_in("canbo", "sai-mat-khau", at=start)
    with pytest.raises(SignInFailed, match="bị tạm khóa"):
        services.accounts.sign_in("canbo", "sai-mat-khau", at=start)
    with pytest.raises(SignInFailed, match="đang tạm khóa"):
        services.accounts.sign_in("canbo", PASSWORD, at=start + dt.timedelta(minutes=LOCK_MINUTES - 1))
    assert not services.identity.actor.signed_in
    actor = services.accounts.sign_in("canbo", PASSWORD, at=start + dt.timedelta(minutes=LOCK_MINUTES + 1))
    assert actor.role is Role.CAN_BO
    with services.workspace.sessions() as session:
        assert session.scalar(select(orm.AuditEntry.target).where(orm.AuditEntry.action == "khoa_tai_khoan")) == "canbo"


def test_a_leader_lifts_a_lock_out_by_setting_a_new_password(office):
    services, _ = office
    for _ in range(MAX_FAILURES):
        with pytest.raises(SignInFailed):
            services.accounts.sign_in("canbo", "sai-mat-khau")
    leader = as_user(services, "lanhdao")
    officer_id = next(a.id for a in leader.accounts.list_accounts() if a.username == "canbo")
    leader.accounts.reset_password(officer_id, "mật-khẩu-mới-123")
    assert leader.accounts.sign_in("canbo", "mật-khẩu-mới-123").role is Role.CAN_BO


def test_unknown_user_and_wrong_password_get_the_same_message(office):
    services, _ = office
    with pytest.raises(SignInFailed) as unknown:
        services.accounts.sign_in("khongco", PASSWORD)
    with pytest.raises(SignInFailed) as wrong:
        services.accounts.sign_in("lanhdao", "sai-mat-khau")
    same = "Tên đăng nhập hoặc mật khẩu không đúng"
    assert str(unknown.value).startswith(same) and str(wrong.value).startswith(same)


def test_passwords_are_kept_only_as_salted_scrypt_hashes(office):
    services, _ = office
    with services.workspace.sessions() as session:
        hashes = dict(session.execute(select(orm.Account.username, orm.Account.password_hash)).all())
    assert len(set(hashes.values())) == 3                       # same password, different salts
    for stored in hashes.values():
        assert stored.startswith("scrypt$") and PASSWORD not in stored
        assert verify_password(PASSWORD, stored) and not verify_password(PASSWORD + "x", stored)
    if services.workspace.shared:  # the server's files are not ours to read: every stored row instead
        with services.workspace.engine.connect() as connection:
            raw = " ".join(connection.execute(text("SELECT a::text FROM accounts a")).scalars()).encode("utf-8")
        assert b"lanhdao" in raw
    else:
        raw = Path(services.workspace.db_path).read_bytes()
    assert PASSWORD.encode("utf-8") not in raw


def test_the_last_leader_cannot_be_demoted_and_sign_in_can_be_turned_off(office):
    services, dossier = office
    leader = as_user(services, "lanhdao")
    leader_id = leader.identity.actor.account_id
    with pytest.raises(InvalidInput, match="ít nhất một tài khoản Lãnh đạo"):
        leader.accounts.update(leader_id, role=Role.CAN_BO)
    leader.accounts.disable_sign_in()
    assert not services.accounts.sign_in_enabled()
    services.dossiers.update_assessment(dossier.id, "I.1", result="Máy một người dùng")  # anyone again


def test_every_action_has_its_permission_and_keeps_its_stored_key():
    """Actions are an enum whose values are the keys already stored in audit logs (their hashes
    cover them): renaming one would break every existing chain."""
    assert len(Action) > 30 and len({a.value for a in Action}) == len(Action)
    assert all(isinstance(a.permission, Permission) for a in Action)
    assert Action("sua_tieu_chi") is Action.EDIT_ASSESSMENT and Action.PACK == "dong_goi"
    assert ACTION_PERMISSIONS["chot_ho_so"] is Permission.FINALISE
    assert {a for a in Action if a.when_sealed} == {Action.PACK, Action.PACK_REVIEW, Action.IMPORT_REVIEW,
                                                    Action.REOPEN, Action.BACKUP}


def test_changing_a_decision_needs_the_decide_permission():
    edit = Action.EDIT_ASSESSMENT
    assert needed_permission(edit, "result", {"result": ""}, {"result": "x"}) is Permission.EDIT
    assert needed_permission(edit, "status,result", {"status": "chua_danh_gia"}, {"status": "dat"}) is Permission.DECIDE
    assert needed_permission(edit, "status", {"status": "dat"}, {"status": "dang_thuc_hien"}) is Permission.DECIDE
    assert needed_permission(Action.REIMPORT_PACKAGE, new={"ket_luan": {"I.1": ["dat", "khong_dat"]}}) \
        is Permission.DECIDE
    assert needed_permission(Action.REIMPORT_PACKAGE, new={}) is Permission.EDIT
