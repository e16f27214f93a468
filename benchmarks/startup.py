"""Benchmark-only entry point for start-up: starts the window exactly as ``plandesk.app.main``
and ``plandesk.gui.application.run`` do (the opening window of ``gui.first_paint`` painted
before the data layer is imported, then configure_app, QSettings, translator, open the
workspace, AppContext, MainWindow, ``show_then_start``: shown in its "opening" state in place
of the first window, ``start`` after its first paint) and prints wall-clock timestamps
(``time.time()``) when a window is first painted and when the last dossier is shown and usable
(``start`` returned, background work done, the window painted again), then exits.

    python -m benchmarks.startup app --data WS --settings DIR [--dossier ID]
    python -m benchmarks.startup floor          # a bare QMainWindow shown and painted

The parent process takes the time just before it starts this one, so the figures include the
interpreter and the imports, as a user's start-up does. Qt runs offscreen unless
QT_QPA_PLATFORM says otherwise."""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _first_paint_reporter(window, on_paint):
    from PySide6.QtCore import QEvent, QObject

    class Reporter(QObject):
        done = False

        def eventFilter(self, obj, event):  # noqa: N802
            if not self.done and event.type() == QEvent.Type.Paint:
                self.done = True
                on_paint()
            return False

    reporter = Reporter(window)
    window.installEventFilter(reporter)
    return reporter


def floor() -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("floor")
    window.resize(1280, 800)

    def painted():
        print(f"paint {time.time():.6f}", flush=True)
        QTimer.singleShot(0, app.quit)

    _first_paint_reporter(window, painted)
    window.show()
    return app.exec()


def app_window(data: Path, settings_dir: Path, dossier: int | None) -> int:
    from PySide6.QtCore import QSettings, QTimer

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(settings_dir))
    # as plandesk.app.main with no command: the opening window painted before the data layer loads
    from plandesk.gui import first_paint

    first_paint.paint_first(data, sys.argv[:1])   # returns once painted
    print(f"paint {time.time():.6f}", flush=True)

    from plandesk.app import open_services
    from plandesk.gui.application import configure_app, install_translator, show_then_start
    from plandesk.gui.context import AppContext
    from plandesk.gui.main_window import MainWindow
    from plandesk.settings import current_user

    app = configure_app(sys.argv[:1])
    settings = QSettings()
    install_translator(app, str(settings.value("language", "vi")))
    user = str(settings.value("user_name", "") or current_user())
    services = open_services(data, user)
    if dossier is not None:  # "the last dossier" as a user who opened it yesterday would have it
        settings.setValue(f"last_dossier/{services.workspace.root.resolve()}", dossier)
    ctx = AppContext(services, settings, reopen=lambda path: open_services(path, user))
    window = MainWindow(ctx)
    ctx.signals.dossier_opened.connect(lambda _id: first_paint.remember_dossier(services.workspace.root,
                                                                                ctx.dossier))

    def usable():
        if not ctx.runner.idle():  # background loading still going: look again shortly
            QTimer.singleShot(2, usable)
            return
        window.repaint()
        print(f"usable {time.time():.6f} {ctx.dossier_id} {window.criterion.code}", flush=True)
        QTimer.singleShot(0, app.quit)

    def start():
        window.start()
        QTimer.singleShot(0, usable)

    show_then_start(window, start)
    first_paint.hand_over(window)
    try:
        return app.exec()
    finally:
        services.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=("app", "floor"))
    parser.add_argument("--data", type=Path)
    parser.add_argument("--settings", type=Path)
    parser.add_argument("--dossier", type=int)
    args = parser.parse_args()
    if args.mode == "floor":
        return floor()
    return app_window(args.data, args.settings, args.dossier)


if __name__ == "__main__":
    sys.exit(main())
