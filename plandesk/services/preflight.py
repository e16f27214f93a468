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
from plandesk.domain.rules import Suggestion
from plandesk.domain.text import format_date_short

from .export import ExportService
from .export_names import ISSUABLE, LABELS
from .issued import IssueService

ERROR, NOTE = "loi", "luu_y"
SEVERITY_LABELS = {ERROR: "Lỗi", NOTE: "Lưu ý"}

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
    text: str               # one sentence, in Vietnamese
    target: Target


@dataclass
class PreflightReport:
    dossier_id: int
    findings: list[Finding] = field(default_factory=list)

    def add(self, severity: str, code: str, text: str, target: Target) -> None:
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
                report.add(ERROR, c.code, str(blocker), where)
            if c.status is Status.KHONG_DAT and c.suggestion is Suggestion.DAT:
                report.add(ERROR, c.code, f"Tiêu chí {c.code} được kết luận Không đạt nhưng số liệu cho thấy đã "
                                          f"đạt ({c.reason}).", where)
            if c.status is Status.DAT and c.suggestion is Suggestion.THIEU_SO_LIEU:
                report.add(NOTE, c.code, f"Tiêu chí {c.code} được kết luận Đạt nhưng chưa nhập đủ số liệu "
                                         f"({c.reason}).", where)
            if c.status is Status.DAT and not c.result.strip():
                report.add(ERROR, c.code, f"Tiêu chí {c.code} được kết luận Đạt nhưng chưa ghi kết quả thực hiện.",
                           where)
            if c.status is Status.DAT and c.evidence_count == 0 and not explanation_problem(c.explanation):
                report.add(NOTE, c.code, f"Tiêu chí {c.code} không có tài liệu minh chứng, chỉ có giải trình; "
                                         "nơi thẩm định có thể yêu cầu bổ sung.", where)

    @staticmethod
    def _evidence(data: DossierData, report: PreflightReport) -> None:
        year = data.year
        for e in data.evidence:
            where = Target("evidence", str(e.id))
            name = e.title or e.original_name
            code = e.criteria[0] if e.criteria else ""
            if not e.criteria:
                report.add(NOTE, "", f"Tài liệu “{name}” chưa gắn với tiêu chí nào nên không có trong danh mục "
                                     "minh chứng.", where)
                continue
            codes = ", ".join(e.criteria)
            if e.issued_on is None:
                report.add(ERROR, code, f"Tài liệu “{name}” (tiêu chí {codes}) chưa có ngày ban hành.", where)
            elif e.issued_on.year != year:
                report.add(NOTE if e.issued_on.year == year - 1 else ERROR, code,
                           f"Tài liệu “{name}” (tiêu chí {codes}) ban hành ngày {format_date_short(e.issued_on)}, "
                           f"ngoài năm {year}" + (" (kết quả năm trước: kiểm tra lại có phù hợp không)."
                                                  if e.issued_on.year == year - 1 else "."), where)
            elif e.issued_on > data.today:
                report.add(ERROR, code, f"Tài liệu “{name}” ghi ngày ban hành {format_date_short(e.issued_on)}, "
                                        "sau ngày hôm nay.", where)
            if not e.number.strip() and e.media_type == "application/pdf":
                report.add(NOTE, code, f"Tài liệu “{name}” (tiêu chí {codes}) chưa có số, ký hiệu.", where)
            if not e.issuer.strip():
                report.add(NOTE, code, f"Tài liệu “{name}” (tiêu chí {codes}) chưa có cơ quan ban hành.", where)

    # -- the dossier ------------------------------------------------------------------------
    @staticmethod
    def _council(data: DossierData, report: PreflightReport) -> None:
        council = Target("council")
        if not data.council:
            report.add(ERROR, "", "Chưa có danh sách thành viên Hội đồng (biên bản không ghi được thành phần).",
                       council)
            return
        for role in (CouncilRole.CHU_TICH, CouncilRole.THU_KY):
            if data.member(role) is None:
                report.add(ERROR, "", f"Hội đồng chưa có {role.label} (người ký biên bản).", council)
        meeting = Target("meeting")
        names = {m.name.lower() for m in data.council}
        for key, label in (("chair", "Người chủ trì"), ("secretary", "Thư ký")):
            name = str(data.meeting(key, "") or "")
            if name and name.lower() not in names:
                report.add(NOTE, "", f"{label} cuộc họp “{name}” không có trong danh sách Hội đồng.", meeting)
        present = len(present_members(data))
        agreed, against = votes_for(data), votes_against(data)
        if agreed is None:
            report.add(NOTE, "", "Biên bản chưa ghi kết quả biểu quyết (số tán thành): sẽ để trống để ghi tay.",
                       meeting)
        elif agreed + (against or 0) > present:
            report.add(ERROR, "", f"Số phiếu biểu quyết ({agreed} tán thành, {against or 0} không tán thành) "
                                  f"nhiều hơn số thành viên có mặt ({present}).", meeting)
        elif agreed * 2 <= present:
            report.add(ERROR, "", f"Chỉ {agreed}/{present} thành viên có mặt tán thành: chưa quá một nửa.", meeting)
        if present * 2 <= len(data.council):
            report.add(ERROR, "", f"Cuộc họp chỉ có {present}/{len(data.council)} thành viên Hội đồng có mặt.",
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
                missing = [w for w, v in (("số", number), ("ngày", when)) if not v]
                report.add(NOTE, "", f"{LABELS[doc]} chưa ban hành" + (f" (chưa có {' và '.join(missing)})"
                                                                        if missing else "") + ".", where)
            if when is not None and when.year != year:
                report.add(ERROR, "", f"{LABELS[doc]} ghi ngày {format_date_short(when)}, ngoài năm {year}.", where)
            if when is not None and number:
                dated.append((when, doc, number))
        for state in self.issued.states(dossier_id):
            where = Target("document", state.issued.doc)
            if state.problem:
                report.add(ERROR, "", f"{state.issued.label} đã ban hành ({state.issued.number}) nhưng hồ sơ hiện "
                                      f"không còn đủ điều kiện cho văn bản này: {state.problem.splitlines()[0]}", where)
            elif state.changes:
                report.add(ERROR, "", f"{state.issued.label} đã ban hành ({state.issued.number}, ngày "
                                      f"{format_date_short(state.issued.issued_on)}) nhưng hồ sơ đã thay đổi sau đó "
                                      f"({len([c for c in state.changes if c.startswith('+')])} đoạn khác): hãy ban "
                                      "hành phiên bản mới.", where)
        # one series per calendar year for the council's own symbol: a later date, a higher number
        series = sorted((d for d in dated if d[2].isdigit()), key=lambda d: (d[0], int(d[2])))
        for (d1, doc1, n1), (d2, doc2, n2) in pairwise(series):
            if int(n2) <= int(n1):
                report.add(ERROR, "", f"Số văn bản không theo thứ tự: {LABELS[doc2]} số {n2} ngày "
                                      f"{format_date_short(d2)} đứng sau {LABELS[doc1]} số {n1} ngày "
                                      f"{format_date_short(d1)}.", Target("document", doc2))
        meeting_day = data.meeting("date", "")
        try:
            meeting_day = dt.date.fromisoformat(str(meeting_day)) if meeting_day else data.date("bien_ban")
        except ValueError:
            meeting_day = data.date("bien_ban")
        to_trinh, bao_cao = data.date("to_trinh"), data.date("bao_cao")
        if to_trinh and meeting_day and meeting_day > to_trinh:
            report.add(ERROR, "", f"Tờ trình ngày {format_date_short(to_trinh)} trước cuộc họp xét ngày "
                                  f"{format_date_short(meeting_day)} mà nó dẫn làm căn cứ.",
                       Target("document", "to-trinh"))
        if to_trinh and bao_cao and bao_cao > to_trinh:
            report.add(ERROR, "", f"Tờ trình ngày {format_date_short(to_trinh)} trước báo cáo ngày "
                                  f"{format_date_short(bao_cao)} mà nó gửi kèm.", Target("document", "to-trinh"))
        due = next((d.due_on for d in data.status.deadlines if d.key == "ho_so"), None)
        if to_trinh and due and to_trinh > due:
            report.add(NOTE, "", f"Tờ trình ngày {format_date_short(to_trinh)}, sau hạn nộp hồ sơ "
                                 f"{format_date_short(due)}.", Target("document", "to-trinh"))
        if not str(data.settings.approving_body or "").strip():
            report.add(ERROR, "", "Chưa ghi cơ quan xét công nhận (Kính gửi).", Target("settings", "approving_body"))
