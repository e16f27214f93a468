"""Settings declared once, with their type and default: where the workspace is, and the
user's name recorded in the history.

Workspace location, in order: ``--data DIR``; the ``PLANDESK_DATA`` environment variable;
portable mode (a file ``portable.txt`` beside the executable keeps the workspace in ``data/``
beside it, for a USB stick); the folder the user chose in the window; otherwise the user's
data folder."""
from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "PlanDesk"
PORTABLE_MARKER = "portable.txt"


def executable_dir() -> Path | None:
    """The folder of PlanDesk.exe when running from a PyInstaller bundle, else None."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return None


def portable_data_dir() -> Path | None:
    folder = executable_dir()
    if folder is not None and (folder / PORTABLE_MARKER).is_file():
        return folder / "data"
    return None


def platform_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))


def _choice_file() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False, roaming=False)) / "workspace.txt"


def chosen_workspace() -> Path | None:
    """The workspace the user chose in the window (File → open or move the workspace)."""
    try:
        text = _choice_file().read_text(encoding="utf-8").strip()
    except OSError:
        return None
    return Path(text) if text else None


def choose_workspace(path: Path | None) -> None:
    """Remember (or forget, with None) the workspace chosen by the user."""
    target = _choice_file()
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(".tmp")
    tmp.write_text(str(path) if path else "", encoding="utf-8")
    os.replace(tmp, target)


def default_data_dir() -> Path:
    override = os.environ.get("PLANDESK_DATA")
    if override:
        return Path(override).expanduser()
    portable = portable_data_dir()
    if portable is not None:
        return portable
    return chosen_workspace() or platform_data_dir()


def current_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (service accounts, some containers)
        return ""
