"""Vietnamese text at the boundaries: NFC normalisation, accent-insensitive folding,
Vietnamese alphabetical order, dates and numbers as official documents write them,
and file names that are safe on Windows."""
from __future__ import annotations

import datetime as dt
import re
import unicodedata

from babel.numbers import format_decimal

from plandesk.filesafe import is_windows_reserved


def nfc(text: str | None) -> str:
    """The one normal form PlanDesk stores and renders."""
    if text is None:
        return ""
    return unicodedata.normalize("NFC", text)


def clean(text: str | None) -> str:
    """NFC with surrounding white space removed: for names, numbers and short fields."""
    return nfc(text).strip()


_COMBINING_TONES = {
    "\u0300": 1,  # huyền
    "\u0309": 2,  # hỏi
    "\u0303": 3,  # ngã
    "\u0301": 4,  # sắc
    "\u0323": 5,  # nặng
}
_MODIFIERS = {"\u0306": "\u0306", "\u0302": "\u0302", "\u031b": "\u031b"}
_ALPHABET = [
    "a", "a\u0306", "a\u0302", "b", "c", "d", "đ", "e", "e\u0302", "f", "g", "h", "i", "j", "k",
    "l", "m", "n", "o", "o\u0302", "o\u031b", "p", "q", "r", "s", "t", "u", "u\u031b", "v", "w",
    "x", "y", "z",
]
_LETTER_RANK = {letter: i for i, letter in enumerate(_ALPHABET)}


def _letters(text: str) -> list[tuple[str, int]]:
    """Split text into (base letter with its vowel mark, tone) pairs, lower-cased."""
    out: list[tuple[str, int]] = []
    for char in nfc(text).lower():
        decomposed = unicodedata.normalize("NFD", char)
        base = decomposed[0]
        tone = 0
        modifier = ""
        for mark in decomposed[1:]:
            if mark in _COMBINING_TONES:
                tone = _COMBINING_TONES[mark]
            elif mark in _MODIFIERS:
                modifier = mark
        out.append((base + modifier, tone))
    return out


# letters in alphabet order, then tones, then the text itself
SortKey = tuple[tuple[tuple[int, int], ...], tuple[int, ...], str]


def vietnamese_sort_key(text: str) -> SortKey:
    """Sort key for Vietnamese alphabetical order: letters first (a ă â b c d đ e ê …),
    tones only to break ties (ngang, huyền, hỏi, ngã, sắc, nặng)."""
    pairs = _letters(text)
    primary = tuple(
        (0, _LETTER_RANK[letter]) if letter in _LETTER_RANK else (1, ord(letter[0])) for letter, _ in pairs
    )
    secondary = tuple(tone for _, tone in pairs)
    return (primary, secondary, nfc(text))


def fold(text: str | None) -> str:
    """Accent- and case-insensitive form for searching: "Kiểm tra" -> "kiem tra"."""
    decomposed = unicodedata.normalize("NFD", nfc(text).lower().replace("đ", "d"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def format_number(value: float | int, digits: int = 1) -> str:
    """1234.5 -> "1.234,5" (Vietnamese grouping and decimal mark); integers stay whole."""
    if float(value).is_integer():
        return format_decimal(int(value), locale="vi")
    pattern = "#,##0." + "#" * digits
    return format_decimal(value, format=pattern, locale="vi")


def format_size(size: int) -> str:
    """A file size as the officer reads it, one unit style everywhere (Windows Explorer's:
    1 KB = 1024 bytes): "0 KB" for nothing, "35 KB", "1,2 MB", "850 MB", "1,3 GB". Never a
    byte count, never "0 MB" for a small file; a size under 10 of its unit keeps a decimal."""
    size = max(int(size), 0)
    if size == 0:
        return "0 KB"
    for unit, scale in (("GB", 1 << 30), ("MB", 1 << 20)):
        if size >= 999.5 * (scale >> 10):    # what would round to 1000 of the unit below: "1 MB", not "1.000 KB"
            value = size / scale
            return f"{format_number(round(value, 1) if value < 10 else round(value))} {unit}"
    return f"{format_number(max(round(size / 1024), 1))} KB"


def format_percent(value: float) -> str:
    """7.06 -> "7,1 %"."""
    return f"{format_number(round(value, 1))} %"


def format_day_month(value: dt.date) -> tuple[str, str]:
    """Day with a leading zero below 10; month with a leading zero for 1 and 2 only."""
    day = f"{value.day:02d}"
    month = f"{value.month:02d}" if value.month <= 2 else str(value.month)
    return day, month


def format_date_long(value: dt.date | None, year: int | None = None) -> str:
    """"ngày 05 tháng 10 năm 2024"; a blank date prints the spaces to fill in by hand."""
    if value is None:
        return f"ngày     tháng     năm {year if year else '     '}"
    day, month = format_day_month(value)
    return f"ngày {day} tháng {month} năm {value.year}"


def format_date_short(value: dt.date | None) -> str:
    """"05/10/2024" for tables and lists."""
    if value is None:
        return ""
    return f"{value.day:02d}/{value.month:02d}/{value.year}"


_WINDOWS_ILLEGAL = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


def safe_file_name(name: str, fallback: str = "tep", max_length: int = 120) -> str:
    """A file name valid on Windows (NTFS and FAT32): illegal characters replaced,
    no trailing dots or spaces, no reserved device names, kept short."""
    cleaned = _WINDOWS_ILLEGAL.sub("_", nfc(name)).strip().rstrip(". ")
    if not cleaned:
        cleaned = fallback
    if is_windows_reserved(cleaned):
        cleaned = f"_{cleaned}"
    if len(cleaned) > max_length:
        base, dot, ext = cleaned.rpartition(".")
        if dot and len(ext) <= 10:
            cleaned = base[: max_length - len(ext) - 1].rstrip(". ") + "." + ext
        else:
            cleaned = cleaned[:max_length].rstrip(". ")
    return cleaned
