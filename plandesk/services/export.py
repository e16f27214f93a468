"""Use case: export the dossier's documents (tờ trình, báo cáo with its annex, biên bản, kế
hoạch with the bảng phân công, báo cáo 6 tháng, the evidence index, the evidence bundle) as
PDF, DOCX or XLSX files with ASCII names, each written to a temporary name then renamed."""
from __future__ import annotations

import datetime as dt
import io
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Callable

from plandesk.documents import bao_cao, bao_cao_6_thang, bien_ban, ke_hoach, to_trinh
from plandesk.documents.common import DossierData, Member
from plandesk.documents.model import Document
from plandesk.documents.texts import EditableText, editable_texts
from plandesk.storage.location import PathTooLong, check_path_length

from .dossiers import DossierService
from .errors import InvalidInput, ServiceError
from .evidence import EvidenceService
from .export_names import BUNDLE, FORMATS, XLSX_DOCS
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


@dataclass(frozen=True)
class ExportedFile:
    doc: str
    path: Path


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomic(path: Path, data: bytes | Callable[[BinaryIO], None]) -> None:
    """Write to a temporary file beside the target, flush it to disk, then rename it over.
    ``data`` is the bytes, or a function that writes them to the open file (the bundle,
    which is never whole in memory)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes it private; a document is an ordinary file
        with os.fdopen(fd, "wb") as handle:
            if callable(data):
                data(handle)
            else:
                handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


class ExportService:
    def __init__(self, dossiers: DossierService, evidence: EvidenceService):
        self.dossiers = dossiers
        self.evidence = evidence

    def data(self, dossier_id: int, today: dt.date | None = None) -> DossierData:
        """Everything the documents print, read once."""
        status = self.dossiers.status(dossier_id)
        council = tuple(Member(m["name"], m["position"], m["role"]) for m in self.dossiers.council(dossier_id))
        position = {c.code: i for i, c in enumerate(status.criteria)}
        evidence = sorted(self.evidence.list(dossier_id),
                          key=lambda e: (min((position.get(c, 10 ** 6) for c in e.criteria), default=10 ** 6),
                                         e.issued_on or dt.date.max, e.id))
        return DossierData(status, self.dossiers.settings(dossier_id), council, tuple(evidence),
                           today or dt.date.today())

    def editable_texts(self, dossier_id: int) -> list[EditableText]:
        """The paragraphs the officer may reword, with the generated default and the current
        wording (saved with DossierService.update_settings(texts=...))."""
        return editable_texts(self.data(dossier_id))

    def document(self, dossier_id: int, doc: str) -> Document:
        if doc not in BUILDERS:
            raise InvalidInput(f"Không có văn bản '{doc}'; dùng một trong: {', '.join(BUILDERS)}.")
        return BUILDERS[doc](self.data(dossier_id))

    def render(self, dossier_id: int, doc: str, fmt: str) -> bytes:
        data = self.data(dossier_id)
        if fmt == "xlsx":
            from plandesk.documents import xlsx

            if doc not in XLSX_DOCS:
                raise InvalidInput(f"Văn bản '{doc}' không xuất ra Excel; Excel có: {', '.join(XLSX_DOCS)}.")
            return xlsx.render(doc, data)
        if doc not in BUILDERS:
            raise InvalidInput(f"Văn bản '{doc}' không có định dạng {fmt}.")
        document = BUILDERS[doc](data)
        author = data.settings.issuing_body or data.council_name
        # the renderers (reportlab, python-docx) load on first use, not with the service
        if fmt == "pdf":
            from plandesk.documents.pdf import render_pdf

            return render_pdf(document, author)
        if fmt == "docx":
            from plandesk.documents.docx import render_docx

            return render_docx(document, author)
        raise InvalidInput(f"Định dạng '{fmt}' không hợp lệ; dùng pdf, docx hoặc xlsx.")

    def write_bundle(self, dossier_id: int, out: BinaryIO, allow_missing: bool = False) -> None:
        """The evidence bundle PDF written to ``out`` as it is made: cover and index, then every
        evidence file in criterion order (one evidence file in memory at a time). A missing or
        changed file refuses the bundle (EvidenceFilesMissing) unless ``allow_missing``: then
        it is left out and listed as missing, never printed under the document's name."""
        from plandesk.documents.bundle import render_bundle

        bad = {e.id for e, _ in self.evidence.require_files(dossier_id, allow_missing=allow_missing,
                                                             what="xuất hồ sơ minh chứng")}
        data = self.data(dossier_id)
        store = self.evidence.ws.store  # the paths from the hashes already read (file_path() is a query each)
        files: dict[int, Path | None] = {}
        for e in data.evidence:
            path = store.path_for(e.sha256)
            # a missing or changed file is listed in the index as missing
            files[e.id] = path if e.id not in bad and path.is_file() else None
        render_bundle(data, files, out)

    def bundle(self, dossier_id: int) -> bytes:
        """The evidence bundle as bytes (small dossiers and tests; export() streams it to the file)."""
        buffer = io.BytesIO()
        self.write_bundle(dossier_id, buffer)
        return buffer.getvalue()

    def export(self, dossier_id: int, docs: list[str], fmt: str, out_dir: Path,
               allow_missing: bool = False) -> list[ExportedFile]:
        """Write the documents; 'all' means every document the format can hold. Refused
        (EvidenceFilesMissing) while an evidence file is missing or changed, unless
        ``allow_missing``; never into the workspace's own files."""
        if fmt not in FORMATS:
            raise InvalidInput(f"Định dạng '{fmt}' không hợp lệ; dùng pdf, docx hoặc xlsx.")
        if "all" in docs:
            docs = list(XLSX_DOCS) if fmt == "xlsx" else list(BUILDERS) + ([BUNDLE] if fmt == "pdf" else [])
        root = self.evidence.ws.root
        out_dir = checked_output(Path(out_dir), root, folder=True)
        # the longest temporary name write_atomic makes beside a document: \.NAME.xxxxxxxx.tmp
        longest = max(len(f"\\.{doc}.{fmt}.") + 8 + len(".tmp") for doc in docs)
        try:
            check_path_length(out_dir, longest)
        except PathTooLong as exc:
            raise InvalidInput(str(exc)) from exc
        for doc in docs:
            checked_output(out_dir / f"{doc}.{fmt}", root)
        if BUNDLE not in docs:   # the bundle reads every file against its hash itself
            self.evidence.require_files(dossier_id, full=False, allow_missing=allow_missing)
        results: list[ExportedFile] = []
        for doc in docs:
            if doc == BUNDLE:
                if fmt != "pdf":
                    raise InvalidInput("Hồ sơ minh chứng chỉ xuất ra PDF (--format pdf).")
                content = lambda handle: self.write_bundle(dossier_id, handle, allow_missing)  # noqa: E731
            else:
                content = self.render(dossier_id, doc, fmt)
            path = out_dir / f"{doc}.{fmt}"
            try:
                write_atomic(path, content)
            except PermissionError as exc:  # on Windows: the file is open in a reader that forbids replacing it
                raise ServiceError(f"Không ghi được tệp '{path}': {exc.strerror or exc}. Nếu tệp đang mở trong chương "
                                   "trình khác (trình đọc PDF, Word, Excel), hãy đóng nó rồi xuất lại; tệp cũ vẫn "
                                   "nguyên.") from exc
            except OSError as exc:
                raise ServiceError(f"Không ghi được tệp '{path}': {exc.strerror or exc}.") from exc
            results.append(ExportedFile(doc, path))
        return results
