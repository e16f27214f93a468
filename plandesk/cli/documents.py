"""Commands for the documents as issued and the pre-submission check: ``issue`` gives a
document its number and date and keeps its PDF and DOCX as issued (``--new-version`` when the
dossier changed since), ``issued`` lists them and what changed since, ``preflight`` lists what a
reviewer would send back (exit 1 when it finds an error)."""
from __future__ import annotations

import json
from pathlib import Path

from plandesk.domain.text import format_date_short
from plandesk.services import Services
from plandesk.services.export_names import ISSUABLE

from .core import _date


def register(sub) -> dict:
    p = sub.add_parser("issue", help="ban hành một văn bản: ghi số, ngày và lưu bản PDF, DOCX như đã ban hành")
    p.add_argument("--dossier", type=int, metavar="ID")
    p.add_argument("--doc", required=True, choices=tuple(ISSUABLE))
    p.add_argument("--number", help="số văn bản, ví dụ 12 (mặc định: số đã ghi trong thiết lập)")
    p.add_argument("--date", type=_date, metavar="YYYY-MM-DD", help="ngày ban hành (mặc định: ngày trong thiết lập)")
    p.add_argument("--new-version", action="store_true",
                   help="ban hành phiên bản mới khi văn bản đã ban hành (bản cũ được giữ, ghi là đã thay thế)")
    p.add_argument("--out", type=Path, metavar="DIR", help="ghi luôn bản PDF và DOCX vừa ban hành vào thư mục này")

    p = sub.add_parser("issued", help="các văn bản đã ban hành, và hồ sơ có thay đổi sau khi ban hành không")
    p.add_argument("--dossier", type=int, metavar="ID")
    p.add_argument("--doc", choices=tuple(ISSUABLE), help="chỉ văn bản này, in cả các đoạn khác với hồ sơ hiện tại")
    p.add_argument("--all-versions", action="store_true", help="cả các phiên bản đã được thay thế")

    p = sub.add_parser("preflight", help="kiểm tra hồ sơ trước khi trình: những gì nơi thẩm định sẽ trả lại")
    p.add_argument("--dossier", type=int, metavar="ID")
    p.add_argument("--json", action="store_true", help="in JSON")
    return {"issue": _issue, "issued": _issued, "preflight": _preflight}


def _issue(args, s: Services, out, err) -> int:
    from plandesk.services.export import write_atomic

    dossier_id = s.dossiers.resolve(args.dossier)
    issue = s.issued
    info = issue.issue(dossier_id, args.doc, args.number, args.date, new_version=args.new_version)
    number = info.number[len("Số:"):].strip() if info.number.startswith("Số:") else info.number
    print(f"Đã ban hành {info.label.lower()} số {number}, ngày {format_date_short(info.issued_on)}"
          f"{' (phiên bản ' + str(info.version) + ')' if info.version > 1 else ''}; bản PDF và DOCX được lưu "
          f"trong hồ sơ.", file=out)
    if args.out is not None:
        for fmt in ("pdf", "docx"):
            path = Path(args.out) / f"{args.doc}.{fmt}"
            write_atomic(path, issue.file(dossier_id, info.id, fmt))
            print(path, file=out)
    return 0


def _issued(args, s: Services, out, err) -> int:
    dossier_id = s.dossiers.resolve(args.dossier)
    issue = s.issued
    rows = issue.issued(dossier_id, args.doc, all_versions=args.all_versions)
    if not rows:
        print("Chưa có văn bản nào được ban hành" + (f" ({args.doc})" if args.doc else "") + ".", file=out)
        return 0
    for info in rows:
        state = issue.state(dossier_id, info.doc) if info.in_force else None
        if not info.in_force:
            note = f"đã được thay thế lúc {info.superseded_at:%H:%M ngày %d/%m/%Y}"
        elif state is not None and state.unknown:
            note = "giữ như đã ban hành (lịch sử hồ sơ bắt đầu sau ngày của văn bản nên không so sánh được)"
        elif state is not None and state.problem:
            note = "hồ sơ hiện không còn đủ điều kiện cho văn bản này"
        elif state is not None and state.changes:
            note = f"hồ sơ đã thay đổi sau khi ban hành ({len(state.changes)} dòng khác): ban hành phiên bản mới"
        else:
            note = "khớp với hồ sơ hiện tại"
        print(f"{info.doc}\tphiên bản {info.version}\t{info.number}\tngày {format_date_short(info.issued_on)}\t"
              f"{info.issued_by or '—'}\t{note}", file=out)
        if args.doc and state is not None:
            if state.problem:
                print(state.problem, file=out)
            for line in state.changes:
                print(f"    {line}", file=out)
    return 0


def _preflight(args, s: Services, out, err) -> int:
    dossier_id = s.dossiers.resolve(args.dossier)
    report = s.preflight.check(dossier_id)
    if args.json:
        json.dump({"dossier": dossier_id, "ok": report.ok, "errors": len(report.errors), "notes": len(report.notes),
                   "findings": [{"severity": f.severity, "criterion": f.code or None, "text": str(f.text),
                                 "target": {"kind": f.target.kind, "key": f.target.key}} for f in report.findings]},
                  out, ensure_ascii=False, indent=2)
        print(file=out)
        return 0 if report.ok else 1
    print_report(report, out)
    return 0 if report.ok else 1


def print_report(report, out) -> None:
    from plandesk.services.preflight import SEVERITY_LABELS

    groups = report.by_criterion()
    for code in [c for c in groups if c] + ([""] if "" in groups else []):
        print(f"\n{'Tiêu chí ' + code if code else 'Hồ sơ'}:", file=out)
        for f in groups[code]:
            print(f"  [{SEVERITY_LABELS[f.severity]}] {f.text}", file=out)
    verdict = ("Không có lỗi: hồ sơ có thể trình." if report.ok else
               f"{len(report.errors)} lỗi cần sửa trước khi trình.")
    print(f"\nKiểm tra hồ sơ: {verdict} {len(report.notes)} lưu ý.", file=out)


def preflight_before_finalising(s: Services, dossier_id: int, ignore: bool, out, err) -> bool:
    """Finalising runs the pre-submission check first: with errors, it stops (unless told to
    go on); the findings are printed either way."""
    report = s.preflight.check(dossier_id)
    if not report.findings:
        return True
    print_report(report, err if report.errors else out)
    if report.errors and not ignore:
        print("Chưa chốt hồ sơ: hãy sửa các lỗi trên (plandesk preflight để xem lại), hoặc chốt dù còn lỗi bằng "
              "--ignore-check.", file=err)
        return False
    return True
