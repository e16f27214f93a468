"""GUI tests drive the real window offscreen, with settings kept in a temporary folder.

Most use the synchronous task runner (the work runs at once, its time counted as worker
time); tests/gui/test_tasks.py and the scripted session drive the real threaded one.

Every GUI test runs under a watchdog: the application's ``notify`` is timed, and a stretch
of more than STALL_LIMIT seconds in which the GUI thread handles an event the loop delivered
(input, a timer, a queued signal, a repaint) without coming back to the event loop fails the
test, naming the event (issue 13: a window that freezes). On a loaded machine a stretch may
last longer while the thread waits for a CPU: over the limit it counts when the GUI thread
itself worked at least half of it, and in any case past four times the limit. Time the thread spends waiting in
the event loop (a dialog open, a wait in the test) and time the synchronous runner spends in
task work do not count, nor do the garbage collector's passes (a full pass over the heap
that hundreds of earlier tests left behind took 450 ms on CI inside one WindowBlocked event;
the window's own process has a small heap); test code calling the window directly is not an event and is not
timed. ``PLANDESK_STALL_MS`` changes the limit (default 250);
``PLANDESK_STALL_TRACE=1`` prints the GUI thread's stack when an event runs past it."""
from __future__ import annotations

import faulthandler
import gc
import os
import sys
import threading
import time
from contextlib import contextmanager

import pytest
from PySide6.QtCore import QAbstractEventDispatcher, QEvent, QLocale, QSettings
from PySide6.QtWidgets import QApplication

from plandesk.gui.application import configure_app, install_translator
from plandesk.gui.context import AppContext
from plandesk.gui.main_window import MainWindow
from plandesk.gui.tasks import in_task, inline_seconds
from plandesk.services import Services
from plandesk.storage.workspace import open_workspace

STALL_LIMIT = float(os.environ.get("PLANDESK_STALL_MS", "250")) / 1000


# what the event loop delivers on its own: input (spontaneous), timers, queued signals, deferred
# deletes, repaints and relayouts. An event sent straight from code (a widget being built, a
# test calling a method) is part of that code's own time, measured by the event it runs in.
_LOOP_EVENTS = {QEvent.Type.Timer, QEvent.Type.MetaCall, QEvent.Type.DeferredDelete, QEvent.Type.UpdateRequest,
                QEvent.Type.LayoutRequest, QEvent.Type.Quit, QEvent.Type.SockAct}


class _GcClock:
    """Seconds the garbage collector has spent so far in this process."""

    def __init__(self) -> None:
        self.total = 0.0
        self._start = 0.0
        gc.callbacks.append(self._callback)

    def _callback(self, phase: str, _info) -> None:
        if phase == "start":
            self._start = time.perf_counter()
        else:
            self.total += time.perf_counter() - self._start


GC_CLOCK = _GcClock()


def _not_counted() -> float:
    return inline_seconds() + GC_CLOCK.total


class StallWatch:
    """Busy stretches of the GUI thread inside event handling, from the application's notify
    and the event dispatcher's aboutToBlock / awake."""

    def __init__(self, limit: float):
        self.limit = limit
        self.stalls: list[tuple[float, str]] = []
        self.depth = 0
        self.active = False           # the outermost event is one the loop delivered
        self.blocked = False
        self.mark = self.cpu_mark = 0.0
        self.inline_mark = 0.0
        self.stack: list[tuple[object, int]] = []

    def _restart(self) -> None:
        self.mark, self.cpu_mark, self.inline_mark = time.perf_counter(), time.thread_time(), _not_counted()

    @staticmethod
    def _name(entry: tuple[object, int]) -> str:
        kind, value = entry
        try:
            event = QEvent.Type(value).name
        except ValueError:
            event = str(value)
        return f"{kind} {event}"

    def _check(self, what) -> None:
        if self.active and not self.blocked:
            inline = _not_counted() - self.inline_mark
            busy = time.perf_counter() - self.mark - inline
            cpu = time.thread_time() - self.cpu_mark - inline
            # over the limit on the wall clock, and either working (not merely waiting for a
            # CPU on a loaded machine) or over four times the limit whatever the reason
            if busy > self.limit and (cpu > self.limit / 2 or busy > 4 * self.limit):
                self.stalls.append((busy, what() if callable(what) else what))
        self._restart()

    def enter(self, receiver, event) -> None:
        if self.depth:
            if not self.blocked:
                self._check(lambda: "before an event handled inside " + self._name(self.stack[-1]))
            else:  # the first event after waiting (awake does not always come first)
                self._restart()
        else:
            self.active = event.spontaneous() or event.type() in _LOOP_EVENTS
            self._restart()
        self.blocked = False
        self.stack.append((f"{type(receiver).__name__}({receiver.objectName()})", int(event.type().value)))
        self.depth += 1

    def leave(self) -> None:
        self.depth -= 1
        entry = self.stack.pop()
        self._check(lambda: self._name(entry))
        if not self.depth:
            self.active = False

    def about_to_block(self) -> None:
        if self.depth:
            self._check(lambda: "before waiting, inside " + self._name(self.stack[-1]))
        self.blocked = True

    def awake(self) -> None:
        self.blocked = False
        if self.depth:
            self._restart()


WATCH = StallWatch(STALL_LIMIT)


TRACE = bool(os.environ.get("PLANDESK_STALL_TRACE"))  # print the stack of a stall as it happens


class WatchedApplication(QApplication):
    def notify(self, receiver, event):  # noqa: N802 - Qt's name
        WATCH.enter(receiver, event)
        if TRACE and WATCH.depth == 1 and WATCH.active:
            faulthandler.dump_traceback_later(STALL_LIMIT)
        try:
            return super().notify(receiver, event)
        finally:
            if TRACE and WATCH.depth == 1:
                faulthandler.cancel_dump_traceback_later()
            WATCH.leave()


@pytest.fixture(scope="session")
def qapp_cls():
    return WatchedApplication


@pytest.fixture(autouse=True)
def no_unexpected_message_box(monkeypatch):
    """A message box no test expected fails the test with its text, instead of waiting for a
    click that never comes (a test hung for good on a modal box). Tests that expect one
    replace messages.confirm / show_error / show_info themselves."""
    from PySide6.QtWidgets import QMessageBox

    def refuse(box) -> int:
        raise AssertionError(f"unexpected message box “{box.windowTitle()}”: {box.text()}")

    monkeypatch.setattr(QMessageBox, "exec", refuse)


@pytest.fixture(autouse=True)
def no_stalls(qapp, qtbot):
    """Checked when the test ends, before qtbot deletes the test's windows (a window deleted
    at the end of a test is the application quitting, not a freeze)."""
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


class GuiThreadQueries:
    """Database statements the window's own code runs on the GUI thread outside a task (issue
    13: every read and write goes through the task runner; on a shared server each round
    trip would freeze the window). A statement counts when, walking out from it, a frame of
    plandesk/gui comes before any frame of the tests: a test reading the database itself to
    check what was stored is not the window doing it. Start-up before the window exists
    (gui/application.py opening the workspace) is the composition root, not a freeze."""

    def __init__(self):
        self.seen: list[str] = []

    def __call__(self, *_args, **_kwargs) -> None:
        if threading.current_thread() is not threading.main_thread() or in_task():
            return
        frame = sys._getframe(1)
        while frame is not None:
            name = frame.f_code.co_filename.replace(os.sep, "/")
            if "/tests/" in name:
                return
            if "/plandesk/gui/" in name:
                module = name.rsplit("/", 1)[1]
                if module == "application.py":
                    return
                self.seen.append(f"{name.rsplit('/plandesk/', 1)[1]}:{frame.f_lineno} {frame.f_code.co_name}")
                return
            frame = frame.f_back


QUERIES = GuiThreadQueries()


@pytest.fixture(autouse=True)
def no_queries_on_the_gui_thread():
    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    if not event.contains(Engine, "before_cursor_execute", QUERIES):
        event.listen(Engine, "before_cursor_execute", QUERIES)
    QUERIES.seen.clear()
    yield QUERIES
    seen, QUERIES.seen = sorted(set(QUERIES.seen)), []
    assert not seen, "database work on the GUI thread, outside the task runner: " + "; ".join(seen)


@pytest.fixture
def qsettings(tmp_path, qapp):
    configure_app()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    QSettings().clear()
    QSettings().setValue("user_name", "Cán bộ thử")  # the name asked at a PC's first start
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


@pytest.fixture
def in_english(qapp):
    """``with in_english(): …`` — the window's English for the block, Vietnamese again after."""
    @contextmanager
    def english():
        translator = install_translator(qapp, "en")
        try:
            yield
        finally:
            qapp.removeTranslator(translator)
            QLocale.setDefault(QLocale(QLocale.Language.Vietnamese))

    return english
