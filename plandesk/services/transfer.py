"""Use cases of the trip between commune and approving body: write a dossier package (or a
review package) and import one.

Import is check first, change after: the package is verified in full (transfer.read), its
data checked (transfer.dataformat, the framework it carries), the changes worked out record by
record against the workspace — new, updated, unchanged, conflicting — and only when nothing
is wrong and every conflict has a decision are the evidence files added to the store (atomic,
by hash) and the rows written in one transaction with one audit entry. The dossier as it was
before is kept in ``dossier_versions``; so is the content of every package imported (the base
that tells, next time, a change made here from a change that came in the package)."""
from __future__ import annotations

import datetime as dt
import json
import mimetypes
import tempfile
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from plandesk import __version__
from plandesk.domain.access import DECISIONS, Action
from plandesk.domain.dossier import (
    AssessmentChange,
    CouncilMember,
    CouncilRole,
    DocumentSettings,
    EvidenceEdit,
    ReviewStatus,
    Status,
)
from plandesk.domain.framework import Framework, FrameworkError, parse_framework
from plandesk.domain.messages import TEXTS, Listing, Message, Param, cause, msg
from plandesk.domain.rules import BadValue, parse_value
from plandesk.domain.schema import check_settings
from plandesk.domain.text import clean, fold, nfc, safe_file_name
from plandesk.storage import orm
from plandesk.storage.anchor import chain_head
from plandesk.storage.engine import current_revision
from plandesk.storage.evidence_store import EvidenceStoreError
from plandesk.storage.location import PathTooLong, check_path_length
from plandesk.storage.workspace import Workspace
from plandesk.transfer import dataformat as fmt
from plandesk.transfer import parts
from plandesk.transfer.errors import PackageError, SourceChanged, WrongPassphrase
from plandesk.transfer.index_html import INDEX_NAME, render_index
from plandesk.transfer.manifest import KIND_DOSSIER, KIND_REVIEW, MAIN_ENTRY, Manifest
from plandesk.transfer.names import entry_problem
from plandesk.transfer.pack import Source, Written, write_package
from plandesk.transfer.read import Limits, OpenedPackage, needs_passphrase, open_package

from . import access, audit
from .access import ActingService, Identity, authorize, require
from .dossiers import assessment_changes, checked_member
from .errors import InvalidInput, NotFound, ServiceError
from .evidence import evidence_changes
from .outputs import checked_output

FAT32_LIMIT = parts.FAT32_LIMIT   # the default largest part: what one file on a FAT32 stick may hold

if TYPE_CHECKING:
    from .dossiers import DossierService
    from .export import ExportService

Report = Callable[[int, int, str], None]
_T = TypeVar("_T")

NEW, UPDATED, UNCHANGED, CONFLICTING = "moi", "cap_nhat", "khong_doi", "xung_dot"
# each category named in the catalogue ("import.category.moi"); the Vietnamese names are also the keys of
# the counts kept in the history
CATEGORY_LABELS = {c: TEXTS[f"import.category.{c}"] for c in (NEW, UPDATED, UNCHANGED, CONFLICTING)}
KEEP, TAKE = "giu", "lay"      # a conflict's decision: keep the workspace's record / take the package's
# dossier_versions.reason
BEFORE_IMPORT, IMPORTED, PACKED = "truoc_khi_nhap", "goi_da_nhap", "goi_da_xuat"
REVIEW_IMPORTED, REVIEW_PACKED = "tham_dinh_da_nhap", "tham_dinh_da_xuat"


class WrongPassphraseError(ServiceError):
    """The passphrase does not open the package: ask again."""


@dataclass(frozen=True)
class PackResult:
    paths: tuple[Path, ...]
    size: int
    submission_id: str
    files: int                    # entries written
    encrypted: bool
    evidence: int = 0             # the dossier's evidence documents in it
    documents: int = 0            # the dossier's own documents (PDF) in it
    notes: tuple[Listing, ...] = ()   # each of the dossier's documents that could not be made, and why


@dataclass(frozen=True)
class Change:
    key: str              # "tieu_chi:III.3", "minh_chung:<sha>", "thanh_vien:<name>", "thoi_han:<key>", "ho_so"
    label: Param          # in words, for the user (a message of the catalogue)
    category: str         # NEW, UPDATED, UNCHANGED, CONFLICTING
    action: str           # what the import does: "tao", "sua", "xoa", "giu", "" (nothing)
    fields: tuple[str, ...] = ()


@dataclass
class ImportReport:
    kind: str                          # KIND_DOSSIER or KIND_REVIEW
    submission_id: str
    unit: str
    year: int
    framework: str
    dossier_id: int | None             # None: the dossier is new to this workspace
    changes: list[Change] = field(default_factory=list)
    checks: list[Message | str] = field(default_factory=list)
    applied: bool = False
    framework_added: bool = False      # the dossier brought a framework version this install lacks
    created: bool = False              # the import created the dossier (nothing earlier to keep)

    def count(self, category: str) -> int:
        return sum(c.category == category for c in self.changes)

    @property
    def review(self) -> bool:
        """A review package (the reviewer's comments coming back), not a dossier."""
        return self.kind == KIND_REVIEW

    @property
    def conflicts(self) -> list[Change]:
        return [c for c in self.changes if c.category == CONFLICTING]

    @property
    def counts(self) -> dict[str, int]:
        return {label: self.count(category) for category, label in CATEGORY_LABELS.items()}


# -- the dossier as records ------------------------------------------------------------------
def _jsonable(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    return value


def _json_object(value: dict[str, Any]) -> dict[str, Any]:
    """:func:`_jsonable` of a mapping, typed as the mapping it stays."""
    out: dict[str, Any] = _jsonable(value)
    return out


def _records(data: dict[str, Any]) -> dict[str, tuple[Param, dict[str, Any]]]:
    """The comparable records of a dossier (package form, JSON values): key -> (label, fields).
    Review fields belong to the reviewer and travel in review packages, so they are left out."""
    d = data["dossier"]
    out: dict[str, tuple[Param, dict[str, Any]]] = {
        "ho_so": (msg("import.record.ho_so"), {
            "framework_version": d["framework_version"], "framework_title": d["framework_title"],
            "framework": data["framework"], "settings": d["settings"]}),
    }
    for a in data["assessments"]:
        fields = {k: a[k] for k in fmt.ASSESSMENT_FIELDS
                  if k not in ("code", "review_status", "review_comment", "updated_at")}
        out[f"tieu_chi:{a['code']}"] = (msg("import.record.tieu_chi", criterion=a["code"]), fields)
    for e in data["evidence"]:
        fields = {k: e[k] for k in fmt.EVIDENCE_FIELDS if k not in ("sha256", "file", "added_at", "criteria")}
        fields["criteria"] = sorted([link["code"], link["position"]] for link in e["criteria"])
        out[f"minh_chung:{e['sha256']}"] = (msg("import.record.minh_chung", document=e["original_name"]), fields)
    seen: dict[str, int] = {}
    for m in data["council"]:
        seen[m["name"]] = seen.get(m["name"], 0) + 1
        suffix = f"#{seen[m['name']]}" if seen[m["name"]] > 1 else ""
        out[f"thanh_vien:{m['name']}{suffix}"] = (msg("import.record.thanh_vien", member=m["name"]),
                                                  {k: m[k] for k in ("position", "role", "sort_order")})
    for t in data["deadlines"]:
        out[f"thoi_han:{t['key']}"] = (msg("import.record.thoi_han", deadline=t["title"]),
                                       {k: t[k] for k in ("title", "due_on", "done_on")})
    for d in data.get("issued_documents", []):
        out[f"van_ban:{d['doc']}#{d['version']}"] = (
            msg("import.record.van_ban", document=d["doc"], version=d["version"]),
            {k: d[k] for k in ("number", "issued_on", "pdf_sha256", "docx_sha256", "superseded_at")})
    return out


def _issued_rows(session: Session, dossier_id: int) -> list[orm.IssuedDocument]:
    return list(session.scalars(select(orm.IssuedDocument).where(orm.IssuedDocument.dossier_id == dossier_id)
                                .order_by(orm.IssuedDocument.doc, orm.IssuedDocument.version)))


def _issued_record(row: orm.IssuedDocument) -> dict[str, Any]:
    """An issued document in dossier.json; its files travel as ban-hanh/<doc>-v<version>.pdf|docx."""
    stem = f"ban-hanh/{row.doc}-v{row.version}"
    return {"doc": row.doc, "version": row.version, "number": row.number, "issued_on": row.issued_on,
            "issued_at": row.issued_at, "issued_by": row.issued_by, "superseded_at": row.superseded_at,
            "pdf_file": f"{stem}.pdf", "pdf_sha256": row.pdf_sha256, "docx_file": f"{stem}.docx",
            "docx_sha256": row.docx_sha256, "text": list(row.text or [])}


def _classify(base: dict[str, Any] | None, local: dict[str, Any] | None, incoming: dict[str, Any] | None,
              has_base: bool) -> tuple[str, str]:
    """(category, action) for one record; action "lay" means the package's version wins
    (create, change or remove), "giu" that the workspace's stays, "" that nothing happens."""
    if incoming == local:
        return UNCHANGED, ""
    if local is None and (not has_base or base is None):
        return NEW, TAKE
    if has_base and local == base:
        return UPDATED, TAKE
    if has_base and incoming == base:
        return UNCHANGED, KEEP          # changed here since the last import, not in the package
    return CONFLICTING, ""


class TransferService(ActingService):
    def __init__(self, workspace: Workspace, user: str | Identity, dossiers: DossierService,
                 export: Callable[[], ExportService]):
        self.ws = workspace
        self.identity = Identity.of(user)
        self.dossiers = dossiers   # the one DossierService: its framework cache is told of an import
        self._export = export      # the one ExportService, made on first use (the renderers are heavy)

    # -- the dossier in package form ---------------------------------------------------------
    def dossier_data(self, dossier_id: int) -> dict[str, Any]:
        """The dossier as ``dossier.json`` holds it (format plandesk-dossier, see FORMAT.md)."""
        with self.ws.sessions() as session:
            dossier = session.get(orm.Dossier, dossier_id)
            if dossier is None:
                raise NotFound(msg("dossier.not_found_list", dossier=dossier_id))
            return self._data(session, dossier)

    @staticmethod
    def _data(session: Session, dossier: orm.Dossier) -> dict[str, Any]:
        unit = dossier.unit
        codes = {a.id: a.code for a in dossier.assessments}
        links: dict[int, list[dict[str, Any]]] = {}
        for link in session.scalars(select(orm.EvidenceLink)
                                    .join(orm.Assessment, orm.Assessment.id == orm.EvidenceLink.assessment_id)
                                    .where(orm.EvidenceLink.assessment_id.in_(codes))
                                    .order_by(orm.Assessment.position, orm.EvidenceLink.position)):
            links.setdefault(link.evidence_id, []).append({"code": codes[link.assessment_id],
                                                           "position": link.position})
        evidence = session.scalars(select(orm.Evidence).where(orm.Evidence.dossier_id == dossier.id)
                                   .order_by(orm.Evidence.id)).all()
        council = session.scalars(select(orm.CouncilMember).where(orm.CouncilMember.dossier_id == dossier.id)
                                  .order_by(orm.CouncilMember.sort_order, orm.CouncilMember.id)).all()
        deadlines = session.scalars(select(orm.Deadline).where(orm.Deadline.dossier_id == dossier.id)
                                    .order_by(orm.Deadline.due_on, orm.Deadline.key)).all()
        history = session.scalars(select(orm.AuditEntry).where(orm.AuditEntry.dossier_id == dossier.id)
                                  .order_by(orm.AuditEntry.id)).all()
        issued = _issued_rows(session, dossier.id)
        extra = {"issued_documents": [_issued_record(r) for r in issued]} if issued else {}
        return _json_object({
            "format": fmt.DOSSIER_FORMAT, "format_version": fmt.DATA_FORMAT_VERSION, "app_version": __version__,
            "unit": {"name": unit.name, "code": unit.code, "kind": unit.kind, "district": unit.district,
                     "province": unit.province},
            "dossier": {"year": dossier.year, "framework_id": dossier.framework_id,
                        "framework_version": dossier.framework_version, "framework_title": dossier.framework_title,
                        "created_at": dossier.created_at, "settings": _sound_settings(dossier.settings)},
            "framework": dossier.framework_data,
            "assessments": [{k: getattr(a, k) if k != "values" else dict(a.values or {})
                             for k in fmt.ASSESSMENT_FIELDS} for a in dossier.assessments],
            "evidence": [{**{k: getattr(e, k) for k in fmt.EVIDENCE_FIELDS if k not in ("file", "criteria")},
                          "file": f"evidence/{i:03d}_{entry_name(e.original_name)}",
                          "criteria": links.get(e.id, [])} for i, e in enumerate(evidence, 1)],
            "council": [{k: getattr(m, k) for k in fmt.COUNCIL_FIELDS} for m in council],
            "deadlines": [{k: getattr(t, k) for k in fmt.DEADLINE_FIELDS} for t in deadlines],
            "history": [{k: getattr(h, k) for k in fmt.HISTORY_FIELDS} for h in history],
            **extra,   # only when there is one: a dossier without issued documents keeps its seal's digest
        })

    dossier_content = _data   # also what a finalised dossier's seal covers (services/seals.py)

    # -- writing packages ------------------------------------------------------------------
    def pack(self, dossier_id: int, out: Path, *, passphrase: str | None = None,
             part_size: int = parts.FAT32_LIMIT, with_documents: bool = False,
             documents: Sequence[Path | tuple[str, bytes]] = (), report: Report | None = None,
             is_cancelled: Callable[[], bool] | None = None) -> PackResult:
        """Write the dossier, its evidence files, a readable index and documents into one
        package (or numbered parts). ``with_documents``: the dossier's own documents as PDF
        (every one that can be made; why the others could not is in the result's ``notes``),
        as the window and ``plandesk pack`` both ask; ``documents``: more files (or
        (name, bytes)) to carry."""
        require(self.ws, self.actor, Action.PACK, dossier_id)
        out = self._out_path(out)
        notes: tuple[Listing, ...] = ()
        own: list[tuple[str, bytes]] = []
        if with_documents:
            own, problems = self.rendered_documents(dossier_id, report, is_cancelled)
            notes = tuple(problems)
        documents = [*own, *documents]
        with self.ws.sessions() as session:
            dossier = session.get(orm.Dossier, dossier_id)
            if dossier is None:
                raise NotFound(msg("dossier.not_found_list", dossier=dossier_id))
            data = self._data(session, dossier)
            sequence = self._count(session, dossier_id, PACKED) + 1
        unit, d = data["unit"], data["dossier"]
        submission = self._submission_id(unit, d["framework_id"], d["year"], sequence)
        sources: list[Source] = [Source(MAIN_ENTRY[KIND_DOSSIER], data=fmt.dumps(data))]
        names = {}
        for e in data["evidence"]:
            path = self.ws.store.path_for(e["sha256"])
            if not path.is_file():
                raise ServiceError(_unpackable(e["original_name"], msg("evidence.file_missing")))
            # each file is checked against its hash as it is copied into the package (one read)
            sources.append(Source(e["file"], file=path, sha256=e["sha256"]))
            names[e["file"]] = e["original_name"]
        # the documents kept as issued travel as they are (their bytes, from the database)
        with self.ws.sessions() as session:
            for row in _issued_rows(session, dossier_id):
                record = _issued_record(row)
                sources.append(Source(record["pdf_file"], data=bytes(row.pdf), sha256=row.pdf_sha256))
                sources.append(Source(record["docx_file"], data=bytes(row.docx), sha256=row.docx_sha256))
        doc_paths = []
        for i, doc in enumerate(documents, 1):
            if isinstance(doc, tuple):          # (file name, bytes) rendered in memory
                doc_paths.append(f"van-ban/{i:02d}_{entry_name(doc[0])}")
                sources.append(Source(doc_paths[-1], data=doc[1]))
                continue
            doc = Path(doc)
            if not doc.is_file():
                raise InvalidInput(msg("package.document_not_found", file=str(doc)))
            doc_paths.append(f"van-ban/{i:02d}_{entry_name(doc.name)}")
            sources.append(Source(doc_paths[-1], file=doc))
        sources.append(Source(INDEX_NAME, data=render_index(data, submission, doc_paths)))
        manifest = self._manifest(KIND_DOSSIER, submission, data)
        written = self._write(out, manifest, sources, passphrase, part_size, report, is_cancelled, names)
        with self.ws.sessions.begin() as session:
            authorize(session, self.actor, Action.PACK, dossier_id)   # again: writing took time
            session.add(orm.DossierVersion(
                dossier_id=dossier_id, user=self.user, reason=PACKED, submission_id=submission, sequence=sequence,
                package_sha256=written.sha256,
                summary={"tep": [p.name for p in written.paths], "ma_hoa": written.encrypted,
                         "so_tep": len(sources)}, snapshot={}))
            audit.record(session, actor=self.actor, dossier_id=dossier_id, action=Action.PACK, target=submission,
                         new={"tep": ", ".join(p.name for p in written.paths), "ma_hoa": written.encrypted,
                              "so_minh_chung": len(data["evidence"])})
        return PackResult(written.paths, written.size, submission, len(sources), written.encrypted,
                          evidence=len(data["evidence"]), documents=len(own), notes=notes)

    def rendered_documents(self, dossier_id: int, report: Report | None = None,
                           is_cancelled: Callable[[], bool] | None = None,
                           ) -> tuple[list[tuple[str, bytes]], list[Listing]]:
        """The dossier's documents as PDF (tờ trình, báo cáo, biên bản…), for readers of the
        package without PlanDesk; and, for each one that could not be made, why."""
        from .export import BUILDERS

        export = self._export()
        made: list[tuple[str, bytes]] = []
        problems: list[Listing] = []
        cache: dict[str, Any] = {}   # the dossier read once for all the documents
        for index, doc in enumerate(BUILDERS):
            if is_cancelled and is_cancelled():
                raise ServiceError(msg("package.cancelled_nothing_written"))
            if report:
                report(index, len(BUILDERS), f"{doc}.pdf")
            try:
                made.append((f"{doc}.pdf", export.render(dossier_id, doc, "pdf", cache=cache)))
            except ServiceError as exc:
                problems.append(Listing((f"{doc}.pdf", cause(exc)), ": "))
        return made, problems

    def review_data(self, dossier_id: int) -> dict[str, Any]:
        with self.ws.sessions() as session:
            dossier = session.get(orm.Dossier, dossier_id)
            if dossier is None:
                raise NotFound(msg("dossier.not_found", dossier=dossier_id))
            reviewed = session.scalars(select(orm.DossierVersion.submission_id).where(
                orm.DossierVersion.dossier_id == dossier_id, orm.DossierVersion.reason == IMPORTED)
                .order_by(orm.DossierVersion.id.desc()).limit(1)).first() or ""
            unit = dossier.unit
            return _json_object({
                "format": fmt.REVIEW_FORMAT, "format_version": fmt.DATA_FORMAT_VERSION, "app_version": __version__,
                "unit": {"name": unit.name, "code": unit.code, "kind": unit.kind, "district": unit.district,
                         "province": unit.province},
                "dossier": {"year": dossier.year, "framework_id": dossier.framework_id,
                            "framework_version": dossier.framework_version},
                "reviewer": self.user, "reviewed_at": access.now(),
                "reviewed_submission": reviewed,
                "criteria": [{"code": a.code, "review_status": a.review_status, "review_comment": a.review_comment}
                             for a in dossier.assessments],
            })

    def pack_review(self, dossier_id: int, out: Path, *, passphrase: str | None = None,
                    part_size: int = parts.FAT32_LIMIT) -> PackResult:
        """The reviewer's package back to the commune: per criterion, review status and comment."""
        require(self.ws, self.actor, Action.PACK_REVIEW, dossier_id)
        out = self._out_path(out)
        data = self.review_data(dossier_id)
        with self.ws.sessions() as session:
            sequence = self._count(session, dossier_id, REVIEW_PACKED) + 1
        submission = self._submission_id(data["unit"], data["dossier"]["framework_id"], data["dossier"]["year"],
                                         sequence, prefix="TD-")
        manifest = self._manifest(KIND_REVIEW, submission, data)
        written = self._write(out, manifest, [Source(MAIN_ENTRY[KIND_REVIEW], data=fmt.dumps(data))],
                              passphrase, part_size, None, None)
        reviewed = sum(c["review_status"] != "chua_xem" for c in data["criteria"])
        with self.ws.sessions.begin() as session:
            authorize(session, self.actor, Action.PACK_REVIEW, dossier_id)
            session.add(orm.DossierVersion(
                dossier_id=dossier_id, user=self.user, reason=REVIEW_PACKED, submission_id=submission,
                sequence=sequence, package_sha256=written.sha256,
                summary={"tep": [p.name for p in written.paths], "da_tham_dinh": reviewed}, snapshot=data))
            audit.record(session, actor=self.actor, dossier_id=dossier_id, action=Action.PACK_REVIEW,
                         target=submission, new={"tep": ", ".join(p.name for p in written.paths),
                                                 "so_tieu_chi_da_tham_dinh": reviewed})
        return PackResult(written.paths, written.size, submission, 1, written.encrypted)

    def _out_path(self, out: Path) -> Path:
        out = Path(out).absolute()   # the name is checked before the path is resolved: Windows' resolve
        name = nfc(out.name)         # of a device name (CON.plandesk) fails with "invalid handle"
        if safe_file_name(name) != name:
            raise InvalidInput(msg("package.name_not_for_windows", name=out.name, example=safe_file_name(name)))
        try:  # the longest name written beside it: a part's temporary name, .NAME.001.xxxxxxxx.dang-ghi
            check_path_length(out, len(".") + len(".001.") + 8 + len(".dang-ghi"))
        except PathTooLong as exc:
            raise InvalidInput(exc) from exc
        return checked_output(out.with_name(name), self.ws.root)

    def _write(self, out: Path, manifest: Manifest, sources: list[Source], passphrase: str | None, part_size: int,
               report: Report | None, is_cancelled: Callable[[], bool] | None,
               names: dict[str, str] | None = None) -> Written:
        """Write the package; ``names``: entry -> document name, for an evidence file found
        damaged on the way (nothing is written then)."""
        try:
            return write_package(out, manifest, sources, passphrase=passphrase, part_size=part_size,
                                 report=report, is_cancelled=is_cancelled)
        except SourceChanged as exc:
            problem = msg("evidence.stored_file_changed", digest=f"{exc.actual[:12]}…")
            raise ServiceError(_unpackable((names or {}).get(exc.path, exc.path), problem)) from exc
        except PackageError as exc:
            raise ServiceError(exc) from exc

    def _manifest(self, kind: str, submission: str, data: dict[str, Any]) -> Manifest:
        d = data["dossier"]
        with self.ws.sessions() as session:   # the sender's newest history entry: an anchor kept by the receiver
            head = chain_head(session)
        return Manifest(kind=kind, app_version=__version__, schema_version=current_revision(self.ws.engine) or "",
                        created_at=access.now().isoformat(), submission_id=submission,
                        framework_id=d["framework_id"], framework_version=d["framework_version"],
                        framework_title=d.get("framework_title", data.get("framework_title", "")),
                        unit=dict(data["unit"]), year=d["year"],
                        extra={"audit_head": head.to_json()} if head is not None else {})

    @staticmethod
    def _submission_id(unit: dict[str, Any], framework_id: str, year: int, sequence: int, prefix: str = "") -> str:
        who = unit["code"] or "-".join(fold(unit["name"]).split()) or "xa"
        return f"{prefix}{safe_file_name(who, max_length=40)}-{framework_id}-{year}-{sequence:03d}"

    @staticmethod
    def _count(session: Session, dossier_id: int, reason: str) -> int:
        return session.scalar(select(func.count()).select_from(orm.DossierVersion).where(
            orm.DossierVersion.dossier_id == dossier_id, orm.DossierVersion.reason == reason)) or 0

    # -- reading packages ------------------------------------------------------------------
    def inspect(self, path: Path, *, passphrase: str | None = None, limits: Limits = Limits(),
                report: Report | None = None, is_cancelled: Callable[[], bool] | None = None) -> ImportReport:
        """Verify a package and say what importing it would change; changes nothing."""
        with tempfile.TemporaryDirectory(prefix="plandesk-nhap-") as staging:
            # every entry checked as for an import, but only the data entry is written
            opened = self._open(path, Path(staging), passphrase, limits, report, is_cancelled, extract=False)
            result, _ = self._plan(opened)
            return result

    def unpack(self, path: Path, *, passphrase: str | None = None, decisions: dict[str, str] | None = None,
               on_conflict: str | None = None, limits: Limits = Limits(), report: Report | None = None,
               is_cancelled: Callable[[], bool] | None = None) -> ImportReport:
        """Verify a package in full, then import it in one transaction. Conflicts need a
        decision (``decisions`` by record key, or ``on_conflict`` for all): without one nothing
        is imported and the report lists them."""
        require(self.ws, self.actor, Action.IMPORT_PACKAGE)   # which dossier it concerns is read below
        decisions = dict(decisions or {})
        for key, value in list(decisions.items()) + ([("--on-conflict", on_conflict)] if on_conflict else []):
            if value not in (KEEP, TAKE):
                raise InvalidInput(msg("package.decision_invalid", value=str(value), key=key, keep=KEEP, take=TAKE))
        # staged in the workspace's own temporary folder (same disk as the store): a checked
        # evidence file is then renamed into the store, not copied again; a crash leaves only
        # temporary files there, which 'check --repair' removes
        staging, prefix = self.ws.store.tmp_dir, f"nhap-{uuid.uuid4().hex[:12]}-"
        made_staging = not staging.is_dir()
        try:
            opened = self._open(path, staging, passphrase, limits, report, is_cancelled, prefix)
            result, plan = self._plan(opened)
            package_sha = opened.sha256
            if result.kind == KIND_REVIEW:
                self._apply_review(result, plan, package_sha)
                return result
            unknown = set(decisions) - {c.key for c in result.changes}
            if unknown:
                raise InvalidInput(msg("package.record_unknown", key=sorted(unknown)[0]))
            unresolved = [c for c in result.conflicts if (decisions.get(c.key) or on_conflict) is None]
            if unresolved:
                listing = Listing((Listing(tuple(Listing((c.key, " (", c.label, ": ",
                                                       ", ".join(c.fields) or msg("package.conflict_presence"), ")"),
                                                      "") for c in unresolved[:10])),
                                  " …" if len(unresolved) > 10 else ""), "")
                raise InvalidInput(msg("package.conflicts_undecided", package=Path(path).name, count=len(unresolved),
                                       conflicts=listing, keep=KEEP, take=TAKE))
            # every conflict has its decision by now (the unresolved ones were refused above)
            result.changes = [Change(c.key, c.label, c.category, decisions.get(c.key) or on_conflict or "", c.fields)
                              if c.category == CONFLICTING else c for c in result.changes]
            self._precheck(result, plan)
            plan["decisions"] = self._decisions_changed(result, plan)
            # authorised like the same change typed here (DECIDE for a decision), before any file moves
            require(self.ws, self.actor, _import_action(result), result.dossier_id,
                    new=_import_decisions(plan))
            self._apply_dossier(result, plan, opened, package_sha)
            return result
        finally:
            for leftover in staging.glob(f"{prefix}*"):
                leftover.unlink(missing_ok=True)
            if made_staging:   # a refused package leaves the workspace as it was, folders too
                try:
                    staging.rmdir()
                except OSError:
                    pass

    @staticmethod
    def needs_passphrase(path: Path) -> bool:
        """Whether the package (a file, its base name or any of its numbered parts) is
        encrypted, so the passphrase can be asked before the work starts."""
        return needs_passphrase(Path(path))

    def _open(self, path: Path, staging: Path, passphrase: str | None, limits: Limits, report: Report | None,
              is_cancelled: Callable[[], bool] | None, prefix: str = "", extract: bool = True) -> OpenedPackage:
        try:
            return open_package(Path(path), staging, passphrase=passphrase, limits=limits, report=report,
                                is_cancelled=is_cancelled, prefix=prefix, extract=extract)
        except WrongPassphrase as exc:
            raise WrongPassphraseError(exc) from exc
        except PackageError as exc:
            raise ServiceError(exc) from exc
        except OSError as exc:
            raise ServiceError(msg("package.file_unreadable", file=str(path), reason=exc.strerror or str(exc))) from exc

    def _plan(self, opened: OpenedPackage) -> tuple[ImportReport, dict[str, Any]]:
        manifest = opened.manifest
        try:
            if manifest.kind == KIND_REVIEW:
                data = fmt.parse_review(opened.read(manifest.main_entry))
            else:
                data = fmt.parse_dossier(opened.read(manifest.main_entry))
        except PackageError as exc:
            raise ServiceError(exc) from exc
        unit, d = data["unit"], data["dossier"]
        mismatch: list[Param] = [msg(label) for label, a, b in (
            ("package.field_unit", manifest.unit.get("name"), unit["name"]),
            ("package.field_year", manifest.year, d["year"]),
            ("package.field_framework", manifest.framework_id, d["framework_id"]),
            ("package.field_framework_version", manifest.framework_version, d["framework_version"]))
            if nfc(str(a)) != str(b)]
        if mismatch:
            raise ServiceError(msg("package.manifest_data_mismatch", fields=Listing(tuple(mismatch), ", ")))
        result = ImportReport(manifest.kind, manifest.submission_id, unit["name"], d["year"],
                              f"{d['framework_id']} {d['framework_version']}", None, checks=list(opened.checks))
        with self.ws.sessions() as session:
            dossier = self._find(session, unit, d["year"], d["framework_id"])
            result.dossier_id = dossier.id if dossier else None
            if manifest.kind == KIND_REVIEW:
                return result, self._plan_review(session, dossier, data, result)
            return result, self._plan_dossier(session, dossier, data, opened, result)

    @staticmethod
    def _find(session: Session, unit: dict[str, Any], year: int, framework_id: str) -> orm.Dossier | None:
        return session.scalars(select(orm.Dossier).join(orm.Unit).where(
            orm.Unit.name == clean(unit["name"]), orm.Unit.district == clean(unit["district"]),
            orm.Unit.province == clean(unit["province"]), orm.Dossier.year == year,
            orm.Dossier.framework_id == framework_id)).first()

    def _plan_dossier(self, session: Session, dossier: orm.Dossier | None, data: dict[str, Any],
                      opened: OpenedPackage, result: ImportReport) -> dict[str, Any]:
        try:
            framework = parse_framework(data["framework"], f"bộ tiêu chí trong gói {result.submission_id}")
        except FrameworkError as exc:
            raise ServiceError(msg("package.framework_invalid", problem=cause(exc))) from exc
        d = data["dossier"]
        if (framework.id, framework.version) != (d["framework_id"], d["framework_version"]):
            raise ServiceError(msg("package.framework_differs", framework=f"{framework.id} {framework.version}",
                                   declared=f"{d['framework_id']} {d['framework_version']}"))
        codes = {c.code for c in framework.criteria}
        strange = [a["code"] for a in data["assessments"] if a["code"] not in codes]
        if strange:
            raise ServiceError(msg("package.criteria_outside_framework", criteria=", ".join(strange[:5]),
                                   framework=f"{framework.id} {framework.version}"))
        _check_values(data, framework, result.submission_id)
        for e in data["evidence"]:
            entry = opened.manifest.file(e["file"])
            if entry is None:
                raise ServiceError(msg("package.evidence_entry_missing", document=e["original_name"], entry=e["file"]))
            if entry.sha256 != e["sha256"] or entry.size != e["size"]:
                raise ServiceError(msg("package.evidence_entry_differs", document=e["original_name"], entry=e["file"]))
        for d in data.get("issued_documents", []):
            for kind in ("pdf", "docx"):
                entry = opened.manifest.file(d[f"{kind}_file"])
                if entry is None or entry.sha256 != d[f"{kind}_sha256"]:
                    raise ServiceError(msg("package.issued_entry_differs", document=d["doc"], version=d["version"],
                                           entry=d[f"{kind}_file"]))
        result.framework_added = self.ws.catalog.get(framework.id, framework.version) is None
        incoming_json = _jsonable({k: v for k, v in data.items() if k != "format_version"})
        incoming = _records(incoming_json)
        local: dict[str, tuple[Param, dict[str, Any]]] = {}
        base: dict[str, tuple[Param, dict[str, Any]]] = {}
        has_base = False
        if dossier is not None:
            local = _records(self._data(session, dossier))
            last = session.scalars(select(orm.DossierVersion).where(
                orm.DossierVersion.dossier_id == dossier.id, orm.DossierVersion.reason == IMPORTED)
                .order_by(orm.DossierVersion.id.desc()).limit(1)).first()
            if last is not None and last.snapshot:
                base, has_base = _records(last.snapshot), True
        for key in list(incoming) + [k for k in local if k not in incoming]:
            inc, loc, bas = incoming.get(key), local.get(key), base.get(key)
            label = inc[0] if inc else loc[0] if loc else key
            category, action = _classify(bas[1] if bas else None, loc[1] if loc else None,
                                         inc[1] if inc else None, has_base)
            changed: tuple[str, ...] = ()
            if inc and loc and category != UNCHANGED:
                changed = tuple(k for k in inc[1] if inc[1].get(k) != loc[1].get(k))
            result.changes.append(Change(key, label, category, action, changed))
        local_codes: set[str] = set()
        local_framework: set[str] = set()
        if dossier is not None:
            local_codes = {a.code for a in dossier.assessments}
            try:
                local_framework = {c.code for c in parse_framework(dossier.framework_data, "hồ sơ").criteria}
            except FrameworkError:
                local_framework = set()
        return {"data": data, "json": incoming_json, "local_codes": local_codes,
                "local_framework": local_framework, "incoming_framework": codes}

    def _plan_review(self, session: Session, dossier: orm.Dossier | None, data: dict[str, Any],
                     result: ImportReport) -> dict[str, Any]:
        if dossier is None:
            unit = f"{data['unit']['kind']} {data['unit']['name']}"
            raise ServiceError(msg("package.review_dossier_missing", unit=unit, year=data["dossier"]["year"],
                                   framework=data["dossier"]["framework_id"]))
        rows = {a.code: a for a in dossier.assessments}
        strange = [c["code"] for c in data["criteria"] if c["code"] not in rows]
        if strange:
            raise ServiceError(msg("package.review_criteria_unknown", criteria=", ".join(strange[:5])))
        for item in data["criteria"]:
            row = rows[item["code"]]
            old = (row.review_status, row.review_comment)
            new = (item["review_status"], item["review_comment"])
            if old == new:
                category, action = UNCHANGED, ""
            elif old == ("chua_xem", ""):
                category, action = NEW, TAKE
            else:
                category, action = UPDATED, TAKE
            fields = tuple(name for name, a, b in zip(("review_status", "review_comment"), old, new) if a != b)
            label = msg("import.record.tham_dinh", criterion=item["code"])
            result.changes.append(Change(f"tieu_chi:{item['code']}", label, category, action, fields))
        return {"data": data}

    # -- applying --------------------------------------------------------------------------
    def _apply_review(self, result: ImportReport, plan: dict[str, Any], package_sha: str) -> None:
        data = plan["data"]
        with self.ws.sessions.begin() as session:
            authorize(session, self.actor, Action.IMPORT_REVIEW, result.dossier_id)
            dossier = session.get(orm.Dossier, result.dossier_id)
            if dossier is None:   # removed by another PC since the package was read
                raise NotFound(msg("dossier.not_found", dossier=str(result.dossier_id)))
            before = self._data(session, dossier)
            rows = {a.code: a for a in dossier.assessments}
            now = dt.datetime.now().replace(microsecond=0)
            for item in data["criteria"]:
                row = rows[item["code"]]
                if (row.review_status, row.review_comment) != (item["review_status"], item["review_comment"]):
                    row.review_status, row.review_comment = item["review_status"], item["review_comment"]
                    row.updated_at = now
            session.add(orm.DossierVersion(dossier_id=dossier.id, user=self.user, reason=BEFORE_IMPORT,
                                           submission_id=result.submission_id, package_sha256=package_sha,
                                           summary=result.counts, snapshot=before))
            session.add(orm.DossierVersion(dossier_id=dossier.id, user=self.user, reason=REVIEW_IMPORTED,
                                           submission_id=result.submission_id, package_sha256=package_sha,
                                           summary=result.counts, snapshot=_jsonable(data)))
            audit.record(session, actor=self.actor, dossier_id=dossier.id, action=Action.IMPORT_REVIEW,
                         target=result.submission_id,
                         new={**result.counts, "nguoi_tham_dinh": data.get("reviewer", "")})
        result.applied = True

    def _decisions_changed(self, result: ImportReport, plan: dict[str, Any]) -> dict[str, list[str]]:
        """Criteria of an existing dossier whose decision (Đạt / Không đạt) the import would
        change, with the decision before and after: {code: [before, after]}."""
        if result.dossier_id is None:
            return {}
        take = {c.key for c in result.changes if c.action == TAKE}
        incoming = {a["code"]: a["status"] for a in plan["data"]["assessments"]}
        with self.ws.sessions() as session:
            local = dict(session.execute(select(orm.Assessment.code, orm.Assessment.status)
                                         .where(orm.Assessment.dossier_id == result.dossier_id)).all())
        changed = {}
        for code in sorted(set(incoming) | set(local)):
            if f"tieu_chi:{code}" not in take:
                continue
            before, after = local.get(code), incoming.get(code)
            if before != after and (before in DECISIONS or after in DECISIONS):
                changed[code] = [before or "", after or ""]
        return changed

    @staticmethod
    def _precheck(result: ImportReport, plan: dict[str, Any]) -> None:
        """With the decisions made, would every criterion (and every evidence link) belong
        to the dossier's framework? Checked before any file reaches the store."""
        take = {c.key for c in result.changes if c.action == TAKE}
        if result.dossier_id is None or "ho_so" in take:
            framework = plan["incoming_framework"]
        else:
            framework = plan["local_framework"]
        incoming = {a["code"] for a in plan["data"]["assessments"]}
        codes = {code for code in incoming | plan["local_codes"]
                 if (code in incoming if f"tieu_chi:{code}" in take else code in plan["local_codes"])}
        strange = sorted(codes - framework)
        if strange:
            raise InvalidInput(msg("package.decisions_leave_criteria", criteria=", ".join(strange[:5])))
        for e in plan["data"]["evidence"]:
            if f"minh_chung:{e['sha256']}" in take:
                missing = sorted({link["code"] for link in e["criteria"]} - codes)
                if missing:
                    raise InvalidInput(msg("package.decisions_drop_linked_criteria", document=e["original_name"],
                                           criteria=", ".join(missing)))

    def _apply_dossier(self, result: ImportReport, plan: dict[str, Any], opened: OpenedPackage,
                       package_sha: str) -> None:
        data = plan["data"]
        take = {c.key for c in result.changes if c.action == TAKE}
        evidence_by_key = {f"minh_chung:{e['sha256']}": e for e in data["evidence"]}
        # files first, each checked against its hash (as it was extracted: the plan holds each
        # evidence's hash equal to its manifest entry's); rows reference them only afterwards
        incoming = [evidence_by_key[key] for key in sorted(take & set(evidence_by_key))]
        try:
            adopted = self.ws.store.adopt((opened.files[e["file"]], e["sha256"]) for e in incoming)
        except EvidenceStoreError as exc:
            raise ServiceError(exc) from exc
        try:
            self._write_dossier(result, plan, opened, package_sha, data, take)
        except BaseException:
            if not self.ws.shared:   # the rows were not written: the files this import added go again
                self.ws.store.forget(adopted)
            raise
        result.applied = True
        self.dossiers.forget_framework(result.dossier_id)   # its stored framework may have been replaced

    def _write_dossier(self, result: ImportReport, plan: dict[str, Any], opened: OpenedPackage, package_sha: str,
                       data: dict[str, Any], take: set[str]) -> None:
        unit, d = data["unit"], data["dossier"]
        action = _import_action(result)
        with self.ws.sessions.begin() as session:
            authorize(session, self.actor, action, result.dossier_id, new=_import_decisions(plan))
            dossier = session.get(orm.Dossier, result.dossier_id) if result.dossier_id else None
            before = self._data(session, dossier) if dossier is not None else None
            if dossier is None:
                unit_row = session.scalars(select(orm.Unit).where(
                    orm.Unit.name == unit["name"], orm.Unit.district == unit["district"],
                    orm.Unit.province == unit["province"])).first()
                if unit_row is None:
                    unit_row = orm.Unit(**{k: unit[k] for k in fmt.UNIT_FIELDS})
                    session.add(unit_row)
                    session.flush()
                dossier = orm.Dossier(unit_id=unit_row.id, year=d["year"], framework_id=d["framework_id"],
                                      framework_version=d["framework_version"], framework_title=d["framework_title"],
                                      framework_data=data["framework"], settings=d["settings"],
                                      created_at=d["created_at"])
                session.add(dossier)
                session.flush()
            elif "ho_so" in take:
                dossier.framework_version = d["framework_version"]
                dossier.framework_title = d["framework_title"]
                dossier.framework_data = data["framework"]
                dossier.settings = d["settings"]
            self._apply_assessments(session, dossier, data, take)
            self._apply_evidence(session, dossier, data, take)
            self._apply_simple(session, dossier, data, take)
            self._apply_issued(session, dossier, data, take, opened)
            session.flush()
            self._check_consistent(session, dossier)
            if before is not None:
                session.add(orm.DossierVersion(dossier_id=dossier.id, user=self.user, reason=BEFORE_IMPORT,
                                               submission_id=result.submission_id, package_sha256=package_sha,
                                               summary=result.counts, snapshot=before))
            session.add(orm.DossierVersion(dossier_id=dossier.id, user=self.user, reason=IMPORTED,
                                           submission_id=result.submission_id, package_sha256=package_sha,
                                           summary={**result.counts, "xung_dot": {
                                               c.key: c.action for c in result.changes
                                               if c.category == CONFLICTING}},
                                           snapshot=plan["json"]))
            # the decisions the package changed are named in the history
            audit.record(session, actor=self.actor, dossier_id=dossier.id, action=action,
                         target=result.submission_id,
                         new={**result.counts, "bo_tieu_chi": result.framework, **_import_decisions(plan)})
            result.created = before is None
            result.dossier_id = dossier.id

    @staticmethod
    def _apply_assessments(session: Session, dossier: orm.Dossier, data: dict[str, Any], take: set[str]) -> None:
        rows = {a.code: a for a in dossier.assessments}
        incoming = {a["code"]: a for a in data["assessments"]}
        for code, a, row in _taken(session, incoming, rows, lambda code: f"tieu_chi:{code}", take):
            wanted = assessment_change(a, row.values if row is not None else None)
            if row is None:   # the review of a criterion comes with it only when the criterion is new
                row = orm.Assessment(dossier_id=dossier.id, code=code)
                session.add(row)
            else:             # here, a review travels in review packages
                wanted = wanted.without("review_status", "review_comment")
            for name, (_, value) in assessment_changes(row, wanted).items():
                setattr(row, name, value)
            row.uid, row.group_code, row.position, row.updated_at = (a["uid"], a["group_code"], a["position"],
                                                                     a["updated_at"])
        session.flush()

    @staticmethod
    def _apply_evidence(session: Session, dossier: orm.Dossier, data: dict[str, Any], take: set[str]) -> None:
        rows = {e.sha256: e for e in session.scalars(select(orm.Evidence)
                                                     .where(orm.Evidence.dossier_id == dossier.id))}
        incoming = {e["sha256"]: e for e in data["evidence"]}
        assessments = {a.code: a.id for a in session.scalars(select(orm.Assessment)
                                                             .where(orm.Assessment.dossier_id == dossier.id))}
        for sha, e, row in _taken(session, incoming, rows, lambda sha: f"minh_chung:{sha}", take):
            new = row is None
            if row is None:
                row = orm.Evidence(dossier_id=dossier.id, sha256=sha)
                session.add(row)
            row.original_name, row.size, row.media_type, row.added_at = (e["original_name"], e["size"],
                                                                         e["media_type"], e["added_at"])
            details = EvidenceEdit(e["number"], e["issued_on"], e["issuer"], e["title"], e["note"])
            for name, (_, value) in evidence_changes(row, details).items():
                setattr(row, name, value)
            if not row.media_type:
                row.media_type = mimetypes.guess_type(row.original_name)[0] or "application/octet-stream"
            session.flush()
            if not new:  # a new document has no links to replace
                for link in session.scalars(select(orm.EvidenceLink).where(orm.EvidenceLink.evidence_id == row.id)):
                    session.delete(link)
                session.flush()
            for link in e["criteria"]:
                if link["code"] not in assessments:
                    raise ServiceError(msg("package.linked_criterion_gone", document=e["original_name"],
                                           criterion=link["code"]))
                session.add(orm.EvidenceLink(assessment_id=assessments[link["code"]], evidence_id=row.id,
                                             position=link["position"]))
        session.flush()

    @staticmethod
    def _apply_simple(session: Session, dossier: orm.Dossier, data: dict[str, Any], take: set[str]) -> None:
        members = session.scalars(select(orm.CouncilMember).where(orm.CouncilMember.dossier_id == dossier.id)
                                  .order_by(orm.CouncilMember.sort_order, orm.CouncilMember.id)).all()

        def member_keys(items: Sequence[_T], name_of: Callable[[_T], str]) -> dict[str, _T]:
            seen: dict[str, int] = {}
            out = {}
            for item in items:
                name = name_of(item)
                seen[name] = seen.get(name, 0) + 1
                out[f"thanh_vien:{name}{'#' + str(seen[name]) if seen[name] > 1 else ''}"] = item
            return out

        local = member_keys(members, lambda m: m.name)
        incoming = member_keys(data["council"], lambda m: m["name"])
        for _key, record, row in _taken(session, incoming, local, lambda key: key, take):
            member = checked_member(CouncilMember(record["name"], record["position"], CouncilRole(record["role"])))
            if row is None:
                row = orm.CouncilMember(dossier_id=dossier.id)
                session.add(row)
            row.name, row.position, row.role = member.name, member.position, member.role.value
            row.sort_order = record["sort_order"]
        deadlines = {t.key: t for t in session.scalars(select(orm.Deadline)
                                                      .where(orm.Deadline.dossier_id == dossier.id))}
        wanted = {t["key"]: t for t in data["deadlines"]}
        _sync_records(session, wanted, deadlines, lambda key: f"thoi_han:{key}", take,
                      lambda key: orm.Deadline(dossier_id=dossier.id, key=key), ("title", "due_on", "done_on"))

    @staticmethod
    def _apply_issued(session: Session, dossier: orm.Dossier, data: dict[str, Any], take: set[str],
                      opened: OpenedPackage) -> None:
        """The documents kept as issued that the package brings (their files as they are). An
        issued document is never deleted by an import: one the package lacks stays."""
        rows = {(r.doc, r.version): r for r in _issued_rows(session, dossier.id)}
        for d in data.get("issued_documents", []):
            if f"van_ban:{d['doc']}#{d['version']}" not in take:
                continue
            row = rows.get((d["doc"], d["version"]))
            if row is None:
                row = orm.IssuedDocument(dossier_id=dossier.id, doc=d["doc"], version=d["version"])
                session.add(row)
            row.number, row.issued_on, row.issued_at = d["number"], d["issued_on"], d["issued_at"]
            row.issued_by, row.superseded_at, row.superseded_by = d["issued_by"], d["superseded_at"], ""
            row.pdf, row.docx = opened.read(d["pdf_file"]), opened.read(d["docx_file"])
            row.pdf_sha256, row.docx_sha256, row.text = d["pdf_sha256"], d["docx_sha256"], list(d["text"])
        session.flush()

    @staticmethod
    def _check_consistent(session: Session, dossier: orm.Dossier) -> None:
        """After the decisions, every criterion row must belong to the dossier's framework."""
        session.refresh(dossier)
        try:
            framework = parse_framework(dossier.framework_data, "hồ sơ")
        except FrameworkError as exc:
            raise ServiceError(exc) from exc
        codes = {c.code for c in framework.criteria}
        strange = sorted(a.code for a in dossier.assessments if a.code not in codes)
        if strange:
            raise InvalidInput(msg("package.import_leaves_criteria", criteria=", ".join(strange[:5]),
                                   framework=f"{framework.id} {framework.version}"))

    # -- history ---------------------------------------------------------------------------
    def versions(self, dossier_id: int) -> list[dict[str, Any]]:
        """The dossier's transfer history, oldest first (without the snapshots)."""
        with self.ws.sessions() as session:
            rows = session.scalars(select(orm.DossierVersion).where(orm.DossierVersion.dossier_id == dossier_id)
                                   .order_by(orm.DossierVersion.id)).all()
            return [{"id": r.id, "at": r.at, "user": r.user, "reason": r.reason, "submission_id": r.submission_id,
                     "sequence": r.sequence, "summary": dict(r.summary or {})} for r in rows]

    def version_snapshot(self, version_id: int) -> dict[str, Any]:
        with self.ws.sessions() as session:
            row = session.get(orm.DossierVersion, version_id)
            if row is None:
                raise NotFound(msg("package.version_not_found", version=version_id))
            snapshot: dict[str, Any] = json.loads(json.dumps(row.snapshot))
            return snapshot


def _sound_settings(stored: Any) -> dict[str, Any]:
    """The settings as stored, or — when they hold a value of the wrong type (imported before
    packages were checked) — the values the documents use, so a package never carries what
    its receiver must refuse."""
    if check_settings(stored or {})[1]:
        return DocumentSettings.from_dict(stored).to_dict()
    return stored or {}


def _check_values(data: dict[str, Any], framework: Framework, submission: str) -> None:
    """Every criterion's values read as the officer's would be (domain.rules.parse_value, with
    its bounds), against the framework the package carries; the package is refused, naming
    the criterion and the value, before anything moves. Values are kept in their read form."""
    problems: list[Message] = []
    for a in data["assessments"]:
        criterion = framework.known_criterion(a["code"])   # every code was checked against it
        allowed = {name: cond for cond in criterion.conditions for name in cond.value_names()}
        values = {}
        for name, value in a["values"].items():
            if name not in allowed:
                problems.append(msg("package.value_unknown", criterion=a["code"], name=str(name)[:60]))
                continue
            try:
                parsed = parse_value(allowed[name], name, value, framework)
            except BadValue as exc:
                problems.append(msg("package.value_invalid", criterion=a["code"], name=str(name), problem=cause(exc)))
                continue
            if parsed is not None:
                values[name] = parsed
        a["values"] = values
    if problems:
        shown: list[Param] = list(problems[:5])
        if len(problems) > 5:
            shown.append(msg("problems.more", count=len(problems) - 5))
        raise ServiceError(msg("package.values_invalid", package=submission, problems=Listing(tuple(shown))))


def _import_action(result: ImportReport) -> Action:
    """A package brings a new dossier, or comes again into one already here."""
    return Action.IMPORT_PACKAGE if result.dossier_id is None else Action.REIMPORT_PACKAGE


def _import_decisions(plan: dict[str, Any]) -> dict[str, Any]:
    """The decisions (Đạt / Không đạt) a package changes here, as the history names them; any
    needs the DECIDE right (``needed_permission``)."""
    return {"ket_luan": plan["decisions"]} if plan.get("decisions") else {}


def entry_name(name: str) -> str:
    """A file's name inside a package: safe on Windows and accepted by the package reader
    (which is stricter than needed for a name typed by a person: no control characters)."""
    cleaned = safe_file_name("".join(c for c in nfc(name) if c.isprintable()), max_length=100)
    cleaned = nfc(cleaned).rstrip(". ") or "tep"
    return cleaned if entry_problem(f"x/{cleaned}") is None else "tep"


def assessment_change(record: Mapping[str, Any], stored_values: Mapping[str, Any] | None) -> AssessmentChange:
    """A package's criterion record as the change it makes here: every field given, its values
    replacing the stored ones (a value the package no longer has is removed)."""
    values = {name: None for name in stored_values or {} if name not in record["values"]}
    values.update(record["values"])
    return AssessmentChange(Status(record["status"]), record["result"], record["explanation"], record["lead_unit"],
                            record["cooperating_units"], record["deadline"], values,
                            ReviewStatus(record["review_status"]), record["review_comment"])


def _sync_records(session: Session, incoming: dict[str, Any], local: dict[str, Any], take_key: Callable[[str], str],
                  take: set[str], new_row: Callable[[str], Any], fields: Sequence[str]) -> None:
    """Make the chosen records (``take``) of the workspace equal to the package's: delete the
    ones the package no longer has, create the new ones, copy the fields."""
    for key, record, row in _taken(session, incoming, local, take_key, take):
        if row is None:
            row = new_row(key)
            session.add(row)
        for name in fields:
            setattr(row, name, record[name])


def _taken(session: Session, incoming: Mapping[str, Any], local: Mapping[str, _T], take_key: Callable[[str], str],
           take: set[str]) -> Iterator[tuple[str, Any, _T | None]]:
    """The records chosen from the package (``take``, by ``take_key``), in the package's order:
    (key, its record, the workspace's row or None). The workspace's chosen rows that the
    package no longer has are deleted on the way."""
    for key in _ordered(incoming, local):
        if take_key(key) not in take:
            continue
        record, row = incoming.get(key), local.get(key)
        if record is None:
            session.delete(row)
            continue
        yield key, record, row


def _ordered(incoming: Mapping[str, Any], local: Mapping[str, Any]) -> list[str]:
    """The package's records in its order (so rows are created as the source had them), then
    the workspace's records the package lacks."""
    return list(incoming) + [key for key in local if key not in incoming]


def _unpackable(name: str, problem: Message) -> Message:
    return msg("package.evidence_unpackable", document=name, problem=problem)


def read_passphrase(path: Path) -> str:
    """The passphrase from a file (its first line, NFC): keeps it out of the shell history."""
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidInput(msg("cli.password_file_unreadable", file=str(path), reason=str(exc))) from exc
    passphrase = nfc(text.splitlines()[0] if text.splitlines() else "")
    if not passphrase:
        raise InvalidInput(msg("package.passphrase_file_empty", file=str(path)))
    return passphrase
