"""The one way to find bundled resources, from a source tree, an installed package or a
PyInstaller bundle.

The bundle and the installed package both keep resources in ``plandesk/resources``; a source
checkout keeps them in the top-level ``resources/`` folder beside the package.
"""
from __future__ import annotations

import sys
from pathlib import Path

from plandesk.domain.messages import CodedError, msg

_PACKAGE_DIR = Path(__file__).resolve().parent


def _candidates(name: str) -> list[Path]:
    roots = []
    meipass = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and meipass:
        roots.append(Path(meipass) / "plandesk" / name)
    roots.append(_PACKAGE_DIR / name)
    roots.append(_PACKAGE_DIR.parent / name)
    return roots


class ResourceMissing(CodedError, FileNotFoundError):
    """A folder of resources PlanDesk ships with is not there (a damaged installation)."""


def _first_existing(name: str) -> Path:
    for candidate in _candidates(name):
        if candidate.is_dir():
            return candidate
    raise ResourceMissing(msg("resources.missing", folder=name))


def resources_dir() -> Path:
    return _first_existing("resources")


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def frameworks_dir() -> Path:
    return resource_path("frameworks")


def translations_dir() -> Path:
    return _first_existing("translations")
