"""Use case: issue a document of the dossier — give it its number and date, and keep its PDF
and DOCX exactly as they left (table issued_documents, migration 0006). Later exports of the
document return those files (ExportService.render), packages carry them, and the dossier can
be compared with them: what a new rendering would print differently, paragraph by paragraph.
A new version supersedes the one in force, which is kept.

Issuing is one transaction and one audit entry ("ban_hanh_van_ban"); the number and date
are also written into the dossier's settings, so other documents cite them."""
from __future__ import annotations

import datetime as dt
import difflib
import hashlib
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from sqlalchemy import select

from plandesk.domain.access import Action
from plandesk.domain.messages import Param, cause, msg
from plandesk.domain.text import clean, format_date_short
from plandesk.storage import orm

if TYPE_CHECKING:
    from plandesk.documents.common import DossierData

from . import audit
from .access import ActingService, authorize, now, require
from .errors import InvalidInput, NotFound
from .export import ExportService, build, render_document
from .export_names import ISSUABLE, LABELS


@dataclass(frozen=True)
class IssuedInfo:
    id: int
    doc: str
    version: int
    number: str            # as printed: "Số: 12/TTr-HĐ"
    issued_on: dt.date
    issued_at: dt.datetime
    issued_by: str
    pdf_sha256: str
    docx_sha256: str
    superseded_at: dt.datetime | None

    @property
    def label(self) -> str:
        return LABELS.get(self.doc, self.doc)

    @property
    def in_force(self) -> bool:
        return self.superseded_at is None


def _info(row: orm.IssuedDocument) -> IssuedInfo:
    return IssuedInfo(row.id, row.doc, row.version, row.number, row.issued_on, row.issued_at, row.issued_by,
                      row.pdf_sha256, row.docx_sha256, row.superseded_at)


@dataclass(frozen=True)
class IssuedState:
    """An issued document against the dossier as it is now."""
    issued: IssuedInfo
    changes: tuple[str, ...]   # "- old paragraph" / "+ new paragraph"; empty: the dossier still says the same
    problem: Param = ""        # the document could not be built now (e.g. a criterion blocks the tờ trình)
    unknown: bool = False      # a report of a day the history does not reach back to: not compared

    @property
    def changed(self) -> bool:
        return bool(self.changes or self.problem)


class IssueService(ActingService):
    def __init__(self, export: ExportService):
        self.export = export
        self.ws = export.dossiers.ws
        self.identity = export.dossiers.identity

    # -- reading ------------------------------------------------------------------------------
    def issued(self, dossier_id: int, doc: str | None = None, all_versions: bool = False) -> list[IssuedInfo]:
        """The issued documents (in force only, unless ``all_versions``), in document order."""
        with self.ws.sessions() as session:
            query = select(orm.IssuedDocument).where(orm.IssuedDocument.dossier_id == dossier_id)
            if doc is not None:
                query = query.where(orm.IssuedDocument.doc == doc)
            if not all_versions:
                query = query.where(orm.IssuedDocument.superseded_at.is_(None))
            rows = [_info(r) for r in session.scalars(query.order_by(orm.IssuedDocument.version))]
        order = list(ISSUABLE)
        return sorted(rows, key=lambda r: (order.index(r.doc) if r.doc in order else 99, r.version))

    def current(self, dossier_id: int, doc: str) -> IssuedInfo | None:
        rows = self.issued(dossier_id, doc)
        return rows[-1] if rows else None

    def file(self, dossier_id: int, issued_id: int, fmt: str) -> bytes:
        with self.ws.sessions() as session:
            row = session.get(orm.IssuedDocument, issued_id)
            if row is None or row.dossier_id != dossier_id:
                raise NotFound(msg("issued.not_found", number=issued_id))
            return bytes(row.pdf if fmt == "pdf" else row.docx)

    def state(self, dossier_id: int, doc: str) -> IssuedState | None:
        """The document in force compared with what the dossier would print now (with the same
        number and date): the paragraphs that differ, or why it cannot be built now."""
        issued = self.current(dossier_id, doc)
        if issued is None:
            return None
        with self.ws.sessions() as session:
            row = session.get(orm.IssuedDocument, issued.id)
            before = list(row.text or []) if row is not None else []
        try:
            data = self._data(dossier_id, doc, None, None)
            if not data.as_of_rebuilt:   # typed in after the report's day: nothing to compare with
                return IssuedState(issued, (), "", unknown=True)
            after = build(doc, data).paragraphs()
        except InvalidInput as exc:
            return IssuedState(issued, (), cause(exc))
        diff = [line for line in difflib.unified_diff(before, after, lineterm="", n=0)
                if line[:1] in "+-" and not line.startswith(("+++", "---"))]
        return IssuedState(issued, tuple(diff))

    def states(self, dossier_id: int) -> list[IssuedState]:
        return [s for doc in ISSUABLE if (s := self.state(dossier_id, doc)) is not None]

    # -- issuing ------------------------------------------------------------------------------
    def issue(self, dossier_id: int, doc: str, number: str | None = None, issued_on: dt.date | None = None,
              new_version: bool = False) -> IssuedInfo:
        """Give the document its number and date and keep its PDF and DOCX as issued. The
        number and date default to those in the dossier's settings; both are required. A
        document already in force needs ``new_version`` (the old one is kept, superseded)."""
        if doc not in ISSUABLE:
            raise InvalidInput(msg("issued.not_issuable", document=doc, known=", ".join(ISSUABLE)))
        require(self.ws, self.actor, Action.ISSUE_DOCUMENT, dossier_id)   # before the slow rendering
        key = ISSUABLE[doc]
        settings = self.export.dossiers.settings(dossier_id)
        number = clean(number if number is not None else str(settings.numbers.get(key, "") or ""))
        if issued_on is None:
            raw = str(settings.dates.get(key, "") or "").strip()
            try:
                issued_on = dt.date.fromisoformat(raw) if raw else None
            except ValueError:
                issued_on = None
        if not number or issued_on is None:
            raise InvalidInput(msg("issued.number_and_date_needed", document=LABELS[doc].lower(),
                                   year=self.export.dossiers.info(dossier_id).year))
        current = self.current(dossier_id, doc)
        if current is not None and not new_version:
            raise InvalidInput(msg("issued.already", document=LABELS[doc], number=current.number,
                                   date=format_date_short(current.issued_on)))
        data = self._data(dossier_id, doc, number, issued_on)
        document = build(doc, data)                        # refuses a tờ trình while a criterion blocks it
        author = data.settings.issuing_body or data.council_name
        pdf, docx = render_document(document, "pdf", author), render_document(document, "docx", author)
        printed = next((t for t in document.paragraphs() if t.startswith("Số:")), f"Số: {number}")
        with self.ws.sessions.begin() as session:
            authorize(session, self.actor, Action.ISSUE_DOCUMENT, dossier_id)
            dossier = session.get(orm.Dossier, dossier_id)
            if dossier is None:
                raise NotFound(msg("dossier.not_found", dossier=dossier_id))
            stored = dict(dossier.settings or {})
            numbers, dates = dict(stored.get("numbers") or {}), dict(stored.get("dates") or {})
            numbers[key], dates[key] = number, issued_on.isoformat()
            dossier.settings = {**stored, "numbers": numbers, "dates": dates}
            version = 1
            previous = session.scalars(select(orm.IssuedDocument).where(
                orm.IssuedDocument.dossier_id == dossier_id, orm.IssuedDocument.doc == doc)
                .order_by(orm.IssuedDocument.version.desc())).all()
            if previous:
                version = previous[0].version + 1
                for row in previous:
                    if row.superseded_at is None:
                        row.superseded_at, row.superseded_by = now(), self.user
            row = orm.IssuedDocument(dossier_id=dossier_id, doc=doc, version=version, number=printed,
                                     issued_on=issued_on, issued_at=now(), issued_by=self.user, pdf=pdf, docx=docx,
                                     pdf_sha256=hashlib.sha256(pdf).hexdigest(),
                                     docx_sha256=hashlib.sha256(docx).hexdigest(), text=document.paragraphs(),
                                     superseded_by="")
            session.add(row)
            session.flush()
            audit.record(session, actor=self.actor, dossier_id=dossier_id, action=Action.ISSUE_DOCUMENT, target=doc,
                         field="phien_ban_moi" if version > 1 else "",
                         new={"so": printed, "ngay": issued_on, "phien_ban": version, "pdf": row.pdf_sha256,
                              "docx": row.docx_sha256})
            return _info(row)

    def _data(self, dossier_id: int, doc: str, number: str | None,
              issued_on: dt.date | None) -> DossierData:
        """The document's data, with the number and date it is (or would be) issued with."""
        data = self.export.data_for(dossier_id, doc)
        if number is None and issued_on is None:
            issued = self.current(dossier_id, doc)
            if issued is None:
                return data
            number = str(data.settings.numbers.get(ISSUABLE[doc], "") or "")
            issued_on = issued.issued_on
        key = ISSUABLE[doc]
        settings = replace(data.settings, numbers={**data.settings.numbers, key: number or ""},
                           dates={**data.settings.dates, key: issued_on.isoformat() if issued_on else ""})
        if doc == "bao-cao-6-thang" and issued_on is not None and issued_on != data.as_of:
            data = self.export.data(dossier_id, as_of=issued_on)
        return replace(data, settings=settings)
