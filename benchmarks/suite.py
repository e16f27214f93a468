"""The benchmark suite: each PlanDesk figure next to a floor measured in the same run, on the
same data, with peak memory, at three data sizes (¼, ½ and all of ``--scale``: 1×, 2×, 4×) to
say how each grows. Benchmarks measure; they never fail (nothing here runs in CI).

Whole-process figures are wall-clock from start to exit, with the peak resident memory and the
CPU time of that process and its children (``os.wait4``). In-process figures come from
``benchmarks.worker`` run in its own process, so its peak memory is its own."""
from __future__ import annotations

import json
import math
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
FRAME_60HZ = 1 / 60


@dataclass
class Run:
    seconds: float
    rss: int = 0          # peak resident bytes (largest process)
    cpu: float = 0.0      # user + system seconds
    out: str = ""


@dataclass
class Result:
    name: str
    goal: str                         # text
    check: Callable[[float], bool]    # ratio (PlanDesk / floor, or seconds when absolute) -> met?
    absolute: bool = False
    sizes: dict[str, Run] = field(default_factory=dict)        # PlanDesk by data fraction
    floors: dict[str, Run] = field(default_factory=dict)
    missing: str = ""                  # "qpdf missing"
    note: str = ""
    unit: str = "s"                    # "%": an absolute row whose figure is a fraction (memory growth)


class Failed(Exception):
    pass


def run_process(cmd: list[str], *, env: dict | None = None, cwd: Path | None = None, stdout_path: Path | None = None,
                shell: bool = False) -> Run:
    """Start, wait, and return wall time, peak memory and CPU time of the process."""
    out = open(stdout_path, "wb") if stdout_path else tempfile.TemporaryFile()
    err = tempfile.TemporaryFile()
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=out, stderr=err, env=env, cwd=cwd or ROOT, shell=shell)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    text = ""
    if not stdout_path:
        out.seek(0)
        text = out.read().decode("utf-8", "replace")
    out.close()
    if proc.returncode != 0:
        err.seek(0)
        raise Failed(f"{' '.join(map(str, cmd))[:200]} exited {proc.returncode}: "
                     f"{err.read().decode('utf-8', 'replace')[-800:]}")
    err.close()
    return Run(elapsed, usage.ru_maxrss * 1024, usage.ru_utime + usage.ru_stime, text)


def run_reported(cmd: list[str], lines: int) -> tuple[float, Run]:
    """Run a command; the seconds until it has printed ``lines`` lines (what it reports
    done), and the whole process as run_process measures it."""
    err = tempfile.TemporaryFile()
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=err, cwd=ROOT)
    seen, reported = 0, None
    for _ in proc.stdout:
        seen += 1
        if seen == lines:
            reported = time.perf_counter() - started
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - started
    proc.stdout.close()
    if os.waitstatus_to_exitcode(status) != 0 or reported is None:
        err.seek(0)
        raise Failed(f"{' '.join(map(str, cmd))[:200]} exited {os.waitstatus_to_exitcode(status)} after {seen} lines: "
                     f"{err.read().decode('utf-8', 'replace')[-800:]}")
    err.close()
    return reported, Run(elapsed, usage.ru_maxrss * 1024, usage.ru_utime + usage.ru_stime)


def combine(*runs: Run) -> Run:
    return Run(sum(r.seconds for r in runs), max(r.rss for r in runs), sum(r.cpu for r in runs))


def best(runs: list[Run]) -> Run:
    """The median run of several (by time)."""
    ordered = sorted(runs, key=lambda r: r.seconds)
    return ordered[len(ordered) // 2]


def plandesk(ws: Path, *args: str) -> list[str]:
    return [PY, "-m", "plandesk", "--data", str(ws), *map(str, args)]


def env_offscreen() -> dict:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def worker(name: str, ws: Path, **options) -> Run:
    args = [PY, "-m", "benchmarks.worker", name, "--data", str(ws)]
    for key, value in options.items():
        args += [f"--{key}", str(value)]
    run = run_process(args, env=env_offscreen())
    data = json.loads(run.out.strip().splitlines()[-1])
    return Run(data.pop("seconds"), run.rss, run.cpu, json.dumps(data))


# -- the benchmarks -------------------------------------------------------------------------
class Suite:
    def __init__(self, data: dict, work: Path, repeat: int, log=print):
        self.data = data
        self.work = work
        self.repeat = repeat
        self.log = log
        self.results: dict[str, Result] = {}
        self.tools = {t: shutil.which(t) for t in ("qpdf", "soffice", "sha256sum", "cp", "xargs", "find")}

    def result(self, name, goal, check, absolute=False) -> Result:
        if name not in self.results:
            self.results[name] = Result(name, goal, check, absolute)
        return self.results[name]

    def missing(self, *tools: str) -> str:
        gone = [t for t in tools if not self.tools.get(t)]
        return f"{', '.join(gone)} missing" if gone else ""

    def fresh(self, name: str) -> Path:
        path = self.work / name
        shutil.rmtree(path, ignore_errors=True)
        path.mkdir(parents=True)
        return path

    # start-up ------------------------------------------------------------------------------
    def startup(self, size: str, ws: dict) -> None:
        paint = self.result("Start-up: first painted window", "≤ 2 × floor", lambda r: r <= 2)
        usable = self.result("Start-up: last dossier shown, usable", "≤ 4 × floor", lambda r: r <= 4)
        settings = self.fresh("qsettings")

        def once(*args) -> dict[str, float]:
            t0 = time.time()
            run = run_process([PY, "-m", "benchmarks.startup", *args], env=env_offscreen())
            marks = {line.split()[0]: float(line.split()[1]) - t0 for line in run.out.splitlines()
                     if line.split() and line.split()[0] in ("paint", "usable")}
            return {**marks, "rss": run.rss, "cpu": run.cpu}

        if "floor" not in paint.floors:
            once("floor")
            floors = [once("floor") for _ in range(self.repeat)]
            floor = Run(statistics.median(f["paint"] for f in floors), max(f["rss"] for f in floors),
                        statistics.median(f["cpu"] for f in floors))
            paint.floors = usable.floors = {"*": floor}
        args = ("app", "--data", ws["path"], "--settings", str(settings), "--dossier", str(ws["big_dossier"]))
        once(*args)  # the first opening after generating makes the automatic backup
        runs = [once(*args) for _ in range(self.repeat)]
        rss, cpu = max(r["rss"] for r in runs), statistics.median(r["cpu"] for r in runs)
        paint.sizes[size] = Run(statistics.median(r["paint"] for r in runs), rss, cpu)
        usable.sizes[size] = Run(statistics.median(r["usable"] for r in runs), rss, cpu)

    def switch(self, size: str, ws: dict) -> None:
        r = self.result("Next criterion (200 evidence rows), median of 100", "< 16.7 ms (one frame at 60 Hz)",
                        lambda s: s < FRAME_60HZ, absolute=True)
        r.sizes[size] = worker("switch", Path(ws["path"]), dossier=ws["big_dossier"], repeat=100,
                               settings=self.fresh("qsettings-switch"))
        rows = json.loads(r.sizes[size].out).get("evidence_rows")
        r.note = f"{rows} evidence rows per list at full size (200 at scale 1)"

    # documents -----------------------------------------------------------------------------
    DOCS = ("to-trinh", "bao-cao", "bien-ban", "ke-hoach", "bao-cao-6-thang", "danh-muc")

    def export(self, size: str, ws: dict) -> None:
        pdf = self.result("Export 6 documents as PDF (process)", "≥ 3 × faster than LibreOffice",
                          lambda r: r <= 1 / 3)
        docx = self.result("Export 6 documents as DOCX (process)", "≥ 3 × faster than LibreOffice",
                           lambda r: r <= 1 / 3)
        render = self.result("Render 6 documents as PDF (in process)", "≥ 10 × faster than LibreOffice",
                             lambda r: r <= 1 / 10)
        path, dossier = Path(ws["path"]), ws["export_dossier"]
        doc_args = [a for d in self.DOCS for a in ("--doc", d)]
        runs = {}
        for fmt in ("docx", "pdf"):
            out = self.fresh(f"export-{fmt}")
            run_process(plandesk(path, "export", "--dossier", dossier, *doc_args, "--format", fmt, "--out", out))
            runs[fmt] = best([run_process(plandesk(path, "export", "--dossier", dossier, *doc_args, "--format", fmt,
                                                   "--out", out)) for _ in range(self.repeat)])
        pdf.sizes[size], docx.sizes[size] = runs["pdf"], runs["docx"]
        render.sizes[size] = worker("render", path, dossier=dossier, format="pdf")
        missing = self.missing("soffice")
        if missing:
            pdf.missing = docx.missing = render.missing = missing
            return
        profile = self.work / "lo-profile"
        lo_out = self.fresh("lo-out")
        docx_files = [str(self.work / "export-docx" / f"{d}.docx") for d in self.DOCS]
        cmd = [self.tools["soffice"], f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
               "--convert-to", "pdf", "--outdir", str(lo_out), *docx_files]
        run_process(cmd)  # warm: the profile exists, the libraries are in the page cache
        floor = best([run_process(cmd) for _ in range(self.repeat)])
        pdf.floors[size] = docx.floors[size] = render.floors[size] = floor
        pdf.note = docx.note = render.note = f"dossier of {ws['export_evidence']} evidence documents at full size"

    def bundle(self, size: str, ws: dict) -> None:
        r = self.result("Evidence bundle of the big dossier (process)", "≤ 2 × qpdf", lambda x: x <= 2)
        out = self.fresh("bundle")
        r.sizes[size] = run_process(plandesk(Path(ws["path"]), "export", "--dossier", ws["big_dossier"], "--doc",
                                             "ho-so-minh-chung", "--format", "pdf", "--out", out))
        if (missing := self.missing("qpdf")):
            r.missing = missing
            return
        args = [self.tools["qpdf"], "--empty", "--warning-exit-0", "--pages", *ws["pdf_files"], "--",
                str(out / "qpdf.pdf")]
        r.floors[size] = run_process(args)
        r.note = (f"{ws['files']} files at full size; qpdf merges the {len(ws['pdf_files'])} PDFs only (it cannot take "
                  "JPEGs); "
                  "PlanDesk also adds the images, the cover and the index")

    # evidence files ------------------------------------------------------------------------
    def attach(self, size: str, ws: dict) -> None:
        files = ws["source_files"][:max(10, len(ws["source_files"]) // 2)]
        r = self.result("Attach 1,000 files: reported attached (process)", "≤ 1.5 × cp + sha256sum + sync",
                        lambda x: x <= 1.5)
        whole = self.result("Attach 1,000 files, then their text read for search (process)",
                            "— (the reading comes after the report)", lambda x: None)
        target = self.fresh("attach-ws")
        run_process(plandesk(target, "new", "--commune", "Tân Hòa", "--year", "2024"))
        reported, whole.sizes[size] = run_reported(plandesk(target, "attach", "--criterion", "I.1", *files),
                                                   lines=len(files))
        r.sizes[size] = Run(reported, whole.sizes[size].rss, whole.sizes[size].cpu)
        r.note = (f"{len(files)} files at full size; the time until the command has printed every file as attached "
                  "(files and rows on disk); the text for search is read after that (next row)")
        if (missing := self.missing("cp", "sha256sum")):
            r.missing = whole.missing = missing
            return
        dest = self.fresh("attach-cp")
        cp = run_process([self.tools["cp"], *files, str(dest)])
        sums = run_process(f"{self.tools['sha256sum']} {shlex_join(dest)}/* > /dev/null", shell=True)
        sync = run_process(["sync"])   # the durability PlanDesk gives its files (it flushes each before its row)
        r.floors[size] = whole.floors[size] = combine(cp, sums, sync)

    def transfer(self, size: str, ws: dict) -> None:
        path, dossier = Path(ws["path"]), ws["big_dossier"]
        floor = None
        if not (missing := self.missing("cp", "sha256sum", "find", "xargs")):
            dest = self.work / "copy-tree"
            shutil.rmtree(dest, ignore_errors=True)
            cp = run_process([self.tools["cp"], "-r", str(path / "evidence"), str(dest)])
            sums = run_process(f"find {shlex_join(dest)} -type f -print0 | xargs -0 sha256sum > /dev/null", shell=True)
            floor = combine(cp, sums)
            shutil.rmtree(dest, ignore_errors=True)
        secret = self.work / "mat-khau.txt"
        secret.write_text("một câu mật khẩu dài cho gói hồ sơ\n", encoding="utf-8")
        for encrypted in (False, True):
            kind = "encrypted" if encrypted else "plain"
            limit = 2 if encrypted else 1.5
            pack = self.result(f"Pack the big dossier ({kind}, process)",
                               f"≤ {limit:g} × cp -r + sha256sum", lambda x, limit=limit: x <= limit)
            unpack = self.result(f"Unpack it ({kind}, process)",
                                 f"≤ {limit:g} × cp -r + sha256sum", lambda x, limit=limit: x <= limit)
            out = self.fresh(f"pack-{kind}")
            package = out / "ho-so.plandesk"
            extra = ["--passphrase-file", str(secret)] if encrypted else []
            pack.sizes[size] = run_process(plandesk(path, "pack", "--dossier", dossier, "--out", package,
                                                    "--no-documents", *extra))
            target = self.fresh(f"unpack-{kind}")
            run_process(plandesk(target, "dossiers"))  # an empty workspace, migrated
            unpack.sizes[size] = run_process(plandesk(target, "unpack", package, *extra))
            pack.note = unpack.note = (f"{ws['files']} files, {ws['bytes'] / 2**30:.2f} GiB at full size; "
                                       "--no-documents (the "
                                       "PDFs rendered at packing are the export benchmark)")
            shutil.rmtree(out, ignore_errors=True)
            shutil.rmtree(target, ignore_errors=True)
            if floor is None:
                pack.missing = unpack.missing = missing
            else:
                pack.floors[size] = unpack.floors[size] = floor

    def rollup(self, size: str, ws: dict) -> None:
        r = self.result("Roll-up of one year (in process)", "≤ 3 × one raw SQL query", lambda x: x <= 3)
        r.note = f"{ws['communes']} communes at full size, median of 5"
        path = Path(ws["path"])
        r.sizes[size] = worker("rollup", path, year=ws["year"], repeat=5)
        r.floors[size] = worker("rollup-floor", path, year=ws["year"], repeat=5)
        # second anchor: a raw query returning the same cells (the floor above returns counts only)
        cells = self.result("Roll-up of one year (in process), second anchor",
                            "≤ 3 × one raw SQL query of the same cells", lambda x: x <= 3)
        cells.note = "the floor returns every cell (status, evidence count, review, category), as the service does"
        cells.sizes[size] = r.sizes[size]
        cells.floors[size] = worker("rollup-cells-floor", path, year=ws["year"], repeat=5)

    def check(self, size: str, ws: dict) -> None:
        r = self.result("plandesk check (process)", "≤ 1.3 × sha256sum", lambda x: x <= 1.3)
        r.note = f"{ws['bytes'] / 2**30:.2f} GiB of evidence at full size"
        path = Path(ws["path"])
        run_process(plandesk(path, "check"))
        r.sizes[size] = run_process(plandesk(path, "check"))
        if (missing := self.missing("sha256sum", "find", "xargs")):
            r.missing = missing
            return
        r.floors[size] = run_process(f"find {shlex_join(path / 'evidence')} -type f -print0 | xargs -0 sha256sum "
                                     "> /dev/null", shell=True)

    def session(self, size: str, ws: dict) -> None:
        stall = self.result("Longest event-loop stall, scripted session of the big dossier (SQLite)", "≤ 50 ms",
                            lambda s: s <= 0.050, absolute=True)
        memory = self.result("Window memory growth, 1st → 10th pass of that session", "≤ 20 %",
                             lambda g: g <= 0.20, absolute=True)
        memory.unit = "%"
        run = worker("session", Path(ws["path"]), dossier=ws["big_dossier"], passes=10,
                     settings=self.fresh("qsettings-session"))
        data = json.loads(run.out)
        stall.sizes[size] = Run(run.seconds, run.rss, run.cpu)
        memory.sizes[size] = Run(data["growth"], run.rss, run.cpu)
        stall.note = (f"{ws['files']} evidence files at full size; each pass: every criterion (next), then every "
                      f"screen; longest stall per pass {data['stalls']} s; PostgreSQL: not measured by the suite "
                      "(the generated workspace is SQLite)")
        memory.note = f"resident MiB after each pass: {data['rss_mib']}"

    def status(self, size: str, ws: dict) -> None:
        r = self.result("plandesk status of the big dossier (process)",
                        "≤ 3 × python -c pass + its queries in raw SQL", lambda x: x <= 1)
        path = Path(ws["path"])
        args = plandesk(path, "status", "--dossier", ws["big_dossier"])
        run_process(args)
        r.sizes[size] = best([run_process(args) for _ in range(max(5, self.repeat))])
        bare = best([run_process([PY, "-c", "pass"]) for _ in range(5)])
        queries = worker("status-queries", path, dossier=ws["big_dossier"], repeat=5)
        r.floors[size] = Run(3 * bare.seconds + queries.seconds, bare.rss, 3 * bare.cpu)
        r.note = (f"median of 5; floor: 3 × python -c pass ({fmt_time(bare.seconds)}) + the status queries in raw "
                  f"SQL ({fmt_time(queries.seconds)}), {ws['dossiers']} dossiers in the workspace")

    BENCHMARKS = ("startup", "status", "switch", "session", "export", "bundle", "attach", "transfer", "rollup", "check")


def shlex_join(path: Path) -> str:
    import shlex

    return shlex.quote(str(path))


# -- the table -----------------------------------------------------------------------------
def fmt_time(seconds: float) -> str:
    if seconds < 1:
        return f"{seconds * 1000:.1f} ms"
    return f"{seconds:.2f} s"


def growth(sizes: dict[str, Run]) -> str:
    """Times at 1×, 2×, 4× and the exponent of t ∝ n^k fitted on them (k≈1: linear)."""
    keys = [k for k in ("0.25", "0.5", "1") if k in sizes]
    if len(keys) < 2:
        return "—"
    times = [sizes[k].seconds for k in keys]
    xs = [math.log(float(k)) for k in keys]
    ys = [math.log(max(t, 1e-9)) for t in times]
    mx, my = statistics.mean(xs), statistics.mean(ys)
    k = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)
    shape = "flat" if k < 0.3 else "sublinear" if k < 0.8 else "linear" if k <= 1.25 else "superlinear"
    return f"{' / '.join(fmt_time(t) for t in times)} (k={k:.2f}, {shape})"


def table(results: list[Result]) -> list[str]:
    head = ("benchmark", "PlanDesk", "floor", "ratio", "goal", "met?", "peak MiB (PlanDesk / floor)",
            "growth 1× / 2× / 4× (t ∝ n^k)")
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for r in results:
        if not r.sizes:
            continue
        key = max(r.sizes, key=float if "*" not in r.sizes else str)
        mine = r.sizes[key]
        floor = r.floors.get(key) or r.floors.get("*")
        if r.absolute:
            ratio, met = "—", "yes" if r.check(mine.seconds) else "NO"
            floor_text = "—"
            if r.unit == "%":
                lines.append(f"| {r.name} | {mine.seconds * 100:+.1f} % | — | — | {r.goal} | {met} | "
                             f"{mine.rss / 2**20:.0f} | — |")
                continue
        elif floor is None:
            ratio, met, floor_text = "—", f"not measured ({r.missing or 'no floor'})", "—"
        else:
            value = mine.seconds / floor.seconds
            ratio = f"{value:.2f}" if value >= 1 else f"{value:.2f} (1/{1 / value:.1f})"
            ok = r.check(value)   # None: a row for information, no goal of its own
            met, floor_text = ("—" if ok is None else "yes" if ok else "NO"), fmt_time(floor.seconds)
        memory = f"{mine.rss / 2**20:.0f}" + (f" / {floor.rss / 2**20:.0f}" if floor and floor.rss else "")
        lines.append(f"| {r.name} | {fmt_time(mine.seconds)} | {floor_text} | {ratio} | {r.goal} | {met} | "
                     f"{memory} | {growth(r.sizes)} |")
    return lines


def machine() -> dict:
    info = {"date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "nproc": os.cpu_count(),
            "python": platform.python_version(), "system": platform.platform()}
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                info["cpu"] = line.split(":", 1)[1].strip()
                break
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                info["memory"] = f"{int(line.split()[1]) / 2**20:.1f} GiB"
        info["load"] = Path("/proc/loadavg").read_text().split()[:3]
    except OSError:
        pass
    try:
        info["disk"] = subprocess.run(["df", "-h", "--output=source,fstype,size", str(tempfile.gettempdir())],
                                      capture_output=True, text=True).stdout.splitlines()[-1]
    except (OSError, IndexError):
        pass
    try:
        import PySide6
        import reportlab

        info["versions"] = f"PySide6 {PySide6.__version__}, reportlab {reportlab.Version}"
    except ImportError:
        pass
    for tool, args in (("soffice", ["--version"]), ("qpdf", ["--version"])):
        if shutil.which(tool):
            out = subprocess.run([tool, *args], capture_output=True, text=True).stdout.strip().splitlines()
            info[tool] = out[0] if out else "?"
    return info
