"""Use cases on evidence documents: attach files to a criterion (stored once by hash, the
database row written only after the file is safe), edit their metadata, link a document to
several criteria, unlink, and remove a document no criterion uses."""
from __future__ import annotations

import builtins
import datetime as dt
import logging
import mimetypes
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Text, func, select
from sqlalchemy.orm import Session

from plandesk.domain.access import Action
from plandesk.domain.dossier import KEEP, EvidenceEdit, EvidenceInfo, Keep
from plandesk.domain.framework import Framework
from plandesk.domain.messages import Listing, Message, Param, msg
from plandesk.domain.text import clean
from plandesk.storage import backup as backup_files
from plandesk.storage import orm
from plandesk.storage.evidence_store import EvidenceStoreError
from plandesk.storage.workspace import Workspace

from . import audit, inputs
from .access import ActingService, Identity, authorize, require
from .errors import InvalidInput, NotFound, ServiceError
from .evidence_rows import evidence_info, find_assessment, find_evidence, linked_codes
from .evidence_text import EvidenceTextService, confirm_reading_in

log = logging.getLogger(__name__)

Report = Callable[[int, int, str], None]
# files copied, then flushed and committed together (bounded: what a crash can take back)
ATTACH_BATCH_FILES = 200
ATTACH_BATCH_BYTES = 512 * 2**20


@dataclass(frozen=True)
class EvidenceMetadata:
    number: str = ""
    issued_on: dt.date | None = None
    issuer: str = ""
    title: str = ""
    note: str = ""


@dataclass(frozen=True)
class AttachResult:
    evidence: EvidenceInfo
    duplicate: bool        # the same file was already in this dossier: linked, not copied again
    already_linked: bool   # ...and already linked to this criterion


class EvidenceFilesMissing(ServiceError):
    """Documents whose file is missing from the store or no longer has its SHA-256: printing
    them would print another document under their name. ``problems``: (document, what)."""

    def __init__(self, message: Message | str, problems: list[tuple[EvidenceInfo, Param]]):
        super().__init__(message)
        self.problems = problems



def evidence_changes(row: orm.Evidence, wanted: EvidenceEdit) -> dict[str, tuple[Any, Any]]:
    """What ``wanted`` changes on a document's row, ``attr: (old, new)``, its texts cleaned and
    bounded as typed text is (InvalidInput naming the field): the one place a details change
    becomes row values, for the window, the command line and a package's import alike."""
    changes: dict[str, tuple[Any, Any]] = {}
    for key in wanted.given():
        value = getattr(wanted, key)
        if key == "issued_on":
            if value is not None and not isinstance(value, dt.date):
                raise InvalidInput(msg("evidence.issued_on_invalid"))
        else:
            label = msg({"number": "field.number", "issuer": "field.issuer", "title": "field.title",
                         "note": "field.note"}[key])
            value = inputs.paragraph(value, label) if key == "note" else inputs.long_line(value, label)
        if getattr(row, key) != value:
            changes[key] = (getattr(row, key), value)
    return changes


class EvidenceService(ActingService):
    def __init__(self, workspace: Workspace, user: str | Identity = "",
                 framework: Callable[[int], Framework] | None = None):
        self.ws = workspace
        self.identity = Identity.of(user)
        # framework: a dossier's parsed framework, from the one cache (DossierService.framework)
        self.text = EvidenceTextService(workspace, self.identity, framework)

    def attach(self, dossier_id: int, code: str, files: Sequence[Path], metadata: EvidenceMetadata | None = None,
               report: Report | None = None, is_cancelled: Callable[[], bool] | None = None,
               read_text: bool = True) -> list[AttachResult]:
        """Attach files to a criterion. The files are copied into the store (hashed on the way)
        a batch at a time; each batch is flushed to disk, then its rows (document, link, audit
        entry) are written in one transaction and one commit. On cancel, or at a file that
        cannot be read, the files done so far stay attached and the rest are not touched.

        Then the new documents' text is read for search (``read_text``; the slow part, never
        a reason to fail an attach). ``read_text=False`` leaves it to the caller, who reports
        the attach first: the documents wait in EvidenceTextService's queue (no text record
        yet), which ``index_missing`` empties — also after a crash between the two."""
        require(self.ws, self.actor, Action.ATTACH, dossier_id)
        metadata = metadata or EvidenceMetadata()
        files = [Path(f) for f in files]
        for path in files:
            if not path.is_file():
                raise InvalidInput(msg("evidence.file_not_found", file=str(path)))
        with self.ws.sessions() as session:
            assessment = find_assessment(session, dossier_id, code)
            target = (assessment.id, assessment.code)  # looked up once, not once per file
        total = sum(p.stat().st_size for p in files) or 1
        done_bytes = 0
        results: list[AttachResult] = []
        batch: list[tuple[Path, str, int, str]] = []     # staged: (temporary path, sha256, size, name)
        batch_bytes = 0
        failure: ServiceError | None = None
        try:
            for path in files:
                if is_cancelled and is_cancelled():
                    break
                name = inputs.line(path.name, msg("field.file_name")) or "tep"
                if report:
                    report(done_bytes, total, name)

                def progress(copied: int, base: int = done_bytes, name: str = name) -> None:
                    if report:
                        report(base + copied, total, name)

                try:
                    staged, sha256, size = self.ws.store.stage_file(path, progress)
                except EvidenceStoreError as exc:
                    failure = ServiceError(str(exc))
                    break
                batch.append((staged, sha256, size, name))
                done_bytes += size
                batch_bytes += size
                if len(batch) >= ATTACH_BATCH_FILES or batch_bytes >= ATTACH_BATCH_BYTES:
                    results += self._commit_batch(dossier_id, target, batch, metadata)
                    batch, batch_bytes = [], 0
            if batch:
                results += self._commit_batch(dossier_id, target, batch, metadata)
                batch = []
        finally:
            self.ws.store.discard(staged for staged, *_ in batch)   # staged, never adopted
        if failure is not None:
            raise failure
        if report:
            report(total, total, "")
        if read_text:
            self.read_texts(results)
        return results

    def read_texts(self, results: Sequence[AttachResult], report: Report | None = None,
                   is_cancelled: Callable[[], bool] | None = None, pending_of: int | None = None) -> int:
        """Read the text of the documents just attached that have none yet (see attach); with
        ``pending_of`` (a dossier), also every other document of it still waiting."""
        try:
            ids = [r.evidence.id for r in results]
            if pending_of is not None:
                ids += self.text.pending(pending_of)
            return self.text.index_many(ids, report, is_cancelled)
        except Exception:  # noqa: BLE001 - reading is a bonus: the documents stay queued for index_missing
            log.exception("could not read the text of the attached documents")
            return 0

    def attach_bytes(self, dossier_id: int, code: str, name: str, data: bytes,
                     metadata: EvidenceMetadata | None = None) -> AttachResult:
        with self.ws.sessions() as session:
            authorize(session, self.actor, Action.ATTACH, dossier_id)
            assessment = find_assessment(session, dossier_id, code)
            target = (assessment.id, assessment.code)
        try:
            stored = self.ws.store.add_bytes(data)
        except EvidenceStoreError as exc:
            raise ServiceError(exc) from exc
        try:
            with self.ws.sessions.begin() as session:
                authorize(session, self.actor, Action.ATTACH, dossier_id)   # again: the file took time
                result = self._rows(session, dossier_id, target, inputs.line(name, msg("field.file_name")) or "tep",
                                    stored.sha256, stored.size, metadata or EvidenceMetadata())
        except BaseException:
            if not self.ws.shared:   # on a shared folder another PC may be attaching the same file now
                self.ws.store.forget([stored])
            raise
        self.read_texts([result])
        return result

    def _commit_batch(self, dossier_id: int, target: tuple[int, str], batch: list[tuple[Path, str, int, str]],
                      metadata: EvidenceMetadata) -> list[AttachResult]:
        """Flush the staged files of a batch and move them under their hash names (each folder
        flushed once); only then write their rows, in one transaction. When the rows cannot be
        written (a full or read-only disk, a refusal), the files this batch added go again."""
        try:
            stored = self.ws.store.adopt((staged, sha256) for staged, sha256, _, _ in batch)
        except EvidenceStoreError as exc:
            raise ServiceError(exc) from exc
        try:
            with self.ws.sessions.begin() as session:
                # the role and the seal checked again for the batch, in its transaction (the same
                # for a new document and one already in the dossier: ATTACH_DUPLICATE is alike)
                authorize(session, self.actor, Action.ATTACH, dossier_id)
                return self._batch_rows(session, dossier_id, target, batch, metadata)
        except BaseException:
            if not self.ws.shared:   # on a shared folder another PC may be attaching the same file now
                self.ws.store.forget(stored)
            raise

    def _batch_rows(self, session: Session, dossier_id: int, target: tuple[int, str],
                    batch: list[tuple[Path, str, int, str]], metadata: EvidenceMetadata) -> list[AttachResult]:
        """The rows of a batch of files (already safe in the store), as ``_rows`` writes them
        one file after the other — the documents, their links to the criterion, the audit
        entries in file order — with each lookup made once for the batch and one flush per kind."""
        assessment_id, code = target
        shas = {sha256 for _, sha256, _, _ in batch}
        documents = {e.sha256: e for e in session.scalars(select(orm.Evidence).where(
            orm.Evidence.dossier_id == dossier_id, orm.Evidence.sha256.in_(shas)))}
        linked = set(session.scalars(select(orm.EvidenceLink.evidence_id).where(
            orm.EvidenceLink.assessment_id == assessment_id,
            orm.EvidenceLink.evidence_id.in_([e.id for e in documents.values()])))) if documents else set()
        planned = []
        for _, sha256, size, name in batch:
            evidence = documents.get(sha256)   # already in the dossier, or earlier in this batch
            duplicate = evidence is not None
            if evidence is None:
                evidence = documents[sha256] = self._new_document(dossier_id, name, sha256, size, metadata)
                session.add(evidence)
            planned.append((evidence, duplicate, name, sha256, size))
        session.flush()
        position = session.scalar(select(func.coalesce(func.max(orm.EvidenceLink.position), 0))
                                  .where(orm.EvidenceLink.assessment_id == assessment_id)) or 0
        results, entries = [], []
        for evidence, duplicate, name, sha256, size in planned:
            already = duplicate and evidence.id in linked
            if not already:
                position += 1
                session.add(orm.EvidenceLink(assessment_id=assessment_id, evidence_id=evidence.id, position=position))
                linked.add(evidence.id)
            entries.append((Action.ATTACH_DUPLICATE if duplicate else Action.ATTACH, code, "minh_chung", None,
                            {"tep": name, "sha256": sha256, "kich_thuoc": size}))
            results.append((evidence, duplicate, already))
        session.flush()
        audit.record_many(session, actor=self.actor, dossier_id=dossier_id, entries=entries)
        return [AttachResult(evidence_info(session, e, None if duplicate else (code,)), duplicate, already)
                for e, duplicate, already in results]

    @staticmethod
    def _new_document(dossier_id: int, name: str, sha256: str, size: int, metadata: EvidenceMetadata) -> orm.Evidence:
        return orm.Evidence(
            dossier_id=dossier_id, sha256=sha256, original_name=name, size=size,
            media_type=mimetypes.guess_type(name)[0] or "application/octet-stream",
            number=inputs.line(metadata.number, msg("field.number")), issued_on=metadata.issued_on,
            issuer=inputs.long_line(metadata.issuer, msg("field.issuer")),
            title=inputs.long_line(metadata.title, msg("field.title")) or clean(Path(name).stem),
            note=inputs.paragraph(metadata.note, msg("field.note")))

    def _rows(self, session: Session, dossier_id: int, target: tuple[int, str], name: str, sha256: str, size: int,
              metadata: EvidenceMetadata) -> AttachResult:
        """The rows of one attached file (already safe in the store): the document, its link
        to the criterion ``target`` (assessment id, code) and the audit entry. The caller has
        authorised ATTACH in this transaction."""
        assessment_id, code = target
        evidence = session.scalars(select(orm.Evidence).where(orm.Evidence.dossier_id == dossier_id,
                                                              orm.Evidence.sha256 == sha256)).first()
        duplicate = evidence is not None
        if evidence is None:
            evidence = self._new_document(dossier_id, name, sha256, size, metadata)
            session.add(evidence)
            session.flush()
        # a new document has no link yet: no need to look
        already = duplicate and session.get(orm.EvidenceLink, (assessment_id, evidence.id)) is not None
        if not already:
            position = (session.scalar(select(func.coalesce(func.max(orm.EvidenceLink.position), 0))
                                       .where(orm.EvidenceLink.assessment_id == assessment_id)) or 0) + 1
            session.add(orm.EvidenceLink(assessment_id=assessment_id, evidence_id=evidence.id,
                                         position=position))
        audit.record(session, actor=self.actor, dossier_id=dossier_id,
                     action=Action.ATTACH_DUPLICATE if duplicate else Action.ATTACH, target=code,
                     field="minh_chung", new={"tep": name, "sha256": sha256, "kich_thuoc": size})
        return AttachResult(evidence_info(session, evidence, None if duplicate else (code,)), duplicate, already)

    def link(self, dossier_id: int, evidence_id: int, code: str) -> EvidenceInfo:
        return self.edit(dossier_id, evidence_id, link=(code,))

    def unlink(self, dossier_id: int, evidence_id: int, code: str) -> EvidenceInfo:
        """Remove a document from a criterion; the document stays in the dossier."""
        return self.edit(dossier_id, evidence_id, unlink=(code,))

    def edit(self, dossier_id: int, evidence_id: int, details: EvidenceEdit | None = None, *,
             link: Sequence[str] = (), unlink: Sequence[str] = (), confirm_reading: bool = False) -> EvidenceInfo:
        """One user action on a document, in one transaction (all of it or nothing): its details
        changed (``details``: number, issued_on, issuer, title, note), the details read from it
        confirmed (``confirm_reading``: the officer checked them in the dialog), and the
        criteria it proves added (``link``) and removed (``unlink``). Each change is one entry
        of the history, as when made alone."""
        with self.ws.sessions.begin() as session:
            evidence = find_evidence(session, dossier_id, evidence_id)
            if details:
                self._set_fields(session, dossier_id, evidence, details)
            if confirm_reading:
                confirm_reading_in(session, self.actor, dossier_id, evidence)
            for code in link:
                assessment = find_assessment(session, dossier_id, code)
                if session.get(orm.EvidenceLink, (assessment.id, evidence.id)) is None:
                    authorize(session, self.actor, Action.LINK_EVIDENCE, dossier_id)
                    session.add(orm.EvidenceLink(assessment_id=assessment.id, evidence_id=evidence.id))
                    session.flush()
                    audit.record(session, actor=self.actor, dossier_id=dossier_id, action=Action.LINK_EVIDENCE,
                                 target=assessment.code, new=evidence.original_name)
            for code in unlink:
                assessment = find_assessment(session, dossier_id, code)
                row = session.get(orm.EvidenceLink, (assessment.id, evidence.id))
                if row is None:
                    raise NotFound(msg("evidence.not_linked", document=evidence.original_name,
                                       criterion=assessment.code))
                authorize(session, self.actor, Action.UNLINK_EVIDENCE, dossier_id)
                session.delete(row)
                session.flush()
                audit.record(session, actor=self.actor, dossier_id=dossier_id, action=Action.UNLINK_EVIDENCE,
                             target=assessment.code, old=evidence.original_name)
            return evidence_info(session, evidence)

    def remove(self, dossier_id: int, evidence_id: int) -> None:
        """Delete a document no criterion uses; its file goes when no dossier uses it (on a
        shared server workspace, at the next 'check --repair')."""
        with self.ws.sessions.begin() as session:
            evidence = find_evidence(session, dossier_id, evidence_id)
            used = linked_codes(session, evidence.id)
            if used:
                raise InvalidInput(msg("evidence.still_used", document=evidence.original_name,
                                       criteria=", ".join(used)))
            sha = evidence.sha256
            authorize(session, self.actor, Action.REMOVE_EVIDENCE, dossier_id)
            audit.record(session, actor=self.actor, dossier_id=dossier_id, action=Action.REMOVE_EVIDENCE,
                         target=evidence.original_name, old={"sha256": sha})
            session.delete(evidence)
            session.flush()
            still_used = session.scalar(select(func.count()).select_from(orm.Evidence)
                                        .where(orm.Evidence.sha256 == sha))
            kept_by_versions = session.scalar(select(func.count()).select_from(orm.DossierVersion).where(
                func.cast(orm.DossierVersion.snapshot, Text).contains(sha)))
        # on a shared folder another PC may be attaching the same file at this moment (it finds
        # the file stored and does not write it again): leave the orphan to 'check --repair'.
        # A file that a database copy in backups/ or a version kept by a transfer still names
        # stays too: restoring that copy must find it ('check --repair' removes it once no copy
        # needs it any more).
        if not still_used and not kept_by_versions and not self.ws.shared \
                and not backup_files.copies_needing(self.ws.backups_dir, sha):
            self.ws.store.remove(sha)

    def update(self, dossier_id: int, evidence_id: int, *, number: str | None = None,
               issued_on: dt.date | None | Keep = KEEP, issuer: str | None = None, title: str | None = None,
               note: str | None = None) -> EvidenceInfo:
        """:meth:`edit` of the details alone, given field by field (the command line, scripts)."""
        return self.edit(dossier_id, evidence_id, EvidenceEdit(number, issued_on, issuer, title, note))

    def _set_fields(self, session: Session, dossier_id: int, evidence: orm.Evidence, wanted: EvidenceEdit) -> None:
        changes = evidence_changes(evidence, wanted)
        if changes:
            old = {key: before for key, (before, _) in changes.items()}
            new = {key: after for key, (_, after) in changes.items()}
            authorize(session, self.actor, Action.EDIT_EVIDENCE, dossier_id)
            for key, value in new.items():
                setattr(evidence, key, value)
            audit.record(session, actor=self.actor, dossier_id=dossier_id, action=Action.EDIT_EVIDENCE,
                         target=evidence.original_name, field=",".join(new), old=old, new=new)

    def list(self, dossier_id: int, code: str | None = None) -> list[EvidenceInfo]:
        with self.ws.sessions() as session:
            query = select(orm.Evidence).where(orm.Evidence.dossier_id == dossier_id)
            if code is not None:
                assessment = find_assessment(session, dossier_id, code)
                query = (query.join(orm.EvidenceLink, orm.EvidenceLink.evidence_id == orm.Evidence.id)
                         .where(orm.EvidenceLink.assessment_id == assessment.id)
                         .order_by(orm.EvidenceLink.position, orm.Evidence.id))
            else:
                query = query.order_by(orm.Evidence.id)
            rows = session.scalars(query).all()
            # every document's criteria in one query, not one per document
            codes: dict[int, list[str]] = {}
            for evidence_id, linked in session.execute(
                    select(orm.EvidenceLink.evidence_id, orm.Assessment.code)
                    .join(orm.Assessment, orm.Assessment.id == orm.EvidenceLink.assessment_id)
                    .where(orm.Assessment.dossier_id == dossier_id).order_by(orm.Assessment.position)):
                codes.setdefault(evidence_id, []).append(linked)
            return [evidence_info(session, e, tuple(codes.get(e.id, ()))) for e in rows]

    def get(self, dossier_id: int, evidence_id: int) -> EvidenceInfo:
        with self.ws.sessions() as session:
            return evidence_info(session, find_evidence(session, dossier_id, evidence_id))

    def file_problems(self, dossier_id: int, *, full: bool = True) -> builtins.list[tuple[EvidenceInfo, Param]]:
        """The dossier's documents whose file is missing or changed: every file read against
        its SHA-256 (``full``), or only its presence and size (a quick look, for documents
        that print the list of evidence but not the files)."""
        problems: builtins.list[tuple[EvidenceInfo, Param]] = []
        for info in self.list(dossier_id):
            problem: Param | None
            if full:
                problem = self.ws.store.verify_message(info.sha256)
            else:
                path = self.ws.store.path_for(info.sha256)
                try:
                    size = path.stat().st_size
                    problem = (None if size == info.size
                               else msg("evidence.size_changed", size=size, attached=info.size))
                except OSError:
                    problem = msg("evidence.file_missing")
            if problem:
                problems.append((info, problem))
        return problems

    def require_files(self, dossier_id: int, *, full: bool = True, allow_missing: bool = False,
                      what: str = "evidence.refused_export") -> builtins.list[tuple[EvidenceInfo, Param]]:
        """EvidenceFilesMissing unless every file is there and intact, or the user asked to go
        on without them (``allow_missing``: the problems are returned, to leave those files
        out and say so). ``what``: the code of the refusal (what was not done)."""
        problems = self.file_problems(dossier_id, full=full)
        if problems and not allow_missing:
            listing = tuple(msg("evidence.file_problem", file=e.original_name, problem=problem)
                            for e, problem in problems[:5])
            more: Param = msg("evidence.more_documents", count=len(problems) - 5) if len(problems) > 5 else ""
            raise EvidenceFilesMissing(msg(what, count=len(problems), files=Listing(listing), more=more), problems)
        return problems

    def file_path(self, dossier_id: int, evidence_id: int) -> Path:
        info = self.get(dossier_id, evidence_id)
        path = self.ws.store.path_for(info.sha256)
        if not path.is_file():
            raise NotFound(msg("evidence.file_gone", document=info.original_name))
        return path
