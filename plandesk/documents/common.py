"""What every dossier document shares: the plain data a builder reads (DossierData) and the
facts computed from it once (DossierFacts: the counts, the evidence documents with their
annex numbers, what blocks a request for recognition), the header block with number and
date, the signature with the recipients, the căn cứ, the editable texts
(DocumentSettings.texts overrides the generated default of each paragraph) and the words for
counts, percentages and the commune.

Every number a document prints comes from DossierFacts, so the tờ trình, the báo cáo, its
annex and the biên bản of one dossier say the same thing."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from plandesk.domain.dossier import (
    AssessmentInfo,
    CouncilMember,
    CouncilRole,
    DocumentSettings,
    DossierStatus,
    EvidenceInfo,
    Status,
)
from plandesk.domain.framework import Framework, LegalSource
from plandesk.domain.messages import CodedError, Listing, Message, Param, msg
from plandesk.domain.rules import Suggestion
from plandesk.domain.text import fold, format_date_long, format_day_month, format_percent, nfc

from . import layout
from .model import Header, Paragraph, Signatures, Signer, Style, Title, para, subject_lines


@dataclass(frozen=True)
class AnnexEntry:
    """One evidence document in the annex: its number there (STT) and every criterion it proves."""
    number: int
    evidence: EvidenceInfo
    criteria: tuple[str, ...]


@dataclass(frozen=True)
class Blocker:
    """Why the commune cannot yet ask for recognition: one sentence, about one criterion
    (``code``) or about the dossier (``code`` empty)."""
    code: str
    sentence: Message    # str() the Vietnamese sentence the documents print


class DocumentNotAllowed(CodedError):
    """A document the dossier's state does not allow (a tờ trình asking for recognition while
    a criterion blocks it): the reasons, one sentence each, and the documents that fit."""

    def __init__(self, doc: str, reasons: list[Param], alternatives: list[tuple[str, Param]]):
        self.doc, self.reasons, self.alternatives = doc, reasons, alternatives
        listed = Listing(tuple(Listing(("- ", r), "") for r in reasons), "\n")
        offer = Listing(tuple(label for _key, label in alternatives), "; ")   # the command line adds its keys
        super().__init__(msg("document.to_trinh_refused_offer", reasons=listed, offer=offer) if alternatives
                         else msg("document.to_trinh_refused", reasons=listed))


@dataclass(frozen=True)
class DossierData:
    """Everything the documents print, read by the services in one go."""
    status: DossierStatus
    settings: DocumentSettings
    council: tuple[CouncilMember, ...] = ()
    evidence: tuple[EvidenceInfo, ...] = ()
    today: dt.date = field(default_factory=dt.date.today)
    framework: Framework | None = None
    as_of: dt.date | None = None      # a report built as the dossier stood on this day (báo cáo 6 tháng)
    as_of_rebuilt: bool = True        # False: the history starts after ``as_of``; present values were used

    @property
    def year(self) -> int:
        return self.status.dossier.year

    @property
    def unit(self):
        return self.status.dossier.unit

    @property
    def commune(self) -> str:
        """"xã Thanh Mỹ"."""
        return f"{self.unit.kind} {self.unit.name}".strip()

    @property
    def Commune(self) -> str:  # noqa: N802 - the same, capitalised at the start of a sentence
        return self.commune[:1].upper() + self.commune[1:]

    @property
    def council_name(self) -> str:
        """"Hội đồng bảo vệ an ninh, trật tự xã Thanh Mỹ"."""
        return f"Hội đồng bảo vệ an ninh, trật tự {self.commune}"

    @property
    def council_name_defining(self) -> str:
        """The council's name at its first use in a document, defining the abbreviation the
        criteria's short titles use: "Hội đồng bảo vệ an ninh, trật tự (ANTT) xã Thanh Mỹ"."""
        return f"Hội đồng bảo vệ an ninh, trật tự (ANTT) {self.commune}"

    @property
    def title_phrase_defining(self) -> str:
        """"xã điển hình về phong trào toàn dân bảo vệ an ninh Tổ quốc (ANTQ)", at first use."""
        return f"{self.title_phrase} (ANTQ)"

    @property
    def title_phrase(self) -> str:
        """"xã điển hình về phong trào toàn dân bảo vệ an ninh Tổ quốc"."""
        return f"{self.unit.kind} điển hình về phong trào toàn dân bảo vệ an ninh Tổ quốc"

    @property
    def approving_body(self) -> str:
        return nfc(self.settings.approving_body).strip() or "Ban Chỉ đạo"

    def member(self, role: CouncilRole) -> CouncilMember | None:
        return next((m for m in self.council if m.role is role), None)

    def evidence_of(self, code: str) -> list[EvidenceInfo]:
        return [e for e in self.evidence if code in e.criteria]

    def criteria_of(self, group: str) -> list[AssessmentInfo]:
        return [c for c in self.status.criteria if c.group == group]

    @cached_property
    def facts(self) -> DossierFacts:
        return DossierFacts.of(self)

    # -- settings ------------------------------------------------------------------------
    def text(self, key: str, default: str) -> str:
        """The officer's own wording for a paragraph, or the generated default."""
        own = nfc(str(self.settings.texts.get(key, "") or "")).strip()
        return own or nfc(default).strip()

    def meeting(self, key: str, default: Any = "") -> Any:
        value = self.settings.meeting.get(key, default)
        if isinstance(value, str):
            value = nfc(value).strip()
            return value if value else default
        return default if value is None else value

    def date(self, key: str) -> dt.date | None:
        raw = str(self.settings.dates.get(key, "") or "").strip()
        if not raw:
            return None
        try:
            return dt.date.fromisoformat(raw)
        except ValueError:
            return None


# -- the facts, computed once ---------------------------------------------------------------------
# An explanation in place of evidence must say where the result can be checked, and not by
# pointing at the documents of this very dossier (the meeting that reviews the report, the
# report itself, the tờ trình): a reviewer sends such a criterion back.
_CIRCULAR = ("bien ban hop xet", "hop xet", "to trinh", "bao cao ket qua xay dung", "ho so nay", "bao cao nay",
             "bao cao tong ket nam cua hoi dong", "bien ban nay")
MIN_EXPLANATION_WORDS = 8


def explanation_problem(text: str) -> Message | None:
    """Why an explanation cannot stand in for evidence (None when it can)."""
    text = nfc(text).strip()
    if not text:
        return msg("explanation.missing")
    folded = fold(text)
    hit = next((c for c in _CIRCULAR if c in folded), None)
    if hit is not None:
        return msg("explanation.circular")
    if len(text.split()) < MIN_EXPLANATION_WORDS:
        return msg("explanation.too_short", words=MIN_EXPLANATION_WORDS)
    return None


def _short(c: AssessmentInfo) -> Message:
    return msg("blocker.criterion", criterion=c.code, title=c.short_title)


def criterion_blocker(c: AssessmentInfo) -> Message | None:
    """The one sentence saying why this criterion blocks a request for recognition (None if not)."""
    if c.status is Status.KHONG_DAT:
        return msg("blocker.not_met", criterion=_short(c))
    if c.status is Status.DANG_THUC_HIEN:
        return msg("blocker.in_progress", criterion=_short(c))
    if c.status is Status.CHUA_DANH_GIA:
        return msg("blocker.not_assessed", criterion=_short(c))
    if c.suggestion is Suggestion.KHONG_DAT:
        return msg("blocker.figures_not_met", criterion=_short(c), reason=c.reason)
    if c.evidence_count == 0:
        problem = explanation_problem(c.explanation)
        if problem:
            return msg("blocker.no_evidence", criterion=_short(c), problem=problem)
    return None


@dataclass(frozen=True)
class DossierFacts:
    total: int
    met: int
    not_met: tuple[AssessmentInfo, ...]
    annex: tuple[AnnexEntry, ...]                 # each linked document once, in criterion order
    annex_numbers: dict[str, tuple[int, ...]]     # criterion -> STT of its documents in the annex
    blockers: tuple[Blocker, ...]

    @classmethod
    def of(cls, data: DossierData) -> DossierFacts:
        s = data.status
        position = {c.code: i for i, c in enumerate(s.criteria)}
        linked = [e for e in data.evidence if any(code in position for code in e.criteria)]
        linked.sort(key=lambda e: (min(position[c] for c in e.criteria if c in position),
                                   e.issued_on or dt.date.max, e.id))
        annex = tuple(AnnexEntry(i, e, tuple(sorted((c for c in e.criteria if c in position),
                                                    key=position.__getitem__)))
                      for i, e in enumerate(linked, start=1))
        numbers: dict[str, list[int]] = {}
        for entry in annex:
            for code in entry.criteria:
                numbers.setdefault(code, []).append(entry.number)
        blockers = [Blocker(c.code, sentence) for c in s.criteria if (sentence := criterion_blocker(c))]
        agreed, present = votes_for(data), len(present_members(data))
        if agreed is not None and data.council and agreed * 2 <= present:
            blockers.append(Blocker("", msg("blocker.vote", agreed=padded(agreed), present=padded(present))))
        return cls(total=s.total, met=s.met, not_met=tuple(c for c in s.criteria if c.status is not Status.DAT),
                   annex=annex, annex_numbers={k: tuple(v) for k, v in numbers.items()},
                   blockers=tuple(blockers))

    @property
    def documents(self) -> int:
        """Distinct evidence documents linked to at least one criterion."""
        return len(self.annex)

    @property
    def covered(self) -> int:
        """Criteria with at least one evidence document."""
        return len(self.annex_numbers)

    @property
    def ready(self) -> bool:
        """Every criterion Đạt with evidence or an explanation that stands: a tờ trình may ask
        for recognition."""
        return not self.blockers


# -- the meeting (biên bản), needed by the facts ------------------------------------------------
def _int(value) -> int | None:
    try:
        return int(str(value).strip())
    except (TypeError, ValueError):
        return None


def votes_for(data: DossierData) -> int | None:
    return _int(data.meeting("votes_for", ""))


def votes_against(data: DossierData) -> int | None:
    return _int(data.meeting("votes_against", ""))


def absent_members(data: DossierData) -> list[tuple[CouncilMember | None, str, str]]:
    """(member if on the council list, name, reason) for each absent person."""
    raw = data.meeting("absent", "")
    items = raw if isinstance(raw, list) else [x for x in str(raw).split(";")]
    out = []
    for item in items:
        item = nfc(str(item)).strip()
        if not item:
            continue
        match = re.fullmatch(r"(.*?)\s*\((.*)\)\s*", item)
        name, reason = (match.group(1).strip(), match.group(2).strip()) if match else (item, "")
        member = next((m for m in data.council if m.name.lower() == name.lower()), None)
        out.append((member, member.name if member else name, reason))
    return out


def present_members(data: DossierData) -> list[CouncilMember]:
    absent = {name.lower() for _, name, _ in absent_members(data)}
    return [m for m in data.council if m.name.lower() not in absent]


# -- numbers and words -------------------------------------------------------------------------
def padded(n: int) -> str:
    """Counts below 10 take a leading zero in administrative prose, as the seeds write them:
    "09 thành viên", "06 tháng", "07/07 tiêu chí"."""
    return f"{n:02d}" if 0 < n < 10 else str(n)


def fraction(part: int, whole: int) -> str:
    """"07/07", "31/34"."""
    return f"{padded(part)}/{padded(whole)}"


def percent(part: int, whole: int) -> str:
    return format_percent(100.0 * part / whole) if whole else format_percent(0)


def prose_numbers(text: str) -> str:
    """A count below 10 before "tháng" padded as the seeds write it ("06 tháng"), for the
    titles PlanDesk generated itself (deadlines), so one dossier writes its numbers one way."""
    return re.sub(r"(?<![\d/.,])([1-9]) tháng", r"0\1 tháng", nfc(text))


def cited_date(value: dt.date) -> str:
    """A date inside a citation, as the seeds write it: "12/4/2023", "03/01/2024"."""
    day, month = format_day_month(value)
    return f"{day}/{month}/{value.year}"


def document_number(data: DossierData, key: str) -> str:
    """"Số: 12/TTr-HĐ"; a full symbol typed by the officer ("12/TTr-HĐBVANTT") is kept as is;
    a blank number leaves room for the records office."""
    raw = nfc(str(data.settings.numbers.get(key, "") or "")).strip()
    body = nfc(str(data.settings.numbers.get("co_quan", "") or "")).strip() or layout.DEFAULT_BODY_ABBREVIATION
    symbol = f"{layout.TYPE_ABBREVIATIONS[key]}-{body}"
    if "/" in raw:
        return f"Số: {raw}"
    if raw.isdigit():
        raw = padded(int(raw))
    return f"Số: {raw}/{symbol}" if raw else f"Số:{layout.BLANK_NUMBER}/{symbol}"


def reference(data: DossierData, key: str, kind: str) -> str:
    """"Báo cáo số 15/BC-HĐ ngày 25/9/2024" as cited inside another document; a blank number
    or date leaves room to write it in ("Báo cáo số      /BC-HĐ ngày      /      /2024")."""
    number = document_number(data, key)[len("Số:"):].strip()
    if number.startswith("/"):  # blank number: room to write it in
        number = "     " + number
    when = data.date(key)
    return f"{kind} số {number} ngày {cited_date(when) if when else layout.BLANK_DATE + str(data.year)}"


def annex_caption(data: DossierData, key: str, kind: str) -> str:
    """"(Kèm theo Báo cáo số 15/BC-HĐ ngày 25/9/2024 của Hội đồng …)"."""
    return f"(Kèm theo {reference(data, key, kind)} của {data.council_name})"


def place_date(data: DossierData, key: str) -> str:
    place = nfc(data.settings.place).strip() or data.unit.name
    return f"{place}, {format_date_long(data.date(key), data.year)}"


def header(data: DossierData, key: str) -> Header:
    s = data.settings
    return Header(parent=nfc(s.issuing_body_parent).strip().upper(),
                  body=(nfc(s.issuing_body).strip() or data.council_name).upper(),
                  number=document_number(data, key), place_date=place_date(data, key))


def title(kind: str, subject: str) -> Title:
    """The document type and its trích yếu, cut into even lines (never a lone "2024")."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from .fonts import register_fonts

    bold = register_fonts() + "-Bold"
    limit = layout.SUBJECT_MAX_WIDTH_MM * 72 / 25.4
    return Title(kind, subject_lines(subject, lambda t: stringWidth(t, bold, layout.SUBJECT_SIZE), limit))


def signer(data: DossierData) -> Signer:
    s = data.settings
    name = nfc(s.signer_name).strip()
    if not name:
        chair = data.member(CouncilRole.CHU_TICH)
        name = chair.name if chair else ""
    return Signer(nfc(s.signer_authority).strip().upper(), nfc(s.signer_position).strip().upper(), name)


def storage_line(data: DossierData) -> str:
    """"Lưu: VT, CAX": the records office and the drafting unit (Nghị định 30/2020)."""
    unit = nfc(getattr(data.settings, "drafting_unit", "") or "").strip() or layout.DEFAULT_DRAFTING_UNIT
    return f"Lưu: VT, {unit}"


def recipients(data: DossierData, first: Iterable[str] = (), replace: bool = False) -> tuple[str, ...]:
    """"- …;" per line, the last "- Lưu: VT, <drafting unit>." (added when the list has none;
    a "Lưu: VT" alone gets the drafting unit). ``replace``: ``first`` is the whole list."""
    items = [nfc(x).strip().rstrip(";.") for x in (*first, *(() if replace else data.settings.recipients))]
    items = [x[2:].strip() if x.startswith("- ") else x for x in items]
    items = [x for x in dict.fromkeys(items) if x]
    if "Như trên" in items:  # the addressee of "Kính gửi" is already "như trên"
        items = [x for x in items if x.lower() != data.approving_body.lower()]
    if not items:
        items = [data.approving_body]
    kept = [x for x in items if not x.lower().startswith("lưu")]
    storage = [x for x in items if x.lower().startswith("lưu")]
    last = storage[-1] if storage else ""
    if not last or re.fullmatch(r"lưu\s*:?\s*vt", last, re.IGNORECASE):
        last = storage_line(data)
    items = kept + [last]
    return tuple(f"- {x}{'.' if i == len(items) - 1 else ';'}" for i, x in enumerate(items))


def signatures(data: DossierData, first_recipients: Iterable[str] = ()) -> Signatures:
    return Signatures(right=signer(data), recipients=recipients(data, first_recipients))


def paragraphs(text: str, style: Style = Style.BODY) -> list[Paragraph]:
    """A text with one paragraph per line (blank lines ignored)."""
    return [para(line, style) for line in nfc(text).splitlines() if line.strip()]


def bases(lines: str) -> list[Paragraph]:
    """Căn cứ: one per line, each ending with ";" and the last with "."."""
    items = [line.strip().rstrip(";.,") for line in nfc(lines).splitlines() if line.strip()]
    return [para(f"{x}{'.' if i == len(items) - 1 else ';'}", Style.BASIS) for i, x in enumerate(items)]


def cite(source: LegalSource) -> str:
    """"Phụ lục I kèm theo Kế hoạch số 2647/KH-BCĐ ngày 12/4/2023 của Ban Chỉ đạo … về …"."""
    try:
        when = f" ngày {cited_date(dt.date.fromisoformat(source.date))}"
    except ValueError:
        when = ""
    text = f"{source.kind} số {source.number}{when} của {source.issuer}"
    if source.subject:
        text += f" {source.subject}"
    return f"{source.part} kèm theo {text}" if source.part else text


def legal_bases(data: DossierData) -> list[str]:
    """The documents every dossier document rests on: the plan the dossier answers (settings),
    the framework's sources (by number, date and issuer), and the dossier's own additions."""
    out: list[str] = []
    plan = nfc(data.settings.plan_reference).strip()
    if plan:
        out.append(plan)
    framework = data.framework
    if framework is not None and framework.sources:
        first, *others = framework.sources
        out.append(f"{framework.title} tại {cite(first)}" if first.part else
                   f"{cite(first)} ban hành {framework.title[:1].lower() + framework.title[1:]}")
        out += [cite(source) for source in others]
    else:
        title = data.status.dossier.framework_title
        out.append(title or "Bộ tiêu chí")
    for extra in getattr(data.settings, "legal_bases", None) or []:
        extra = nfc(str(extra)).strip().rstrip(";.")
        if extra.startswith("Căn cứ "):
            extra = extra[len("Căn cứ "):]
        if extra and extra not in out:
            out.append(extra)
    return list(dict.fromkeys(out))


def framework_cited(data: DossierData) -> str:
    """"Bộ tiêu chí xây dựng xã điển hình … tại Phụ lục I kèm theo Kế hoạch số 2647/KH-BCĐ ngày
    12/4/2023 của Ban Chỉ đạo 138 huyện Tháp Mười", for the body of a document."""
    title = data.framework.title if data.framework is not None else data.status.dossier.framework_title
    title = title or "Bộ tiêu chí"
    if data.framework is not None and data.framework.sources:
        source = data.framework.sources[0]
        short = LegalSource(source.kind, source.number, source.date, source.issuer, "", source.part)
        return f"{title} tại {cite(short)}" if source.part else f"{title} ({cite(short)})"
    return title


def met_summary(data: DossierData) -> str:
    """"đạt 34/34 tiêu chí (100 %)"."""
    f = data.facts
    return f"đạt {fraction(f.met, f.total)} tiêu chí ({percent(f.met, f.total)})"


def evidence_summary(data: DossierData) -> str:
    """"06 tài liệu minh chứng cho 18/34 tiêu chí": the one count every document prints."""
    f = data.facts
    return f"{padded(f.documents)} tài liệu minh chứng cho {fraction(f.covered, f.total)} tiêu chí"


def not_met(data: DossierData) -> list[AssessmentInfo]:
    return list(data.facts.not_met)


def codes(items: Iterable[AssessmentInfo]) -> str:
    return ", ".join(c.code for c in items)


def group_line(data: DossierData) -> str:
    """"nhóm I (Lãnh đạo, chỉ đạo) đạt 07/07 tiêu chí; nhóm II … đạt 06/08 tiêu chí; …"."""
    return "; ".join(f"nhóm {g.code} ({g.title}) đạt {fraction(g.dat, g.total)} tiêu chí" for g in data.status.groups)


def self_assessment(status: Status) -> str:
    """The báo cáo's self-assessment: only Đạt or Không đạt (what is not met yet is not met)."""
    return "Đạt" if status is Status.DAT else "Không đạt"


def status_word(status: Status) -> str:
    return status.label


def not_met_line(data: DossierData) -> str:
    """"II.5 (đang thực hiện), II.8 (đang thực hiện), III.11 (không đạt)"."""
    return ", ".join(f"{c.code} ({c.status.label.lower()})" for c in data.facts.not_met)
