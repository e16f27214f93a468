"""In-process measurements, each run in its own process so that its peak memory is its own:
``python -m benchmarks.worker NAME --data WS [--dossier ID] [--year Y]`` prints one JSON line
with the seconds measured (imports and opening the workspace are not counted)."""
from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import sys
import time
from itertools import pairwise
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DOCS = ("to-trinh", "bao-cao", "bien-ban", "ke-hoach", "bao-cao-6-thang", "danh-muc")


def _services(data: Path):
    from plandesk.services import Services
    from plandesk.storage.workspace import open_workspace

    return Services.build(open_workspace(data, backup=False, maintenance_every=None), user="Cán bộ thử")


def switch(args) -> dict:
    """Median time to go to the next criterion (detail and its evidence list), 100 times, back
    and forth over the first ``--heavy`` criteria (200 evidence documents each at scale 1)."""
    from PySide6.QtCore import QSettings

    from plandesk.gui.application import configure_app
    from plandesk.gui.context import AppContext
    from plandesk.gui.main_window import MainWindow

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(args.settings))
    app = configure_app(sys.argv[:1])
    services = _services(args.data)
    try:
        ctx = AppContext(services, QSettings(), synchronous=True)
        window = MainWindow(ctx)
        window.resize(1280, 800)
        window.show()
        window.open_dossier(args.dossier)
        app.processEvents()
        codes = window.model.codes()[:args.heavy]  # the criteria with the long evidence lists
        shown = []
        times = []
        direction = 1
        for i in range(args.repeat + 5):
            if window.criterion.code == codes[-1]:
                direction = -1
            elif window.criterion.code == codes[0]:
                direction = 1
            started = time.perf_counter()
            window.step(direction)
            app.processEvents()       # the repaint of what changed
            elapsed = time.perf_counter() - started
            if i >= 5:                # the first visits build the condition forms once
                times.append(elapsed)
            shown.append(window.criterion.evidence.model.rowCount())
        window.close()
        return {"seconds": statistics.median(times), "p90": sorted(times)[int(len(times) * 0.9)],
                "max": max(times), "evidence_rows": max(shown)}
    finally:
        services.close()


def session(args) -> dict:
    """A scripted session in the real window, its tasks on their real threads: each pass goes
    through every criterion (next criterion, as the keys do), then every screen, waiting for
    the window's background work after each step. Measured: the longest stall of the event
    loop (a 5 ms timer on the window's thread; the longest gap between its ticks, less 5 ms,
    is the longest time the window could not answer), and the window's resident memory after
    each pass (the growth between the first and the last pass)."""
    from PySide6.QtCore import QSettings, QTimer

    from plandesk.gui.application import configure_app
    from plandesk.gui.context import AppContext
    from plandesk.gui.main_window import MainWindow

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(args.settings))
    app = configure_app(sys.argv[:1])
    services = _services(args.data)
    ticks: list[float] = []
    probe = QTimer()
    probe.setInterval(5)
    probe.timeout.connect(lambda: ticks.append(time.perf_counter()))

    def settle(window, ctx) -> None:
        quiet_since = None
        while True:
            app.processEvents()
            if ctx.runner.idle():
                quiet_since = quiet_since or time.perf_counter()
                if time.perf_counter() - quiet_since > 0.05:   # idle and painted
                    return
            else:
                quiet_since = None
            time.sleep(0.001)

    def rss() -> int:
        with open("/proc/self/statm") as handle:
            return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")

    try:
        ctx = AppContext(services, QSettings())
        window = MainWindow(ctx)
        window.resize(1280, 800)
        window.show()
        window.open_dossier(args.dossier)
        settle(window, ctx)
        probe.start()
        memory, stalls = [], []
        for _ in range(args.passes):
            ticks.clear()
            window.tabs.setCurrentIndex(1)
            settle(window, ctx)
            for _code in window.model.codes():
                window.step(1)
                settle(window, ctx)
            for index in range(window.tabs.count()):
                window.tabs.setCurrentIndex(index)
                settle(window, ctx)
            gaps = [b - a for a, b in pairwise(ticks)]
            stalls.append(max(gaps, default=0.0) - 0.005)
            memory.append(rss())
        window.close()
        ctx.runner.shutdown()
        return {"seconds": max(stalls), "stalls": [round(x, 4) for x in stalls],
                "rss_mib": [round(m / 2**20, 1) for m in memory],
                "growth": round(memory[-1] / memory[0] - 1, 4) if memory else 0.0}
    finally:
        probe.stop()
        services.close()


def render(args) -> dict:
    """The dossier's documents rendered in process (no process start, no file writes)."""
    services = _services(args.data)
    try:
        export = services.export   # the one the window and the command line use
        export.render(args.dossier, "to-trinh", args.format)  # fonts registered, caches warm
        started = time.perf_counter()
        cache: dict = {}  # as ExportService.export does: the dossier read once for the six
        sizes = {doc: len(export.render(args.dossier, doc, args.format, cache=cache)) for doc in DOCS}
        return {"seconds": time.perf_counter() - started, "bytes": sum(sizes.values())}
    finally:
        services.close()


def rollup(args) -> dict:
    services = _services(args.data)
    try:
        services.rollup.rollup(args.year)
        times = []
        for _ in range(args.repeat):
            started = time.perf_counter()
            result = services.rollup.rollup(args.year)
            times.append(time.perf_counter() - started)
        return {"seconds": statistics.median(times), "communes": len(result.rows)}
    finally:
        services.close()


FLOOR_SQL = """
SELECT a.dossier_id,
       SUM(a.status = 'khong_dat'),
       SUM(a.status != 'khong_dat' AND l.n IS NULL),
       SUM(a.status = 'dat' AND l.n IS NOT NULL),
       SUM(a.status NOT IN ('dat', 'khong_dat') AND l.n IS NOT NULL)
FROM assessments a
JOIN dossiers d ON d.id = a.dossier_id
JOIN units u ON u.id = d.unit_id
LEFT JOIN (SELECT assessment_id, COUNT(*) AS n FROM evidence_links GROUP BY assessment_id) l
       ON l.assessment_id = a.id
WHERE d.year = ?
GROUP BY a.dossier_id
"""


def rollup_floor(args) -> dict:
    """The same counts per commune (đạt, không đạt, thiếu minh chứng, chưa) in one raw query."""
    connection = sqlite3.connect(args.data / "plandesk.sqlite")
    try:
        connection.execute(FLOOR_SQL, (args.year,)).fetchall()
        times = []
        for _ in range(args.repeat):
            started = time.perf_counter()
            rows = connection.execute(FLOOR_SQL, (args.year,)).fetchall()
            times.append(time.perf_counter() - started)
        return {"seconds": statistics.median(times), "communes": len(rows)}
    finally:
        connection.close()


# A second anchor for the roll-up: the cells the service returns (every commune's unit and every
# criterion's status, evidence count, review status and comment, and the category), not only
# the four counts per commune, in one raw query.
CELLS_SQL = """
SELECT u.name, u.code, u.district, u.province, u.kind, c.dossier_id, c.framework_version,
       c.code, c.status, c.review_status, c.review_comment, c.position, c.n,
       CASE WHEN c.status = 'khong_dat' THEN 'khong_dat' WHEN c.n = 0 THEN 'thieu_minh_chung'
            WHEN c.status = 'dat' THEN 'dat' ELSE 'chua_ket_luan' END
FROM (SELECT a.dossier_id, d.unit_id, d.framework_version, a.code, a.status, a.review_status, a.review_comment,
             a.position, (SELECT COUNT(*) FROM evidence_links l WHERE l.assessment_id = a.id) AS n
      FROM assessments a JOIN dossiers d ON d.id = a.dossier_id WHERE d.year = ?) c
JOIN units u ON u.id = c.unit_id
"""


def rollup_cells_floor(args) -> dict:
    """The same cells as the roll-up (not only the counts) in one raw query."""
    connection = sqlite3.connect(args.data / "plandesk.sqlite")
    try:
        connection.execute(CELLS_SQL, (args.year,)).fetchall()
        times = []
        for _ in range(args.repeat):
            started = time.perf_counter()
            rows = connection.execute(CELLS_SQL, (args.year,)).fetchall()
            times.append(time.perf_counter() - started)
        return {"seconds": statistics.median(times), "cells": len(rows)}
    finally:
        connection.close()


STATUS_SQL = (
    "SELECT d.framework_data, d.settings, d.year, u.name, u.district, u.province FROM dossiers d "
    "JOIN units u ON u.id = d.unit_id WHERE d.id = ?",
    "SELECT * FROM assessments WHERE dossier_id = ? ORDER BY position",
    "SELECT l.assessment_id, COUNT(*) FROM evidence_links l JOIN assessments a ON a.id = l.assessment_id "
    "WHERE a.dossier_id = ? GROUP BY l.assessment_id",
    "SELECT COUNT(DISTINCT l.evidence_id) FROM evidence_links l JOIN assessments a ON a.id = l.assessment_id "
    "WHERE a.dossier_id = ?",
    "SELECT * FROM deadlines WHERE dossier_id = ?",
)


def status_queries(args) -> dict:
    """The database's own part of `plandesk status`: its queries, raw, with the framework's
    JSON decoded once (what the command reads), on a connection opened for it."""
    times = []
    for _ in range(args.repeat):
        started = time.perf_counter()
        connection = sqlite3.connect(args.data / "plandesk.sqlite")
        try:
            rows = [connection.execute(sql, (args.dossier,)).fetchall() for sql in STATUS_SQL]
            json.loads(rows[0][0][0])   # the framework, decoded
        finally:
            connection.close()
        times.append(time.perf_counter() - started)
    return {"seconds": statistics.median(times), "assessments": len(rows[1])}


WORKERS = {"switch": switch, "session": session, "render": render, "rollup": rollup, "rollup-floor": rollup_floor,
           "rollup-cells-floor": rollup_cells_floor, "status-queries": status_queries}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("name", choices=WORKERS)
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--dossier", type=int)
    parser.add_argument("--year", type=int, default=2024)
    parser.add_argument("--format", default="pdf")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--settings", type=Path)
    parser.add_argument("--heavy", type=int, default=8)
    parser.add_argument("--passes", type=int, default=10)
    args = parser.parse_args()
    print(json.dumps(WORKERS[args.name](args)), flush=True)
    if args.name == "session":
        # measured and printed: leave without the interpreter's teardown of Qt and the task
        # threads (after a 10-pass session it once died there, "none_dealloc" — to look into)
        os._exit(0)
    return 0


if __name__ == "__main__":
    sys.exit(main())
