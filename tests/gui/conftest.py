"""GUI tests drive the real window offscreen, with settings kept in a temporary folder.

Most use the synchronous task runner (the work runs at once, its time counted as worker
time); tests/gui/test_tasks.py and the scripted session drive the real threaded one.

Every GUI test runs under a watchdog: the application's ``notify`` is timed, and a stretch
of more than STALL_LIMIT seconds in which the GUI thread handles an event without coming
back to the event loop fails the test, naming the event (issue 13: a window that freezes).
Time the thread spends waiting in the event loop (a dialog open, a wait in the test) and time
the synchronous runner spends in task work do not count; test code between events is not
inside an event and is not timed. ``PLANDESK_STALL_MS`` changes the limit (default 250)."""
from __future__ import annotations

import os
import time

import pytest
from PySide6.QtCore import QAbstractEventDispatcher, QSettings
from PySide6.QtWidgets import QApplication

from plandesk.gui.application import configure_app
from plandesk.gui.context import AppContext
from plandesk.gui.main_window import MainWindow
from plandesk.gui.tasks import inline_seconds
from plandesk.services import Services
from plandesk.storage.workspace import open_workspace

STALL_LIMIT = float(os.environ.get("PLANDESK_STALL_MS", "250")) / 1000


class StallWatch:
    """Busy stretches of the GUI thread inside event handling, from the application's notify
    and the event dispatcher's aboutToBlock / awake."""

    def __init__(self, limit: float):
        self.limit = limit
        self.stalls: list[tuple[float, str]] = []
        self.depth = 0
        self.blocked = False
        self.mark: float | None = None
        self.inline_mark = 0.0
        self.stack: list[str] = []

    def _restart(self) -> None:
        self.mark, self.inline_mark = time.perf_counter(), inline_seconds()

    def _check(self, what: str) -> None:
        now = time.perf_counter()
        if self.mark is not None and not self.blocked:
            busy = now - self.mark - (inline_seconds() - self.inline_mark)
            if busy > self.limit:
                self.stalls.append((busy, what))
        self._restart()

    def enter(self, receiver, event) -> None:
        if self.depth and not self.blocked:
            self._check("before an event handled inside " + self.stack[-1])
        else:  # a new event, or the first after waiting (awake does not always come first)
            self._restart()
        self.blocked = False
        self.stack.append(f"{type(receiver).__name__}({receiver.objectName()!s}) {event.type().name}")
        self.depth += 1

    def leave(self) -> None:
        self.depth -= 1
        self._check(self.stack.pop())
        if not self.depth:
            self.mark = None

    def about_to_block(self) -> None:
        if self.depth:
            self._check("before waiting, inside " + self.stack[-1])
        self.blocked = True

    def awake(self) -> None:
        self.blocked = False
        if self.depth:
            self._restart()


WATCH = StallWatch(STALL_LIMIT)


class WatchedApplication(QApplication):
    def notify(self, receiver, event):  # noqa: N802 - Qt's name
        WATCH.enter(receiver, event)
        try:
            return super().notify(receiver, event)
        finally:
            WATCH.leave()


@pytest.fixture(scope="session")
def qapp_cls():
    return WatchedApplication


@pytest.fixture(autouse=True)
def no_stalls(qapp):
    dispatcher = QAbstractEventDispatcher.instance()
    if not getattr(qapp, "_watch_connected", False) and dispatcher is not None:
        dispatcher.aboutToBlock.connect(WATCH.about_to_block)
        dispatcher.awake.connect(WATCH.awake)
        qapp._watch_connected = True
    WATCH.stalls.clear()
    yield WATCH
    stalls, WATCH.stalls = list(WATCH.stalls), []
    assert not stalls, "the window stopped answering: " + "; ".join(
        f"{seconds * 1000:.0f} ms in {what}" for seconds, what in stalls)


@pytest.fixture
def qsettings(tmp_path, qapp):
    configure_app()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    QSettings().clear()
    return QSettings()


@pytest.fixture
def open_window(qtbot, qsettings, workspace_dir, database):
    """Opens (or reopens) the window on the test workspace (its SQLite file, or a server when the
    test parametrizes ``database``); closes everything at the end."""
    opened: list[tuple[MainWindow, Services]] = []

    def _open(start: bool = True, synchronous: bool = True) -> MainWindow:
        services = Services.build(open_workspace(workspace_dir, database=database), user="Cán bộ thử")
        ctx = AppContext(services, QSettings(), synchronous=synchronous)
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        if start:
            window.start()
        opened.append((window, services))
        return window

    yield _open
    for window, services in opened:
        window.close()
        services.close()


def close(window: MainWindow) -> None:
    window.close()
    window.ctx.services.close()
