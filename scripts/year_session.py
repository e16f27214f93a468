"""The year's work on a new dossier, done through the real window with real input (issue 13,
"Done when"): run under an X server at 1366×768 (Xvfb and a window manager), the script
finds each field in the window and clicks and types into it with xdotool, as an officer with
a mouse and a keyboard would. It then compares `plandesk status --json` with what it typed,
and fails on any change it did not make and on any stretch over 250 ms in which the window
did not answer.

    Xvfb :13 -screen 0 1366x768x24 & DISPLAY=:13 openbox &
    sysctl -w kernel.task_delayacct=1     # optional: lets the script tell disk waits apart
    DISPLAY=:13 python scripts/year_session.py OUT_DIR [--criteria 34]
    DISPLAY=:13 QT_SCALE_FACTOR=1.25 python scripts/year_session.py OUT_DIR     # a laptop at 125 %

OUT_DIR receives the workspace, the exported documents, the package, the backup and a
screenshot of every step (NN-step.png)."""
from __future__ import annotations

import argparse
import datetime as dt
import faulthandler
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
STALL_LIMIT = 0.25


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--criteria", type=int, default=34)
    args = parser.parse_args()
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    out = args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    os.environ["XDG_CONFIG_HOME"] = str(out / "config")

    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QLineEdit

    from plandesk.gui import application, preferences
    from plandesk.gui.application import configure_app, install_translator
    from plandesk.gui.context import AppContext
    from plandesk.gui.main_window import MainWindow
    from plandesk.gui.widgets import DateField
    from plandesk.services import Services
    from plandesk.storage.workspace import open_workspace

    stalls: list[dict] = []
    machine_waits: list[dict] = []   # over the limit only while waiting for a core or the disk
    log: list[str] = []
    problems: list[str] = []
    checks: dict = {}
    trace_file = (open(out / "stall-trace.txt", "w", encoding="utf-8")
                  if os.environ.get("PLANDESK_STALL_TRACE") else None)

    import gc

    gc_clock = {"total": 0.0, "start": 0.0, "longest": 0.0}

    def gc_callback(phase: str, _info) -> None:
        if phase == "start":
            gc_clock["start"] = time.perf_counter()
        else:
            spent = time.perf_counter() - gc_clock["start"]
            gc_clock["total"] += spent
            gc_clock["longest"] = max(gc_clock["longest"], spent)

    gc.callbacks.append(gc_callback)

    import collections
    import threading

    gui_tid = threading.get_native_id()

    def thread_waits() -> tuple[float, float] | None:
        """Seconds the GUI thread has so far waited for a CPU (run queue, /proc schedstat) and
        for the disk (block I/O, delay accounting: `sysctl kernel.task_delayacct=1`); None
        where the kernel does not say."""
        try:
            with open(f"/proc/self/task/{gui_tid}/schedstat") as f:
                queued = int(f.read().split()[1]) / 1e9
            with open(f"/proc/self/task/{gui_tid}/stat") as f:
                io = int(f.read().rsplit(")", 1)[1].split()[39]) / os.sysconf("SC_CLK_TCK")
            return queued, io
        except (OSError, ValueError, IndexError):
            return None

    samples: collections.deque = collections.deque(maxlen=3000)   # (time, queued, io), every 10 ms

    def sample() -> None:
        if thread_waits() is None:
            return                       # not Linux, or the kernel does not say: nothing is set apart
        while True:
            waits = thread_waits()
            if waits is not None:
                samples.append((time.perf_counter(), *waits))
            time.sleep(0.01)

    threading.Thread(target=sample, name="wait-sampler", daemon=True).start()

    def waits_since(start: float) -> tuple[float, float]:
        """CPU-queue and disk waits of the GUI thread since ``start`` (from the sample just before it)."""
        now, at = thread_waits(), time.perf_counter()
        before = next((s for s in reversed(samples) if s[0] <= start), None)
        if now is None or before is None or start - before[0] > 0.05:
            return 0.0, 0.0              # no sample just before the stretch: all of it counts
        span = at - before[0]            # the sample is up to 50 ms older than the stretch
        return min(max(now[0] - before[1], 0.0), span), min(max(now[1] - before[2], 0.0), span)

    class Watch:
        """Busy stretches of the GUI thread inside event handling, minus the time it waits in a
        nested loop (a dialog open) — as tests/gui/conftest.py measures them. Each stall names
        the chain of events it happened in (outermost first) and the CPU time the GUI thread
        itself used in it. Wall time well above CPU time is a wait: for a core (the machine
        busy with other processes: ``queued_ms``), for the disk (``io_ms``; another process
        flushing gigabytes makes a 2 KB settings file wait seconds), or for a lock or the GIL.
        A stretch counts as the window's stall when what is left after the core and disk waits
        is over the limit; the others are listed apart (``machine_waits``) with their figures,
        never dropped. PLANDESK_STALL_TRACE=1 writes the Python stack of every event still
        running after the limit to OUT_DIR/stall-trace.txt."""
        depth, blocked, mark, cpu_mark, gc_mark = 0, False, 0.0, 0.0, 0.0
        stack: list[str] = []
        peak: list[str] = []     # the deepest chain seen since the last mark

        @classmethod
        def restart(cls) -> None:
            cls.mark, cls.cpu_mark, cls.peak = time.perf_counter(), time.thread_time(), list(cls.stack)
            cls.gc_mark = gc_clock["total"]

        active = False           # the outermost event is one the event loop delivered

        @classmethod
        def check(cls, where: str) -> None:
            wall = time.perf_counter() - cls.mark
            if cls.depth and cls.active and not cls.blocked and wall > STALL_LIMIT:
                queued, io = waits_since(cls.mark)
                entry = {"ms": round(wall * 1000), "cpu_ms": round((time.thread_time() - cls.cpu_mark) * 1000),
                         "queued_ms": round(queued * 1000), "io_ms": round(io * 1000),
                         "gc_ms": round((gc_clock["total"] - cls.gc_mark) * 1000),
                         "where": where, "events": " > ".join(cls.peak or cls.stack),
                         "step": log[-1] if log else "start"}
                (stalls if wall - min(queued + io, wall) > STALL_LIMIT else machine_waits).append(entry)
            cls.restart()

    from PySide6.QtCore import QEvent

    LOOP_EVENTS = {QEvent.Type.Timer, QEvent.Type.MetaCall, QEvent.Type.DeferredDelete, QEvent.Type.UpdateRequest,
                   QEvent.Type.LayoutRequest, QEvent.Type.Quit, QEvent.Type.SockAct}

    class Watched(QApplication):
        def notify(self, receiver, event):  # noqa: N802
            name = f"{type(receiver).__name__}({receiver.objectName()}) {event.type().name}"
            if Watch.depth and not Watch.blocked:
                Watch.check("before " + name)
            elif Watch.depth == 0 or Watch.blocked:
                Watch.restart()
            if Watch.depth == 0:
                # as tests/gui/conftest.py: input, timers, queued calls, repaints, relayouts: what
                # the loop delivers. An event sent from code outside the loop (the window being
                # built before app.exec(): the first combo box's popup costs Qt ~50 ms of lazy
                # set-up) is start-up time, measured by the start-up benchmark (issue 19)
                Watch.active = event.spontaneous() or event.type() in LOOP_EVENTS
            Watch.blocked = False
            Watch.stack.append(name)
            if len(Watch.stack) > len(Watch.peak):
                Watch.peak = list(Watch.stack)
            Watch.depth += 1
            arm()
            try:
                return super().notify(receiver, event)
            finally:
                Watch.check("in " + name)
                Watch.stack.pop()
                Watch.depth -= 1
                arm()

    def arm() -> None:
        """The stack is written when the GUI thread goes STALL_LIMIT without a new event or a
        wait in the event loop (a dialog open is a wait, not a stall)."""
        if trace_file is not None:
            faulthandler.cancel_dump_traceback_later()
            if Watch.depth and Watch.active and not Watch.blocked:
                faulthandler.dump_traceback_later(STALL_LIMIT, file=trace_file)

    def about_to_block() -> None:
        if Watch.depth:
            Watch.check("before waiting")
        Watch.blocked = True
        arm()

    def awake() -> None:
        Watch.blocked = False
        Watch.restart()
        arm()

    app = Watched([])
    from PySide6.QtCore import QAbstractEventDispatcher

    QAbstractEventDispatcher.instance().aboutToBlock.connect(about_to_block)
    QAbstractEventDispatcher.instance().awake.connect(awake)
    configure_app([])
    install_translator(app, "vi")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(out / "config"))
    QSettings().clear()
    QSettings().setValue("user_name", "Trần Minh Tâm")
    workspace = out / "workspace"
    services = Services.build(open_workspace(workspace), user="Trần Minh Tâm")
    prefs = preferences.Preferences()                          # as application.run: settings off the GUI thread
    preferences.install(prefs)
    ctx = AppContext(services, prefs)                          # the real threaded runner
    window = MainWindow(ctx)
    window.show()
    application.warm_later_imports(ctx)                        # as application.run's start
    window.start()
    expected: dict[str, dict] = {}
    shot = {"n": 0}
    evidence_dir = out / "minh-chung"
    evidence_dir.mkdir(exist_ok=True)

    # -- input through X --------------------------------------------------------------------
    def xdo(*words: str):
        proc = subprocess.Popen(["xdotool", *words])
        while proc.poll() is None:
            yield
        for _ in range(3):
            yield

    def click(widget, x=None, y=None, button="1", double=False):
        point = widget.mapToGlobal(widget.rect().center()) if x is None else widget.mapToGlobal(
            type(widget.rect().center())(x, y))
        ratio = widget.devicePixelRatioF()      # QT_SCALE_FACTOR=1.25: X counts device pixels
        yield from xdo("mousemove", str(round(point.x() * ratio)), str(round(point.y() * ratio)))
        yield from xdo("click", *(["--repeat", "2"] if double else []), button)

    def keys(*names: str):
        yield from xdo("key", "--delay", "30", *names)

    def type_text(text: str):
        # xdotool sends a letter outside the keyboard's layout (ắ, ệ, đ…) by remapping a spare
        # key for it; given too little time the X server reads the old mapping and the letter
        # is lost before it reaches the window, so those letters go slowly
        yield from xdo("type", "--delay", "12" if text.isascii() else "90", text)

    def settle(until=None, limit=30.0):
        deadline = time.monotonic() + limit
        while not (ctx.runner.idle() and (until is None or until())):
            if time.monotonic() > deadline:
                # what was on screen, for the report: the screen itself and any open dialog's text
                subprocess.run(["import", "-window", "root", str(out / "waited-too-long.png")], check=False)
                box = modal()
                said = f" (open: {type(box).__name__} {box.windowTitle()!r}: {message_text(box)!r})" if box else ""
                raise RuntimeError(f"waited {limit} s: {until}; runner idle: {ctx.runner.idle()}{said}")
            yield
        for _ in range(5):
            yield

    def screenshot(name: str):
        shot["n"] += 1
        path = out / f"{shot['n']:03d}-{name}.png"
        yield from xdo_run(["import", "-window", "root", str(path)])
        log.append(f"{path.name}")

    def xdo_run(command):
        proc = subprocess.Popen(command)
        while proc.poll() is None:
            yield

    def modal(kind=QDialog):
        return next((w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()), None)

    developer = re.compile(r"\((?:[a-z0-9]+-)+[a-z0-9]+\)|\broot\b|\b[0-9a-f]{12,}\b|\bbytes?\b|MiB|\w+ = |"
                           r"\b(?:None|True|False|done|total|sha256|SHA-256)\b")

    def choose_in_dialog(path: str):
        """Type a path into the open file dialog's name field (Qt's own dialog on Linux), checked
        letter by letter as fill() does, then Enter; Enter again if the dialog is still open."""
        dialog = modal()
        edit = dialog.findChild(QLineEdit, "fileNameEdit") if dialog is not None else None
        if edit is None:
            yield from type_text(path)
        else:
            yield from fill(edit, path)
        for _ in range(3):
            yield from keys("Return")
            deadline = time.monotonic() + 5
            while modal() is dialog and time.monotonic() < deadline:
                yield
            if modal() is not dialog:
                return

    def message_text(box) -> str:
        """What a message box says; developer words in it (keys, hashes, byte counts,
        'root', 'x = y') are a problem of the session."""
        from PySide6.QtWidgets import QLabel, QPlainTextEdit

        text = "\n".join([w.text() for w in box.findChildren(QLabel)] +
                         [w.toPlainText() for w in box.findChildren(QPlainTextEdit)])
        found = sorted(set(m.group(0) for m in developer.finditer(text)))
        if found:
            problems.append(f"developer words in “{box.windowTitle()}”: {found}")
        return text

    def fill(widget, text: str):
        """Click into a field and type; again if the click landed elsewhere (the form may still
        have been moving): what was typed must be in the field before the session goes on."""
        shown = (lambda: widget.toPlainText()) if hasattr(widget, "toPlainText") else (
            (lambda: widget.text()) if hasattr(widget, "text") else (lambda: str(widget.value())))
        for _attempt in range(4):
            yield from settle()
            yield from click(widget)
            yield from keys("ctrl+a", "BackSpace")
            # a run of plain letters at once, each Vietnamese letter alone and checked: on a loaded
            # machine the X server may read xdotool's remapped key before the new mapping and the
            # letter is lost (an officer's input method sends composed letters, not remapped keys)
            typed, ok = "", True
            for chunk in re.findall(r"[ -~]+|[^ -~]", text):
                for _try in range(4):
                    yield from type_text(chunk)
                    deadline = time.monotonic() + 3
                    while shown() != typed + chunk and time.monotonic() < deadline:
                        yield
                    if shown() == typed + chunk:
                        break
                    extra = len(shown()) - len(typed)
                    if shown()[:len(typed)] != typed or extra < 0:
                        break
                    if extra:
                        yield from keys(*["BackSpace"] * extra)   # take back what came half
                    log.append(f"letter retyped: {chunk!r} in {text!r}")
                if shown() != typed + chunk:
                    ok = False
                    break
                typed += chunk
            if ok and shown() == text:
                return
            log.append(f"typed again: {text!r} read {shown()!r}")
        raise RuntimeError(f"could not type {text!r} into {widget.accessibleName() or type(widget).__name__}")

    # -- the year's work ----------------------------------------------------------------------
    def session():
        yield from settle()
        yield from screenshot("bat-dau")
        picker = modal()
        if picker is not None:                                   # first start: create the dossier
            yield from click(picker.new_button)
        yield from settle(lambda: modal() is not None and modal() is not picker)
        dialog = modal()
        ui = dialog.ui
        for edit, text in ((ui.communeEdit, "Mỹ An"), (ui.districtEdit, "huyện Tháp Mười"),
                           (ui.provinceEdit, "tỉnh Đồng Tháp"), (ui.approvingEdit, "Ban Chỉ đạo 138 huyện Tháp Mười")):
            yield from fill(edit, text)
        yield from fill(ui.yearSpin, "2025")
        yield from screenshot("ho-so-moi")
        yield from keys("Return")
        yield from settle(lambda: ctx.dossier_id is not None and modal() is None)
        yield from screenshot("tong-quan")
        framework = services.dossiers.framework(ctx.dossier_id)
        year = 2025
        for number, criterion in enumerate(framework.criteria[:args.criteria]):
            code = criterion.code
            window.tree.scrollTo(window.proxy.mapFromSource(window.model.index_of(code)))
            yield from settle()
            index = window.proxy.mapFromSource(window.model.index_of(code)).siblingAtColumn(1)
            rect = window.tree.visualRect(index)
            yield from click(window.tree.viewport(), rect.center().x(), rect.center().y())
            yield from settle(lambda code=code: window.criterion.code == code and window.criterion.isEnabled())
            view = window.criterion
            view.tabs.setCurrentIndex(0)
            values: dict = {}
            for condition in criterion.conditions:
                names = condition.value_names()
                if condition.kind == "boolean":             # the answer that meets it: "Có" or "Không"
                    box = next(b for b in view.conditions.findChildren(QComboBox)
                               if b.accessibleName() == condition.label)
                    wanted = bool(condition.params.get("expected", True))
                    yield from click(box)
                    yield from keys(*(["Down"] if wanted else ["Down", "Down"]), "Return")   # "—" → "Có" / "Không"
                    values[condition.id] = wanted
                elif condition.kind == "rating_at_least":
                    box = next(b for b in view.conditions.findChildren(QComboBox)
                               if b.accessibleName() == condition.label)
                    yield from click(box)
                    yield from keys("Down", "Return")                 # the highest level
                    values[condition.id] = framework.scales[condition.params["scale"]].levels[0]
                elif condition.kind == "count_at_least":
                    edit = next(e for e in view.conditions.findChildren(QLineEdit)
                                if e.accessibleName() == condition.label)
                    count = max(3, int(condition.params["min"]))
                    yield from fill(edit, str(count))
                    values[condition.id] = count
                elif condition.kind in ("percent_at_least", "reduction_at_least", "rate_below"):
                    numbers = {"percent_at_least": (7, 7), "reduction_at_least": (14, 7), "rate_below": (0, 120)}
                    edits = [e for e in view.conditions.findChildren(QLineEdit)
                             if e.accessibleName().startswith(condition.label + ":")]
                    for edit, name, value in zip(edits, names, numbers[condition.kind]):
                        yield from fill(edit, str(value))
                        values[name] = value
                elif condition.kind == "date_within":
                    field = next(f for f in view.conditions.findChildren(DateField)
                                 if f.accessibleName() == condition.label)
                    start = dt.date(year, *map(int, condition.params["start"].split("-")))
                    end = dt.date(year, *map(int, condition.params["end"].split("-")))
                    day = start + (end - start) // 2                  # within the period it asks for
                    yield from fill(field.edit, f"{day.day:02d}{day.month:02d}{day.year}")   # typed as ddmmyyyy
                    yield from keys("Tab")
                    values[condition.id] = day.isoformat()
                elif condition.kind == "events":
                    for event, name in zip(condition.events, names):
                        field = next(f for f in view.conditions.findChildren(DateField)
                                     if f.accessibleName() == event.label)
                        day = dt.date(year, event.month or 6, 10 + number % 9)
                        yield from fill(field.edit, f"{day.day}/{day.month}/{day.year}")   # typed as d/m/yyyy
                        yield from keys("Tab")
                        values[name] = day.isoformat()
                yield from settle()
            yield from screenshot(f"tieu-chi-{code}-so-lieu")
            result = f"Kết quả tiêu chí {code} năm {year}: đã thực hiện đầy đủ."
            yield from fill(view.result, result)
            # the evidence: a file chosen in the file dialog
            document = evidence_dir / f"minh-chung-{code}.txt"
            document.write_text(f"Báo cáo kết quả thực hiện tiêu chí {code} năm {year}.\n", encoding="utf-8")
            view.tabs.setCurrentIndex(1)
            yield from settle()
            yield from click(view.evidence.add_button)
            yield from settle(lambda: modal() is not None)
            yield from choose_in_dialog(str(document))
            yield from settle(lambda view=view: modal() is None and view.evidence.model.rowCount() == 1)
            yield from screenshot(f"tieu-chi-{code}-minh-chung")
            # the deadline, typed dd/mm/yyyy
            view.tabs.setCurrentIndex(2)
            yield from settle()
            deadline = dt.date(year, 9, 30)
            yield from fill(view.deadline.edit, "30/09/2025")
            yield from keys("Tab")
            # the decision: Đạt
            yield from click(view.status)
            yield from keys("Down", "Down", "Return")                  # Chưa đánh giá → Đạt
            yield from settle(lambda code=code: window.model.assessment(code).status.value == "dat")
            yield from screenshot(f"tieu-chi-{code}")
            expected[code] = {"status": "dat", "values": values, "result": result, "deadline": deadline.isoformat(),
                              "evidence_count": 1}
        # documents: exported twice into the dossier's own folder (its own files: no question)
        first = ctx.dossier_id
        checks["dossier"] = first
        view_docs = window.documents_view
        yield from keys("ctrl+4")                                          # the Văn bản screen
        yield from settle(lambda: window.tabs.currentWidget() is view_docs and view_docs.export_service is not None)
        yield from screenshot("van-ban")
        own = view_docs.out_dir()
        for n in range(2):
            window.statusBar().clearMessage()
            yield from click(view_docs.all_button)
            yield from settle(lambda: "Đã xuất" in window.statusBar().currentMessage() or modal() is not None,
                              limit=180)
            if modal() is not None:
                yield from screenshot(f"xuat-lan-{n + 1}-hoi")
                problems.append(f"export {n + 1} into the dossier's own folder asked: {message_text(modal())}")
                yield from keys("Escape")
                yield from settle(lambda: modal() is None)
            yield from screenshot(f"xuat-lan-{n + 1}")
        mine = {p.name: p.read_bytes() for p in own.iterdir()}
        log.append("exported: " + ", ".join(sorted(mine)))
        # another dossier (xã Mỹ Đông) exports into Mỹ An's folder: asked, refused, asked, replaced
        yield from keys("ctrl+n")
        yield from settle(lambda: modal() is not None)
        dialog = modal()
        for edit, text in ((dialog.ui.communeEdit, "Mỹ Đông"), (dialog.ui.districtEdit, "huyện Tháp Mười"),
                           (dialog.ui.provinceEdit, "tỉnh Đồng Tháp")):
            yield from fill(edit, text)
        yield from fill(dialog.ui.yearSpin, "2025")
        yield from screenshot("ho-so-thu-hai")
        yield from keys("Return")
        yield from settle(lambda: ctx.dossier_id not in (None, first) and modal() is None)
        checks["other"] = ctx.dossier_id
        yield from keys("ctrl+4")
        yield from settle(lambda: window.tabs.currentWidget() is view_docs and view_docs.export_service is not None)
        yield from click(view_docs.folder_button)                       # Chọn thư mục… → Mỹ An's folder
        yield from settle(lambda: modal() is not None)
        yield from choose_in_dialog(str(own))
        yield from settle(lambda: modal() is None and str(own) in view_docs.folder_label.text())
        yield from screenshot("xa-khac-chon-thu-muc")
        for answer in ("no", "yes"):
            window.statusBar().clearMessage()
            yield from click(view_docs.all_button)
            yield from settle(lambda: modal() is not None, limit=60)
            box = modal()
            text = message_text(box)
            yield from screenshot(f"xa-khac-hoi-ghi-de-{answer}")
            if "Ghi đè" not in text or "bao-cao.pdf" not in text:
                problems.append(f"another dossier's export into Mỹ An's folder was not asked about: {text!r}")
            wanted = "NoRole" if answer == "no" else "YesRole"
            button = next(b for b in box.buttons() if box.buttonRole(b).name == wanted)
            yield from click(button)
            if answer == "no":
                yield from settle(lambda: modal() is None)
                now = {p.name: p.read_bytes() for p in own.iterdir()}
                if now != mine:
                    problems.append("answered 'Không' and Mỹ An's files changed anyway")
                continue
            yield from settle(lambda box=box: "Đã xuất" in window.statusBar().currentMessage() or
                              (modal() is not None and modal() is not box), limit=180)
            if modal() is not None:     # a new dossier cannot have its tờ trình yet: said, not silently left out
                checks["other_export_note"] = message_text(modal())
                yield from screenshot("xa-khac-khong-xuat")
                yield from keys("Return")
                yield from settle(lambda: modal() is None)
            replaced = [n for n, data in mine.items() if (own / n).is_file() and (own / n).read_bytes() != data]
            log.append("replaced after 'Có': " + ", ".join(sorted(replaced)))
            if "bao-cao.pdf" not in replaced:
                problems.append("answered 'Có' and Mỹ An's bao-cao.pdf was not replaced")
        # back to Mỹ An (Ctrl+O), whose folder now holds Mỹ Đông's files: asked again, replaced
        yield from keys("ctrl+o")
        yield from settle(lambda: modal() is not None)
        picker = modal()
        row = next(i for i in range(picker.list.count()) if "Mỹ An" in picker.list.item(i).text())
        item_rect = picker.list.visualItemRect(picker.list.item(row))
        yield from click(picker.list.viewport(), item_rect.center().x(), item_rect.center().y(), double=True)
        yield from settle(lambda: ctx.dossier_id == first and modal() is None)
        yield from keys("ctrl+4")
        yield from settle(lambda: window.tabs.currentWidget() is view_docs and view_docs.out_dir() == own)
        window.statusBar().clearMessage()
        yield from click(view_docs.all_button)
        yield from settle(lambda: modal() is not None, limit=60)
        yield from screenshot("xuat-lai-hoi-ghi-de")
        if "Ghi đè" not in message_text(modal()):
            problems.append(f"Mỹ An's export over Mỹ Đông's files was not asked about: {message_text(modal())!r}")
        box = modal()
        yield from click(next(b for b in box.buttons() if box.buttonRole(b).name == "YesRole"))
        yield from settle(lambda: "Đã xuất" in window.statusBar().currentMessage() and modal() is None, limit=180)
        yield from screenshot("xuat-lan-3")
        if {p.name: p.read_bytes() for p in own.iterdir()}.keys() != mine.keys():
            problems.append("Mỹ An's folder does not hold the same files after the third export")
        # the package for the USB stick
        yield from keys("ctrl+shift+e")
        yield from settle(lambda: modal() is not None)
        pack = modal()
        package = out / "My-An-2025.plandesk"
        yield from fill(pack.path, str(package))
        yield from fill(pack.passphrase, "mat-khau-xa-2025")
        yield from fill(pack.repeat, "mat-khau-xa-2025")
        yield from screenshot("goi-usb")
        yield from keys("Return")
        yield from settle(lambda: modal() is not None and modal() is not pack, limit=120)
        yield from screenshot("goi-usb-xong")
        checks["package_message"] = message_text(modal())
        if f"{len(expected)} tài liệu minh chứng" not in checks["package_message"]:
            problems.append(f"package message does not count {len(expected)} evidence documents: "
                            f"{checks['package_message']!r}")
        yield from keys("Return")
        yield from settle(lambda: modal() is None)
        # a full backup
        backup_dir = out / "usb"
        backup_dir.mkdir(exist_ok=True)
        bar = window.menuBar()
        file_menu = bar.actions()[0]
        yield from click(bar, bar.actionGeometry(file_menu).center().x(), bar.actionGeometry(file_menu).center().y())
        menu = file_menu.menu()
        yield from settle(lambda: menu.isVisible())
        action = next(a for a in menu.actions() if "Sao lưu đầy đủ" in a.text())
        yield from click(menu, menu.actionGeometry(action).center().x(), menu.actionGeometry(action).center().y())
        yield from settle(lambda: modal() is not None)
        yield from choose_in_dialog(str(backup_dir))
        yield from settle(lambda: modal() is not None and "Sao lưu" in modal().windowTitle(), limit=120)
        yield from screenshot("sao-luu")
        checks["backup_message"] = message_text(modal())
        checks["save_label_during_backup_message"] = window.save_label.text()
        if "Đang lưu" in window.save_label.text():
            problems.append("the status bar says 'Đang lưu…' while the backup's message is open")
        if re.search(r"\(0 [KMG]B|MiB", checks["backup_message"]) or f"{len(expected)} tệp minh chứng" \
                not in checks["backup_message"]:
            problems.append(f"backup message: {checks['backup_message']!r}")
        yield from keys("Return")
        yield from settle(lambda: modal() is None)
        yield from screenshot("cuoi-nam")
        window.close()

    steps = session()
    outcome = {"error": None}

    def step() -> None:
        try:
            next(steps)
        except StopIteration:
            timer.stop()
            app.quit()
        except Exception as exc:  # noqa: BLE001 - reported below
            outcome["error"] = exc
            import traceback

            traceback.print_exc()
            timer.stop()
            app.quit()

    timer = QTimer()
    timer.timeout.connect(step)
    timer.start(20)
    app.exec()
    ctx.runner.wait(60)
    preferences.install(None)
    prefs.close()
    dossier_id = checks.get("dossier", ctx.dossier_id)
    if dossier_id is None:      # the session stopped before the dossier was made
        print(json.dumps({"error": repr(outcome["error"]), "stalls": stalls, "problems": problems, "steps": log},
                         ensure_ascii=False, indent=1))
        return 1
    stored_results = {code: services.dossiers.assessment(dossier_id, code).result for code in expected}
    services.close()

    def status_of(number: int) -> dict:
        return json.loads(subprocess.run([sys.executable, "-m", "plandesk", "--data", str(workspace), "status",
                                          "--dossier", str(number), "--json"], capture_output=True, text=True,
                                         check=True).stdout)

    status = status_of(dossier_id)
    typed_unit = {"unit": "Mỹ An", "district": "huyện Tháp Mười", "province": "tỉnh Đồng Tháp", "year": 2025}
    for key, value in typed_unit.items():
        if status["dossier"].get(key) != value:
            problems.append(f"dossier {key}: typed {value!r}, stored {status['dossier'].get(key)!r}")
    for c in status["criteria"]:
        want = expected.get(c["code"])
        if want is None:
            if c["status"] != "chua_danh_gia" or c["values"] or c["evidence_count"]:
                problems.append(f"{c['code']}: changed without being touched: {c}")
            continue
        for key, value in want.items():
            if key == "result":
                if stored_results[c["code"]] != value:
                    problems.append(f"{c['code']} result: typed {value!r}, stored {stored_results[c['code']]!r}")
                continue
            if c.get(key) != value:
                problems.append(f"{c['code']} {key}: typed {value!r}, stored {c.get(key)!r}")
        if c["suggested_status"] != "dat":
            problems.append(f"{c['code']}: the values typed should meet it, suggestion {c['suggested_status']!r}")
    if "other" in checks:   # the second dossier only exported: nothing in it may have changed
        other = status_of(checks["other"])
        touched = [c["code"] for c in other["criteria"]
                   if c["status"] != "chua_danh_gia" or c["values"] or c["evidence_count"]]
        if touched or other["dossier"].get("unit") != "Mỹ Đông":
            problems.append(f"the second dossier changed: {touched} {other['dossier']}")
    compared = sum(len(w) for w in expected.values()) + len(typed_unit)
    report = {"criteria_done": len(expected), "fields_compared": compared, "problems": problems, "stalls": stalls,
              "machine_waits": machine_waits,
              "checks": {k: v for k, v in checks.items() if k not in ("dossier", "other")}, "steps": log,
              "gc": {"total_ms": round(gc_clock["total"] * 1000), "longest_ms": round(gc_clock["longest"] * 1000)},
              "error": repr(outcome["error"]) if outcome["error"] else None}
    (out / "session.json").write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    print(json.dumps({k: v for k, v in report.items() if k != "steps"}, ensure_ascii=False, indent=1))
    return 1 if problems or stalls or outcome["error"] else 0


if __name__ == "__main__":
    sys.exit(main())
