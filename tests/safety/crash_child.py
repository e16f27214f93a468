"""Run the real ``plandesk`` command and SIGKILL it at a chosen point.

    python crash_child.py N COUNT_FILE -- plandesk arguments…

A *point* is each call to os.fsync, os.replace, os.rename, os.unlink, each SQL statement,
each commit and each SQLite online-backup call (before and after), in the order the command
makes them. With N = 0 the command runs to the end and the number of points it passed is
written to COUNT_FILE; with N > 0 the process kills itself with SIGKILL on point N: no
cleanup, no atexit, no flush, like a power cut from the program's point of view."""
from __future__ import annotations

import os
import signal
import sqlite3
import sys
from pathlib import Path

TARGET = int(sys.argv[1])
COUNT_FILE = Path(sys.argv[2])
ARGS = sys.argv[sys.argv.index("--") + 1:]
_passed = 0


def point() -> None:
    global _passed
    _passed += 1
    if _passed == TARGET:
        os.kill(os.getpid(), signal.SIGKILL)


def _wrap(module, name: str) -> None:
    original = getattr(module, name)

    def wrapper(*args, **kwargs):
        point()
        return original(*args, **kwargs)

    setattr(module, name, wrapper)


for _name in ("fsync", "replace", "rename", "unlink"):
    _wrap(os, _name)


class KillingConnection(sqlite3.Connection):
    def commit(self):
        point()
        super().commit()
        point()

    def backup(self, *args, **kwargs):
        point()
        super().backup(*args, **kwargs)
        point()


_connect = sqlite3.connect


def connect(*args, **kwargs):
    kwargs.setdefault("factory", KillingConnection)
    return _connect(*args, **kwargs)


sqlite3.connect = connect

from sqlalchemy import event  # noqa: E402
from sqlalchemy.engine import Engine  # noqa: E402


@event.listens_for(Engine, "before_cursor_execute")
def _statement(*_args):
    point()


from plandesk.app import main  # noqa: E402

status = main(ARGS)
if TARGET == 0:
    COUNT_FILE.write_text(str(_passed))
sys.exit(status)
