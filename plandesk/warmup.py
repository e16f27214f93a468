"""Loading the native libraries of the renderers and readers without freezing the window.

The first import of a C extension (Pillow, pdfium, lxml, cryptography) keeps Python's global
lock while the operating system maps the library file: from a cold or busy disk that is a wait
of several hundred milliseconds in which the window's thread cannot run either. Reading the
library files first — plain reads, which let go of the lock — brings them into the disk cache,
so the import that follows maps them from memory (a few milliseconds)."""
from __future__ import annotations

import importlib
import importlib.util
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

NATIVE_SUFFIXES = (".so", ".pyd", ".dll", ".dylib")
_CHUNK = 1 << 20

# third-party modules the window imports only when a task first needs them, with the packages
# whose native files they load
LATER_IMPORTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("PIL.Image", ("PIL", "pillow.libs", "Pillow.libs")),
    ("pypdfium2", ("pypdfium2_raw", "pypdfium2")),
    ("lxml.etree", ("lxml", "lxml.libs")),
    ("cryptography.hazmat.primitives.ciphers.aead", ("cryptography",)),
    ("docx", ()),
    ("openpyxl", ()),
    ("pypdf", ()),
    ("reportlab.pdfgen.canvas", ("reportlab",)),
)


def _package_folder(name: str) -> Path | None:
    """The folder of an installed package (or of a vendored ``*.libs`` folder next to the
    packages), found without importing it."""
    try:
        spec = importlib.util.find_spec(name) if "." not in name else None
    except (ImportError, ValueError):
        spec = None
    if spec is not None and spec.submodule_search_locations:
        return Path(next(iter(spec.submodule_search_locations)))
    for entry in _search_roots():
        candidate = entry / name
        if candidate.is_dir():
            return candidate
    return None


def _search_roots() -> Iterator[Path]:
    for entry in sys.path:
        if entry and os.path.isdir(entry):
            yield Path(entry)


def native_files(packages: Iterable[str]) -> list[Path]:
    """The native library files under the given packages' folders."""
    found: list[Path] = []
    for name in packages:
        folder = _package_folder(name)
        if folder is None:
            continue
        for dirpath, _dirs, files in os.walk(folder):
            found.extend(Path(dirpath) / f for f in files if f.lower().endswith(NATIVE_SUFFIXES)
                         or ".so." in f)
    return found


def read_through(paths: Iterable[Path], cancelled: Callable[[], bool] = lambda: False) -> int:
    """Read each file to its end (the reads release the global lock); returns the bytes read.
    A file that cannot be read is skipped: the import will then read it itself."""
    total = 0
    buffer = bytearray(_CHUNK)
    for path in paths:
        if cancelled():
            break
        try:
            with open(path, "rb", buffering=0) as handle:
                while (n := handle.readinto(buffer)):
                    total += n
        except OSError:
            continue
    return total


def warm_later_imports(cancelled: Callable[[], bool] = lambda: False) -> list[str]:
    """Bring the native files of the modules a later task needs into the disk cache, then import
    them; returns the modules imported. A module that fails to import is left for the task that
    needs it, which reports the failure to the user in its own words."""
    done: list[str] = []
    for module, packages in LATER_IMPORTS:
        if cancelled():
            break
        read_through(native_files(packages), cancelled)
        try:
            importlib.import_module(module)
        except Exception:  # noqa: BLE001, S112 - the task that needs it says what is wrong
            continue
        done.append(module)
    return done
