"""The workspace's log file (``logs/plandesk.log``): what PlanDesk's own loggers record
(``logging.getLogger(__name__)`` in any module of the package) and unexpected errors with
their context, for a user to attach when asking for help. Configured once at start by the
window, the command line and the bundle's self-test (:func:`configure_logging`), rotated by
size (the current file and ``.1`` … ``.3``). A log that cannot be written never stops the
program: the records are then dropped."""
from __future__ import annotations

import logging
import os
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

MAX_BYTES = 1_000_000
BACKUPS = 3                  # plandesk.log.1 … .3 kept beside the current file
LOGGER = "plandesk"          # the parent of every module's logger
FORMAT = "[%(asctime)s] %(levelname)s %(name)s: %(message)s"


def log_path(root: Path) -> Path:
    return root / "logs" / "plandesk.log"


class _WorkspaceLog(RotatingFileHandler):
    """The log file of one workspace, made (with its folder) at its first record: a workspace
    where nothing was logged stays as it was. A failed write (a disk full, a read-only folder,
    a USB stick pulled out) is dropped in silence instead of printing a traceback on a console
    the window does not have."""

    def _open(self):
        Path(self.baseFilename).parent.mkdir(parents=True, exist_ok=True)
        return super()._open()

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 - logging's name
        pass


def _current() -> _WorkspaceLog | None:
    return next((h for h in logging.getLogger(LOGGER).handlers if isinstance(h, _WorkspaceLog)), None)


def configure_logging(root: Path, level: int = logging.INFO) -> Path:
    """Send PlanDesk's log records into ``root``'s ``logs/plandesk.log`` (rotated). Called
    again for the same folder it changes nothing; for another (the window opened another
    workspace) the records go there from now on. Returns the log file."""
    path = log_path(Path(root))
    logger = logging.getLogger(LOGGER)
    current = _current()
    if current is not None and current.baseFilename == os.path.abspath(path):
        return path
    handler = _WorkspaceLog(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True)
    handler.setFormatter(logging.Formatter(FORMAT))
    if current is not None:
        logger.removeHandler(current)
        current.close()
    logger.addHandler(handler)
    logger.setLevel(level)
    return path


def close_logging() -> None:
    """Stop writing the log (the workspace is closed, or a test ends)."""
    current = _current()
    if current is not None:
        logging.getLogger(LOGGER).removeHandler(current)
        current.close()


def log_unexpected(root: Path, exc: BaseException | None = None) -> Path:
    """Record an exception (the current one by default) with its traceback and the command
    line; returns the log file to name to the user."""
    configure_logging(root)
    error = exc if exc is not None else sys.exc_info()[1]
    info = (type(error), error, error.__traceback__) if error is not None else None
    logging.getLogger(LOGGER).error("unexpected error in: %s", " ".join(sys.argv), exc_info=info)
    return log_path(root)
