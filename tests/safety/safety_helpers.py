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
