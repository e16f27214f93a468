"""Issue 13, "a window a commune officer can trust": each thing that was seen, so it cannot
come back — fields that change only when meant (wheel, typed dates, refused changes shown),
the checklist opening criteria at their top, export that never silently replaces another
dossier's files, plain words, roles shown, help, Qt's own texts in Vietnamese, and a layout
that fits a 1366×768 laptop at 100 % and 125 %. (The freeze itself: test_tasks.py.)"""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, strategies as st
from PySide6.QtCore import QCoreApplication, QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox, QApplication, QComboBox, QDialog, QFileDialog, QLabel, QLineEdit, QPushButton, QWidget)
from PySide6.QtTest import QTest

from plandesk.domain.dossier import Status, UnitInfo
from plandesk.gui import application, messages
from plandesk.gui.dialogs import DossierPicker, NewDossierDialog, UserNameDialog
from plandesk.gui.help import HelpWindow, guide_url
from plandesk.gui.transfer_dialogs import PackDialog
from plandesk.gui.widgets import DateField, DateProblem, parse_typed_date
from plandesk.services import Services
from plandesk.services.demo import create_demo
from plandesk.storage.workspace import open_workspace



def type_text(widget, text: str) -> None:
    """Type like a user, key by key (Vietnamese letters as a Vietnamese keyboard sends them)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

    for char in text:
        if char.isascii():
            QTest.keyClicks(widget, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


@pytest.fixture
def demo(open_window):
    window = open_window(start=False)
    create_demo(window.ctx.services, "giua-nam")   # in June: criteria in progress, some without evidence
    window.start()
    return window


def stored(window, code: str):
    return window.ctx.services.dossiers.assessment(window.ctx.dossier_id, code)


def wheel(widget: QWidget, steps: int = -3) -> None:
    """The mouse wheel turned over a widget (as a real one: sent to the widget under it)."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(0, 0), QPoint(0, 120 * steps),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def type_date(field: DateField, text: str) -> None:
    field.edit.setFocus()
    field.edit.selectAll()
    QTest.keyClicks(field.edit, text)
    QTest.keyClick(field.edit, Qt.Key.Key_Return)


# -- 2. the wheel never changes a field the officer has not clicked into -----------------------
def test_the_wheel_over_an_unfocused_box_scrolls_the_page_and_changes_nothing(demo):
    window = demo
    window.resize(1366, 600)
    window.select_criterion("II.5")   # four yes/no boxes in a scrolling page, and the decision
    view = window.criterion
    before = stored(window, "II.5")
    boxes = [view.status, *view.conditions.findChildren(QComboBox)]
    scroll = view.text_scroll.verticalScrollBar()
    scroll.setValue(0)
    for box in boxes:
        assert not box.hasFocus()
        index = box.currentIndex()
        wheel(box)
        assert box.currentIndex() == index
    view.flush()
    after = stored(window, "II.5")
    assert (after.status, after.values) == (before.status, before.values)
    if scroll.maximum():        # the page under the pointer scrolled instead
        assert scroll.value() > 0
    # everywhere, by one mechanism: the settings' boxes, the documents' chooser, a dialog's spin box
    for widget in (window.settings_view.language, window.settings_view.role, window.documents_view.chooser,
                   window.filter):
        index = widget.currentIndex()
        wheel(widget)
        assert widget.currentIndex() == index
    # every combo, spin and date box of every screen (pick lists of units, review, roll-up…)
    window.ctx.set_role(window.ctx.ROLE_REVIEWER)          # the reviewer's boxes too
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        for box in window.tabs.widget(index).findChildren(QWidget):
            if not isinstance(box, (QComboBox, QAbstractSpinBox)) or box.hasFocus():
                continue
            state = (box.currentIndex(), box.currentText()) if isinstance(box, QComboBox) else box.text()
            wheel(box)
            wheel(box, 3)
            after = (box.currentIndex(), box.currentText()) if isinstance(box, QComboBox) else box.text()
            assert after == state, (window.tabs.tabText(index), box.accessibleName() or type(box).__name__)
    window.ctx.set_role(window.ctx.ROLE_COMMUNE)
    view.flush()
    after = stored(window, "II.5")
    assert (after.status, after.values) == (before.status, before.values)
    dialog = NewDossierDialog(window, [("xa-dien-hinh-antq", "Xã điển hình")], None)
    year = dialog.ui.yearSpin
    assert isinstance(year, QAbstractSpinBox)
    value = year.value()
    wheel(year)
    assert year.value() == value
    year.setFocus()             # clicked into: the wheel is the officer's meaning
    dialog.show()
    QApplication.setActiveWindow(dialog)
    year.setFocus()
    if year.hasFocus():
        wheel(year, 1)
        assert year.value() == value + 1
    dialog.reject()


# -- 3. a typed date is taken as typed, or refused at the field --------------------------------
@pytest.mark.parametrize("typed, expected", [
    ("10/01/2025", dt.date(2025, 1, 10)), ("20012025", dt.date(2025, 1, 20)), ("5/9/2025", dt.date(2025, 9, 5)),
    ("05.09.2025", dt.date(2025, 9, 5)), ("29/02/2024", dt.date(2024, 2, 29)), ("", None)])
def test_typed_dates_are_read_as_written(typed, expected):
    assert parse_typed_date(typed) == expected


@pytest.mark.parametrize("typed", ["32/01/2025", "10/13/2025", "29/02/2025", "2025-01-10", "10/1/25", "1012025",
                                   "hôm nay", "10/01/2025x"])
def test_anything_else_is_refused(typed):
    with pytest.raises(DateProblem):
        parse_typed_date(typed)


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2200, 12, 31)))
def test_every_date_written_the_three_ways_reads_back(day):
    for text in (f"{day.day}/{day.month}/{day.year}", f"{day.day:02d}/{day.month:02d}/{day.year}",
                 f"{day.day:02d}{day.month:02d}{day.year}"):
        assert parse_typed_date(text) == day


def test_a_date_typed_in_the_form_is_stored_as_typed_and_a_wrong_one_is_refused(demo):
    window = demo
    window.select_criterion("III.11")
    window.criterion.tabs.setCurrentIndex(2)
    field = window.criterion.deadline
    field.set_value(None)
    type_date(field, "10/01/2025")           # an empty field: nothing of today is kept
    window.criterion.flush()
    assert stored(window, "III.11").deadline == dt.date(2025, 1, 10)
    assert field.text() == "10/01/2025"
    type_date(field, "20012025")
    window.criterion.flush()
    assert stored(window, "III.11").deadline == dt.date(2025, 1, 20)
    type_date(field, "5/9/2025")
    window.criterion.flush()
    assert stored(window, "III.11").deadline == dt.date(2025, 9, 5) and field.text() == "05/09/2025"
    type_date(field, "20012025")
    window.criterion.flush()
    type_date(field, "31/02/2025")          # refused at the field, red, with the reason; nothing saved
    window.criterion.flush()
    assert field.is_refused() and field.problem.isVisibleTo(window) and "31/02/2025" in field.problem.text()
    assert field.edit.property("refused") is True
    assert stored(window, "III.11").deadline == dt.date(2025, 1, 20)
    QTest.keyClicks(field.edit, "x")        # typing again clears the mark until the next check
    assert not field.is_refused()


def test_a_typed_date_decides_the_suggestion(demo):
    window = demo
    window.select_criterion("I.2")          # issued within Quarter I of the dossier's year (2024)
    view = window.criterion
    fields = view.conditions.findChildren(DateField)
    field = next(f for f in fields if f.accessibleName().startswith("Ngày Đảng ủy"))
    type_date(field, "10/05/2024")          # May: outside Quarter I
    assert "Không đạt" in view.suggestion.text()
    view.flush()
    assert stored(window, "I.2").values["nghi_quyet_dang_uy"] == "2024-05-10"


# -- 4. a refused decision is shown at the field, and nothing says it was saved ------------------
def test_a_refused_decision_is_shown_in_red_at_the_decision(demo):
    window = demo
    services = window.ctx.services
    fresh = services.dossiers.create(UnitInfo("Mỹ An", "", "huyện Tháp Mười", "tỉnh Đồng Tháp"), 2025,
                                     "xa-dien-hinh-antq")
    window.open_dossier(fresh.id)
    window.select_criterion("II.8")         # no evidence, no explanation
    view = window.criterion
    view.status.setCurrentIndex(list(Status).index(Status.DAT))
    assert view.status.currentData() is Status.CHUA_DANH_GIA          # snapped back, and says why:
    assert view.error.isVisibleTo(window) and "giải trình" in view.error.text()
    assert view.status.property("refused") is True and view.explanation.property("refused") is True
    assert window.save_label.text() != "Đã lưu" and "Chưa lưu" in window.save_label.text()
    assert view.error.geometry().bottom() < view.tabs.geometry().top()  # above the tabs: in view
    assert stored(window, "II.8").status is Status.CHUA_DANH_GIA
    type_text(view.explanation, "Quyết định phân loại số 15/QĐ-BCĐ ngày 20/11/2024.")
    view.status.setCurrentIndex(list(Status).index(Status.DAT))
    assert not view.error.isVisibleTo(window) and view.status.property("refused") is False
    assert window.save_label.text() == "Đã lưu"


# -- 5. the checklist opens a criterion; each opens at its top ----------------------------------
def test_a_click_or_enter_in_the_checklist_opens_the_criterion(demo):
    window = demo
    window.tabs.setCurrentWidget(window.dashboard)
    tree = window.tree
    for code, how in (("III.3", "click"), ("II.6", "enter"), ("I.4", "double")):
        window.tabs.setCurrentWidget(window.dashboard)
        index = window.proxy.mapFromSource(window.model.index_of(code)).siblingAtColumn(1)
        tree.scrollTo(index)
        point = tree.visualRect(index).center()
        if how == "enter":
            tree.setFocus()
            tree.setCurrentIndex(index)
            QTest.keyClick(tree.viewport(), Qt.Key.Key_Return)
        elif how == "click":
            QTest.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=point)
        else:
            QTest.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=point)
        assert window.tabs.currentWidget() is window.criterion, how
        assert window.criterion.code == code and window.criterion.title.text().startswith(code + ".")


def test_each_criterion_opens_at_its_top(demo):
    window = demo
    window.resize(1093, 560)
    window.select_criterion("II.3")         # the long list of events: the page scrolls
    bar = window.criterion.text_scroll.verticalScrollBar()
    QApplication.processEvents()
    bar.setValue(bar.maximum())
    window.select_criterion("II.4")
    assert bar.value() == 0


def test_search_never_leaves_a_hidden_criterion_in_the_form(demo):
    window = demo
    window.select_criterion("I.1")
    type_text(window.search, "kiem tra 100")
    shown = window.proxy.mapFromSource(window.model.index_of(window.criterion.code))
    assert shown.isValid() and window.criterion.code == "III.11"


def test_undo_in_a_number_field_survives_the_autosave(demo):
    window = demo
    window.select_criterion("III.3")
    edits = [e for e in window.criterion.conditions.findChildren(QLineEdit) if e.accessibleName().endswith("năm nay")]
    edit = edits[0]
    before = edit.text()
    edit.setFocus()
    edit.selectAll()
    QTest.keyClicks(edit, "14")
    window.criterion.flush()                 # saved, and the form shows the stored state again
    assert stored(window, "III.3").values["vu_pham_toi_trat_tu_xa_hoi.current"] == 14
    QTest.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert edit.text() != "14"
    while edit.isUndoAvailable() and edit.text() != before:
        QTest.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert edit.text() == before


# -- 6. export never replaces another dossier's files without asking ---------------------------
def test_export_asks_before_replacing_another_dossiers_files(demo, tmp_path, monkeypatch):
    window = demo
    services = window.ctx.services
    sample = window.ctx.dossier_id
    other = services.dossiers.create(UnitInfo("Mỹ An", "", "huyện Tháp Mười", "tỉnh Đồng Tháp"), 2025,
                                     "xa-dien-hinh-antq")
    asked = []
    answer = {"value": False}
    monkeypatch.setattr(messages, "confirm", lambda parent, text, title=None: asked.append(text) or answer["value"])
    view = window.documents_view
    window.tabs.setCurrentWidget(view)
    folder = view.out_dir()
    view.export(["bien-ban", "bao-cao"], "pdf")
    assert sorted(p.name for p in folder.iterdir()) == ["bao-cao.pdf", "bien-ban.pdf"] and asked == []
    view.export(["bien-ban", "bao-cao"], "pdf")        # again, the same dossier: no question
    assert asked == []
    original = (folder / "bao-cao.pdf").read_bytes()

    window.open_dossier(other.id)
    window.tabs.setCurrentWidget(view)
    assert view.out_dir() != folder and "My-An" in str(view.out_dir()).replace(" ", "-") or "Mỹ An" in \
        str(view.out_dir())                          # its own default folder: commune and year
    view.export(["bien-ban", "bao-cao"], "pdf", out_dir=folder)   # into the sample's folder
    assert len(asked) == 1 and "bao-cao.pdf" in asked[0] and "bien-ban.pdf" in asked[0]
    assert (folder / "bao-cao.pdf").read_bytes() == original     # declined: nothing replaced
    answer["value"] = True
    view.export(["bien-ban", "bao-cao"], "pdf", out_dir=folder)
    assert (folder / "bao-cao.pdf").read_bytes() != original
    assert "Đã xuất 2 tệp" in window.statusBar().currentMessage()
    window.open_dossier(sample)
    assert view.out_dir() == folder


# -- 7. plain words ----------------------------------------------------------------------------
def test_no_label_shows_a_literal_ampersand(demo, tmp_path):
    window = demo
    dialogs = [PackDialog(window, tmp_path / "a.plandesk"), UserNameDialog(window),
               NewDossierDialog(window, [("x", "X")], None)]
    for top in [window, *dialogs]:
        for label in top.findChildren(QLabel):
            if "&" in label.text() and label.textFormat() != Qt.TextFormat.RichText and "<" not in label.text():
                assert label.buddy() is not None, f"{type(top).__name__}: {label.text()!r}"
    for dialog in dialogs:
        dialog.deleteLater()


def test_the_history_speaks_of_labels_not_keys(demo):
    window = demo
    window.select_criterion("III.11")
    edits = window.criterion.conditions.findChildren(QLineEdit)
    edits[0].setFocus()
    old = edits[0].text()
    assert old not in ("", "6")
    edits[0].selectAll()
    QTest.keyClicks(edits[0], "6")
    window.criterion.flush()
    window.tabs.setCurrentWidget(window.history)
    first = window.history.list.item(0).text()
    assert first.startswith("Cán bộ thử đổi tiêu chí III.11: Số ấp được kiểm tra")
    assert f"(đã thực hiện) từ ‘{old}’ sang ‘6’" in first and "done" not in first and "=" not in first


def test_the_users_name_is_asked_once_not_taken_from_the_computer(qsettings, workspace_dir, monkeypatch):
    from PySide6.QtCore import QSettings, QTimer

    QSettings().remove("user_name")
    asked = []
    monkeypatch.setattr(UserNameDialog, "ask", classmethod(lambda cls, parent: asked.append(1) or "Trần Minh Tâm"))
    seen = []

    def offered(cls, parent, dossiers) -> None:
        # offered from the running event loop once the window is up: the name it works under
        # is read there, and quitting ends app.exec() at once (no timer racing the start-up)
        seen.append((parent.ctx.services.identity.name, parent.isVisible()))
        QApplication.instance().quit()

    monkeypatch.setattr(DossierPicker, "ask", classmethod(offered))

    def run_once() -> None:
        guard = QTimer()
        guard.setSingleShot(True)
        guard.timeout.connect(QApplication.instance().quit)   # never offered: fail, not hang
        guard.start(120_000)
        try:
            assert application.run(lambda user: Services.build(open_workspace(workspace_dir), user)) == 0
        finally:
            guard.stop()

    run_once()
    run_once()
    assert asked == [1] and seen == [("Trần Minh Tâm", True), ("Trần Minh Tâm", True)]
    assert QSettings().value("user_name") == "Trần Minh Tâm"


# -- 9. roles shown, help, Qt's own texts --------------------------------------------------------
def test_the_commune_window_has_no_reviewer_controls_and_the_reviewers_has_them(demo):
    window = demo
    rollup = window.tabs.indexOf(window.rollup)
    review_tab = 3
    assert window.ctx.role == window.ctx.ROLE_COMMUNE
    assert not window.tabs.isTabVisible(rollup) and not window.review_action.isVisible()
    assert not window.criterion.tabs.isTabVisible(review_tab)
    window.ctx.set_role(window.ctx.ROLE_REVIEWER)
    assert window.tabs.isTabVisible(rollup) and window.review_action.isVisible()
    assert window.criterion.tabs.isTabVisible(review_tab)
    # the commune sees a comment sent back to it, but cannot write one
    window.ctx.set_role(window.ctx.ROLE_COMMUNE)
    services = window.ctx.services
    from plandesk.domain.dossier import ReviewStatus

    services.dossiers.update_assessment(window.ctx.dossier_id, "I.3", review_status=ReviewStatus.YEU_CAU_BO_SUNG,
                                        review_comment="Bổ sung biên bản hội nghị.")
    window.select_criterion("I.3")
    assert window.criterion.tabs.isTabVisible(review_tab)
    assert not window.criterion.review_status.isEnabled() and window.criterion.review_comment.isReadOnly()


def test_f1_opens_the_guide_shipped_with_the_application(demo):
    window = demo
    url = guide_url()
    assert url is not None and url.isLocalFile()
    html = open(url.toLocalFile(), encoding="utf-8").read()
    from pathlib import Path
    import re

    images = re.findall(r'src="([^"]+)"', html)
    assert images and all((Path(url.toLocalFile()).parent / src).is_file() for src in images)
    for topic in ("hồ sơ", "tiêu chí", "minh chứng", "văn bản", "gói", "sao lưu"):
        assert topic in html.lower()
    from PySide6.QtGui import QKeySequence

    action = next(a for a in window.findChildren(type(window.review_action)) if a.text() == "&Hướng dẫn sử dụng")
    assert QKeySequence(Qt.Key.Key_F1) in action.shortcuts()    # F1 (the help key of the platform)
    action.trigger()
    guide = HelpWindow._open
    assert guide is not None and guide.isVisible() and "Hướng dẫn" in guide.windowTitle()
    assert "PlanDesk" in guide.browser.toPlainText()
    guide.close()


def test_qt_s_own_dialogs_and_buttons_speak_vietnamese(qapp, qsettings):
    application.install_translator(qapp, "vi")
    translator = getattr(qapp, "_plandesk_qt_translator", None)
    try:
        assert translator is not None
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Hủy"
        assert QCoreApplication.translate("QLineEdit", "&Paste") == "&Dán"
        dialog = QFileDialog(None, "Chọn tệp")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)   # Qt's own, as on Linux
        texts = {b.text() for b in dialog.findChildren(QPushButton)} | {lab.text() for lab in dialog.findChildren(QLabel)}
        assert "&Mở" in texts or "Mở" in texts
        assert "&Tên tệp:" in texts and "&Loại tệp:" in texts
        dialog.deleteLater()
    finally:
        if translator is not None:
            qapp.removeTranslator(translator)


# -- 8. a 1366×768 laptop at 100 % and 125 % --------------------------------------------------------
@pytest.mark.parametrize("size", [(1366, 728), (1093, 582)], ids=["100%", "125%"])
def test_the_decision_and_result_are_in_view_and_titles_are_whole(demo, size):
    window = demo
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(*size)
    QApplication.processEvents()
    # the window can be as small as the screen: every screen of it fits (a ninth tab, a row of
    # seven buttons once made it wider than the laptop at 125 %)
    assert window.width() <= size[0] and window.minimumSizeHint().width() <= size[0], window.minimumSizeHint()
    for index in range(window.tabs.count()):
        assert window.tabs.widget(index).minimumSizeHint().width() <= size[0] - 380, window.tabs.tabText(index)
    for code in ("I.2", "II.3", "III.3", "III.14"):
        window.select_criterion(code)
        QApplication.processEvents()
        view = window.criterion
        page = view.rect()
        for widget in (view.title, view.status, view.suggestion, view.result, view.explanation):
            rect = widget.geometry()
            top_left = widget.mapTo(view, rect.topLeft() - widget.pos())
            assert widget.isVisible() and page.contains(top_left), (code, widget.accessibleName())
            assert top_left.y() + rect.height() <= page.height(), (code, widget.accessibleName())
        assert view.result.height() >= view.result.fontMetrics().lineSpacing() * 3
        # no label cut off: a one-line label is as wide as its text needs
        for label in view.findChildren(QLabel):
            if label.isVisible() and not label.wordWrap() and label.text() and not label.pixmap().isNull() is False:
                assert label.width() >= label.minimumSizeHint().width() - 1, (code, label.text())
    # the checklist shows each short title whole (wrapped, not cut)
    tree = window.tree
    metrics = tree.fontMetrics()
    for code in window.model.codes():
        index = window.proxy.mapFromSource(window.model.index_of(code)).siblingAtColumn(1)
        rect = tree.visualRect(index)
        needed = metrics.boundingRect(0, 0, rect.width() - 8, 10_000, int(Qt.TextFlag.TextWordWrap),
                                      index.data()).height()
        assert rect.height() >= needed, code
    # the overview lists never need a sideways scroll bar
    window.tabs.setCurrentWidget(window.dashboard)
    QApplication.processEvents()
    for widget in (window.dashboard.no_evidence, window.dashboard.not_met):
        assert not widget.horizontalScrollBar().isVisible()
    # the Văn bản form never scrolls sideways (its buttons were cut at 1256 px): every document's
    # form fits its column, the preview beside it gives way
    view = window.documents_view
    scroll = view.form_widget.parentWidget().parentWidget()    # the scroll area around the form
    window.tabs.setCurrentWidget(view)
    for index in range(view.chooser.count()):
        view.chooser.setCurrentIndex(index)
        for _ in range(3):
            QApplication.processEvents()
        assert not scroll.horizontalScrollBar().isVisible(), view.chooser.currentText()
        assert view.form_widget.width() >= view.form_widget.minimumSizeHint().width(), view.chooser.currentText()


def test_a_long_message_scrolls_and_its_buttons_stay_on_a_laptop_screen(qapp):
    from PySide6.QtWidgets import QMessageBox, QPlainTextEdit

    reasons = "\n".join(f"- Tiêu chí III.{i} (Không có vụ việc phức tạp về tài nguyên, môi trường, thực phẩm) "
                        "chưa được đánh giá." for i in range(1, 35))
    box = messages._box(None, QMessageBox.Icon.Information, "Có văn bản chưa xuất được",
                        "Đã xuất 15 tệp. Không xuất:\n\n" + reasons, QMessageBox.StandardButton.Ok)
    box.show()
    QApplication.processEvents()
    detail = box.findChild(QPlainTextEdit)
    assert box.text() == "Đã xuất 15 tệp. Không xuất:" and detail is not None and detail.toPlainText() == reasons
    screen = box.screen().availableGeometry()
    assert box.frameGeometry().height() <= screen.height()
    assert box.sizeHint().height() <= 768 - 40            # the taskbar of a 1366×768 laptop
    short = messages._box(None, QMessageBox.Icon.Information, "PlanDesk", "Đã lưu.", QMessageBox.StandardButton.Ok)
    assert short.findChild(QPlainTextEdit) is None
    box.close()
    box.deleteLater()
    short.deleteLater()


def test_a_document_that_cannot_be_made_yet_is_not_an_unsaved_change(demo):
    window = demo
    fresh = window.ctx.services.dossiers.create(UnitInfo("Mỹ Đông", "", "huyện Tháp Mười", "tỉnh Đồng Tháp"), 2025,
                                                "xa-dien-hinh-antq")
    window.open_dossier(fresh.id)
    view = window.documents_view
    window.tabs.setCurrentWidget(view)
    view.chooser.setCurrentIndex(view.chooser.findData("to-trinh"))   # refused: nothing is decided yet
    view.render_preview()
    assert "Không dựng được bản xem trước" in view.preview_note.text()   # said where the pages would be
    assert "Chưa lưu" not in window.save_label.text()
