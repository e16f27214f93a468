"""The workspace lock: ``plandesk.lock`` in the workspace folder says who has it open, so a
second PlanDesk (another window started twice, another PC on a shared folder) is refused
with a message naming the holder instead of writing over the first one.

Two layers, because each alone fails somewhere:
- an operating-system lock on the open file (``fcntl.flock`` / Windows' ``LockFileEx`` on one
  byte far past the text, which stays readable to others), held for
  as long as the workspace is open and released by the system when the process dies, even
  by power loss or SIGKILL. On one computer it is the authority: if we can take it, whoever
  wrote the file is gone (a dead PID, or a PID since reused by another program).
- the file's content (host, user, PID, start, heartbeat refreshed every few minutes), for
  network shares whose locks do not reach across computers: a lock written on another host
  whose heartbeat is older than ``STALE_AFTER`` is taken over; a fresh one is refused.

Opening the same folder twice in one process (the window reopening its workspace, tests)
shares one lock, counted, and released when the last holder closes."""
from __future__ import annotations

import datetime as dt
import json
import os
import socket
import sys
import threading
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

from plandesk.domain.messages import CodedError, Message, msg

LOCK_NAME = "plandesk.lock"
HEARTBEAT_EVERY = 5 * 60          # seconds
STALE_AFTER = dt.timedelta(hours=2)
_LOCK_OFFSET = 1 << 20            # Windows locks a byte range: lock one far past the text, so the text stays readable


class LockError(CodedError):
    """The workspace is in use by another program, or the lock file cannot be written."""

    def __init__(self, message: Message | str | BaseException, holder: LockInfo | None = None):
        super().__init__(message)
        self.holder = holder


@dataclass(frozen=True)
class LockInfo:
    pid: int
    host: str
    user: str
    program: str
    started: dt.datetime
    heartbeat: dt.datetime
    token: str

    def to_json(self) -> str:
        return json.dumps({"pid": self.pid, "host": self.host, "user": self.user, "program": self.program,
                           "started": self.started.isoformat(timespec="seconds"),
                           "heartbeat": self.heartbeat.isoformat(timespec="seconds"), "token": self.token},
                          ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> LockInfo:
        data = json.loads(text)
        return cls(int(data["pid"]), str(data.get("host", "")), str(data.get("user", "")),
                   str(data.get("program", "")), dt.datetime.fromisoformat(data["started"]),
                   dt.datetime.fromisoformat(data["heartbeat"]), str(data.get("token", "")))

    def describe(self) -> Message:
        return msg("lock.holder", user=self.user or msg("lock.user_unknown"),
                   host=self.host or msg("lock.host_unknown"), pid=self.pid, time=f"{self.started:%H:%M}",
                   date=f"{self.started:%d/%m/%Y}")


def _login_name() -> str:
    try:
        import getpass

        return getpass.getuser()
    except Exception:  # no login name (service accounts, some containers)
        return ""


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":
        kernel32 = _kernel32()
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        try:
            kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        finally:
            kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


# -- the operating-system lock ---------------------------------------------------------------
if sys.platform == "win32":
    import ctypes
    from ctypes import wintypes

    class _Overlapped(ctypes.Structure):
        _fields_ = [("Internal", ctypes.c_size_t), ("InternalHigh", ctypes.c_size_t), ("Offset", wintypes.DWORD),
                    ("OffsetHigh", wintypes.DWORD), ("hEvent", wintypes.HANDLE)]

    _LOCKFILE_FAIL_IMMEDIATELY, _LOCKFILE_EXCLUSIVE_LOCK = 0x1, 0x2
    # another handle holds the range: the workspace is in use. Any other failure means this
    # file system cannot lock (a WebDAV drive, some NAS): then the file's content decides.
    _HELD_ELSEWHERE = {32, 33}  # ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION

    def _kernel32():
        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
        kernel32.LockFileEx.argtypes = [wintypes.HANDLE, wintypes.DWORD, wintypes.DWORD, wintypes.DWORD,
                                        wintypes.DWORD, ctypes.POINTER(_Overlapped)]
        kernel32.UnlockFileEx.argtypes = [wintypes.HANDLE, wintypes.DWORD, wintypes.DWORD, wintypes.DWORD,
                                          ctypes.POINTER(_Overlapped)]
        kernel32.OpenProcess.restype = wintypes.HANDLE
        kernel32.OpenProcess.argtypes = [wintypes.DWORD, wintypes.BOOL, wintypes.DWORD]
        kernel32.GetExitCodeProcess.argtypes = [wintypes.HANDLE, ctypes.POINTER(ctypes.c_ulong)]
        kernel32.CloseHandle.argtypes = [wintypes.HANDLE]
        return kernel32

    def _windows_lock(fd: int, take: bool) -> bool | None:
        """LockFileEx / UnlockFileEx on the byte at _LOCK_OFFSET, without waiting. (Not
        msvcrt.locking: it reports every failure as the same errno, or none at all under
        wine, so "someone holds it" and "this disk cannot lock" could not be told apart.)"""
        import msvcrt

        kernel32 = _kernel32()
        handle = wintypes.HANDLE(msvcrt.get_osfhandle(fd))
        where = _Overlapped(0, 0, _LOCK_OFFSET, 0, None)
        if take:
            done = kernel32.LockFileEx(handle, _LOCKFILE_EXCLUSIVE_LOCK | _LOCKFILE_FAIL_IMMEDIATELY, 0, 1, 0,
                                       ctypes.byref(where))
        else:
            done = kernel32.UnlockFileEx(handle, 0, 1, 0, ctypes.byref(where))
        if done:
            return True
        return False if ctypes.get_last_error() in _HELD_ELSEWHERE else None


def _os_lock(fd: int) -> bool | None:
    """True when taken, False when another process (or another handle) holds it, None when
    this file system cannot lock (then the file's content decides)."""
    if sys.platform == "win32":
        return _windows_lock(fd, True)
    try:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except (BlockingIOError, PermissionError):
        return False
    except OSError as exc:
        import errno

        if exc.errno in (errno.EACCES, errno.EAGAIN, getattr(errno, "EDEADLK", -1)):
            return False
        return None


def _os_unlock(fd: int) -> None:
    if sys.platform == "win32":
        _windows_lock(fd, False)
        return
    try:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_UN)
    except OSError:
        pass


def read_lock(path: Path) -> LockInfo | None:
    """The holder written in a lock file; None when absent, empty or unreadable."""
    for attempt in range(3):  # a heartbeat may be rewriting it this very moment
        try:
            text = Path(path).read_text(encoding="utf-8").strip()
        except OSError:
            return None
        if not text:
            return None
        try:
            return LockInfo.from_json(text)
        except (ValueError, KeyError, TypeError):
            time.sleep(0.05 * (attempt + 1))
    return None


def lock_in_use(holder: LockInfo, now: dt.datetime | None = None, stale_after: dt.timedelta = STALE_AFTER) -> bool:
    """Whether the program a lock file names still holds it: a live process on this
    computer, or another computer whose heartbeat is recent. A lock left by a program that
    was killed or lost power is not in use (it is a sign that a workspace was open here)."""
    if holder.host == socket.gethostname():
        return pid_alive(holder.pid)
    return (now or _now()) - holder.heartbeat < stale_after


class WorkspaceLock:
    """The lock on one workspace folder, held by this process. Use ``acquire_lock``."""

    def __init__(self, path: Path, fd: int, info: LockInfo, os_locked: bool):
        self.path = path
        self._fd: int | None = fd
        self.info = info
        self.os_locked = os_locked
        self._count = 1
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._write_lock = threading.Lock()
        self.lost: str | None = None   # set when another program took the lock over (a long sleep, a share)

    @property
    def held(self) -> bool:
        return self._fd is not None

    def _write(self, info: LockInfo) -> None:
        fd = self._fd
        if fd is None:
            return
        data = (info.to_json() + "\n").encode("utf-8")
        with self._write_lock:
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, data)
            os.ftruncate(fd, len(data))
            os.fsync(fd)
            self.info = info

    def heartbeat(self, now: dt.datetime | None = None) -> None:
        """Refresh the time written in the lock, and notice if someone took it over."""
        if self._fd is None:
            return
        current = read_lock(self.path)
        if current is not None and current.token != self.info.token:
            self.lost = f"Thư mục làm việc đã bị {current.describe()} mở trong lúc máy này tạm dừng."
            return
        try:
            self._write(LockInfo(self.info.pid, self.info.host, self.info.user, self.info.program, self.info.started,
                                 now or _now(), self.info.token))
        except OSError:
            pass  # a heartbeat missed is harmless; the next one tries again

    def start_heartbeat(self, every: float = HEARTBEAT_EVERY) -> None:
        if self._thread is not None:
            return

        def loop() -> None:
            while not self._stop.wait(every):
                self.heartbeat()

        self._thread = threading.Thread(target=loop, name="plandesk-lock-heartbeat", daemon=True)
        self._thread.start()

    def release(self) -> None:
        """Give back one hold; the file goes when the last holder in this process closes."""
        with _REGISTRY_LOCK:
            self._count -= 1
            if self._count > 0 or self._fd is None:
                return
            _REGISTRY.pop(_key(self.path), None)
            fd, self._fd = self._fd, None
        self._stop.set()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(timeout=2)
        current = read_lock(self.path)
        try:
            if current is None or current.token == self.info.token:
                os.lseek(fd, 0, os.SEEK_SET)
                os.ftruncate(fd, 0)
        except OSError:
            pass
        _os_unlock(fd)
        os.close(fd)
        if current is None or current.token == self.info.token:
            try:
                self.path.unlink()
            except OSError:
                pass  # the next opening finds an empty file and takes it


_REGISTRY: dict[str, WorkspaceLock] = {}
_REGISTRY_LOCK = threading.Lock()


def _key(path: Path) -> str:
    return os.path.normcase(str(Path(path).resolve()))


def acquire_lock(root: Path, *, program: str = "PlanDesk", user: str | None = None,
                 now: dt.datetime | None = None, stale_after: dt.timedelta = STALE_AFTER) -> WorkspaceLock:
    """Take the lock of the workspace folder ``root`` or raise LockError naming its holder."""
    path = Path(root) / LOCK_NAME
    with _REGISTRY_LOCK:
        mine = _REGISTRY.get(_key(path))
        if mine is not None and mine.held:
            mine._count += 1
            return mine
        now = now or _now()
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o644)
        except OSError as exc:
            raise LockError(msg("lock.cannot_create", file=str(path), reason=exc.strerror or str(exc))) from exc
        locked: bool | None = None
        try:
            holder = read_lock(path)
            locked = _os_lock(fd)
            host = socket.gethostname()
            if locked is False:
                raise LockError(_in_use_message(root, holder), holder)
            if holder is not None and holder.token:
                same_host = holder.host == host
                if same_host and locked is None and holder.pid != os.getpid() and pid_alive(holder.pid) \
                        and now - holder.heartbeat < stale_after:
                    raise LockError(_in_use_message(root, holder), holder)
                if not same_host and now - holder.heartbeat < stale_after:
                    raise LockError(_in_use_message(root, holder), holder)
            info = LockInfo(os.getpid(), host, _login_name() if user is None else user, program, now, now,
                            uuid.uuid4().hex)
            lock = WorkspaceLock(path, fd, info, bool(locked))
            try:
                lock._write(info)
            except OSError as exc:
                raise LockError(msg("lock.cannot_write", file=str(path), reason=exc.strerror or str(exc))) from exc
        except BaseException:
            if locked:
                _os_unlock(fd)
            os.close(fd)
            raise
        _REGISTRY[_key(path)] = lock
        return lock


def _in_use_message(root: Path, holder: LockInfo | None) -> Message:
    return msg("lock.in_use", folder=str(root), holder=holder.describe() if holder else msg("lock.holder_unknown"),
               hours=int(STALE_AFTER.total_seconds() // 3600))
