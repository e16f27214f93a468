"""The real ``plandesk`` command in a subprocess on a temporary workspace: what the README
promises a new user."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def plandesk(workspace: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONIOENCODING="utf-8")
    proc = subprocess.run([sys.executable, "-m", "plandesk", "--data", str(workspace), *args],
                          capture_output=True, text=True, encoding="utf-8", env=env, timeout=120)
    if check and proc.returncode != 0:
        raise AssertionError(f"exit {proc.returncode}\nstdout: {proc.stdout}\nstderr: {proc.stderr}")
    return proc


@pytest.fixture(scope="module")
def demo_workspace(tmp_path_factory):
    ws = tmp_path_factory.mktemp("cli") / "W"
    out = plandesk(ws, "demo")
    assert "Đã tạo hồ sơ mẫu số 1" in out.stdout
    return ws


def test_demo_status_json_has_34_criteria_with_suggestions(demo_workspace):
    data = json.loads(plandesk(demo_workspace, "status", "--json").stdout)
    assert [(g["code"], g["total"]) for g in data["groups"]] == [("I", 7), ("II", 8), ("III", 19)]
    assert len(data["criteria"]) == 34
    assert data["dossier"]["unit"] == "Thanh Mỹ" and data["dossier"]["year"] == 2024
    by_code = {c["code"]: c for c in data["criteria"]}
    assert by_code["III.3"]["suggested_status"] == "dat"
    assert "giảm 7,1 % so với năm trước" in by_code["III.3"]["reason"]
    assert by_code["III.11"]["suggested_status"] == "dat"        # the sample is ready to submit: 06/06 ấp
    assert by_code["II.8"]["suggested_status"] == "dat"
    assert by_code["II.2"]["suggested_status"] == "dat" and by_code["I.4"]["suggested_status"] == "dat"
    assert by_code["I.2"]["evidence_count"] == 3
    assert data["summary"]["total"] == 34 and data["summary"]["dat"] == 34
    assert {c["status"] for c in data["criteria"]} == {"dat"} and not data["summary"]["without_evidence"]
    assert data["summary"]["evidence_documents"] == 28 and data["summary"]["criteria_with_evidence"] == 34


def test_demo_twice_does_not_duplicate(demo_workspace):
    out = plandesk(demo_workspace, "demo")
    assert "đã có" in out.stdout
    assert len(plandesk(demo_workspace, "dossiers").stdout.strip().splitlines()) == 1


def test_set_value_changes_the_suggestion(tmp_path):
    ws = tmp_path / "W"
    plandesk(ws, "demo")
    out = plandesk(ws, "set", "--criterion", "III.11", "--value", "so_ap_kiem_tra.done=6", "--status", "dat",
                   "--explanation", "Biên bản kiểm tra 06 ấp lưu tại Công an xã.")
    assert "gợi ý: Đạt" in out.stdout
    data = json.loads(plandesk(ws, "status", "--json").stdout)
    assert next(c for c in data["criteria"] if c["code"] == "III.11")["status"] == "dat"


def test_attach_nfd_named_file_and_dedupe(tmp_path):
    ws = tmp_path / "W"
    plandesk(ws, "new", "--commune", "Mỹ Đông", "--year", "2025", "--district", "huyện Tháp Mười")
    doc = tmp_path / unicodedata.normalize("NFD", "Biên bản kiểm tra ấp.pdf")
    doc.write_bytes(b"%PDF-1.4 bien ban")
    out = plandesk(ws, "attach", "--criterion", "III.11", str(doc), "--number", "03/BB-CAX", "--date", "2025-05-02")
    assert "Biên bản kiểm tra ấp.pdf → III.11" in out.stdout
    out = plandesk(ws, "attach", "--criterion", "III.10", str(doc))
    assert "chỉ liên kết" in out.stdout
    listing = plandesk(ws, "evidence", "list").stdout
    assert "III.10, III.11" in listing and "03/BB-CAX" in listing and "02/05/2025" in listing


def test_check_passes_then_fails_after_one_changed_byte(tmp_path):
    ws = tmp_path / "W"
    plandesk(ws, "demo")
    ok = plandesk(ws, "check")
    assert "không có lỗi" in ok.stdout
    victim = next(p for p in (ws / "evidence").rglob("*") if p.is_file() and p.parent.name != "tmp")
    data = bytearray(victim.read_bytes())
    data[len(data) // 2] ^= 0x01
    victim.write_bytes(bytes(data))
    bad = plandesk(ws, "check", check=False)
    assert bad.returncode == 1
    assert victim.name[:12] in bad.stderr and "đã bị thay đổi" in bad.stderr


def test_check_detects_an_edited_history(tmp_path):
    import sqlite3

    ws = tmp_path / "W"
    plandesk(ws, "demo")
    con = sqlite3.connect(ws / "plandesk.sqlite")
    con.execute("UPDATE audit_log SET new_value = 'sửa lén' WHERE id = 5")
    con.commit()
    con.close()
    bad = plandesk(ws, "check", check=False)
    assert bad.returncode == 1 and "mục số 5 đã bị sửa" in bad.stderr


@pytest.mark.parametrize("args,message", [
    (("status", "--dossier", "7"), "Không có hồ sơ số 7"),
    (("set", "--criterion", "IX.1", "--result", "x"), "Không có tiêu chí 'IX.1'"),
    (("set", "--criterion", "III.3", "--value", "vu_pham_toi_trat_tu_xa_hoi.current=mười"), "không phải là số"),
    (("attach", "--criterion", "I.1", "khong-co-tep.pdf"), "Không tìm thấy tệp"),
    (("set", "--criterion", "I.4", "--status", "chua_danh_gia", "--value", "ho_tro_kinh_phi=có lẽ"), "có/không"),
])
def test_errors_are_plain_words_without_traceback(demo_workspace, args, message):
    proc = plandesk(demo_workspace, *args, check=False)
    assert proc.returncode == 2
    assert message in proc.stderr
    assert "Traceback" not in proc.stderr


def test_help_lists_the_commands(tmp_path):
    out = plandesk(tmp_path / "W", "--help", check=True)
    assert "usage: plandesk" in out.stdout
    for command in ("demo", "status", "set", "attach", "check", "settings"):
        assert command in out.stdout


def test_unopenable_workspace_is_reported(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    proc = plandesk(blocker / "W", "dossiers", check=False)
    assert proc.returncode == 2 and "Không tạo được thư mục làm việc" in proc.stderr


def test_settings_and_deadlines_are_editable(tmp_path):
    ws = tmp_path / "W"
    plandesk(ws, "demo")
    out = plandesk(ws, "settings", "set", "numbers.to_trinh=12", "recipients=Như trên;Lưu: VT",
                   unicodedata.normalize("NFD", "signer_name=Nguyễn Văn Hùng"))
    data = json.loads(out.stdout)
    assert data["numbers"]["to_trinh"] == "12" and data["recipients"] == ["Như trên", "Lưu: VT"]
    assert data["signer_name"] == "Nguyễn Văn Hùng"
    out = plandesk(ws, "deadline", "set", "ho_so", "--due", "2024-10-10", "--done", "2024-10-03").stdout
    assert "ho_so\t10/10/2024" in out and "xong 03/10/2024" in out
    bad = plandesk(ws, "settings", "set", "khong_co=1", check=False)
    assert bad.returncode == 2 and "KEY=VALUE" in bad.stderr


def test_restore_on_a_damaged_database_from_the_command_line(tmp_path):
    ws = tmp_path / "W"
    plandesk(ws, "demo")
    plandesk(ws, "backup", "--out", str(tmp_path / "usb"))
    backup = next((tmp_path / "usb").glob("PlanDesk-sao-luu-*.zip"))
    db = ws / "plandesk.sqlite"
    for suffix in ("-wal", "-shm"):
        (ws / f"plandesk.sqlite{suffix}").unlink(missing_ok=True)
    data = bytearray(db.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)
    db.write_bytes(bytes(data))
    refused = plandesk(ws, "status", check=False)
    assert refused.returncode == 2 and "plandesk restore" in refused.stderr
    out = plandesk(ws, "restore", str(backup), "--yes")
    assert "Đã khôi phục" in out.stdout
    assert "Thanh Mỹ" in plandesk(ws, "dossiers").stdout
    assert plandesk(ws, "check").returncode == 0


def test_sign_in_roles_and_finalising_from_the_command_line(tmp_path):
    ws = tmp_path / "W"
    leader_pw, officer_pw = tmp_path / "lanhdao.txt", tmp_path / "canbo.txt"
    leader_pw.write_text("mật-khẩu-lãnh-đạo\n", encoding="utf-8")
    officer_pw.write_text("mật-khẩu-cán-bộ\n", encoding="utf-8")
    plandesk(ws, "demo")
    refused = plandesk(ws, "accounts", "add", "canbo", "--role", "can_bo", "--new-password-file", str(officer_pw),
                       check=False)
    assert refused.returncode == 2 and "phải có vai trò Lãnh đạo" in refused.stderr
    plandesk(ws, "accounts", "add", "lanhdao", "--name", "Nguyễn Văn Lãnh", "--role", "lanh_dao",
             "--new-password-file", str(leader_pw))
    leader = ("--user", "lanhdao", "--password-file", str(leader_pw))
    officer = ("--user", "canbo", "--password-file", str(officer_pw))
    plandesk(ws, *leader, "accounts", "add", "canbo", "--name", "Trần Thị Cán", "--role", "can_bo",
             "--new-password-file", str(officer_pw))

    anonymous = plandesk(ws, "status", check=False)
    assert anonymous.returncode == 2 and "--user" in anonymous.stderr
    assert "Trần Thị Cán" in plandesk(ws, *leader, "accounts", "list").stdout

    plandesk(ws, *officer, "set", "--criterion", "I.1", "--result", "Đã có nghị quyết")
    decide = plandesk(ws, *officer, "set", "--criterion", "I.1", "--status", "khong_dat", "--explanation", "Thiếu",
                      check=False)
    assert decide.returncode == 2 and "kết luận Đạt/Không đạt" in decide.stderr

    assert json.loads(plandesk(ws, *leader, "status", "--json").stdout)["finalised"] is None
    sealed = plandesk(ws, *leader, "finalise")
    assert "Đã chốt hồ sơ" in sealed.stdout and "Mã kiểm tra" in sealed.stdout
    finalised = json.loads(plandesk(ws, *officer, "status", "--json").stdout)["finalised"]
    assert finalised["by"] == "Nguyễn Văn Lãnh" and finalised["digest"] in sealed.stdout
    assert "Đã chốt để nộp" in plandesk(ws, *officer, "status").stdout
    after = plandesk(ws, *leader, "set", "--criterion", "I.1", "--result", "Sửa sau khi chốt", check=False)
    assert after.returncode == 2 and "đã được chốt" in after.stderr
    assert plandesk(ws, *officer, "reopen", "--reason", "bổ sung", check=False).returncode == 2
    plandesk(ws, *leader, "reopen", "--reason", "Bổ sung minh chứng theo yêu cầu")
    plandesk(ws, *leader, "set", "--criterion", "I.1", "--result", "Sửa sau khi mở lại")
    history = plandesk(ws, *leader, "history").stdout
    assert "Bổ sung minh chứng theo yêu cầu" in history
    assert plandesk(ws, *leader, "check").returncode == 0


def test_a_command_at_head_loads_neither_alembic_nor_the_document_libraries(demo_workspace):
    # what makes every command start slowly (BENCHMARKS.md §1): these load only when used
    code = ("import sys; from plandesk.app import main; code = main(['--data', sys.argv[1], 'status']); "
            "print(sorted(m for m in ('alembic', 'openpyxl', 'reportlab', 'docx', 'pypdf') if m in sys.modules))")
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONIOENCODING="utf-8")
    proc = subprocess.run([sys.executable, "-c", code, str(demo_workspace)], capture_output=True, text=True,
                          encoding="utf-8", env=env, timeout=120, check=True)
    assert proc.stdout.splitlines()[-1] == "[]"
