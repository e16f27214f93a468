"""Where a workspace lives: on a local disk, a removable one (USB stick) or a network share;
what that means for its SQLite database; Windows' path-length limit; and moving a workspace to
another folder (copy, verify, then switch).

A workspace on a USB stick or a share can vanish mid-write; PlanDesk warns and offers to
work on a local copy. On a network share its database uses SQLite's rollback journal instead
of WAL: WAL keeps an index in shared memory that processes on different computers cannot
share, and SQLite's documentation says plainly that WAL does not work over a network file
system."""
from __future__ import annotations

import ntpath
import posixpath
import shutil
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path

from plandesk.domain.messages import CodedError, msg
from plandesk.filesafe import file_sha256, move_into_place

LOCAL, REMOVABLE, NETWORK = "local", "removable", "network"
_NETWORK_FS = {"nfs", "nfs4", "cifs", "smbfs", "smb3", "sshfs", "fuse.sshfs", "afpfs", "9p", "davfs", "fuse.davfs2"}
# GetDriveTypeW's answers that matter here
_DRIVE_REMOVABLE, _DRIVE_REMOTE = 2, 4

# Windows' MAX_PATH: 260 UTF-16 units with the terminating NUL, so 259 for the path itself.
# Windows 10 can lift it only by a registry switch that Explorer, Word and most programs ignore.
MAX_PATH = 260
# the longest path PlanDesk writes inside a workspace, after the folder's own path:
# "\evidence\tmp\dang-chep-xxxxxxxx" is shorter than "\evidence\ab\" + a SHA-256 in hex
WORKSPACE_DEEPEST = len("\\evidence\\ab\\") + 64 + len(".dang-ghi")


class PathTooLong(CodedError, ValueError):
    """A path Windows (and the programs that open PlanDesk's files) cannot use."""


def windows_length(path: str) -> int:
    """Length as Windows counts it: UTF-16 code units."""
    return len(path.encode("utf-16-le")) // 2


def check_path_length(path: Path | str, extra: int = 0, *, windows: bool | None = None) -> None:
    """PathTooLong, in the user's words, when ``path`` plus the ``extra`` characters of the
    longest name PlanDesk will write under or beside it exceeds Windows' limit. Only on
    Windows unless ``windows`` says otherwise. Call it before anything is written."""
    if windows is None:
        windows = sys.platform == "win32"
    if not windows:
        return
    text = ntpath.abspath(str(path)) if sys.platform == "win32" else str(path)
    if text.startswith("\\\\?\\"):  # an explicit long-path name still ends in programs that cannot open it
        text = text[4:]
    length = windows_length(text) + extra
    if length < MAX_PATH:
        return
    room = MAX_PATH - 1 - extra
    raise PathTooLong(msg("storage.path_too_long", path=text, length=windows_length(text),
                          with_names=msg("storage.path_with_names", length=length) if extra else "",
                          limit=MAX_PATH - 1, room=msg("storage.path_room", room=room) if room > 0 else ""))


def check_workspace_path(root: Path | str, *, windows: bool | None = None) -> None:
    """PathTooLong when a workspace in ``root`` would need paths longer than Windows allows."""
    check_path_length(root, WORKSPACE_DEEPEST, windows=windows)


def journal_mode(folder: Path) -> str:
    """SQLite's journal for a workspace database in ``folder``: ``DELETE`` (the rollback
    journal) on a network share, ``WAL`` elsewhere."""
    return "DELETE" if storage_kind(folder) == NETWORK else "WAL"


def storage_kind(path: Path, mounts_text: str | None = None) -> str:
    """LOCAL, REMOVABLE or NETWORK for the disk holding path (LOCAL when unsure).
    ``mounts_text``: a Linux /proc/mounts to read instead of this machine's."""
    if mounts_text is None:
        if sys.platform == "win32":
            return _windows_kind(str(path))
        path = Path(path).resolve()
        if sys.platform == "darwin":
            return REMOVABLE if str(path).startswith("/Volumes/") else LOCAL
        try:
            mounts_text = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return LOCAL
        text = str(path)
    else:
        text = posixpath.normpath(str(path))
    best, fstype, device = "", "", ""
    for line in mounts_text.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        mount = parts[1].replace("\\040", " ")
        if (text == mount or text.startswith(mount.rstrip("/") + "/")) and len(mount) > len(best):
            best, fstype, device = mount, parts[2], parts[0]
    if fstype in _NETWORK_FS or device.startswith("//"):
        return NETWORK
    if best.startswith(("/media/", "/run/media/", "/mnt/usb")) or _removable_block_device(device):
        return REMOVABLE
    return LOCAL


def _removable_block_device(device: str) -> bool:
    if not device.startswith("/dev/"):
        return False
    name = Path(device).name.rstrip("0123456789")
    if name.startswith(("nvme", "mmcblk")):
        name = name.rstrip("p")
    flag = Path("/sys/block") / name / "removable"
    try:
        return flag.read_text().strip() == "1"
    except OSError:
        return False


def windows_root(path: str) -> str:
    """The root Windows asks about for a path: ``C:\\``, or ``\\\\server\\share\\`` for a UNC
    path (``\\\\?\\C:\\…`` and ``\\\\?\\UNC\\server\\share\\…`` long-path forms included)."""
    text = path.replace("/", "\\")
    if text.upper().startswith("\\\\?\\UNC\\"):
        text = "\\\\" + text[8:]
    elif text.startswith(("\\\\?\\", "\\\\.\\")):
        text = text[4:]
    drive = ntpath.splitdrive(text)[0]
    return drive.rstrip("\\") + "\\" if drive else ""


def _windows_kind(path: str) -> str:
    if windows_root(path).startswith("\\\\"):
        return NETWORK
    try:
        # a drive letter mapped to a share (net use N: \\server\share) resolves to its UNC path
        path = str(Path(path).resolve())
    except OSError:
        pass
    root = windows_root(path)
    if not root:
        return LOCAL
    if root.startswith("\\\\"):
        return NETWORK
    import ctypes

    kind = ctypes.windll.kernel32.GetDriveTypeW(root)  # type: ignore[attr-defined]  # windll: Windows only, as here
    return {_DRIVE_REMOVABLE: REMOVABLE, _DRIVE_REMOTE: NETWORK}.get(kind, LOCAL)


class MoveError(CodedError):
    pass


def copy_workspace(source: Path, target: Path, report: Callable[[int, int, str], None] | None = None,
                   is_cancelled: Callable[[], bool] | None = None, db_name: str = "plandesk.sqlite") -> None:
    """Copy a workspace to an empty or new folder and verify the copy; the source is left as
    it was. The copy is built in a temporary folder beside the target and renamed at the end,
    so an interrupted copy never looks like a workspace."""
    source, target = Path(source), Path(target)
    try:
        check_workspace_path(target)
    except PathTooLong as exc:
        raise MoveError(exc) from exc
    if target.exists() and any(target.iterdir()):
        raise MoveError(msg("move.target_not_empty", folder=str(target)))
    if target.resolve() == source.resolve() or source.resolve() in target.resolve().parents:
        raise MoveError(msg("move.target_inside"))
    staging = target.with_name(f".{target.name}.dang-chep")
    shutil.rmtree(staging, ignore_errors=True)
    files = [p for p in source.rglob("*") if p.is_file() and p.name != db_name and not p.name.startswith(db_name + "-")
             and "tmp" not in p.relative_to(source).parts[:2] and p.suffix != ".lock"]
    total = sum(p.stat().st_size for p in files) + (source / db_name).stat().st_size
    done = 0
    try:
        staging.mkdir(parents=True)
        con = sqlite3.connect(source / db_name)
        try:
            dest = sqlite3.connect(staging / db_name)
            try:
                con.backup(dest)
                if dest.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                    raise MoveError(msg("move.database_copy_damaged"))
            finally:
                dest.close()
        finally:
            con.close()
        done += (source / db_name).stat().st_size
        for path in files:
            if is_cancelled and is_cancelled():
                raise MoveError(msg("move.cancelled"))
            rel = path.relative_to(source)
            out = staging / rel
            out.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, out)
            if rel.parts[0] == "evidence" and len(rel.name) == 64 and file_sha256(out) != rel.name:
                raise MoveError(msg("move.evidence_copy_wrong", file=str(rel)))
            done += path.stat().st_size
            if report:
                report(done, total, str(rel))
        if target.exists():
            target.rmdir()
        move_into_place(staging, target, flush_folder=False)
    except OSError as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise MoveError(msg("move.copy_failed", folder=str(target), reason=exc.strerror or str(exc))) from exc
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
