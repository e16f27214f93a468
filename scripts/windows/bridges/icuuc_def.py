"""Writes icuuc.def: the exports of a forwarding icuuc.dll for the wine test prefix only.

Qt6Core.dll (PySide6's Windows wheel) imports its ICU functions from icuuc.dll, the ICU that
Windows 10 1903+ and 11 carry in System32; wine 8 has none, so QtCore cannot load under wine,
and PyInstaller, unable to import QtCore while it analyses the program, would silently build a
bundle without Qt's plugins. The forwarder sends each function Qt6Core imports to the same
function of the ICU 77 build in pyicu-wheels (icuuc77.dll, exported with the suffix _77).

Run with the Windows Python (pefile comes with PyInstaller there):
    python icuuc_def.py Qt6Core.dll icuuc77.dll > icuuc.def
Fails, naming them, when Qt6Core imports a function icuuc77.dll lacks."""
from __future__ import annotations

import re
import sys

import pefile


def imports_from(path: str, dll: str) -> list[str]:
    pe = pefile.PE(path, fast_load=True)
    pe.parse_data_directories(directories=[pefile.DIRECTORY_ENTRY["IMAGE_DIRECTORY_ENTRY_IMPORT"]])
    return [imp.name.decode() for entry in getattr(pe, "DIRECTORY_ENTRY_IMPORT", [])
            if entry.dll.decode().lower() == dll for imp in entry.imports if imp.name]


def exports_of(path: str) -> set[str]:
    pe = pefile.PE(path, fast_load=True)
    pe.parse_data_directories(directories=[pefile.DIRECTORY_ENTRY["IMAGE_DIRECTORY_ENTRY_EXPORT"]])
    return {symbol.name.decode() for symbol in pe.DIRECTORY_ENTRY_EXPORT.symbols if symbol.name}


def main(qt_core: str, icu: str) -> int:
    wanted = imports_from(qt_core, "icuuc.dll")
    if not wanted:
        sys.stderr.write(f"{qt_core} imports nothing from icuuc.dll: no bridge needed\n")
        return 1
    suffix = "_" + re.search(r"(\d+)\.dll$", icu, re.IGNORECASE).group(1)
    module = re.sub(r"\.dll$", "", icu.replace("\\", "/").rsplit("/", 1)[-1], flags=re.IGNORECASE)
    available = exports_of(icu)
    missing = [name for name in wanted if name + suffix not in available]
    if missing:
        sys.stderr.write(f"{icu} lacks {', '.join(missing)} (imported by {qt_core})\n")
        return 1
    lines = ["LIBRARY icuuc.dll", "EXPORTS"] + [f"    {name}={module}.{name}{suffix}" for name in wanted]
    sys.stdout.write("\n".join(lines) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
