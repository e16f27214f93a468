"""The bundle's command line end to end, as an office PC would run it (Windows Python under
wine, calling the built plandesk-cli.exe): paths with backslashes, spaces and Vietnamese
letters on C:, every step checked on its output and on the files it wrote.

demo → attach → export every document (PDF, DOCX, XLSX) → pack (encrypted) → unpack into a
second workspace → backup → a change → restore → check on both workspaces.

    python e2e_cli.py DIST\\PlanDesk
Exit status 1, with the failed step's command and output, when any step fails."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

BASE = Path(tempfile.gettempdir()) / "Kiểm thử PlanDesk" / "Công an xã Thanh Mỹ"


class StepFailed(Exception):
    pass


def run(cli: Path, workspace: Path, *args: str, expect: int = 0) -> str:
    command = [str(cli), "--data", str(workspace), *args]
    start = time.monotonic()
    proc = subprocess.run(command, capture_output=True, text=True, encoding="utf-8", errors="replace", timeout=600)
    took = time.monotonic() - start
    print(f"  {' '.join(args[:2])}: exit {proc.returncode} ({took:.1f} s)", flush=True)
    if proc.returncode != expect:
        raise StepFailed(f"{subprocess.list2cmdline(command)}\nexit {proc.returncode} (expected {expect})\n"
                         f"stdout: {proc.stdout}\nstderr: {proc.stderr}")
    return proc.stdout


def expect(condition: bool, what: str) -> None:
    if not condition:
        raise StepFailed(what)


def status(cli: Path, workspace: Path) -> dict:
    return json.loads(run(cli, workspace, "status", "--json"))


def main(bundle: Path) -> int:
    cli = bundle / "plandesk-cli.exe"
    shutil.rmtree(BASE, ignore_errors=True)
    first, second = BASE / "Hồ sơ 2024", BASE / "Thẩm định huyện" / "Hồ sơ nhận"
    out = BASE / "Xuất bản"
    expect("\\" in str(first) and " " in str(first), f"not a Windows path with spaces: {first}")
    try:
        print(f"workspace: {first}")
        text = run(cli, first, "demo")
        expect("Đã tạo hồ sơ mẫu số 1" in text, f"demo said: {text}")
        before = status(cli, first)
        expect(len(before["criteria"]) == 34 and before["dossier"]["unit"] == "Thanh Mỹ", "demo dossier wrong")

        evidence = BASE / "Tài liệu gốc" / "Kế hoạch tuyên truyền số 12.txt"
        evidence.parent.mkdir(parents=True, exist_ok=True)
        evidence.write_text("KẾ HOẠCH tuyên truyền phòng, chống tội phạm năm 2024\r\nCông an xã Thanh Mỹ\r\n",
                            encoding="utf-8")
        text = run(cli, first, "attach", "--criterion", "I.3", str(evidence), "--number", "12/KH-CAX",
                   "--date", "2024-03-15", "--title", "Kế hoạch tuyên truyền")
        expect("Kế hoạch tuyên truyền số 12.txt → I.3" in text, f"attach said: {text}")
        counts = {c["code"]: c["evidence_count"] for c in status(cli, first)["criteria"]}
        expect(counts["I.3"] == next(c["evidence_count"] for c in before["criteria"] if c["code"] == "I.3") + 1,
               "the attached file is not counted on I.3")
        found = run(cli, first, "search", "tuyen truyen phong chong")
        expect("Kế hoạch tuyên truyền" in found, f"search without accents did not find the attached file: {found}")

        written = {}
        for fmt, magic in (("pdf", b"%PDF"), ("docx", b"PK"), ("xlsx", b"PK")):
            folder = out / fmt.upper()
            text = run(cli, first, "export", "--doc", "all", "--format", fmt, "--out", str(folder))
            files = sorted(folder.glob(f"*.{fmt}"))
            expect(len(files) >= 2, f"export {fmt}: {text}")
            for path in files:
                data = path.read_bytes()
                expect(data.startswith(magic) and len(data) > 1000, f"{path} is not a real {fmt} file")
                if fmt != "pdf":
                    with zipfile.ZipFile(path) as archive:
                        expect(archive.testzip() is None, f"{path}: damaged zip")
            written[fmt] = [p.name for p in files]
        print("  exported: " + "; ".join(f"{fmt} {', '.join(names)}" for fmt, names in written.items()))

        secret = BASE / "mật khẩu.txt"
        secret.write_text("Mật khẩu gói: Thanh Mỹ 2024!\n", encoding="utf-8")
        package = BASE / "USB" / "Gói hồ sơ" / "thanh-my 2024.plandesk"
        package.parent.mkdir(parents=True)
        run(cli, first, "pack", "--out", str(package), "--passphrase-file", str(secret))
        expect(package.is_file() and package.stat().st_size > 10_000, f"no package at {package}")
        run(cli, second, "unpack", str(package), "--passphrase-file", str(secret), "--dry-run")
        run(cli, second, "unpack", str(package), "--passphrase-file", str(secret))
        a, b = status(cli, first), status(cli, second)
        expect(b["dossier"]["unit"] == "Thanh Mỹ" and b["dossier"]["year"] == 2024, "unpacked dossier wrong")
        expect({c["code"]: (c["status"], c["evidence_count"]) for c in a["criteria"]}
               == {c["code"]: (c["status"], c["evidence_count"]) for c in b["criteria"]},
               "the unpacked dossier differs from the packed one")

        backups = BASE / "Ổ sao lưu" / "Bản sao"
        text = run(cli, first, "backup", "--out", str(backups))
        archives = sorted(backups.glob("*.zip"))
        expect(len(archives) == 1, f"backup wrote {archives}: {text}")
        run(cli, first, "set", "--criterion", "III.11", "--result", "Thay đổi sau khi sao lưu")
        expect("Thay đổi sau khi sao lưu" in run(cli, first, "show", "--criterion", "III.11"), "set not saved")
        run(cli, first, "restore", str(archives[0]), "--yes")
        expect("Thay đổi sau khi sao lưu" not in run(cli, first, "show", "--criterion", "III.11"),
               "restore did not bring back the backed-up state")
        counts_after = {c["code"]: c["evidence_count"] for c in status(cli, first)["criteria"]}
        expect(counts_after == {c["code"]: c["evidence_count"] for c in a["criteria"]}, "evidence lost by restore")

        for workspace in (first, second):
            text = run(cli, workspace, "check")
            print("   " + text.strip().splitlines()[-1] if text.strip() else "   (check printed nothing)")
        refused = run(cli, first, "restore", str(BASE / "không có tệp này.zip"), "--yes", expect=2)
        expect(refused == "", "a refused restore printed on stdout")
    except StepFailed as failure:
        print(f"FAILED: {failure}", file=sys.stderr)
        return 1
    print("CLI end to end under wine: demo, attach, search, export PDF/DOCX/XLSX, pack, unpack, backup, restore, "
          "check all passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
