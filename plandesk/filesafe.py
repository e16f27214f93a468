"""File safety, written once: how PlanDesk puts a file on disk so that a crash, a full disk or a
USB stick pulled out never leaves a half file under the final name, how it flushes a folder,
hashes a file, names a file Windows can hold, and the permissions of an ordinary file.

The bottom layer: it imports nothing of PlanDesk, so every layer may use it (the import
contracts in pyproject.toml place it under ``domain``). Nothing else in ``plandesk/`` calls
``os.replace``, ``os.rename`` or ``tempfile.mkstemp`` (tests/unit/test_filesafe.py scans for it).

- ``atomic_write(path, data)``: a temporary file in the same folder (so the rename cannot cross
  disks), written, flushed and fsynced, renamed over ``path`` (``os.replace``, atomic on POSIX
  and on Windows), then the folder flushed. On any error or interruption the temporary file is
  removed and the old file, if any, is left exactly as it was. On Windows the rename onto a
  file another program holds open (Word, Excel) fails with PermissionError: the old file stays.
- ``move_into_place(source, target)``: the last step alone, for a file written by someone else
  (SQLite's backup API, ``zipfile``) or a folder.
- ``fsync_dir(path)``: one behaviour for errors (see its docstring).
- ``file_sha256(path)``; ``WINDOWS_RESERVED`` / ``is_windows_reserved(name)``: the one table.
- ``UMASK`` / ``ORDINARY_FILE_MODE``: the process umask read once, never by flipping it from a
  worker thread."""
from __future__ import annotations

import errno
import hashlib
import os
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

CHUNK = 1024 * 1024
# what a file being written carries at the end of its temporary name ("being written"); the
# integrity check and the next backup recognise (and clear) what an interrupted write left
TEMP_SUFFIX = ".dang-ghi"

# Windows' device names: a file called CON, con.txt or "NUL .pdf" opens the device, not a file
WINDOWS_RESERVED = frozenset({"CON", "PRN", "AUX", "NUL"} | {f"COM{i}" for i in range(1, 10)}
                             | {f"LPT{i}" for i in range(1, 10)})

_UMASK_LOCK = threading.Lock()


def is_windows_reserved(name: str) -> bool:
    """True when Windows takes the file name ``name`` (one path part) for a device: its part
    before the first dot, spaces at its end dropped as Windows drops them, is a device name."""
    return name.split(".")[0].rstrip(" ").upper() in WINDOWS_RESERVED


def _read_umask() -> int:
    """The process umask, without changing it where the system can tell it (Linux: the
    ``Umask:`` line of /proc/self/status). Windows: 0 — the C runtime's mask starts at 0 and
    PlanDesk never sets it; ``os.chmod`` there only sets or clears the read-only flag. Other
    systems: set and put back once, at import (on the main thread, before any worker starts:
    ``plandesk.settings`` imports this module at start), under a lock, through a private mask
    so that a file created by another thread in between is never more open than intended."""
    if os.name == "nt":
        return 0
    try:
        with open("/proc/self/status", encoding="ascii", errors="replace") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    with _UMASK_LOCK:
        mask = os.umask(0o077)
        os.umask(mask)
    return mask


UMASK = _read_umask()
# what a document, a package or a backup gets: what the user's other programs would give it
# (mkstemp makes its files private, 0600)
ORDINARY_FILE_MODE = 0o666 & ~UMASK


def file_sha256(path: Path | str, chunk: int = CHUNK) -> str:
    """SHA-256 (hex) of a whole file, read in chunks."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while block := handle.read(chunk):
            digest.update(block)
    return digest.hexdigest()


def fsync_file(path: Path | str) -> None:
    """Flush a file already written and closed (by SQLite, by ``zipfile``) to the disk."""
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


# errors that say this file system (a network share, some FUSE or FAT drivers) cannot flush a
# folder at all, rather than that the disk failed: there is nothing more to do than the rename
_NO_FOLDER_FLUSH = {errno.EINVAL, errno.EBADF, getattr(errno, "ENOTSUP", errno.EINVAL),
                    getattr(errno, "EOPNOTSUPP", errno.EINVAL)}


def fsync_dir(path: Path | str) -> None:
    """Flush a folder's entries (a rename into it, a file created or removed) to the disk.

    One behaviour for errors: on Windows nothing is done (a folder cannot be opened for
    flushing there; NTFS journals its folder entries itself). On POSIX an error that means the
    file system cannot flush folders (EINVAL, ENOTSUP, EBADF) is ignored, as there is nothing
    else to do; any other error (EIO: the disk failed; EACCES: the folder cannot be opened)
    is raised as OSError, so the caller says that the file may not be safe instead of
    reporting success."""
    if os.name != "posix":
        return
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError as exc:
        if exc.errno in _NO_FOLDER_FLUSH:
            return
        raise
    try:
        os.fsync(fd)
    except OSError as exc:
        if exc.errno not in _NO_FOLDER_FLUSH:
            raise
    finally:
        os.close(fd)


def temp_file(folder: Path | str, name: str, *, private: bool = False) -> Path:
    """A new empty file ``.NAME.xxxxxxxx.dang-ghi`` in ``folder`` (the folder the final file
    goes to), for a writer that opens it by name: with ordinary permissions, or readable by its
    owner only when ``private`` (evidence in the workspace's store stays so). The caller removes
    it on failure (or hands it to ``move_into_place``)."""
    fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=TEMP_SUFFIX, dir=folder)
    os.close(fd)
    if not private:
        try:
            os.chmod(tmp, ORDINARY_FILE_MODE)
        except BaseException:
            _remove(Path(tmp))
            raise
    return Path(tmp)


def temp_name_length(name: str) -> int:
    """How long the temporary name ``temp_file``/``atomic_write`` makes for ``name`` is (for the
    path-length checks made before writing on Windows)."""
    return len(f".{name}.") + 8 + len(TEMP_SUFFIX)


def move_into_place(source: Path | str, target: Path | str, *, flush_folder: bool = True) -> None:
    """Rename ``source`` (a finished file or folder, on the same disk) over ``target``,
    atomically, then flush the target's folder (``flush_folder=False`` for a caller that
    flushes once after several moves). The caller has flushed the file itself."""
    os.replace(source, target)
    if flush_folder:
        fsync_dir(Path(target).parent)


def atomic_write(path: Path | str, data: bytes | Callable[[BinaryIO], object], *, durable: bool = True) -> None:
    """Write ``data`` (the bytes, or a function that writes them to the open binary file: a
    document never whole in memory, a workbook) to ``path`` through a temporary file in the
    same folder, renamed over ``path`` once complete. The folder must exist.

    ``durable`` (the default): the file is flushed to the disk before the rename and the folder
    after it, so once this returns the new content survives a power cut. ``durable=False`` only
    for bookkeeping whose loss costs nothing (the caller says why): renamed without flushing, a
    crash may leave the old content but never a half file under ``path``.

    On any error (or KeyboardInterrupt) the temporary file is removed, ``path`` is untouched,
    and the error is raised as it came (OSError for the disk)."""
    path = Path(path)
    tmp = temp_file(path.parent, path.name)
    try:
        with open(tmp, "wb") as handle:
            if callable(data):
                data(handle)
            else:
                handle.write(data)
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        _remove(tmp)
        raise
    if durable:
        fsync_dir(path.parent)


def _remove(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError:   # cannot even remove it: the error that brought us here is the one to report
        pass
