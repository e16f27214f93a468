"""OCR of a scan through the service, one page at a time, with progress and cancel. Needs the
Tesseract program with Vietnamese data; skipped without it (CI may install tesseract-ocr and
tesseract-ocr-vie)."""
from __future__ import annotations

import datetime as dt

import pytest

from plandesk.documents.pdf import render_pdf
from plandesk.storage import textindex

from .conftest import NGAY_HOI

pytestmark = pytest.mark.skipif(not textindex.ocr_status().available,
                                reason="Tesseract OCR with Vietnamese data is not installed")


def test_scan_is_read_page_by_page_with_progress_and_cancel(services, dossier, tmp_path):
    pdf = tmp_path / "kh.pdf"
    pdf.write_bytes(render_pdf(NGAY_HOI))
    image = textindex.page_image(pdf, 0, 300)
    scan = tmp_path / "scan.png"
    image.save(scan)
    evidence = services.evidence.attach(dossier.id, "II.3", [scan])[0].evidence
    text = services.evidence_text
    info = text.text_info(dossier.id, evidence.id)
    assert info.needs_ocr and not info.has_text            # attach never runs OCR
    assert [e.id for e in text.needing_ocr(dossier.id)] == [evidence.id]

    cancelled = text.ocr(dossier.id, evidence.id, is_cancelled=lambda: True)
    assert cancelled.needs_ocr and cancelled.pages_done == 0

    progress = []
    done = text.ocr(dossier.id, evidence.id, report=lambda d, t, label: progress.append((d, t)))
    assert not done.needs_ocr and done.method == "ocr" and done.pages_done == done.page_count == 1
    assert progress[0] == (0, 1) and progress[-1] == (1, 1)
    assert text.search("ngay hoi toan dan")[0].evidence_id == evidence.id
    reading = text.read_metadata(dossier.id, evidence.id)
    assert reading.number.value == "45/KH-UBND"
    assert reading.issued_on.value == dt.date(2024, 7, 15)
    assert reading.doc_type_name == "Kế hoạch"
    assert text.needing_ocr(dossier.id) == []
