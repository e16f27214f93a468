"""The dossier as it stood on a given day, for the reports that speak of that day (the báo cáo
sơ kết 06 tháng): every change the history recorded after the day is undone, newest first —
a criterion's decision, result, explanation, values, units and deadline from the entry's old
value, a re-imported package from the state kept before it — and only the evidence dated up
to the day (or, undated, added by then) counts. A deadline done after the day is not done.

A dossier whose history starts after the day (typed in afterwards) cannot be taken back: its
present decisions and values are used, with only the evidence dated up to the day, and the
result says so (``rebuilt`` is False)."""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from plandesk.domain.dossier import (
    AssessmentInfo,
    DossierStatus,
    EvidenceInfo,
    GroupProgress,
    Status,
)
from plandesk.domain.rules import suggest

from .dossiers import DossierService
from .evidence import EvidenceService

_FIELDS = ("status", "result", "explanation", "values", "lead_unit", "cooperating_units", "deadline")


@dataclass(frozen=True)
class StateAsOf:
    status: DossierStatus
    evidence: tuple[EvidenceInfo, ...]
    rebuilt: bool          # False: the history starts after the day; present values were used


def _json(text: str) -> Any:
    try:
        return json.loads(text) if text else None
    except ValueError:
        return None


def _date(value: Any) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


# the assessments kept before a package was imported at a given time, or None
Snapshots = Callable[[dt.datetime], "list[dict[str, Any]] | None"]


def state_as_of(dossiers: DossierService, evidence: EvidenceService, dossier_id: int, day: dt.date,
                snapshots: Snapshots | None = None) -> StateAsOf:
    """The dossier's status and evidence as of the end of ``day``. ``snapshots(at)`` returns
    the assessments kept before a package was imported at ``at`` (or None)."""
    cutoff = dt.datetime.combine(day, dt.time.max)
    now = dossiers.status(dossier_id)
    framework = dossiers.framework(dossier_id)
    year = now.dossier.year
    rows: dict[str, dict[str, Any]] = {c.code: {"status": c.status.value, "result": c.result,
                                               "explanation": c.explanation, "values": dict(c.values),
                                               "lead_unit": c.lead_unit, "cooperating_units": c.cooperating_units,
                                               "deadline": c.deadline} for c in now.criteria}
    rebuilt = now.dossier.created_at <= cutoff
    if rebuilt:
        for entry in reversed(dossiers.history(dossier_id)):
            if entry.at <= cutoff:
                break
            if entry.action == "sua_tieu_chi" and entry.target in rows:
                old = _json(entry.old_value)
                if isinstance(old, dict):
                    for name, value in old.items():
                        if name in _FIELDS:
                            rows[entry.target][name] = value
            elif entry.action == "nhap_lai_goi" and snapshots is not None:
                before = snapshots(entry.at)
                for a in before or []:
                    if a.get("code") in rows:
                        rows[a["code"]].update({k: a.get(k) for k in _FIELDS if k in a})
    kept = tuple(e for e in evidence.list(dossier_id)
                 if (e.issued_on <= day if e.issued_on else e.added_at is None or e.added_at <= cutoff))
    counts: dict[str, int] = {}
    for e in kept:
        for code in e.criteria:
            counts[code] = counts.get(code, 0) + 1
    criteria = []
    for c in now.criteria:
        row = rows[c.code]
        criterion = framework.known_criterion(c.code)
        values = row["values"] if isinstance(row["values"], dict) else {}
        suggestion = suggest(criterion, values, year, framework)
        try:
            status = Status(row["status"])
        except ValueError:
            status = c.status
        criteria.append(replace(c, status=status, result=row["result"] or "", explanation=row["explanation"] or "",
                                values=values, lead_unit=row["lead_unit"] or "",
                                cooperating_units=row["cooperating_units"] or "", deadline=_date(row["deadline"]),
                                suggestion=suggestion.status, reason=suggestion.reason,
                                evidence_count=counts.get(c.code, 0)))
    groups = []
    for g in now.groups:
        members = [c for c in criteria if c.group == g.code]
        groups.append(GroupProgress(g.code, g.title, len(members),
                                    sum(c.status is Status.DAT for c in members),
                                    sum(c.status is Status.KHONG_DAT for c in members),
                                    sum(c.status is Status.DANG_THUC_HIEN for c in members),
                                    sum(c.status is Status.CHUA_DANH_GIA for c in members),
                                    sum(c.evidence_count == 0 for c in members)))
    deadlines = tuple(replace(d, done_on=d.done_on if d.done_on and d.done_on <= day else None)
                      for d in now.deadlines)
    documents = sum(1 for e in kept if e.criteria)
    state = DossierStatus(now.dossier, tuple(criteria), tuple(groups), deadlines, documents)
    return StateAsOf(state, kept, rebuilt)


def report_day(dossiers: DossierService, dossier_id: int, key: str = "bao_cao_6_thang") -> dt.date:
    """The day a report speaks of: its own date, else its deadline (05/6 by default)."""
    raw = str(dossiers.settings(dossier_id).dates.get(key, "") or "").strip()
    try:
        return dt.date.fromisoformat(raw)
    except ValueError:
        pass
    for d in dossiers.deadlines(dossier_id):
        if d.key == key:
            return d.due_on
    return dt.date(dossiers.info(dossier_id).year, 6, 5)


__all__ = ["AssessmentInfo", "StateAsOf", "report_day", "state_as_of"]
