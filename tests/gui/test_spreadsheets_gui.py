"""Excel round trips from the window: the council list and the assignment table; a bad file
is listed row by row and changes nothing."""
from __future__ import annotations

from openpyxl import load_workbook
from PySide6.QtWidgets import QFileDialog

from plandesk.gui import messages
from plandesk.gui.spreadsheet_actions import export_sheet, import_sheet_file
from plandesk.services.demo import create_demo


def test_council_and_assignments_round_trip(open_window, tmp_path, monkeypatch):
    shown, errors = [], []
    monkeypatch.setattr(messages, "show_info", lambda parent, text, title=None: shown.append(text))
    monkeypatch.setattr(messages, "show_error", lambda parent, text, title=None, details=None: errors.append(
        (text, details)))
    monkeypatch.setattr(messages, "confirm", lambda *a, **k: True)
    window = open_window(start=False)
    create_demo(window.ctx.services)
    window.start()
    target = tmp_path / "phan-cong.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    assert export_sheet(window.ctx, window, "phan-cong") == target
    book = load_workbook(target)
    sheet = book.worksheets[0]
    for row in sheet.iter_rows():
        if row[0].value == "III.11":
            row[2].value = "Công an xã (đồng chí Tâm)"
    book.save(target)
    import_sheet_file(window.ctx, window, "phan-cong", target)
    assert window.model.assessment("III.11").lead_unit == "Công an xã (đồng chí Tâm)"
    assert errors == [] and "Đã nhập" in shown[-1]

    council = tmp_path / "hoi-dong.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(council), "")))
    export_sheet(window.ctx, window, "hoi-dong")
    book = load_workbook(council)
    sheet = book.worksheets[0]
    for row in sheet.iter_rows():
        if row[0].value == "Ngô Văn Út":
            row[2].value = "trưởng nhóm"  # not a council role
    book.save(council)
    before = window.ctx.services.dossiers.council(window.ctx.dossier_id)
    import_sheet_file(window.ctx, window, "hoi-dong", council)
    assert errors and "chưa nhập gì" in errors[-1][0] and "Vai trò" in errors[-1][1]
    assert window.ctx.services.dossiers.council(window.ctx.dossier_id) == before


def test_the_council_typed_in_the_window_is_saved_as_typed(open_window, monkeypatch):
    """Adding, changing and removing a member from the council list: one CouncilMember from
    the dialog to the service and back, its id kept through an edit."""
    from plandesk.domain.dossier import CouncilMember, CouncilRole
    from plandesk.gui.dialogs import MemberDialog

    window = open_window(start=False)
    create_demo(window.ctx.services)
    window.start()
    view, dossiers, dossier_id = window.council, window.ctx.services.dossiers, window.ctx.dossier_id
    before = dossiers.council(dossier_id)
    typed = CouncilMember("Trương Thị Ngọc Ánh", "Phó Chủ tịch UBND xã", CouncilRole.PHO_CHU_TICH)
    monkeypatch.setattr(MemberDialog, "ask", classmethod(lambda cls, parent, initial=None: typed))
    view.add()
    added = dossiers.council(dossier_id)[-1]
    assert len(dossiers.council(dossier_id)) == len(before) + 1
    assert (added.name, added.position, added.role) == (typed.name, typed.position, typed.role)
    view.table.setCurrentCell(len(before), 0)
    asked = []

    def edit(cls, parent, initial=None):
        asked.append(initial)
        return CouncilMember(initial.name, "Chủ tịch UBND xã", CouncilRole.THANH_VIEN, initial.id)
    monkeypatch.setattr(MemberDialog, "ask", classmethod(edit))
    view.edit()
    assert asked == [added]
    changed = dossiers.council(dossier_id)[-1]
    assert (changed.id, changed.position, changed.role) == (added.id, "Chủ tịch UBND xã", CouncilRole.THANH_VIEN)
    monkeypatch.setattr(messages, "confirm", lambda *a, **k: True)
    view.table.setCurrentCell(len(before), 0)
    view.remove()
    assert dossiers.council(dossier_id) == before


def test_a_bad_file_is_listed_in_the_interface_language(open_window, tmp_path, monkeypatch, qapp):
    """The English window lists the rows of a refused spreadsheet in English: what was typed in
    the file (a role, a column title) as it is, the problem in English."""
    from openpyxl import Workbook
    from PySide6.QtCore import QLocale

    from plandesk.gui.application import install_translator

    errors = []
    monkeypatch.setattr(messages, "show_error", lambda parent, text, title=None, details=None: errors.append(
        (text, details)))
    monkeypatch.setattr(messages, "confirm", lambda *a, **k: True)
    window = open_window(start=False)
    create_demo(window.ctx.services)
    window.start()
    book = Workbook()
    book.active.append(["Họ và tên", "Chức vụ", "Vai trò"])
    book.active.append(["Ngô Văn Út", "Trưởng thôn", "trưởng nhóm"])
    book.active.append(["", "Bí thư chi bộ", "Thư ký"])
    council = tmp_path / "hoi-dong.xlsx"
    book.save(council)
    translator = install_translator(qapp, "en")
    try:
        import_sheet_file(window.ctx, window, "hoi-dong", council)
    finally:
        qapp.removeTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.Vietnamese))
    assert errors[-1][1].splitlines() == [
        "Row 2, column C (Vai trò): 'trưởng nhóm' is not valid; use one of: Chair, Vice-chair, Secretary, Member",
        "Row 3, column A (Họ và tên): the full name is missing"]
