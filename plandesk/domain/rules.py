"""Suggested decisions: each condition of a criterion evaluated against the values the
officer entered, with the reason (a message of the catalogue: Vietnamese in the documents and
on the command line, in the window's language in the window). The council's decision is stored apart and
always wins; this only suggests.

Arithmetic is exact (fractions), so a reduction of exactly 5 % meets "≥ 5 %" and a rate of
exactly 1,5 % does not meet "< 1,5 %".
"""
from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from .framework import Condition, Criterion, Framework
from .messages import TEXTS, CodedError, Listing, Message, Param, msg
from .text import clean, format_date_short, format_number, format_percent

_TRUE = {"true", "1", "co", "có", "yes", "y", "x", "dat", "đạt"}
_FALSE = {"false", "0", "khong", "không", "no", "n"}


class Outcome(enum.Enum):
    MET = "met"
    NOT_MET = "not_met"
    MISSING = "missing"


class Suggestion(enum.Enum):
    DAT = "dat"
    KHONG_DAT = "khong_dat"
    THIEU_SO_LIEU = "thieu_so_lieu"
    NONE = "none"  # no conditions: judged by people alone

    @property
    def key(self) -> str:
        """The suggestion's name in the catalogue of messages (``suggestion.dat``)."""
        return f"suggestion.{self.value}"

    @property
    def label(self) -> str:
        return TEXTS[self.key]


@dataclass(frozen=True)
class ConditionResult:
    condition_id: str
    outcome: Outcome
    reason: Param


@dataclass(frozen=True)
class CriterionSuggestion:
    status: Suggestion
    reason: Param
    results: tuple[ConditionResult, ...] = ()


class BadValue(CodedError, ValueError):
    """A value that cannot be read for its condition (a message of the catalogue)."""


def parse_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = clean(str(value)).lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise BadValue(msg("value.not_yes_no", value=str(value)))


MAX_NUMBER = 10 ** 12   # far above any count or percentage of a commune; keeps arithmetic and printing finite


def parse_number(value: Any, integer: bool = False) -> Fraction:
    if isinstance(value, bool):
        raise BadValue(msg("value.not_number", value=str(value)))
    if isinstance(value, int) and abs(value) > MAX_NUMBER:
        raise BadValue(msg("value.number_too_big", limit=format_number(MAX_NUMBER)))
    if isinstance(value, float) and value == value and abs(value) <= MAX_NUMBER and "e" in repr(value):
        text = str(Fraction(value).limit_denominator(10 ** 12))   # 1e-07 as stored by JSON
    elif isinstance(value, (int, float)):
        text = str(value)
    else:
        text = clean(str(value)).replace(" ", "").replace("%", "")
        if "," in text:  # Vietnamese decimal comma, dots group thousands
            text = text.replace(".", "").replace(",", ".")
    shown = str(value) if len(str(value)) <= 30 else str(value)[:27] + "…"
    if len(text) > 30 or "e" in text.lower():  # 1e5000 is a number, but not one a commune counts
        raise BadValue(msg("value.not_digits", value=shown))
    try:
        number = Fraction(text)
    except (ValueError, ZeroDivisionError, OverflowError):
        raise BadValue(msg("value.not_number", value=shown)) from None
    if abs(number) > MAX_NUMBER:
        raise BadValue(msg("value.too_big", value=shown, limit=format_number(MAX_NUMBER)))
    if number < 0:
        raise BadValue(msg("value.negative", value=str(value)))
    if integer and number.denominator != 1:
        raise BadValue(msg("value.not_whole", value=str(value)))
    return number


def parse_date(value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = clean(str(value))
    for fmt in ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise BadValue(msg("value.not_date", value=str(value)))


# -- the kinds of condition: each one how its values are read and how it decides ----------------------
Parse = Callable[[Condition, str, Any, "Framework | None"], Any]
Evaluate = Callable[[Condition, Mapping[str, Any], int, "Framework | None"], ConditionResult]


@dataclass(frozen=True)
class ConditionKind:
    """One kind of condition (``kind`` in a framework file): ``parse`` checks an entered value
    and returns it as stored (JSON-safe); ``evaluate`` decides on the values of a condition.
    ``partial``: evaluated even while some values are missing (an events list half held)."""

    name: str
    evaluate: Evaluate
    parse: Parse
    partial: bool = False


KINDS: dict[str, ConditionKind] = {}


def condition_kind(name: str, parse: Parse, partial: bool = False) -> Callable[[Evaluate], Evaluate]:
    """Register the evaluator of a kind of condition (a framework names it in ``kind``)."""
    def register(evaluate: Evaluate) -> Evaluate:
        if name in KINDS:
            raise ValueError(f"condition kind {name!r} registered twice")
        KINDS[name] = ConditionKind(name, evaluate, parse, partial)
        return evaluate
    return register


class UnknownConditionKind(BadValue):
    """A condition whose kind no evaluator is registered for (a framework file of a newer
    version, or a kind added to the file format without its evaluator)."""


def kind_of(condition: Condition) -> ConditionKind:
    found = KINDS.get(condition.kind)
    if found is None:
        raise UnknownConditionKind(msg("condition.kind_unknown", condition=condition.id, kind=condition.kind,
                                       kinds=", ".join(KINDS)))
    return found


def parse_value(condition: Condition, name: str, value: Any, framework: Framework | None = None) -> Any:
    """Check one entered value and return it in the form stored in the dossier (JSON-safe)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return kind_of(condition).parse(condition, name, value, framework)


def _parse_bool(condition: Condition, name: str, value: Any, framework: Framework | None) -> Any:
    return parse_bool(value)


def _parse_date(condition: Condition, name: str, value: Any, framework: Framework | None) -> Any:
    return parse_date(value).isoformat()


def _parse_level(condition: Condition, name: str, value: Any, framework: Framework | None) -> Any:
    level = clean(str(value))
    if framework is not None:
        scale = framework.scales[condition.params["scale"]]
        match = next((lv for lv in scale.levels if lv.lower() == level.lower()), None)
        if match is None:
            raise BadValue(msg("value.not_level_of", value=str(value), levels=", ".join(scale.levels)))
        return match
    return level


def _parse_count(condition: Condition, name: str, value: Any, framework: Framework | None) -> Any:
    """A number of cases, people, events: a whole number."""
    return int(parse_number(value, integer=True))


def _parse_part(condition: Condition, name: str, value: Any, framework: Framework | None) -> Any:
    """One of the two numbers of a ratio (done/total, previous/current, count/base)."""
    integer = name.endswith((".total", ".previous", ".current", ".base", ".done", ".count"))
    number = parse_number(value, integer=integer)
    return int(number) if number.denominator == 1 else float(number)


def _pct(num: Fraction, den: Fraction) -> str:
    return format_percent(float(num * 100 / den))


def _limit(value: Any) -> str:
    return format_number(float(value), digits=2)


def evaluate_condition(condition: Condition, values: Mapping[str, Any], year: int,
                       framework: Framework | None = None) -> ConditionResult:
    label = condition.label
    names = condition.value_names()
    raw = {n: values.get(n) for n in names}
    try:
        kind = kind_of(condition)
        if not kind.partial and any(v is None or v == "" for v in raw.values()):
            return ConditionResult(condition.id, Outcome.MISSING, _about(label, msg("reason.not_entered")))
        return kind.evaluate(condition, raw, year, framework)
    except BadValue as exc:
        return ConditionResult(condition.id, Outcome.MISSING, _about(label, exc.message or str(exc)))


def _about(label: str, reason: Param) -> Listing:
    """A condition's reason after its label ("Tỷ lệ hộ gia đình: 12/12 = 100 %")."""
    return Listing((label, reason), ": ")


def _result(condition: Condition, ok: bool, reason: Message) -> ConditionResult:
    return ConditionResult(condition.id, Outcome.MET if ok else Outcome.NOT_MET, _about(condition.label, reason))


@condition_kind("boolean", _parse_bool)
def _boolean(c: Condition, raw: Mapping[str, Any], year: int, framework: Framework | None) -> ConditionResult:
    answer = parse_bool(raw[c.id])
    return _result(c, answer == c.params["expected"], msg("reason.yes" if answer else "reason.no"))


@condition_kind("count_at_least", _parse_count)
def _count_at_least(c: Condition, raw: Mapping[str, Any], year: int, framework: Framework | None) -> ConditionResult:
    number = parse_number(raw[c.id], integer=True)
    return _result(c, number >= c.params["min"], msg("reason.count", count=int(number), min=_limit(c.params["min"])))


def _part_of_whole(c: Condition, raw: Mapping[str, Any], part: str, whole: str, too_many: str) -> tuple[Any, Any]:
    """The two counts of a share (``<id>.<part>`` of ``<id>.<whole>``); a part larger than its
    whole is refused with the message ``too_many``."""
    counted = parse_number(raw[f"{c.id}.{part}"], integer=True)
    total = parse_number(raw[f"{c.id}.{whole}"], integer=True)
    if counted > total:
        raise BadValue(msg(too_many, counted=int(counted), total=int(total)))
    return counted, total


@condition_kind("percent_at_least", _parse_part)
def _percent_at_least(c: Condition, raw: Mapping[str, Any], year: int,
                      framework: Framework | None) -> ConditionResult:
    done, total = _part_of_whole(c, raw, "done", "total", "value.done_above_total")
    if total == 0:
        return _result(c, True, msg("reason.none_concerned"))
    need = c.params["min"]
    ok = done * 100 >= Fraction(str(need)) * total
    return _result(c, ok, msg("reason.percent", done=int(done), total=int(total), percent=_pct(done, total),
                              min=_limit(need)))


@condition_kind("reduction_at_least", _parse_part)
def _reduction_at_least(c: Condition, raw: Mapping[str, Any], year: int,
                        framework: Framework | None) -> ConditionResult:
    prev = parse_number(raw[f"{c.id}.previous"], integer=True)
    cur = parse_number(raw[f"{c.id}.current"], integer=True)
    need = Fraction(str(c.params["min"]))
    counts = msg("reason.counts", previous=int(prev), current=int(cur))
    if cur == 0 and (c.params.get("zero_ok") or prev == 0):
        return _result(c, True, msg("reason.none_happened", counts=counts))
    if prev == 0:
        return _result(c, False, msg("reason.rise_from_none", counts=counts, min=_limit(need)))
    change = (prev - cur) * 100 / prev
    if change >= 0:
        text = msg("reason.fall", change=format_percent(float(change)), counts=counts, min=_limit(need))
    else:
        text = msg("reason.rise", change=format_percent(float(-change)), counts=counts, min=_limit(need))
    return _result(c, change >= need, text)


@condition_kind("rate_below", _parse_part)
def _rate_below(c: Condition, raw: Mapping[str, Any], year: int, framework: Framework | None) -> ConditionResult:
    count, base = _part_of_whole(c, raw, "count", "base", "value.cases_above_total")
    if base == 0:
        return _result(c, True, msg("reason.none_concerned"))
    ok = count * 100 < Fraction(str(c.params["max"])) * base
    return _result(c, ok, msg("reason.rate", count=int(count), base=int(base), percent=_pct(count, base),
                              max=_limit(c.params["max"])))


@condition_kind("date_within", _parse_date)
def _date_within(c: Condition, raw: Mapping[str, Any], year: int, framework: Framework | None) -> ConditionResult:
    day = parse_date(raw[c.id])
    start = dt.date(year, *map(int, c.params["start"].split("-")))
    end = dt.date(year, *map(int, c.params["end"].split("-")))
    ok = start <= day <= end
    return _result(c, ok, msg("reason.date_inside" if ok else "reason.date_outside", date=format_date_short(day),
                              start=format_date_short(start), end=format_date_short(end)))


@condition_kind("rating_at_least", _parse_level)
def _rating_at_least(c: Condition, raw: Mapping[str, Any], year: int, framework: Framework | None) -> ConditionResult:
    level = clean(str(raw[c.id]))
    if framework is None or c.params["scale"] not in framework.scales:
        raise BadValue(msg("value.no_scale"))
    scale = framework.scales[c.params["scale"]]
    rank, needed = scale.rank(level), scale.rank(c.params["min"])
    if rank is None:
        raise BadValue(msg("value.not_level", value=level))
    if needed is None:   # refused when the framework is read: never with a framework from parse_framework
        raise BadValue(msg("value.min_level_unknown", level=str(c.params["min"])))
    return _result(c, rank <= needed, msg("reason.rating", level=level, min=str(c.params["min"])))


@condition_kind("events", _parse_date, partial=True)
def _events(c: Condition, raw: Mapping[str, Any], year: int, framework: Framework | None) -> ConditionResult:
    missing: list[str] = []
    wrong: list[Param] = []
    held = 0
    for event in c.events:
        entered = raw.get(f"{c.id}.{event.id}")
        if entered is None or entered == "":
            missing.append(event.label)
            continue
        day = parse_date(entered)
        if day.year != year or (event.month and day.month != event.month):
            when = msg("reason.in_month", month=event.month, year=year) if event.month else msg("reason.in_year",
                                                                                               year=year)
            wrong.append(msg("reason.event_wrong_time", event=event.label, date=format_date_short(day), when=when))
        else:
            held += 1
    planned = len(c.events)
    if not missing and not wrong:
        return _result(c, True, msg("reason.events_held", held=held, planned=planned))
    parts: list[Param] = [msg("reason.events_held", held=held, planned=planned)]
    if missing:
        parts.append(msg("reason.events_missing", events=", ".join(missing)))
    if wrong:
        parts.append(msg("reason.events_wrong", events=Listing(tuple(wrong), ", ")))
    outcome = Outcome.NOT_MET if wrong else Outcome.MISSING
    return ConditionResult(c.id, outcome, _about(c.label, Listing(tuple(parts), "; ")))


def suggest(criterion: Criterion, values: Mapping[str, Any], year: int,
            framework: Framework | None = None) -> CriterionSuggestion:
    """Suggested status of a criterion: Đạt when every condition holds."""
    if not criterion.conditions:
        return CriterionSuggestion(Suggestion.NONE, msg("reason.no_conditions"))
    results = tuple(evaluate_condition(c, values, year, framework) for c in criterion.conditions)
    failed = [r for r in results if r.outcome is Outcome.NOT_MET]
    missing = [r for r in results if r.outcome is Outcome.MISSING]
    if failed:
        return CriterionSuggestion(Suggestion.KHONG_DAT, Listing(tuple(r.reason for r in failed)), results)
    if missing:
        return CriterionSuggestion(Suggestion.THIEU_SO_LIEU, Listing(tuple(r.reason for r in missing)), results)
    return CriterionSuggestion(Suggestion.DAT, Listing(tuple(r.reason for r in results)), results)
