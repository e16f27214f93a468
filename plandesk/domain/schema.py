"""The one schema of the values that cross PlanDesk's boundaries — typed by a person, read
from a package, found in a backup — with their types and bounds, and the cleaning every
piece of text gets on the way in.

- **Text**: NFC; control characters removed (a Word line break ``\\x0b``, a form feed, a
  ``\\x1f`` in a file name…); in text that may span lines, the line breaks of every system
  (``\\r\\n``, ``\\r``, ``\\x0b``, ``\\x0c``, U+2028, U+2029, U+0085) become ``\\n``; in a
  one-line field they become a space. Characters XML cannot hold (lone surrogates, U+FFFE,
  U+FFFF) go too, so a DOCX or XLSX can always be written.
- **Bounds**: lengths of names, one-line fields and paragraphs; integers that fit the
  database; how deep a JSON document may nest.
- **Document settings** (``DocumentSettings``): each key with its type; dates are real
  dates; ``dates.KEY`` accepts YYYY-MM-DD or DD/MM/YYYY.

Problems are returned as ``(where, what)`` pairs in Vietnamese, so the caller (a service,
the package reader, the backup reader) names the field and refuses as it must."""
from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from typing import Any, NoReturn

# -- bounds ------------------------------------------------------------------------------------
MAX_NAME = 500              # names, numbers, one-line fields
MAX_LINE = 2_000            # a one-line field that may be long (a plan reference, a recipient)
MAX_TEXT = 20_000           # a paragraph or an explanation (a few pages)
MAX_WORD = 300              # one "word" without a space: longer is not text a document can print
MAX_LIST = 500              # items of a list (recipients)
MAX_INT = 2 ** 31 - 1       # positions, sizes in records, counts
MAX_FILE_SIZE = 2 ** 53     # bytes of one evidence file
MAX_JSON_DEPTH = 64         # nesting of a JSON document from outside
MIN_YEAR, MAX_YEAR = 1900, 2200

_LINE_BREAKS = re.compile("\r\n|[\r\x0b\x0c\x85\u2028\u2029]")
# C0 and C1 controls (the tab and the line feed are handled apart), lone surrogates, and the
# two non-characters XML refuses
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]")
_LONG_WORD = re.compile(rf"\S{{{MAX_WORD + 1},}}")


def clean_text(value: str | None, *, multiline: bool = True) -> str:
    """NFC text without control characters; line breaks kept as ``\\n`` (``multiline``) or
    turned into spaces. Surrounding white space is kept for multi-line text and removed for
    a one-line field."""
    if value is None:
        return ""
    text = unicodedata.normalize("NFC", _CONTROL.sub("", str(value)))
    text = _LINE_BREAKS.sub("\n" if multiline else " ", text)
    if not multiline:
        return text.replace("\n", " ").replace("\t", " ").strip()
    return text


def clean_line(value: str | None) -> str:
    return clean_text(value, multiline=False)


def text_problem(value: str, max_length: int) -> str | None:
    """Why a (cleaned) text cannot be kept, or None."""
    if len(value) > max_length:
        return f"dài {len(value)} ký tự, tối đa {max_length}"
    if _LONG_WORD.search(value):
        return f"có một từ dài hơn {MAX_WORD} ký tự liền nhau (không có dấu cách), văn bản không in được"
    return None


def int_problem(value: Any, low: int = 0, high: int = MAX_INT) -> str | None:
    if not isinstance(value, int) or isinstance(value, bool):
        return "không phải số nguyên"
    if not low <= value <= high:
        return f"giá trị {value if abs(value) < 10 ** 15 else 'quá lớn'} ngoài khoảng {low}…{high}"
    return None


# -- JSON from outside ---------------------------------------------------------------------------
class JsonTooDeep(ValueError):
    pass


_JSON_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]', re.DOTALL)


def json_depth(text: str) -> int:
    """How deep the arrays and objects of a JSON text nest (strings skipped), without
    parsing it: a crafted document a thousand levels deep is refused before json.loads
    recurses into it."""
    depth = deepest = 0
    for match in _JSON_TOKEN.finditer(text):
        token = match.group()
        if token in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif token in "]}":
            depth -= 1
    return deepest


def loads_bounded(raw: bytes | str, max_depth: int = MAX_JSON_DEPTH) -> Any:
    """``json.loads`` for a document from outside: UnicodeDecodeError / ValueError as
    json.loads, JsonTooDeep past ``max_depth``; numbers that are not finite (1e400, NaN,
    Infinity) are refused as ValueError instead of becoming float('inf')."""
    text = raw.decode("utf-8") if isinstance(raw, bytes) else raw
    if json_depth(text) > max_depth:
        raise JsonTooDeep(f"lồng nhau quá {max_depth} tầng")

    def finite(token: str) -> float:
        value = float(token)
        if value in (float("inf"), float("-inf")) or value != value:
            raise ValueError(f"số {token[:20]} vượt giới hạn")
        return value

    def no_constant(token: str) -> NoReturn:
        raise ValueError(f"giá trị {token} không hợp lệ trong JSON")

    def bounded_int(token: str) -> int:
        if len(token.lstrip("-")) > 30:
            raise ValueError(f"số nguyên có {len(token)} chữ số vượt giới hạn")
        return int(token)

    return json.loads(text, parse_float=finite, parse_constant=no_constant, parse_int=bounded_int)


class Problems:
    """What a check of a document from outside found wrong, each ``"where: what"`` (or just
    ``what`` for the document as a whole): collected, so the user is told every problem at once
    instead of one per attempt. The framework reader and the package data reader check their
    own fields with it (domain/framework.py, transfer/dataformat.py)."""

    def __init__(self) -> None:
        self.problems: list[str] = []

    def add(self, where: str, message: str) -> None:
        self.problems.append(f"{where}: {message}" if where else message)

    def summary(self, limit: int) -> str:
        """The first ``limit`` problems joined, and how many more there are."""
        more = len(self.problems) - limit
        return "; ".join(self.problems[:limit]) + (f"; và {more} lỗi khác" if more > 0 else "")


class VersionedJsonError(ValueError):
    """A versioned JSON document (``{"format": NAME, "format_version": N, …}``) that cannot be
    read: ``reason`` says why, for the caller to say it in its own words —
    ``UNREADABLE`` (not JSON, too deep; ``detail`` the parser's words), ``FOREIGN`` (another
    format or not an object), ``BAD_VERSION`` (``version`` not a whole number ≥ 1), ``NEWER``
    (``version`` newer than this PlanDesk reads)."""

    UNREADABLE, FOREIGN, BAD_VERSION, NEWER = "unreadable", "foreign", "bad_version", "newer"

    def __init__(self, reason: str, *, version: Any = None, detail: str = "", data: Any = None):
        super().__init__(f"{reason}: {detail or version!r}")
        self.reason, self.version, self.detail, self.data = reason, version, detail, data


def read_versioned_json(raw: bytes | str, expected_format: str, newest: int) -> tuple[dict[str, Any], int]:
    """The one reader of PlanDesk's versioned JSON documents from outside (a package's
    manifest, its dossier and review data): parsed with ``loads_bounded``, then the header
    checked — ``format`` must be ``expected_format``, ``format_version`` a whole number from 1
    to ``newest``. Returns ``(data, version)``; VersionedJsonError otherwise (``data`` set once
    the document is an object of the expected format, so a caller can name its writer)."""
    try:
        data = loads_bounded(raw)
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise VersionedJsonError(VersionedJsonError.UNREADABLE, detail=str(exc)[:200]) from None
    if not isinstance(data, dict) or data.get("format") != expected_format:
        raise VersionedJsonError(VersionedJsonError.FOREIGN)
    version = data.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise VersionedJsonError(VersionedJsonError.BAD_VERSION, version=version, data=data)
    if version > newest:
        raise VersionedJsonError(VersionedJsonError.NEWER, version=version, data=data)
    return data, version


# -- dates ----------------------------------------------------------------------------------------
def parse_document_date(value: Any) -> dt.date:
    """A date for a document setting: ``YYYY-MM-DD`` or ``DD/MM/YYYY`` (also ``-`` or ``.``
    between day, month and year); ValueError in the user's words otherwise."""
    if isinstance(value, dt.datetime):
        value = value.date()
    parsed: dt.date | None
    if isinstance(value, dt.date):
        parsed = value
    else:
        text = clean_line(value) if isinstance(value, str) else None
        parsed = None
        if text:
            for fmt in ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y"):
                try:
                    parsed = dt.datetime.strptime(text, fmt).date()
                    break
                except ValueError:
                    continue
        if parsed is None:
            raise ValueError(f"'{value}' không phải ngày có thật (nhập dạng 2024-10-05 hoặc 05/10/2024)")
    if not MIN_YEAR <= parsed.year <= MAX_YEAR:
        raise ValueError(f"năm {parsed.year} ngoài khoảng {MIN_YEAR}–{MAX_YEAR}")
    return parsed


# -- document settings ------------------------------------------------------------------------------
SETTINGS_LINES = {"approving_body": MAX_NAME, "approving_body_parent": MAX_NAME, "issuing_body": MAX_NAME,
                  "issuing_body_parent": MAX_NAME, "place": MAX_NAME, "signer_name": MAX_NAME,
                  "signer_position": MAX_NAME, "signer_authority": MAX_NAME, "plan_reference": MAX_LINE,
                  "drafting_unit": MAX_NAME}
SETTINGS_LISTS = ("recipients", "legal_bases")
SETTINGS_MAPS = ("numbers", "dates", "meeting", "texts")
MEETING_DATES = ("date",)
MEETING_INTS = ("votes_for", "votes_against")
MAX_VOTES = 100_000


def _key_problem(key: Any) -> str | None:
    if not isinstance(key, str) or not key.strip():
        return "khóa không phải chuỗi"
    if len(key) > 100 or _CONTROL.search(key) or _LINE_BREAKS.search(key):
        return "khóa quá dài hoặc có ký tự điều khiển"
    return None


def check_settings(data: Any) -> tuple[dict[str, Any], list[tuple[str, str]]]:
    """The document settings cleaned (text) and the problems found, as ``(key, what)``.
    Keys PlanDesk does not know are left out (a newer PlanDesk's, readers ignore them)."""
    problems: list[tuple[str, str]] = []
    out: dict[str, Any] = {}
    if not isinstance(data, dict):
        return out, [("settings", "không phải một bản ghi")]

    def line(where: str, value: Any, limit: int) -> str | None:
        if isinstance(value, bool) or not isinstance(value, (str, int)):
            problems.append((where, f"giá trị {_show(value)} không phải chuỗi"))
            return None
        text = clean_line(str(value))
        problem = text_problem(text, limit)
        if problem:
            problems.append((where, problem))
            return None
        return text

    for key, limit in SETTINGS_LINES.items():
        if key in data:
            value = line(key, data[key], limit)
            if value is not None:
                out[key] = value
    for name in SETTINGS_LISTS:
        if name not in data:
            continue
        items = data[name]
        if isinstance(items, str):
            items = [x for x in items.split(";")] if name == "recipients" else items.splitlines()
        if not isinstance(items, list):
            problems.append((name, f"giá trị {_show(items)} không phải danh sách"))
        elif len(items) > MAX_LIST:
            problems.append((name, f"{len(items)} mục, tối đa {MAX_LIST}"))
        else:
            cleaned = [line(f"{name}[{i}]", item, MAX_LINE) for i, item in enumerate(items)]
            out[name] = [x for x in cleaned if x]
    for name in SETTINGS_MAPS:
        if name not in data:
            continue
        mapping = data[name]
        if not isinstance(mapping, dict):
            problems.append((name, f"giá trị {_show(mapping)} không phải bản ghi (khóa → giá trị)"))
            continue
        if len(mapping) > MAX_LIST:
            problems.append((name, f"{len(mapping)} khóa, tối đa {MAX_LIST}"))
            continue
        result: dict[str, Any] = {}
        for key, value in mapping.items():
            where = f"{name}.{key}"
            problem = _key_problem(key)
            if problem:
                problems.append((f"{name}.{_show(key)}", problem))
                continue
            if value is None or value == "":
                continue
            if name == "dates" or (name == "meeting" and key in MEETING_DATES):
                try:
                    result[key] = parse_document_date(value).isoformat()
                except ValueError as exc:
                    problems.append((where, str(exc)))
            elif name == "meeting" and key in MEETING_INTS:
                number = value
                if isinstance(value, str) and value.strip().isdigit() and len(value.strip()) <= 9:
                    number = int(value.strip())
                problem = int_problem(number, 0, MAX_VOTES)
                if problem:
                    problems.append((where, f"{problem} (số người biểu quyết)"))
                else:
                    result[key] = number
            elif name == "meeting" and key == "absent" and isinstance(value, list):
                if len(value) > MAX_LIST:
                    problems.append((where, f"{len(value)} mục, tối đa {MAX_LIST}"))
                    continue
                cleaned = [line(f"{where}[{i}]", item, MAX_LINE) for i, item in enumerate(value)]
                result[key] = [x for x in cleaned if x]
            elif name == "texts":
                if not isinstance(value, str):
                    problems.append((where, f"giá trị {_show(value)} không phải chuỗi"))
                    continue
                text = clean_text(value)
                problem = text_problem(text, MAX_TEXT)
                if problem:
                    problems.append((where, problem))
                else:
                    result[key] = text
            else:
                one_line = line(where, value, MAX_LINE if name == "meeting" else MAX_NAME)
                if one_line is not None:
                    result[key] = one_line
        out[name] = result
    return out, problems


def lenient_settings(data: Any) -> dict[str, Any]:
    """Settings as stored, with every value the schema refuses left out (back to its
    default): what is read from a database written before the schema existed, so a dossier
    with a mistyped setting can still be shown, exported and fixed."""
    return check_settings(data)[0]


def _show(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "…"
