"""Use case: the pre-submission check (kiểm tra hồ sơ trước khi trình). Everything a reviewer
at the approving body would send back, criterion by criterion, then for the dossier: a
decision without evidence or with an explanation that cannot stand (empty, too short, or
citing the dossier's own meeting and report), evidence dated outside the year or undated,
a decision that contradicts its computed suggestion, a criterion not decided, the council
without a chair or secretary, the vote, documents not issued or changed since they were
issued, numbers and dates out of order.

Each finding says where to fix it (``target``: a criterion, an evidence document, a
document, the council, the meeting or the settings), so the window can take the officer
there. Errors (``loi``) block the submission; notes (``luu_y``) are worth a look.
Finalising runs this check first."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from itertools import pairwise

from plandesk.documents.common import (
    DossierData,
    criterion_blocker,
    explanation_problem,
    present_members,
    votes_against,
    votes_for,
)
from plandesk.domain.dossier import CouncilRole, Status
from plandesk.domain.messages import Param, msg
from plandesk.domain.rules import Suggestion
from plandesk.domain.text import format_date_short

from .export import ExportService
from .export_names import ISSUABLE, LABELS
from .issued import IssueService

ERROR, NOTE = "loi", "luu_y"
SEVERITY = {ERROR: msg("severity.error"), NOTE: msg("severity.note")}   # their names, in the catalogue
SEVERITY_LABELS = {severity: str(name) for severity, name in SEVERITY.items()}
# the documents issued, named in a finding (as domain/history.py names them, in the catalogue)
DOCUMENT_NAMES = {"to-trinh": msg("doc.to_trinh"), "bao-cao": msg("doc.bao_cao"), "bien-ban": msg("doc.bien_ban"),
                  "ke-hoach": msg("doc.ke_hoach"), "bao-cao-6-thang": msg("doc.bao_cao_6_thang")}


def _doc(doc: str) -> Param:
    return DOCUMENT_NAMES.get(doc) or LABELS.get(doc, doc)

# the documents the dossier sends up (seed 003, mục IV.2), in the order they are made
SUBMITTED = ("bao-cao", "bien-ban", "to-trinh")


@dataclass(frozen=True)
class Target:
    """Where to fix a finding: kind is criterion, evidence, document, council, meeting or settings."""
    kind: str
    key: str = ""


@dataclass(frozen=True)
class Finding:
    severity: str           # ERROR or NOTE
    code: str               # the criterion it concerns ("" for the dossier)
    text: Param             # one sentence (a message: str() in Vietnamese)
    target: Target


@dataclass
class PreflightReport:
    dossier_id: int
    findings: list[Finding] = field(default_factory=list)

    def add(self, severity: str, code: str, text: Param, target: Target) -> None:
        self.findings.append(Finding(severity, code, text, target))

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == ERROR]

    @property
    def notes(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == NOTE]

    @property
    def ok(self) -> bool:
        return not self.errors

    def by_criterion(self) -> dict[str, list[Finding]]:
        out: dict[str, list[Finding]] = {}
        for f in self.findings:
            out.setdefault(f.code, []).append(f)
        return out


class PreflightService:
    def __init__(self, export: ExportService, issued: IssueService | None = None):
        self.export = export
        self.issued = issued or IssueService(export)

    def check(self, dossier_id: int) -> PreflightReport:
        data = self.export.data(dossier_id)
        report = PreflightReport(dossier_id)
        self._criteria(data, report)
        self._evidence(data, report)
        self._council(data, report)
        self._documents(dossier_id, data, report)
        return report

    # -- criterion by criterion ---------------------------------------------------------------
    @staticmethod
    def _criteria(data: DossierData, report: PreflightReport) -> None:
        for c in data.status.criteria:
            where = Target("criterion", c.code)
            blocker = criterion_blocker(c)
            if blocker:
                report.add(ERROR, c.code, blocker, where)
            if c.status is Status.KHONG_DAT and c.suggestion is Suggestion.DAT:
                report.add(ERROR, c.code, msg("preflight.not_met_figures_met", criterion=c.code, reason=c.reason),
                           where)
            if c.status is Status.DAT and c.suggestion is Suggestion.THIEU_SO_LIEU:
                report.add(NOTE, c.code, msg("preflight.met_figures_missing", criterion=c.code, reason=c.reason),
                           where)
            if c.status is Status.DAT and not c.result.strip():
                report.add(ERROR, c.code, msg("preflight.met_no_result", criterion=c.code), where)
            if c.status is Status.DAT and c.evidence_count == 0 and not explanation_problem(c.explanation):
                report.add(NOTE, c.code, msg("preflight.explanation_only", criterion=c.code), where)

    @staticmethod
    def _evidence(data: DossierData, report: PreflightReport) -> None:
        year = data.year
        for e in data.evidence:
            where = Target("evidence", str(e.id))
            name = e.title or e.original_name
            code = e.criteria[0] if e.criteria else ""
            if not e.criteria:
                report.add(NOTE, "", msg("preflight.document_unlinked", document=name), where)
                continue
            codes = ", ".join(e.criteria)
            if e.issued_on is None:
                report.add(ERROR, code, msg("preflight.document_undated", document=name, criteria=codes), where)
            elif e.issued_on.year != year:
                last_year = e.issued_on.year == year - 1
                report.add(NOTE if last_year else ERROR, code,
                           msg("preflight.document_last_year" if last_year else "preflight.document_other_year",
                               document=name, criteria=codes, date=format_date_short(e.issued_on), year=year), where)
            elif e.issued_on > data.today:
                report.add(ERROR, code, msg("preflight.document_future", document=name,
                                            date=format_date_short(e.issued_on)), where)
            if not e.number.strip() and e.media_type == "application/pdf":
                report.add(NOTE, code, msg("preflight.document_no_number", document=name, criteria=codes), where)
            if not e.issuer.strip():
                report.add(NOTE, code, msg("preflight.document_no_issuer", document=name, criteria=codes), where)

    # -- the dossier ------------------------------------------------------------------------
    @staticmethod
    def _council(data: DossierData, report: PreflightReport) -> None:
        council = Target("council")
        if not data.council:
            report.add(ERROR, "", msg("preflight.no_council"), council)
            return
        for role in (CouncilRole.CHU_TICH, CouncilRole.THU_KY):
            if data.member(role) is None:
                report.add(ERROR, "", msg("preflight.council_role_missing", role=msg(role.key)), council)
        meeting = Target("meeting")
        names = {m.name.lower() for m in data.council}
        for key, problem in (("chair", "preflight.meeting_chair_unknown"),
                             ("secretary", "preflight.meeting_secretary_unknown")):
            name = str(data.meeting(key, "") or "")
            if name and name.lower() not in names:
                report.add(NOTE, "", msg(problem, name=name), meeting)
        present = len(present_members(data))
        agreed, against = votes_for(data), votes_against(data)
        if agreed is None:
            report.add(NOTE, "", msg("preflight.no_vote"), meeting)
        elif agreed + (against or 0) > present:
            report.add(ERROR, "", msg("preflight.votes_too_many", agreed=agreed, against=against or 0,
                                      present=present), meeting)
        elif agreed * 2 <= present:
            report.add(ERROR, "", msg("preflight.vote_not_half", agreed=agreed, present=present), meeting)
        if present * 2 <= len(data.council):
            report.add(ERROR, "", msg("preflight.too_few_present", present=present, total=len(data.council)),
                       meeting)

    def _documents(self, dossier_id: int, data: DossierData, report: PreflightReport) -> None:
        year = data.year
        issued = {i.doc: i for i in self.issued.issued(dossier_id)}
        dated: list[tuple[dt.date, str, str]] = []
        for doc in ISSUABLE:
            key = ISSUABLE[doc]
            where = Target("document", doc)
            number = str(data.settings.numbers.get(key, "") or "").strip()
            when = data.date(key)
            if doc in SUBMITTED and doc not in issued:
                problem = ("preflight.not_issued_no_number_or_date" if not number and when is None else
                           "preflight.not_issued_no_number" if not number else
                           "preflight.not_issued_no_date" if when is None else "preflight.not_issued")
                report.add(NOTE, "", msg(problem, document=_doc(doc)), where)
            if when is not None and when.year != year:
                report.add(ERROR, "", msg("preflight.date_other_year", document=_doc(doc), date=format_date_short(when),
                                          year=year), where)
            if when is not None and number:
                dated.append((when, doc, number))
        for state in self.issued.states(dossier_id):
            where = Target("document", state.issued.doc)
            if state.problem:
                first_line = str(state.problem).splitlines()[0]
                report.add(ERROR, "", msg("preflight.issued_no_longer_allowed", document=_doc(state.issued.doc),
                                          number=state.issued.number, problem=first_line), where)
            elif state.changes:
                report.add(ERROR, "", msg("preflight.issued_changed", document=_doc(state.issued.doc),
                                          number=state.issued.number, date=format_date_short(state.issued.issued_on),
                                          count=len([c for c in state.changes if c.startswith("+")])), where)
        # one series per calendar year for the council's own symbol: a later date, a higher number
        series = sorted((d for d in dated if d[2].isdigit()), key=lambda d: (d[0], int(d[2])))
        for (d1, doc1, n1), (d2, doc2, n2) in pairwise(series):
            if int(n2) <= int(n1):
                report.add(ERROR, "", msg("preflight.numbers_out_of_order", later=_doc(doc2), later_number=n2,
                                          later_date=format_date_short(d2), earlier=_doc(doc1), earlier_number=n1,
                                          earlier_date=format_date_short(d1)), Target("document", doc2))
        meeting_day = data.meeting("date", "")
        try:
            meeting_day = dt.date.fromisoformat(str(meeting_day)) if meeting_day else data.date("bien_ban")
        except ValueError:
            meeting_day = data.date("bien_ban")
        to_trinh, bao_cao = data.date("to_trinh"), data.date("bao_cao")
        if to_trinh and meeting_day and meeting_day > to_trinh:
            report.add(ERROR, "", msg("preflight.to_trinh_before_meeting", date=format_date_short(to_trinh),
                                      meeting=format_date_short(meeting_day)), Target("document", "to-trinh"))
        if to_trinh and bao_cao and bao_cao > to_trinh:
            report.add(ERROR, "", msg("preflight.to_trinh_before_report", date=format_date_short(to_trinh),
                                      report=format_date_short(bao_cao)), Target("document", "to-trinh"))
        due = next((d.due_on for d in data.status.deadlines if d.key == "ho_so"), None)
        if to_trinh and due and to_trinh > due:
            report.add(NOTE, "", msg("preflight.to_trinh_late", date=format_date_short(to_trinh),
                                     due=format_date_short(due)), Target("document", "to-trinh"))
        if not str(data.settings.approving_body or "").strip():
            report.add(ERROR, "", msg("preflight.no_approving_body"), Target("settings", "approving_body"))
