"""The one check every action that writes a file for the user goes through: not on the
workspace's own files (storage.outputs), said as an InvalidInput the window and the command
line show as they show any refusal."""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from plandesk.storage.outputs import OutputInWorkspace, check_output

from .errors import InvalidInput


def checked_output(path: Path, root: Path | None, *, allow: Iterable[str] = (), folder: bool = False) -> Path:
    """``path`` (``~`` expanded) when PlanDesk may write it; InvalidInput, naming both, when
    it would land on the database, the lock, the anchor, the evidence store, the backups…"""
    try:
        return check_output(path, root, allow=allow, folder=folder)
    except OutputInWorkspace as exc:
        raise InvalidInput(exc) from None
