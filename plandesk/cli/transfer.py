"""Commands for the trip between commune and approving body: pack, unpack, the reviewer's
roll-up, the review of a dossier and its review package, and the transfer history."""
from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from plandesk.domain.dossier import AssessmentChange, ReviewStatus
from plandesk.domain.messages import msg
from plandesk.domain.text import format_date_short, format_size, nfc
from plandesk.services import InvalidInput, Services
from plandesk.services.rollup import CATEGORIES, CATEGORY_LABELS, CELL_TEXT, FILTERS, ReportSettings
from plandesk.services.transfer import CATEGORY_LABELS as CHANGE_LABELS
from plandesk.services.transfer import CONFLICTING, FAT32_LIMIT, KEEP, TAKE, UNCHANGED, read_passphrase

from .core import _date

_SIZE = re.compile(r"^\s*(\d+)\s*([kmg]?)i?b?\s*$", re.IGNORECASE)


def _size(text: str) -> int:
    match = _SIZE.match(text)
    if not match:
        raise argparse.ArgumentTypeError(str(msg("cli.size_invalid", value=text)))
    return int(match.group(1)) * {"": 1, "k": 1024, "m": 1024 ** 2, "g": 1024 ** 3}[match.group(2).lower()]


def register(sub) -> dict:
    p = sub.add_parser("pack", help="đóng gói hồ sơ (dữ liệu, minh chứng, mục lục) vào một tệp .plandesk")
    p.add_argument("--dossier", type=int, metavar="ID")
    p.add_argument("--out", required=True, type=Path, metavar="FILE.plandesk")
    p.add_argument("--passphrase-file", type=Path, metavar="F", help="mã hóa gói bằng mật khẩu ở dòng đầu tệp F")
    p.add_argument("--part-size", type=_size, default=FAT32_LIMIT, metavar="SIZE",
                   help="cắt thành các phần .001, .002… không lớn hơn SIZE (mặc định: giới hạn 4 GiB của FAT32)")
    p.add_argument("--document", action="append", default=[], type=Path, metavar="FILE",
                   help="đưa kèm một tệp văn bản khác (PDF, DOCX…) vào thư mục van-ban/ của gói (lặp lại được)")
    p.add_argument("--no-documents", action="store_true",
                   help="không đưa các văn bản PDF của hồ sơ (tờ trình, báo cáo, biên bản…) vào gói")

    p = sub.add_parser("unpack", help="kiểm tra toàn bộ một gói rồi nhập vào thư mục làm việc")
    p.add_argument("package", type=Path, metavar="FILE.plandesk")
    p.add_argument("--passphrase-file", type=Path, metavar="F")
    p.add_argument("--dry-run", action="store_true", help="chỉ kiểm tra và báo những gì sẽ thay đổi")
    p.add_argument("--on-conflict", choices=(KEEP, TAKE),
                   help=f"quyết định cho mọi xung đột: {KEEP} = giữ bản tại máy, {TAKE} = lấy bản trong gói")
    p.add_argument("--resolve", action="append", default=[], metavar=f"KEY={KEEP}|{TAKE}",
                   help="quyết định cho một bản ghi xung đột (khóa như trong báo cáo, lặp lại được)")
    p.add_argument("--all", action="store_true", help="liệt kê cả những bản ghi không đổi")

    p = sub.add_parser("rollup", help="tổng hợp các xã theo tiêu chí cho một năm (người thẩm định)")
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--framework", metavar="ID")
    p.add_argument("--district", metavar="NAME", help="chỉ các xã của huyện này")
    p.add_argument("--filter", choices=FILTERS, default="tat_ca", help="theo kết quả chung của xã")
    group = p.add_mutually_exclusive_group()
    group.add_argument("--json", action="store_true", help="in JSON")
    group.add_argument("--xlsx", type=Path, metavar="FILE", help="ghi bảng tổng hợp Excel")
    group.add_argument("--report", type=Path, metavar="FILE.pdf|FILE.docx",
                       help="ghi báo cáo kết quả thẩm định (thể thức Nghị định 30/2020)")
    p.add_argument("--body", default="BAN CHỈ ĐẠO", help="cơ quan ban hành báo cáo (mặc định: BAN CHỈ ĐẠO)")
    p.add_argument("--parent", default="", help="cơ quan chủ quản")
    p.add_argument("--place", default="", help="địa danh ghi ở dòng ngày tháng")
    p.add_argument("--number", default="", help="số của báo cáo (trống: để viết tay)")
    p.add_argument("--date", type=_date, metavar="YYYY-MM-DD", help="ngày của báo cáo (trống: để viết tay)")
    p.add_argument("--signer-name", default="")
    p.add_argument("--signer-position", default="TRƯỞNG BAN")
    p.add_argument("--signer-authority", default="TM. BAN CHỈ ĐẠO")
    p.add_argument("--recipient", action="append", default=[], metavar="TEXT", help="nơi nhận (lặp lại được)")

    p = sub.add_parser("review", help="ý kiến thẩm định từng tiêu chí và gói thẩm định gửi lại xã")
    p.add_argument("--dossier", type=int, metavar="ID")
    actions = p.add_subparsers(dest="review_command", metavar="ACTION", required=True)
    actions.add_parser("list")
    q = actions.add_parser("set")
    q.add_argument("--criterion", required=True, metavar="CODE")
    q.add_argument("--status", required=True, choices=[s.value for s in ReviewStatus])
    q.add_argument("--comment", default=None, metavar="TEXT")
    q = actions.add_parser("pack", help="gói thẩm định (.plandesk) để xã nhập bằng 'plandesk unpack'")
    q.add_argument("--out", required=True, type=Path, metavar="FILE.plandesk")
    q.add_argument("--passphrase-file", type=Path, metavar="F")

    p = sub.add_parser("transfers", help="các gói đã đóng và đã nhập của hồ sơ, và các phiên bản đã lưu")
    p.add_argument("--dossier", type=int, metavar="ID")
    return {"pack": _pack, "unpack": _unpack, "rollup": _rollup, "review": _review, "transfers": _transfers}


def _passphrase(path: Path | None) -> str | None:
    return read_passphrase(path) if path is not None else None


def _pack(args, s: Services, out, err) -> int:
    dossier_id = s.dossiers.resolve(args.dossier)
    passphrase = _passphrase(args.passphrase_file)
    result = s.transfer.pack(dossier_id, args.out, passphrase=passphrase, part_size=args.part_size,
                             with_documents=not args.no_documents, documents=args.document)
    for problem in result.notes:
        print(f"Ghi chú: không đưa được văn bản vào gói — {problem}", file=err)
    where = ", ".join(str(p) for p in result.paths)
    print(f"Đã ghi gói {result.submission_id} ({result.files} tệp, {format_size(result.size)}"
          f"{', mã hóa' if result.encrypted else ''}"
          f"{f', {len(result.paths)} phần' if len(result.paths) > 1 else ''}): {where}", file=out)
    return 0


def _unpack(args, s: Services, out, err) -> int:
    decisions = {}
    for item in args.resolve:
        key, sep, value = item.rpartition("=")
        if not sep or not key.strip():
            raise InvalidInput(msg("cli.resolve_form", item=item, keep=KEEP, take=TAKE))
        decisions[nfc(key.strip())] = value.strip()
    passphrase = _passphrase(args.passphrase_file)
    if args.dry_run:
        report = s.transfer.inspect(args.package, passphrase=passphrase)
    else:
        report = s.transfer.unpack(args.package, passphrase=passphrase, decisions=decisions,
                                   on_conflict=args.on_conflict)
    kind = "gói thẩm định" if report.kind == "tham_dinh" else "gói hồ sơ"
    print(f"{kind.capitalize()} {report.submission_id}: {report.unit}, năm {report.year}, bộ tiêu chí "
          f"{report.framework}.", file=out)
    for check in report.checks:
        print(f"  Đã kiểm tra: {check}", file=out)
    if report.framework_added:
        print("  Bộ tiêu chí này chưa có trong bản cài đặt; hồ sơ mang theo nội dung của nó.", file=out)
    everything_new = report.dossier_id is None or report.created
    for change in report.changes:
        if everything_new and not args.all:
            break
        if change.category == UNCHANGED and not args.all and change.action != KEEP:
            continue
        note = {KEEP: " → giữ bản tại máy", TAKE: " → lấy bản trong gói"}.get(change.action, "")
        if change.category == UNCHANGED and change.action == KEEP:
            note = " (đã sửa tại máy, gói không đổi → giữ bản tại máy)"
        fields = f" [{', '.join(change.fields)}]" if change.fields else ""
        print(f"  {CHANGE_LABELS[change.category]:<10} {change.key}  {change.label}{fields}"
              f"{note if change.category == CONFLICTING or change.action == KEEP else ''}", file=out)
    counts = ", ".join(f"{n} {label}" for label, n in report.counts.items())
    if report.applied:
        kept = "" if report.created else " Bản trước khi nhập được lưu trong lịch sử ('plandesk transfers')."
        print(f"Đã nhập vào hồ sơ số {report.dossier_id}: {counts}.{kept}", file=out)
    else:
        conflicts = f" Có {len(report.conflicts)} xung đột cần quyết định." if report.conflicts else ""
        print(f"Chưa nhập (chạy thử): {counts}.{conflicts}", file=out)
    return 0


def _rollup(args, s: Services, out, err) -> int:
    rollup = s.rollup.rollup(args.year, args.framework, args.district, args.filter)
    if args.json:
        print(json.dumps(rollup.to_json(), ensure_ascii=False, indent=1), file=out)
        return 0
    if args.report:
        settings = ReportSettings(nfc(args.body), nfc(args.parent), nfc(args.place), args.number, args.date,
                                  nfc(args.signer_authority), nfc(args.signer_position), nfc(args.signer_name),
                                  tuple(nfc(r) for r in args.recipient))
        path = s.rollup.write_report(rollup, settings, args.report)
        print(f"Đã ghi báo cáo kết quả thẩm định ({len(rollup.rows)} đơn vị): {path}", file=out)
        return 0
    if args.xlsx:
        path = s.rollup.write_xlsx(rollup, args.xlsx)
        print(f"Đã ghi bảng tổng hợp {len(rollup.rows)} xã × {len(rollup.criteria)} tiêu chí: {path}", file=out)
        return 0
    codes = [c for c, _ in rollup.criteria]
    print(f"Năm {rollup.year} — {rollup.framework_title} ({len(rollup.rows)} xã)", file=out)
    print("\t".join(["Xã", "Huyện", *(CATEGORY_LABELS[c] for c in CATEGORIES), "YC bổ sung"]), file=out)
    for row in rollup.rows:
        print("\t".join([row.unit.display_name, row.unit.district, *(str(row.counts[c]) for c in CATEGORIES),
                         str(row.review_requested)]), file=out)
    print("Theo tiêu chí (" + ", ".join(f"{CELL_TEXT[c]} = {CATEGORY_LABELS[c].lower()}" for c in CATEGORIES)
          + "):", file=out)
    for code in codes:
        counts = rollup.per_criterion[code]
        print(f"  {code}\t" + "\t".join(f"{CELL_TEXT[c]} {counts[c]}" for c in CATEGORIES), file=out)
    if rollup.other_frameworks:
        others = ", ".join(f"{f} ({n} hồ sơ)" for f, n in rollup.other_frameworks.items())
        print(f"Không tính: hồ sơ theo bộ tiêu chí khác — {others}; xem bằng --framework.", file=out)
    return 0


def _review(args, s: Services, out, err) -> int:
    dossier_id = s.dossiers.resolve(args.dossier)
    cmd = args.review_command
    if cmd == "list":
        for a in s.dossiers.status(dossier_id).criteria:
            print(f"{a.code}\t{a.status.label}\t{a.review_status.value}\t{a.review_comment}", file=out)
    elif cmd == "set":
        a = s.dossiers.change_assessment(dossier_id, args.criterion, AssessmentChange(
            review_status=ReviewStatus(args.status), review_comment=nfc(args.comment) if args.comment is not None
            else None))
        print(f"Tiêu chí {a.code}: ý kiến thẩm định {a.review_status.value}"
              f"{' — ' + a.review_comment if a.review_comment else ''}", file=out)
    elif cmd == "pack":
        result = s.transfer.pack_review(dossier_id, args.out, passphrase=_passphrase(args.passphrase_file))
        print(f"Đã ghi gói thẩm định {result.submission_id}: {', '.join(str(p) for p in result.paths)}", file=out)
    return 0


def _transfers(args, s: Services, out, err) -> int:
    dossier_id = s.dossiers.resolve(args.dossier)
    labels = {"goi_da_xuat": "đóng gói", "goi_da_nhap": "nhập gói", "truoc_khi_nhap": "lưu bản trước khi nhập",
              "tham_dinh_da_xuat": "đóng gói thẩm định", "tham_dinh_da_nhap": "nhập gói thẩm định"}
    for v in s.transfer.versions(dossier_id):
        summary = ", ".join(f"{k}: {v2}" for k, v2 in v["summary"].items() if not isinstance(v2, (dict, list)))
        print(f"{v['id']}\t{format_date_short(v['at'].date())} {v['at']:%H:%M}\t{labels.get(v['reason'], v['reason'])}"
              f"\t{v['submission_id']}\t{summary}", file=out)
    return 0
