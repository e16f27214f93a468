"""Reading evidence documents: ``search TEXT`` (every document's text, accents aside, with
a snippet), ``suggest EVIDENCE_ID`` (the criteria a document most likely proves and why),
``ocr [EVIDENCE_ID]`` (recognise the text of scans, page by page, with Tesseract)."""
from __future__ import annotations

from plandesk.domain.text import format_date_short
from plandesk.services import Services


def register(sub) -> dict:
    p = sub.add_parser("search", help="tìm trong nội dung mọi tài liệu minh chứng (không phân biệt dấu)")
    p.add_argument("text", nargs="+", metavar="TEXT", help="các từ cần tìm, ví dụ: ngay hoi toan dan")
    p.add_argument("--dossier", type=int, metavar="ID", help="chỉ tìm trong một hồ sơ")
    p.add_argument("--limit", type=int, default=20, metavar="N")
    p = sub.add_parser("suggest", help="gợi ý tiêu chí mà một tài liệu minh chứng chứng minh (không tự gắn)")
    p.add_argument("evidence_id", type=int, metavar="EVIDENCE_ID")
    p.add_argument("--dossier", type=int, metavar="ID")
    p.add_argument("--limit", type=int, default=3, metavar="N")
    p = sub.add_parser("ocr", help="nhận dạng chữ (OCR) các bản quét, từng trang (cần Tesseract)")
    p.add_argument("evidence_id", type=int, nargs="?", metavar="EVIDENCE_ID",
                   help="một tài liệu (mặc định: mọi bản quét chưa nhận dạng của hồ sơ)")
    p.add_argument("--dossier", type=int, metavar="ID")
    return {"search": _search, "suggest": _suggest, "ocr": _ocr}


def _search(args, s: Services, out, err) -> int:
    text = s.evidence.text
    text.index_missing(args.dossier)  # documents imported from packages are read once here
    query = " ".join(args.text)
    hits = text.search(query, args.dossier, limit=args.limit)
    if not hits:
        print(f"Không tìm thấy tài liệu nào có: {query}", file=out)
        return 0
    for hit in hits:
        head = " · ".join(x for x in (hit.number, format_date_short(hit.issued_on), hit.issuer) if x)
        where = "" if hit.in_text else " (khớp thông tin tài liệu)"
        print(f"[{hit.evidence_id}] hồ sơ {hit.dossier_id} · {hit.title or hit.original_name}"
              f"{' · ' + head if head else ''} → {', '.join(hit.criteria) or 'chưa gắn tiêu chí'}{where}", file=out)
        print(f"    {hit.snippet}", file=out)
    return 0


def _suggest(args, s: Services, out, err) -> int:
    dossier_id = s.dossiers.resolve(args.dossier)
    suggestions = s.evidence.text.suggest_criteria(dossier_id, args.evidence_id, args.limit)
    if not suggestions:
        print("Chưa có gợi ý: tài liệu chưa có chữ để so với các tiêu chí.", file=out)
    for item in suggestions:
        mark = " (đã gắn)" if item.already_linked else ""
        print(f"{item.code}{mark}  {item.short_title}  [{item.score:.2f}]  từ khớp: {', '.join(item.words)}", file=out)
    if suggestions:
        print("Gắn tài liệu với một tiêu chí: plandesk evidence link EVIDENCE_ID --criterion CODE", file=out)
    return 0


def _ocr(args, s: Services, out, err) -> int:
    dossier_id = s.dossiers.resolve(args.dossier)
    text = s.evidence.text
    status = text.ocr_status()
    if not status.available:
        print(status.message, file=err)
        return 2

    def report(done: int, total: int, label: str) -> None:
        if label:
            print(f"  {label}", file=out)

    if args.evidence_id is not None:
        info = text.ocr(dossier_id, args.evidence_id, report)
        print(f"[{args.evidence_id}] {info.pages_done}/{info.page_count} trang, {info.chars} ký tự.", file=out)
        _print_reading(text.read_metadata(dossier_id, args.evidence_id), out)
    else:
        pending = text.needing_ocr(dossier_id)
        if not pending:
            print("Không còn bản quét nào cần nhận dạng chữ.", file=out)
            return 0
        done = text.ocr_pending(dossier_id, report)
        print(f"Đã nhận dạng {done}/{len(pending)} tài liệu.", file=out)
    return 0


def _print_reading(reading, out) -> None:
    labels = {"number": "Số, ký hiệu", "issued_on": "Ngày ban hành", "issuer": "Cơ quan ban hành",
              "title": "Trích yếu"}
    for key, value in reading.fields().items():
        shown = format_date_short(value.value) if key == "issued_on" and value.value else (value.value or "—")
        print(f"    {labels[key]}: {shown}  (độ tin cậy {round(value.confidence * 100)} %)", file=out)
    if reading.doc_type_name:
        print(f"    Loại văn bản: {reading.doc_type_name}  (độ tin cậy {round(reading.doc_type.confidence * 100)} %)",
              file=out)
    for note in reading.notes:
        print(f"    Ghi chú: {note}", file=out)
