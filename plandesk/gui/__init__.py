"""The desktop application (Qt Widgets). The only package that imports QtWidgets/QtGui."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:   # the window's first paint (first_paint) comes before the data layer's import
    from plandesk.services import Services


def run_gui(open_services: Callable[..., Services], argv: list[str] | None = None,
            package: Path | None = None) -> int:
    """``package``: a .plandesk file to open in the import preview once the window is up."""
    from .application import run

    return run(open_services, argv, package)
