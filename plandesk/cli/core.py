"""The core commands: dossiers, criteria, evidence, council, history, check."""
from __future__ import annotations

import argparse
import datetime as dt
import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TextIO, TypeVar

from plandesk.domain.dossier import (
    KEEP,
    AssessmentChange,
    CouncilMember,
    CouncilRole,
    DossierInfo,
    DossierStatus,
    EvidenceEdit,
    Status,
    UnitInfo,
)
from plandesk.domain.messages import msg
from plandesk.domain.text import clean, format_date_short, format_size, nfc
from plandesk.services import InvalidInput, Services
from plandesk.services.evidence import EvidenceMetadata

STATUS_CHOICES = ("dat", "khong_dat", "dang_thuc_hien", "chua_danh_gia")


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(str(msg("cli.date_invalid", value=text))) from None


def register(sub) -> dict:
    """Add the core commands to the subparsers; return their handlers by name."""
    p = sub.add_parser("demo", help="tạo hồ sơ mẫu (xã Thanh Mỹ, năm 2024)")
    p.add_argument("--state", choices=("giua-nam", "cuoi-nam"), default="cuoi-nam",
                   help="giua-nam: đầu tháng 6, đang thực hiện, có báo cáo sơ kết 06 tháng; cuoi-nam (mặc định): "
                        "đầu tháng 10, đủ tiêu chí, sẵn sàng trình")
    sub.add_parser("frameworks", help="các bộ tiêu chí có sẵn (và các tệp bị bỏ qua)")
    sub.add_parser("dossiers", help="các hồ sơ trong thư mục làm việc")

    p = sub.add_parser("new", help="tạo hồ sơ mới")
    p.add_argument("--commune", required=True, help="tên xã, ví dụ 'Thanh Mỹ'")
    p.add_argument("--code", default="", help="mã đơn vị hành chính")
    p.add_argument("--district", default="")
    p.add_argument("--province", default="")
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--framework", default="xa-dien-hinh-antq")
    p.add_argument("--from", dest="from_dossier", type=int, metavar="ID",
                   help="bắt đầu từ hồ sơ năm trước (đơn vị phụ trách, Hội đồng, thời hạn)")

    p = sub.add_parser("status", help="bảng tiêu chí với trạng thái và gợi ý")
    p.add_argument("--dossier", type=int, metavar="ID")
    p.add_argument("--json", action="store_true", help="in JSON (xem README)")

    p = sub.add_parser("show", help="một tiêu chí: nội dung, số liệu, gợi ý, minh chứng")
    p.add_argument("--dossier", type=int, metavar="ID")
    p.add_argument("--criterion", required=True, metavar="CODE")

    p = sub.add_parser("set", help="cập nhật đánh giá một tiêu chí")
    p.add_argument("--dossier", type=int, metavar="ID")
    p.add_argument("--criterion", required=True, metavar="CODE")
    p.add_argument("--status", choices=STATUS_CHOICES)
    p.add_argument("--result", metavar="TEXT", help="kết quả thực hiện")
    p.add_argument("--explanation", metavar="TEXT", help="giải trình (bắt buộc khi kết luận mà chưa có minh chứng)")
    p.add_argument("--lead-unit", metavar="TEXT")
    p.add_argument("--cooperating-units", metavar="TEXT")
    p.add_argument("--deadline", type=_date, metavar="YYYY-MM-DD")
    p.add_argument("--value", action="append", default=[], metavar="NAME=VALUE",
                   help="số liệu của điều kiện (lặp lại được); VALUE rỗng để xóa")

    p = sub.add_parser("attach", help="đính kèm tài liệu minh chứng cho một tiêu chí")
    p.add_argument("--dossier", type=int, metavar="ID")
    p.add_argument("--criterion", required=True, metavar="CODE")
    p.add_argument("files", nargs="+", type=Path, metavar="FILE")
    p.add_argument("--number", default="", help="số, ký hiệu (ví dụ 12/KH-UBND)")
    p.add_argument("--date", type=_date, metavar="YYYY-MM-DD", help="ngày ban hành")
    p.add_argument("--issuer", default="", help="cơ quan ban hành")
    p.add_argument("--title", default="", help="trích yếu")
    p.add_argument("--auto", action="store_true",
                   help="đọc số, ngày, cơ quan ban hành, trích yếu từ trang đầu văn bản (bản quét: nhận dạng chữ "
                        "trước, khi có Tesseract) để điền (là gợi ý, cần xác nhận); in những gì đọc được kèm độ "
                        "tin cậy và tiêu chí gợi ý")

    p = sub.add_parser("evidence", help="danh sách, liên kết, bỏ liên kết, sửa, xóa tài liệu minh chứng")
    p.add_argument("--dossier", type=int, metavar="ID")
    ev = p.add_subparsers(dest="evidence_command", metavar="ACTION", required=True)
    q = ev.add_parser("list")
    q.add_argument("--criterion", metavar="CODE")
    for name in ("link", "unlink"):
        q = ev.add_parser(name)
        q.add_argument("evidence_id", type=int, metavar="EVIDENCE_ID")
        q.add_argument("--criterion", required=True, metavar="CODE")
    q = ev.add_parser("edit")
    q.add_argument("evidence_id", type=int, metavar="EVIDENCE_ID")
    q.add_argument("--number")
    q.add_argument("--date", type=_date, metavar="YYYY-MM-DD")
    q.add_argument("--issuer")
    q.add_argument("--title")
    q.add_argument("--note")
    q = ev.add_parser("remove")
    q.add_argument("evidence_id", type=int, metavar="EVIDENCE_ID")
    q = ev.add_parser("show", help="chi tiết tài liệu và thông tin đọc được từ trang đầu, kèm độ tin cậy")
    q.add_argument("evidence_id", type=int, metavar="EVIDENCE_ID")

    p = sub.add_parser("council", help="thành viên Hội đồng bảo vệ ANTT")
    p.add_argument("--dossier", type=int, metavar="ID")
    co = p.add_subparsers(dest="council_command", metavar="ACTION", required=True)
    co.add_parser("list")
    q = co.add_parser("add")
    q.add_argument("--name", required=True)
    q.add_argument("--position", default="")
    q.add_argument("--role", choices=[r.value for r in CouncilRole], default="thanh_vien")
    q = co.add_parser("remove")
    q.add_argument("member_id", type=int)

    p = sub.add_parser("history", help="nhật ký thay đổi của hồ sơ")
    p.add_argument("--dossier", type=int, metavar="ID")

    p = sub.add_parser("check", help="kiểm tra cơ sở dữ liệu và mọi tệp minh chứng")
    p.add_argument("--repair", action="store_true",
                   help="xóa tệp tạm còn sót và tệp minh chứng thừa không còn dùng; báo cáo các lỗi khác")
    return _HANDLERS


# -- commands ------------------------------------------------------------------------------
def _demo(args, s: Services, out, err) -> int:
    from plandesk.services.demo import create_demo  # reportlab: only for the sample's PDFs

    info, created = create_demo(s, getattr(args, "state", "cuoi-nam"))
    if created:
        print(f"Đã tạo hồ sơ mẫu số {info.id}: {info.unit.display_name}, {info.unit.district}, "
              f"{info.unit.province}, năm {info.year}.", file=out)
    else:
        print(f"Hồ sơ mẫu đã có (số {info.id}); không tạo lại.", file=out)
    return 0


def _frameworks(args, s: Services, out, err) -> int:
    for fw in s.frameworks.available():
        counts = ", ".join(f"{g.code}: {g.size}" for g in fw.groups)
        print(f"{fw.id}  {fw.version}  {fw.title}  ({len(fw.criteria)} tiêu chí; {counts})", file=out)
    for error in s.frameworks.errors():
        print(f"Bỏ qua — {error}", file=err)
    return 0


_T = TypeVar("_T")


def print_rows(rows: Sequence[_T], empty: str, line: Callable[[_T], str], out: TextIO) -> int:
    """A listing command's output: one line per row, or ``empty`` when there is none."""
    if not rows:
        print(empty, file=out)
    for row in rows:
        print(line(row), file=out)
    return 0


def _dossiers(args, s: Services, out, err) -> int:
    def line(d: DossierInfo) -> str:
        place = ", ".join(x for x in (d.unit.district, d.unit.province) if x)
        return (f"{d.id}\t{d.unit.display_name}{' (' + place + ')' if place else ''}\tnăm {d.year}\t"
                f"{d.framework_id} {d.framework_version}")
    return print_rows(s.dossiers.list_dossiers(), "Chưa có hồ sơ nào. Tạo hồ sơ mẫu bằng 'plandesk demo' hoặc hồ "
                      "sơ mới bằng 'plandesk new'.", line, out)


def _new(args, s: Services, out, err) -> int:
    unit = UnitInfo(nfc(args.commune), args.code, nfc(args.district), nfc(args.province))
    info = s.dossiers.create(unit, args.year, args.framework, from_dossier=args.from_dossier)
    print(f"Đã tạo hồ sơ số {info.id}: {info.unit.display_name} năm {info.year}.", file=out)
    return 0


def status_json(status: DossierStatus, today: dt.date) -> dict[str, Any]:
    d = status.dossier
    return {
        "format": 1,
        "dossier": {"id": d.id, "unit": d.unit.name, "kind": d.unit.kind, "code": d.unit.code,
                    "district": d.unit.district, "province": d.unit.province, "year": d.year},
        "framework": {"id": d.framework_id, "version": d.framework_version, "title": d.framework_title},
        "groups": [{"code": g.code, "title": g.title, "total": g.total, "dat": g.dat, "khong_dat": g.khong_dat,
                    "dang_thuc_hien": g.dang_thuc_hien, "chua_danh_gia": g.chua_danh_gia,
                    "without_evidence": g.without_evidence} for g in status.groups],
        "criteria": [{"code": c.code, "uid": c.uid, "group": c.group, "short_title": c.short_title,
                      "status": c.status.value, "suggested_status": c.suggestion.value, "reason": str(c.reason),
                      "disagrees": c.disagrees, "evidence_count": c.evidence_count,
                      "values": c.values, "lead_unit": c.lead_unit,
                      "deadline": c.deadline.isoformat() if c.deadline else None} for c in status.criteria],
        "summary": {"total": status.total, "dat": status.met,
                    "khong_dat": sum(g.khong_dat for g in status.groups),
                    "dang_thuc_hien": sum(g.dang_thuc_hien for g in status.groups),
                    "chua_danh_gia": sum(g.chua_danh_gia for g in status.groups),
                    "suggested_dat": sum(c.suggestion.value == "dat" for c in status.criteria),
                    "without_evidence": list(status.without_evidence),
                    "disagreements": list(status.disagreements),
                    "evidence_documents": status.evidence_documents,
                    "criteria_with_evidence": status.criteria_with_evidence},
        "deadlines": [{"key": x.key, "title": x.title, "due_on": x.due_on.isoformat(),
                       "done_on": x.done_on.isoformat() if x.done_on else None,
                       "days_left": x.days_left(today), "overdue": x.overdue(today)} for x in status.deadlines],
    }


def _status(args, s: Services, out, err) -> int:
    dossier_id = s.dossiers.resolve(args.dossier)
    status = s.dossiers.status(dossier_id)
    seal = s.seals.seal(dossier_id)
    today = dt.date.today()
    if args.json:
        data = status_json(status, today)
        data["finalised"] = None if seal is None else {
            "at": seal.sealed_at.isoformat(), "by": seal.sealed_by, "digest": seal.digest,
            "evidence_count": seal.evidence_count}
        json.dump(data, out, ensure_ascii=False, indent=2)
        print(file=out)
        return 0
    d = status.dossier
    print(f"{d.unit.display_name} — năm {d.year} — {d.framework_title} ({d.framework_version})", file=out)
    if seal is not None:
        print(f"Đã chốt để nộp lúc {seal.sealed_at:%H:%M ngày %d/%m/%Y}, {seal.sealed_by or 'không rõ người chốt'} "
              f"(mã kiểm tra {seal.digest[:16]}…): chỉ xem; lãnh đạo mở lại bằng 'plandesk reopen'.", file=out)
    for group in status.groups:
        print(f"\n{group.code}. {group.title}: đạt {group.dat}/{group.total}", file=out)
        for c in (c for c in status.criteria if c.group == group.code):
            suggestion = "" if c.suggestion.value == "none" else f" | gợi ý: {c.suggestion.label}"
            flag = " ⚠ khác gợi ý" if c.disagrees else ""
            print(f"  {c.code:<7}{c.status.label:<16}{c.evidence_count:>3} tài liệu  {c.short_title}"
                  f"{suggestion}{flag}", file=out)
    print(f"\nTổng: {status.met}/{status.total} tiêu chí đạt; {len(status.without_evidence)} tiêu chí chưa có "
          f"minh chứng; {len(status.disagreements)} tiêu chí khác gợi ý.", file=out)
    for x in status.deadlines:
        left = x.days_left(today)
        when = ("đã xong" if x.done_on else f"quá hạn {-left} ngày" if left < 0 else f"còn {left} ngày")
        print(f"Thời hạn: {x.title} — {format_date_short(x.due_on)} ({when})", file=out)
    return 0


def _show(args, s: Services, out, err) -> int:
    dossier_id = s.dossiers.resolve(args.dossier)
    a = s.dossiers.assessment(dossier_id, args.criterion)
    criterion = s.dossiers.framework(dossier_id).criterion(a.code)
    print(f"Tiêu chí {a.code} — {a.short_title}\n{a.text}\n", file=out)
    print(f"Kết luận: {a.status.label}\nGợi ý: {a.suggestion.label} — {a.reason}", file=out)
    for cond in criterion.conditions if criterion is not None else ():
        values = ", ".join(f"{n} = {a.values.get(n, '—')}" for n in cond.value_names())
        print(f"  • {cond.label} [{cond.kind}]: {values}", file=out)
    for label, value in (("Kết quả thực hiện", a.result), ("Giải trình", a.explanation),
                         ("Đơn vị chủ trì", a.lead_unit), ("Đơn vị phối hợp", a.cooperating_units),
                         ("Thời hạn", format_date_short(a.deadline))):
        if value:
            print(f"{label}: {value}", file=out)
    for e in s.evidence.list(dossier_id, a.code):
        print(f"  [{e.id}] {e.number or '(không số)'} {format_date_short(e.issued_on)} {e.title} — {e.original_name}",
              file=out)
    return 0


def _set(args, s: Services, out, err) -> int:
    dossier_id = s.dossiers.resolve(args.dossier)
    values = {}
    for item in args.value:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise InvalidInput(msg("cli.value_form", item=item))
        values[name.strip()] = value
    try:
        status = Status.parse(args.status) if args.status is not None else None
    except ValueError as exc:
        raise InvalidInput(exc) from exc
    a = s.dossiers.change_assessment(dossier_id, args.criterion, AssessmentChange(
        status=status, result=args.result, explanation=args.explanation, lead_unit=args.lead_unit,
        cooperating_units=args.cooperating_units, values=values or None,
        deadline=args.deadline if args.deadline is not None else KEEP))
    print(f"Tiêu chí {a.code}: {a.status.label}; gợi ý: {a.suggestion.label} — {a.reason}", file=out)
    return 0


def _attach(args, s: Services, out, err) -> int:
    dossier_id = s.dossiers.resolve(args.dossier)
    meta = EvidenceMetadata(number=args.number, issued_on=args.date, issuer=args.issuer, title=args.title)
    # the files are safe and reported attached before their text is read for search (a crash
    # in between leaves them in the reading queue, which the next search or window start empties)
    # (--auto reads each document's first page as it is reported: its text is read first)
    results = s.evidence.attach(dossier_id, args.criterion, args.files, meta, read_text=args.auto)
    for result in results:
        e = result.evidence
        note = (" (đã có sẵn, đã gắn với tiêu chí này)" if result.already_linked
                else " (tệp trùng với tài liệu đã có: chỉ liên kết, không chép lại)" if result.duplicate else "")
        print(f"[{e.id}] {e.original_name} → {', '.join(e.criteria)}{note}", file=out)
        if args.auto and not result.duplicate:
            _attach_auto(s, dossier_id, e.id, out)
    if not args.auto:
        out.flush()
        # these documents' text, and any an earlier attach left unread (killed before it got there)
        s.evidence.read_texts(results, pending_of=dossier_id)
    return 0


def _attach_auto(s: Services, dossier_id: int, evidence_id: int, out) -> None:
    from plandesk.cli.search import attach_auto

    attach_auto(s, dossier_id, evidence_id, out)


def _evidence(args, s: Services, out, err) -> int:
    dossier_id = s.dossiers.resolve(args.dossier)
    cmd = args.evidence_command
    if cmd == "list":
        for e in s.evidence.list(dossier_id, args.criterion):
            print(f"{e.id}\t{e.number}\t{format_date_short(e.issued_on)}\t{e.issuer}\t{e.title}\t"
                  f"{e.original_name}\t{', '.join(e.criteria) or '(chưa gắn tiêu chí)'}", file=out)
    elif cmd == "link":
        e = s.evidence.link(dossier_id, args.evidence_id, args.criterion)
        print(f"[{e.id}] {e.original_name} → {', '.join(e.criteria)}", file=out)
    elif cmd == "unlink":
        e = s.evidence.unlink(dossier_id, args.evidence_id, args.criterion)
        left = ", ".join(e.criteria) or "không tiêu chí nào (tài liệu vẫn được giữ; xóa bằng 'evidence remove')"
        print(f"[{e.id}] {e.original_name} còn dùng cho: {left}", file=out)
    elif cmd == "edit":
        e = s.evidence.edit(dossier_id, args.evidence_id, EvidenceEdit(
            args.number, KEEP if args.date is None else args.date, args.issuer, args.title, args.note))
        print(f"[{e.id}] {e.number} {format_date_short(e.issued_on)} {e.issuer} {e.title}", file=out)
    elif cmd == "remove":
        s.evidence.remove(dossier_id, args.evidence_id)
        print(f"Đã xóa tài liệu số {args.evidence_id}.", file=out)
    elif cmd == "show":
        from plandesk.cli.search import show_evidence

        show_evidence(s, dossier_id, args.evidence_id, out)
    return 0


def _council(args, s: Services, out, err) -> int:
    dossier_id = s.dossiers.resolve(args.dossier)
    cmd = args.council_command
    if cmd == "list":
        for m in s.dossiers.council(dossier_id):
            print(f"{m.id}\t{m.name}\t{m.position}\t{m.role.label}", file=out)
    elif cmd == "add":
        member_id = s.dossiers.add_member(dossier_id, CouncilMember(nfc(args.name), nfc(args.position),
                                                                    CouncilRole(args.role)))
        print(f"Đã thêm thành viên số {member_id}: {clean(nfc(args.name))}.", file=out)
    elif cmd == "remove":
        s.dossiers.remove_member(dossier_id, args.member_id)
        print(f"Đã xóa thành viên số {args.member_id}.", file=out)
    return 0


def _history(args, s: Services, out, err) -> int:
    dossier_id = s.dossiers.resolve(args.dossier)
    for h in s.dossiers.history(dossier_id):
        print(f"{h.at:%d/%m/%Y %H:%M}\t{h.user or '—'}\t{h.action}\t{h.target}\t{h.field}\t"
              f"{h.old_value} → {h.new_value}", file=out)
    return 0


def _check(args, s: Services, out, err) -> int:
    if args.repair:
        repaired = s.integrity.repair()
        print(f"Sửa chữa: đã xóa {len(repaired.removed_temp)} tệp tạm và {len(repaired.removed_orphans)} tệp minh "
              "chứng thừa.", file=out)
        for failure in repaired.failed:
            print(f"LỖI: {failure}", file=err)
        report = repaired.after
        if report.problems:
            print("Các lỗi dưới đây không sửa tự động được: hãy khôi phục từ bản sao lưu ('plandesk backups', "
                  "'plandesk restore') hoặc đính kèm lại tệp bị thiếu.", file=err)
    else:
        report = s.integrity.check()
    for problem in report.problems:
        print(f"LỖI: {problem}", file=err)
    for note in report.notes:
        print(f"Ghi chú: {note}", file=out)
    if report.ok:
        print(f"Đã kiểm tra: cơ sở dữ liệu, nhật ký thay đổi và {report.files_checked} tệp minh chứng "
              f"({format_size(report.bytes_checked)}): không có lỗi.", file=out)
        return 0
    print(f"Phát hiện {len(report.problems)} lỗi (đã kiểm tra {report.files_checked} tệp minh chứng).", file=err)
    return 1


_HANDLERS = {
    "demo": _demo, "frameworks": _frameworks, "dossiers": _dossiers, "new": _new, "status": _status,
    "show": _show, "set": _set, "attach": _attach, "evidence": _evidence, "council": _council,
    "history": _history, "check": _check,
}

