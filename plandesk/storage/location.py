"""Where a workspace lives: on a local disk, a removable one (USB stick) or a network share,
and moving a workspace to another folder (copy, verify, then switch).

A workspace on a USB stick or a share can vanish mid-write; PlanDesk warns and offers to
work on a local copy."""
from __future__ import annotations

import os
import shutil
import sqlite3
import sys
from pathlib import Path
from typing import Callable

from .evidence_store import sha256_of

LOCAL, REMOVABLE, NETWORK = "local", "removable", "network"
_NETWORK_FS = {"nfs", "nfs4", "cifs", "smbfs", "smb3", "sshfs", "fuse.sshfs", "afpfs", "9p", "davfs", "fuse.davfs2"}


def storage_kind(path: Path, mounts_text: str | None = None) -> str:
    """LOCAL, REMOVABLE or NETWORK for the disk holding path (LOCAL when unsure)."""
    path = Path(path).resolve()
    if sys.platform == "win32" and mounts_text is None:
        return _windows_kind(path)
    if sys.platform == "darwin" and mounts_text is None:
        return REMOVABLE if str(path).startswith("/Volumes/") else LOCAL
    if mounts_text is None:
        try:
            mounts_text = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return LOCAL
    best, fstype, device = "", "", ""
    for line in mounts_text.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        mount = parts[1].replace("\\040", " ")
        if (str(path) == mount or str(path).startswith(mount.rstrip("/") + "/")) and len(mount) > len(best):
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


def _windows_kind(path: Path) -> str:  # pragma: no cover - Windows only
    import ctypes

    drive = path.drive
    if drive.startswith("\\\\"):
        return NETWORK
    kind = ctypes.windll.kernel32.GetDriveTypeW(f"{drive}\\")
    return {2: REMOVABLE, 4: NETWORK}.get(kind, LOCAL)


class MoveError(Exception):
    pass


def copy_workspace(source: Path, target: Path, report: Callable[[int, int, str], None] | None = None,
                   is_cancelled: Callable[[], bool] | None = None, db_name: str = "plandesk.sqlite") -> None:
    """Copy a workspace to an empty or new folder and verify the copy; the source is left as
    it was. The copy is built in a temporary folder beside the target and renamed at the end,
    so an interrupted copy never looks like a workspace."""
    source, target = Path(source), Path(target)
    if target.exists() and any(target.iterdir()):
        raise MoveError(f"Thư mục '{target}' không trống; hãy chọn một thư mục trống.")
    if target.resolve() == source.resolve() or source.resolve() in target.resolve().parents:
        raise MoveError("Thư mục mới không được nằm trong thư mục làm việc hiện tại.")
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
                    raise MoveError("Bản sao cơ sở dữ liệu không toàn vẹn; chưa chuyển.")
            finally:
                dest.close()
        finally:
            con.close()
        done += (source / db_name).stat().st_size
        for path in files:
            if is_cancelled and is_cancelled():
                raise MoveError("Đã hủy; thư mục làm việc không thay đổi.")
            rel = path.relative_to(source)
            out = staging / rel
            out.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, out)
            if rel.parts[0] == "evidence" and len(rel.name) == 64 and sha256_of(out) != rel.name:
                raise MoveError(f"Tệp minh chứng '{rel}' chép sang bị sai; chưa chuyển. Hãy kiểm tra ổ đĩa đích.")
            done += path.stat().st_size
            if report:
                report(done, total, str(rel))
        if target.exists():
            target.rmdir()
        os.replace(staging, target)
    except OSError as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise MoveError(f"Không chép được sang '{target}': {exc.strerror or exc}. Thư mục làm việc không thay đổi.") from exc
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
