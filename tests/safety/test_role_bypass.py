"""No way around the roles with PlanDesk's own commands (issue 14, point 3): imports,
restores and repairs are authorised like the same change made directly. (a) A cán bộ cannot
replace the database with an output, and a damaged-database restore asks a leader's
password (from the anchor beside the database, else the backup's accounts); (b) a package
that changes a decision needs the decide right, and the history names the decision."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from safety_helpers import edit_package, open_services, plandesk

from plandesk.storage import backup as files

PASSWORD = "mật-khẩu-đủ-dài"


@pytest.fixture
def office(demo_copy, tmp_path):
    ws = demo_copy()
    secret = tmp_path / "mk.txt"
    secret.write_text(PASSWORD + "\n", encoding="utf-8")
    plandesk(ws, "status")          # an automatic copy from before sign-in is made at this opening...
    plandesk(ws, "accounts", "add", "lanhdao", "--role", "lanh_dao", "--new-password-file", str(secret))
    plandesk(ws, "--user", "lanhdao", "--password-file", str(secret), "accounts", "add", "canbo", "--role", "can_bo",
             "--new-password-file", str(secret))
    return ws, secret


def _as(ws: Path, secret: Path, user: str, *args: str, check: bool = False):
    return plandesk(ws, "--user", user, "--password-file", str(secret), *args, check=check)


def test_a_damaged_database_restore_asks_a_leaders_password(office, tmp_path):
    ws, secret = office
    before_sign_in = files.automatic_backups(ws / "backups")[0]
    assert files.read_database(before_sign_in).dossiers    # the copy without accounts
    # (a) the shortcut of the review: an output over the live database is refused
    out = _as(ws, secret, "canbo", "pack", "--out", str(ws / "plandesk.sqlite"), "--no-documents")
    assert out.returncode == 2 and "cơ sở dữ liệu" in out.stderr
    # the database is damaged anyway (a power cut): its accounts cannot be read
    (ws / "plandesk.sqlite").write_bytes(b"")
    wrong = tmp_path / "sai.txt"
    wrong.write_text("không phải mật khẩu\n", encoding="utf-8")
    for args, expected in ((["restore", str(before_sign_in), "--yes"], "Lãnh đạo"),
                           (["--user", "canbo", "--password-file", str(secret), "restore", str(before_sign_in),
                             "--yes"], "không phải tài khoản Lãnh đạo"),
                           (["--user", "lanhdao", "--password-file", str(wrong), "restore", str(before_sign_in),
                             "--yes"], "không đúng")):
        out = plandesk(ws, *args, check=False)
        assert out.returncode == 2 and expected in out.stderr, (args, out.stderr)
        assert (ws / "plandesk.sqlite").read_bytes() == b""          # nothing moved
    out = _as(ws, secret, "lanhdao", "restore", str(before_sign_in), "--yes", check=True)
    assert "Đã khôi phục" in out.stdout
    assert "không có lỗi" in plandesk(ws, "check").stdout     # sign-in is off in that copy: the leader chose it


def test_without_the_anchor_the_backups_accounts_decide(office, tmp_path):
    ws, secret = office
    s = open_services(ws)
    try:
        s.workspace.backup_now(dt.datetime.now().replace(microsecond=0) + dt.timedelta(minutes=1))
    finally:
        s.close()
    with_accounts = files.automatic_backups(ws / "backups")[-1]
    (ws / "plandesk.anchor").unlink()
    (ws / "plandesk.sqlite").unlink()
    out = plandesk(ws, "restore", str(with_accounts), "--yes", check=False)
    assert out.returncode == 2 and "lanhdao" in out.stderr and "bản sao lưu" in out.stderr
    _as(ws, secret, "lanhdao", "restore", str(with_accounts), "--yes", check=True)


def test_a_single_user_pc_restores_without_a_password(demo_copy):
    ws = demo_copy()
    plandesk(ws, "set", "--criterion", "III.11", "--result", "trước khi hỏng")
    copy = files.automatic_backups(ws / "backups")[-1]
    (ws / "plandesk.sqlite").write_bytes(b"")
    assert "Đã khôi phục" in plandesk(ws, "restore", str(copy), "--yes").stdout


def test_a_package_changing_a_decision_needs_the_decide_right(office, tmp_path):
    ws, secret = office
    package = tmp_path / "goi.plandesk"
    _as(ws, secret, "canbo", "pack", "--out", str(package), "--no-documents", check=True)
    decided = next(line.split()[0] for line in plandesk(ws, "--user", "canbo", "--password-file", str(secret),
                                                        "status").stdout.splitlines()
                   if line.strip().startswith(("I.", "II.", "III.")) and " Đạt " in line)

    def flip(data):
        for a in data["assessments"]:
            if a["code"] == decided:
                a["status"] = "khong_dat"
                a["explanation"] = "sửa trong gói"
    forged = edit_package(package, tmp_path / "sua.plandesk", flip)
    store = sorted(p.name for p in (ws / "evidence").rglob("*") if p.is_file())
    out = _as(ws, secret, "canbo", "unpack", str(forged), "--on-conflict", "lay")
    assert out.returncode == 2 and "kết luận Đạt/Không đạt" in out.stderr, out.stderr
    assert sorted(p.name for p in (ws / "evidence").rglob("*") if p.is_file()) == store
    assert "Đạt" in _as(ws, secret, "canbo", "show", "--criterion", decided, check=True).stdout.split("Kết luận:")[1]
    out = _as(ws, secret, "lanhdao", "unpack", str(forged), "--on-conflict", "lay", check=True)
    history = _as(ws, secret, "lanhdao", "history", check=True).stdout
    line = next(line for line in history.splitlines() if "nhap_lai_goi" in line)
    assert decided in line and "khong_dat" in line
    assert "không có lỗi" in _as(ws, secret, "lanhdao", "check", check=True).stdout


def test_repair_needs_a_leader_once_accounts_exist(office):
    ws, secret = office
    out = _as(ws, secret, "canbo", "check", "--repair")
    assert out.returncode == 2 and "không được" in out.stderr
    assert _as(ws, secret, "lanhdao", "check", "--repair").returncode == 0


def test_the_window_asks_a_leaders_password_before_restoring(office, monkeypatch):
    pytest.importorskip("PySide6")
    import os
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from plandesk.gui import application, messages

    ws, _ = office
    (ws / "plandesk.sqlite").write_bytes(b"")
    monkeypatch.setattr(messages, "confirm", lambda parent, text, title="": True)
    errors = []
    monkeypatch.setattr(messages, "show_error", lambda parent, text, title=None: errors.append(text))
    asked = []
    app = application.configure_app([])
    opener = lambda user, path=None: open_services(ws)  # noqa: E731
    monkeypatch.setattr(application, "ask_leader", lambda message: asked.append(message) or ("canbo", PASSWORD))
    assert application.open_or_recover(app, opener, "") is None          # a cán bộ: refused, nothing moved
    assert asked and "Lãnh đạo" in asked[0] and errors and "không phải tài khoản Lãnh đạo" in errors[0]
    assert (ws / "plandesk.sqlite").read_bytes() == b""
    monkeypatch.setattr(application, "ask_leader", lambda message: ("lanhdao", PASSWORD))
    services = application.open_or_recover(app, opener, "")
    try:
        assert services is not None and services.dossiers.list_dossiers()
    finally:
        services.close()
