"""The evidence bundle written as a stream: JPEG photos go in byte for byte, pages that inherit
their size and resources from the source's page tree keep them, and a file that is damaged,
protected or truncated is listed with its reason while the rest of the bundle stays valid."""
from __future__ import annotations

import io

import pytest
from PIL import Image
from pypdf import PdfReader, PdfWriter

from plandesk.filesafe import TEMP_SUFFIX
from plandesk.services.evidence import EvidenceMetadata
from plandesk.services.export import ExportService


def _jpeg(mode: str, size: tuple[int, int], colour) -> bytes:
    out = io.BytesIO()
    Image.new(mode, size, colour).save(out, "JPEG", quality=80)
    return out.getvalue()


def _inherited_pdf() -> bytes:
    """Two pages whose MediaBox (landscape A5) and Resources (one shared font) are set on the
    Pages node only, and a link annotation that points back at its own page."""
    text = [b"BT /F1 12 Tf 20 200 Td (Trang ke thua %d) Tj ET" % n for n in (1, 2)]
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 /MediaBox [0 0 595 420] "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Type /Page /Parent 2 0 R /Contents 6 0 R /Annots [8 0 R] >>",
        b"<< /Type /Page /Parent 2 0 R /Contents 7 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n" % len(text[0]) + text[0] + b"\nendstream",
        b"<< /Length %d >>\nstream\n" % len(text[1]) + text[1] + b"\nendstream",
        b"<< /Type /Annot /Subtype /Link /Rect [0 0 50 50] /P 3 0 R /Dest [4 0 R /Fit] >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def _encrypted_pdf() -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    writer.encrypt("mat-khau")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _documents(reader: PdfReader) -> dict[str, int]:
    """Bookmark title of each document -> its page index."""
    found = {}

    def walk(items, depth):
        for item in items:
            if isinstance(item, list):
                walk(item, depth + 1)
            elif depth == 2:
                found[item.title] = reader.get_destination_page_number(item)

    walk(reader.outline, 0)
    return found


def _image_data(page) -> tuple[object, bytes]:
    xobjects = page["/Resources"]["/XObject"]
    image = next(iter(xobjects.values())).get_object()
    return image, image._data


def test_photos_go_in_as_they_are_and_inherited_page_attributes_are_kept(demo):
    services, dossier_id = demo
    wide_rgb = _jpeg("RGB", (900, 600), (200, 30, 30))
    tall_grey = _jpeg("L", (300, 500), 90)
    cmyk = _jpeg("CMYK", (400, 300), (0, 80, 80, 0))
    attach = services.evidence.attach_bytes
    attach(dossier_id, "I.3", "anh ngang.jpg", wide_rgb, EvidenceMetadata(title="Ảnh ngang màu"))
    attach(dossier_id, "I.3", "anh doc.jpeg", tall_grey, EvidenceMetadata(title="Ảnh dọc xám"))
    attach(dossier_id, "I.3", "anh cmyk.jpg", cmyk, EvidenceMetadata(title="Ảnh CMYK"))
    attach(dossier_id, "I.3", "ke thua.pdf", _inherited_pdf(), EvidenceMetadata(title="Văn bản kế thừa"))

    data = ExportService(services.dossiers, services.evidence).bundle(dossier_id)
    reader = PdfReader(io.BytesIO(data))
    pages = _documents(reader)

    wide = reader.pages[pages["Ảnh ngang màu"]]
    image, raw = _image_data(wide)
    assert raw == wide_rgb  # the file's bytes, not a re-encoding
    assert image["/Filter"] == "/DCTDecode" and image["/ColorSpace"] == "/DeviceRGB"
    assert float(wide.mediabox.width) > float(wide.mediabox.height)
    tall = reader.pages[pages["Ảnh dọc xám"]]
    image, raw = _image_data(tall)
    assert raw == tall_grey and image["/ColorSpace"] == "/DeviceGray"
    assert float(tall.mediabox.width) < float(tall.mediabox.height)
    # CMYK JPEGs are often stored inverted: they are decoded and re-encoded instead
    image, raw = _image_data(reader.pages[pages["Ảnh CMYK"]])
    assert raw != cmyk

    first = pages["Văn bản kế thừa"]
    for n in (0, 1):
        page = reader.pages[first + n]
        assert [float(v) for v in page.mediabox] == [0, 0, 595, 420]
        assert f"Trang ke thua {n + 1}" in page.extract_text()
    link = reader.pages[first]["/Annots"][0].get_object()
    assert link["/Dest"][0].idnum == reader.pages[first + 1].indirect_reference.idnum  # still the same page
    assert link.raw_get("/P").idnum == reader.pages[first].indirect_reference.idnum


def test_damaged_protected_and_truncated_files_are_listed_and_the_rest_is_valid(demo, tmp_path):
    services, dossier_id = demo
    attach = services.evidence.attach_bytes
    good = _inherited_pdf()
    attach(dossier_id, "I.3", "hong.pdf", good[: len(good) // 2], EvidenceMetadata(title="PDF bị cắt"))
    attach(dossier_id, "I.3", "khoa.pdf", _encrypted_pdf(), EvidenceMetadata(title="PDF có khóa"))
    photo = _jpeg("RGB", (800, 600), (10, 120, 10))
    attach(dossier_id, "I.3", "anh cut.jpg", photo[: len(photo) // 2], EvidenceMetadata(title="Ảnh bị cắt"))
    attach(dossier_id, "I.3", "tot.pdf", good, EvidenceMetadata(title="Văn bản còn tốt"))

    exporter = ExportService(services.dossiers, services.evidence)
    written = exporter.export(dossier_id, ["ho-so-minh-chung"], "pdf", tmp_path)[0].path
    assert not list(tmp_path.glob(f".*{TEMP_SUFFIX}"))   # no temporary file left beside it
    reader = PdfReader(written, strict=True)
    front = " ".join(reader.pages[i].extract_text() for i in range(3)).replace("\n", " ")
    assert "Không đưa vào: tệp PDF có mật khẩu" in front
    assert "Không đưa vào: ảnh không đọc được" in front
    assert "Không đưa vào: tệp PDF bị hỏng" in front
    pages = _documents(reader)
    assert set(pages) >= {"Văn bản còn tốt"} and not {"PDF bị cắt", "PDF có khóa", "Ảnh bị cắt"} & set(pages)
    good_page = pages["Văn bản còn tốt"]
    # each page as it was, with the bundle's page number added at the top
    assert [reader.pages[good_page + n].extract_text().strip() for n in (0, 1)] == [
        f"Trang ke thua 1\n{good_page + 1}", f"Trang ke thua 2\n{good_page + 2}"]


def test_counting_pages_without_drawing_gives_the_rendered_count():
    from plandesk.documents.model import Align, Column, Document, Paragraph, Row, Table
    from plandesk.documents.pdf import count_pages, render_pdf

    columns = (Column("STT", 10, Align.CENTER), Column("Tài liệu", 90), Column("Trang", 16, Align.CENTER))
    rows = tuple(Row((str(i), f"Văn bản số {i} về công tác bảo đảm an ninh, trật tự " * (1 + i % 3), str(i * 3)))
                 for i in range(1, 400))
    document = Document("dem", "Đếm trang", (Paragraph("MỤC LỤC"), Table(columns, rows, 11)))
    rendered = len(PdfReader(io.BytesIO(render_pdf(document))).pages)
    assert rendered > 10
    assert count_pages(document) == rendered


def test_a_full_disk_stops_the_bundle_instead_of_listing_files_as_damaged(demo):
    import errno

    import pytest

    services, dossier_id = demo
    written, refused = [], []

    class Full(io.BytesIO):
        def write(self, data):
            if sum(written) + len(data) > 20_000:  # while the evidence files are copied
                refused.append(len(data))
                raise OSError(errno.ENOSPC, "No space left on device")
            written.append(len(data))
            return len(data)

    exporter = ExportService(services.dossiers, services.evidence)
    with pytest.raises(OSError) as caught:
        exporter.write_bundle(dossier_id, Full())
    assert caught.value.errno == errno.ENOSPC
    assert len(refused) == 1  # stopped at once: the next files were not tried and called damaged



@pytest.mark.parametrize("rotate", [0, 90, 180, 270])
def test_a_page_number_sits_at_the_top_of_the_page_as_shown_whatever_its_rotation(rotate):
    import pypdfium2

    from plandesk.documents.bundle import _numbers_pdf
    from plandesk.documents.pdf_stream import NUMBER_FROM_TOP_PT, PdfStreamWriter

    source = PdfWriter()
    source.add_blank_page(width=595, height=842)
    source.pages[0].rotate(rotate)
    raw = io.BytesIO()
    source.write(raw)
    out = io.BytesIO()
    writer = PdfStreamWriter(out)
    kids = writer.append_pdf(raw.getvalue(), stamp=True)
    writer.number_pages({kids[0]: 7}, 13, _numbers_pdf)
    writer.finish(kids, [], {"Title": "x"})
    pdf = pypdfium2.PdfDocument(out.getvalue())
    try:
        text = pdf[0].get_textpage()
        assert text.get_text_range().strip() == "7"
        left, bottom, right, top = text.get_charbox(0)       # in the page's own (unrotated) space
        x, y = (left + right) / 2, (bottom + top) / 2
        # the edge shown at the top: the top (0°), the left (90°), the bottom (180°), the right (270°)
        distance = {0: 842 - y, 90: x, 180: y, 270: 595 - x}[rotate]
        centre = {0: x - 297.5, 90: y - 421, 180: x - 297.5, 270: y - 421}[rotate]
        assert NUMBER_FROM_TOP_PT - 12 < distance < NUMBER_FROM_TOP_PT + 4 and abs(centre) < 8, (rotate, x, y)
    finally:
        pdf.close()
