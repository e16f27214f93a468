"""The Windows wheels PlanDesk's Windows build and tests install, printed one per line: the
project's dependencies and its build extra from pyproject.toml, the test tools the Windows
tests use, and the packages that pip cannot see from Linux.

``pip download --platform win_amd64`` does not evaluate ``sys_platform == "win32"`` markers
for the target, so the Windows-only dependencies of those packages are named here:
pefile and pywin32-ctypes (PyInstaller), colorama (pytest, click), tzdata (zoneinfo for
psycopg; Windows has no tz database).

No version is pinned for wine's sake: the one library that did not load under wine 8
(cryptography ≥ 43, whose Rust runtime imports ProcessPrng, absent from wine 8) loads with
the small bcryptprimitives.dll bridge in the test prefix (bridges/processprng.c), so the
bundle carries the current release. Pins, if wine ever forces one, go in PINS with the reason."""
from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WINDOWS_ONLY = ["pefile", "pywin32-ctypes", "colorama", "tzdata"]
TEST_TOOLS = ["pytest>=8", "pytest-qt>=4.4", "hypothesis>=6.100"]
PINS: dict[str, str] = {}   # lower-case name: "==x.y.z" (and a comment saying why wine needs it)


def requirements() -> list[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = list(project["dependencies"]) + list(project["optional-dependencies"]["build"])
    wanted += TEST_TOOLS + WINDOWS_ONLY
    return [_pinned(requirement) for requirement in wanted]


def _pinned(requirement: str) -> str:
    name = re.match(r"[A-Za-z0-9_.-]+", requirement).group(0).lower()
    return f"{name}{PINS[name]}" if name in PINS else requirement


if __name__ == "__main__":
    sys.stdout.write("\n".join(requirements()) + "\n")
