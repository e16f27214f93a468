"""The workspace's log file (``logs/plandesk.log``): unexpected errors with their context, for
a user to attach when asking for help. Kept small by rotation."""
from __future__ import annotations

import datetime as dt
import sys
import traceback
from pathlib import Path

from plandesk.filesafe import move_into_place

MAX_BYTES = 1_000_000


def log_path(root: Path) -> Path:
    return root / "logs" / "plandesk.log"


def log_unexpected(root: Path, exc: BaseException | None = None) -> Path:
    """Append an exception (the current one by default) with its traceback."""
    log = log_path(root)
    try:
        log.parent.mkdir(parents=True, exist_ok=True)
        if log.exists() and log.stat().st_size > MAX_BYTES:
            move_into_place(log, log.with_suffix(".log.1"), flush_folder=False)
        text = ("".join(traceback.format_exception(exc)) if exc is not None else traceback.format_exc())
        with open(log, "a", encoding="utf-8") as handle:
            handle.write(f"\n[{dt.datetime.now().isoformat(timespec='seconds')}] {' '.join(sys.argv)}\n{text}")
    except OSError:
        pass
    return log
