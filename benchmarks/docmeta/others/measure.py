"""Measure PlanDesk's reading of documents made by others (``documents.toml``, truth in
``truth.toml``) the way an officer meets them: every file is attached to a dossier in a fresh
workspace (``attach --auto``), scans are OCR'd by the service (``ocr``), and what the service
then offers as the document's details is compared with what the page prints.

    python -m benchmarks.docmeta.others.measure [--set dev|held|held2|held3|all] [--files DIR] [--json OUT] [--verbose]

Reports, per form (DOCX, LibreOffice PDF, other-generator PDF, scans by dpi) and per field, the
share of fields read exactly; how often the right document is the first hit of a search typed
without accents; how often the document's criterion is among the first 3 suggestions."""
from __future__ import annotations

import argparse
import datetime as dt
import json
import platform
import sys
import tempfile
import time
import tomllib
from collections import defaultdict
from pathlib import Path

from plandesk.domain.dossier import UnitInfo
from plandesk.domain.text import nfc
from plandesk.services import Services
from plandesk.services.evidence_text import CriteriaRanker, suggestion_header
from plandesk.storage import textindex
from plandesk.storage.workspace import open_workspace

from .make import HERE, build, load_specs

FIELDS = ("number", "date", "issuer", "subject", "parent", "type", "place")
MAIN_FIELDS = ("number", "date", "issuer", "subject")
FORM_LABELS = {"docx": "DOCX (python-docx, header in a table)", "lo": "text PDF (LibreOffice from the DOCX)",
               "rl": "text PDF (reportlab canvas, word by word)", "scan150": "scan 150 dpi (JPEG)",
               "scan200": "scan 200 dpi (JPEG)", "scan200pdf": "scan 200 dpi (image-only PDF)",
               "scan300": "scan 300 dpi (JPEG)",
               "rlt": "text PDF (reportlab platypus, header in a table, DejaVu Serif Condensed)",
               "scan300bwpdf": "scan 300 dpi black and white (image-only PDF)"}


def load_truth() -> dict[str, dict]:
    return tomllib.loads((HERE / "truth.toml").read_text(encoding="utf-8"))


def _norm(value) -> object:
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value
    return " ".join(nfc(str(value)).split())


def expected(truth: dict) -> dict:
    date = truth["date"]
    return {"number": truth["number"], "date": dt.date.fromisoformat(date) if date else None,
            "issuer": truth["issuer"], "subject": truth["subject"], "parent": truth["parent"],
            "type": truth["type"], "place": truth["place"]}


def read_back(text_service, dossier_id: int, evidence_id: int) -> tuple[dict, dict]:
    """What the service offers for the document (values and confidences)."""
    r = text_service.read_metadata(dossier_id, evidence_id)
    got = {"number": r.number, "date": r.issued_on, "issuer": r.issuer, "subject": r.title, "parent": r.parent,
           "type": r.doc_type, "place": r.place}
    values = {k: (v.value if v.value not in ("",) else ("" if k in ("parent",) else v.value)) for k, v in got.items()}
    for k in ("number", "issuer", "subject", "type", "place"):
        values[k] = values[k] or None
    values["parent"] = values["parent"] or ""
    return values, {k: v.confidence for k, v in got.items()}


def framework():
    from plandesk import paths
    from plandesk.domain.framework import parse_framework

    path = Path(paths.frameworks_dir()) / "xa-dien-hinh-antq-2023.toml"
    return parse_framework(tomllib.loads(path.read_text(encoding="utf-8")), path.name)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--set", default="dev", choices=("dev", "held", "held2", "held3", "all"))
    parser.add_argument("--files", type=Path, help="keep the generated files here (default: a temporary folder)")
    parser.add_argument("--only", nargs="*")
    parser.add_argument("--no-ocr", action="store_true")
    parser.add_argument("--json", type=Path)
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args(argv)
    specs = load_specs(args.set)
    if args.only:
        specs = [s for s in specs if s.key in args.only or any(s.key.startswith(o) for o in args.only)]
    truth = load_truth()
    missing = [s.key for s in specs if s.key not in truth]
    if missing:
        print(f"no truth for: {', '.join(missing)}", file=sys.stderr)
        return 2
    status = textindex.ocr_status()
    with tempfile.TemporaryDirectory(prefix="plandesk-others-") as tmp:
        files_dir = args.files or Path(tmp) / "files"
        made = build(specs, files_dir)
        services = Services.build(open_workspace(Path(tmp) / "workspace"), user="benchmark")
        try:
            report = _measure(services, specs, truth, made, status, args)
        finally:
            services.close()
    print(json.dumps({k: v for k, v in report.items() if k != "failures"}, ensure_ascii=False, indent=2))
    if args.verbose:
        print("\n".join(report["failures"]), file=sys.stderr)
    if args.json:
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=2, default=str), encoding="utf-8")
    return 0


def _measure(services: Services, specs, truth, made, status, args) -> dict:
    dossier = services.dossiers.create(UnitInfo("Thanh Mỹ", "30001", "huyện Tháp Mười", "tỉnh Đồng Tháp"), 2024,
                                       "xa-dien-hinh-antq")
    text = services.evidence_text
    results: dict[str, dict[str, list[bool]]] = defaultdict(lambda: defaultdict(list))
    confidences: list[tuple[float, bool, str]] = []
    failures: list[str] = []
    timings: dict[str, list[float]] = defaultdict(list)
    where: dict[int, tuple[str, str]] = {}
    read_subject: dict[tuple[str, str], str] = {}
    header: dict[int, str] = {}
    ordered = sorted(made.items(), key=lambda kv: (kv[0][1].startswith("scan"), kv[0]))
    for (key, form), path in ordered:
        if form.startswith("scan") and (args.no_ocr or not status.available):
            continue
        start = time.perf_counter()
        attached = services.evidence.attach(dossier.id, "I.1", [path])[0]
        evidence_id = attached.evidence.id
        if form.startswith("scan"):
            text.ocr(dossier.id, evidence_id)
        timings[form].append(time.perf_counter() - start)
        where[evidence_id] = (key, form)
        got, conf = read_back(text, dossier.id, evidence_id)
        want = expected(truth[key])
        read_subject[(key, form)] = got["subject"] or ""
        meta = text.read_metadata(dossier.id, evidence_id)
        header[evidence_id] = suggestion_header(meta.doc_type_name, meta.issuer.value)
        for field in FIELDS:
            good = _norm(got[field]) == _norm(want[field])
            results[form][field].append(good)
            if field in MAIN_FIELDS:
                confidences.append((conf[field], good, field))
            if not good:
                failures.append(f"{form:<10} {key} {field} [{conf[field]:.2f}]: {got[field]!r} != {want[field]!r}")
        if form.startswith("scan"):
            print(f"  OCR {key} {form}", file=sys.stderr, flush=True)
    # links: every document was attached to I.1 only to be stored; nothing is learned from that
    report: dict = {"date": dt.date.today().isoformat(), "set": args.set,
                    "machine": f"{platform.machine()}, {platform.system()} {platform.release()}, "
                               f"Python {platform.python_version()}",
                    "tesseract": status.program if status.available else None, "documents": len(specs), "forms": {}}
    for form, per_field in sorted(results.items()):
        total = sum(len(v) for v in per_field.values())
        right = sum(sum(v) for v in per_field.values())
        main_total = sum(len(per_field[f]) for f in MAIN_FIELDS)
        main_right = sum(sum(per_field[f]) for f in MAIN_FIELDS)
        report["forms"][form] = {
            "label": FORM_LABELS.get(form, form), "documents": len(per_field["number"]),
            "fields_exact": right / total, "main_fields_exact": main_right / main_total,
            "per_field": {f: sum(v) / len(v) for f, v in per_field.items()},
            "seconds_per_document": sum(timings[form]) / max(1, len(timings[form]))}
    # confidence: how often a field shown with 90 % or more is wrong
    high = [good for c, good, _ in confidences if c >= 0.9]
    low = [good for c, good, _ in confidences if 0 < c < 0.6]
    report["confidence"] = {"fields_at_90_or_more": len(high), "wrong_at_90_or_more": high.count(False),
                            "fields_below_60": len(low), "right_below_60": low.count(True)}
    # search: the query typed without accents; per form, is the document the first hit of that form
    search: dict[str, list[bool]] = defaultdict(list)
    spec_by_key = {s.key: s for s in specs}
    forms_present = sorted({f for _, f in where.values()})
    for spec in specs:
        hits = text.search(spec.query, dossier.id, limit=200)
        for form in forms_present:
            if (spec.key, form) not in read_subject:
                continue
            first = next((where[h.evidence_id] for h in hits if where.get(h.evidence_id, ("", ""))[1] == form), None)
            search[form].append(first is not None and first[0] == spec.key)
            if not search[form][-1]:
                failures.append(f"search     {spec.key} {form}: {spec.query!r} -> {first}")
    report["search_top1"] = {form: sum(v) / len(v) for form, v in search.items()}
    report["search_top1_all"] = sum(sum(v) for v in search.values()) / max(1, sum(len(v) for v in search.values()))
    # suggestions: the criteria texts alone, from the subject read and the document's text
    fw = framework()
    ranker = CriteriaRanker(fw)
    suggest: dict[str, list[bool]] = defaultdict(list)
    for evidence_id, (key, form) in where.items():
        body = text.text(dossier.id, evidence_id)
        ranked = [c for c, _, _ in ranker.rank(read_subject[(key, form)], body, limit=3,
                                                header=header[evidence_id])]
        good = spec_by_key[key].criterion in ranked
        suggest[form].append(good)
        if not good:
            failures.append(f"suggest    {key} {form}: {spec_by_key[key].criterion} not in {ranked}")
    report["suggestion_top3"] = {form: sum(v) / len(v) for form, v in suggest.items()}
    report["suggestion_top3_all"] = (sum(sum(v) for v in suggest.values())
                                     / max(1, sum(len(v) for v in suggest.values())))
    report["failures"] = failures
    return report


if __name__ == "__main__":
    sys.exit(main())
