"""Use case: export the dossier's documents (tờ trình, báo cáo with its annex, biên bản, kế
hoạch with the bảng phân công, báo cáo 06 tháng, the evidence index, the evidence bundle) as
PDF, DOCX or XLSX files with ASCII names, each written to a temporary name then renamed.

A document that has been issued (services/issued.py) is exported as it was issued: its
stored PDF and DOCX, not a new rendering. A tờ trình asking for recognition is refused while a
criterion blocks it (DocumentRefused, one sentence per criterion, and what fits instead); the
báo cáo 06 tháng is built as the dossier stood on its date (services/as_of.py)."""
from __future__ import annotations

import datetime as dt
import io
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy import select

from plandesk.documents import bao_cao, bao_cao_6_thang, bien_ban, ke_hoach, to_trinh
from plandesk.documents.common import DocumentNotAllowed, DossierData
from plandesk.documents.model import Document
from plandesk.documents.texts import EditableText, editable_texts
from plandesk.domain.messages import msg
from plandesk.filesafe import atomic_write, temp_name_length
from plandesk.storage import orm
from plandesk.storage.location import PathTooLong, check_path_length

from .as_of import Snapshots, report_day, state_as_of
from .dossiers import DossierService
from .errors import DocumentRefused, InvalidInput, ServiceError
from .evidence import EvidenceService
from .export_names import BUNDLE, FORMATS, ISSUABLE, XLSX_DOCS
from .outputs import checked_output

# document key (command line, export_names.DOCUMENTS) -> builder
BUILDERS: dict[str, Callable[[DossierData], Document]] = {
    "to-trinh": to_trinh.build,
    "bao-cao": bao_cao.build,
    "bien-ban": bien_ban.build,
    "ke-hoach": ke_hoach.build,
    "bao-cao-6-thang": bao_cao_6_thang.build,
    "danh-muc": bao_cao.build_index,
}


# the documents that speak of their own date, not of today
AS_OF = {"bao-cao-6-thang": "bao_cao_6_thang"}


@dataclass(frozen=True)
class ExportedFile:
    doc: str
    path: Path
    issued: bool = False      # the stored file of the issued document, not a new rendering


@dataclass(frozen=True)
class Skipped:
    doc: str
    reason: str


def write_atomic(path: Path, data: bytes | Callable[[BinaryIO], object]) -> None:
    """Write a document (its bytes, or a function that writes them to the open file: the
    bundle, which is never whole in memory) through ``filesafe.atomic_write``, making its folder
    first: flushed to disk, then renamed over the old file, which stays intact on any error."""
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, data)


class ExportService:
    def __init__(self, dossiers: DossierService, evidence: EvidenceService):
        self.dossiers = dossiers
        self.evidence = evidence

    def data(self, dossier_id: int, today: dt.date | None = None, as_of: dt.date | None = None) -> DossierData:
        """Everything the documents print, read once; with ``as_of``, as the dossier stood
        at the end of that day (the history undone, only the evidence dated up to then)."""
        council = tuple(self.dossiers.council(dossier_id))
        rebuilt = True
        if as_of is not None:
            state = state_as_of(self.dossiers, self.evidence, dossier_id, as_of, self._snapshots(dossier_id))
            status, evidence, rebuilt = state.status, state.evidence, state.rebuilt
        else:
            status, evidence = self.dossiers.status(dossier_id), tuple(self.evidence.list(dossier_id))
        position = {c.code: i for i, c in enumerate(status.criteria)}
        ordered = sorted(evidence,
                         key=lambda e: (min((position.get(c, 10 ** 6) for c in e.criteria), default=10 ** 6),
                                        e.issued_on or dt.date.max, e.id))
        return DossierData(status, self.dossiers.settings(dossier_id), council, tuple(ordered),
                           today or dt.date.today(), self.dossiers.framework(dossier_id), as_of, rebuilt)

    def _snapshots(self, dossier_id: int) -> Snapshots:
        """The assessments kept before a package was imported at a given time (for as_of)."""
        def before(at: dt.datetime) -> list[dict[str, Any]] | None:
            with self.dossiers.ws.sessions() as session:
                row = session.scalars(select(orm.DossierVersion).where(
                    orm.DossierVersion.dossier_id == dossier_id, orm.DossierVersion.reason == "truoc_khi_nhap",
                    orm.DossierVersion.at <= at + dt.timedelta(seconds=5))
                    .order_by(orm.DossierVersion.id.desc()).limit(1)).first()
                return list((row.snapshot or {}).get("assessments", [])) if row is not None else None
        return before

    def data_for(self, dossier_id: int, doc: str, cache: dict[str, DossierData] | None = None) -> DossierData:
        """The data a document is built from: the report of a date speaks of that date.
        ``cache``: kept between the documents of one export, so the dossier is read once for
        all of them (once more for a report of a date), not once per document."""
        key = AS_OF.get(doc, "")
        if cache is not None and key in cache:
            return cache[key]
        if key:
            data = self.data(dossier_id, as_of=report_day(self.dossiers, dossier_id, key))
        else:
            data = self.data(dossier_id)
        if cache is not None:
            cache[key] = data
        return data

    def editable_texts(self, dossier_id: int) -> list[EditableText]:
        """The paragraphs the officer may reword, with the generated default and the current
        wording (saved with DossierService.update_settings(texts=...))."""
        data = self.data(dossier_id)
        cache: dict[str, DossierData] = {}

        def data_for(document: str) -> DossierData:
            if document not in AS_OF:
                return data
            if document not in cache:
                cache[document] = self.data_for(dossier_id, document)
            return cache[document]

        return editable_texts(data, data_for)

    def document(self, dossier_id: int, doc: str) -> Document:
        if doc not in BUILDERS:
            raise InvalidInput(msg("export.unknown_document", document=doc, known=", ".join(BUILDERS)))
        return build(doc, self.data_for(dossier_id, doc))

    def issued_file(self, dossier_id: int, doc: str, fmt: str) -> bytes | None:
        """The stored file of the document as issued (its version in force), if it was issued."""
        if doc not in ISSUABLE or fmt not in ("pdf", "docx"):
            return None
        with self.dossiers.ws.sessions() as session:
            row = session.scalars(select(orm.IssuedDocument).where(
                orm.IssuedDocument.dossier_id == dossier_id, orm.IssuedDocument.doc == doc,
                orm.IssuedDocument.superseded_at.is_(None)).order_by(orm.IssuedDocument.version.desc())
                .limit(1)).first()
            if row is None:
                return None
            return bytes(row.pdf if fmt == "pdf" else row.docx)

    def render(self, dossier_id: int, doc: str, fmt: str, fresh: bool = False,
               cache: dict[str, DossierData] | None = None) -> bytes:
        """The document's file; an issued document's stored file unless ``fresh`` (a new
        rendering from the dossier as it is now, e.g. to compare or to issue a new version).
        ``cache``: the same dict for several documents of one export (see data_for)."""
        if not fresh:
            stored = self.issued_file(dossier_id, doc, fmt)
            if stored is not None:
                return stored
        if fmt == "xlsx":
            from plandesk.documents import xlsx

            if doc not in XLSX_DOCS:
                raise InvalidInput(msg("export.not_excel", document=doc, known=", ".join(XLSX_DOCS)))
            return xlsx.render(doc, self.data_for(dossier_id, "", cache))
        if doc not in BUILDERS:
            raise InvalidInput(msg("export.no_such_format", document=doc, format=fmt))
        if fmt not in ("pdf", "docx"):
            raise InvalidInput(msg("export.format_invalid", format=fmt))
        data = self.data_for(dossier_id, doc, cache)
        return render_document(build(doc, data), fmt, data.settings.issuing_body or data.council_name)

    def write_bundle(self, dossier_id: int, out: BinaryIO, allow_missing: bool = False) -> None:
        """The evidence bundle PDF written to ``out`` as it is made: cover and index, then every
        evidence file in criterion order (one evidence file in memory at a time). A missing or
        changed file refuses the bundle (EvidenceFilesMissing) unless ``allow_missing``: then
        it is left out and listed as missing, never printed under the document's name."""
        from plandesk.documents.bundle import render_bundle

        bad = {e.id for e, _ in self.evidence.require_files(dossier_id, allow_missing=allow_missing,
                                                             what="evidence.refused_bundle")}
        data = self.data(dossier_id)
        store = self.evidence.ws.store  # the paths from the hashes already read (file_path() is a query each)
        files: dict[int, Path | None] = {}
        for e in data.evidence:
            path = store.path_for(e.sha256)
            # a missing or changed file is listed in the index as missing
            files[e.id] = path if e.id not in bad and path.is_file() else None
        render_bundle(data, files, out)

    def preview_pages(self, dossier_id: int, doc: str, dpi: int = 90) -> list[tuple[int, int, bytes]]:
        """The first pages of a document for the window's preview: (width, height, RGB pixels)
        each. The evidence bundle (``BUNDLE``) goes through a temporary file, not memory (it is
        as big as the evidence); a missing or changed evidence file shows as missing, never
        printed."""
        from plandesk.documents.preview import render_pages

        if doc == BUNDLE:
            with tempfile.TemporaryDirectory(prefix="plandesk-") as folder:
                path = Path(folder) / f"{BUNDLE}.pdf"
                with open(path, "wb") as handle:
                    self.write_bundle(dossier_id, handle, allow_missing=True)
                pages = render_pages(path, dpi=dpi)
        else:
            pages = render_pages(self.render(dossier_id, doc, "pdf"), dpi=dpi)
        # the pixels as they are, not PNG: Pillow compresses a page in one call that keeps the
        # GIL (~180 ms a page, over a second on a busy PC), and the window waits on it
        return [(image.width, image.height, image.tobytes("raw", "RGB")) for image in pages]

    def write_file(self, dossier_id: int, doc: str, fmt: str, path: Path) -> Path:
        """One document into a file the officer chose (the council or the assignment table as
        .xlsx), never over the workspace's own files; written to a temporary name, then renamed."""
        path = checked_output(Path(path), self.dossiers.ws.root)
        content = self.render(dossier_id, doc, fmt)
        try:
            write_atomic(path, content)
        except OSError as exc:
            raise ServiceError(msg("export.cannot_write", file=str(path), reason=exc.strerror or str(exc))) from exc
        return path

    def bundle(self, dossier_id: int) -> bytes:
        """The evidence bundle as bytes (small dossiers and tests; export() streams it to the file)."""
        buffer = io.BytesIO()
        self.write_bundle(dossier_id, buffer)
        return buffer.getvalue()

    def export(self, dossier_id: int, docs: list[str], fmt: str, out_dir: Path,
               allow_missing: bool = False, skipped: list[Skipped] | None = None) -> list[ExportedFile]:
        """Write the documents; 'all' means every document the format can hold — except those
        the dossier's state does not allow (a tờ trình while a criterion blocks it), which are
        listed in ``skipped`` with the reason. Asked for by name, such a document raises
        DocumentRefused. Refused (EvidenceFilesMissing) while an evidence file is missing or
        changed, unless ``allow_missing``; never into the workspace's own files."""
        if fmt not in FORMATS:
            raise InvalidInput(msg("export.format_invalid", format=fmt))
        everything = "all" in docs
        if everything:
            docs = list(XLSX_DOCS) if fmt == "xlsx" else list(BUILDERS) + ([BUNDLE] if fmt == "pdf" else [])
        root = self.evidence.ws.root
        out_dir = checked_output(Path(out_dir), root, folder=True)
        # the longest temporary name write_atomic makes beside a document: \.NAME.xxxxxxxx.dang-ghi
        longest = max(len("\\") + temp_name_length(f"{doc}.{fmt}") for doc in docs)
        try:
            check_path_length(out_dir, longest)
        except PathTooLong as exc:
            raise InvalidInput(exc) from exc
        for doc in docs:
            checked_output(out_dir / f"{doc}.{fmt}", root)
        if BUNDLE not in docs:   # the bundle reads every file against its hash itself
            self.evidence.require_files(dossier_id, full=False, allow_missing=allow_missing)
        results: list[ExportedFile] = []
        cache: dict[str, DossierData] = {}   # the dossier read once for all the documents
        for doc in docs:
            issued = False
            if doc == BUNDLE:
                if fmt != "pdf":
                    raise InvalidInput(msg("export.bundle_pdf_only"))
                content: bytes | Callable[[BinaryIO], object] = \
                    lambda handle: self.write_bundle(dossier_id, handle, allow_missing)  # noqa: E731
            else:
                try:
                    stored = self.issued_file(dossier_id, doc, fmt)
                    issued = stored is not None
                    content = stored if stored is not None else self.render(dossier_id, doc, fmt, fresh=True,
                                                                             cache=cache)
                except DocumentRefused as exc:
                    if not everything:
                        raise
                    if skipped is not None:
                        skipped.append(Skipped(doc, str(exc)))
                    continue
            path = out_dir / f"{doc}.{fmt}"
            try:
                write_atomic(path, content)
            except PermissionError as exc:  # on Windows: the file is open in a reader that forbids replacing it
                raise ServiceError(msg("export.file_in_use", file=str(path),
                                       reason=exc.strerror or str(exc))) from exc
            except OSError as exc:
                raise ServiceError(msg("export.cannot_write", file=str(path),
                                       reason=exc.strerror or str(exc))) from exc
            results.append(ExportedFile(doc, path, issued))
        return results


def build(doc: str, data: DossierData) -> Document:
    """The document's blocks; a document the dossier's state does not allow raises DocumentRefused."""
    try:
        return BUILDERS[doc](data)
    except DocumentNotAllowed as exc:
        raise DocumentRefused(exc.message or str(exc), exc.doc, exc.reasons, exc.alternatives) from exc


def render_document(document: Document, fmt: str, author: str) -> bytes:
    # the renderers (reportlab, python-docx) load on first use, not with the service
    if fmt == "pdf":
        from plandesk.documents.pdf import render_pdf

        return render_pdf(document, author)
    from plandesk.documents.docx import render_docx

    return render_docx(document, author)
