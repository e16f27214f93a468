"""Criteria frameworks: the data model and its validation.

A framework arrives as a plain mapping (parsed from TOML by the loader, or from a dossier's
stored copy) and leaves as frozen dataclasses. Every problem found names the file, the
criterion and the field, and all problems of a file are reported together.
The file format is documented in docs/frameworks.md.
"""
from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .messages import CodedError, Listing, Param, msg
from .schema import Problems
from .text import nfc

FORMAT_VERSION = 1
YEAR_TOKEN = "{năm}"   # in a phrase of each_year: where the dossier's year goes

CONDITION_KINDS = (
    "boolean",
    "count_at_least",
    "percent_at_least",
    "reduction_at_least",
    "rate_below",
    "date_within",
    "rating_at_least",
    "events",
)

_FRAMEWORK_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")
_GROUP_CODE = re.compile(r"^[IVX]+$")
_CRITERION_CODE = re.compile(r"^([IVX]+)\.([1-9][0-9]?)$")
_SLUG = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
_MONTH_DAY = re.compile(r"^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$")
_ISO_DATE = re.compile(r"^(19|20)[0-9]{2}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$")


@dataclass(frozen=True)
class Event:
    id: str
    label: str
    month: int | None = None


@dataclass(frozen=True)
class Condition:
    id: str
    kind: str
    label: str
    params: Mapping[str, Any] = field(default_factory=dict)
    events: tuple[Event, ...] = ()

    def value_names(self) -> tuple[str, ...]:
        """The names of the values an officer enters for this condition."""
        suffixes = {
            "percent_at_least": ("done", "total"),
            "reduction_at_least": ("previous", "current"),
            "rate_below": ("count", "base"),
        }.get(self.kind)
        if suffixes:
            return tuple(f"{self.id}.{s}" for s in suffixes)
        if self.kind == "events":
            return tuple(f"{self.id}.{e.id}" for e in self.events)
        return (self.id,)


@dataclass(frozen=True)
class LegalSource:
    """A document the framework comes from, as the dossier's documents cite it ("Căn cứ …"):
    "Phụ lục I kèm theo Kế hoạch số 2647/KH-BCĐ ngày 12/4/2023 của Ban Chỉ đạo 138 huyện …"."""
    kind: str          # "Kế hoạch"
    number: str        # "2647/KH-BCĐ"
    date: str          # "2023-04-12"
    issuer: str        # "Ban Chỉ đạo 138 huyện Tháp Mười"
    subject: str = ""  # "về xây dựng xã, thị trấn, …"
    part: str = ""     # "Phụ lục I": the part holding the criteria, if any


@dataclass(frozen=True)
class Criterion:
    code: str
    group: str
    number: int
    short_title: str
    text: str
    conditions: tuple[Condition, ...] = ()
    plan_text: str = ""   # the wording a commune's own plan prints, when ``text`` is written for another level
    # phrases the source wrote for the year it was issued for, and the same phrase for any year
    # ("{năm}" the dossier's year): ("Quý I/2024", "Quý I/{năm}")
    each_year: tuple[tuple[str, str], ...] = ()

    def text_for(self, year: int) -> str:
        """The criterion's text as it applies to a dossier of ``year`` (the framework's own
        text keeps the source's wording, year included)."""
        return self._for_year(self.text, year)

    def plan_wording_for(self, year: int) -> str:
        """What a commune's own kế hoạch of ``year`` prints for the criterion."""
        return self._for_year(self.plan_text or self.text, year)

    def _for_year(self, text: str, year: int) -> str:
        for written, each in self.each_year:
            text = text.replace(written, each.replace(YEAR_TOKEN, str(year)))
        return text

    @property
    def paragraphs(self) -> tuple[str, ...]:
        """The text's paragraphs (a criterion may have several, separated by a line break)."""
        return tuple(p.strip() for p in self.text.splitlines() if p.strip())

    def condition(self, condition_id: str) -> Condition | None:
        return next((c for c in self.conditions if c.id == condition_id), None)


@dataclass(frozen=True)
class Group:
    code: str
    title: str
    size: int


@dataclass(frozen=True)
class Scale:
    key: str
    label: str
    levels: tuple[str, ...]  # best first

    def rank(self, level: str) -> int | None:
        try:
            return self.levels.index(nfc(level).strip())
        except ValueError:
            return None


@dataclass(frozen=True)
class Framework:
    id: str
    version: str
    title: str
    short_title: str
    source: str
    groups: tuple[Group, ...]
    criteria: tuple[Criterion, ...]
    scales: Mapping[str, Scale] = field(default_factory=dict)
    migrations: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    raw: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)
    sources: tuple[LegalSource, ...] = ()

    def criterion(self, code: str) -> Criterion | None:
        code = nfc(code).strip()
        return next((c for c in self.criteria if c.code == code), None)

    def known_criterion(self, code: str) -> Criterion:
        """The criterion of a code the caller holds from this framework (a dossier's stored
        assessment): KeyError when it is not there, which would be a bug, not bad input."""
        criterion = self.criterion(code)
        if criterion is None:
            raise KeyError(f"{self.id} {self.version}: no criterion {code!r}")
        return criterion

    def criteria_of(self, group_code: str) -> tuple[Criterion, ...]:
        return tuple(c for c in self.criteria if c.group == group_code)

    def uid(self, code: str) -> str:
        return criterion_uid(self.id, code)

    def map_from(self, old_version: str, old_code: str) -> str | None:
        """The code in this version of a criterion of an earlier version (None: removed)."""
        mapping = self.migrations.get(old_version, {})
        if old_code in mapping:
            return mapping[old_code] or None
        return old_code if self.criterion(old_code) else None


def criterion_uid(framework_id: str, code: str) -> str:
    return f"{framework_id}:{code}"


class FrameworkError(CodedError):
    """A framework file that cannot be used; ``problems`` lists every problem found."""

    def __init__(self, source: Param, problems: Sequence[Param]):
        self.source = str(source)
        self.problems = [str(p) for p in problems]   # in Vietnamese, as the command line prints them
        lines = Listing(tuple(Listing(("  - ", p), "") for p in problems), "\n")
        super().__init__(msg("framework.invalid", file=source, problems=lines))


def _normalise(value: Any) -> Any:
    if isinstance(value, str):
        return nfc(value)
    if isinstance(value, list):
        return [_normalise(v) for v in value]
    if isinstance(value, dict):
        return {nfc(str(k)): _normalise(v) for k, v in value.items()}
    return value


class _Checker(Problems):
    """A framework's fields checked one by one (text, numbers within bounds)."""

    def text(self, data: Mapping[str, Any], key: str, where: Param, required: bool = True) -> str:
        value = data.get(key)
        if value is None:
            if required:
                self.add(where, msg("framework.field_missing", field=key))
            return ""
        if not isinstance(value, str) or (required and not value.strip()):
            self.add(where, msg("framework.field_not_text", field=key))
            return ""
        return value.strip()

    def number(self, data: Mapping[str, Any], key: str, where: Param, low: float, high: float,
               integer: bool = False, default: float | None = None) -> float | None:
        value = data.get(key, default)
        if value is None:
            self.add(where, msg("framework.field_missing", field=key))
            return None
        if isinstance(value, bool) or not isinstance(value, (int, float)) or (integer and not isinstance(value, int)):
            code = "framework.field_not_integer" if integer else "framework.field_not_number"
            self.add(where, msg(code, field=key, value=repr(value)))
            return None
        if not low <= value <= high:
            self.add(where, msg("framework.field_out_of_range", field=key, value=str(value), low=str(low),
                                high=str(high)))
            return None
        return value

    def flag(self, data: Mapping[str, Any], key: str, where: Param, default: bool) -> Any:
        """A true/false field (reported when it is anything else)."""
        value = data.get(key, default)
        if not isinstance(value, bool):
            self.add(where, msg("framework.field_not_flag", field=key))
        return value

    def tables(self, raw: Any, ordinal: str, problem: tuple[Param, Param], within: Param = "",
               required: bool = False) -> Iterator[tuple[int, dict[str, Any], Param]]:
        """The tables of an array of tables ([[groups]], [[criteria]]…), each with its number and
        where it is ("nhóm thứ 2": ``ordinal`` the code of "{number}-th group", inside ``within``);
        ``problem`` (where, what) is reported when ``raw`` is not a list, or is empty and
        ``required``; an item that is not a table is reported and skipped."""
        if not isinstance(raw, list) or (required and not raw):
            self.add(*problem)
            return
        for i, item in enumerate(raw, 1):
            where = msg(ordinal, number=i, where=within) if within else msg(ordinal, number=i)
            if not isinstance(item, dict):
                self.add(where, msg("framework.not_table"))
                continue
            yield i, item, where


def parse_framework(mapping: Mapping[str, Any], source: Param) -> Framework:
    """Validate a parsed framework mapping; raise FrameworkError listing every problem."""
    data: dict[str, Any] = _normalise(dict(mapping))
    chk = _Checker()

    fmt = data.get("format")
    if fmt != FORMAT_VERSION:
        if isinstance(fmt, int) and fmt > FORMAT_VERSION:
            chk.add("", msg("framework.format_newer", format=fmt, version=FORMAT_VERSION))
        else:
            chk.add("", msg("framework.format_wrong", version=FORMAT_VERSION))
    fw_id = chk.text(data, "id", "")
    if fw_id and not _FRAMEWORK_ID.match(fw_id):
        chk.add("", msg("framework.id_invalid", id=fw_id))
    version = data.get("version")
    if isinstance(version, (int, float)) and not isinstance(version, bool):
        version = str(version)
        data["version"] = version
    version = chk.text(data, "version", "")
    title = chk.text(data, "title", "")
    short_title = chk.text(data, "short_title", "", required=False) or title
    source_doc = chk.text(data, "source", "", required=False)

    scales: dict[str, Scale] = {}
    raw_scales = data.get("scales", {})
    if not isinstance(raw_scales, dict):
        chk.add("scales", msg("framework.scales_not_table"))
        raw_scales = {}
    for key, raw in raw_scales.items():
        where: Param = msg("framework.at_scale", scale=key)
        if not isinstance(raw, dict):
            chk.add(where, msg("framework.not_table"))
            continue
        levels = raw.get("levels")
        if not isinstance(levels, list) or len(levels) < 2 or not all(isinstance(x, str) and x.strip() for x in levels):
            chk.add(where, msg("framework.levels_too_few"))
            continue
        if len(set(levels)) != len(levels):
            chk.add(where, msg("framework.levels_repeated"))
            continue
        scales[key] = Scale(key, chk.text(raw, "label", where, required=False) or key, tuple(x.strip() for x in levels))

    groups: list[Group] = []
    for i, raw, where in chk.tables(data.get("groups"), "framework.nth_group", ("", msg("framework.groups_missing")),
                                    required=True):
        code = chk.text(raw, "code", where)
        if code and not _GROUP_CODE.match(code):
            chk.add(where, msg("framework.group_code_invalid", group=code))
        where = msg("framework.at_group", group=code or i)
        gtitle = chk.text(raw, "title", where)
        size = chk.number(raw, "size", where, 1, 99, integer=True)
        if code in {g.code for g in groups}:
            chk.add(where, msg("framework.group_code_repeated", group=code))
        elif code and size is not None:
            groups.append(Group(code, gtitle, int(size)))

    criteria: list[Criterion] = []
    group_codes = {g.code for g in groups}
    seen_codes: set[str] = set()
    raw_criteria = data.get("criteria")
    for i, raw, where in chk.tables(raw_criteria, "framework.nth_criterion", ("", msg("framework.criteria_missing")),
                                    required=True):
        code = chk.text(raw, "code", where)
        match = _CRITERION_CODE.match(code) if code else None
        if code and not match:
            chk.add(where, msg("framework.criterion_code_invalid", criterion=code))
        where = msg("framework.at_criterion", criterion=code or i)
        if code in seen_codes:
            chk.add(where, msg("framework.criterion_code_repeated", criterion=code))
        seen_codes.add(code)
        group = match.group(1) if match else ""
        if match and group not in group_codes:
            chk.add(where, msg("framework.group_undeclared", group=group))
        short = chk.text(raw, "short_title", where)
        text = chk.text(raw, "text", where)
        plan_text = chk.text(raw, "plan_text", where, required=False)
        each_year = _parse_each_year(raw.get("each_year", {}), text, plan_text, where, chk)
        conditions = _parse_conditions(raw.get("conditions", []), where, scales, chk)
        if match and text and short:
            criteria.append(Criterion(code, group, int(match.group(2)), short, text, tuple(conditions), plan_text,
                                      each_year))

    for g in groups:
        members = [c for c in criteria if c.group == g.code]
        declared_codes = sum(1 for raw in (raw_criteria if isinstance(raw_criteria, list) else [])
                             if isinstance(raw, dict)
                             and isinstance(raw.get("code"), str) and raw["code"].split(".")[0] == g.code)
        if declared_codes != g.size:
            chk.add(msg("framework.at_group", group=g.code),
                    msg("framework.group_size_wrong", size=g.size, count=declared_codes))
        numbers = sorted(c.number for c in members)
        if numbers and numbers != list(range(1, len(numbers) + 1)) and len(members) == declared_codes:
            chk.add(msg("framework.at_group", group=g.code), msg("framework.numbers_gap", numbers=str(numbers)))

    migrations: dict[str, dict[str, str]] = {}
    for _, raw, where in chk.tables(data.get("migrations", []), "framework.nth_migration",
                                    ("migrations", msg("framework.migrations_not_list"))):
        from_version = chk.text(raw, "from_version", where)
        mapping = raw.get("map", {})
        if not isinstance(mapping, dict) or not all(isinstance(v, str) for v in mapping.values()):
            chk.add(where, msg("framework.map_invalid"))
            continue
        for old, new in mapping.items():
            if new and new not in seen_codes:
                chk.add(where, msg("framework.map_unknown", new=new, old=old))
        migrations[from_version] = dict(mapping)

    sources = _parse_sources(data.get("sources", []), chk)
    if chk.problems:
        raise FrameworkError(source, chk.problems)
    criteria.sort(key=lambda c: ([g.code for g in groups].index(c.group), c.number))
    return Framework(fw_id, version, title, short_title, source_doc, tuple(groups), tuple(criteria),
                     scales, migrations, raw=data, sources=sources)


def _parse_sources(raw_list: Any, chk: _Checker) -> tuple[LegalSource, ...]:
    """[[sources]]: the documents the framework comes from (optional), cited as căn cứ."""
    out = []
    for _, raw, where in chk.tables(raw_list, "framework.nth_source", ("sources", msg("framework.sources_not_list"))):
        kind, number = chk.text(raw, "kind", where), chk.text(raw, "number", where)
        date, issuer = chk.text(raw, "date", where), chk.text(raw, "issuer", where)
        if date and not _ISO_DATE.match(date):
            chk.add(where, msg("framework.source_date_invalid", date=date))
        subject = chk.text(raw, "subject", where, required=False)
        part = chk.text(raw, "part", where, required=False)
        if kind and number and date and issuer:
            out.append(LegalSource(kind, number, date, issuer, subject, part))
    return tuple(out)


def _parse_each_year(raw: Any, text: str, plan_text: str, where: Param, chk: _Checker) -> tuple[tuple[str, str], ...]:
    """``each_year = { "Quý I/2024" = "Quý I/{năm}" }``: a phrase of the text written for one
    year, and what it reads in a dossier of any year."""
    if not isinstance(raw, dict):
        chk.add(where, msg("framework.each_year_not_table", token=YEAR_TOKEN))
        return ()
    pairs = []
    for written, each in raw.items():
        if not isinstance(each, str) or YEAR_TOKEN not in each:
            chk.add(where, msg("framework.each_year_no_year", phrase=written, token=YEAR_TOKEN))
        elif written not in text and written not in plan_text:
            chk.add(where, msg("framework.each_year_not_in_text", phrase=written))
        else:
            pairs.append((written, each))
    return tuple(pairs)


def _parse_conditions(raw_list: Any, where: Param, scales: Mapping[str, Scale], chk: _Checker) -> list[Condition]:
    out: list[Condition] = []
    for _, raw, cwhere in chk.tables(raw_list, "framework.nth_condition",
                                     (where, msg("framework.conditions_not_list")), within=where):
        cid = chk.text(raw, "id", cwhere)
        if cid:
            cwhere = msg("framework.at_condition", where=where, condition=cid)
            if not _SLUG.match(cid):
                chk.add(cwhere, msg("framework.slug_invalid"))
            if cid in {c.id for c in out}:
                chk.add(cwhere, msg("framework.condition_repeated"))
        label = chk.text(raw, "label", cwhere)
        kind = raw.get("kind")
        if kind not in CONDITION_KINDS:
            chk.add(cwhere, msg("framework.kind_unknown", kind=repr(kind), kinds=", ".join(CONDITION_KINDS)))
            continue
        params: dict[str, Any] = {}
        events: list[Event] = []
        before = len(chk.problems)
        if kind == "boolean":
            params["expected"] = chk.flag(raw, "expected", cwhere, True)
        elif kind == "count_at_least":
            params["min"] = chk.number(raw, "min", cwhere, 0, 1_000_000, integer=True)
        elif kind in ("percent_at_least", "reduction_at_least"):
            params["min"] = chk.number(raw, "min", cwhere, 0, 100)
            if kind == "reduction_at_least":
                params["zero_ok"] = chk.flag(raw, "zero_ok", cwhere, False)
        elif kind == "rate_below":
            params["max"] = chk.number(raw, "max", cwhere, 0, 100)
        elif kind == "date_within":
            for key in ("start", "end"):
                value = raw.get(key)
                if not isinstance(value, str) or not _MONTH_DAY.match(value):
                    chk.add(cwhere, msg("framework.month_day_invalid", field=key))
                params[key] = value
            if len(chk.problems) == before and params["start"] > params["end"]:
                chk.add(cwhere, msg("framework.start_after_end"))
        elif kind == "rating_at_least":
            scale_key = raw.get("scale")
            if not isinstance(scale_key, str) or scale_key not in scales:
                chk.add(cwhere, msg("framework.scale_undeclared", scale=repr(scale_key)))
            elif scales[scale_key].rank(str(raw.get("min", ""))) is None:
                chk.add(cwhere, msg("framework.min_level_unknown", level=repr(raw.get("min")), scale=scale_key))
            params["scale"] = scale_key
            params["min"] = str(raw.get("min", "")).strip()
        elif kind == "events":
            raw_events = raw.get("events")
            if not isinstance(raw_events, list) or not raw_events:
                chk.add(cwhere, msg("framework.events_missing"))
                raw_events = []
            for j, ev in enumerate(raw_events, 1):
                ewhere = msg("framework.nth_event", where=cwhere, number=j)
                if not isinstance(ev, dict):
                    chk.add(ewhere, msg("framework.not_table"))
                    continue
                eid = chk.text(ev, "id", ewhere)
                if eid and not _SLUG.match(eid):
                    chk.add(ewhere, msg("framework.slug_invalid"))
                if eid in {e.id for e in events}:
                    chk.add(ewhere, msg("framework.event_repeated", event=eid))
                elabel = chk.text(ev, "label", ewhere)
                month = ev.get("month")
                if month is not None:
                    month = chk.number(ev, "month", ewhere, 1, 12, integer=True)
                events.append(Event(eid, elabel, int(month) if month else None))
        if len(chk.problems) == before and cid:
            out.append(Condition(cid, kind, label, params, tuple(events)))
    return out
