"""Reading the first page of a Vietnamese administrative document (Nghị định 30/2020, Phụ lục I):
issuing body and its parent, number and symbol, document type, place, date and subject
(trích yếu), each with a confidence between 0 and 1.

The input is the page as lines of text. A line may carry layout hints when the reader knows
them (a text PDF and OCR give positions, a DOCX gives table cells, alignment and bold); the
parser uses them when present and falls back on the words alone when not. Pure Python."""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from itertools import pairwise

from .text import nfc

# document types: symbol abbreviation -> name (format-nd30.md, "Abbreviations of document types")
DOCUMENT_TYPES: dict[str, str] = {
    "TTr": "Tờ trình", "BC": "Báo cáo", "BB": "Biên bản", "KH": "Kế hoạch", "QĐ": "Quyết định",
    "TB": "Thông báo", "HD": "Hướng dẫn", "CTr": "Chương trình", "NQ": "Nghị quyết", "CT": "Chỉ thị",
    "KL": "Kết luận", "QC": "Quy chế", "QyĐ": "Quy định", "CV": "Công văn", "GM": "Giấy mời",
    "PA": "Phương án", "ĐA": "Đề án", "GXN": "Giấy xác nhận", "BK": "Bằng khen", "GK": "Giấy khen",
}
_TYPE_BY_FOLDED_NAME = {}  # filled below: "ke hoach" -> "KH"
_TYPE_BY_FOLDED_ABBR = {}  # "kh" -> "KH"

# words an issuing body's name starts with: a line starting so begins a new body, another
# line of the left column continues the one above (long names wrap)
_BODY_STARTS = (
    "uy ban", "ubnd", "hoi dong", "hdnd", "cong an", "ban ", "dang uy", "dang bo", "chi bo",
    "mat tran", "hoi ", "doan ", "truong ", "phong ", "so ", "bo ", "tinh uy", "huyen uy", "huyen doan",
    "tinh doan", "thanh doan", "thanh uy", "thi uy", "quan uy", "dang uy", "van phong", "cuc ", "chi cuc", "toa an",
    "vien kiem sat", "benh vien", "trung tam", "lien doan", "ubmttq", "ubmt", "bch", "bcd", "thanh tra",
    "tram ", "doi ", "chi hoi", "thuong truc", "bo chi huy", "ban chi huy", "quan doi",
)
# a line starting so goes on with the name above it: "PHONG TRÀO TOÀN DÂN" under "BAN CHỈ ĐẠO XÂY
# DỰNG" is no "Phòng", "BẢO VỆ AN NINH TỔ QUỐC" no "Bộ"
_NOT_A_START = ("phong trao", "phong chong", "phong, chong", "bo ve", "so tay", "truong hop", "doan ket",
                "ban hanh", "hoi vien", "cong tac", "an ninh", "to quoc", "te nan", "toi pham", "xay dung")
# the organ of a body, whose name follows on the next line: "BAN THƯỜNG TRỰC" / "UBMTTQ VIỆT NAM XÃ …"
_ORGANS = ("ban thuong truc", "ban thuong vu", "ban chap hanh", "bch", "thuong truc", "ban chi huy")
# words a body's name does not end with: the next line goes on with it
_OPEN_ENDINGS = ("va", "cua", "xay dung", "bao ve", "phong", "chong", "ve", "cho", "tai", "-", ",", "&")
_NATIONAL = "cong hoa xa hoi chu nghia viet nam"
_MOTTO = "doc lap tu do hanh phuc"
_STOP_SUBJECT = ("can cu", "kinh gui", "hom nay", "vao luc", "noi nhan", "i. ", "1. ", "dieu 1")
# these begin the body too, but a subject may begin so ("Thực hiện công tác …"): they stop
# the subject only after its first line
_STOP_LATER = ("thuc hien", "nham ", "theo de nghi", "xet de nghi", "phan ", "thoi gian", "dia diem",
               "thanh phan")


def _fold_char(ch: str) -> str:
    low = ch.lower()
    if low == "đ":
        return "d"
    base = unicodedata.normalize("NFD", low)
    kept = "".join(c for c in base if not unicodedata.combining(c))
    return kept[:1] if kept else ""


def fold_aligned(text: str) -> tuple[str, list[int]]:
    """The accent- and case-folded text with, for each of its characters, the index of the
    character of ``text`` it came from (so a match in the folded text can be cut from the
    original)."""
    out: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(text):
        f = _fold_char(ch)
        if f:
            out.append(f)
            where.append(i)
    return "".join(out), where


def ffold(text: str) -> str:
    return fold_aligned(nfc(text))[0]


for _abbr, _name in DOCUMENT_TYPES.items():
    _TYPE_BY_FOLDED_NAME[ffold(_name)] = _abbr
    _TYPE_BY_FOLDED_ABBR[ffold(_abbr)] = _abbr


@dataclass(frozen=True)
class Line:
    """One line (or one column's part of a line) of the first page, top to bottom.

    ``x0``/``x1`` are the left and right ends as fractions of the page width (None: unknown);
    ``column`` is "left" or "right" when the text sits in one column of the header table
    (a DOCX cell); ``centered`` and ``bold`` when the reader knows them."""
    text: str
    x0: float | None = None
    x1: float | None = None
    column: str | None = None
    centered: bool | None = None
    bold: bool | None = None
    y0: float | None = None      # top and bottom, as fractions of the page height from the top
    y1: float | None = None
    conf: float | None = None    # OCR: the lowest confidence (0..1) of the line's words; None when not OCR'd

    @property
    def side(self) -> str | None:
        if self.column:
            return self.column
        if self.x0 is None or self.x1 is None:
            return None
        middle = (self.x0 + self.x1) / 2
        if self.x1 - self.x0 > 0.55:
            return "full"
        return "left" if middle < 0.45 else "right" if middle > 0.5 else "full"


# -- putting a page's pieces of text back into lines --------------------------------------------------
_RIGHT_ANCHORS = ("cong hoa xa hoi chu nghia viet nam", "doc lap tu do hanh phuc", "dang cong san viet nam",
                  "doan tncs ho chi minh", "doan thanh nien cong san ho chi minh")


def _squeeze(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", ffold(text))


@dataclass(frozen=True)
class _Placed:
    """A piece of text whose four ends on the page are known."""
    line: Line
    x0: float
    x1: float
    y0: float
    y1: float

    @property
    def text(self) -> str:
        return self.line.text


def assemble_lines(pieces: list[Line]) -> list[Line]:
    """The lines of a page from its positioned pieces of text (PDF runs or OCR words and
    segments), top to bottom.

    Word processors and PDF printers cut a line wherever it has a gap: "Số:" and "/KH-BCĐ138"
    apart when the number is left blank with spaces, "Tháp Mười, ngày" and "tháng 01 năm 2024"
    when the day is, or every word on its own. Pieces on one row are put back together per
    column of the header: the right column is where the national title (or the party's, the
    youth union's) is centred, the left one where the other header pieces are, and the line
    between them halfway. A row that crosses that line (body text) stays one line."""
    placed = [_Placed(p, p.x0, p.x1, p.y0, p.y1) for p in pieces
              if p.text.strip() and p.x0 is not None and p.x1 is not None and p.y0 is not None and p.y1 is not None]
    placed_lines = {b.line for b in placed}
    others = [p for p in pieces if p.text.strip() and p not in placed_lines]
    if not placed:
        return others
    rows: list[list[_Placed]] = []
    for piece in sorted(placed, key=lambda p: ((p.y0 + p.y1) / 2, p.x0)):
        middle, height = (piece.y0 + piece.y1) / 2, piece.y1 - piece.y0
        if rows:
            row = rows[-1]
            top, bottom = min(p.y0 for p in row), max(p.y1 for p in row)
            band = max(bottom - top, height)
            if abs(middle - (top + bottom) / 2) < 0.45 * band:
                row.append(piece)
                continue
        rows.append([piece])
    # the two columns of the header
    squeezed = [(p, _squeeze(p.text)) for p in placed]
    anchors = [p for p, sq in squeezed if p.y0 < 0.4 and any(
        a.replace(" ", "") in sq and len(a.replace(" ", "")) >= 0.7 * len(sq) for a in _RIGHT_ANCHORS)]
    split = 0.5
    if anchors:
        right_start = min(p.x0 for p in anchors)
        top = min(p.y0 for p in anchors)
        bottom = max(p.y1 for p in anchors) + 0.12
        left_ends = [p.x1 for p in placed
                     if p.x1 <= right_start + 0.01 and top - 0.02 <= p.y0 <= bottom and p.x1 - p.x0 < 0.45]
        left_end = max(left_ends, default=right_start)
        split = (left_end + right_start) / 2 if left_end < right_start else right_start - 0.005
    out: list[Line] = []
    for row in rows:
        row.sort(key=lambda p: p.x0)
        if any(p.x0 < split < p.x1 for p in row):
            groups = [row]
        else:
            left = [p for p in row if (p.x0 + p.x1) / 2 < split]
            right = [p for p in row if (p.x0 + p.x1) / 2 >= split]
            groups = [g for g in (left, right) if g]
            if len(groups) == 2 and right[0].x0 - left[-1].x1 < 0.015:
                groups = [row]   # touching: one line whatever the columns
        for group in groups:
            text = " ".join(p.text.strip() for p in group)
            bolds = [p.line.bold for p in group if p.line.bold is not None]
            weight = [len(p.text) for p in group if p.line.bold is not None]
            bold = None
            if bolds:
                bold = sum(w for b, w in zip(bolds, weight) if b) * 2 > sum(weight)
            confs = [p.line.conf for p in group if p.line.conf is not None]
            out.append(Line(_clean(text), group[0].x0, max(p.x1 for p in group), bold=bold,
                            y0=min(p.y0 for p in group), y1=max(p.y1 for p in group),
                            conf=min(confs) if confs else None))
    return out + others


@dataclass(frozen=True)
class Field:
    value: object
    confidence: float  # 0: not found; 1: sure
    source: str = ""   # the text it was read from

    @property
    def found(self) -> bool:
        return self.confidence > 0


_NONE = Field(None, 0.0)


@dataclass(frozen=True)
class DocMeta:
    """What the first page says. ``number`` is "12/KH-UBND" (or "/KH-UBND" when the number
    is left blank for the records office), ``number_only`` "12" or ""."""
    issuer: Field = _NONE
    parent: Field = _NONE
    number: Field = _NONE
    number_only: Field = _NONE
    doc_type: Field = _NONE      # the abbreviation: "KH"
    place: Field = _NONE
    date: Field = _NONE          # a datetime.date, or None when the day or month is blank
    year: Field = _NONE
    subject: Field = _NONE
    notes: tuple[str, ...] = ()

    @property
    def doc_type_name(self) -> str:
        return DOCUMENT_TYPES.get(str(self.doc_type.value or ""), "") if self.doc_type.found else ""

    def fields(self) -> dict[str, Field]:
        return {"issuer": self.issuer, "parent": self.parent, "number": self.number, "doc_type": self.doc_type,
                "place": self.place, "date": self.date, "subject": self.subject}


# -- small helpers ---------------------------------------------------------------------------------
def _clean(text: str) -> str:
    # U+00D0 (Icelandic eth) is what OCR and old fonts give for "Đ"; Vietnamese has no other use for it
    text = nfc(text).replace("\u00a0", " ").replace("\u00d0", "Đ").replace("\u00f0", "đ")
    return re.sub(r"\s+", " ", text).strip()


def _similar(a: str, b: str) -> float:
    return SequenceMatcher(None, a, b).ratio()


def _upper_ratio(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for c in letters if c.isupper()) / len(letters)


def _is_rule(text: str) -> bool:
    return bool(text) and not any(c.isalnum() for c in text)


def _contains_fuzzy(folded: str, phrase: str, threshold: float = 0.8) -> tuple[int, int] | None:
    """Where ``phrase`` (folded) appears in ``folded``, exactly or nearly (OCR slips)."""
    at = folded.find(phrase)
    if at >= 0:
        return at, at + len(phrase)
    n = len(phrase)
    if len(folded) < n * threshold:
        return None
    best, where = 0.0, None
    step = max(1, n // 8)
    for start in range(0, max(1, len(folded) - int(n * threshold)) + 1, step):
        for length in (n - 2, n, n + 2):
            piece = folded[start:start + length]
            score = _similar(piece, phrase)
            if score > best:
                best, where = score, (start, start + len(piece))
    return where if best >= threshold else None


def _remove_span(line: Line, span: tuple[int, int], where: list[int]) -> Line:
    """The line without the original characters behind folded ``span``."""
    text = nfc(line.text)
    start = where[span[0]] if span[0] < len(where) else len(text)
    end = where[span[1] - 1] + 1 if span[1] - 1 < len(where) else len(text)
    rest = _clean(text[:start] + " " + text[end:])
    return replace(line, text=rest)


# number and symbol: "Số: 12/KH-UBND", "Số:    /KH-UBND", "Số: 860 /KH-UBND", "Số 05-NQ/ĐU"
_SYM = r"[^\W_]+(?:\s*[/-]\s*[^\W_]+)*"
_NUMBER = re.compile(
    r"^\s*(?:S[oốồổỗộơớờởỡợóòỏõọ0]|SỐ)\s*[:;.]?\s*(?P<num>[0-9OIl]{0,5})(?:[\s._…]*(?P<sep>[/-])|\s*[._…]{3,})\s*"
    r"(?P<sym>" + _SYM + ")")
# place and date: "Thanh Mỹ, ngày 05 tháng 10 năm 2024", blanks allowed for day and month; a blank
# is anything but letters and digits of the folded text (spaces, dots, "…", and the specks OCR
# reads in an empty gap: "ngày ˆ tháng 12", "ngày ' tháng")
_DATE = re.compile(
    r"(?P<place>[^,]{2,60}?)\s*,\s*ngay[^0-9a-z]*?(?P<d>[0-9]{1,2})?[^0-9a-z]*?thang[^0-9a-z]*?(?P<m>[0-9]{1,2})?"
    r"[^0-9a-z]*?nam[^0-9a-z]*?(?P<y>[0-9]{4})")


_SYMBOL_TAIL = re.compile(r"^(?P<head>.*?)\s*(?P<noise>\S{0,12})\s*/\s*"
                          r"(?P<sym>[A-ZĐ][A-Za-zĐđ0-9]*(?:-[A-Za-zĐđ0-9]+)+)\s*$")


def _symbol_tail(text: str) -> tuple[str, str, str] | None:
    """A line OCR read from a number whose "Số:" and blank it lost, or ran into the line above:
    "=: 2E TTM- RE\" /CAH-TH", "BẢO VỆ … XÃ 60 /GM-BCĐ" → (what came before, the number if it
    is one, the symbol). Only a symbol of two parts or more, one of them known (a body's or a
    document type's abbreviation), is taken so."""
    m = _SYMBOL_TAIL.match(text)
    if not m:
        return None
    sym = clean_symbol(m.group("sym"))
    parts = sym.split("-")
    known = KNOWN_SYMBOL_PARTS | set(DOCUMENT_TYPES)
    if not any(part in known for part in parts):
        return None
    noise = m.group("noise")
    num = noise if noise.isdigit() and len(noise) <= 5 else ""
    words = m.group("head").split()
    named = [w for w in words if w.strip(",.").isalpha()]
    # what came before is a line of a name when it is words, not noise ("=: 2E TTM-")
    head = m.group("head") if len(named) >= 2 and len(named) >= 0.6 * len(words) else ""
    return head, num, sym


def _parse_number(text: str) -> tuple[str, str, float] | None:
    m = _NUMBER.match(text)
    if not m:
        return None
    raw = m.group(0)
    num = m.group("num").translate(str.maketrans("OIl", "011"))
    sym = re.sub(r"\s+", "", m.group("sym"))
    confidence = 0.97
    sym = clean_symbol(sym)
    if m.group("sep") == "-":  # party documents: "Số 05-NQ/ĐU"
        sym_full = f"{num}-{sym}" if num else f"-{sym}"
        number = sym_full
    else:
        number = f"{num}/{sym}"
    if not re.fullmatch(r"[0-9A-Za-zĐđƠơƯư]+([/-][0-9A-Za-zĐđƠơƯư]+)*", sym):
        confidence = 0.6
    if re.search(r"\d\s+[/-]", raw) or ":" not in raw:
        confidence = min(confidence, 0.9)
    return number, num, confidence


# parts of symbols seen on the first pages of the dossier's documents: bodies and their units
KNOWN_SYMBOL_PARTS = frozenset("""UBND HĐND HĐ BCĐ BCĐ138 BCĐ389 CAX CAH CAT CAP CAQ CAN TTr ĐU HU TU QU TXU ĐTN HĐTN
MTTQ BTT HND HPN HLHPN PN CCB BND THCS THPT TH MN STP SNV SVHTTDL PNV PTP PVHTT PGDĐT NC VP KT VX PC ĐB BCA BTV BDVHU
BDVTU BTGHU BTGTU BTCHU CB CBCA UBKT UBKTHU VKS TA BCH HĐBVANTT BVANTT TTTP LĐLĐ CĐ HCCB HVHNT BQP BCHQS CTUBND
TTg CP BNV UB TWĐ ĐTNCS""".split())
_SYMBOL_CONFUSIONS = {"I": "T1l", "T": "I", "l": "1I", "1": "lI", "P": "Đ", "D": "Đ", "O": "0Q", "0": "O",
                      "Q": "O0", "B": "8", "8": "B", "S": "5", "5": "S", "U": "ĐƯ", "H": "N", "N": "H"}


def clean_symbol(symbol: str) -> str:
    """A symbol as read, put right where a reading slip is plain: accents on letters other
    than Đ ("ĐŨ" → "ĐU"), a doubled "ĐĐ", "Ð" for "Đ", and a part one look-alike letter away
    from a known type or body abbreviation when the part itself is not one ("QĐĐ" → "QĐ",
    "TIr" → "TTr", "BCP138" → "BCĐ138"); letters among digits ("PV0l") become digits."""
    symbol = symbol.replace("\u00d0", "Đ").replace("\u00f0", "đ")
    parts = re.split(r"([/-])", symbol)
    known = set(KNOWN_SYMBOL_PARTS) | set(DOCUMENT_TYPES)
    out = []
    for part in parts:
        if part in ("/", "-") or not part:
            out.append(part)
            continue
        bare = "".join(c if c in "Đđ" else (unicodedata.normalize("NFD", c)[0] if c.isalpha() else c) for c in part)
        bare = re.sub(r"ĐĐ+", "Đ", bare)
        if re.fullmatch(r"[A-Za-z]+[0-9OIl]+", bare) and re.search(r"\d", bare):
            head = re.match(r"[A-Za-z]+?(?=[0-9OIl]+$)", bare)
            if head:
                bare = head.group(0) + bare[head.end():].translate(str.maketrans("OIl", "011"))
        if bare not in known and not re.fullmatch(r"[A-Z]{1,2}\d{1,3}", bare):
            candidates = set()
            for i, c in enumerate(bare):
                for alt in _SYMBOL_CONFUSIONS.get(c, ""):
                    trial = bare[:i] + alt + bare[i + 1:]
                    if trial in known:
                        candidates.add(trial)
                if i + 1 < len(bare) and bare[i] == bare[i + 1] and bare[:i] + bare[i + 1:] in known:
                    candidates.add(bare[:i] + bare[i + 1:])
            if len(candidates) == 1:
                bare = candidates.pop()
        out.append(bare)
    return "".join(out)


def _type_from_symbol(number: str) -> str | None:
    if "/" not in number:
        return None
    left, _, right = number.partition("/")
    if "-" in left:  # "05-NQ/ĐU": the type sits before the slash
        candidate = left.split("-")[-1]
    else:
        candidate = right.split("-")[0]
    return _TYPE_BY_FOLDED_ABBR.get(ffold(candidate))


def _type_from_title(text: str) -> tuple[str, float] | None:
    folded = " ".join(ffold(text).split())
    if folded and len(folded) > 24 or " " in folded and folded not in _TYPE_BY_FOLDED_NAME:
        # a kind named more fully, all in capitals: "CHƯƠNG TRÌNH PHỐI HỢP", "KẾ HOẠCH LIÊN TỊCH",
        # "QUY CHẾ PHỐI HỢP" (the subject follows on the next line)
        words = folded.split()
        for name, abbr in _TYPE_BY_FOLDED_NAME.items():
            size = len(name.split())
            if words[:size] == name.split() and len(words) <= size + 3 and _upper_ratio(text) > 0.9 \
                    and not re.search(r"\d", folded):
                return abbr, 0.9
    if not folded or len(folded) > 24:
        return None
    if folded in _TYPE_BY_FOLDED_NAME:
        return _TYPE_BY_FOLDED_NAME[folded], 1.0
    best, abbr = 0.0, ""
    for name, candidate in _TYPE_BY_FOLDED_NAME.items():
        score = _similar(folded, name)
        if score > best:
            best, abbr = score, candidate
    if best >= 0.8 and _upper_ratio(text) > 0.6:
        return abbr, best
    return None


# the signing authority printed under a decision's or resolution's subject ("CHỦ TỊCH ỦY BAN NHÂN DÂN
# XÃ …", "GIÁM ĐỐC CÔNG AN TỈNH", "TRƯỞNG BAN CHỈ ĐẠO …", "HỘI ĐỒNG NHÂN DÂN XÃ …", "BAN THƯỜNG VỤ …")
_AUTHORITY_STARTS = ("chu tich", "pho chu tich", "giam doc", "pho giam doc", "truong ", "pho truong", "bo truong",
                     "thu truong", "chanh ", "cuc truong", "chi cuc truong", "hieu truong", "bi thu", "tong ",
                     "khoa ", "ky hop", "tm.", "kt.")


def _is_authority(text: str) -> bool:
    """An upper-case line under a subject: the authority that signs, not the subject."""
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 5 or _upper_ratio(text) < 0.7:
        return False
    folded = " ".join(ffold(text).split())
    if _upper_ratio(text) >= 0.9 and len(text.split()) >= 2:
        return True
    return any(folded.startswith(a) for a in _AUTHORITY_STARTS) or _starts_body(folded)


def _starts_body(folded: str) -> bool:
    folded = folded.strip()
    if any(folded.startswith(p) for p in _NOT_A_START):
        return False
    return any(folded.startswith(p) for p in _BODY_STARTS)


def _open_ended(text: str) -> bool:
    """A body's name line that cannot end there ("… VÀ XÂY DỰNG", "… PHÒNG,")."""
    folded = " ".join(ffold(text).split())
    if text.rstrip().endswith((",", "-", "&")):
        return True
    return any(folded == e or folded.endswith(" " + e) for e in _OPEN_ENDINGS if e.isalpha() or " " in e)


def _is_organ(texts: list[str]) -> bool:
    return " ".join(ffold(" ".join(texts)).split()) in _ORGANS


def _join_lines(lines: list[str]) -> str:
    """The lines of a name as one; a hyphen left at either end of the whole is dropped (one in the
    middle joins two names: "PHÒNG LAO ĐỘNG -" / "THƯƠNG BINH VÀ XÃ HỘI")."""
    return re.sub(r"^[-–]\s+|\s+[-–]$", "", _clean(" ".join(lines)))


def _strip_marks(text: str) -> str:
    """Specks an OCR reads as "_", "|", "ˆ" or "." between the words of a body's name: a word
    with no letter or digit is dropped, marks stuck to a word's end too."""
    text = re.sub(r"(?<=\w)[._|`'\"ˆ~]+(?=\s|$)", "", text)
    def real(c: str) -> bool:   # a letter or digit, not a modifier mark such as "ˆ"
        return c.isalnum() and unicodedata.category(c) != "Lm"
    words = text.split()
    # "&" and a hyphen after a word ("LAO ĐỘNG - THƯƠNG BINH", "GD & ĐT") are part of a name
    return _clean(" ".join(w for i, w in enumerate(words) if any(real(c) for c in w) or w == "&"
                           or (w in ("-", "–") and i > 0)))


def _is_garbage(text: str) -> bool:
    """Noise an OCR reads from a rule, a stamp or a speck: little of it is letters, or a
    "word" longer than any Vietnamese syllable (numbers and symbols aside)."""
    bare = text.replace(" ", "")
    if not bare:
        return True
    alnum = sum(c.isalnum() for c in bare)
    if alnum < 0.6 * len(bare):
        return True
    for word in text.split():
        core = word.strip(".,;:()“”\"'")
        if len(core) > 9 and not re.search(r"[/\-]", core) and not core.isdigit() and not core.isupper():
            return True
    return False


def _split_bodies(lines: list[Line]) -> tuple[str, str, float]:
    """(parent, issuer, confidence) from the upper-case lines of the header's left column."""
    texts = [_strip_marks(line.text) for line in lines]
    if not texts:
        return "", "", 0.0
    bolds = [line.bold for line in lines]
    if all(b is not None for b in bolds) and any(bolds) and not all(bolds):
        # bold is the issuing body, upright above it the parent (format-nd30.md)
        first_bold = bolds.index(True)
        parent = _join_lines(texts[:first_bold])
        issuer = _join_lines([t for t, b in zip(texts[first_bold:], bolds[first_bold:]) if b])
        return parent, issuer, 0.95
    units: list[list[str]] = []
    for text in texts:
        folded = ffold(text)
        continues = bool(units) and (_open_ended(units[-1][-1]) or _is_organ(units[-1]) or not _starts_body(folded))
        if continues:
            units[-1].append(text)
        else:
            units.append([text])
    if len(units) == 1:
        if len(texts) == 2 and not units[0][0].endswith(","):
            # two lines, the second not a body's start: usually "ỦY BAN NHÂN DÂN" / "XÃ THANH MỸ"
            return "", _join_lines(texts), 0.75
        return "", _join_lines(units[0]), 0.85
    issuer = _join_lines(units[-1])
    parent = _join_lines([_join_lines(u) for u in units[:-1]])
    return parent, issuer, 0.9 if len(units) == 2 else 0.7


# A sentence read by OCR is never sure: nothing checks its words the way a number's pattern or a
# date's calendar checks theirs, and Tesseract is sure of a wrong accent as often as not ("trực
# quân" for "trực quan" at 93 %, second held-out set). Below 0.9, the window asks for a look.
_OCR_SENTENCE = 0.85


def _ocr_read(lines: list[Line]) -> bool:
    return any(line.conf is not None for line in lines)


def _ocr_cap(lines: list[Line]) -> float:
    """The most a value read from these lines can be trusted: 1 for text that was not OCR'd;
    for OCR, what Tesseract thought of the least sure word (a slip rarely keeps 95 %)."""
    confs = [line.conf for line in lines if line.conf is not None]
    if not confs:
        return 1.0
    return max(0.3, min(0.93, 0.25 + 0.7 * min(confs)))


def _symbol_corrected(text: str, number: str) -> bool:
    m = _NUMBER.match(_clean(text))
    return m is not None and re.sub(r"\s+", "", m.group("sym")) not in number


def _display_date(d: str | None, m: str | None, y: str) -> tuple[dt.date | None, float]:
    if not d or not m:
        return None, 0.9
    try:
        return dt.date(int(y), int(m), int(d)), 0.97
    except ValueError:
        return None, 0.3


# -- the parser ------------------------------------------------------------------------------------
def _phrase_pattern(words: str) -> re.Pattern[str]:
    return re.compile(r"\W*".join(re.escape(w) for w in words.split()))


_NATIONAL_RE = _phrase_pattern(_NATIONAL)
_MOTTO_RE = _phrase_pattern(_MOTTO)
# the right column's title of a party committee's and of the youth union's documents
_PARTY = "dang cong san viet nam"
_YOUTH = "doan tncs ho chi minh"
_TITLES = ((_NATIONAL_RE, _NATIONAL), (_MOTTO_RE, _MOTTO), (_phrase_pattern(_PARTY), _PARTY),
           (_phrase_pattern(_YOUTH), _YOUTH))


def _find_phrase(folded: str, pattern: re.Pattern[str], phrase: str) -> tuple[int, int] | None:
    m = pattern.search(folded)
    if m:
        return m.start(), m.end()
    # OCR slips: compare word by word, spacing and punctuation aside
    squeezed = re.sub(r"[^a-z0-9]", "", folded)
    target = phrase.replace(" ", "")
    if len(squeezed) < len(target) * 0.8:
        return None
    if _contains_fuzzy(squeezed, target, 0.8) is None:
        return None
    # locate the phrase's ends in the folded text: from its first to its last word found
    words = phrase.split()
    first = folded.find(words[0][:3])
    last_word = words[-1][-3:]
    last = folded.rfind(last_word)
    if first < 0:
        first = 0
    end = last + len(last_word) if last > first else len(folded)
    return first, end


def parse_first_page(lines: list[Line] | list[str] | str) -> DocMeta:
    """Read the header, title and subject of an administrative document's first page."""
    if isinstance(lines, str):
        lines = lines.splitlines()
    items = [line if isinstance(line, Line) else Line(str(line)) for line in lines]
    items = [replace(line, text=_clean(line.text)) for line in items]
    items = [line for line in items if line.text][:80]
    notes: list[str] = []

    # 1. the type title ("KẾ HOẠCH"): the header is what comes before it
    type_at = None
    doc_type = _NONE
    for i, line in enumerate(items[:30]):
        found = _type_from_title(line.text)
        if found and line.side != "left" and line.column is None:
            type_at, doc_type = i, Field(found[0], min(0.9 * found[1], _ocr_cap([line])), line.text)
            break
    header_stop = type_at if type_at is not None else min(len(items), 14)

    # 2. the national title and the motto; they may share a line with the left column's text
    cleaned: list[Line] = []
    for i, line in enumerate(items):
        if i < header_stop:
            for pattern, phrase in _TITLES:
                folded, where = fold_aligned(line.text)
                span = _find_phrase(folded, pattern, phrase)
                if span is not None:
                    line = _remove_span(line, span, where)
        cleaned.append(line)

    # 3. number and place/date; they too may share a line (left and right column)
    number = number_only = place = date = year = _NONE
    number_at = date_at = None
    name_above_number = False   # the number's line also holds the name's last line (OCR ran them together)
    for i in range(header_stop):
        line = cleaned[i]
        if date_at is None:
            folded, where = fold_aligned(line.text)
            m = _DATE.search(folded)
            if m is None and re.search(r",\s*ngay\b", folded):
                # a date wrapped in a narrow column: "Quảng Điền, ngày 02 tháng 4 năm" / "2024" (the
                # left column's line may come between)
                for k in range(i + 1, min(i + 4, len(cleaned))):
                    following = cleaned[k]
                    if len(following.text) > 40 or (following.side or "right") != (line.side or "right"):
                        continue
                    joined = replace(line, text=_clean(line.text + " " + following.text))
                    folded_joined, where_joined = fold_aligned(joined.text)
                    m = _DATE.search(folded_joined)
                    if m:
                        line, folded, where = joined, folded_joined, where_joined
                        cleaned[k] = replace(following, text="")
                    break
            if m:
                text = nfc(line.text)
                before = _clean(text[:where[m.start("place")]])
                place_text = _clean(text[where[m.start("place")]:where[m.end("place") - 1] + 1])
                # "ĐẢNG ỦY XÃ THANH MỸ Thanh Mỹ": the left column's line in front of the place
                words = place_text.split(" ")
                cut = 0
                for k, word in enumerate(words[:-1]):
                    if not any(c.isalnum() for c in word) or (_upper_ratio(word) == 1 and len(word) > 1
                                                              and not word.endswith(".")):
                        cut = k + 1
                    else:
                        break
                if cut and (cut >= 2 or not any(c.isalnum() for c in words[0])):
                    before = _clean(before + " " + " ".join(words[:cut]))
                    place_text = " ".join(words[cut:])
                parsed = _parse_number(_clean(before + " " + place_text))
                if parsed and not before:
                    # "Số: 12/KH-UBND Thanh Mỹ, ngày …": the place follows the symbol
                    sym_end = _NUMBER.match(place_text)
                    if sym_end is not None:
                        before, place_text = place_text[:sym_end.end()], _clean(place_text[sym_end.end():])
                value, conf = _display_date(m.group("d"), m.group("m"), m.group("y"))
                date = Field(value, min(conf, _ocr_cap([line])), _clean(text[where[m.start()]:]))
                year = Field(int(m.group("y")), 0.97, m.group("y"))
                place = Field(place_text, min(0.9 if place_text[:1].isupper() else 0.5, _ocr_cap([line])),
                              place_text)
                date_at = i
                if not m.group("d") or not m.group("m"):
                    notes.append("ngày ban hành để trống trên văn bản")
                cleaned[i] = line = replace(line, text=before)
        if number_at is None:
            parsed = _parse_number(line.text)
            if parsed:
                ref, num, conf = parsed
                conf = min(conf, _ocr_cap([line]))
                if line.conf is not None and _symbol_corrected(line.text, ref):
                    conf = min(conf, 0.85)   # a letter of the symbol was put right: worth a look
                number = Field(ref, conf, line.text)
                number_only = Field(num, conf, line.text)
                number_at = i
                if not num:
                    notes.append("số văn bản để trống (chỉ có ký hiệu)")
            elif line.conf is not None and line.side == "left":
                tail = _symbol_tail(line.text)
                if tail:   # OCR lost "Số:" and read the blank as noise: the symbol alone, to check
                    head, num, sym = tail
                    number = Field(f"{num}/{sym}", 0.5, line.text)
                    number_only = Field(num, 0.5, line.text)
                    number_at = i
                    notes.append("số văn bản đọc không rõ (chỉ chắc phần ký hiệu)")
                    cleaned[i] = line = replace(line, text=head)
                    name_above_number = bool(head)

    symbol_type = _type_from_symbol(str(number.value)) if number.found else None
    if symbol_type and doc_type.found:
        if symbol_type == doc_type.value:
            doc_type = replace(doc_type, confidence=0.99)
        else:
            notes.append(f"loại văn bản theo tiêu đề ({doc_type.value}) khác ký hiệu ({symbol_type})")
            doc_type = replace(doc_type, confidence=0.6)
    elif symbol_type:
        doc_type = Field(symbol_type, 0.8, str(number.value))
    elif not doc_type.found and number.found:
        # no type title and a symbol naming a body: a công văn, its subject under the number ("V/v …")
        doc_type = Field("CV", 0.7, str(number.value))

    # 4. the subject: the lines under the type title, up to the rule, "Kính gửi", "Căn cứ" or the body
    left = min((line.x0 for line in cleaned if line.x0 is not None and line.x1 is not None), default=None)
    right = max((line.x1 for line in cleaned if line.x0 is not None and line.x1 is not None), default=None)
    subject = _NONE
    subject_lines: list[Line] = []
    if type_at is not None:
        parts: list[str] = []
        for line in cleaned[type_at + 1: type_at + 7]:
            text = line.text
            folded = ffold(text)
            if _is_rule(text) or any(folded.startswith(s) for s in _STOP_SUBJECT):
                break
            if parts and any(folded.startswith(s) for s in _STOP_LATER):
                break
            if parts and _is_authority(text):
                notes.append(f"dòng thẩm quyền ban hành (không thuộc trích yếu): {text}")
                break
            if line.centered is False or line.bold is False:
                break
            if parts and line.bold is None and line.x0 is not None and line.x1 is not None and left is not None \
                    and right is not None:
                # without bold (OCR), the subject is told from the body by being centred: a body line
                # starts at the margin (or the indent) and runs to the right margin. The first line
                # under the title is the subject whatever its width (the body starts with a stop word)
                gap_left, gap_right = line.x0 - left, right - line.x1
                if (gap_left < 0.012 and gap_right < 0.012) or abs(gap_left - gap_right) > 0.03:
                    break
            if line.centered is None and line.x0 is None and parts and (
                    len(text) > 75 or text.endswith((";", ":")) or re.search(r"\d{1,2}/\d{1,2}/\d{4}", text)):
                break
            if line.conf is not None and _is_garbage(text):
                break   # a rule or a speck read as letters
            parts.append(text)
            subject_lines.append(line)
        if parts:
            subject = Field(_join_lines(parts), min(0.9 if len(parts) <= 3 else 0.7, _ocr_cap(subject_lines),
                                                    _OCR_SENTENCE if _ocr_read(subject_lines) else 1.0),
                            "\n".join(parts))
    elif number_at is not None:
        # công văn: "V/v …" under the number, in the left column
        parts = []
        for line in cleaned[number_at + 1: number_at + 8]:
            folded = ffold(line.text)
            if not parts and not folded.startswith(("v/v", "ve viec")):
                continue
            if parts and (line.side == "right" or not line.text):
                continue   # the right column's date between the subject's lines
            if parts and (any(folded.startswith(s) for s in _STOP_SUBJECT) or _is_rule(line.text)
                          or line.side == "full"):
                break
            parts.append(line.text)
        if parts:
            subject = Field(_join_lines(parts), 0.75, "\n".join(parts))

    # 5. the issuing body and its parent: upper-case lines of the left column above the number
    stop = (number_at + name_above_number) if number_at is not None else header_stop
    body_lines: list[Line] = []
    unsure_between = False   # OCR read something that is no name among the name's lines
    for line in cleaned[:stop]:
        text = line.text
        if not text or _is_rule(text) or line.side == "right":
            continue
        if body_lines and re.fullmatch(r"\d{1,3}", text) and _wrapped_under(line, body_lines[-1]):
            body_lines[-1] = replace(body_lines[-1], text=body_lines[-1].text + " " + text)
            continue   # a number wrapped onto a line of its own: "TRƯỜNG THPT LAI VUNG" / "1"
        if _upper_ratio(text) < 0.75 or len(text) > 90 or re.match(r"^([IVX]+|\d+)\.\s", text) or (
                line.conf is not None and (_is_garbage(text) or len(re.sub(r"[^\w]", "", text)) < 2)):
            if body_lines and line.conf is not None and line.conf < 0.6 and re.search(r"\w\w", text):
                unsure_between = True
            continue   # a speck or the rule under the name, read as letters
        body_lines.append(line)
    parent_text, issuer_text, conf = _split_bodies(body_lines)
    conf = min(conf, _ocr_cap(body_lines))
    if unsure_between or (issuer_text and _open_ended(issuer_text)):
        conf = min(conf, 0.7)   # a word of the name may be missing
    issuer = Field(issuer_text, conf, issuer_text) if issuer_text else _NONE
    parent = Field(parent_text, conf, parent_text) if parent_text else Field("", 0.5 if issuer_text else 0.0)
    return DocMeta(issuer=issuer, parent=parent, number=number, number_only=number_only, doc_type=doc_type,
                   place=place, date=date, year=year, subject=subject, notes=tuple(notes))


def _wrapped_under(line: Line, above: Line) -> bool:
    """A short line that continues the name above it: in a text document, any; in a scan, one
    Tesseract read surely, centred under that name and right below it (a speck is neither)."""
    if line.conf is None:
        return True
    if (line.conf < 0.9 or line.x0 is None or line.x1 is None or line.y0 is None or above.x0 is None
            or above.x1 is None or above.y0 is None or above.y1 is None):
        return False
    centre = (line.x0 + line.x1) / 2
    middle, half = (above.x0 + above.x1) / 2, (above.x1 - above.x0) / 2
    height = above.y1 - above.y0
    return abs(centre - middle) <= half * 0.25 and 0 <= line.y0 - above.y1 <= height


# -- how the officer would write the body's name -----------------------------------------------------
_KEEP_UPPER = {"UBND", "HĐND", "MTTQ", "ANTT", "ANTQ", "BCĐ", "CAND", "PCCC", "THPT", "THCS", "TW", "VN", "CAX",
               "ĐU", "BCH", "CA", "BCĐ138"}
_PLACE_WORDS = ("xã", "huyện", "tỉnh", "phường", "quận", "thị trấn", "thị xã", "thành phố", "ấp", "khóm",
                "đặc khu")
_PHRASES = (("tổ quốc", "Tổ quốc"), ("việt nam", "Việt Nam"), ("mặt trận", "Mặt trận"), ("đảng", "Đảng"),
            ("nhà nước", "Nhà nước"), ("chính phủ", "Chính phủ"), ("quốc hội", "Quốc hội"))


def display_name(upper: str) -> str:
    """"CÔNG AN XÃ THANH MỸ" -> "Công an xã Thanh Mỹ": the name in sentence case, the place
    after xã/huyện/tỉnh… capitalised and the usual abbreviations kept upper case. A suggestion only."""
    text = _clean(upper)
    if _upper_ratio(text) < 0.75:
        return text
    words = []
    for word in text.split(" "):
        bare = re.sub(r"[^\wĐđ]", "", word)
        words.append(word if bare in _KEEP_UPPER or not any(c.isalpha() for c in bare) else word.lower())
    out = " ".join(words)
    for low, proper in _PHRASES:
        out = re.sub(rf"(?<!\w){low}(?!\w)", proper, out)
    # the proper name after a unit word, up to a comma: "xã thanh mỹ" -> "xã Thanh Mỹ"
    unit = "|".join(sorted(_PLACE_WORDS, key=len, reverse=True))

    def place(m: re.Match[str]) -> str:
        name = " ".join(w[:1].upper() + w[1:] for w in m.group(2).split(" "))
        return f"{m.group(1)}{name}"
    out = re.sub(rf"(?<!\w)((?:{unit}) )([^,]+?)(?=,|$)", place, out)
    return out[:1].upper() + out[1:]


# -- OCR slips in the accents --------------------------------------------------------------------
# Administrative vocabulary: word pairs whose accents OCR tends to get wrong ("an nỉnh", "dần
# cư", "CHÍ ĐẠO"). A pair read with other accents than the only form known is put right; pairs
# with two known forms, and everything else, are left as read.
COMMON_PHRASES = """
ủy ban nhân dân; hội đồng nhân dân; công an nhân dân; mặt trận tổ quốc việt nam; ban chỉ đạo; ban chỉ huy
quân sự; hội đồng bảo vệ an ninh, trật tự; an ninh tổ quốc; an ninh trật tự; trật tự an toàn xã hội
đoàn thanh niên cộng sản hồ chí minh; hội liên hiệp phụ nữ; hội nông dân; hội cựu chiến binh; huyện đoàn
đảng ủy; đảng bộ; chi bộ; công an xã; công an huyện; công an tỉnh; văn phòng; thống kê
kế hoạch; báo cáo; tờ trình; quyết định; thông báo; biên bản; chương trình; hướng dẫn; nghị quyết
về việc; thực hiện; triển khai; tổ chức; kết quả; tình hình; công tác; xây dựng; phong trào toàn dân
bảo vệ; bảo đảm; phòng, chống; phòng cháy, chữa cháy; ma túy; tội phạm; tệ nạn xã hội; dân cư; khu dân cư
định danh điện tử; xác thực điện tử; dữ liệu dân cư; căn cước; cư trú; điều lệnh; lễ tiết tác phong
khen thưởng; tập thể, cá nhân; thành tích xuất sắc; điển hình tiên tiến; gương người tốt việc tốt
tuyên truyền; phổ biến pháp luật; cán bộ, công chức; cán bộ, chiến sĩ; đảng viên; nhân dân
kiện toàn; củng cố; lực lượng; cơ sở; tuần tra; kiểm tra; tập huấn; nghiệp vụ; hội nghị; sơ kết; tổng kết
tiếp công dân; đơn thư; khiếu nại, tố cáo; tin báo, tố giác; giải quyết; quản lý; đối tượng; tái phạm
giao thông; tai nạn; môi trường; thực phẩm; kinh tế; tham nhũng; buôn lậu; trụ sở; đơn vị văn hóa
gương mẫu chấp hành; ngày hội; tháng hành động; hưởng ứng; mô hình; dân vận khéo; camera an ninh
năm; tháng; ngày; trên địa bàn; địa phương; các ấp; của; cấp trên; văn bản chỉ đạo; quán triệt
vận động nhân dân; vận động hội viên; trật tự tại; tại các; tại địa phương; án phạt tù; chấp hành xong; đặc xá
người nghiện; cai nghiện; ma túy; tin báo; tố giác; tiếp nhận; phân loại; xử lý; đề án; định danh
hộ gia đình; sản xuất, kinh doanh; phòng cháy; chữa cháy; an toàn thực phẩm; vệ sinh; bạo lực học đường
học sinh; năm học; giáo dục; đào tạo; quý i; quý ii; quý iii; quý iv; tháng đầu năm; tháng cuối năm
tổng kết; sơ kết; phương hướng, nhiệm vụ; kiểm điểm; đánh giá, xếp loại; chất lượng; hoàn thành tốt nhiệm vụ
lãnh đạo; chỉ đạo; điều hành; tăng cường; sự lãnh đạo của đảng; cấp ủy; chính quyền; mặt trận; đoàn thể
hội liên hiệp phụ nữ; hội cựu chiến binh; hội nông dân; đoàn thanh niên; ban thường trực; ban thường vụ
ban chấp hành; ban dân vận; dân vận khéo; phối hợp; giữ gìn; tụ điểm phức tạp; hình sự; ra quân; hưởng ứng
tập huấn; nghiệp vụ; thành viên; phân công nhiệm vụ; ban hành quy chế; quy chế hoạt động; đơn vị văn hóa
gương mẫu chấp hành điều lệnh; khen thưởng; giấy khen; bằng khen; thi đua; tiếp công dân định kỳ; chủ tịch
đề nghị công nhận; họp xét; xã điển hình; biên bản; đề nghị hỗ trợ; kinh phí; mua sắm; trang thiết bị
tai nạn giao thông; đua xe trái phép; trật tự, an toàn giao thông; bảo vệ môi trường; tài nguyên
"""


def build_lexicon(*texts: str) -> dict[str, tuple[str, str]]:
    """Folded word pair -> its only accented form (lower case), from the texts given."""
    forms: dict[str, set[tuple[str, str]]] = {}
    for text in (COMMON_PHRASES, *texts):
        text = nfc(text).lower()
        found = list(re.finditer(r"[^\W\d_]+", text))
        for m1, m2 in pairwise(found):
            a, b = m1.group(0), m2.group(0)
            key = f"{ffold(a)} {ffold(b)}"
            forms.setdefault(key, set()).add((a, b))
            if text[m1.end():m2.start()] == ", ":   # "phòng, chống": the comma belongs to the pair
                forms.setdefault(f"{ffold(a)}, {ffold(b)}", set()).add((a, b))
    # the first pair of each common phrase, for a pair that starts a line: "Bạn chỉ đạo" at the
    # head of a name is "Ban chỉ đạo", though "văn bản chỉ đạo" makes "ban chi" ambiguous
    for phrase in re.split(r"[;\n]", COMMON_PHRASES):
        words = re.findall(r"[^\W\d_]+", nfc(phrase).lower())
        if len(words) >= 2:
            forms.setdefault(f"^{ffold(words[0])} {ffold(words[1])}", set()).add((words[0], words[1]))
    return {k: next(iter(v)) for k, v in forms.items() if len(v) == 1}


def _like(word: str, model: str) -> str:
    if word.isupper():
        return model.upper()
    if word[:1].isupper():
        return model[:1].upper() + model[1:]
    return model


def correct_ocr(text: str, lexicon: dict[str, tuple[str, str]]) -> str:
    """The OCR'd text with the accents of known word pairs put right. A word is changed only
    when no pair it belongs to is known as read ("tác phong" does not turn "phòng, chống"
    into "phong") and the pairs that would change it agree."""
    text = nfc(text)
    spans = [(m.start(), m.end()) for m in re.finditer(r"[^\W\d_]+", text)]
    fixed = {i: text[s:e] for i, (s, e) in enumerate(spans)}
    confirmed: set[int] = set()
    forced: set[int] = set()   # a pair with its comma ("phòng, chống") outweighs one without
    proposals: dict[int, set[str]] = {}
    for i in range(len(spans) - 1):
        (s1, e1), (s2, e2) = spans[i], spans[i + 1]
        if text[e1:s2] not in (" ", ", "):
            continue
        a, b = text[s1:e1], text[s2:e2]
        strong = text[e1:s2] == ", " and f"{ffold(a)}, {ffold(b)}" in lexicon
        known = lexicon.get(f"{ffold(a)}, {ffold(b)}") if strong else lexicon.get(f"{ffold(a)} {ffold(b)}")
        if known is None and not text[:s1].strip(" ([“\"-"):
            known = lexicon.get(f"^{ffold(a)} {ffold(b)}")
        if not known:
            continue
        for index, word, model in ((i, a, known[0]), (i + 1, b, known[1])):
            if word.lower() == model:
                confirmed.add(index)
            else:
                proposals.setdefault(index, set()).add(model)
                if strong:
                    forced.add(index)
    for index, models in proposals.items():
        if (index not in confirmed or index in forced) and len(models) == 1:
            fixed[index] = _like(fixed[index], next(iter(models)))
    out, last = [], 0
    for i, (s, e) in enumerate(spans):
        out.append(text[last:s])
        out.append(fixed[i])
        last = e
    out.append(text[last:])
    return "".join(out)


# -- OCR slips of a header: case, roman numerals, place names -------------------------------------------
_UNIT_WORDS = ("xã", "huyện", "tỉnh", "phường", "quận", "thị trấn", "thị xã", "thành phố", "ấp", "khóm", "đặc khu")
_ROMAN_AFTER = ("quy", "khoa", "ky hop thu", "phan", "giai doan")


def _place_index(names: Iterable[str]) -> dict[str, set[str]]:
    index: dict[str, set[str]] = {}
    for name in names:
        name = _clean(name)
        if name:
            index.setdefault(" ".join(ffold(name).split()), set()).add(name)
    return index


def _marks(char: str) -> set[str]:
    """The accent marks of one letter (Đ's stroke counted as one)."""
    marks = {c for c in unicodedata.normalize("NFD", char)[1:]}
    if char in "Đđ":
        marks.add("stroke")
    return marks


def _only_adds_marks(read: str, name: str) -> bool:
    """``name`` keeps every mark OCR read in ``read`` (it may add the ones OCR lost): "THANH
    LỢI" → "THẠNH LỢI" adds a dot; "PHÚ ĐIỀN" → "PHÚ DIỄN" would drop the stroke and change
    a tone OCR did read — that is another place, not a correction."""
    read, name = nfc(read).lower(), nfc(name).lower()
    return len(read) == len(name) and all(_marks(a) <= _marks(b) for a, b in zip(read, name, strict=True))


_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}   # huyền, sắc, ngã, hỏi, nặng


def _spelling(word: str) -> str:
    """A syllable with the two variations of how a name is printed taken out: where the tone
    mark sits on "oa", "oe", "uy" ("Hoà" / "Hòa", "Thuỵ" / "Thụy"), and the tone of a syllable
    ending in "k", foreign to Vietnamese spelling, in names of the Central Highlands ("Đắk" /
    "Đăk"). Both forms of each are printed on real documents; neither is a misreading."""
    decomposed = unicodedata.normalize("NFD", nfc(word).lower())
    tone = next((c for c in decomposed if c in _TONES), "")
    bare = "".join(c for c in decomposed if c not in _TONES)
    if bare.endswith("k"):
        return unicodedata.normalize("NFC", bare)
    return unicodedata.normalize("NFC", bare) + tone


def _spelling_variant(read: list[str], form: list[str]) -> bool:
    """``read`` prints the same name as ``form``, spelt the other accepted way."""
    return len(read) == len(form) and all(_spelling(a) == _spelling(b) for a, b in zip(read, form, strict=True))


UNSURE_OCR = 0.6   # a line whose least sure word Tesseract gave less than this
_UNIT_FIRST = {ffold(u).split()[0] for u in _UNIT_WORDS}
_UNIT_FOLDED = {ffold(u) for u in _UNIT_WORDS}


def _place_may_start(words: list[str], i: int, text: str) -> bool:
    """A place name may begin at word ``i``: after xã, huyện, thị trấn… or first on a dated line."""
    folded = [ffold(w).strip(",.") for w in words[max(0, i - 2):i]]
    if folded and (folded[-1] in _UNIT_FIRST or " ".join(folded) in _UNIT_FOLDED):
        return True
    return i == 0 and bool(re.search(r",\s*ngay\b", ffold(text)))


def _place_readings(lines: list[Line]) -> dict[str, set[str]]:
    """Every way the page reads each possible place name (folded name → forms as read, lower case):
    "PHƯỚC VINH" in the header and "Phước Vĩnh" in the date line are two readings of one name."""
    readings: dict[str, set[str]] = {}
    for line in lines:
        text = _clean(line.text)
        words = text.split(" ")
        for i in range(len(words)):
            if not _place_may_start(words, i, text):
                continue
            for n in (1, 2, 3, 4):
                span = [w.rstrip(",.") for w in words[i:i + n]]
                if len(span) == n and all(w.isalpha() for w in span):
                    readings.setdefault(" ".join(ffold(" ".join(span)).split()), set()).add(
                        nfc(" ".join(span)).lower())
    return readings


def _restore_place(words: list[str], own: dict[str, set[str]], known: dict[str, set[str]],
                   unsure: bool = False, readings: dict[str, set[str]] | None = None) -> list[str] | None:
    """The accented form of a place name read without (or with wrong) accents: the dossier's own
    units first, then a list of administrative units when the name is in it once and only adds
    the marks OCR lost — or the line was read unsure, or the page itself reads the name in more
    than one way, one of them the list's. The national list does not hold every name a document
    prints (former communes, hamlets, districts, a namesake elsewhere), so a mark OCR read with
    confidence, the same wherever the page prints the name, is not taken away on its word."""
    key = " ".join(ffold(" ".join(words)).split())
    forms = own.get(key)
    if not forms:
        seen = (readings or {}).get(key, set())
        disputed = len(seen) > 1
        forms = {f for f in known.get(key, ()) if unsure or _only_adds_marks(" ".join(words), f)
                 or (disputed and nfc(f).lower() in seen)}
    if not forms or len(forms) != 1:
        return None
    form = next(iter(forms)).split(" ")
    if len(form) != len(words) or _spelling_variant(words, form):   # printed the other accepted way: as printed
        return None
    upper = all(_upper_ratio(w) > 0.5 for w in words)
    return [f.upper() if upper else f for f in form]


_UNIT_SINGLE = sorted({ffold(u) for u in _UNIT_WORDS if " " not in u}, key=len, reverse=True)


def _glued_index(*indexes: dict[str, set[str]]) -> dict[str, list[int]]:
    """Place names of two syllables or more, folded and run together ("namdinh"), with the
    length of each syllable: a word that is one of them is a name whose spaces OCR lost."""
    glued: dict[str, list[int]] = {}
    for index in indexes:
        for key in index:
            syllables = key.split(" ")
            if len(syllables) >= 2:
                glued.setdefault("".join(syllables), [len(w) for w in syllables])
    return glued


def _unglued(word: str, glued: dict[str, list[int]]) -> list[str] | None:
    """A word in which OCR ran a unit and a place name together ("TỈNHNAMĐỊNH", "NAMĐỊNH"):
    its pieces, cut where the spaces were (no Vietnamese word holds two syllables)."""
    core = word.rstrip(",.")
    folded, where = fold_aligned(core)
    if len(core) < 6 or not core.isalpha() or len(where) != len(core):
        return None
    for unit in ("", *_UNIT_SINGLE):
        if not folded.startswith(unit) or folded[len(unit):] not in glued:
            continue
        cuts, at = [len(unit)] if unit else [], len(unit)
        for length in glued[folded[len(unit):]][:-1]:
            at += length
            cuts.append(at)
        pieces = [core[a:b] for a, b in zip([0, *cuts], [*cuts, len(core)], strict=True)]
        pieces[-1] += word[len(core):]
        return pieces
    return None


def clean_ocr_lines(lines: list[Line], own_places: Iterable[str] = (), known_places: Iterable[str] = ()) -> list[Line]:
    """Put right what OCR typically gets wrong in an administrative header, line by line:
    - a header line mostly in capitals is all in capitals ("CÔNG AN XÃ THANH Mỹ");
    - a lower-case line keeps its words lower case ("trật tự Ở Cơ SỞ" → "trật tự ở cơ sở");
    - roman numerals after "quý", "khóa" ("quý HI" → "quý III");
    - a unit and a place name run together ("TỈNHNAMĐỊNH" → "TỈNH NAMĐỊNH" → "TỈNH NAM ĐỊNH");
    - place names after xã, huyện, tỉnh, ấp… and before ", ngày": the accents the dossier's own
      units (``own_places``) or the list of administrative units (``known_places``) give them.
    Pure: the lines as read go in, corrected copies come out."""
    own, known = _place_index(own_places), _place_index(known_places)
    glued = _glued_index(own, known)
    readings = _place_readings(lines) if known else {}
    out = []
    for line in lines:
        text = _clean(line.text)
        words = [piece for word in text.split(" ") for piece in (_unglued(word, glued) or [word])]
        text = " ".join(words)
        letters = [c for c in text if c.isalpha()]
        if len(letters) >= 4 and _upper_ratio(text) >= 0.6 and not re.match(r"(?i)s[ốo0]\b", ffold(text)):
            words = [w.upper() if not re.search(r"\d", w) else w for w in words]
        elif len(letters) >= 8 and _upper_ratio(text) < 0.35:
            # a run of shouting words inside a lower-case line: OCR's case slip
            shout = [len(re.sub(r"[^\w]", "", w)) >= 2 and w.isupper() and any(ord(c) > 127 for c in w)
                     for w in words]
            capital = [w[:1].isupper() and not re.search(r"\d", w) for w in words]
            i = 1
            while i < len(words):
                j = i
                while j < len(words) and capital[j] and not words[j - 1].endswith((".", ":")):
                    j += 1
                if any(shout[i:j]):   # a run of capitals holding a shouted word: all lower case
                    words[i:j] = [w.lower() for w in words[i:j]]
                i = max(j, i + 1)
        # roman numerals read as letters: "quý HI", "khóa Xll"
        for i in range(1, len(words)):
            before = " ".join(ffold(" ".join(words[max(0, i - 3):i])).split())
            if any(before.endswith(r) for r in _ROMAN_AFTER) and re.fullmatch(r"[IVXHl1|]{1,5}[.,;]?", words[i]):
                tail = words[i][-1] if words[i][-1] in ".,;" else ""
                core = words[i].rstrip(".,;").replace("H", "II").replace("l", "I").replace("1", "I").replace("|", "I")
                if re.fullmatch(r"(I{1,3}|IV|VI{0,3}|IX|XI{0,3}|X{1,3}|XI?V|XIX)", core):
                    words[i] = core + tail
        # place names
        if own or known:
            i = 0
            while i < len(words):
                if _place_may_start(words, i, text):
                    for n in (4, 3, 2, 1):
                        span = words[i:i + n]
                        if len(span) < n or any(not re.sub(r"[,.]", "", w).isalpha() for w in span):
                            continue
                        trail = span[-1][len(span[-1].rstrip(",.")):]
                        restored = _restore_place([w.rstrip(",.") for w in span], own, known,
                                                  unsure=line.conf is not None and line.conf < UNSURE_OCR,
                                                  readings=readings)
                        if restored:
                            restored[-1] += trail
                            words[i:i + n] = restored
                            i += n - 1
                            break
                i += 1
        out.append(replace(line, text=" ".join(words)))
    return out
