"""The desktop application (Qt Widgets). The only package that imports QtWidgets/QtGui."""
from __future__ import annotations

from typing import Callable

from plandesk.services import Services


def run_gui(open_services: Callable[..., Services], argv: list[str] | None = None) -> int:
    from .application import run

    return run(open_services, argv)
