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

Problems are returned as ``(where, what)`` pairs, ``what`` a message of the catalogue, so the caller (a service,
the package reader, the backup reader) names the field and refuses as it must."""
from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from typing import Any, NoReturn

from .messages import CodedError, Listing, Message, Param, cause, msg

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


def text_problem(value: str, max_length: int) -> Message | None:
    """Why a (cleaned) text cannot be kept, or None."""
    if len(value) > max_length:
        return msg("text.too_long", length=len(value), limit=max_length)
    if _LONG_WORD.search(value):
        return msg("text.long_word", limit=MAX_WORD)
    return None


def int_problem(value: Any, low: int = 0, high: int = MAX_INT) -> Message | None:
    if not isinstance(value, int) or isinstance(value, bool):
        return msg("number.not_integer")
    if not low <= value <= high:
        if abs(value) >= 10 ** 15:
            return msg("number.huge_out_of_range", low=low, high=high)
        return msg("number.out_of_range", value=value, low=low, high=high)
    return None


class RefusedValue(CodedError, ValueError):
    """A value from outside (typed, in a file) that cannot be used; its message says why."""


# -- JSON from outside ---------------------------------------------------------------------------
class JsonTooDeep(RefusedValue):
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
        raise JsonTooDeep(msg("json.too_deep", depth=max_depth))

    def finite(token: str) -> float:
        value = float(token)
        if value in (float("inf"), float("-inf")) or value != value:
            raise RefusedValue(msg("json.number_too_big", number=token[:20]))
        return value

    def no_constant(token: str) -> NoReturn:
        raise RefusedValue(msg("json.constant", value=token))

    def bounded_int(token: str) -> int:
        if len(token.lstrip("-")) > 30:
            raise RefusedValue(msg("json.integer_too_long", digits=len(token)))
        return int(token)

    return json.loads(text, parse_float=finite, parse_constant=no_constant, parse_int=bounded_int)


class Problems:
    """What a check of a document from outside found wrong, each ``"where: what"`` (or just
    ``what`` for the document as a whole; ``what`` a message of the catalogue, or a text):
    collected, so the user is told every problem at once instead of one per attempt. The
    framework reader and the package data reader check their own fields with it
    (domain/framework.py, transfer/dataformat.py)."""

    def __init__(self) -> None:
        self.problems: list[Param] = []

    def add(self, where: Param, message: Param) -> None:
        self.problems.append(Listing((where, message), ": ") if where else message)

    def summary(self, limit: int) -> Listing:
        """The first ``limit`` problems joined, and how many more there are."""
        return summary(self.problems, limit)


def summary(problems: list[Param], limit: int, separator: str = "; ") -> Listing:
    """The first ``limit`` of ``problems`` as one parameter, and how many more there are."""
    more = len(problems) - limit
    return Listing(tuple(problems[:limit]) + ((msg("problems.more", count=more),) if more > 0 else ()), separator)


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
            raise RefusedValue(msg("date.not_real", value=str(value)))
    if not MIN_YEAR <= parsed.year <= MAX_YEAR:
        raise RefusedValue(msg("date.year_out_of_range", year=parsed.year, low=MIN_YEAR, high=MAX_YEAR))
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


def _key_problem(key: Any) -> Message | None:
    if not isinstance(key, str) or not key.strip():
        return msg("settings.key_not_text")
    if len(key) > 100 or _CONTROL.search(key) or _LINE_BREAKS.search(key):
        return msg("settings.key_bad")
    return None


def check_settings(data: Any) -> tuple[dict[str, Any], list[tuple[str, Param]]]:
    """The document settings cleaned (text) and the problems found, as ``(key, what)``.
    Keys PlanDesk does not know are left out (a newer PlanDesk's, readers ignore them)."""
    problems: list[tuple[str, Param]] = []
    out: dict[str, Any] = {}
    if not isinstance(data, dict):
        return out, [("settings", msg("settings.not_record"))]

    def line(where: str, value: Any, limit: int) -> str | None:
        if isinstance(value, bool) or not isinstance(value, (str, int)):
            problems.append((where, msg("settings.not_text", value=_show(value))))
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
            problems.append((name, msg("settings.not_list", value=_show(items))))
        elif len(items) > MAX_LIST:
            problems.append((name, msg("settings.too_many_items", count=len(items), limit=MAX_LIST)))
        else:
            cleaned = [line(f"{name}[{i}]", item, MAX_LINE) for i, item in enumerate(items)]
            out[name] = [x for x in cleaned if x]
    for name in SETTINGS_MAPS:
        if name not in data:
            continue
        mapping = data[name]
        if not isinstance(mapping, dict):
            problems.append((name, msg("settings.not_mapping", value=_show(mapping))))
            continue
        if len(mapping) > MAX_LIST:
            problems.append((name, msg("settings.too_many_keys", count=len(mapping), limit=MAX_LIST)))
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
                except RefusedValue as exc:
                    problems.append((where, cause(exc)))
            elif name == "meeting" and key in MEETING_INTS:
                number = value
                if isinstance(value, str) and value.strip().isdigit() and len(value.strip()) <= 9:
                    number = int(value.strip())
                problem = int_problem(number, 0, MAX_VOTES)
                if problem:
                    problems.append((where, msg("settings.votes", problem=problem)))
                else:
                    result[key] = number
            elif name == "meeting" and key == "absent" and isinstance(value, list):
                if len(value) > MAX_LIST:
                    problems.append((where, msg("settings.too_many_items", count=len(value), limit=MAX_LIST)))
                    continue
                cleaned = [line(f"{where}[{i}]", item, MAX_LINE) for i, item in enumerate(value)]
                result[key] = [x for x in cleaned if x]
            elif name == "texts":
                if not isinstance(value, str):
                    problems.append((where, msg("settings.not_text", value=_show(value))))
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
