"""The pre-submission check screen (each finding takes the officer to the place to fix it) and
the issue bar of the Văn bản screen (issued or not, changed since, issue a new version)."""
from __future__ import annotations

import datetime as dt

import pytest

from plandesk.gui import issue_bar, messages
from plandesk.gui.preflight_view import item_target
from plandesk.services.demo import LATER, create_demo


@pytest.fixture
def mid_year(open_window):
    window = open_window(start=False)
    create_demo(window.ctx.services, "giua-nam")
    window.start()
    return window


def findings(view) -> dict[str, list]:
    out = {}
    for i in range(view.tree.topLevelItemCount()):
        branch = view.tree.topLevelItem(i)
        out[branch.text(0)] = [branch.child(j) for j in range(branch.childCount())]
    return out


def test_the_check_lists_every_blocking_criterion_and_goes_to_the_place_to_fix_it(mid_year):
    window = mid_year
    view = window.preflight_view
    window.tabs.setCurrentWidget(view)                     # shown: the check runs
    found = findings(view)
    assert {f"Tiêu chí {code}" for code in LATER} <= set(found)
    assert "lỗi cần sửa trước khi trình" in view.summary.text()
    item = found["Tiêu chí III.11"][0]
    assert "III.11" in item.text(0) and item.text(1) == "Lỗi"
    view.tree.itemActivated.emit(item, 0)
    assert window.tabs.currentWidget() is window.criterion and window.criterion.code == "III.11"
    # a dossier finding about a document opens the Văn bản screen on that document
    window.tabs.setCurrentWidget(view)
    document = next(i for i in findings(view)["Hồ sơ"] if (item_target(i) or ("",))[0] == "document")
    view.tree.itemActivated.emit(document, 0)
    assert window.tabs.currentWidget() is window.documents_view
    assert window.documents_view.chooser.currentData() == item_target(document)[1]


def test_finalising_shows_what_the_check_found_first(mid_year, monkeypatch):
    window = mid_year
    asked = []
    monkeypatch.setattr(messages, "confirm", lambda parent, text, title=None: asked.append(text) or False)
    window.access.finalise()
    assert asked and "Kiểm tra hồ sơ trước khi trình thấy 12 lỗi" in asked[0] and "Tiêu chí I.7" in asked[0]
    assert window.ctx.services.seals.seal(window.ctx.dossier_id) is None   # declined: nothing sealed


def test_the_issue_bar_shows_the_issued_report_and_issues_a_document(mid_year, monkeypatch):
    window = mid_year
    docs = window.documents_view
    window.tabs.setCurrentWidget(docs)
    bar = docs.issue_bar
    docs.chooser.setCurrentIndex(docs.chooser.findData("bao-cao-6-thang"))
    assert bar.isVisible() and "Đã ban hành Số: 09/BC-HĐ, ngày 04/06/2024 (phiên bản 1)" in bar.label.text()
    assert not bar.issue_button.isVisible() and bar.new_button.isVisible()
    docs.chooser.setCurrentIndex(docs.chooser.findData("bao-cao"))
    assert "Chưa ban hành" in bar.label.text() and bar.issue_button.isVisible()
    monkeypatch.setattr(issue_bar.IssueDialog, "ask",
                        classmethod(lambda cls, parent, label, number, date, new_version=False:
                                    ("10", dt.date(2024, 6, 5))))
    bar.issue(new_version=False)
    assert "Đã ban hành Số: 10/BC-HĐ, ngày 05/06/2024" in bar.label.text()
    assert "Khớp với hồ sơ hiện tại" in bar.label.text()
    window.ctx.services.dossiers.update_assessment(window.ctx.dossier_id, "II.2", result="Tổ chức 04 buổi.")
    bar.refresh()
    assert "Hồ sơ đã thay đổi sau khi ban hành." in bar.label.text() and bar.changes_button.isVisible()
    shown = []
    monkeypatch.setattr(issue_bar.ChangesDialog, "ask",
                        classmethod(lambda cls, parent, title, lines: shown.append(lines)))
    bar.show_changes()
    assert shown and any("Tổ chức 04 buổi." in line for line in shown[0])
    docs.chooser.setCurrentIndex(docs.chooser.findData("danh-muc"))
    assert not bar.isVisible()                                  # the annex is issued with its báo cáo


def test_the_english_window_lists_the_findings_in_english(mid_year, qapp):
    """The check's findings and their severity read in English in the English window; what
    comes from the dossier (the criteria's titles, documents' names, dates) as written."""
    import re

    from PySide6.QtCore import QLocale

    from plandesk.gui.application import install_translator

    window = mid_year
    view = window.preflight_view
    report = window.ctx.services.preflight.check(window.ctx.dossier_id)
    titles = [c.short_title for c in window.ctx.services.dossiers.status(window.ctx.dossier_id).criteria]
    translator = install_translator(qapp, "en")
    try:
        view.show_report(report)
        found = findings(view)
    finally:
        qapp.removeTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.Vietnamese))
    vietnamese = re.compile("[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]", re.I)
    items = [item for branch in found.values() for item in branch]
    assert len(items) == len(report.findings) and {item.text(1) for item in items} <= {"Error", "Note"}
    assert "Criterion III.11" in found and "Criterion III.11 (" in found["Criterion III.11"][0].text(0)
    for item in items:
        text = item.text(0)
        for title in sorted(titles, key=len, reverse=True):
            text = text.replace(title, "")
        assert not vietnamese.search(text), item.text(0)
