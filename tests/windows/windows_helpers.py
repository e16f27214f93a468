"""Helpers for the tests of PlanDesk's Windows-only code. On Windows (in CI: the Windows Python under wine,
scripts/windows/run.sh) every test here runs; elsewhere only those that exercise the same
rules through their platform-independent parts, the others are skipped.

The drive-type tests need a network and a removable drive letter: run.sh maps N: (network)
and R: (removable) in the wine prefix and names them in $PLANDESK_TEST_NETWORK_DRIVE and
$PLANDESK_TEST_REMOVABLE_DRIVE; on a real Windows PC set them to a mapped share and a USB
stick, or those tests are skipped."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
windows_only = pytest.mark.skipif(sys.platform != "win32", reason="Windows only (runs under wine in CI)")


def env() -> dict:
    return dict(os.environ, PYTHONPATH=str(ROOT), PYTHONIOENCODING="utf-8")


def plandesk(workspace: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess:
    proc = subprocess.run([sys.executable, "-m", "plandesk", "--data", str(workspace), *args], capture_output=True,
                          text=True, encoding="utf-8", env=env(), timeout=300)
    if check and proc.returncode != 0:
        raise AssertionError(f"exit {proc.returncode}\nstdout: {proc.stdout}\nstderr: {proc.stderr}")
    return proc


def drive(variable: str) -> Path:
    letter = os.environ.get(variable, "")
    if sys.platform != "win32" or not letter:
        pytest.skip(f"${variable} names no drive of this kind")
    return Path(letter.rstrip("\\/:") + ":\\")


HOLD_OPEN = r"""
import ctypes, sys, time
from ctypes import wintypes
CreateFileW = ctypes.windll.kernel32.CreateFileW
CreateFileW.restype = wintypes.HANDLE
CreateFileW.argtypes = [wintypes.LPCWSTR, wintypes.DWORD, wintypes.DWORD, ctypes.c_void_p, wintypes.DWORD,
                        wintypes.DWORD, wintypes.HANDLE]
share = int(sys.argv[2])  # 0: nobody else may open it (Excel); 1: others may read, not rename (a PDF reader)
handle = CreateFileW(sys.argv[1], 0x80000000, share, None, 3, 0x80, None)  # GENERIC_READ, OPEN_EXISTING
if handle in (None, wintypes.HANDLE(-1).value):
    print("lỗi", ctypes.GetLastError(), flush=True)
    sys.exit(1)
print("mở", flush=True)
sys.stdin.readline()
"""


class HeldOpen:
    """Another process keeping a file open with a Windows share mode, until closed."""

    def __init__(self, path: Path, share: int):
        self.proc = subprocess.Popen([sys.executable, "-c", HOLD_OPEN, str(path), str(share)], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True, encoding="utf-8")
        line = self.proc.stdout.readline().strip()
        assert line == "mở", line

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.stdin.write("\n")
            self.proc.stdin.flush()
            self.proc.wait(timeout=60)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
