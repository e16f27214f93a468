"""Evidence that files itself: read each document's text (at attach for text PDFs, DOCX and
plain text; on request, page by page, for scans through Tesseract OCR), keep it searchable
(accent-insensitive FTS5), read the number, date, issuer and subject from the first page as
suggestions the officer confirms, and rank the criteria a document most likely proves with
the words that matched. Nothing read is applied without the officer's say.

Long work (OCR, indexing many documents) takes ``report(done, total, text)`` and
``is_cancelled()`` callbacks so the window can run it in the background."""
from __future__ import annotations

import datetime as dt
import logging
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from dataclasses import fields as dataclass_fields
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from plandesk.domain.access import Action, Actor
from plandesk.domain.docmeta import (
    DOCUMENT_TYPES,
    DocMeta,
    Field,
    Line,
    clean_ocr_lines,
    display_name,
    parse_first_page,
)
from plandesk.domain.dossier import EvidenceInfo
from plandesk.domain.framework import Framework, FrameworkError, parse_framework
from plandesk.domain.messages import msg
from plandesk.domain.text import clean, fold, nfc
from plandesk.storage import orm, serialize, textindex
from plandesk.storage.workspace import Workspace

from . import audit
from .access import ActingService, Identity, authorize
from .errors import NotFound, ServiceError
from .evidence_rows import evidence_info, find_evidence, linked_codes

Report = Callable[[int, int, str], None]
IsCancelled = Callable[[], bool]
log = logging.getLogger(__name__)
INDEX_BATCH = 64   # documents read, then written in one transaction

SUGGESTED, CONFIRMED, DISMISSED = "suggested", "confirmed", "dismissed"
METADATA_FIELDS = ("number", "issued_on", "issuer", "title")
AUTO_FILL_CONFIDENCE = 0.6  # below this a read value is shown but not filled in


@dataclass(frozen=True)
class TextInfo:
    """What is known of a document's text."""
    evidence_id: int
    kind: str            # pdf, docx, image, text, other
    method: str          # pdf-text, docx, text, ocr, none
    chars: int
    page_count: int
    pages_done: int      # OCR progress
    needs_ocr: bool      # a scan whose text has not been recognised (fully) yet
    reason: str          # why there is no text ("" when there is)
    metadata_state: str  # "", suggested, confirmed, dismissed

    @property
    def has_text(self) -> bool:
        return self.chars > 0


@dataclass(frozen=True)
class ReadValue:
    value: Any           # str, or a date for issued_on
    confidence: float    # 0..1
    source: str = ""     # the printed text it came from


@dataclass(frozen=True)
class MetadataReading:
    """The metadata read from a document's first page, as suggestions."""
    evidence_id: int
    number: ReadValue
    issued_on: ReadValue
    issuer: ReadValue
    title: ReadValue          # the trích yếu
    doc_type: ReadValue       # "KH"
    doc_type_name: str        # "Kế hoạch"
    parent: ReadValue
    place: ReadValue
    notes: tuple[str, ...]
    state: str                # suggested, confirmed, dismissed, "" (nothing read)
    issuer_display: str = ""  # the issuer in sentence case ("Ủy ban nhân dân xã Thanh Mỹ"), a display form

    def fields(self) -> dict[str, ReadValue]:
        return {"number": self.number, "issued_on": self.issued_on, "issuer": self.issuer, "title": self.title}

    def confident(self, minimum: float = AUTO_FILL_CONFIDENCE) -> dict[str, Any]:
        """The evidence fields worth filling in: found with at least ``minimum`` confidence."""
        return {k: v.value for k, v in self.fields().items() if v.confidence >= minimum and v.value not in (None, "")}


@dataclass(frozen=True)
class SearchHit:
    evidence_id: int
    dossier_id: int
    original_name: str
    number: str
    issued_on: dt.date | None
    issuer: str
    title: str
    criteria: tuple[str, ...]
    snippet: str
    highlights: tuple[tuple[int, int], ...]   # (start, end) of the matched words in the snippet
    in_text: bool                              # found in the document's text (else in its metadata)
    missing: tuple[str, ...] = ()              # words of the query it lacks (no document had them all)


@dataclass(frozen=True)
class CriterionSuggestion:
    code: str
    short_title: str
    score: float                   # 0..1, relative
    words: tuple[str, ...]         # the words of the document that matched, best first
    already_linked: bool


# -- reading -----------------------------------------------------------------------------------------
def _meta_json(meta: DocMeta) -> dict[str, Any]:
    def f(field: Field, value: object = None) -> dict[str, Any]:
        v = field.value if value is None else value
        if isinstance(v, dt.date):
            v = v.isoformat()
        return {"value": v, "confidence": round(field.confidence, 3), "source": field.source}

    # the body's name as printed (a clerk copies it so); the sentence-case form is offered beside it
    issuer_display = display_name(str(meta.issuer.value)) if meta.issuer.found else ""
    parent_display = display_name(str(meta.parent.value)) if meta.parent.found and meta.parent.value else ""
    return {"number": f(meta.number), "issued_on": f(meta.date), "issuer": f(meta.issuer),
            "title": f(meta.subject), "doc_type": f(meta.doc_type), "parent": f(meta.parent),
            "place": f(meta.place), "year": f(meta.year), "notes": list(meta.notes),
            "issuer_display": issuer_display, "parent_display": parent_display}


def _read_value(data: dict[str, Any], key: str) -> ReadValue:
    item = data.get(key) or {}
    value = item.get("value")
    if key == "issued_on" and isinstance(value, str):
        try:
            value = dt.date.fromisoformat(value)
        except ValueError:
            value = None
    if value is None:
        value = None if key == "issued_on" else ""
    return ReadValue(value, float(item.get("confidence") or 0.0), item.get("source") or "")


_LINE_FIELDS = tuple(f.name for f in dataclass_fields(Line))


def _dossier_places(session: Session, dossier_id: int) -> tuple[str, ...]:
    """The dossier's own units, as the officer typed them: commune, district, province."""
    dossier = session.get(orm.Dossier, dossier_id)
    if dossier is None:
        return ()
    names = []
    place = (dossier.settings or {}).get("place") if isinstance(dossier.settings, dict) else None
    for value in (dossier.unit.name, dossier.unit.district, dossier.unit.province,
                  place if isinstance(place, str) else ""):
        value = clean(value or "")
        for word in ("thành phố", "thị trấn", "thị xã", "huyện", "tỉnh", "quận", "xã", "phường"):
            if value.lower().startswith(word + " "):
                value = value[len(word) + 1:]
                break
        if value:
            names.append(value)
    return tuple(names)


_KNOWN_PLACES: tuple[str, ...] | None = None


def _known_places() -> tuple[str, ...]:
    """Names of the provinces and communes (wards) of Việt Nam from the ``vietnam_provinces``
    package (after the 2025 reorganisation; many older communes kept their names). Loaded on
    the first OCR only; empty if the package is missing."""
    global _KNOWN_PLACES
    if _KNOWN_PLACES is None:
        try:
            from vietnam_provinces import Province, Ward
        except ImportError:  # the list only helps: OCR works without it
            _KNOWN_PLACES = ()
            return _KNOWN_PLACES
        prefixes = ("Thành phố ", "Xã ", "Phường ", "Đặc khu ", "Thị trấn ")
        names = set()
        for name in [p.name for p in Province.iter_all()] + [w.name for w in Ward.iter_all()]:
            for prefix in prefixes:
                if name.startswith(prefix):
                    name = name[len(prefix):]
            names.add(nfc(name))
        _KNOWN_PLACES = tuple(sorted(names))
    return _KNOWN_PLACES


# -- criteria suggestions -------------------------------------------------------------------------------
_STOP = set("""va cua cac nhung trong tren voi cho duoc la co khong theo ve tai de nay do tu den mot so
nhu sau khi da se dang cung bang hoac con thi ma moi nhat tung viec ra vao lai qua hay neu vi nen o
nam""".split())
_WORD = re.compile(r"[0-9a-z]+")


_ABBREVIATIONS = {"antq": "an ninh to quoc", "antt": "an ninh trat tu", "mttq": "mat tran to quoc",
                  "pccc": "phong chay chua chay", "ubnd": "uy ban nhan dan", "hdnd": "hoi dong nhan dan",
                  "attt": "an toan thong tin", "cand": "cong an nhan dan", "tnxh": "te nan xa hoi",
                  "atgt": "an toan giao thong", "ttatxh": "trat tu an toan xa hoi", "bcd": "ban chi dao"}


def _words(text: str) -> list[str]:
    """Folded syllables, the usual abbreviations spelled out (criteria write "ANTQ", documents
    "an ninh Tổ quốc", and the other way round)."""
    out: list[str] = []
    for w in _WORD.findall(fold(text)):
        out.extend(_ABBREVIATIONS[w].split() if w in _ABBREVIATIONS else (w,))
    return out


def _features(text: str) -> Counter[str]:
    """Folded syllables (no stop words, no numbers) and pairs of neighbouring syllables,
    which stand for Vietnamese two-syllable words ("ma tuy", "ngay hoi")."""
    words = _words(text)
    out: Counter[str] = Counter()
    for i, w in enumerate(words):
        if w not in _STOP and not w.isdigit() and len(w) > 1:
            out[w] += 1
        if i + 1 < len(words):
            a, b = w, words[i + 1]
            if not a.isdigit() and not b.isdigit() and not (a in _STOP and b in _STOP):
                out[f"{a} {b}"] += 1
    return out


def _surface(text: str, feature: str) -> str:
    """The feature as the document writes it, with its accents."""
    pattern = r"\W+".join(re.escape(p) for p in feature.split())
    folded_text = fold(text)
    m = re.search(rf"(?<![0-9a-z]){pattern}(?![0-9a-z])", folded_text)
    if not m:
        return feature
    from plandesk.domain.docmeta import fold_aligned

    original = nfc(text)
    folded, where = fold_aligned(original)
    m = re.search(rf"(?<![0-9a-z]){pattern}(?![0-9a-z])", folded)
    if not m:
        return feature
    return " ".join(original[where[m.start()]:where[m.end() - 1] + 1].split())



def _text_row(session: Session, evidence_id: int) -> orm.EvidenceText:
    """The text row of a document read just before (``index`` makes it)."""
    row = session.get(orm.EvidenceText, evidence_id)
    if row is None:
        raise NotFound(msg("reading.not_read_yet", number=evidence_id))
    return row

HEADER_WEIGHT = 1.5   # a word of the document's kind or issuer, against 3 for the subject's


def suggestion_header(kind: str | None, issuer: str | None) -> str:
    """The kind and the issuer read from a document's first page as the ranker's ``header``:
    "Nghị quyết ĐẢNG ỦY XÃ GUNG RÉ"."""
    return " ".join(t for t in (kind, issuer) if t)


class CriteriaRanker:
    """TF-IDF over the criteria. Each criterion is its whole text (short title, text, condition
    and event labels, plus the words of the documents already linked to it) and the passages
    of that text: a document usually proves one item of a criterion ("Ngày hội toàn dân bảo vệ
    ANTQ (19/8)" among the events of II.3), so the best passage counts beside the whole. Pure Python."""

    def __init__(self, framework: Framework, linked: dict[str, list[str]] | None = None):
        self.codes = [c.code for c in framework.criteria]
        self.titles = {c.code: c.short_title for c in framework.criteria}
        profiles: dict[str, dict[str, float]] = {}   # the linked documents' words count half
        passages: dict[str, list[Counter[str]]] = {}
        for c in framework.criteria:
            parts = [c.short_title, c.short_title, c.text]
            pieces = [c.short_title] + [p for p in re.split(r"[;:“”\n]|\.\s", c.text) if len(p.split()) >= 2]
            for cond in c.conditions:
                parts.append(cond.label)
                pieces.append(cond.label)
                parts += [e.label for e in cond.events]
                pieces += [e.label for e in cond.events]
            profile: dict[str, float] = dict(_features(" ".join(parts)))
            passages[c.code] = [_features(p) for p in pieces]
            for doc_text in (linked or {}).get(c.code, []):
                learned = _features(doc_text)
                for k, v in learned.items():
                    profile[k] = profile.get(k, 0) + 0.5 * min(v, 3)
                passages[c.code].append(learned)
            profiles[c.code] = profile
        n = len(profiles) or 1
        df: Counter[str] = Counter()
        for profile in profiles.values():
            df.update(profile.keys())
        self.idf = {k: math.log((n + 1) / (v + 0.5)) for k, v in df.items()}
        self.vectors = {code: self._vector(profile) for code, profile in profiles.items()}
        self.passages = {code: [self._vector(p) for p in ps if p] for code, ps in passages.items()}

    def _vector(self, counts: Mapping[str, float]) -> tuple[dict[str, float], float]:
        vec = {k: (1 + math.log(v)) * self.idf.get(k, 0.0) for k, v in counts.items() if v > 0}
        return vec, math.sqrt(sum(x * x for x in vec.values())) or 1.0

    def rank(self, title: str, body: str, limit: int = 5, header: str = "") -> list[tuple[str, float, list[str]]]:
        """The criteria for a document: ``title`` its subject, ``body`` its text, ``header`` who
        issued it and what kind it is ("Nghị quyết" of "Đảng ủy xã …"): criteria ask for
        documents by kind and body ("Đảng ủy xã ban hành Nghị quyết"), so these words count
        beside the subject's, less than they."""
        feats = _features(body[:20000])
        titled = _features(title)
        headed = _features(header)
        # the subject says what the document is about: its words weigh three body mentions
        doc = {k: ((1 + math.log(feats[k])) if feats.get(k) else 0.0) + (3.0 if k in titled else 0.0)
               + (HEADER_WEIGHT if k in headed else 0.0)
               for k in set(feats) | set(titled) | set(headed) if k in self.idf}
        doc = {k: w * self.idf[k] for k, w in doc.items()}
        doc_norm = math.sqrt(sum(x * x for x in doc.values())) or 1.0

        def cosine(vector: tuple[dict[str, float], float]) -> tuple[float, dict[str, float]]:
            vec, norm = vector
            contributions = {k: w * vec[k] for k, w in doc.items() if k in vec}
            return sum(contributions.values()) / (norm * doc_norm), contributions

        scored = []
        for code in self.codes:
            whole, contributions = cosine(self.vectors[code])
            best = max((cosine(p)[0] for p in self.passages[code]), default=0.0)
            score = 0.5 * whole + 0.5 * best
            if score <= 0:
                continue
            words = sorted(contributions, key=lambda k: -contributions[k])
            # a pair already says what its syllables say: show pairs first, no repeats
            shown: list[str] = []
            for w in sorted(words[:12], key=lambda k: (-(" " in k), -contributions[k])):
                if not any(w in s.split() or w == s for s in shown):
                    shown.append(w)
            scored.append((code, score, shown[:6]))
        scored.sort(key=lambda s: -s[1])
        return scored[:limit]


# -- the service ----------------------------------------------------------------------------------------
def confirm_reading_in(session: Session, actor: Actor, dossier_id: int, evidence: orm.Evidence) -> None:
    """In the caller's transaction: the officer confirmed the document's details (as read, or
    as corrected); the reading is no longer shown as a suggestion. One history entry."""
    authorize(session, actor, Action.CONFIRM_READING, dossier_id)
    row = session.get(orm.EvidenceText, evidence.id)
    if row is not None:
        row.metadata_state = CONFIRMED
    audit.record(session, actor=actor, dossier_id=dossier_id, action=Action.CONFIRM_READING,
                 target=evidence.original_name, field="", old=None, new=None)


class EvidenceTextService(ActingService):
    def __init__(self, workspace: Workspace, user: str | Identity = "",
                 framework: Callable[[int], Framework] | None = None):
        self.ws = workspace
        self.identity = Identity.of(user)
        self._framework = framework   # a dossier's framework, parsed once (DossierService.framework)

    # reading and indexing ------------------------------------------------------------------------
    def index(self, evidence_id: int, force: bool = False) -> TextInfo:
        """Read a document's text (no OCR) and index it; read its first page's metadata.
        Never raises for a bad file: the text info says why nothing was read."""
        with self.ws.sessions() as session:
            evidence = session.get(orm.Evidence, evidence_id)
            if evidence is None:
                raise NotFound(msg("evidence.not_found", number=evidence_id))
            sha, name = evidence.sha256, evidence.original_name
            existing = session.get(orm.EvidenceText, evidence_id)
            if existing is not None and not force:
                return self._info(existing)
            twin_data = None if force else self._twin_data(session, evidence_id, sha)
        if twin_data is None:
            twin_data = self._extract(sha, name)
        return self._save(evidence_id, sha, twin_data)

    @staticmethod
    def _twin_data(session: Session, evidence_id: int, sha: str) -> dict[str, Any] | None:
        """The reading of the same file in another document (another dossier): read once."""
        twin = session.scalars(select(orm.EvidenceText).where(
            orm.EvidenceText.sha256 == sha, orm.EvidenceText.evidence_id != evidence_id)).first()
        if twin is None:
            return None
        return {c: getattr(twin, c) for c in ("kind", "method", "text", "page_count", "pages_done",
                                              "needs_ocr", "reason", "metadata_read")}

    def _extract(self, sha: str, name: str) -> dict[str, Any]:
        path = self.ws.store.path_for(sha)
        if path.is_file():
            extracted = textindex.extract(path, name)
        else:
            extracted = textindex.Extracted("other", reason="Tệp không còn trong kho minh chứng.")
        meta = parse_first_page(extracted.first_page) if extracted.first_page else None
        return dict(kind=extracted.kind, method=extracted.method, text=extracted.text,
                    page_count=extracted.page_count, pages_done=0, needs_ocr=extracted.needs_ocr,
                    reason=extracted.reason, metadata_read=_meta_json(meta) if meta else {})

    def _save(self, evidence_id: int, sha: str, data: dict[str, Any]) -> TextInfo:
        with self.ws.sessions.begin() as session:
            if session.get(orm.Evidence, evidence_id) is None:
                raise NotFound(msg("evidence.not_found", number=evidence_id))
            # two PCs on a shared server may read the same imported document at once (the first
            # search after an import): one after the other, the second updates the first's row
            serialize.hold(session, f"evidence_text:{evidence_id}")
            return self._store(session, session.get(orm.EvidenceText, evidence_id), evidence_id, sha, data)

    def _store(self, session: Session, row: orm.EvidenceText | None, evidence_id: int, sha: str,
               data: dict[str, Any]) -> TextInfo:
        """Write ``data`` into the text record ``row`` (a new one when None) and the index."""
        found = any((data["metadata_read"].get(k) or {}).get("confidence") for k in METADATA_FIELDS)
        if row is None:
            row = orm.EvidenceText(evidence_id=evidence_id, sha256=sha)
            session.add(row)
        for key, value in data.items():
            setattr(row, key, value)
        if not row.metadata_state or row.metadata_state == SUGGESTED:
            row.metadata_state = SUGGESTED if found else ""
        row.read_at = dt.datetime.now().replace(microsecond=0)
        session.flush()
        textindex.fts_put(session.connection(), evidence_id, row.text)
        return self._info(row)

    def index_missing(self, dossier_id: int | None = None, report: Report | None = None,
                      is_cancelled: IsCancelled | None = None) -> int:
        """Read the documents that have no text record yet: attached but not read yet (the
        reading comes after the attach, and a crash in between leaves them here), imported
        from a package, or from a workspace older than this feature. Returns how many were read."""
        return self.index_many(self.pending(dossier_id), report, is_cancelled)

    def pending(self, dossier_id: int | None = None) -> list[int]:
        """The documents whose text was not read yet (no text record): the reading's queue."""
        with self.ws.sessions() as session:
            query = (select(orm.Evidence.id)
                     .outerjoin(orm.EvidenceText, orm.EvidenceText.evidence_id == orm.Evidence.id)
                     .where(orm.EvidenceText.evidence_id.is_(None)).order_by(orm.Evidence.id))
            if dossier_id is not None:
                query = query.where(orm.Evidence.dossier_id == dossier_id)
            return list(session.scalars(query))

    def index_many(self, evidence_ids: Iterable[int], report: Report | None = None,
                   is_cancelled: IsCancelled | None = None, batch: int = INDEX_BATCH) -> int:
        """Read and index the documents of ``evidence_ids`` that have no text record yet (no
        OCR), ``batch`` at a time: each batch read outside any transaction, then written in one
        transaction and one commit. A file that cannot be read is logged and left for later.
        Returns how many were read; a cancelled run keeps what it wrote."""
        todo = list(dict.fromkeys(evidence_ids))
        done = 0
        for start in range(0, len(todo), batch):
            chunk = todo[start:start + batch]
            with self.ws.sessions() as session:
                order = {eid: i for i, eid in enumerate(chunk)}
                rows = sorted(session.execute(
                    select(orm.Evidence.id, orm.Evidence.sha256, orm.Evidence.original_name)
                    .outerjoin(orm.EvidenceText, orm.EvidenceText.evidence_id == orm.Evidence.id)
                    .where(orm.Evidence.id.in_(chunk), orm.EvidenceText.evidence_id.is_(None))).all(),
                    key=lambda r: order[r[0]])
                twins = {}
                for _, sha, _ in rows:
                    if sha not in twins:
                        twins[sha] = self._twin_data(session, -1, sha)
            readings: list[tuple[int, str, dict[str, Any]]] = []
            for evidence_id, sha, name in rows:
                if is_cancelled and is_cancelled():
                    break
                if report:
                    report(done + len(readings), len(todo), name)
                try:
                    reading = twins.get(sha)
                    if reading is None:
                        reading = twins[sha] = self._extract(sha, name)   # the same file twice in a batch: read once
                    readings.append((evidence_id, sha, reading))
                except Exception:  # noqa: BLE001 - a file that cannot be read stays pending, the rest go on
                    log.exception("could not read the text of evidence %s", evidence_id)
            if readings:
                with self.ws.sessions.begin() as session:
                    for evidence_id, sha, data in readings:
                        if session.get(orm.Evidence, evidence_id) is None:
                            continue   # removed meanwhile
                        # as _save: two PCs on a shared server reading the same document write one after the other
                        serialize.hold(session, f"evidence_text:{evidence_id}")
                        self._store(session, session.get(orm.EvidenceText, evidence_id), evidence_id, sha, data)
                done += len(readings)
            if is_cancelled and is_cancelled():
                break
        if report:
            report(len(todo), len(todo), "")
        return done

    def text_info(self, dossier_id: int, evidence_id: int) -> TextInfo | None:
        with self.ws.sessions() as session:
            find_evidence(session, dossier_id, evidence_id)
            row = session.get(orm.EvidenceText, evidence_id)
            return self._info(row) if row else None

    def awaiting_confirmation(self, dossier_id: int) -> set[int]:
        """The documents of a dossier whose details were read and not yet confirmed (one query)."""
        with self.ws.sessions() as session:
            return set(session.scalars(
                select(orm.EvidenceText.evidence_id)
                .join(orm.Evidence, orm.Evidence.id == orm.EvidenceText.evidence_id)
                .where(orm.Evidence.dossier_id == dossier_id, orm.EvidenceText.metadata_state == SUGGESTED)))

    def text(self, dossier_id: int, evidence_id: int) -> str:
        with self.ws.sessions() as session:
            find_evidence(session, dossier_id, evidence_id)
            row = session.get(orm.EvidenceText, evidence_id)
            return row.text if row else ""

    # OCR -------------------------------------------------------------------------------------------
    @staticmethod
    def ocr_status() -> textindex.OcrStatus:
        """Whether OCR can run here; when not, ``message`` says what to install."""
        return textindex.ocr_status()

    def needing_ocr(self, dossier_id: int) -> list[EvidenceInfo]:
        with self.ws.sessions() as session:
            rows = session.scalars(select(orm.Evidence).join(
                orm.EvidenceText, orm.EvidenceText.evidence_id == orm.Evidence.id).where(
                orm.Evidence.dossier_id == dossier_id, orm.EvidenceText.needs_ocr.is_(True))
                .order_by(orm.Evidence.id)).all()
            return [evidence_info(session, e) for e in rows]

    def ocr(self, dossier_id: int, evidence_id: int, report: Report | None = None,
            is_cancelled: IsCancelled | None = None, status: textindex.OcrStatus | None = None) -> TextInfo:
        """Recognise the text of a scan, one page at a time; each page is saved as it is done,
        so a cancelled run goes on from where it stopped next time. Then the metadata is read
        again from the first page. Raises ServiceError (saying what to install) without OCR."""
        status = status or textindex.ocr_status()
        if not status.available:
            raise ServiceError(status.message)
        with self.ws.sessions() as session:
            evidence = find_evidence(session, dossier_id, evidence_id)
            name, sha = evidence.original_name, evidence.sha256
        info = self.index(evidence_id)
        path = self.ws.store.path_for(sha)
        if not path.is_file():
            raise NotFound(msg("evidence.file_gone", document=name))
        with self.ws.sessions() as session:
            row = _text_row(session, evidence_id)
            pages = row.text.split("\n\f\n") if row.method == "ocr" and row.text else []
            first_lines = [Line(**{k: v for k, v in line.items() if k in _LINE_FIELDS})
                           for line in (row.metadata_read.get("_first_lines") or [])] if row.method == "ocr" else []
            places = _dossier_places(session, dossier_id)
        try:
            total = textindex.page_count(path)
        except Exception as exc:
            raise ServiceError(msg("reading.cannot_open", file=name, reason=str(exc))) from exc
        total = min(total, textindex.MAX_PAGES)
        start = len(pages) if row.method == "ocr" else 0
        pages = pages[:start]
        for index in range(start, total):
            if is_cancelled and is_cancelled():
                break
            if report:
                report(index, total, f"{name}: trang {index + 1}/{total}")
            try:
                image = textindex.page_image(path, index)
                text, lines = textindex.ocr_image(image, status.program)
            except Exception as exc:  # one bad page does not stop the others
                text, lines = "", []
                with self.ws.sessions.begin() as session:
                    _text_row(session, evidence_id).reason = f"Trang {index + 1}: {exc}"[:300]
            pages.append(text)
            if index == 0:
                first_lines = lines
            self._save_ocr(evidence_id, sha, pages, total, first_lines, places)
        if report:
            report(len(pages), total, "")
        return self.text_info(dossier_id, evidence_id) or info

    def _save_ocr(self, evidence_id: int, sha: str, pages: list[str], total: int, first_lines: list[Line],
                  places: tuple[str, ...] = ()) -> None:
        # what OCR gets wrong in a header is put right before reading it: the case of a line,
        # roman numerals, the accents of place names (the dossier's own units, then the list of
        # administrative units); the lines as read are kept
        lines = clean_ocr_lines(first_lines, places, _known_places()) if first_lines else []
        meta = parse_first_page(lines) if lines else None
        data = _meta_json(meta) if meta else {}
        data["_first_lines"] = [{k: getattr(line, k) for k in _LINE_FIELDS if getattr(line, k) is not None}
                                for line in first_lines]
        done = len(pages) >= total
        self._save(evidence_id, sha, dict(
            method="ocr", text="\n\f\n".join(pages), page_count=total, pages_done=len(pages), needs_ocr=not done,
            reason="" if any(p.strip() for p in pages) else "OCR không nhận ra chữ nào.", metadata_read=data))

    def ocr_pending(self, dossier_id: int, report: Report | None = None,
                    is_cancelled: IsCancelled | None = None, apply: bool = False) -> int:
        """OCR every scan of the dossier that still needs it; returns how many were finished.
        ``apply``: fill each finished document's empty fields from what was read, as
        suggestions to confirm (as an attach does)."""
        status = textindex.ocr_status()
        if not status.available:
            raise ServiceError(status.message)
        finished = 0
        todo = self.needing_ocr(dossier_id)
        for number, evidence in enumerate(todo):
            if is_cancelled and is_cancelled():
                break

            def page_report(done: int, total: int, text: str, number: int = number) -> None:
                if report:
                    report(number * 100 + (done * 100 // max(total, 1)), len(todo) * 100, text)
            info = self.ocr(dossier_id, evidence.id, page_report, is_cancelled, status)
            finished += 0 if info.needs_ocr else 1
            if apply and not info.needs_ocr:
                self.apply_metadata(dossier_id, evidence.id, state=SUGGESTED)
        return finished

    # metadata --------------------------------------------------------------------------------------
    def read_metadata(self, dossier_id: int, evidence_id: int) -> MetadataReading:
        with self.ws.sessions() as session:
            find_evidence(session, dossier_id, evidence_id)
            row = session.get(orm.EvidenceText, evidence_id)
        if row is None:
            self.index(evidence_id)
            with self.ws.sessions() as session:
                row = _text_row(session, evidence_id)
        data = row.metadata_read or {}
        doc_type = _read_value(data, "doc_type")
        return MetadataReading(evidence_id, _read_value(data, "number"), _read_value(data, "issued_on"),
                               _read_value(data, "issuer"), _read_value(data, "title"), doc_type,
                               DOCUMENT_TYPES.get(doc_type.value or "", ""), _read_value(data, "parent"),
                               _read_value(data, "place"), tuple(data.get("notes") or ()), row.metadata_state,
                               data.get("issuer_display") or "")

    def apply_metadata(self, dossier_id: int, evidence_id: int, fields: Iterable[str] | None = None,
                       minimum: float = AUTO_FILL_CONFIDENCE, overwrite: bool = False,
                       state: str = CONFIRMED) -> tuple[EvidenceInfo, dict[str, Any]]:
        """Fill the document's fields from what was read (the chosen ``fields``, or all found
        with at least ``minimum`` confidence); filled fields are kept unless ``overwrite``.
        One user action: one audit entry. Returns the document and what was filled."""
        reading = self.read_metadata(dossier_id, evidence_id)
        wanted = set(fields) if fields is not None else set(METADATA_FIELDS)
        values = {k: v for k, v in reading.confident(0.0 if fields is not None else minimum).items() if k in wanted}
        action = Action.FILL_FROM_READING if state == SUGGESTED else Action.CONFIRM_READING
        with self.ws.sessions.begin() as session:
            evidence = find_evidence(session, dossier_id, evidence_id)
            authorize(session, self.actor, action, dossier_id)
            old, new = {}, {}
            for key, value in values.items():
                current = getattr(evidence, key)
                placeholder = key == "title" and current == clean(Path(evidence.original_name).stem)
                if current and not overwrite and not placeholder:
                    continue
                value = value if key == "issued_on" else clean(value)
                if current != value:
                    old[key], new[key] = current, value
                    setattr(evidence, key, value)
            row = session.get(orm.EvidenceText, evidence_id)
            if row is not None:
                row.metadata_state = state if (new or state == CONFIRMED) else row.metadata_state
            audit.record(session, actor=self.actor, dossier_id=dossier_id,
                         action=action,
                         target=evidence.original_name, field=",".join(new), old=old or None, new=new or None)
            return evidence_info(session, evidence), new

    def dismiss_metadata(self, dossier_id: int, evidence_id: int) -> None:
        """The officer says the read values are wrong: stop suggesting them."""
        with self.ws.sessions.begin() as session:
            evidence = find_evidence(session, dossier_id, evidence_id)
            row = session.get(orm.EvidenceText, evidence_id)
            if row is not None and row.metadata_state != DISMISSED:
                authorize(session, self.actor, Action.DISMISS_READING, dossier_id)
                row.metadata_state = DISMISSED
                audit.record(session, actor=self.actor, dossier_id=dossier_id, action=Action.DISMISS_READING,
                             target=evidence.original_name)

    # search ----------------------------------------------------------------------------------------
    def search(self, query: str, dossier_id: int | None = None, limit: int = 50) -> list[SearchHit]:
        """Documents whose text (or number, title, issuer, file name) holds every word of the
        query, accents and case aside; best first, each with a snippet."""
        terms = textindex.query_terms(query)
        if not terms:
            return []
        with self.ws.sessions() as session:
            ranked = textindex.fts_search(session.connection(), terms, limit=max(limit * 4, 200))
            ids = [evidence_id for evidence_id, _ in ranked]
            if len(terms) > 2 and len(ids) > 1:
                ids = self._by_longest_run(session, ids, terms)
            found = session.scalars(select(orm.Evidence).where(orm.Evidence.id.in_(ids))) if ids else ()
            rows = {e.id: e for e in found}
            hits: list[SearchHit] = []
            seen: set[int] = set()
            for evidence_id in ids:
                e = rows.get(evidence_id)
                if e is None or (dossier_id is not None and e.dossier_id != dossier_id):
                    continue
                text_row = session.get(orm.EvidenceText, evidence_id)
                piece, marks = textindex.snippet(text_row.text if text_row else "", terms)
                hits.append(self._hit(session, e, piece, marks, True))
                seen.add(evidence_id)
                if len(hits) >= limit:
                    return hits
            # the metadata the officer typed is searched too (it may say what the text does not)
            query_meta = select(orm.Evidence).order_by(orm.Evidence.id)
            if dossier_id is not None:
                query_meta = query_meta.where(orm.Evidence.dossier_id == dossier_id)
            for e in session.scalars(query_meta):
                if e.id in seen:
                    continue
                haystack = fold(" ".join((e.number, e.title, e.issuer, e.original_name, e.note)))
                words = set(re.findall(r"[0-9a-z]+", haystack))
                if all(t in words or (i == len(terms) - 1 and any(w.startswith(t) for w in words))
                       for i, t in enumerate(terms)):
                    piece, marks = textindex.snippet(e.title or e.original_name, terms)
                    hits.append(self._hit(session, e, piece, marks, False))
                    if len(hits) >= limit:
                        break
            if not hits and len(terms) >= 3:
                hits = self._nearest(session, terms, dossier_id, limit)
            return hits

    def _nearest(self, session: Session, terms: list[str], dossier_id: int | None, limit: int) -> list[SearchHit]:
        """No document holds every word (a clerk typed one the page does not print: "công văn"
        for a "V/v"): the documents holding most of them, all but a third at least, the most
        first, each saying which words it lacks."""
        wanted = list(dict.fromkeys(terms))
        need = len(wanted) - len(wanted) // 3
        scored = []
        for position, (evidence_id, _) in enumerate(textindex.fts_search(session.connection(), wanted, limit=400,
                                                                         every=False)):
            e = session.get(orm.Evidence, evidence_id)
            if e is None or (dossier_id is not None and e.dossier_id != dossier_id):
                continue
            text_row = session.get(orm.EvidenceText, evidence_id)
            words = set(re.findall(r"[0-9a-z]+", fold(" ".join((text_row.text if text_row else "", e.number,
                                                                 e.title, e.issuer, e.original_name, e.note)))))
            missing = tuple(t for t in wanted if t not in words)
            if len(wanted) - len(missing) >= need:
                scored.append((len(missing), position, e, text_row, missing))
        scored.sort(key=lambda item: item[:2])
        hits = []
        for _, _, e, text_row, missing in scored[:limit]:
            present = [t for t in wanted if t not in missing]
            piece, marks = textindex.snippet(text_row.text if text_row else e.title, present)
            hits.append(replace(self._hit(session, e, piece, marks, True), missing=missing))
        return hits

    @staticmethod
    def _by_longest_run(session: Session, ids: list[int], terms: list[str], head: int = 40) -> list[int]:
        """The first hits again, the documents holding the longest run of the query's words in
        its order first ("ngay hoi toan dan … thanh my" finds the plan whose subject is "Ngày hội
        toàn dân bảo vệ an ninh Tổ quốc" before a minutes that names Thanh Mỹ more often)."""
        def longest(words: list[str]) -> int:
            best = 0
            positions: dict[str, list[int]] = {}
            for i, w in enumerate(words):
                positions.setdefault(w, []).append(i)
            for start in range(len(terms)):
                for at in positions.get(terms[start], ()):
                    n = 1
                    while (start + n < len(terms) and at + n < len(words) and
                           (words[at + n] == terms[start + n] or
                            (start + n == len(terms) - 1 and words[at + n].startswith(terms[start + n])))):
                        n += 1
                    best = max(best, n)
                if best == len(terms):
                    break
            return best

        texts = dict(session.execute(select(orm.EvidenceText.evidence_id, orm.EvidenceText.text)
                                     .where(orm.EvidenceText.evidence_id.in_(ids[:head]))).all())
        runs = {i: longest(re.findall(r"[0-9a-z]+", fold((texts.get(i) or "")[:200_000]))) for i in ids[:head]}
        order = {i: n for n, i in enumerate(ids)}
        return sorted(ids[:head], key=lambda i: (-runs[i], order[i])) + ids[head:]

    def _hit(self, session: Session, e: orm.Evidence, piece: str, marks: Iterable[tuple[int, int]],
             in_text: bool) -> SearchHit:
        return SearchHit(e.id, e.dossier_id, e.original_name, e.number, e.issued_on, e.issuer, e.title,
                         tuple(linked_codes(session, e.id)), piece, tuple(marks), in_text)

    # criteria suggestions ----------------------------------------------------------------------------
    def ranker(self, dossier_id: int, exclude: int | None = None) -> CriteriaRanker:
        """The ranker for a dossier's framework, taught by the documents linked to criteria in
        every dossier of the workspace under the same framework."""
        with self.ws.sessions() as session:
            dossier = session.get(orm.Dossier, dossier_id)
            if dossier is None:
                raise NotFound(msg("dossier.not_found", dossier=dossier_id))
            if self._framework is not None:
                framework = self._framework(dossier_id)
            else:
                try:
                    framework = parse_framework(dossier.framework_data, msg("framework.of_dossier", dossier=dossier_id))
                except FrameworkError as exc:
                    raise ServiceError(exc) from exc
            rows = session.execute(
                select(orm.Assessment.code, orm.Evidence.title, orm.EvidenceText.text)
                .join(orm.Dossier, orm.Dossier.id == orm.Assessment.dossier_id)
                .join(orm.EvidenceLink, orm.EvidenceLink.assessment_id == orm.Assessment.id)
                .join(orm.Evidence, orm.Evidence.id == orm.EvidenceLink.evidence_id)
                .outerjoin(orm.EvidenceText, orm.EvidenceText.evidence_id == orm.Evidence.id)
                .where(orm.Dossier.framework_id == dossier.framework_id, orm.Evidence.id != (exclude or -1))).all()
        linked: dict[str, list[str]] = defaultdict(list)
        for code, title, text in rows:
            linked[code].append(f"{title} {title} {(text or '')[:3000]}")
        return CriteriaRanker(framework, linked)

    def suggest_criteria(self, dossier_id: int, evidence_id: int, limit: int = 5) -> list[CriterionSuggestion]:
        """The criteria this document most likely proves, best first, with the words that
        matched. Only suggestions: linking stays the officer's click (EvidenceService.link)."""
        with self.ws.sessions() as session:
            evidence = find_evidence(session, dossier_id, evidence_id)
            row = session.get(orm.EvidenceText, evidence_id)
            # the subject read from the first page says most; the officer's title too when typed
            read_subject = ((row.metadata_read or {}).get("title") or {}).get("value") if row else ""
            placeholder = evidence.title == clean(Path(evidence.original_name).stem)
            title = " ".join(t for t in (read_subject or "", "" if placeholder else evidence.title) if t)
            body = row.text if row else ""
            reading = (row.metadata_read or {}) if row else {}
            header = suggestion_header(DOCUMENT_TYPES.get(str(_read_value(reading, "doc_type").value or ""), ""),
                                       _read_value(reading, "issuer").value)
            linked = set(linked_codes(session, evidence_id))
        return self._suggest(self.ranker(dossier_id, exclude=evidence_id), title, body, linked, limit, header)

    def suggest_for_text(self, dossier_id: int, title: str, text: str = "",
                         limit: int = 5) -> list[CriterionSuggestion]:
        """Suggestions for a document not attached yet (its title and text)."""
        return self._suggest(self.ranker(dossier_id), title, text, set(), limit)

    @staticmethod
    def _suggest(ranker: CriteriaRanker, title: str, body: str, linked: set[str],
                 limit: int, header: str = "") -> list[CriterionSuggestion]:
        ranked = ranker.rank(title, body, limit, header)
        if not ranked:
            return []
        best = ranked[0][1] or 1.0
        source = f"{title}\n{body[:20000]}"
        return [CriterionSuggestion(code, ranker.titles[code], round(score / best, 3),
                                    tuple(_surface(source, w) for w in words), code in linked)
                for code, score, words in ranked]

    # helpers -----------------------------------------------------------------------------------------
    @staticmethod
    def _info(row: orm.EvidenceText) -> TextInfo:
        return TextInfo(row.evidence_id, row.kind, row.method, len(row.text or ""), row.page_count, row.pages_done,
                        row.needs_ocr, row.reason, row.metadata_state)
