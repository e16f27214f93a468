"""Reading evidence documents: ``search TEXT`` (every document's text, accents aside, with
a snippet), ``suggest EVIDENCE_ID`` (the criteria a document most likely proves and why),
``ocr [EVIDENCE_ID] [--apply]`` (recognise the text of scans, page by page, with Tesseract, and
fill the details read as suggestions), and the reading parts of ``attach --auto`` and
``evidence show``."""
from __future__ import annotations

from plandesk.domain.text import format_date_short, format_size
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
    p.add_argument("--apply", action="store_true",
                   help="điền số, ngày, cơ quan ban hành, trích yếu đọc được vào các ô còn trống (là gợi ý, cần "
                        "xác nhận), như cửa sổ chương trình")
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
        if hit.missing:
            print(f"    (không có đủ các từ tìm: thiếu {', '.join(hit.missing)})", file=out)
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
        if args.apply:
            _apply_suggestions(s, dossier_id, args.evidence_id, out)
    else:
        pending = text.needing_ocr(dossier_id)
        if not pending:
            print("Không còn bản quét nào cần nhận dạng chữ.", file=out)
            return 0
        done = text.ocr_pending(dossier_id, report)
        print(f"Đã nhận dạng {done}/{len(pending)} tài liệu.", file=out)
        if args.apply:
            for evidence in pending:
                print(f"[{evidence.id}] {evidence.original_name}", file=out)
                _print_reading(text.read_metadata(dossier_id, evidence.id), out)
                _apply_suggestions(s, dossier_id, evidence.id, out)
    return 0


def _apply_suggestions(s: Services, dossier_id: int, evidence_id: int, out) -> dict:
    """Fill the document's empty fields from what was read, as suggestions to confirm (the
    window's way); says what was filled and what was left for the officer."""
    text = s.evidence.text
    _, filled = text.apply_metadata(dossier_id, evidence_id, state="suggested")
    if filled:
        print(f"    Đã điền (gợi ý, chờ xác nhận): {', '.join(_LABELS[k] for k in filled)}", file=out)
    else:
        print("    Không điền ô nào (các ô đã có giá trị, hoặc đọc được với độ tin cậy thấp).", file=out)
    return filled


def attach_auto(s: Services, dossier_id: int, evidence_id: int, out) -> None:
    """``attach --auto`` for one new document: read its first page (OCR first when it is a scan
    and Tesseract is there), fill the empty fields as suggestions to confirm, print what was
    read with its confidence and the criteria it most likely proves."""
    text = s.evidence.text
    info = text.text_info(dossier_id, evidence_id)
    if info is not None and info.needs_ocr:
        status = text.ocr_status()
        if status.available:
            print("    Bản quét: đang nhận dạng chữ (OCR)…", file=out)
            info = text.ocr(dossier_id, evidence_id, status=status)
        else:
            print(f"    Bản quét, chưa nhận dạng được chữ: {status.message}", file=out)
            print(f"    Sau khi cài, chạy: plandesk ocr {evidence_id} --apply", file=out)
            return
    if info is None or not info.has_text:
        reason = info.reason if info else "chưa đọc được nội dung"
        print(f"    Không đọc được thông tin từ văn bản: {reason}", file=out)
        return
    _print_reading(text.read_metadata(dossier_id, evidence_id), out)
    _apply_suggestions(s, dossier_id, evidence_id, out)
    suggestions = text.suggest_criteria(dossier_id, evidence_id, 3)
    if suggestions:
        print("    Tiêu chí gợi ý: " + "; ".join(f"{c.code} ({', '.join(c.words[:3])})" for c in suggestions),
              file=out)


_STATES = {"suggested": "đã điền từ văn bản, chờ xác nhận", "confirmed": "đã xác nhận",
           "dismissed": "cán bộ đã bỏ gợi ý", "": "chưa đọc được gì"}
_METHODS = {"pdf-text": "chữ của tệp PDF", "docx": "nội dung tệp DOCX", "text": "tệp văn bản",
            "ocr": "nhận dạng chữ (OCR)", "none": "chưa đọc được"}


def show_evidence(s: Services, dossier_id: int, evidence_id: int, out) -> None:
    """``evidence show ID``: the document's details, where it is used, how its text was read,
    and what was read from its first page with the confidence of each value."""
    e = s.evidence.get(dossier_id, evidence_id)
    text = s.evidence.text
    print(f"[{e.id}] {e.original_name} ({format_size(e.size)})", file=out)
    print(f"  Số, ký hiệu: {e.number or '—'}", file=out)
    print(f"  Ngày ban hành: {format_date_short(e.issued_on) or '—'}", file=out)
    print(f"  Cơ quan ban hành: {e.issuer or '—'}", file=out)
    print(f"  Trích yếu: {e.title or '—'}", file=out)
    if e.note:
        print(f"  Ghi chú: {e.note}", file=out)
    print(f"  Tiêu chí: {', '.join(e.criteria) or 'chưa gắn tiêu chí'}", file=out)
    info = text.text_info(dossier_id, evidence_id)
    if info is None:
        print("  Nội dung: chưa đọc", file=out)
        return
    how = _METHODS.get(info.method, info.method)
    pages = f", {info.pages_done}/{info.page_count} trang" if info.method == "ocr" else \
        (f", {info.page_count} trang" if info.page_count else "")
    print(f"  Nội dung: {how}{pages}, {info.chars} ký tự", file=out)
    if info.reason:
        print(f"    {info.reason}", file=out)
    if info.needs_ocr:
        print(f"    Nhận dạng chữ bằng: plandesk ocr {evidence_id} --apply", file=out)
    reading = text.read_metadata(dossier_id, evidence_id)
    print(f"  Đọc từ trang đầu ({_STATES.get(reading.state, reading.state)}):", file=out)
    _print_reading(reading, out, full=True)


_LABELS = {"number": "Số, ký hiệu", "issued_on": "Ngày ban hành", "issuer": "Cơ quan ban hành",
           "title": "Trích yếu"}


def _print_reading(reading, out, full: bool = False) -> None:
    """What was read with its confidence; ``full`` adds the parent body and the place."""
    def line(label: str, value, confidence: float) -> None:
        if confidence <= 0 and not full:
            print(f"    {label}: —", file=out)
        else:
            print(f"    {label}: {value or '—'}  (độ tin cậy {round(confidence * 100)} %)", file=out)

    for key, value in reading.fields().items():
        shown = format_date_short(value.value) if key == "issued_on" and value.value else value.value
        if key == "issued_on" and not value.value and value.confidence > 0:
            shown = "để trống trên văn bản"
        line(_LABELS[key], shown, value.confidence)
        if key == "issuer" and full and reading.issuer_display and reading.issuer_display != value.value:
            print(f"      (viết thường: {reading.issuer_display})", file=out)
    if reading.doc_type_name:
        line("Loại văn bản", reading.doc_type_name, reading.doc_type.confidence)
    if full:
        line("Cơ quan chủ quản", reading.parent.value, reading.parent.confidence if reading.parent.value else 0)
        line("Địa danh", reading.place.value, reading.place.confidence)
    for note in reading.notes:
        print(f"    Ghi chú: {note}", file=out)
