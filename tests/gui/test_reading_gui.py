"""Evidence that files itself, in the window: details read from an attached document are
filled in as suggestions and confirmed with one click; search finds a document by a phrase
of its text without accents; the details dialog offers what was read and suggested criteria."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from plandesk.documents.sample_evidence import SampleDocument, render_sample_pdf
from plandesk.gui.dialogs import EvidenceDialog
from plandesk.services.demo import create_demo

DOC = SampleDocument("UBND HUYỆN THÁP MƯỜI", "ỦY BAN NHÂN DÂN XÃ THANH MỸ", "27/KH-UBND", "Thanh Mỹ",
                     dt.date(2024, 7, 20), "Kế hoạch", "Tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc năm 2024",
                     ("Ủy ban nhân dân xã xây dựng kế hoạch tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc "
                      "ngày 19/8/2024 tại ấp 2 với các hoạt động văn hóa, thể thao.",))


def test_read_details_search_and_confirm(open_window, tmp_path, qtbot):
    window = open_window(start=False)
    create_demo(window.ctx.services)
    window.start()
    path = tmp_path / "ke-hoach-ngay-hoi.pdf"
    path.write_bytes(render_sample_pdf(DOC))
    window.attach_paths("II.3", [path])
    window.tabs.setCurrentWidget(window.documents)
    panel = window.documents
    panel.reload()
    row = next(r for r in range(panel.model.rowCount()) if panel.model.row(r).original_name == path.name)
    info = panel.model.row(row)
    assert info.number == "27/KH-UBND" and info.issued_on == dt.date(2024, 7, 20)
    assert panel.model.is_suggested(info.id)

    panel.search.setText("ngay hoi toan dan bao ve")
    panel.run_search()
    assert panel.results.isVisible() and "27/KH-UBND" in panel.results.toPlainText()

    panel.table.selectRow(row)
    panel.confirm_selected()
    assert not panel.model.is_suggested(info.id)
    panel.reload()
    assert not panel.model.is_suggested(info.id)

    text = window.ctx.services.evidence_text
    reading = text.read_metadata(window.ctx.dossier_id, info.id)
    suggestions = text.suggest_criteria(window.ctx.dossier_id, info.id)
    dialog = EvidenceDialog(None, info, reading, suggestions)
    qtbot.addWidget(dialog)
    dialog.number.clear()
    dialog.fill_from_reading()
    assert dialog.number.text() == "27/KH-UBND"
    if dialog.suggestion_list.count():
        dialog.suggestion_list.item(0).setCheckState(Qt.CheckState.Checked)
        assert dialog.chosen_criteria()
