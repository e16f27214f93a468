"""Packages, backups, the database and the workspace folder refuse in the interface's language
(issue 18, point 3): each refusal below is raised through the real code path, carries its
code, reads in Vietnamese on the command line and in English in the English window — with
the problems listed inside it (an entry name's fault, a manifest's missing fields, the signs
of a lost database) in English too, not a Vietnamese sentence inside an English one."""
from __future__ import annotations

import io
import json
import random
import re
import sqlite3
import zipfile

import pytest

from plandesk.domain.messages import CodedError, Listing, Message
from plandesk.gui import messages
from plandesk.services.transfer import read_passphrase
from plandesk.storage.location import check_path_length
from plandesk.storage.workspace import open_workspace
from plandesk.transfer.pack import seal_zip
from plandesk.transfer.parts import join_parts

# the letters only Vietnamese has (with their tone marks), and đ
VIETNAMESE = re.compile("[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]", re.IGNORECASE)
PART = 300 * 1024   # small parts: a package of a few hundred KiB comes in several


def _package(services, dossier, tmp_path, **options):
    evidence = tmp_path / "nghi-quyet.bin"
    evidence.write_bytes(random.Random(18).randbytes(800_000))   # does not compress: enough to cut in parts
    services.evidence.attach(dossier.id, "I.1", [evidence])
    out = tmp_path / "goi.plandesk"
    services.transfer.pack(dossier.id, out, **options)
    return out


def _hand_made(tmp_path, entries: dict[str, bytes]):
    """A ZIP ending as PlanDesk packages do (whole-file digest), holding what a test wants."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    path = tmp_path / "tu-lam.plandesk"
    path.write_bytes(seal_zip(buffer.getvalue()))
    return path


def name_not_for_windows(services, dossier, tmp_path):
    services.transfer.pack(dossier.id, tmp_path / "CON.plandesk")


def output_in_workspace(services, dossier, tmp_path):
    services.transfer.pack(dossier.id, services.folder.root / "plandesk.sqlite")


def document_not_found(services, dossier, tmp_path):
    services.transfer.pack(dossier.id, tmp_path / "goi.plandesk", documents=[tmp_path / "khong-co.pdf"])


def part_size_too_small(services, dossier, tmp_path):
    services.transfer.pack(dossier.id, tmp_path / "goi.plandesk", part_size=2000)


def passphrase_empty(services, dossier, tmp_path):
    services.transfer.pack(dossier.id, tmp_path / "goi.plandesk", passphrase="")


def part_missing(services, dossier, tmp_path):
    out = _package(services, dossier, tmp_path, part_size=PART)
    (tmp_path / "goi.plandesk.002").unlink()
    services.transfer.inspect(out)


def part_damaged(services, dossier, tmp_path):
    out = _package(services, dossier, tmp_path, part_size=PART)
    part = tmp_path / "goi.plandesk.002"
    data = bytearray(part.read_bytes())
    data[-100] ^= 0xFF
    part.write_bytes(bytes(data))
    services.transfer.inspect(out)


def parts_not_found(services, dossier, tmp_path):
    join_parts(tmp_path / "goi.plandesk", io.BytesIO())   # the reader looks for the parts first


def decision_invalid(services, dossier, tmp_path):
    out = _package(services, dossier, tmp_path)
    services.transfer.unpack(out, on_conflict="lay-het")


def entry_unsafe(services, dossier, tmp_path):
    services.transfer.inspect(_hand_made(tmp_path, {"minh-chung/../../thoat-ra.txt": b"x"}))


def manifest_damaged(services, dossier, tmp_path):
    manifest = json.dumps({"format": "plandesk-package", "format_version": 1, "year": 1900}).encode()
    services.transfer.inspect(_hand_made(tmp_path, {"manifest.json": manifest}))


def passphrase_file_empty(services, dossier, tmp_path):
    empty = tmp_path / "mat-khau.txt"
    empty.write_text("\n", encoding="utf-8")
    read_passphrase(empty)


def backup_not_a_folder(services, dossier, tmp_path):
    file = tmp_path / "o-usb.txt"
    file.write_text("không phải thư mục", encoding="utf-8")
    services.backup.full_backup(file)


def backup_content_unreadable(services, dossier, tmp_path):
    copy = tmp_path / "sao-chep.sqlite"
    source = sqlite3.connect(services.folder.root / "plandesk.sqlite")
    with sqlite3.connect(copy) as target:
        source.backup(target)
        target.execute("UPDATE assessments SET status = 'gan_dat' WHERE code = 'I.1'")
    source.close()
    target.close()
    services.backup.restore(copy)


def no_server_to_remember(services, dossier, tmp_path):
    services.database.remember()


def address_not_postgresql(services, dossier, tmp_path):
    open_workspace(tmp_path / "chung", database="mysql://may-chu/plandesk")


def foreign_database(services, dossier, tmp_path):
    folder = tmp_path / "khac"
    folder.mkdir()
    with sqlite3.connect(folder / "plandesk.sqlite") as con:
        con.execute("CREATE TABLE hang_hoa (ten TEXT)")
    con.close()
    open_workspace(folder)


def move_target_not_empty(services, dossier, tmp_path):
    target = tmp_path / "noi-moi"
    target.mkdir()
    (target / "ghi-chu.txt").write_text("đã có", encoding="utf-8")
    services.folder.move(target)


def path_too_long(services, dossier, tmp_path):
    check_path_length("C:\\" + "thư mục rất dài\\" * 20, 40, windows=True)


REFUSALS = [
    ("package.name_not_for_windows", name_not_for_windows),
    ("workspace.output_refused", output_in_workspace),
    ("package.document_not_found", document_not_found),
    ("package.part_size_too_small", part_size_too_small),
    ("package.passphrase_empty", passphrase_empty),
    ("package.part_missing", part_missing),
    ("package.part_digest_mismatch", part_damaged),
    ("package.parts_not_found", parts_not_found),
    ("package.decision_invalid", decision_invalid),
    ("package.entry_unsafe", entry_unsafe),
    ("package.manifest_damaged", manifest_damaged),
    ("package.passphrase_file_empty", passphrase_file_empty),
    ("backup.not_a_folder", backup_not_a_folder),
    ("backup.content_unreadable", backup_content_unreadable),
    ("database.no_server_to_remember", no_server_to_remember),
    ("database.address_not_postgresql", address_not_postgresql),
    ("workspace.foreign_database", foreign_database),
    ("move.target_not_empty", move_target_not_empty),
    ("storage.path_too_long", path_too_long),
]


def _data(value) -> list[str]:
    """The values a message was given (names, paths, what the system said), nested ones too."""
    if isinstance(value, Message):
        return [item for param in value.params.values() for item in _data(param)]
    if isinstance(value, Listing):
        return [item for part in value.items for item in _data(part)]
    return [str(value)]


def _without_data(text: str, message: Message) -> str:
    for value in sorted(_data(message), key=len, reverse=True):
        text = text.replace(value, "")
    return text


@pytest.mark.parametrize("code, refuse", REFUSALS, ids=[code for code, _ in REFUSALS])
def test_a_refusal_reads_in_the_interface_language(qapp, services, dossier, tmp_path, code, refuse, in_english):
    with pytest.raises(CodedError) as caught:
        refuse(services, dossier, tmp_path)
    error = caught.value
    assert error.code == code, str(error)
    vietnamese = str(error)                               # the command line and the log
    assert VIETNAMESE.search(vietnamese) and messages.describe(error) == vietnamese
    with in_english():
        english = messages.describe(error)
    assert english != vietnamese
    assert error.message is not None
    assert not VIETNAMESE.search(_without_data(english, error.message)), english


def test_problems_inside_a_refusal_are_messages_too(services, dossier, tmp_path):
    """A manifest's problems, a name's fault: each a coded message, not a Vietnamese text."""
    with pytest.raises(CodedError) as caught:
        manifest_damaged(services, dossier, tmp_path)
    problems = caught.value.params["problems"]
    assert isinstance(problems, Listing) and all(isinstance(p, Message) for p in problems.items)
    assert {p.code for p in problems.items} >= {"package.manifest_year", "package.manifest_no_files"}
    with pytest.raises(CodedError) as caught:
        entry_unsafe(services, dossier, tmp_path)
    problem = caught.value.params["problem"]
    assert isinstance(problem, Message) and problem.code == "package.name_dots"


def test_a_shared_server_refusal_reads_in_english_with_its_cause(qapp, postgres_server, tmp_path, in_english):
    """A wrong password on the shared server: the server's name and the cause are messages,
    so the English window says all of it in English (runs when a test server is given)."""
    from plandesk.storage.engine import database_url

    wrong = database_url(postgres_server).set(password="sai-mat-khau").render_as_string(hide_password=False)
    with pytest.raises(CodedError) as caught:
        open_workspace(tmp_path / "chung", database=wrong)
    error = caught.value
    assert error.code == "database.server_unavailable" and error.message is not None
    assert {error.params["server"].code, error.params["problem"].code} == {"database.server",
                                                                           "database.server_wrong_password"}
    with in_english():
        english = messages.describe(error)
    assert "wrong user name" in english and "PostgreSQL server" in english
    assert not VIETNAMESE.search(_without_data(english, error.message)), english


def test_the_import_preview_names_each_change_in_the_interface_language(qapp, services, dossier, tmp_path, in_english):
    """What a package would change (the import dialog's list): each record and each category is a
    message, so the English window says "criterion I.1 — new", not "tiêu chí I.1 — mới"."""
    from plandesk.domain.messages import msg
    from plandesk.services import Services

    doc = tmp_path / "nghi-quyet.txt"
    doc.write_text("Nghị quyết về an ninh", encoding="utf-8")
    services.evidence.attach(dossier.id, "I.1", [doc])
    package = services.transfer.pack(dossier.id, tmp_path / "goi.plandesk").paths[0]
    other = Services.build(open_workspace(tmp_path / "other"), user="thẩm định")
    try:
        report = other.transfer.inspect(package)
    finally:
        other.close()
    shown = [(change.label, msg(f"import.category.{change.category}")) for change in report.changes]
    vietnamese = [(messages.describe(label), messages.describe(category)) for label, category in shown]
    assert ("tiêu chí I.1", "mới") in vietnamese and ("tài liệu “nghi-quyet.txt”", "mới") in vietnamese
    with in_english():
        english = [(messages.describe(label), messages.describe(category)) for label, category in shown]
    assert ("criterion I.1", "new") in english and ("document “nghi-quyet.txt”", "new") in english
    # the data stays as written (a deadline's title, a document's name, between quotes)
    words = [re.sub(r"“[^”]*”", "", " ".join(pair)) for pair in english]
    assert not [w for w in words if VIETNAMESE.search(w)], words
