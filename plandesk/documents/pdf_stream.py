"""An append-only PDF writer for the evidence bundle: each source PDF is read, its pages and
everything they use are written straight to the output file, and the source is dropped, so
memory holds one source file at a time, never the whole bundle. JPEG photos go in as they
are (DCTDecode: the compressed data copied, never decoded). The page tree, the bookmarks and
the cross-reference table are written at the end; the page order is the caller's, not the
order in which the pages were written (the cover can be written after the documents it lists).

pypdf parses the sources; its objects are serialised here with their references renumbered
(pypdf's own PdfWriter keeps every copied object in memory until ``write``)."""
from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from pypdf import PageObject, PdfReader
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, NameObject, StreamObject, TextStringObject

_COPY_CHUNK = 1 << 20



def _page_key(page: PageObject) -> tuple[int, int]:
    """A source page's object number and generation (ValueError for a page not read from a file)."""
    ref = page.indirect_reference
    if ref is None:
        raise ValueError("a page without an object number")
    return ref.idnum, ref.generation

class EncryptedPdf(Exception):
    """A source PDF protected by a password: it cannot be copied."""


class OutputError(OSError):
    """Writing the output failed (disk full, device gone): not a fault of the file being read."""


@dataclass
class Bookmark:
    title: str
    page: int                                   # index in the final page order
    children: list[Bookmark] = field(default_factory=list)


class PdfStreamWriter:
    def __init__(self, out: BinaryIO):
        self.out = out
        self.pos = 0
        self.offsets: list[int | None] = [None]  # by object number; 0 is the head of the free list
        self.pages_root = self._reserve()
        self.stamp_forms: dict[int, int] = {}   # page object -> its page-number form (written later)
        self._shared: dict[bytes, int] = {}     # content streams shared by the stamped pages
        self._write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")

    # -- low level -------------------------------------------------------------------------------
    def _write(self, data: bytes) -> None:
        try:
            self.out.write(data)
        except OSError as exc:
            raise OutputError(exc.errno, exc.strerror or str(exc)) from exc
        self.pos += len(data)

    def _reserve(self) -> int:
        self.offsets.append(None)
        return len(self.offsets) - 1

    def _object(self, number: int, body: bytes) -> None:
        self.offsets[number] = self.pos
        self._write(b"%d 0 obj\n" % number + body + b"\nendobj\n")

    def _stream(self, number: int, head: bytes, data: bytes) -> None:
        """``head``: the stream's dictionary entries (without /Length)."""
        self.offsets[number] = self.pos
        self._write(b"%d 0 obj\n<<%s /Length %d>>\nstream\n" % (number, head, len(data)))
        self._write(data)
        self._write(b"\nendstream\nendobj\n")

    # -- copying a source PDF ---------------------------------------------------------------------
    def _copier(self):
        """(numbers, ref, flush) for copying one source's objects: ``ref`` gives an object of
        the source its number in the output (reserving it), ``flush(page_keys)`` writes every
        object referenced so far and not yet written."""
        numbers: dict[tuple[int, int], int] = {}
        pending: list[IndirectObject] = []

        def ref(obj: IndirectObject) -> int:
            key = (obj.idnum, obj.generation)
            if key not in numbers:
                numbers[key] = self._reserve()
                pending.append(obj)
            return numbers[key]

        def flush(page_keys=frozenset()) -> None:
            while pending:  # what this page uses, before the next page: bounded by one source
                indirect = pending.pop()
                number = numbers[(indirect.idnum, indirect.generation)]
                obj = indirect.get_object()
                if isinstance(obj, DictionaryObject) and (
                        obj.get("/Type") in ("/Pages", "/Catalog")
                        or (obj.get("/Type") == "/Page" and (indirect.idnum, indirect.generation) not in page_keys)):
                    self._object(number, b"null")  # the source's page tree or a page not in it
                elif isinstance(obj, StreamObject):
                    buffer = io.BytesIO()
                    _entries(obj, buffer, ref, skip=("/Length",))
                    self._stream(number, buffer.getvalue(), obj._data)
                elif obj is None:
                    self._object(number, b"null")
                else:
                    buffer = io.BytesIO()
                    _serialise(obj, buffer, ref)
                    self._object(number, buffer.getvalue())

        return numbers, ref, flush

    # -- copying a source PDF ---------------------------------------------------------------------
    def append_pdf(self, source: Path | bytes, stamp: bool = False) -> list[int]:
        """Copy every page of a PDF (a path or bytes); returns the object numbers of its pages.
        With ``stamp``, each page gets room for its page number in the top margin, written by
        number_pages() once the numbers are known. Raises pypdf's errors (and ValueError,
        KeyError, OSError) on a damaged file; pages of a file that failed half way are left out
        of the page tree (their objects are unused)."""
        reader = PdfReader(io.BytesIO(source) if isinstance(source, bytes) else str(source))
        if reader.is_encrypted:
            raise EncryptedPdf(str(source) if not isinstance(source, bytes) else "")
        pages = list(reader.pages)  # inherited attributes (MediaBox, Resources…) are copied onto each page
        numbers, ref, flush = self._copier()
        page_keys = set()
        for page in pages:
            key = _page_key(page)
            page_keys.add(key)
            numbers[key] = self._reserve()
        result = []
        for page in pages:
            key = _page_key(page)
            buffer = io.BytesIO()
            buffer.write(b"<< /Type /Page /Parent %d 0 R" % self.pages_root)
            if stamp:
                _entries(page, buffer, ref, skip=("/Parent", "/Type", "/Resources", "/Contents"))
                self._stamped(page, numbers[key], buffer, ref)
            else:
                _entries(page, buffer, ref, skip=("/Parent", "/Type"))
            buffer.write(b" >>")
            self._object(numbers[key], buffer.getvalue())
            result.append(numbers[key])
            flush(page_keys)
        return result

    # -- page numbers on copied pages --------------------------------------------------------------
    def _stamped(self, page, number: int, buffer: io.BytesIO, ref) -> None:
        """The page's resources and contents with a page number added: its original contents in
        q … Q, then a form (written later) drawn at the top centre of the page as shown."""
        form = self._reserve()
        self.stamp_forms[number] = form
        raw = page.get("/Resources")
        resources = raw.get_object() if raw is not None else DictionaryObject()
        raw_x = resources.get("/XObject")
        xobjects = raw_x.get_object() if raw_x is not None else DictionaryObject()
        buffer.write(b" /Resources <<")
        _entries(resources, buffer, ref, skip=("/XObject",))
        buffer.write(b" /XObject <<")
        _entries(xobjects, buffer, ref)
        buffer.write(b" /%s %d 0 R >> >>" % (STAMP_NAME, form))
        before = self._shared_stream(b"q\n")
        after = self._shared_stream(b"\nQ\nq %s cm /%s Do Q\n" % (_stamp_matrix(page), STAMP_NAME))
        buffer.write(b" /Contents [%d 0 R" % before)
        contents = page.get("/Contents")
        if contents is not None:
            buffer.write(b" ")
            inner = io.BytesIO()
            _serialise(contents, inner, ref)
            data = inner.getvalue().strip()
            buffer.write(data[1:-1] if data.startswith(b"[") else data)
        buffer.write(b" %d 0 R]" % after)

    def _shared_stream(self, data: bytes) -> int:
        """A small content stream written once and used by every page that needs the same
        (its names resolve through each page's own resources)."""
        number = self._shared.get(data)
        if number is None:
            number = self._shared[data] = self._reserve()
            self._stream(number, b"", data)
        return number

    def number_pages(self, numbers: dict[int, int], size: float, font_pdf) -> None:
        """Write the page-number forms of the stamped pages: ``numbers`` maps a page object to
        the number it shows; ``font_pdf(list of numbers)`` renders one page per number, the
        number centred on the origin (reportlab, the embedded serif)."""
        wanted = {page: n for page, n in numbers.items() if page in self.stamp_forms}
        if not wanted:
            return
        values = sorted(set(wanted.values()))
        index = {n: i for i, n in enumerate(values)}
        reader = PdfReader(io.BytesIO(font_pdf(values)))
        copied, ref, flush = self._copier()
        for page_obj, n in wanted.items():
            source = reader.pages[index[n]]
            contents = source["/Contents"].get_object()
            if not isinstance(contents, StreamObject):   # the page numbers' own PDF: one content stream
                raise ValueError("page numbers: unexpected page contents")
            data = contents.get_data()
            buffer = io.BytesIO()
            buffer.write(b"/Type /XObject /Subtype /Form /BBox [%d %d %d %d] /Resources "
                         % (-6 * size, -size, 6 * size, 2 * size))
            _serialise(source.get("/Resources"), buffer, ref)
            self._stream(self.stamp_forms[page_obj], buffer.getvalue(), data)
            flush()

    # -- a JPEG as one page -----------------------------------------------------------------------
    def append_jpeg(self, path: Path, size: int, width: int, height: int, colour_space: bytes,
                    page_size: tuple[float, float], placement: tuple[float, float, float, float],
                    stamp: bool = False) -> int:
        """One page of ``page_size`` (points) showing the JPEG at ``placement`` (x, y, w, h in
        points); the file's bytes are copied into the PDF as they are."""
        image, content, page = self._reserve(), self._reserve(), self._reserve()
        self.offsets[image] = self.pos
        self._write(b"%d 0 obj\n<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace %s "
                    b"/BitsPerComponent 8 /Filter /DCTDecode /Length %d >>\nstream\n"
                    % (image, width, height, colour_space, size))
        copied = 0
        with open(path, "rb") as source:
            while chunk := source.read(min(_COPY_CHUNK, size - copied)):
                self._write(chunk)
                copied += len(chunk)
        if copied != size:
            raise OSError(f"{path}: {copied} of {size} bytes read")
        self._write(b"\nendstream\nendobj\n")
        x, y, w, h = placement
        drawing = b"q %.3f 0 0 %.3f %.3f %.3f cm /Im0 Do Q" % (w, h, x, y)
        number = b""
        if stamp:
            form = self.stamp_forms[page] = self._reserve()
            drawing += b"\nq 1 0 0 1 %.3f %.3f cm /%s Do Q" % (page_size[0] / 2, page_size[1] - NUMBER_FROM_TOP_PT,
                                                                 STAMP_NAME)
            number = b" /%s %d 0 R" % (STAMP_NAME, form)
        self._stream(content, b"", drawing)
        self._object(page, b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %.3f %.3f] "
                           b"/Resources << /XObject << /Im0 %d 0 R%s >> >> /Contents %d 0 R >>"
                     % (self.pages_root, page_size[0], page_size[1], image, number, content))
        return page

    # -- the end ------------------------------------------------------------------------------
    def finish(self, kids: list[int], bookmarks: list[Bookmark], info: dict[str, str]) -> None:
        """The page tree in the order of ``kids``, the bookmarks, the document information, the
        cross-reference table and the trailer."""
        self._object(self.pages_root, b"<< /Type /Pages /Count %d /Kids [%s] >>"
                     % (len(kids), b" ".join(b"%d 0 R" % k for k in kids)))
        outlines = self._bookmarks(bookmarks, kids) if bookmarks else None
        catalog = self._reserve()
        self._object(catalog, b"<< /Type /Catalog /Pages %d 0 R%s >>"
                     % (self.pages_root, b" /Outlines %d 0 R" % outlines if outlines else b""))
        info_number = self._reserve()
        buffer = io.BytesIO()
        buffer.write(b"<<")
        for key, value in info.items():
            buffer.write(b" /%s " % key.encode("ascii"))
            TextStringObject(value).write_to_stream(buffer)
        buffer.write(b" >>")
        self._object(info_number, buffer.getvalue())
        for number, offset in enumerate(self.offsets):
            if number and offset is None:  # reserved for an object of a file that failed half way
                self._object(number, b"null")
        xref = self.pos
        lines = [b"xref\n0 %d\n0000000000 65535 f \n" % len(self.offsets)]
        lines += [b"%010d 00000 n \n" % (offset or 0) for offset in self.offsets[1:]]   # each one set just above
        self._write(b"".join(lines))
        self._write(b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
                    % (len(self.offsets), catalog, info_number, xref))

    def _bookmarks(self, items: list[Bookmark], kids: list[int]) -> int:
        root = self._reserve()
        total = self._outline_level(items, root, kids)
        first, last = items[0]._number, items[-1]._number  # type: ignore[attr-defined]
        self._object(root, b"<< /Type /Outlines /First %d 0 R /Last %d 0 R /Count %d >>" % (first, last, total))
        return root

    def _outline_level(self, items: list[Bookmark], parent: int, kids: list[int]) -> int:
        """Writes one level (open, as pypdf does by default); returns the number of items shown."""
        for item in items:
            item._number = self._reserve()  # type: ignore[attr-defined]
        shown = 0
        for i, item in enumerate(items):
            below = self._outline_level(item.children, item._number, kids) if item.children else 0  # type: ignore
            shown += 1 + below
            buffer = io.BytesIO()
            buffer.write(b"<< /Title ")
            TextStringObject(item.title).write_to_stream(buffer)
            buffer.write(b" /Parent %d 0 R /Dest [%d 0 R /Fit]" % (parent, kids[item.page]))
            if i > 0:
                buffer.write(b" /Prev %d 0 R" % items[i - 1]._number)  # type: ignore[attr-defined]
            if i + 1 < len(items):
                buffer.write(b" /Next %d 0 R" % items[i + 1]._number)  # type: ignore[attr-defined]
            if item.children:
                buffer.write(b" /First %d 0 R /Last %d 0 R /Count %d"
                             % (item.children[0]._number, item.children[-1]._number, below))  # type: ignore
            buffer.write(b" >>")
            self._object(item._number, buffer.getvalue())  # type: ignore[attr-defined]
        return shown


STAMP_NAME = b"PlanDeskTrang"
NUMBER_FROM_TOP_PT = 10 / 25.4 * 72 + 13 * 0.7   # the page number's baseline, as in documents/pdf.py


def _stamp_matrix(page) -> bytes:
    """Where and how to draw the number so that it sits upright at the top centre of the page
    as a viewer shows it (the page's /Rotate taken into account)."""
    box = page.mediabox
    left, bottom, right, top = (float(v) for v in (box.left, box.bottom, box.right, box.top))
    d = NUMBER_FROM_TOP_PT
    rotate = int(page.get("/Rotate", 0) or 0) % 360
    if rotate == 90:
        m = (0, 1, -1, 0, left + d, (bottom + top) / 2)
    elif rotate == 180:
        m = (-1, 0, 0, -1, (left + right) / 2, bottom + d)
    elif rotate == 270:
        m = (0, -1, 1, 0, right - d, (bottom + top) / 2)
    else:
        m = (1, 0, 0, 1, (left + right) / 2, top - d)
    return b" ".join(b"%.3f" % v for v in m)


_NAMES: dict[str, bytes] = {}  # a name's PDF form (pypdf escapes it character by character each time)


def _name(name) -> bytes:
    data = _NAMES.get(name)
    if data is None:
        buffer = io.BytesIO()
        name.write_to_stream(buffer)
        data = _NAMES[str(name)] = buffer.getvalue()
    return data


def _entries(obj: DictionaryObject, buffer: io.BytesIO, ref, skip: tuple[str, ...] = ()) -> None:
    for name, value in dict.items(obj):
        if name in skip or (len(name) > 2 and name[1] == "%" and name[-1] == "%"):  # pypdf's private keys
            continue
        buffer.write(b" ")
        buffer.write(_name(name))
        buffer.write(b" ")
        _serialise(value, buffer, ref)


def _serialise(obj, buffer: io.BytesIO, ref) -> None:
    """A direct object with its references renumbered by ``ref``."""
    if isinstance(obj, IndirectObject):
        buffer.write(b"%d 0 R" % ref(obj))
    elif isinstance(obj, DictionaryObject):
        buffer.write(b"<<")
        _entries(obj, buffer, ref)
        buffer.write(b" >>")
    elif isinstance(obj, ArrayObject):
        buffer.write(b"[")
        for item in obj:
            buffer.write(b" ")
            _serialise(item, buffer, ref)
        buffer.write(b" ]")
    elif obj is None:
        buffer.write(b"null")
    elif isinstance(obj, NameObject):
        buffer.write(_name(obj))
    else:
        obj.write_to_stream(buffer)
