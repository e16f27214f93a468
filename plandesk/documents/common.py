"""What every dossier document shares: the plain data a builder reads (DossierData), the
header block with number and date, the signature with the recipients, the editable texts
(DocumentSettings.texts overrides the generated default of each paragraph) and the words
for counts, percentages and the commune."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Iterable

from plandesk.domain.dossier import (
    AssessmentInfo,
    CouncilRole,
    DocumentSettings,
    DossierStatus,
    EvidenceInfo,
    Status,
)
from plandesk.domain.text import format_date_long, format_percent, nfc

from . import layout
from .model import Header, Paragraph, Signatures, Signer, Style, para


@dataclass(frozen=True)
class Member:
    name: str
    position: str
    role: CouncilRole


@dataclass(frozen=True)
class DossierData:
    """Everything the documents print, read by the services in one go."""
    status: DossierStatus
    settings: DocumentSettings
    council: tuple[Member, ...] = ()
    evidence: tuple[EvidenceInfo, ...] = ()
    today: dt.date = field(default_factory=dt.date.today)

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
    def council_name(self) -> str:
        """"Hội đồng bảo vệ an ninh, trật tự xã Thanh Mỹ"."""
        return f"Hội đồng bảo vệ an ninh, trật tự {self.commune}"

    @property
    def title_phrase(self) -> str:
        """"xã điển hình về phong trào toàn dân bảo vệ an ninh Tổ quốc"."""
        return f"{self.unit.kind} điển hình về phong trào toàn dân bảo vệ an ninh Tổ quốc"

    @property
    def approving_body(self) -> str:
        return nfc(self.settings.approving_body).strip() or "Ban Chỉ đạo"

    def member(self, role: CouncilRole) -> Member | None:
        return next((m for m in self.council if m.role is role), None)

    def evidence_of(self, code: str) -> list[EvidenceInfo]:
        return [e for e in self.evidence if code in e.criteria]

    def criteria_of(self, group: str) -> list[AssessmentInfo]:
        return [c for c in self.status.criteria if c.group == group]

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


# -- numbers and words -------------------------------------------------------------------------
def padded(n: int) -> str:
    """Counts below 10 take a leading zero in administrative prose: "09 thành viên"."""
    return f"{n:02d}" if 0 < n < 10 else str(n)


def percent(part: int, whole: int) -> str:
    return format_percent(100.0 * part / whole) if whole else format_percent(0)


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
    """"Báo cáo số 15/BC-HĐ ngày 25/9/2024" as cited inside another document."""
    number = document_number(data, key)[len("Số:"):].strip()
    if number.startswith("/"):  # blank number: room to write it in
        number = "     " + number
    when = data.date(key)
    text = f"{kind} số {number}"
    if when:
        text += f" ngày {when.day:02d}/{when.month:02d}/{when.year}"
    return text


def place_date(data: DossierData, key: str) -> str:
    place = nfc(data.settings.place).strip() or data.unit.name
    return f"{place}, {format_date_long(data.date(key), data.year)}"


def header(data: DossierData, key: str) -> Header:
    s = data.settings
    return Header(parent=nfc(s.issuing_body_parent).strip().upper(),
                  body=(nfc(s.issuing_body).strip() or data.council_name).upper(),
                  number=document_number(data, key), place_date=place_date(data, key))


def signer(data: DossierData) -> Signer:
    s = data.settings
    name = nfc(s.signer_name).strip()
    if not name:
        chair = data.member(CouncilRole.CHU_TICH)
        name = chair.name if chair else ""
    return Signer(nfc(s.signer_authority).strip().upper(), nfc(s.signer_position).strip().upper(), name)


def recipients(data: DossierData, first: Iterable[str] = ()) -> tuple[str, ...]:
    """"- …;" per line, the last "- Lưu: VT." (added when the list has no "Lưu")."""
    items = [nfc(x).strip().rstrip(";.") for x in (*first, *data.settings.recipients)]
    items = [x for x in dict.fromkeys(items) if x]
    if "Như trên" in items:  # the addressee of "Kính gửi" is already "như trên"
        items = [x for x in items if x.lower() != data.approving_body.lower()]
    if not items:
        items = [data.approving_body]
    if not any(x.lower().startswith("lưu") for x in items):
        items.append("Lưu: VT")
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


def met_summary(data: DossierData) -> str:
    """"đạt 34/34 tiêu chí (100 %)"."""
    return f"đạt {data.status.met}/{data.status.total} tiêu chí ({percent(data.status.met, data.status.total)})"


def not_met(data: DossierData) -> list[AssessmentInfo]:
    return [c for c in data.status.criteria if c.status is not Status.DAT]


def codes(items: Iterable[AssessmentInfo]) -> str:
    return ", ".join(c.code for c in items)


def group_line(data: DossierData) -> str:
    """"nhóm I (Lãnh đạo, chỉ đạo) đạt 7/7; nhóm II … đạt 6/8; …"."""
    return "; ".join(f"nhóm {g.code} ({g.title}) đạt {g.dat}/{g.total} tiêu chí" for g in data.status.groups)


def status_word(status: Status) -> str:
    return status.label
