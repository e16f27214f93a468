"""The year's work on a new dossier, done through the real window with real input (issue 13,
"Done when"): run under an X server at 1366×768 (Xvfb and a window manager), the script
finds each field in the window and clicks and types into it with xdotool, as an officer with
a mouse and a keyboard would. It then compares `plandesk status --json` with what it typed,
and fails on any change it did not make and on any stretch over 250 ms in which the window
did not answer.

    Xvfb :13 -screen 0 1366x768x24 & DISPLAY=:13 openbox &
    DISPLAY=:13 python scripts/year_session.py OUT_DIR [--criteria 34]

OUT_DIR receives the workspace, the exported documents, the package, the backup and a
screenshot of every step (NN-step.png)."""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
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

    from plandesk.gui.application import configure_app, install_translator
    from plandesk.gui.context import AppContext
    from plandesk.gui.main_window import MainWindow
    from plandesk.gui.widgets import DateField
    from plandesk.services import Services
    from plandesk.storage.workspace import open_workspace

    stalls: list[tuple[float, str]] = []

    class Watch:
        """Busy stretches of the GUI thread inside events the loop delivered (input, timers,
        queued signals, repaints), minus the time it waits in a nested loop (a dialog open) —
        as tests/gui/conftest.py measures them."""
        depth, active, blocked, mark, what = 0, False, False, 0.0, ""

        @classmethod
        def check(cls) -> None:
            now = time.perf_counter()
            if cls.active and not cls.blocked and now - cls.mark > STALL_LIMIT:
                stalls.append((round(now - cls.mark, 3), cls.what))
            cls.mark = now

    class Watched(QApplication):
        def notify(self, receiver, event):  # noqa: N802
            if Watch.depth:
                if Watch.blocked:
                    Watch.mark = time.perf_counter()
                else:
                    Watch.check()
            else:
                Watch.active, Watch.mark = True, time.perf_counter()
                Watch.what = f"{type(receiver).__name__} {event.type().name}"
            Watch.blocked = False
            Watch.depth += 1
            try:
                return super().notify(receiver, event)
            finally:
                Watch.depth -= 1
                Watch.check()
                if not Watch.depth:
                    Watch.active = False

    def about_to_block() -> None:
        if Watch.depth:
            Watch.check()
        Watch.blocked = True

    def awake() -> None:
        Watch.blocked = False
        Watch.mark = time.perf_counter()

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
    ctx = AppContext(services, QSettings())                    # the real threaded runner
    window = MainWindow(ctx)
    window.show()
    window.start()
    expected: dict[str, dict] = {}
    log: list[str] = []
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
        yield from xdo("mousemove", str(point.x()), str(point.y()))
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
                raise RuntimeError(f"waited {limit} s: {until}")
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

    def fill(widget, text: str):
        """Click into a field and type; again if the click landed elsewhere (the form may still
        have been moving): what was typed must be in the field before the session goes on."""
        shown = (lambda: widget.toPlainText()) if hasattr(widget, "toPlainText") else (
            (lambda: widget.text()) if hasattr(widget, "text") else (lambda: str(widget.value())))
        for _attempt in range(3):
            yield from settle()
            yield from click(widget)
            yield from keys("ctrl+a")
            yield from type_text(text)
            if shown() == text:
                return
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
            yield from settle(lambda: window.criterion.code == code and window.criterion.isEnabled())
            view = window.criterion
            view.tabs.setCurrentIndex(0)
            values: dict = {}
            for condition in criterion.conditions:
                names = condition.value_names()
                if condition.kind == "boolean":
                    box = next(b for b in view.conditions.findChildren(QComboBox) if b.accessibleName() == condition.label)
                    yield from click(box)
                    yield from keys("Down", "Return")                 # "—" → "Có"
                    values[condition.id] = True
                elif condition.kind == "rating_at_least":
                    box = next(b for b in view.conditions.findChildren(QComboBox) if b.accessibleName() == condition.label)
                    yield from click(box)
                    yield from keys("Down", "Return")                 # the highest level
                    values[condition.id] = framework.scales[condition.params["scale"]].levels[0]
                elif condition.kind == "count_at_least":
                    edit = next(e for e in view.conditions.findChildren(QLineEdit) if e.accessibleName() == condition.label)
                    yield from fill(edit, "3")
                    values[condition.id] = 3
                elif condition.kind in ("percent_at_least", "reduction_at_least", "rate_below"):
                    numbers = {"percent_at_least": (7, 7), "reduction_at_least": (14, 13), "rate_below": (0, 120)}
                    edits = [e for e in view.conditions.findChildren(QLineEdit)
                             if e.accessibleName().startswith(condition.label + ":")]
                    for edit, name, value in zip(edits, names, numbers[condition.kind]):
                        yield from fill(edit, str(value))
                        values[name] = value
                elif condition.kind == "date_within":
                    field = next(f for f in view.conditions.findChildren(DateField) if f.accessibleName() == condition.label)
                    day = dt.date(year, 2, 14)
                    yield from fill(field.edit, f"{day.day:02d}{day.month:02d}{day.year}")   # typed as ddmmyyyy
                    yield from keys("Tab")
                    values[condition.id] = day.isoformat()
                elif condition.kind == "events":
                    for event, name in zip(condition.events, names):
                        field = next(f for f in view.conditions.findChildren(DateField) if f.accessibleName() == event.label)
                        day = dt.date(year, event.month or 6, 10 + number % 9)
                        yield from fill(field.edit, f"{day.day}/{day.month}/{day.year}")   # typed as d/m/yyyy
                        yield from keys("Tab")
                        values[name] = day.isoformat()
                yield from settle()
            result = f"Kết quả tiêu chí {code} năm {year}: đã thực hiện đầy đủ."
            yield from fill(view.result, result)
            # the evidence: a file chosen in the file dialog
            document = evidence_dir / f"minh-chung-{code}.txt"
            document.write_text(f"Báo cáo kết quả thực hiện tiêu chí {code} năm {year}.\n", encoding="utf-8")
            view.tabs.setCurrentIndex(1)
            yield from settle()
            yield from click(view.evidence.add_button)
            yield from settle(lambda: modal() is not None)
            yield from type_text(str(document))
            yield from keys("Return")
            yield from settle(lambda: modal() is None and view.evidence.model.rowCount() == 1)
            # the deadline, typed dd/mm/yyyy
            view.tabs.setCurrentIndex(2)
            yield from settle()
            deadline = dt.date(year, 9, 30)
            yield from fill(view.deadline.edit, "30/09/2025")
            yield from keys("Tab")
            # the decision: Đạt
            yield from click(view.status)
            yield from keys("Down", "Down", "Return")                  # Chưa đánh giá → Đạt
            yield from settle(lambda: window.model.assessment(code).status.value == "dat")
            yield from screenshot(f"tieu-chi-{code}")
            expected[code] = {"status": "dat", "values": values, "result": result, "deadline": deadline.isoformat(),
                              "evidence_count": 1}
        # documents: exported twice into the dossier's folder
        window.tabs.setCurrentWidget(window.documents_view)
        yield from settle(lambda: window.documents_view.export_service is not None)
        for _ in range(2):
            yield from click(window.documents_view.all_button)
            yield from settle(lambda: "Đã xuất" in window.statusBar().currentMessage(), limit=120)
            yield from screenshot("van-ban")
            window.statusBar().clearMessage()
        exported = sorted(p.name for p in window.documents_view.out_dir().iterdir())
        log.append("exported: " + ", ".join(exported))
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
        log.append("package message: " + " ".join(l.text() for l in modal().findChildren(type(window.loading))))
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
        yield from type_text(str(backup_dir))
        yield from keys("Return")
        yield from settle(lambda: modal() is not None and "Sao lưu" in modal().windowTitle(), limit=120)
        yield from screenshot("sao-luu")
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
    dossier_id = ctx.dossier_id
    stored_results = {code: services.dossiers.assessment(dossier_id, code).result for code in expected}
    services.close()

    status = json.loads(subprocess.run([sys.executable, "-m", "plandesk", "--data", str(workspace), "status",
                                        "--dossier", str(dossier_id), "--json"], capture_output=True, text=True,
                                       check=True).stdout)
    problems = []
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
    report = {"criteria_done": len(expected), "problems": problems, "stalls": stalls, "steps": log,
              "error": repr(outcome["error"]) if outcome["error"] else None}
    (out / "session.json").write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    print(json.dumps({k: v for k, v in report.items() if k != "steps"}, ensure_ascii=False, indent=1))
    return 1 if problems or stalls or outcome["error"] else 0


if __name__ == "__main__":
    sys.exit(main())
