"""The officer's path through the window: set up a dossier, fill in conditions and see the
suggestion, decide, attach files by dropping them, filter and search, reopen and find it all."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QEvent, QMimeData, Qt, QUrl
from PySide6.QtGui import QDropEvent, QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from plandesk.domain.dossier import AssessmentChange, Status
from plandesk.gui.dialogs import DossierPicker, NewDossierDialog
from plandesk.gui.models.criteria import CODE_ROLE, CriteriaModel
from plandesk.gui.models.evidence import EvidenceModel
from plandesk.services.demo import DOCUMENTS_MID, LATER, create_demo


def type_text(widget, text: str) -> None:
    """Type like a user, key by key. QTest only knows Latin-1 keys, so Vietnamese letters are
    sent as key events carrying their text, as a Vietnamese keyboard (Unikey) delivers them."""
    for char in text:
        if char.isascii():
            QTest.keyClicks(widget, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


@pytest.fixture
def demo(open_window, workspace_dir):
    """The sample dossier in its June state: criteria in progress, some without evidence."""
    window = open_window(start=False)
    info, _ = create_demo(window.ctx.services, "giua-nam")
    window.start()
    return window


@pytest.fixture
def demo_ready(open_window, workspace_dir):
    """The sample dossier in its October state: every criterion met, values entered."""
    window = open_window(start=False)
    create_demo(window.ctx.services, "cuoi-nam")
    window.start()
    return window


def visible_codes(window) -> list[str]:
    proxy, codes = window.proxy, []
    for g in range(proxy.rowCount()):
        group = proxy.index(g, 0)
        codes.extend(proxy.index(r, 0, group).data(CODE_ROLE) for r in range(proxy.rowCount(group)))
    return codes


def test_first_start_sets_up_a_dossier_through_the_form(open_window, monkeypatch, qtbot):
    dialogs = []

    def fill_in(parent, frameworks, initial=None):
        dialog = NewDossierDialog(parent, frameworks, initial)
        dialogs.append(dialog)
        type_text(dialog.ui.communeEdit, "Mỹ Đông")
        type_text(dialog.ui.districtEdit, "huyện Tháp Mười")
        type_text(dialog.ui.provinceEdit, "tỉnh Đồng Tháp")
        type_text(dialog.ui.approvingEdit, "Ban Chỉ đạo 138 huyện Tháp Mười")
        dialog.ui.yearSpin.setValue(2025)
        dialog._accept()
        assert dialog.result() == dialog.DialogCode.Accepted
        return dialog.result_value()

    monkeypatch.setattr(DossierPicker, "ask", classmethod(lambda cls, parent, dossiers: ("new", None)))
    monkeypatch.setattr(NewDossierDialog, "ask", classmethod(lambda cls, *a, **k: fill_in(*a, **k)))
    window = open_window()
    assert window.ctx.dossier_id is not None
    assert "Xã Mỹ Đông — năm 2025" in window.windowTitle()
    assert window.model.rowCount() == 3 and len(window.model.codes()) == 34
    assert window.ctx.services.dossiers.settings(window.ctx.dossier_id).approving_body == \
        "Ban Chỉ đạo 138 huyện Tháp Mười"
    assert dialogs[0].ui.frameworkCombo.currentData() == "xa-dien-hinh-antq"


def test_empty_name_is_refused_in_the_form(qtbot, qsettings):
    dialog = NewDossierDialog(None, [("xa-dien-hinh-antq", "Xã điển hình")], None)
    qtbot.addWidget(dialog)
    dialog._accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "tên xã" in dialog.ui.errorLabel.text()


def test_typing_a_value_updates_the_suggestion_and_saves(demo_ready, qtbot):
    window = demo_ready
    window.select_criterion("III.3")
    view = window.criterion
    assert "giảm 7,1 %" in view.suggestion.text()
    current = view.conditions.findChildren(type(window.search))  # the two number fields
    previous_edit, current_edit = [e for e in current if e.accessibleName().endswith(("năm trước", "năm nay"))]
    current_edit.clear()
    type_text(current_edit, "14")
    assert "Không đạt" in view.suggestion.text() and "giảm 0 %" in view.suggestion.text()
    view.flush()
    stored = window.ctx.services.dossiers.assessment(window.ctx.dossier_id, "III.3")
    assert stored.values["vu_pham_toi_trat_tu_xa_hoi.current"] == 14
    index = window.model.index_of("III.3")  # the suggestion now differs: an icon, said in its tooltip
    assert window.model.data(index.siblingAtColumn(2), Qt.ItemDataRole.DecorationRole) is not None
    assert window.model.data(index.siblingAtColumn(2), Qt.ItemDataRole.ToolTipRole).startswith("Gợi ý: Không đạt")
    assert window.filter.findText("Kết luận khác gợi ý") >= 0


def test_deciding_without_evidence_asks_for_an_explanation(demo, qtbot):
    window = demo
    window.select_criterion("II.8")
    view = window.criterion
    view.status.setCurrentIndex(list(Status).index(Status.DAT))
    assert view.error.isVisible() and "giải trình" in view.error.text()
    assert view.status.currentData() is Status.DANG_THUC_HIEN
    type_text(view.explanation, "Quyết định phân loại số 15/QĐ-BCĐ ngày 20/11/2024.")
    view.status.setCurrentIndex(list(Status).index(Status.DAT))
    assert not view.error.isVisible()
    assert window.ctx.services.dossiers.assessment(window.ctx.dossier_id, "II.8").status is Status.DAT
    window.tabs.setCurrentWidget(window.dashboard)  # a hidden dashboard refreshes when shown
    assert window.dashboard.overall.value() == 34 - len(LATER) + 1
    assert "II.8" not in [window.dashboard.not_met.item(i).data(Qt.ItemDataRole.UserRole)
                          for i in range(window.dashboard.not_met.count())]


def test_dropping_files_on_a_criterion_attaches_them(demo, tmp_path):
    window = demo
    files = []
    for name in ("Biên bản kiểm tra ấp 6.pdf", "Ảnh kiểm tra.jpg"):
        path = tmp_path / name
        path.write_bytes(name.encode("utf-8") * 100)
        files.append(path)
    before = window.model.assessment("III.11").evidence_count
    window.tree.expandAll()
    index = window.proxy.mapFromSource(window.model.index_of("III.11"))
    rect = window.tree.visualRect(index)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    event = QDropEvent(rect.center().toPointF(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    window.tree.dropEvent(event)
    assert window.model.assessment("III.11").evidence_count == before + 2
    assert "Đã đính kèm 2 tệp cho tiêu chí III.11" in window.statusBar().currentMessage()
    # the same file again on another criterion is linked, not copied
    window.attach_paths("III.10", files[:1])
    assert "chỉ liên kết" in window.statusBar().currentMessage()
    stored = list(window.ctx.services.workspace.store.stored_hashes())
    assert len([h for h in stored]) == len(DOCUMENTS_MID) + 2
    window.select_criterion("III.11")
    assert window.criterion.evidence.model.rowCount() == 2


def test_search_is_accent_insensitive_and_filters_combine(demo, qtbot):
    window = demo
    type_text(window.search, "kiem tra")
    codes = visible_codes(window)
    assert "III.11" in codes and "I.1" not in codes
    window.search.clear()
    window.filter.setCurrentIndex(window.filter.findData("no_evidence"))
    codes = visible_codes(window)
    assert codes and all(window.model.assessment(c).evidence_count == 0 for c in codes)
    window.filter.setCurrentIndex(window.filter.findData("not_met"))
    assert set(visible_codes(window)) == LATER


def test_next_and_previous_criterion_with_the_keyboard(demo, qtbot):
    window = demo
    window.select_criterion("I.7")
    window.step(1)
    assert window.criterion.code == "II.1"
    window.step(-1)
    assert window.criterion.code == "I.7"


def test_everything_is_there_after_reopening(open_window, workspace_dir, qtbot, tmp_path):
    window = open_window(start=False)
    create_demo(window.ctx.services)
    window.start()
    window.select_criterion("III.11")
    view = window.criterion
    view.result.setPlainText("Đã kiểm tra đủ 06/06 ấp.")
    type_text(view.lead.lineEdit(), " (Trưởng Công an xã)")
    view.deadline.set_value(dt.date(2024, 9, 15))
    view._edited(AssessmentChange(deadline=view.deadline.value()))
    window.close()
    window.ctx.services.close()

    again = open_window()
    assert again.ctx.dossier_id == window.ctx.dossier_id  # the last dossier reopens
    again.select_criterion("III.11")
    info = again.ctx.services.dossiers.assessment(again.ctx.dossier_id, "III.11")
    assert info.result == "Đã kiểm tra đủ 06/06 ấp."
    assert info.lead_unit == "Công an xã (Trưởng Công an xã)"
    assert info.deadline == dt.date(2024, 9, 15)
    assert again.criterion.result.toPlainText() == "Đã kiểm tra đủ 06/06 ấp."


def test_history_reads_as_sentences(demo):
    window = demo
    window.select_criterion("II.5")
    window.criterion.status.setCurrentIndex(list(Status).index(Status.KHONG_DAT))
    window.tabs.setCurrentWidget(window.history)
    first = window.history.list.item(0).text()
    assert first.startswith("Cán bộ thử đổi tiêu chí II.5: kết luận từ ‘Đang thực hiện’ sang ‘Không đạt’ lúc")


def test_models_pass_the_model_tester(demo, qtmodeltester):
    window = demo
    qtmodeltester.check(window.model)
    evidence = EvidenceModel()
    evidence.load(window.ctx.services.evidence.list(window.ctx.dossier_id))
    qtmodeltester.check(evidence)
    empty = CriteriaModel()
    qtmodeltester.check(empty)


def test_move_workspace_copies_verifies_and_switches(open_window, tmp_path, monkeypatch):
    from plandesk.gui import main_window
    from plandesk.services import Services
    from plandesk.storage.workspace import open_workspace

    chosen = []
    monkeypatch.setattr(main_window, "choose_workspace", chosen.append)
    window = open_window(start=False)
    window.ctx.reopen = lambda path: Services.build(open_workspace(path), user="Cán bộ thử")
    create_demo(window.ctx.services)
    window.start()
    old_root = window.ctx.services.workspace.root
    target = tmp_path / "o-moi" / "PlanDesk"
    window._copy_and_switch(target)
    assert window.ctx.services.workspace.root == target and chosen == [target]
    assert str(target) in window.workspace_label.text()
    assert window.ctx.dossier_id is not None and len(window.model.codes()) == 34
    assert (old_root / "plandesk.sqlite").is_file()  # the old folder is kept as it was
    window.ctx.services.close()


def test_a_folder_that_cannot_be_a_workspace_keeps_the_current_one(open_window, tmp_path, monkeypatch):
    from plandesk.gui import main_window, messages

    shown = []
    monkeypatch.setattr(messages, "show_error", lambda parent, text, title=None: shown.append(text))
    monkeypatch.setattr(main_window, "choose_workspace", lambda path: None)
    window = open_window(start=False)
    current = window.ctx.services

    def refuse(path):
        raise RuntimeError(f"Tệp '{path}/plandesk.sqlite' không phải cơ sở dữ liệu PlanDesk")

    window.ctx.reopen = refuse
    window.switch_workspace(tmp_path / "hong")
    assert window.ctx.services is current and "không phải cơ sở dữ liệu" in shown[0]
