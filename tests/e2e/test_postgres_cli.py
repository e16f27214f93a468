"""The real ``plandesk`` command on a shared workspace: ``--database`` on a PostgreSQL server
($PLANDESK_TEST_POSTGRES, a fresh schema per test), the folder remembering it, the
reviewer's roll-up, and refusals with exit status 2 and no traceback (an unreachable server
needs no server: that test always runs)."""
from __future__ import annotations

import json
import socket

from test_cli import plandesk  # the same subprocess helper as the other command-line tests


def test_status_set_search_and_rollup_on_a_shared_server(postgres_schema, tmp_path):
    url, _ = postgres_schema
    ws = tmp_path / "chia-se"
    assert "Đã tạo hồ sơ mẫu số 1" in plandesk(ws, "--database", url, "demo").stdout
    assert not (ws / "plandesk.sqlite").exists() and (ws / "evidence").is_dir()
    out = plandesk(ws, "--database", url, "set", "--criterion", "III.11", "--value", "so_ap_kiem_tra.done=6",
                   "--status", "dat", "--explanation", "Biên bản kiểm tra 06 ấp.")
    assert "gợi ý: Đạt" in out.stdout
    status = json.loads(plandesk(ws, "--database", url, "status", "--json").stdout)
    iii11 = next(c for c in status["criteria"] if c["code"] == "III.11")
    assert (iii11["status"], iii11["suggested_status"]) == ("dat", "dat") and len(status["criteria"]) == 34
    found = plandesk(ws, "--database", url, "search", "tinh hinh an ninh").stdout
    assert "52/BC-CAX" in found
    rollup = json.loads(plandesk(ws, "--database", url, "rollup", "--year", "2024", "--json").stdout)
    assert [c["name"] for c in rollup["communes"]] == ["Thanh Mỹ"]
    assert rollup["communes"][0]["cells"]["III.11"]["status"] == "dat"
    check = plandesk(ws, "--database", url, "check")
    assert check.returncode == 0


def test_the_folder_remembers_the_server_for_the_next_start(postgres_schema, tmp_path, monkeypatch):
    from plandesk.storage.engine import database_url

    url, _ = postgres_schema
    ws = tmp_path / "chia-se"
    plandesk(ws, "--database", url, "demo")
    saved = plandesk(ws, "--database", url, "database", "--save")
    assert "database.txt" in saved.stdout and "(dùng chung)" in saved.stdout and "pg_dump" in saved.stdout
    password = database_url(url).password
    assert password not in (ws / "database.txt").read_text(encoding="utf-8")
    monkeypatch.setenv("PGPASSWORD", password)  # each user's own password (or pgpass.conf)
    status = json.loads(plandesk(ws, "status", "--json").stdout)  # no --database: database.txt
    assert status["dossier"]["unit"] == "Thanh Mỹ"
    assert not (ws / "plandesk.sqlite").exists()


def test_backup_and_restore_refuse_on_the_server_with_exit_2(postgres_schema, tmp_path):
    url, _ = postgres_schema
    ws = tmp_path / "chia-se"
    plandesk(ws, "--database", url, "demo")
    for args in (["backup", "--out", str(tmp_path / "usb")], ["restore", str(tmp_path / "x.zip"), "--yes"]):
        proc = plandesk(ws, "--database", url, *args, check=False)
        assert proc.returncode == 2, proc.stderr
        assert "pg_dump" in proc.stderr and "Traceback" not in proc.stderr
    assert not (tmp_path / "usb").exists()


def test_an_unreachable_server_exits_2_naming_it(tmp_path):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = plandesk(tmp_path / "ws", "--database", f"postgresql://tham_dinh:bi-mat@127.0.0.1:{port}/plandesk", "status",
                    check=False)
    assert proc.returncode == 2
    assert f"Lỗi: Không mở được máy chủ PostgreSQL '127.0.0.1:{port}', cơ sở dữ liệu 'plandesk'" in proc.stderr
    assert "Traceback" not in proc.stderr and "bi-mat" not in proc.stderr
    assert not (tmp_path / "ws" / "plandesk.sqlite").exists()


def test_another_pc_holding_the_history_too_long_is_explained_and_nothing_is_written(postgres_schema, tmp_path):
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from plandesk.storage.engine import database_url
    from plandesk.storage.serialize import lock_key

    url, schema = postgres_schema
    ws = tmp_path / "chia-se"
    plandesk(ws, "--database", url, "demo")
    # the administrator's options in the URL win over PlanDesk's 30 s (a test cannot wait that long)
    impatient = make_url(url).update_query_dict({"options": f"-csearch_path={schema} -c lock_timeout=1s"}) \
        .render_as_string(hide_password=False)
    other_pc = create_engine(database_url(url))
    with other_pc.connect() as connection:
        connection.execute(text("SELECT pg_advisory_lock(:k)"), {"k": lock_key("audit_log")})
        try:
            proc = plandesk(ws, "--database", impatient, "set", "--criterion", "I.1", "--result", "Sửa khi bị chặn",
                            check=False)
        finally:
            connection.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": lock_key("audit_log")})
    other_pc.dispose()
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert "Máy khác đang sửa cùng dữ liệu" in proc.stderr and "chưa có gì được ghi" in proc.stderr
    assert "Traceback" not in proc.stderr
    status = json.loads(plandesk(ws, "--database", url, "status", "--json").stdout)
    assert all(c.get("result") != "Sửa khi bị chặn" for c in status["criteria"])
    shown = plandesk(ws, "--database", url, "show", "--criterion", "I.1").stdout
    assert "Sửa khi bị chặn" not in shown


def test_database_command_on_a_workspace_with_its_own_file(tmp_path):
    ws = tmp_path / "xa"
    plandesk(ws, "demo")
    shown = plandesk(ws, "database").stdout
    assert f"Cơ sở dữ liệu: tệp '{ws / 'plandesk.sqlite'}'" in shown and "Tự động sao lưu" in shown
    refused = plandesk(ws, "database", "--save", check=False)
    assert refused.returncode == 2 and "--database postgresql://" in refused.stderr
    assert not (ws / "database.txt").exists()


def test_the_window_reopening_the_start_folder_keeps_the_server_another_folder_has_its_own(tmp_path):
    import argparse

    from plandesk.app import _database_for

    args = argparse.Namespace(data=tmp_path / "chia-se", database="postgresql://u@h/db")
    assert _database_for(args, None) == "postgresql://u@h/db"
    assert _database_for(args, tmp_path / "chia-se" / ".." / "chia-se") == "postgresql://u@h/db"
    assert _database_for(args, tmp_path / "khac") is None
    assert _database_for(argparse.Namespace(data=None, database=None), tmp_path) is None
