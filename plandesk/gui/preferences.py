"""The user's settings (language, window sizes, remembered folders, last dossier…) for the
running window: read once into memory, read from memory, written to the settings store by a
thread of their own.

Qt writes a settings file (the INI of the portable edition, Linux's config file) through a
save-and-flush: the call waits for the disk. Made from the window's thread, that wait froze
the window — up to 0.4 s when the disk was busy (seen in the scripted year's session, after a
dialog remembered its size). Here the window's thread only touches a dictionary; the writer
thread owns its own QSettings (Qt's settings objects may be used from several threads) and
writes each batch of changes in one flush, in the order they were made. ``sync`` waits for the
writes (the window calls it on closing); a process killed mid-write leaves the previous file
whole (Qt writes to a temporary file and renames it)."""
from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSettings

_FLUSH = object()


class Preferences:
    """A QSettings stand-in for the GUI thread: ``value`` and ``setValue`` as QSettings has
    them, without waiting for the disk."""

    def __init__(self, make_settings: Callable[[], QSettings] = QSettings):
        self._make = make_settings
        store = make_settings()
        self._values: dict[str, Any] = {key: store.value(key) for key in store.allKeys()}
        self._lock = threading.Lock()
        self._jobs: queue.Queue = queue.Queue()
        self._thread: threading.Thread | None = None
        self.failed: str | None = None  # the store's last error (e.g. a read-only settings file)

    # -- read and change, on the window's thread
    def value(self, key: str, default: Any = None) -> Any:
        with self._lock:
            return self._values.get(key, default)

    def contains(self, key: str) -> bool:
        with self._lock:
            return key in self._values

    def setValue(self, key: str, value: Any) -> None:  # noqa: N802 - the QSettings name
        with self._lock:
            self._values[key] = value
        self._send((key, value))

    def remove(self, key: str) -> None:
        with self._lock:
            for name in [k for k in self._values if k == key or k.startswith(key + "/")]:
                del self._values[name]
        self._send((key, None, "remove"))

    def sync(self, timeout: float = 10.0) -> bool:
        """Wait until every change made so far is written (True) or ``timeout`` passes."""
        if self._thread is None:
            return True
        done = threading.Event()
        self._jobs.put((_FLUSH, done))
        return done.wait(timeout)


    def close(self, timeout: float = 10.0) -> bool:
        """Write what is left and stop the writer."""
        written = self.sync(timeout)
        if self._thread is not None:
            self._jobs.put(None)
            self._thread.join(timeout)
            self._thread = None
        return written

    # -- the writer
    def _send(self, job: tuple) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._write_loop, name="plandesk-settings", daemon=True)
            self._thread.start()
        self._jobs.put(job)

    def _write_loop(self) -> None:
        store = self._make()
        while True:
            job = self._jobs.get()
            if job is None:
                break
            batch = [job]
            while True:  # every change queued meanwhile goes in the same flush
                try:
                    batch.append(self._jobs.get_nowait())
                except queue.Empty:
                    break
            stop = None in batch
            waiting = []
            for item in batch:
                if item is None:
                    continue
                if item[0] is _FLUSH:
                    waiting.append(item[1])
                elif len(item) == 3:
                    store.remove(item[0])
                else:
                    store.setValue(item[0], item[1])
            store.sync()
            self.failed = None if store.status() == QSettings.Status.NoError else str(store.fileName())
            for event in waiting:
                event.set()
            if stop:
                break
        del store


_current: Preferences | None = None


def install(preferences: Preferences | None) -> None:
    """The running window's preferences (None again when it has closed)."""
    global _current
    _current = preferences


def current() -> Preferences | QSettings:
    """The running window's preferences, or a plain QSettings before (or without) one."""
    return _current if _current is not None else QSettings()
