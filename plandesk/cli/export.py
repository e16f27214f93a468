"""The export command: the dossier's documents as PDF, DOCX or XLSX files; and import-xlsx:
the council members or the assignment table from a spreadsheet."""
from __future__ import annotations

from pathlib import Path

from plandesk.services import Services
from plandesk.services.export_names import ALL_DOCS, FORMATS

# services.export (reportlab, pypdf, python-docx) and services.spreadsheets (openpyxl) are
# imported by the handlers: every other command starts without them


def register(sub) -> dict:
    p = sub.add_parser("export", help="xuất văn bản của hồ sơ (PDF, DOCX, XLSX)")
    p.add_argument("--dossier", type=int, metavar="ID")
    p.add_argument("--doc", action="append", choices=(*ALL_DOCS, "all"), required=True,
                   help="văn bản cần xuất (lặp lại được); 'all' là mọi văn bản của định dạng")
    p.add_argument("--format", choices=FORMATS, default="pdf")
    p.add_argument("--out", type=Path, required=True, metavar="DIR", help="thư mục ghi tệp")
    p.add_argument("--allow-missing", action="store_true",
                   help="vẫn xuất khi có tệp minh chứng bị thiếu hoặc bị thay đổi: các tệp đó bị bỏ ra và ghi rõ "
                        "trong mục lục (mặc định: từ chối)")
    p = sub.add_parser("import-xlsx", help="nhập danh sách Hội đồng hoặc bảng phân công từ tệp Excel")
    p.add_argument("--dossier", type=int, metavar="ID")
    p.add_argument("kind", choices=("hoi-dong", "phan-cong"),
                   help="hoi-dong: thay danh sách Hội đồng; phan-cong: đơn vị chủ trì, phối hợp, thời gian")
    p.add_argument("file", type=Path, metavar="FILE.xlsx",
                   help="tệp có các cột như tệp do 'plandesk export --format xlsx' xuất ra")
    return {"export": _export, "import-xlsx": _import}


def _export(args, s: Services, out, err) -> int:
    dossier_id = s.dossiers.resolve(args.dossier)
    service = s.export
    skipped: list = []
    for item in service.export(dossier_id, args.doc, args.format, args.out, allow_missing=args.allow_missing,
                               skipped=skipped):
        print(item.path, file=out)
        if item.issued:
            print(f"{item.path.name}: bản đã ban hành (lưu trong hồ sơ), không dựng lại; xem 'plandesk issued'.",
                  file=err)
    for item in skipped:
        print(f"Không xuất {item.doc}: {item.reason}", file=err)
    if args.allow_missing:
        for evidence, problem in s.evidence.file_problems(dossier_id, full="ho-so-minh-chung" in args.doc
                                                          or "all" in args.doc):
            print(f"Ghi chú: tài liệu '{evidence.original_name}' ({problem}) không được in; mục lục ghi là thiếu.",
                  file=err)
    return 0


def _import(args, s: Services, out, err) -> int:
    dossier_id = s.dossiers.resolve(args.dossier)
    service = s.spreadsheets
    if args.kind == "hoi-dong":
        result = service.import_council(dossier_id, args.file)
        print(f"Đã nhập {result.rows} thành viên Hội đồng.", file=out)
    else:
        result = service.import_assignments(dossier_id, args.file)
        print(f"Đã nhập phân công của {result.rows} tiêu chí.", file=out)
    return 0
