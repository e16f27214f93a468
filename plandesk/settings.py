"""Settings declared once, with their type and default: where the workspace is, and the
user's name recorded in the history."""
from __future__ import annotations

import getpass
import os
from pathlib import Path

import platformdirs

APP_NAME = "PlanDesk"


def default_data_dir() -> Path:
    """The user's data folder, unless PLANDESK_DATA names another."""
    override = os.environ.get("PLANDESK_DATA")
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))


def current_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (service accounts, some containers)
        return ""
