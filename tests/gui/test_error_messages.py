"""The English interface shows no Vietnamese error (issue 18, point 3): every message of the
catalogue has an English translation with the same parameters, refused actions raised through
the real services read in English in the English window and in Vietnamese otherwise, and a
refusal shown by the window itself is English."""
from __future__ import annotations

import datetime as dt
import os
import re
import socket

import pytest
from PySide6.QtCore import QCoreApplication

from plandesk.domain.access import Role
from plandesk.domain.dossier import CouncilMember, Status
from plandesk.domain.framework import parse_framework
from plandesk.domain.messages import CONTEXT, TEXTS, CodedError, Listing, Message, placeholders
from plandesk.gui import messages
from plandesk.services import Services
from plandesk.services.demo import create_demo
from plandesk.storage.lock import LOCK_NAME, LockInfo
from plandesk.storage.workspace import open_workspace

PASSWORD = "mật-khẩu-đủ-dài"
# the letters only Vietnamese has (with their tone marks), and đ
VIETNAMESE = re.compile("[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]", re.IGNORECASE)


@pytest.fixture
def english(in_english):
    with in_english():
        yield


@pytest.mark.parametrize("code", sorted(TEXTS))
def test_every_message_has_an_english_translation_with_the_same_parameters(english, code):
    source = TEXTS[code]
    translated = QCoreApplication.translate(CONTEXT, source)
    assert translated != source and translated.strip()
    assert not VIETNAMESE.search(translated), translated
    assert placeholders(translated) == placeholders(source)
    values = {name: f"<{name}>" for name in placeholders(source)}
    shown = messages.describe(Message(code, values))
    assert all(value in shown for value in values.values())


def _office(services, dossier):
    services.accounts.create("lanhdao", "Nguyễn Văn Lãnh", Role.LANH_DAO, PASSWORD)
    services.accounts.create("canbo", "Trần Thị Cán", Role.CAN_BO, PASSWORD)
    services.accounts.sign_out()
    return dossier.id


def sign_in_needed(services, dossier, tmp_path):
    dossier_id = _office(services, dossier)
    services.dossiers.update_assessment(dossier_id, "I.1", result="Đã ban hành nghị quyết")


def role_refused(services, dossier, tmp_path):
    dossier_id = _office(services, dossier)
    services.accounts.sign_in("canbo", PASSWORD)
    services.dossiers.update_assessment(dossier_id, "I.1", status=Status.DAT, explanation="Có nghị quyết")


def sealed(services, dossier, tmp_path):
    dossier_id = _office(services, dossier)
    services.accounts.sign_in("lanhdao", PASSWORD)
    services.seals.finalise(dossier_id)
    services.dossiers.update_assessment(dossier_id, "I.2", result="Sửa sau khi chốt")


def wrong_password(services, dossier, tmp_path):
    _office(services, dossier)
    services.accounts.sign_in("lanhdao", "mật khẩu sai")


def decision_without_evidence(services, dossier, tmp_path):
    services.dossiers.update_assessment(dossier.id, "I.1", status=Status.DAT)


def evidence_file_not_found(services, dossier, tmp_path):
    services.evidence.attach(dossier.id, "I.1", [tmp_path / "khong-co.pdf"])


def finalise_a_changed_file(services, dossier, tmp_path):
    """A stored evidence file changed behind PlanDesk's back: finalising is refused, each file's
    problem in the sentence's language."""
    doc = tmp_path / "nghi-quyet.txt"
    doc.write_text("Nghị quyết về an ninh", encoding="utf-8")
    stored = services.evidence.attach(dossier.id, "I.1", [doc])[0].evidence
    path = services.workspace.store.path_for(stored.sha256)
    path.chmod(0o644)
    path.write_text("đã bị sửa", encoding="utf-8")
    services.seals.finalise(dossier.id)


def criterion_not_found(services, dossier, tmp_path):
    doc = tmp_path / "nghi-quyet.txt"
    doc.write_text("Nghị quyết", encoding="utf-8")
    services.evidence.attach(dossier.id, "IX.9", [doc])


def package_not_zip(services, dossier, tmp_path):
    bad = tmp_path / "goi.plandesk"
    bad.write_bytes(b"day khong phai goi PlanDesk" * 40)
    services.transfer.inspect(bad)


def package_tampered(services, dossier, tmp_path):
    out = tmp_path / "goi.plandesk"
    services.transfer.pack(dossier.id, out)
    data = bytearray(out.read_bytes())
    data[len(data) // 2] ^= 0xFF
    out.write_bytes(bytes(data))
    services.transfer.inspect(out)


def package_wrong_passphrase(services, dossier, tmp_path):
    out = tmp_path / "goi.plandesk"
    services.transfer.pack(dossier.id, out, passphrase="mật khẩu đúng")
    services.transfer.inspect(out, passphrase="mật khẩu sai")


def backup_foreign(services, dossier, tmp_path):
    other = tmp_path / "ghi-chu.txt"
    other.write_text("không phải bản sao lưu", encoding="utf-8")
    services.backup.describe(other)


def backup_not_found(services, dossier, tmp_path):
    services.backup.describe(tmp_path / "khong-co.zip")


def workspace_in_use(services, dossier, tmp_path):
    root = tmp_path / "dang-dung"
    root.mkdir()
    now = dt.datetime.now().replace(microsecond=0)
    other = LockInfo(os.getpid() + 1, socket.gethostname() + "-khac", "Nguyễn Văn B", "PlanDesk", now, now, "x" * 32)
    (root / LOCK_NAME).write_text(other.to_json(), encoding="utf-8")
    open_workspace(root)


def database_lost(services, dossier, tmp_path):
    root = tmp_path / "mat-dien"
    (root / "evidence" / "ab").mkdir(parents=True)
    (root / "evidence" / "ab" / ("ab" * 32)).write_bytes(b"minh chung")
    (root / "plandesk.sqlite").write_bytes(b"")
    open_workspace(root)


def framework_invalid(services, dossier, tmp_path):
    parse_framework({"id": "thu", "title": "Bộ thử"}, "bo-thu.toml")


def _data(message: Message | Listing) -> list[str]:
    """The values a message was given (the names, paths, texts from the data), nested ones too."""
    values: list[str] = []
    for value in (message.params.values() if isinstance(message, Message) else message.items):
        values += _data(value) if isinstance(value, (Message, Listing)) else [str(value)]
    return values


def _codes(message: Message | Listing) -> set[str]:
    """The codes of a message and of the messages it holds."""
    found = {message.code} if isinstance(message, Message) else set()
    for value in (message.params.values() if isinstance(message, Message) else message.items):
        if isinstance(value, (Message, Listing)):
            found |= _codes(value)
    return found


def _without_data(text: str, message: Message | None) -> str:
    for value in sorted(_data(message) if message is not None else [], key=len, reverse=True):
        text = text.replace(value, "")
    return text


REFUSALS = [
    ("access.sign_in_needed", sign_in_needed),
    ("access.role_refused", role_refused),
    ("access.sealed", sealed),
    ("account.sign_in_failed_tries_left", wrong_password),
    ("assessment.decision_needs_evidence", decision_without_evidence),
    ("evidence.file_not_found", evidence_file_not_found),
    ("criterion.not_found", criterion_not_found),
    ("package.not_zip", package_not_zip),
    ("package.digest_mismatch", package_tampered),
    ("package.wrong_passphrase", package_wrong_passphrase),
    ("backup.foreign", backup_foreign),
    ("backup.not_found", backup_not_found),
    ("lock.in_use", workspace_in_use),
    ("workspace.damaged_no_backup", database_lost),
    ("framework.invalid", framework_invalid),
]


@pytest.mark.parametrize("code, refuse", REFUSALS, ids=[code for code, _ in REFUSALS])
def test_a_refused_action_reads_in_the_interface_language(qapp, services, dossier, tmp_path, code, refuse, in_english):
    with pytest.raises(CodedError) as caught:
        refuse(services, dossier, tmp_path)
    error = caught.value
    assert error.code == code
    vietnamese = str(error)                               # the command line and the log
    assert VIETNAMESE.search(vietnamese) and messages.describe(error) == vietnamese
    with in_english():
        english = messages.describe(error)
    assert english != vietnamese
    # what is left Vietnamese is what the user typed or the data holds (names, a framework
    # file's own problems), never the sentence
    assert not VIETNAMESE.search(_without_data(english, error.message)), english


def test_the_english_window_shows_a_refused_change_in_english(open_window, english):
    """A leader edits while the dossier was finalised from another place (the command line, a
    second PC on a shared server): the refusal under the decision is in English."""
    window = open_window(start=False)
    create_demo(window.ctx.services)
    window.ctx.services.accounts.create("lanhdao", "Nguyễn Văn Lãnh", Role.LANH_DAO, PASSWORD)
    window.start()
    assert window.menuBar().actions()[0].text() == "&File"
    window.select_criterion("I.2")
    elsewhere = Services.build(window.ctx.services.workspace, "")
    elsewhere.accounts.sign_in("lanhdao", PASSWORD)
    elsewhere.seals.finalise(window.ctx.dossier_id)
    view = window.criterion
    view.result.setPlainText("Bổ sung sau khi chốt")
    view.flush()
    shown = view.error.text()
    assert shown.startswith("The dossier was finalised for submission (on ")
    assert not VIETNAMESE.search(shown.replace("Nguyễn Văn Lãnh", "")), shown
    assert window.ctx.services.dossiers.assessment(window.ctx.dossier_id, "I.2").result != "Bổ sung sau khi chốt"


# -- refusals of typed values, exports, spreadsheets and the command line: each raised through
# the real service, the message and the ones it holds (a value's problem inside the refusal
# that names the criterion, a spreadsheet's cell problems) read in the interface's language
def value_not_a_number(services, dossier, tmp_path):
    services.dossiers.update_assessment(dossier.id, "I.3", values={"cach_lam_hay": "mười hai"})


def value_not_a_date(services, dossier, tmp_path):
    services.dossiers.update_assessment(dossier.id, "I.2", values={"nghi_quyet_dang_uy": "đầu quý I"})


def value_unknown_figure(services, dossier, tmp_path):
    services.dossiers.update_assessment(dossier.id, "I.1", values={"khong_co": "1"})


def status_unknown(services, dossier, tmp_path):
    services.dossiers.update_assessment(dossier.id, "I.1", status="gần đạt")


def text_too_long(services, dossier, tmp_path):
    services.dossiers.update_assessment(dossier.id, "I.1", result="rất dài " * 5000)


def year_invalid(services, dossier, tmp_path):
    services.dossiers.create(dossier.unit, 1999, "xa-dien-hinh-antq")


def dossier_exists(services, dossier, tmp_path):
    services.dossiers.create(dossier.unit, dossier.year, "xa-dien-hinh-antq")


def framework_not_found(services, dossier, tmp_path):
    services.dossiers.create(dossier.unit, 2025, "bo-khong-co")


def council_name_empty(services, dossier, tmp_path):
    member_id = services.dossiers.add_member(dossier.id, CouncilMember("Nguyễn Văn An", "Chủ tịch UBND xã"))
    services.dossiers.update_member(dossier.id, CouncilMember("  ", "Chủ tịch UBND xã", id=member_id))


def settings_invalid(services, dossier, tmp_path):
    services.dossiers.update_settings(dossier.id, dates={"to_trinh": "31/02/2024"})


def settings_unknown(services, dossier, tmp_path):
    services.dossiers.update_settings(dossier.id, khong_co="1")


def criterion_not_in_dossier(services, dossier, tmp_path):
    services.dossiers.preview(dossier.id, "IX.9", {})


def export_unknown_document(services, dossier, tmp_path):
    services.export.document(dossier.id, "khong-co")


def export_format_invalid(services, dossier, tmp_path):
    services.export.export(dossier.id, ["to-trinh"], "odt", tmp_path)


def export_bundle_pdf_only(services, dossier, tmp_path):
    services.export.export(dossier.id, ["ho-so-minh-chung"], "docx", tmp_path)


def rollup_no_dossiers(services, dossier, tmp_path):
    services.rollup.rollup(1999)


def rollup_filter_invalid(services, dossier, tmp_path):
    services.rollup.rollup(dossier.year, result="mot-nua")


def issued_number_and_date_needed(services, dossier, tmp_path):
    services.issued.issue(dossier.id, "to-trinh")


def evidence_not_found(services, dossier, tmp_path):
    services.evidence.get(dossier.id, 999)


def sheet_not_found(services, dossier, tmp_path):
    services.spreadsheets.import_council(dossier.id, tmp_path / "khong-co.xlsx")


def sheet_not_excel(services, dossier, tmp_path):
    bad = tmp_path / "hoi-dong.xlsx"
    bad.write_text("không phải Excel", encoding="utf-8")
    services.spreadsheets.import_council(dossier.id, bad)


def sheet_errors(services, dossier, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Họ và tên", "Chức vụ", "Vai trò"])
    sheet.append(["Nguyễn Văn An", "Bí thư Đảng ủy", "Chủ tịch"])
    sheet.append(["Trần Thị Bình", "Chủ tịch UBND xã", "Chủ tịch"])
    sheet.append(["", "Trưởng Công an xã", "Ủy viên danh dự"])
    book.save(tmp_path / "hoi-dong.xlsx")
    services.spreadsheets.import_council(dossier.id, tmp_path / "hoi-dong.xlsx")


def to_trinh_refused(services, dossier, tmp_path):
    services.export.document(dossier.id, "to-trinh")


def demo_state_unknown(services, dossier, tmp_path):
    create_demo(services, "nua-chung")


def cli_account_unknown(services, dossier, tmp_path):
    from plandesk.cli.accounts import _account_id

    _account_id(services, "khong.co")


def framework_problems(services, dossier, tmp_path):
    parse_framework({"format": 1, "id": "bo-thu", "version": "1", "title": "Bộ thử",
                     "groups": ["nhóm", {"code": "I", "title": "Nhóm một", "size": 500}],
                     "criteria": [{"code": "I.1", "short_title": "Quán triệt", "text": "Tổ chức quán triệt",
                                   "each_year": {"Quý I/2024": "Quý I"},
                                   "conditions": [{"id": "hop", "label": "Họp", "kind": "date_within",
                                                   "start": "12-01", "end": "01-01"}]}]}, "bo-thu.toml")


MORE_REFUSALS = [
    (("framework.invalid", "framework.nth_group", "framework.not_table", "framework.at_group",
      "framework.field_out_of_range", "framework.at_criterion", "framework.each_year_no_year",
      "framework.at_condition", "framework.start_after_end"), framework_problems),
    (("assessment.value_refused", "value.not_number"), value_not_a_number),
    (("assessment.value_refused", "value.not_date"), value_not_a_date),
    (("assessment.value_unknown",), value_unknown_figure),
    (("status.unknown",), status_unknown),
    (("input.refused", "field.result", "text.too_long"), text_too_long),
    (("dossier.year_invalid",), year_invalid),
    (("dossier.exists",), dossier_exists),
    (("framework.not_found",), framework_not_found),
    (("council.name_needed",), council_name_empty),
    (("settings.invalid", "date.not_real"), settings_invalid),
    (("settings.unknown",), settings_unknown),
    (("criterion.not_in_dossier",), criterion_not_in_dossier),
    (("export.unknown_document",), export_unknown_document),
    (("export.format_invalid",), export_format_invalid),
    (("export.bundle_pdf_only",), export_bundle_pdf_only),
    (("rollup.no_dossiers",), rollup_no_dossiers),
    (("rollup.filter_invalid",), rollup_filter_invalid),
    (("issued.number_and_date_needed",), issued_number_and_date_needed),
    (("evidence.not_in_dossier",), evidence_not_found),
    (("sheet.not_found",), sheet_not_found),
    (("sheet.not_excel",), sheet_not_excel),
    (("sheet.errors", "sheet.cell_problem", "sheet.role_taken", "council_role.chu_tich", "sheet.role_invalid",
      "sheet.name_missing"), sheet_errors),
    (("document.to_trinh_refused_offer", "blocker.not_assessed", "blocker.criterion", "document.offer_bao_cao"),
     to_trinh_refused),
    (("seal.files_damaged", "evidence.stored_file_changed"), finalise_a_changed_file),
    (("demo.state_unknown",), demo_state_unknown),
    (("cli.account_unknown",), cli_account_unknown),
]


@pytest.mark.parametrize("codes, refuse", MORE_REFUSALS, ids=[codes[0] for codes, _ in MORE_REFUSALS])
def test_a_refused_value_reads_in_the_interface_language(qapp, services, dossier, tmp_path, codes, refuse, in_english):
    with pytest.raises(CodedError) as caught:
        refuse(services, dossier, tmp_path)
    error = caught.value
    assert error.message is not None and error.code == codes[0]
    assert set(codes) <= _codes(error.message)
    vietnamese = str(error)
    assert VIETNAMESE.search(vietnamese) and messages.describe(error) == vietnamese
    with in_english():
        english = messages.describe(error)
    assert english != vietnamese
    assert not VIETNAMESE.search(_without_data(english, error.message)), english


def test_a_value_being_typed_is_refused_in_the_interface_language(qapp, services, dossier, in_english):
    """While the officer types, the values that cannot be read are shown under their field: in
    English in the English window, the value itself as typed."""
    _, problems = services.dossiers.preview(dossier.id, "III.5", {"ho_so_pccc.done": "mười", "ho_so_pccc.total": "7,5"})
    assert set(problems) == {"ho_so_pccc.done", "ho_so_pccc.total"}
    assert messages.describe(problems["ho_so_pccc.total"]) == "'7,5' phải là số nguyên"
    with in_english():
        shown = {name: messages.describe(problem) for name, problem in problems.items()}
    assert shown == {"ho_so_pccc.done": "'mười' is not a number", "ho_so_pccc.total": "'7,5' must be a whole number"}


def test_the_english_window_gives_the_reason_of_a_suggestion_in_english(open_window, english):
    """Why a criterion is suggested Đạt or not reads in English in the English window: only the
    framework's own words (the conditions' labels, the events' names) stay as written."""
    window = open_window(start=False)
    create_demo(window.ctx.services)
    window.start()
    dossier_id, dossiers = window.ctx.dossier_id, window.ctx.services.dossiers
    framework = dossiers.framework(dossier_id)
    for code in ("I.2", "II.3", "III.3", "III.5", "III.14"):
        window.select_criterion(code)
        shown = window.criterion.suggestion.text()
        assert shown.startswith("Suggestion: "), shown
        words = [c.label for c in framework.criterion(code).conditions]
        words += [e.label for c in framework.criterion(code).conditions for e in c.events]
        for word in sorted(words, key=len, reverse=True):
            shown = shown.replace(word, "")
        assert not VIETNAMESE.search(shown), (code, shown)
    assert "(required below 1,5 %)" in window.criterion.suggestion.text()     # III.14, the last one shown
