"""Checks of the Windows bundle the wine build produced (run on Linux, standard library only):

- both programs are there (PlanDesk.exe windowed, plandesk-cli.exe console), each with the
  Windows version resource carrying the project's version;
- Qt's Windows platform plugin (qwindows.dll) is there: without it the window cannot open on
  any Windows PC (what a build whose analysis could not import QtCore silently produces);
- no DLL of the build machine's system folder came along: no wine builtin (marked "Wine
  builtin DLL"), no file identical to one in the prefix's system32, none of the bridges
  (icuuc*.dll, icudt*.dll, bcryptprimitives.dll) that exist only in the build prefix;
- the size, printed (whole folder and its largest parts).

    python3 check_bundle.py DIST/PlanDesk PREFIX/drive_c/windows/system32 VERSION
Exit status 1 and one line per problem when a check fails."""
from __future__ import annotations

import hashlib
import re
import struct
import sys
from pathlib import Path

BRIDGES = re.compile(r"^(icuuc\d*|icudt\d*|icuin\d*|bcryptprimitives)\.dll$", re.IGNORECASE)
WINE_MARKERS = (b"Wine builtin DLL", b"Wine placeholder DLL")


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def file_version(path: Path) -> str | None:
    """The FileVersion string of a PE file's version resource (UTF-16 in the file)."""
    data = path.read_bytes()
    key = "FileVersion".encode("utf-16-le")
    at = data.find(key)
    if at < 0:
        return None
    at += len(key)
    while data[at:at + 2] == b"\0\0":  # padding to a 4-byte boundary
        at += 2
    end = data.find(b"\0\0", at)
    while end % 2 != at % 2:
        end = data.find(b"\0\0", end + 1)
    return data[at:end].decode("utf-16-le", errors="replace")


def is_gui_subsystem(path: Path) -> bool:
    data = path.read_bytes()[:4096]
    pe = struct.unpack_from("<I", data, 0x3C)[0]
    return struct.unpack_from("<H", data, pe + 24 + 68)[0] == 2  # IMAGE_SUBSYSTEM_WINDOWS_GUI


def human(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB"


def check(bundle: Path, system32: Path, version: str) -> list[str]:
    problems = []
    for name, gui in (("PlanDesk.exe", True), ("plandesk-cli.exe", False)):
        exe = bundle / name
        if not exe.is_file():
            problems.append(f"{name} is missing from {bundle}")
            continue
        if is_gui_subsystem(exe) != gui:
            problems.append(f"{name} should be a {'windowed' if gui else 'console'} program")
        found = file_version(exe)
        if found != version:
            problems.append(f"{name}: version resource says {found!r}, pyproject.toml {version!r}")
    plugins = bundle / "_internal" / "PySide6" / "plugins" / "platforms"
    for plugin in ("qwindows.dll", "qoffscreen.dll"):
        if not (plugins / plugin).is_file():
            problems.append(f"Qt platform plugin {plugin} missing from {plugins}: the window could not open")

    system = {p.name.lower(): p for p in system32.iterdir() if p.is_file()}
    system_hashes: dict[str, str] = {}
    dlls = [p for p in bundle.rglob("*") if p.is_file() and p.suffix.lower() in (".dll", ".pyd", ".exe")]
    for path in dlls:
        rel = path.relative_to(bundle)
        if BRIDGES.match(path.name):
            problems.append(f"{rel}: a bridge of the wine build prefix, never to be shipped")
            continue
        head = path.read_bytes()[:1024]
        if any(marker in head for marker in WINE_MARKERS):
            problems.append(f"{rel}: a wine builtin DLL of the build machine's system folder")
            continue
        twin = system.get(path.name.lower())
        if twin is not None:
            digest = system_hashes.setdefault(twin.name, sha256(twin))
            if sha256(path) == digest:
                problems.append(f"{rel}: a copy of the build machine's {twin}")
    if not dlls:
        problems.append(f"no DLL at all in {bundle}")
    return problems


def report_size(bundle: Path) -> None:
    files = [p for p in bundle.rglob("*") if p.is_file()]
    total = sum(p.stat().st_size for p in files)
    parts: dict[str, int] = {}
    internal = bundle / "_internal"
    for path in files:
        rel = path.relative_to(internal) if internal in path.parents else path.relative_to(bundle)
        top = rel.parts[0] if len(rel.parts) > 1 else "(files)"
        parts[top] = parts.get(top, 0) + path.stat().st_size
    largest = sorted(parts.items(), key=lambda kv: -kv[1])[:6]
    print(f"bundle size: {human(total)} in {len(files)} files ("
          + ", ".join(f"{name} {human(size)}" for name, size in largest) + ")")


def main(argv: list[str]) -> int:
    bundle, system32, version = Path(argv[0]), Path(argv[1]), argv[2]
    if not bundle.is_dir():
        print(f"no bundle at {bundle}", file=sys.stderr)
        return 1
    report_size(bundle)
    problems = check(bundle, system32, version)
    for problem in problems:
        print(f"FAILED: {problem}", file=sys.stderr)
    if not problems:
        print("bundle checks passed: both programs with version " + version + ", qwindows.dll present, "
              "no system or bridge DLL inside")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
