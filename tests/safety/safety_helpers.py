"""Helpers for the safety tests: the real command in a subprocess, the same command killed
(SIGKILL) at a chosen point, and opening a workspace in the test process."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from plandesk.services import Services
from plandesk.storage.workspace import open_workspace

ROOT = Path(__file__).resolve().parents[2]
CHILD = Path(__file__).with_name("crash_child.py")


def env() -> dict:
    return dict(os.environ, PYTHONPATH=str(ROOT), PYTHONIOENCODING="utf-8")


def plandesk(workspace: Path, *args: str, check: bool = True, timeout: float = 60) -> subprocess.CompletedProcess:
    proc = subprocess.run([sys.executable, "-m", "plandesk", "--data", str(workspace), *args], capture_output=True,
                          text=True, encoding="utf-8", env=env(), timeout=timeout)
    if check and proc.returncode != 0:
        raise AssertionError(f"exit {proc.returncode}\nstdout: {proc.stdout}\nstderr: {proc.stderr}")
    return proc


def killed_at(point: int, workspace: Path, *args: str, count_file: Path | None = None) -> subprocess.CompletedProcess:
    """Run ``plandesk --data workspace args`` and SIGKILL it at ``point`` (0: run through)."""
    count_file = count_file or workspace.parent / f"points-{workspace.name}.txt"
    return subprocess.run([sys.executable, str(CHILD), str(point), str(count_file), "--", "--data", str(workspace),
                           *args], capture_output=True, text=True, encoding="utf-8", env=env(), timeout=60)


def count_points(workspace: Path, *args: str) -> int:
    count_file = workspace.parent / f"points-{workspace.name}.txt"
    proc = killed_at(0, workspace, *args, count_file=count_file)
    assert proc.returncode == 0, proc.stderr
    return int(count_file.read_text())


def spread(total: int, how_many: int) -> list[int]:
    """``how_many`` kill points spread over 1..total, always with the first and the last."""
    if total <= how_many:
        return list(range(1, total + 1))
    step = (total - 1) / (how_many - 1)
    return sorted({1 + round(i * step) for i in range(how_many)})


def open_services(root: Path) -> Services:
    return Services.build(open_workspace(root, maintenance_every=None), user="kiểm tra")


def edit_package(package: Path, out: Path, edit, *, entry: str = "dossier.json") -> Path:
    """A copy of a plain package whose data entry went through ``edit(dict)`` (or, when it
    returns bytes, was replaced by them), with the manifest's sizes and hashes and the
    whole-file digest made right again: what someone who knows the format can forge."""
    import hashlib
    import io
    import json
    import zipfile

    from plandesk.transfer.pack import seal_zip

    with zipfile.ZipFile(package) as archive:
        items = [(info, archive.read(info)) for info in archive.infolist()]
    data = dict((info.filename, body) for info, body in items)
    value = json.loads(data[entry])
    result = edit(value)
    data[entry] = result if isinstance(result, bytes) else json.dumps(value, ensure_ascii=False).encode()
    manifest = json.loads(data["manifest.json"])
    manifest["files"] = [{"path": name, "size": len(body), "sha256": hashlib.sha256(body).hexdigest()}
                         for name, body in data.items() if name != "manifest.json"]
    data["manifest.json"] = json.dumps(manifest, ensure_ascii=False).encode()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for info, _ in items:
            archive.writestr(info, data[info.filename])
    out.write_bytes(seal_zip(buffer.getvalue()))
    return out
