"""The dossier's plain values: decisions, council roles, deadlines and document settings,
and the read-only views the services hand to the GUI and the command line."""
from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from typing import Any

from .messages import TEXTS, Param, msg
from .rules import Suggestion
from .schema import RefusedValue, lenient_settings


class Status(enum.Enum):
    """The council's decision on a criterion."""

    CHUA_DANH_GIA = "chua_danh_gia"
    DANG_THUC_HIEN = "dang_thuc_hien"
    DAT = "dat"
    KHONG_DAT = "khong_dat"

    @property
    def key(self) -> str:
        """The decision's name in the catalogue of messages (``status.dat``)."""
        return f"status.{self.value}"

    @property
    def label(self) -> str:
        return TEXTS[self.key]

    @property
    def decided(self) -> bool:
        return self in (Status.DAT, Status.KHONG_DAT)

    @classmethod
    def parse(cls, text: str) -> Status:
        key = text.strip().lower().replace("-", "_")
        for status in cls:
            if key in (status.value, status.label.lower()):
                return status
        raise RefusedValue(msg("status.unknown", status=text, known=", ".join(s.value for s in cls)))


STATUS_LABELS = {status: status.label for status in Status}


class ReviewStatus(enum.Enum):
    """The approving body's review of a criterion."""

    CHUA_XEM = "chua_xem"
    DAT = "dat"
    YEU_CAU_BO_SUNG = "yeu_cau_bo_sung"

    @property
    def key(self) -> str:
        """The review's name in the catalogue of messages (``review.dat``)."""
        return f"review.{self.value}"

    @property
    def label(self) -> str:
        return TEXTS[self.key]


class CouncilRole(enum.Enum):
    CHU_TICH = "chu_tich"
    PHO_CHU_TICH = "pho_chu_tich"
    THU_KY = "thu_ky"
    THANH_VIEN = "thanh_vien"

    @property
    def key(self) -> str:
        """The council role's name in the catalogue of messages (``council_role.thu_ky``)."""
        return f"council_role.{self.value}"

    @property
    def label(self) -> str:
        return TEXTS[self.key]


class Keep(enum.Enum):
    """A field a change leaves as it is, where None would empty it (a deadline)."""

    KEEP = "keep"


KEEP = Keep.KEEP


@dataclass(frozen=True)
class AssessmentChange:
    """One change of a criterion's assessment, as the window, the command line and scripts ask
    for it: a field left None stays as it is (``deadline``: KEEP stays, None empties it);
    ``values`` are merged into the stored ones (a value None removes that value)."""

    status: Status | None = None
    result: str | None = None
    explanation: str | None = None
    lead_unit: str | None = None
    cooperating_units: str | None = None
    deadline: dt.date | None | Keep = KEEP
    values: Mapping[str, Any] | None = None
    review_status: ReviewStatus | None = None
    review_comment: str | None = None

    def given(self) -> tuple[str, ...]:
        """The fields this change sets."""
        return tuple(f.name for f in fields(self) if getattr(self, f.name) is not f.default)

    def __bool__(self) -> bool:
        return bool(self.given())

    def without(self, *names: str) -> AssessmentChange:
        """This change but for the named fields (e.g. a refused decision)."""
        return replace(self, **{name: getattr(AssessmentChange, name) for name in names})

    def then(self, later: AssessmentChange) -> AssessmentChange:
        """This change followed by a later one: the later fields win, the values add up."""
        merged = replace(self, **{name: getattr(later, name) for name in later.given()})
        if self.values and later.values:
            merged = replace(merged, values={**self.values, **later.values})
        return merged


@dataclass(frozen=True)
class CouncilMember:
    """A member of the council that meets on the dossier (Hội đồng xét): as typed in the window or
    on the command line, read from a spreadsheet, listed by the services and printed in the
    documents. ``id`` is the saved member's (None before it is saved)."""

    name: str
    position: str = ""
    role: CouncilRole = CouncilRole.THANH_VIEN
    id: int | None = None


@dataclass(frozen=True)
class EvidenceEdit:
    """A change of an evidence document's details, as the window's dialog, ``evidence edit``
    and a package's import ask for it: a field left None stays as it is (``issued_on``: KEEP
    stays, None empties the date)."""

    number: str | None = None
    issued_on: dt.date | None | Keep = KEEP
    issuer: str | None = None
    title: str | None = None
    note: str | None = None

    def given(self) -> tuple[str, ...]:
        """The fields this change sets."""
        return tuple(f.name for f in fields(self) if getattr(self, f.name) is not f.default)

    def __bool__(self) -> bool:
        return bool(self.given())


@dataclass(frozen=True)
class DeadlineDefault:
    key: str
    title: str
    month: int
    day: int


DEFAULT_DEADLINES = (
    DeadlineDefault("ke_hoach", "Gửi kế hoạch xây dựng xã điển hình", 1, 31),
    DeadlineDefault("bao_cao_6_thang", "Báo cáo sơ kết 6 tháng", 6, 5),
    DeadlineDefault("ho_so", "Báo cáo năm và hồ sơ đề nghị công nhận", 10, 5),
)


@dataclass
class DocumentSettings:
    """What the printed documents need beyond the assessments; every field is editable."""

    approving_body: str = "Ban Chỉ đạo 138 huyện"
    approving_body_parent: str = ""
    issuing_body: str = ""          # "HỘI ĐỒNG BẢO VỆ AN NINH, TRẬT TỰ XÃ THANH MỸ"
    issuing_body_parent: str = ""   # "UBND HUYỆN THÁP MƯỜI"
    place: str = ""                 # "Thanh Mỹ"
    signer_name: str = ""
    signer_position: str = "Chủ tịch"
    signer_authority: str = "TM. HỘI ĐỒNG"
    plan_reference: str = ""        # the plan the dossier answers
    numbers: dict[str, str] = field(default_factory=dict)   # document key -> number ("12")
    dates: dict[str, str] = field(default_factory=dict)     # document key -> ISO date
    recipients: list[str] = field(default_factory=list)
    meeting: dict[str, Any] = field(default_factory=dict)   # time, place, present, absent, votes
    texts: dict[str, str] = field(default_factory=dict)     # editable paragraphs by key
    drafting_unit: str = "CAX"      # the drafting unit in "- Lưu: VT, CAX."
    legal_bases: list[str] = field(default_factory=list)   # căn cứ of the dossier's own, besides the framework's

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> DocumentSettings:
        """The settings as stored; a value of the wrong type (e.g. from a package read before
        it was checked) is left out, so the dossier can still be exported and fixed."""
        known = {f for f in cls.__dataclass_fields__}
        return cls(**{k: v for k, v in lenient_settings(data or {}).items() if k in known})

    def to_dict(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self.__dataclass_fields__}


@dataclass(frozen=True)
class SettingsChange:
    """A change of the document settings, as the window, ``dossier settings set`` and scripts
    ask for it: a field left None stays as it is; a mapping or a list given replaces the
    stored one whole."""

    approving_body: str | None = None
    approving_body_parent: str | None = None
    issuing_body: str | None = None
    issuing_body_parent: str | None = None
    place: str | None = None
    signer_name: str | None = None
    signer_position: str | None = None
    signer_authority: str | None = None
    plan_reference: str | None = None
    numbers: Mapping[str, str] | None = None
    dates: Mapping[str, str] | None = None
    recipients: Sequence[str] | None = None
    meeting: Mapping[str, Any] | None = None
    texts: Mapping[str, str] | None = None
    drafting_unit: str | None = None
    legal_bases: Sequence[str] | None = None

    def given(self) -> tuple[str, ...]:
        """The settings this change sets."""
        return tuple(f.name for f in fields(self) if getattr(self, f.name) is not None)

    def __bool__(self) -> bool:
        return bool(self.given())

    def applied_to(self, settings: DocumentSettings) -> DocumentSettings:
        """The settings after this change (not checked yet: the service checks them)."""
        def copied(value: Any) -> Any:
            if isinstance(value, Mapping):
                return dict(value)
            return list(value) if isinstance(value, (list, tuple)) else value

        return replace(settings, **{name: copied(getattr(self, name)) for name in self.given()})


@dataclass(frozen=True)
class UnitInfo:
    name: str            # "Thanh Mỹ"
    code: str = ""       # official code of the administrative unit
    district: str = ""
    province: str = ""
    kind: str = "xã"

    @property
    def display_name(self) -> str:
        return f"{self.kind.capitalize()} {self.name}" if self.kind else self.name


@dataclass(frozen=True)
class DossierInfo:
    id: int
    unit: UnitInfo
    year: int
    framework_id: str
    framework_version: str
    framework_title: str
    created_at: dt.datetime


@dataclass(frozen=True)
class EvidenceInfo:
    id: int
    sha256: str
    original_name: str
    size: int
    media_type: str
    number: str
    issued_on: dt.date | None
    issuer: str
    title: str
    note: str
    criteria: tuple[str, ...] = ()
    added_at: dt.datetime | None = None


@dataclass(frozen=True)
class AssessmentInfo:
    code: str
    uid: str
    group: str
    short_title: str
    text: str
    status: Status
    suggestion: Suggestion
    reason: Param          # why the suggestion (a message: str() in Vietnamese)
    result: str
    explanation: str
    lead_unit: str
    cooperating_units: str
    deadline: dt.date | None
    values: dict[str, Any]
    evidence_count: int
    review_status: ReviewStatus
    review_comment: str

    @property
    def disagrees(self) -> bool:
        """The decision contradicts a computed suggestion."""
        return (self.status is Status.DAT and self.suggestion is Suggestion.KHONG_DAT) or (
            self.status is Status.KHONG_DAT and self.suggestion is Suggestion.DAT)


@dataclass(frozen=True)
class GroupProgress:
    code: str
    title: str
    total: int
    dat: int
    khong_dat: int
    dang_thuc_hien: int
    chua_danh_gia: int
    without_evidence: int


@dataclass(frozen=True)
class DeadlineInfo:
    key: str
    title: str
    due_on: dt.date
    done_on: dt.date | None

    def days_left(self, today: dt.date) -> int:
        return (self.due_on - today).days

    def overdue(self, today: dt.date) -> bool:
        return self.done_on is None and today > self.due_on


@dataclass(frozen=True)
class DossierStatus:
    dossier: DossierInfo
    criteria: tuple[AssessmentInfo, ...]
    groups: tuple[GroupProgress, ...]
    deadlines: tuple[DeadlineInfo, ...]
    evidence_documents: int = 0     # distinct evidence documents linked to at least one criterion

    @property
    def criteria_with_evidence(self) -> int:
        return sum(1 for c in self.criteria if c.evidence_count > 0)

    @property
    def total(self) -> int:
        return len(self.criteria)

    @property
    def met(self) -> int:
        return sum(1 for c in self.criteria if c.status is Status.DAT)

    @property
    def without_evidence(self) -> tuple[str, ...]:
        return tuple(c.code for c in self.criteria if c.evidence_count == 0)

    @property
    def disagreements(self) -> tuple[str, ...]:
        return tuple(c.code for c in self.criteria if c.disagrees)
