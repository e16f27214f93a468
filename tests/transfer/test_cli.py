"""The real ``plandesk`` command in subprocesses: a commune packs (encrypted), the approving
body unpacks, rolls up, reviews and sends the review back; errors are one clear line on
stderr with exit status 2, never a traceback."""
from __future__ import annotations

import contextlib
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from plandesk.app import main
from plandesk.services.demo import DOCUMENTS_END, DOCUMENTS_MID

ROOT = Path(__file__).resolve().parents[2]


def plandesk(workspace: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONIOENCODING="utf-8")
    proc = subprocess.run([sys.executable, "-m", "plandesk", "--data", str(workspace), *args],
                          capture_output=True, text=True, encoding="utf-8", env=env, timeout=120)
    if check and proc.returncode != 0:
        raise AssertionError(f"exit {proc.returncode}\nstdout: {proc.stdout}\nstderr: {proc.stderr}")
    return proc


def run(workspace: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess:
    """The same command line in this process (app.main), for the steps where a new Python
    process adds only start-up time."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["--data", str(workspace), *args])
    proc = subprocess.CompletedProcess(args, code, out.getvalue(), err.getvalue())
    if check and code != 0:
        raise AssertionError(f"exit {code}\nstdout: {proc.stdout}\nstderr: {proc.stderr}")
    return proc


@pytest.fixture(scope="module")
def trip(tmp_path_factory):
    root = tmp_path_factory.mktemp("cli-trip")
    commune, reviewer = root / "xa", root / "tham-dinh"
    run(commune, "demo")
    secret = root / "mat-khau.txt"
    secret.write_text("Mật khẩu gửi huyện\n", encoding="utf-8")
    out = plandesk(commune, "pack", "--out", str(root / "thanh-my.plandesk"), "--passphrase-file", str(secret))
    assert "Đã ghi gói thanh-my-xa-dien-hinh-antq-2024-001" in out.stdout and "mã hóa" in out.stdout
    return root, commune, reviewer, secret


def test_commune_to_reviewer_and_back(trip):
    root, commune, reviewer, secret = trip
    package = root / "thanh-my.plandesk"
    wrong = root / "sai.txt"
    wrong.write_text("mật khẩu sai", encoding="utf-8")
    failed = plandesk(reviewer, "unpack", str(package), "--passphrase-file", str(wrong), check=False)
    assert failed.returncode == 2 and "Sai mật khẩu" in failed.stderr and "Traceback" not in failed.stderr

    dry = run(reviewer, "unpack", str(package), "--passphrase-file", str(secret), "--dry-run")
    # the framework and settings, 34 criteria, the documents, 09 members, 03 deadlines, the issued 06-month report
    records = 1 + 34 + len(DOCUMENTS_MID + DOCUMENTS_END) + 9 + 3 + 1
    assert f"Chưa nhập (chạy thử): {records} mới" in dry.stdout and "AES-256-GCM" in dry.stdout
    done = plandesk(reviewer, "unpack", str(package), "--passphrase-file", str(secret))
    assert f"Đã nhập vào hồ sơ số 1: {records} mới, 0 cập nhật, 0 không đổi, 0 xung đột." in done.stdout
    again = run(reviewer, "unpack", str(package), "--passphrase-file", str(secret))
    assert f"0 mới, 0 cập nhật, {records} không đổi, 0 xung đột" in again.stdout

    data = json.loads(run(reviewer, "rollup", "--year", "2024", "--json").stdout)
    assert data["totals"]["communes"] == 1 and data["communes"][0]["name"] == "Thanh Mỹ"
    assert sum(data["communes"][0]["counts"].values()) == 34
    table = run(reviewer, "rollup", "--year", "2024").stdout
    assert "Xã Thanh Mỹ" in table and "III.19" in table
    xlsx = root / "tong-hop.xlsx"
    assert "1 xã × 34 tiêu chí" in run(reviewer, "rollup", "--year", "2024", "--xlsx", str(xlsx)).stdout
    assert load_workbook(xlsx)["Tổng hợp"]["B4"].value == "Xã Thanh Mỹ"
    report = root / "bao-cao.docx"
    run(reviewer, "rollup", "--year", "2024", "--report", str(report), "--body", "Ban Chỉ đạo 138",
             "--number", "15")
    assert report.stat().st_size > 0

    run(reviewer, "review", "set", "--criterion", "III.3", "--status", "yeu_cau_bo_sung",
             "--comment", "Bổ sung số liệu năm 2023.")
    review = root / "tham-dinh.plandesk"
    assert "Đã ghi gói thẩm định TD-" in run(reviewer, "review", "pack", "--out", str(review)).stdout
    back = run(commune, "unpack", str(review))
    assert "Gói thẩm định" in back.stdout and "1 mới" in back.stdout
    assert "III.3\tĐạt\tyeu_cau_bo_sung\tBổ sung số liệu năm 2023." in run(commune, "review", "list").stdout
    history = run(commune, "transfers").stdout
    assert "đóng gói" in history and "nhập gói thẩm định" in history


def test_parts_from_the_command_line(trip):
    root, commune, reviewer, secret = trip
    folder = root / "fat32"
    folder.mkdir()
    out = run(commune, "pack", "--out", str(folder / "goi.plandesk"), "--part-size", "150K", "--no-documents")
    assert "phần" in out.stdout and (folder / "goi.plandesk.001").exists()
    (folder / "goi.plandesk.002").unlink()
    failed = run(reviewer, "unpack", str(folder / "goi.plandesk.001"), check=False)
    assert failed.returncode == 2 and "Thiếu phần 2/" in failed.stderr and "Traceback" not in failed.stderr


def test_damaged_package_on_the_command_line(trip):
    root, commune, reviewer, secret = trip
    damaged = root / "hong.plandesk"
    damaged.write_bytes((root / "thanh-my.plandesk").read_bytes()[:-200])
    failed = plandesk(reviewer, "unpack", str(damaged), "--passphrase-file", str(secret), check=False)
    assert failed.returncode == 2 and "cắt cụt" in failed.stderr and "Traceback" not in failed.stderr
    bad = run(reviewer, "pack", "--out", str(root / "a?.plandesk"), "--no-documents", check=False)
    assert bad.returncode == 2 and "Windows" in bad.stderr
