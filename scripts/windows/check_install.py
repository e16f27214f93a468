"""What the installer did, checked from inside Windows (the Windows Python under wine):

    python check_install.py installed VERSION      files, shortcuts, .plandesk association, uninstall entry
    python check_install.py removed kept|removed|none   program, shortcuts and keys gone (or never
                                                        installed); the data kept, removed, or not looked at

Only the current user's places: the installer needs no administrator (HKCU, %LOCALAPPDATA%).
Exit status 1 with one line per problem."""
from __future__ import annotations

import ctypes
import os
import sys
import winreg
from pathlib import Path

PROGID = "PlanDesk.GoiHoSo"
UNINSTALL = r"Software\Microsoft\Windows\CurrentVersion\Uninstall\PlanDesk"
CSIDL_DESKTOPDIRECTORY, CSIDL_PROGRAMS = 0x10, 0x02


def folder(csidl: int) -> Path:
    buffer = ctypes.create_unicode_buffer(260)
    ctypes.windll.shell32.SHGetFolderPathW(None, csidl, None, 0, buffer)
    return Path(buffer.value)


def value(root, key: str, name: str = "") -> str | None:
    try:
        with winreg.OpenKey(root, key) as handle:
            return str(winreg.QueryValueEx(handle, name)[0])
    except OSError:
        return None


def key_exists(root, key: str) -> bool:
    try:
        winreg.OpenKey(root, key).Close()
        return True
    except OSError:
        return False


def _names(data: bytes, path: str) -> bool:
    """A shortcut (.lnk) keeps its target's path in UTF-16 and/or the ANSI code page."""
    return path.encode("utf-16-le") in data or path.encode("mbcs", "ignore") in data


INSTALL_DIR = Path(os.environ["LOCALAPPDATA"]) / "Programs" / "PlanDesk"
DATA_DIR = Path(os.environ["LOCALAPPDATA"]) / "PlanDesk"
SHORTCUTS = [folder(CSIDL_PROGRAMS) / "PlanDesk.lnk", folder(CSIDL_DESKTOPDIRECTORY) / "PlanDesk.lnk"]


def installed(version: str) -> list[str]:
    problems = []
    exe = INSTALL_DIR / "PlanDesk.exe"
    for rel in ("PlanDesk.exe", "plandesk-cli.exe", "uninstall.exe",
                "_internal/PySide6/plugins/platforms/qwindows.dll", "_internal/plandesk/resources"):
        if not (INSTALL_DIR / rel).exists():
            problems.append(f"not installed: {INSTALL_DIR / rel}")
    for shortcut in SHORTCUTS:
        if not shortcut.is_file():
            problems.append(f"no shortcut {shortcut}")
        elif not _names(shortcut.read_bytes().lower(), str(exe).lower()):
            problems.append(f"{shortcut} does not start {exe}")
    hkcu = winreg.HKEY_CURRENT_USER
    expected = {
        r"Software\Classes\.plandesk": ("", PROGID),
        rf"Software\Classes\{PROGID}": ("", "Gói hồ sơ PlanDesk"),
        rf"Software\Classes\{PROGID}\DefaultIcon": ("", f"{exe},0"),
        rf"Software\Classes\{PROGID}\shell\open\command": ("", f'"{exe}" "%1"'),
        UNINSTALL: ("DisplayVersion", version),
    }
    for key, (name, wanted) in expected.items():
        found = value(hkcu, key, name)
        if found is None or found.lower() != wanted.lower():
            problems.append(f"HKCU\\{key} {name or '(default)'} = {found!r}, expected {wanted!r}")
    for name, wanted in (("DisplayName", "PlanDesk"), ("InstallLocation", str(INSTALL_DIR)),
                         ("UninstallString", f'"{INSTALL_DIR / "uninstall.exe"}"')):
        found = value(hkcu, UNINSTALL, name)
        if found is None or found.lower() != wanted.lower():
            problems.append(f"uninstall entry {name} = {found!r}, expected {wanted!r}")
    if key_exists(winreg.HKEY_LOCAL_MACHINE, UNINSTALL) or key_exists(winreg.HKEY_LOCAL_MACHINE,
                                                                      r"Software\Classes\.plandesk"):
        problems.append("the installer wrote to HKEY_LOCAL_MACHINE: it must stay per-user")
    return problems


def removed(data: str) -> list[str]:
    problems = []
    for rel in ("PlanDesk.exe", "plandesk-cli.exe", "uninstall.exe", "_internal"):
        if (INSTALL_DIR / rel).exists():
            problems.append(f"left after uninstalling: {INSTALL_DIR / rel}")
    problems += [f"shortcut left: {s}" for s in SHORTCUTS if s.exists()]
    for key in (r"Software\Classes\.plandesk", rf"Software\Classes\{PROGID}", UNINSTALL):
        if key_exists(winreg.HKEY_CURRENT_USER, key):
            problems.append(f"registry key left: HKCU\\{key}")
    database = DATA_DIR / "plandesk.sqlite"
    if data == "kept" and not database.is_file():
        problems.append(f"the user's data is gone: {database}")
    if data == "removed" and DATA_DIR.exists():
        problems.append(f"asked to remove the data, yet {DATA_DIR} is still there")
    return problems


def main(argv: list[str]) -> int:
    problems = installed(argv[1]) if argv[0] == "installed" else removed(argv[1])
    for problem in problems:
        print(f"FAILED: {problem}")
    if not problems:
        print(f"{argv[0]} ({argv[1]}): all checks passed — {INSTALL_DIR}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
