"""``python -m benchmarks [--quick] [--scale S] [--out DIR] [--only NAME …] [--no-growth]``

Generates the data (in a temporary folder unless ``--out``), runs every benchmark at ¼, ½ and
all of the data (1×, 2×, 4×), and prints one table: PlanDesk's time, the floor's, the ratio,
the goal, whether it is met, the peak memory and how the time grows. The figures also go to
``results.json`` in the data folder. It never fails on a missed goal: benchmarks measure."""
from __future__ import annotations

import argparse
import compileall
import json
import os
import shutil
import sys
import tempfile
import time
import traceback
from pathlib import Path

from .generate import SEED, generate
from .suite import Failed, Suite, machine, table

SIZES = (0.25, 0.5, 1.0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true",
                        help="a small run: scale 0.05, one repetition, no growth columns")
    parser.add_argument("--scale", type=float, help="data size: 1 = 200 communes, 2,000 files, ~1 GiB")
    parser.add_argument("--out", type=Path, help="keep the generated data and results here")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--repeat", type=int,
                        help="repetitions of the short benchmarks at full size (median); 3, or 1 with --quick")
    parser.add_argument("--only", action="append", choices=Suite.BENCHMARKS, help="run only these")
    parser.add_argument("--no-growth", action="store_true", help="only the full size, not ¼ and ½")
    args = parser.parse_args(argv)
    # as installed (and as the Windows build ships it), PlanDesk runs from compiled bytecode: a
    # PYTHONDONTWRITEBYTECODE left in the environment would make every process compile every
    # module again (~0.2 s a start on this machine) and measure that instead
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    compileall.compile_dir(str(Path(__file__).resolve().parent.parent / "plandesk"), quiet=1)
    scale = args.scale or (0.05 if args.quick else 1.0)
    repeat = args.repeat or (1 if args.quick else 3)
    sizes = (1.0,) if args.no_growth or args.quick else SIZES
    out = args.out or Path(tempfile.mkdtemp(prefix="plandesk-bench-"))
    out.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    info = machine()
    print(f"PlanDesk benchmarks — {info['date']} — {info.get('cpu', '?')}, {info['nproc']} cores, "
          f"{info.get('memory', '?')}, load {' '.join(info.get('load', []))}", flush=True)
    print(f"generating scale {scale:g} (seed {args.seed}) in {out} …", flush=True)
    data = generate(out, scale, args.seed, sizes)
    for key, ws in data["workspaces"].items():
        print(f"  {key:>4}: {ws['dossiers']} dossiers, {ws['files']} files, {ws['bytes'] / 2**20:.0f} MiB", flush=True)
    print(f"  in {data['seconds']} s", flush=True)
    suite = Suite(data, out / "work", repeat)
    for name in args.only or Suite.BENCHMARKS:
        for key, ws in data["workspaces"].items():
            suite.repeat = repeat if key == "1" else 1  # the growth points: one run each
            t0 = time.perf_counter()
            try:
                getattr(suite, name)(key, ws)
            except (Failed, OSError, ValueError, KeyError) as exc:
                print(f"  {name} at {key}: failed: {exc}", flush=True)
                traceback.print_exc(limit=2)
                continue
            print(f"  {name} at {key}: {time.perf_counter() - t0:.1f} s", flush=True)
    lines = table(list(suite.results.values()))
    total = time.perf_counter() - started
    print()
    print("\n".join(lines))
    print(f"\nscale {scale:g}; sizes {', '.join(f'{s:g}' for s in sizes)} of it; {repeat} repetition(s); "
          f"total {total / 60:.1f} min; load at the end {' '.join(machine().get('load', []))}")
    for r in suite.results.values():
        if r.note:
            print(f"- {r.name}: {r.note}")
    results = {"machine": info, "scale": scale, "seed": args.seed, "repeat": repeat, "seconds": total,
               "table": lines, "results": {
                   r.name: {"goal": r.goal, "missing": r.missing, "note": r.note,
                            "plandesk": {k: vars(v) | {"out": ""} for k, v in r.sizes.items()},
                            "floor": {k: vars(v) | {"out": ""} for k, v in r.floors.items()}}
                   for r in suite.results.values()}}
    (out / "results.json").write_text(json.dumps(results, indent=1, ensure_ascii=False), encoding="utf-8")
    print(f"results: {out / 'results.json'}")
    if not args.out:
        shutil.rmtree(out, ignore_errors=True)
        print("(generated data removed; use --out DIR to keep it)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
