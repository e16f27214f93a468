"""Text typed by a person, at the boundary of every service: NFC, control characters out
(a Word line break ``\\x0b`` becomes a line break in a paragraph, a space in a one-line
field), and bounded (domain.schema), or InvalidInput naming the field."""
from __future__ import annotations

from plandesk.domain.messages import Param, msg
from plandesk.domain.schema import MAX_LINE, MAX_NAME, MAX_TEXT, clean_line, clean_text, text_problem

from .errors import InvalidInput


def _bounded(text: str, label: Param, limit: int) -> str:
    problem = text_problem(text, limit)
    if problem:
        raise InvalidInput(msg("input.refused", field=label, problem=problem))
    return text


def line(value: str | None, label: Param, limit: int = MAX_NAME) -> str:
    """A one-line field (a name, a number, a unit)."""
    return _bounded(clean_line(value), label, limit)


def long_line(value: str | None, label: Param) -> str:
    return line(value, label, MAX_LINE)


def paragraph(value: str | None, label: Param, limit: int = MAX_TEXT) -> str:
    """Text that may span lines (a result, an explanation, a note, a comment)."""
    return _bounded(clean_text(value), label, limit)
