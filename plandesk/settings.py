"""Settings declared once, with their type and default: where the workspace is, where the
window keeps its own settings, and the user's name recorded in the history.

Workspace location, in order: ``--data DIR``; the ``PLANDESK_DATA`` environment variable;
portable mode (a file ``portable.txt`` beside the executable: the folder the user chose in the
window, else ``data\\`` beside the executable); the folder the user chose in the window;
otherwise the user's data folder.

Portable mode (PlanDesk on a USB stick, or unzipped from the portable ZIP) leaves nothing on
the PC it runs on: the window's settings go to an INI file in ``settings\\`` beside ``data\\``
instead of the registry, and the chosen workspace is remembered there too, relative to the
stick when it is on it (the stick's drive letter changes from PC to PC)."""
from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

import platformdirs

from plandesk.filesafe import atomic_write

APP_NAME = "PlanDesk"
PORTABLE_MARKER = "portable.txt"
CHOICE_FILE = "workspace.txt"


def executable_dir() -> Path | None:
    """The folder of PlanDesk.exe when running from a PyInstaller bundle, else None."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return None


def portable_dir() -> Path | None:
    """The executable's folder when it holds ``portable.txt`` (portable mode), else None."""
    folder = executable_dir()
    if folder is not None and (folder / PORTABLE_MARKER).is_file():
        return folder
    return None


def portable_data_dir() -> Path | None:
    folder = portable_dir()
    return folder / "data" if folder is not None else None


def settings_dir() -> Path | None:
    """Portable mode: the folder beside ``data\\`` where the window keeps its settings as an
    INI file (never the registry). None otherwise: the platform's place (on Windows the
    registry, HKEY_CURRENT_USER\\Software\\PlanDesk)."""
    folder = portable_dir()
    return folder / "settings" if folder is not None else None


def platform_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))


def _choice_file() -> Path:
    settings = settings_dir()
    if settings is not None:
        return settings / CHOICE_FILE
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False, roaming=False)) / CHOICE_FILE


def chosen_workspace() -> Path | None:
    """The workspace the user chose in the window (File → open or move the workspace)."""
    try:
        text = _choice_file().read_text(encoding="utf-8").strip()
    except OSError:
        return None
    if not text:
        return None
    path = Path(text)
    folder = portable_dir()
    if folder is not None and not path.is_absolute():
        return folder / path
    return path


def choose_workspace(path: Path | None) -> None:
    """Remember (or forget, with None) the workspace chosen by the user."""
    target = _choice_file()
    target.parent.mkdir(parents=True, exist_ok=True)
    text = str(path) if path else ""
    folder = portable_dir()
    if path and folder is not None:
        try:  # on the stick itself: kept relative, so it still holds under another drive letter
            text = os.path.relpath(Path(path).resolve(), folder)
        except ValueError:  # another drive than the stick's
            text = str(path)
    atomic_write(target, text.encode("utf-8"))


def default_data_dir() -> Path:
    override = os.environ.get("PLANDESK_DATA")
    if override:
        return Path(override).expanduser()
    portable = portable_data_dir()
    if portable is not None:
        return chosen_workspace() or portable
    return chosen_workspace() or platform_data_dir()


def current_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (service accounts, some containers)
        return ""
