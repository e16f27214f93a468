"""Background work without freezing the window: a Qt-free function runs on a worker thread
with ``report(done, total, text)`` and ``is_cancelled()``; its result or error comes back on
the GUI thread. Writes go through one single-thread pool so they happen in order. A progress
dialog appears after ~500 ms with a Cancel button. Tests use the synchronous runner."""
from __future__ import annotations

import threading
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

Work = Callable[[Callable[[int, int, str], None], Callable[[], bool]], Any]


class _Signals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Work, signals: _Signals, cancel: threading.Event):
        super().__init__()
        self.work, self.signals, self.cancel = work, signals, cancel
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.work(lambda d, t, s="": self.signals.progress.emit(int(d), int(t), s),
                               self.cancel.is_set)
        except BaseException as exc:  # handed to the GUI thread, which shows it
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)


class TaskRunner(QObject):
    """Runs work in the background (or synchronously, for tests)."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, synchronous: bool = False):
        super().__init__(parent)
        self.synchronous = synchronous
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._running = 0
        self._keep: set[_Signals] = set()

    def run(self, work: Work, on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None, *, title: str | None = None,
            parent: QWidget | None = None, cancellable: bool = False) -> None:
        cancel = threading.Event()
        dialog = None
        if title and not self.synchronous:
            dialog = QProgressDialog(title, self.tr("Hủy") if cancellable else "", 0, 0, parent)
            dialog.setWindowTitle(title)
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(500)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            if not cancellable:
                dialog.setCancelButton(None)
            dialog.canceled.connect(cancel.set)

        def finish() -> None:
            if dialog is not None:
                dialog.close()
                dialog.deleteLater()
            self._running -= 1
            if not self._running:
                self.busy_changed.emit(False)

        def done(result: Any) -> None:
            finish()
            if on_done:
                on_done(result)

        def failed(exc: BaseException) -> None:
            finish()
            if on_error:
                on_error(exc)
            else:
                raise exc

        self._running += 1
        if self._running == 1:
            self.busy_changed.emit(True)
        if self.synchronous:
            try:
                result = work(lambda *_: None, cancel.is_set)
            except Exception as exc:
                failed(exc)
            else:
                done(result)
            return
        signals = _Signals()
        self._keep.add(signals)

        def progress(value: int, total: int, text: str) -> None:
            if dialog is not None:
                dialog.setMaximum(max(total, 1))
                dialog.setValue(min(value, max(total, 1)))
                if text:
                    dialog.setLabelText(f"{title}\n{text}")

        def release(*_: Any) -> None:
            self._keep.discard(signals)

        signals.progress.connect(progress)
        signals.finished.connect(done)
        signals.failed.connect(failed)
        signals.finished.connect(release)
        signals.failed.connect(release)
        self.pool.start(_Job(work, signals, cancel))

    def wait(self) -> None:
        self.pool.waitForDone()
