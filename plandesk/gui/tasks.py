"""The one way the window runs work off the GUI thread (Anki's CollectionOp / QueryOp).

A task is a Qt-free function ``work(report, is_cancelled)`` (``report(done, total, text)``);
``run`` is for writes and file jobs, ``query`` for reads. They run in order on one worker
thread (the *lane*), so a read queued after a write sees it; ``side=True`` puts a read-only
job that may take long (a page preview) on a second lane so it never holds up a save. The
result, or the error, comes back to ``on_done`` / ``on_error`` on the GUI thread, in the
order the tasks finished. A task given a ``title`` shows a progress dialog (Cancel when
``cancellable``) once it has taken ``show_after`` seconds.

Why it is built this way (the freeze of issue 13): the worker threads never touch a Qt
object. They do not emit signals, create, delete or disconnect QObjects: a worker that
destroyed a signal object while the GUI thread closed a progress dialog deadlocked, each
thread holding what the other waited for (Qt's connection mutex, Python's GIL). Here a
worker only appends its outcome to a list under a plain Python lock (held for an append),
and a timer on the GUI thread, running only while tasks are out, collects outcomes and
progress and does every Qt call itself. Finishing a task therefore never waits for
anything a worker may hold.

Tests may use ``synchronous=True``: the work then runs at once on the calling thread (its
time is counted apart, as worker time, by ``inline_seconds``) and the callbacks follow."""
from __future__ import annotations

import queue
import threading
import time
from collections import deque
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

Report = Callable[..., None]
Work = Callable[[Report, Callable[[], bool]], Any]

POLL_MS = 10            # how often the GUI thread looks for finished tasks while some are out
SHOW_AFTER = 0.5        # seconds before a titled task shows its progress dialog

_local = threading.local()
_inline = {"seconds": 0.0}


def in_task() -> bool:
    """True while task work runs (on a worker thread, or inline for the synchronous runner)."""
    return getattr(_local, "in_task", False)


def inline_seconds() -> float:
    """Total time the synchronous runner spent running work on the calling thread."""
    return _inline["seconds"]


class Task:
    """One piece of work handed to the runner; ``cancel()`` asks it to stop."""

    def __init__(self, work: Work, on_done, on_error, title: str | None, parent: QWidget | None,
                 cancellable: bool, writes: bool):
        self.work, self.on_done, self.on_error = work, on_done, on_error
        self.title, self.parent, self.cancellable, self.writes = title, parent, cancellable, writes
        self.cancelled = threading.Event()
        self.started = time.monotonic()
        self.progress: tuple[int, int, str] | None = None   # written by the worker, read by the GUI
        self.dialog: QProgressDialog | None = None
        self.finished = False
        self.side = False   # a read-only job on the second lane (a preview, the warm-up)

    def cancel(self) -> None:
        self.cancelled.set()

    def report(self, done: int = 0, total: int = 0, text: str = "") -> None:
        self.progress = (int(done), int(total), str(text))  # one assignment: atomic for the reader


class _Lane:
    """One worker thread taking tasks in order; it tells the runner through ``outcomes``."""

    def __init__(self, name: str, outcomes: deque, lock: threading.Lock):
        self.jobs: queue.Queue[Task | None] = queue.Queue()
        self.outcomes, self.lock = outcomes, lock
        self.thread = threading.Thread(target=self._loop, name=name, daemon=True)
        self.thread.start()

    def _loop(self) -> None:
        _local.in_task = True
        while True:
            task = self.jobs.get()
            if task is None:
                return
            try:
                outcome = (task, True, task.work(task.report, task.cancelled.is_set))
            except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread, which shows it
                outcome = (task, False, exc)
            with self.lock:
                self.outcomes.append(outcome)
            del task, outcome  # the GUI thread holds the last references (widgets die there)


class TaskRunner(QObject):
    """Runs tasks on the worker lanes (or at once, for tests) and hands back their results."""

    busy_changed = Signal(bool)      # some write is out / none is
    write_failed = Signal(object)    # a write failed (the exception), after its on_error ran

    def __init__(self, parent: QObject | None = None, synchronous: bool = False):
        super().__init__(parent)
        self.synchronous = synchronous
        self.show_after = SHOW_AFTER
        self._lock = threading.Lock()
        self._outcomes: deque = deque()
        self._lanes: dict[bool, _Lane] = {}
        self._out: list[Task] = []
        self._writes = 0
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._pump)
        self.completed = 0   # tasks whose callbacks have run (for tests and the status bar)

    # -- submitting -------------------------------------------------------------------------
    def run(self, work: Work, on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None, *, title: str | None = None,
            parent: QWidget | None = None, cancellable: bool = False, side: bool = False,
            writes: bool = True) -> Task:
        """A write or a file job (``writes=False`` for a long read that wants a dialog)."""
        # the status bar's "Đang lưu…" / "Đã lưu" follows the edits that save themselves; a job
        # with a title (backup, package, export, import) shows its own progress and its own
        # outcome in a message, during which the window's edits are not "being saved"
        task = Task(work, on_done, on_error, title, parent, cancellable, writes and not side and title is None)
        task.side = side
        if task.writes:
            self._writes += 1
            if self._writes == 1:
                self.busy_changed.emit(True)
        if self.synchronous:
            self._run_inline(task)
            return task
        self._out.append(task)
        lane = self._lanes.get(side)
        if lane is None:
            lane = self._lanes[side] = _Lane("plandesk-side" if side else "plandesk-work", self._outcomes, self._lock)
        lane.jobs.put(task)
        if not self._timer.isActive():
            self._timer.start()
        return task

    def query(self, read: Callable[[], Any], on_done: Callable[[Any], None],
              on_error: Callable[[BaseException], None] | None = None, *, side: bool = False) -> Task:
        """A read: ``read()`` on the worker, ``on_done(result)`` on the GUI thread."""
        return self.run(lambda _report, _cancelled: read(), on_done, on_error, side=side, writes=False)

    def _run_inline(self, task: Task) -> None:
        start = time.perf_counter()
        was, _local.in_task = in_task(), True
        try:
            outcome = (task, True, task.work(lambda *_a, **_k: None, task.cancelled.is_set))
        except Exception as exc:  # noqa: BLE001 - delivered like the threaded runner does
            outcome = (task, False, exc)
        finally:
            _local.in_task = was
            _inline["seconds"] += time.perf_counter() - start
        self._deliver(*outcome)

    # -- the GUI thread's side ----------------------------------------------------------------
    def _pump(self) -> None:
        """Collect finished tasks and progress (GUI thread, on the timer)."""
        now = time.monotonic()
        for task in self._out:
            if task.title and task.dialog is None and now - task.started >= self.show_after:
                task.dialog = self._dialog(task)
            if task.dialog is not None and task.progress is not None:
                done, total, text = task.progress
                task.dialog.setMaximum(max(total, 0))
                if total > 0:
                    task.dialog.setValue(min(done, total))
                if text:
                    task.dialog.setLabelText(f"{task.title}\n{text}")
        while True:
            with self._lock:
                if not self._outcomes:
                    break
                outcome = self._outcomes.popleft()
            self._deliver(*outcome)
        if not self._out:
            self._timer.stop()

    def _dialog(self, task: Task) -> QProgressDialog:
        dialog = QProgressDialog(task.title, self.tr("Hủy") if task.cancellable else "", 0, 0, task.parent)
        dialog.setWindowTitle(task.title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if not task.cancellable:
            dialog.setCancelButton(None)
        dialog.canceled.connect(task.cancel)
        dialog.show()
        return dialog

    def _deliver(self, task: Task, ok: bool, value: Any) -> None:
        task.finished = True
        if task in self._out:
            self._out.remove(task)
        if task.dialog is not None:
            # hidden, not closed (closeEvent emits canceled()); not disconnected either: PySide6
            # 6.12 corrupts a reference count when a Python slot is disconnected (a crash at exit)
            dialog, task.dialog = task.dialog, None
            dialog.hide()
            dialog.deleteLater()
        if task.writes:
            self._writes -= 1
        task.work = None  # type: ignore[assignment]  # its closure may hold widgets: dropped here
        self.completed += 1
        if not ok and task.writes:
            # a refused write is said before its message opens: the status bar never says
            # "Đang lưu…" under a message that the change was not saved
            self.write_failed.emit(value)
            if self._writes == 0:
                self.busy_changed.emit(False)
        try:
            if ok:
                if task.on_done is not None:
                    task.on_done(value)
            elif task.on_error is not None:
                task.on_error(value)
            else:
                raise value
        finally:
            # a save that went through: "Đã lưu" once its callback has shown the stored state
            # (and cleared a refusal shown before)
            if ok and task.writes and self._writes == 0:
                self.busy_changed.emit(False)

    # -- waiting --------------------------------------------------------------------------------
    def idle(self) -> bool:
        """No task out (every callback has run)."""
        return not self._out

    def cancel_side(self) -> None:
        """Ask the read-only jobs of the second lane to stop (the window is closing: a preview or
        the warm-up has nothing left to give); writes and file jobs are left to finish."""
        for task in list(self._out):
            if task.side:
                task.cancel()

    def wait(self, timeout: float | None = None) -> bool:
        """Finish what is out (the callbacks run here, in order) — before a switch of dossier or
        workspace, and at closing. The GUI thread blocks in Python, so the workers go on."""
        deadline = None if timeout is None else time.monotonic() + timeout
        while self._out:
            with self._lock:
                ready = bool(self._outcomes)
            if ready:
                self._pump()
                continue
            if deadline is not None and time.monotonic() > deadline:
                return False
            time.sleep(0.002)
        return True

    def shutdown(self) -> None:
        """Let the worker threads end (after ``wait``)."""
        for lane in self._lanes.values():
            lane.jobs.put(None)
        self._lanes.clear()
