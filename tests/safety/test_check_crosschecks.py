"""check finds deliberate edits the tables alone do not show (issue 14, point 5): seals,
roles and the audit chain against each other and against the anchor kept outside the
database, and it says what it can and cannot prove."""
from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest
from safety_helpers import open_services, plandesk

from plandesk.domain.access import Role
from plandesk.services.audit import entry_digest

PASSWORD = "mật-khẩu-đủ-dài"


@pytest.fixture
def sealed(demo_copy):
    """A workspace with sign-in on (a leader and a read-only inspector) and a finalised dossier."""
    ws = demo_copy()
    s = open_services(ws)
    try:
        s.accounts.create("lanhdao", "Nguyễn Văn Lãnh", Role.LANH_DAO, PASSWORD)
        s.accounts.create("xem", "Lê Văn Xem", Role.XEM, PASSWORD)
        s.seals.finalise(1)
        assert s.integrity.check().ok
    finally:
        s.close()
    return ws


def _sql(ws: Path, *statements: str) -> None:
    con = sqlite3.connect(ws / "plandesk.sqlite")
    try:
        for statement in statements:
            con.execute(statement)
        con.commit()
    finally:
        con.close()


def _check(ws: Path):
    s = open_services(ws)
    try:
        return s.integrity.check()
    finally:
        s.close()


def test_a_clean_workspace_says_what_it_proved_and_what_it_cannot(sealed):
    report = _check(sealed)
    assert report.ok, report.problems
    notes = " ".join(report.notes)
    assert "plandesk.anchor" in notes and "liền mạch" in notes
    assert "không chứng minh được" in notes
    assert "vai trò của 2 tài khoản" in notes


def test_deleting_the_seal_row_is_found(sealed):
    _sql(sealed, "DELETE FROM dossier_seals")
    report = _check(sealed)
    assert any("dấu chốt đã bị xóa" in p for p in report.problems), report.problems


def test_a_seal_with_another_digest_is_found(sealed):
    _sql(sealed, "UPDATE dossier_seals SET digest = '" + "0" * 64 + "'")
    assert any("khác mã nhật ký" in p for p in _check(sealed).problems)


def test_deleting_the_newest_audit_entry_is_found(sealed):
    _sql(sealed, "DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)")
    report = _check(sealed)
    assert any("tệp mốc 'plandesk.anchor'" in p and "các mục mới nhất đã bị xóa" in p for p in report.problems), \
        report.problems


def test_a_role_raised_by_sql_is_found(sealed):
    _sql(sealed, "UPDATE accounts SET role = 'lanh_dao' WHERE username = 'xem'")
    problems = _check(sealed).problems
    assert any("'xem'" in p and "vai trò đã bị sửa ngoài PlanDesk" in p for p in problems), problems


def test_an_account_added_by_sql_is_found(sealed):
    _sql(sealed, "INSERT INTO accounts (username, full_name, role, password_hash, active, failed_attempts, "
                 "created_at) VALUES ('la', '', 'lanh_dao', 'x', 1, 0, '2024-01-01 00:00:00')")
    assert any("'la'" in p and "thêm ngoài PlanDesk" in p for p in _check(sealed).problems)


def test_a_whole_chain_rewritten_consistently_is_found_by_the_anchor(sealed):
    """Someone deletes the finalising and the seal, then recomputes every hash so the chain
    is whole again: only the record outside the database shows it."""
    con = sqlite3.connect(sealed / "plandesk.sqlite")
    try:
        con.execute("DELETE FROM dossier_seals")
        con.execute("DELETE FROM audit_log WHERE action = 'chot_ho_so'")
        prev = ""
        for row in con.execute("SELECT id, at, user, dossier_id, action, target, field, old_value, new_value "
                               "FROM audit_log ORDER BY id").fetchall():
            digest = entry_digest(prev, dt.datetime.fromisoformat(row[1]), *row[2:])
            con.execute("UPDATE audit_log SET prev_hash = ?, entry_hash = ? WHERE id = ?", (prev, digest, row[0]))
            prev = digest
        con.commit()
    finally:
        con.close()
    problems = _check(sealed).problems
    assert problems and all("đã bị sửa" in p or "bị xóa" in p for p in problems), problems
    assert any("plandesk.anchor" in p for p in problems)


def test_an_automatic_copy_also_anchors_the_chain(sealed):
    """Without the anchor file (deleted too), the newest database copy still shows the tail
    that went missing."""
    s = open_services(sealed)
    try:
        s.workspace.backup_now(dt.datetime.now().replace(microsecond=0) + dt.timedelta(minutes=1))
    finally:
        s.close()
    (sealed / "plandesk.anchor").unlink()
    _sql(sealed, "DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)")
    problems = _check(sealed).problems
    assert any("bản sao lưu 'tu-dong-" in p for p in problems), problems


def test_a_restore_is_not_mistaken_for_tampering(sealed, tmp_path):
    s = open_services(sealed)
    try:
        s.accounts.sign_in("lanhdao", PASSWORD)
        backup = s.backup.full_backup(tmp_path / "usb").path
        s.seals.reopen(1, "bổ sung minh chứng theo yêu cầu")
        s.dossiers.update_assessment(1, "III.11", result="sau sao lưu")
        s.backup.restore(backup)            # back to fewer entries: a restore, recorded, not tampering
        report = s.integrity.check()
        assert report.ok, report.problems
    finally:
        s.close()
    anchor = json.loads((sealed / "plandesk.anchor").read_text(encoding="utf-8"))
    assert anchor["restored"]["from"] == str(backup) and not anchor["pending"]
    con = sqlite3.connect(sealed / "plandesk.sqlite")
    try:
        last = con.execute("SELECT id, entry_hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    finally:
        con.close()
    assert [anchor["chain"]["id"], anchor["chain"]["hash"]] == list(last)   # the anchor follows the restored chain


def test_check_on_the_command_line_exits_1_naming_the_edit(sealed):
    _sql(sealed, "UPDATE accounts SET role = 'lanh_dao' WHERE username = 'xem'")
    secret = sealed.parent / "mk.txt"
    secret.write_text(PASSWORD, encoding="utf-8")
    out = plandesk(sealed, "--user", "lanhdao", "--password-file", str(secret), "check", check=False)
    assert out.returncode == 1 and "vai trò đã bị sửa ngoài PlanDesk" in out.stderr
