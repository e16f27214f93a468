"""Where PlanDesk may write a file the user asked for (a package, an export, a roll-up, a
backup): anywhere but on the workspace's own files. ``pack --out WS/plandesk.sqlite`` must not
replace the live database, nor ``--out WS/evidence/ab/<sha>`` a stored evidence file; the
one check every command and dialog that writes a file goes through.

A path is resolved first (``~``, ``..``, symbolic links, on Windows the case of the letters),
so another spelling of the same place is refused too."""
from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from plandesk.domain.messages import CodedError, Message, msg

DB_NAME = "plandesk.sqlite"
# files of the workspace folder itself, and folders whose every file belongs to it
_OWN_FILES = (DB_NAME, f"{DB_NAME}-wal", f"{DB_NAME}-shm", f"{DB_NAME}-journal", "plandesk.lock", "plandesk.anchor",
              "database.txt")
_OWN_FOLDERS = {"evidence": "workspace.part_evidence", "backups": "workspace.part_backups",
                "frameworks": "workspace.part_frameworks", "logs": "workspace.part_logs"}
_WHOLE = "workspace.part_folder"


class OutputInWorkspace(CodedError, ValueError):
    """The path chosen for an output is one of the workspace's own files (message in the
    user's words, naming both)."""


def _key(path: Path) -> str:
    return os.path.normcase(os.path.abspath(path))


def resolved(path: Path) -> Path:
    """The place a path names: ``~`` expanded, symbolic links and ``..`` followed."""
    return Path(path).expanduser().resolve(strict=False)


def workspace_part(path: Path, root: Path, allow: Iterable[str] = ()) -> Message | None:
    """What of the workspace ``root`` the (resolved) ``path`` is, in words; None when it is
    not one of its files. ``allow``: own folders the caller may write in (a full backup into
    ``backups/``)."""
    target, base = resolved(path), resolved(root)
    tkey, bkey = _key(target), _key(base)
    if tkey == bkey:
        return msg(_WHOLE)
    for name in _OWN_FILES:
        own = base / name
        if tkey == _key(own) or (own.exists() and target.exists() and _same_file(own, target)):
            return msg("workspace.part_database") if name.startswith(DB_NAME) else msg("workspace.part_file", file=name)
    for folder, code in _OWN_FOLDERS.items():
        if folder in allow:
            continue
        inside = _key(base / folder)
        if tkey == inside or tkey.startswith(inside + os.sep):
            return msg(code)
    return None


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def check_output(path: Path, root: Path | None, *, allow: Iterable[str] = (), folder: bool = False) -> Path:
    """``path`` resolved, or OutputInWorkspace when writing there would replace or mix with
    the workspace's own files (``folder``: the path is a folder that will receive files)."""
    if root is None:
        return Path(path).expanduser()
    part = workspace_part(path, root, allow)
    if part is not None and not (folder and part.code == _WHOLE):
        raise OutputInWorkspace(msg("workspace.output_refused", path=str(path), part=part, folder=str(root)))
    return Path(path).expanduser()
