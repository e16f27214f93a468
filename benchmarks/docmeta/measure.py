"""Measure how well PlanDesk reads evidence documents: field-by-field accuracy of the
first-page parser on text PDFs (document model and canvas renderers), DOCX, and OCR'd scans
(clean at 300 dpi, and damaged: rotation, blur, noise), and how often the right criterion
is among the top 3 suggestions (criteria texts only, and taught by linked documents).

    python -m benchmarks.docmeta.measure [--count 136] [--scans 40] [--json OUT]

Generated files go to a temporary folder that is removed afterwards."""
from __future__ import annotations

import argparse
import datetime as dt
import json
import platform
import random
import sys
import tempfile
import time
import tomllib
from collections import defaultdict
from pathlib import Path

from plandesk import paths
from plandesk.documents.docx import render_docx
from plandesk.documents.pdf import render_pdf
from plandesk.documents.sample_evidence import render_sample_pdf
from plandesk.domain.docmeta import parse_first_page
from plandesk.domain.framework import parse_framework
from plandesk.services.evidence_text import CriteriaRanker
from plandesk.storage import textindex

from .corpus import Case, make_cases, scan

FIELDS = ("issuer", "parent", "number", "doc_type", "place", "date", "subject")


def _norm(field: str, value):
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value
    text = " ".join(str(value).split())
    return text.upper() if field in ("issuer", "parent") else text


def compare(case: Case, lines) -> dict[str, bool]:
    meta = parse_first_page(lines)
    got = {k: f.value for k, f in meta.fields().items()}
    got["parent"] = got["parent"] or ""
    return {f: _norm(f, got[f]) == _norm(f, case.expected[f]) for f in FIELDS}, got


def framework():
    path = Path(paths.frameworks_dir()) / "xa-dien-hinh-antq-2023.toml"
    return parse_framework(tomllib.loads(path.read_text(encoding="utf-8")), path.name)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=136)
    parser.add_argument("--scans", type=int, default=40, help="documents OCR'd (clean and damaged each)")
    parser.add_argument("--json", type=Path)
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args(argv)
    cases = make_cases(args.count)
    results: dict[str, dict[str, list[bool]]] = defaultdict(lambda: defaultdict(list))
    failures: list[str] = []
    texts: dict[str, tuple[str, str]] = {}
    timings: dict[str, list[float]] = defaultdict(list)
    status = textindex.ocr_status()
    rng = random.Random(7)
    with tempfile.TemporaryDirectory(prefix="plandesk-docmeta-") as tmp:
        root = Path(tmp)
        for n, case in enumerate(cases):
            renders = [("pdf", "pdf", render_pdf(case.document())), ("docx", "docx", render_docx(case.document()))]
            sample = case.sample()
            if sample is not None:
                renders.append(("pdf-canvas", "pdf", render_sample_pdf(sample)))
            for label, suffix, data in renders:
                path = root / f"{case.key}-{label}.{suffix}"
                path.write_bytes(data)
                start = time.perf_counter()
                extracted = textindex.extract(path, path.name)
                ok, got = compare(case, extracted.first_page)
                timings[label].append(time.perf_counter() - start)
                for field, good in ok.items():
                    results[label][field].append(good)
                    if not good:
                        failures.append(f"{label} {case.key} {field}: {got[field]!r} != {case.expected[field]!r}")
                if label == "pdf":
                    meta = parse_first_page(extracted.first_page)
                    texts[case.key] = (meta.subject.value or "", extracted.text)
            if n < args.scans and status.available:
                pdf = root / f"{case.key}-pdf.pdf"
                page = textindex.page_image(pdf, 0, 300)
                for label, damage in (("scan-clean", False), ("scan-damaged", True)):
                    image = scan(page, rng, damage)
                    start = time.perf_counter()
                    _, lines = textindex.ocr_image(image, status.program)
                    timings[label].append(time.perf_counter() - start)
                    ok, got = compare(case, lines)
                    for field, good in ok.items():
                        results[label][field].append(good)
                        if not good:
                            failures.append(f"{label} {case.key} {field}: {got[field]!r} != {case.expected[field]!r}")
                print(f"  OCR {n + 1}/{min(args.scans, len(cases))}", file=sys.stderr, flush=True)

    # criteria suggestions: the criteria texts alone, then taught by the other half's links
    fw = framework()
    cold = CriteriaRanker(fw)
    top3_cold = [case.criterion in [c for c, _, _ in cold.rank(*texts[case.key], limit=3)] for case in cases]
    top1_cold = [case.criterion == (cold.rank(*texts[case.key], limit=1) or [("", 0, [])])[0][0] for case in cases]
    top3_taught = []
    halves = (cases[::2], cases[1::2])
    for train, test in ((halves[0], halves[1]), (halves[1], halves[0])):
        linked = defaultdict(list)
        for case in train:
            subject, text = texts[case.key]
            linked[case.criterion].append(f"{subject} {subject} {text[:3000]}")
        ranker = CriteriaRanker(fw, linked)
        top3_taught += [case.criterion in [c for c, _, _ in ranker.rank(*texts[case.key], limit=3)] for case in test]

    report = {"date": dt.date.today().isoformat(), "machine": f"{platform.machine()}, {platform.system()} "
              f"{platform.release()}, Python {platform.python_version()}", "documents": len(cases),
              "tesseract": status.program if status.available else None, "formats": {}}
    for label, per_field in results.items():
        total = sum(len(v) for v in per_field.values())
        right = sum(sum(v) for v in per_field.values())
        report["formats"][label] = {
            "documents": len(next(iter(per_field.values()))), "fields_exact": right / total if total else 0,
            "per_field": {f: sum(v) / len(v) for f, v in per_field.items()},
            "seconds_per_document": sum(timings[label]) / max(1, len(timings[label]))}
    report["criteria"] = {"top3_criteria_only": sum(top3_cold) / len(cases),
                          "top1_criteria_only": sum(top1_cold) / len(cases),
                          "top3_with_linked_documents": sum(top3_taught) / len(top3_taught)}
    print(json.dumps(report, ensure_ascii=False, indent=2))
    if args.verbose:
        print("\n".join(failures[:200]), file=sys.stderr)
    if args.json:
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
