"""Hostile packages, settings and input (issue 14, points 4, 6, 7, 9-12): each case of the
review is refused with a message naming the field (exit 2 on the command line) or cleaned at
the boundary, nothing moves before the data is checked, and a property-based test generates
hostile packages and settings beyond these. The figures (cases tried, handled, failed) are
printed at the end of the module (``-s``) and written to $PLANDESK_HOSTILE_COUNTS if set."""
from __future__ import annotations

import copy
import hashlib
import io
import json
import os
import shutil
import subprocess
import sys
import zipfile
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from sqlalchemy import text

from plandesk.domain.dossier import DocumentSettings
from plandesk.services import InvalidInput, ServiceError
from plandesk.services.evidence import EvidenceFilesMissing
from plandesk.services.export import ExportService
from plandesk.storage import backup as backup_files
from plandesk.transfer.pack import seal_zip

from .conftest import make_services, workspace_digest

ROOT = Path(__file__).resolve().parents[2]
CURRENT = "vu_pham_toi_trat_tu_xa_hoi.current"   # a number of criterion III.3
COUNTS: Counter = Counter()


@pytest.fixture(scope="module", autouse=True)
def _figures():
    yield
    outcomes = ", ".join(f"{k} {v}" for k, v in sorted(COUNTS.items()) if k not in ("tried", "handled"))
    line = (f"hostile cases tried: {COUNTS['tried']}, handled (refused or cleaned, nothing lost): "
            f"{COUNTS['handled']}, failed: {COUNTS['tried'] - COUNTS['handled']} ({outcomes})")
    print(f"\n{line}")
    target = os.environ.get("PLANDESK_HOSTILE_COUNTS")
    if target:
        with open(target, "a", encoding="utf-8") as handle:
            handle.write(f"{Path(__file__).name}: {json.dumps(dict(COUNTS))}\n")


def _handled() -> None:
    COUNTS["handled"] += 1


def _tried() -> None:
    COUNTS["tried"] += 1


def run(workspace: Path, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONIOENCODING="utf-8")
    return subprocess.run([sys.executable, "-m", "plandesk", "--data", str(workspace), *args], capture_output=True,
                          text=True, encoding="utf-8", env=env, timeout=120)


def forge(package: Path, out: Path, edit, entry: str = "dossier.json") -> Path:
    """The package with its data edited and everything else made right again (manifest
    sizes and hashes, the whole-file digest): only the data is hostile."""
    with zipfile.ZipFile(package) as archive:
        items = [(info, archive.read(info)) for info in archive.infolist()]
    data = {info.filename: body for info, body in items}
    value = json.loads(data[entry])
    result = edit(value)
    data[entry] = result if isinstance(result, bytes) else json.dumps(value, ensure_ascii=False).encode()
    manifest = json.loads(data["manifest.json"])
    manifest["files"] = [{"path": n, "size": len(b), "sha256": hashlib.sha256(b).hexdigest()}
                         for n, b in data.items() if n != "manifest.json"]
    data["manifest.json"] = json.dumps(manifest, ensure_ascii=False).encode()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for info, _ in items:
            archive.writestr(info, data[info.filename])
    out.write_bytes(seal_zip(buffer.getvalue()))
    return out


def _store(services) -> list[str]:
    return sorted(p.name for p in (services.workspace.root / "evidence").rglob("*") if p.is_file())


def _refused(target, forged: Path, *words: str) -> None:
    before, store = workspace_digest(target), _store(target)
    with pytest.raises(ServiceError) as info:
        target.transfer.unpack(forged)
    message = str(info.value)
    assert all(w in message for w in words), message
    assert workspace_digest(target) == before and _store(target) == store   # nothing moved, no orphan


@pytest.fixture
def target(tmp_path):
    s = make_services(tmp_path / "tham-dinh", "Ban Chỉ đạo")
    yield s
    s.close()


def _deep(depth: int):
    value = 0
    for _ in range(depth):
        value = [value]
    return value


# -- point 6 and 10: mistyped and crafted data, refused before anything moves --------------------
def _at(path: str, value):
    """Set ``value`` at a dotted path of dossier.json (``assessments.0.position``)."""
    def edit(data):
        *head, last = path.split(".")
        node = data
        for key in head:
            node = node[int(key)] if isinstance(node, list) else node[key]
        if isinstance(node, list):
            node[int(last)] = value
        else:
            node[last] = value
    return edit


CRAFTED = {
    # name: (where, value, words the refusal names)
    "numbers as a list": ("dossier.settings.numbers", [1, 2], ("settings.numbers",)),
    "meeting null": ("dossier.settings.meeting", None, ("settings.meeting",)),
    "texts as a string": ("dossier.settings.texts", "x", ("settings.texts",)),
    "recipients as a number": ("dossier.settings.recipients", 12345, ("settings.recipients",)),
    "impossible date": ("dossier.settings.dates", {"to_trinh": "2024-02-30"}, ("dates.to_trinh",)),
    "votes as words": ("dossier.settings.meeting", {"votes_for": "nhiều"}, ("votes_for",)),
    "settings as a string": ("dossier.settings", "chuỗi", ("settings",)),
    "position 2**70": ("assessments.0.position", 2 ** 70, ("assessments[0].position",)),
    "size 2**70": ("evidence.0.size", 2 ** 70, ("evidence[0].size",)),
    "sort order -2**70": ("council.0.sort_order", -2 ** 70, ("council[0].sort_order",)),
    "position as a string": ("assessments.0.position", "1", ("assessments[0].position",)),
    "year 10**30": ("dossier.year", 10 ** 30, ("chữ số vượt giới hạn",)),
    "year 3000": ("dossier.year", 3000, ("dossier.year",)),
    "date in year 9999": ("deadlines.0.due_on", "9999-12-31", ("deadlines[0].due_on",)),
    "value 1e400 as text": ("assessments.20.values", {"x": "1e400"}, ("không có trong bộ tiêu chí",)),
    "values nested 900 deep": ("assessments.0.values", _deep(900), ("lồng nhau",)),
    "settings nested 900 deep": ("dossier.settings.texts", {"a": _deep(900)}, ("lồng nhau",)),
    "result of 5 MB in one word": ("assessments.0.result",
                                   "".join(__import__("random").Random(14).choices("abcdefghijklmnopqrstuvwxyz",
                                                                                    k=5_000_000)),
                                   ("assessments[0].result",)),
    "result of 10 MB that compresses": ("assessments.0.result", "A" * 10_000_000, ("bom ZIP",)),
    "explanation too long": ("assessments.0.explanation", "chữ " * 10_000, ("assessments[0].explanation",)),
    "name of a thousand characters": ("unit.name", "Xã " * 400, ("unit.name",)),
    "history value not a string": ("history.0.new_value", {"a": 1}, ("history[0].new_value",)),
}


@pytest.mark.parametrize("case", list(CRAFTED))
def test_crafted_data_is_refused_naming_the_field_and_nothing_moves(case, package, target, tmp_path):
    _tried()
    where, value, words = CRAFTED[case]
    forged = forge(package, tmp_path / "hong.plandesk", _at(where, value))
    _refused(target, forged, *words)
    _handled()


def test_a_huge_number_in_the_values_is_refused(package, target, tmp_path):
    _tried()

    def edit(data):
        a = next(a for a in data["assessments"] if a["code"] == "III.3")
        a["values"]["vu_pham_toi_trat_tu_xa_hoi.current"] = 10 ** 20
    _refused(target, forge(package, tmp_path / "so-lon.plandesk", edit), "III.3", "quá lớn")
    _refused(target, forge(package, tmp_path / "rat-lon.plandesk", _at("assessments.0.position", 10 ** 40)),
             "chữ số vượt giới hạn")
    raw = lambda data: json.dumps(data).replace('"review_status": "chua_xem"', '"review_status": 1e400',  # noqa: E731
                                                1).encode()
    _refused(target, forge(package, tmp_path / "vo-han.plandesk", raw), "không đọc được")
    _handled()


def test_a_part_header_with_sizes_as_strings_is_refused(commune, target, tmp_path):
    _tried()
    folder = tmp_path / "phan"
    folder.mkdir()
    result = commune.transfer.pack(1, folder / "goi.plandesk", part_size=200 * 1024)
    assert len(result.paths) > 1
    first = result.paths[0]
    raw = first.read_bytes()
    length = int.from_bytes(raw[8:12], "big")
    header = json.loads(raw[12:12 + length])
    header["sizes"] = [str(n) for n in header["sizes"]]
    new = json.dumps(header).encode()
    first.write_bytes(raw[:8] + len(new).to_bytes(4, "big") + new + raw[12 + length:])
    before = workspace_digest(target)
    with pytest.raises(ServiceError, match="Phần đầu"):
        target.transfer.unpack(folder / "goi.plandesk")
    # the same values written another way (spaces): an altered header too
    header["sizes"] = [int(n) for n in header["sizes"]]
    spaced = json.dumps(header, indent=1).encode()
    first.write_bytes(raw[:8] + len(spaced).to_bytes(4, "big") + spaced + raw[12 + length:])
    with pytest.raises(ServiceError, match="Phần đầu"):
        target.transfer.unpack(folder / "goi.plandesk")
    assert workspace_digest(target) == before
    _handled()


# -- point 11: the whole file, plain packages too ---------------------------------------------------
def _local_header(data: bytes) -> int:
    return data.index(b"PK\x03\x04")


def _central(data: bytes) -> int:
    return data.rindex(b"PK\x01\x02")


def _end(data: bytes) -> int:
    return data.rindex(b"PK\x05\x06")


ALTERATIONS = {
    "local header time": lambda d: _flip(d, _local_header(d) + 10),
    "local header CRC": lambda d: _flip(d, _local_header(d) + 14),
    "local header sizes": lambda d: _flip(d, _local_header(d) + 18),
    "local header extra length": lambda d: _flip(d, _local_header(d) + 28),
    "central directory time": lambda d: _flip(d, _central(d) + 12),
    "central directory version": lambda d: _flip(d, _central(d) + 4),
    "central directory attributes": lambda d: _flip(d, _central(d) + 38),
    "end record disk number": lambda d: _flip(d, _end(d) + 4),
    "digest itself": lambda d: d[:-1] + (b"0" if d[-1:] != b"0" else b"1"),
    "one byte appended": lambda d: d + b"\0",
    "a page appended": lambda d: d + os.urandom(4096),
    "bytes prepended": lambda d: b"MZ" + d,
    "a copy of the end appended": lambda d: d + d[-102:],
    "digest removed": lambda d: d[:-80],
}


def _flip(data: bytes, offset: int) -> bytes:
    changed = bytearray(data)
    changed[offset] ^= 0x01
    return bytes(changed)


@pytest.mark.parametrize("case", list(ALTERATIONS))
def test_one_altered_byte_anywhere_in_a_plain_package_is_refused(case, package, target, tmp_path):
    _tried()
    altered = tmp_path / "sua.plandesk"
    altered.write_bytes(ALTERATIONS[case](package.read_bytes()))
    before = workspace_digest(target)
    with pytest.raises(ServiceError, match="gói|Gói"):
        target.transfer.inspect(altered)
    with pytest.raises(ServiceError):
        target.transfer.unpack(altered)
    assert workspace_digest(target) == before
    _handled()


def test_the_untouched_package_still_imports_and_carries_the_senders_chain_head(package, commune, target):
    report = target.transfer.unpack(package)
    assert report.applied and any("toàn bộ tệp gói" in str(c) for c in report.checks)
    head = json.loads(zipfile.ZipFile(package).read("manifest.json"))["extra"]["audit_head"]
    with commune.workspace.engine.connect() as connection:
        digest = connection.execute(text("SELECT entry_hash FROM audit_log WHERE id = :i"), {"i": head["id"]}).scalar()
    assert digest == head["hash"]


# -- point 9: control characters cleaned at the boundary ------------------------------------------
def test_control_characters_are_cleaned_and_every_export_works(commune, tmp_path):
    _tried()
    s = commune
    s.dossiers.update_assessment(1, "III.11", explanation="Dòng một\x0bdòng hai\x0cdòng ba\x00\x1f.",
                                 result="Kết quả\r\nhai dòng\u2028ba", lead_unit="Công an\x0bxã")
    a = s.dossiers.assessment(1, "III.11")
    assert a.explanation == "Dòng một\ndòng hai\ndòng ba." and a.result == "Kết quả\nhai dòng\nba"
    assert a.lead_unit == "Công an xã"
    weird = tmp_path / "Biên\x1fbản.txt"
    weird.write_text("nội dung", encoding="utf-8")
    attached = s.evidence.attach(1, "II.2", [weird])[0].evidence
    assert attached.original_name == "Biênbản.txt"
    s.evidence.update(1, attached.id, title="Trích\x0byếu", note="Ghi\x0bchú")
    e = s.evidence.get(1, attached.id)
    assert e.title == "Trích yếu" and e.note == "Ghi\nchú"
    s.dossiers.update_settings(1, texts={"to_trinh.noi_dung": "Đoạn\x0bmới"}, place="Thanh\x0bMỹ")
    assert s.dossiers.settings(1).texts["to_trinh.noi_dung"] == "Đoạn\nmới"
    assert s.dossiers.settings(1).place == "Thanh Mỹ"
    exported = ExportService(s.dossiers, s.evidence).export(1, ["all"], "docx", tmp_path / "docx")
    exported += ExportService(s.dossiers, s.evidence).export(1, ["all"], "xlsx", tmp_path / "xlsx")
    assert len(exported) >= 8 and all(f.path.stat().st_size > 0 for f in exported)
    _handled()


def test_a_package_with_control_characters_is_cleaned_on_import(package, target, tmp_path):
    _tried()

    def edit(data):
        data["assessments"][0]["result"] = "Một\x0bhai\x1f"
        data["evidence"][0]["title"] = "Trích\x0byếu\x07"
        data["council"][0]["name"] = "Nguyễn\x0bVăn A"
    target.transfer.unpack(forge(package, tmp_path / "dieu-khien.plandesk", edit))
    code = json.loads(zipfile.ZipFile(package).read("dossier.json"))["assessments"][0]["code"]
    dossier = target.dossiers.list_dossiers()[0].id
    assert target.dossiers.assessment(dossier, code).result == "Một\nhai"
    assert any(e.title == "Trích yếu" for e in target.evidence.list(dossier))
    assert any(m.name == "Nguyễn Văn A" for m in target.dossiers.council(dossier))
    ExportService(target.dossiers, target.evidence).export(dossier, ["all"], "xlsx", tmp_path / "x")
    _handled()


# -- point 12: dates, numbers and sizes typed on the command line --------------------------------
def test_settings_dates_numbers_and_sizes_are_checked(commune, tmp_path):
    ws = commune.workspace.root
    commune.close()
    for args, expected in ((["settings", "set", "dates.to_trinh=2024-02-30"], "dates.to_trinh"),
                           (["settings", "set", "dates.to_trinh=hôm nay"], "dates.to_trinh"),
                           (["settings", "set", "meeting.date=30/02/2024"], "meeting.date"),
                           (["settings", "set", "meeting.votes_for=nhiều"], "votes_for"),
                           (["set", "--criterion", "III.3", "--value", f"{CURRENT}=1e5000"], "không phải là số"),
                           (["set", "--criterion", "III.3", "--value", f"{CURRENT}=1e400"], "không phải là số"),
                           (["set", "--criterion", "III.3", "--value", f"{CURRENT}=" + "9" * 20], "quá lớn"),
                           (["set", "--criterion", "III.11", "--result", "A" * 100_000], "Kết quả thực hiện")):
        _tried()
        before = (ws / "plandesk.sqlite").read_bytes()
        out = run(ws, *args)
        assert out.returncode == 2, (args[:3], out.stderr)
        assert expected in out.stderr and "không mong đợi" not in out.stderr, out.stderr
        assert (ws / "plandesk.sqlite").read_bytes() == before
        _handled()
    _tried()
    out = run(ws, "settings", "set", "dates.to_trinh=31/12/2024")
    assert out.returncode == 0 and json.loads(out.stdout)["dates"]["to_trinh"] == "2024-12-31"
    out = run(ws, "export", "--doc", "to-trinh", "--format", "docx", "--out", str(tmp_path / "x"))
    assert out.returncode == 0, out.stderr
    from docx import Document
    document = Document(tmp_path / "x" / "to-trinh.docx")
    words = [p.text for p in document.paragraphs] + [cell.text for table in document.tables for row in table.rows
                                                      for cell in row.cells]
    assert any("ngày 31 tháng 12 năm 2024" in w for w in words), words[:12]
    _handled()


def test_a_dossier_with_mistyped_settings_already_stored_can_be_exported_packed_and_fixed(commune, tmp_path):
    """Imported before packages were checked: the dossier still works and ``settings set``
    repairs it."""
    _tried()
    with commune.workspace.engine.begin() as connection:
        connection.execute(text("UPDATE dossiers SET settings = :s"), {"s": json.dumps(
            {"numbers": [1, 2], "meeting": None, "texts": "x", "recipients": 12345, "place": "Thanh Mỹ"})})
    exported = ExportService(commune.dossiers, commune.evidence).export(1, ["to-trinh", "bien-ban"], "docx",
                                                                         tmp_path / "x")
    assert len(exported) == 2
    commune.transfer.pack(1, tmp_path / "goi.plandesk")
    fixed = commune.dossiers.update_settings(1, numbers={"to_trinh": "12"})
    assert fixed.numbers == {"to_trinh": "12"} and fixed.place == "Thanh Mỹ"
    _handled()


# -- point 4: a missing or changed evidence file is never printed as genuine -----------------------
def test_a_substituted_evidence_file_is_refused_unless_asked(commune, tmp_path):
    _tried()
    ws = commune.workspace.root
    victim = next(e for e in commune.evidence.list(1) if e.original_name.endswith(".pdf"))
    other = next(e for e in commune.evidence.list(1) if e.original_name.endswith(".pdf") and e.id != victim.id)
    path = commune.workspace.store.path_for(victim.sha256)
    path.chmod(0o644)
    shutil.copyfile(commune.workspace.store.path_for(other.sha256), path)   # one stored file replaced by another
    commune.close()
    out = run(ws, "export", "--doc", "ho-so-minh-chung", "--format", "pdf", "--out", str(tmp_path / "a"))
    assert out.returncode == 2 and victim.original_name in out.stderr and "--allow-missing" in out.stderr
    assert not (tmp_path / "a" / "ho-so-minh-chung.pdf").exists()
    out = run(ws, "export", "--doc", "bao-cao", "--format", "pdf", "--out", str(tmp_path / "a"))
    assert out.returncode == 2 and victim.original_name in out.stderr   # another size: seen without reading it
    out = run(ws, "export", "--doc", "ho-so-minh-chung", "--format", "pdf", "--out", str(tmp_path / "b"),
              "--allow-missing")
    assert out.returncode == 0 and victim.original_name in out.stderr
    reader = PdfReader(tmp_path / "b" / "ho-so-minh-chung.pdf")
    index = " ".join(reader.pages[i].extract_text() for i in range(min(3, len(reader.pages))))
    assert "không còn tệp" in index            # listed as missing, not printed under its name
    _handled()


def test_a_missing_evidence_file_is_refused_for_every_export(commune, tmp_path):
    _tried()
    victim = commune.evidence.list(1)[0]
    commune.workspace.store.remove(victim.sha256)
    export = ExportService(commune.dossiers, commune.evidence)
    for docs, fmt in ((["bao-cao"], "pdf"), (["danh-muc"], "xlsx"), (["ho-so-minh-chung"], "pdf"), (["all"], "docx")):
        with pytest.raises(EvidenceFilesMissing) as info:
            export.export(1, docs, fmt, tmp_path / fmt)
        assert victim.original_name in str(info.value)
    assert export.export(1, ["bao-cao"], "pdf", tmp_path / "ok", allow_missing=True)
    _handled()


# -- point 7: removing a document keeps the file a database copy still needs -------------------------
def test_evidence_remove_keeps_what_yesterdays_copy_needs(commune, tmp_path):
    _tried()
    import datetime as dt
    copy = commune.backup.automatic_backup(dt.datetime.now() + dt.timedelta(minutes=5)).path
    victim = commune.evidence.list(1)[-1]
    for code in victim.criteria:
        commune.evidence.unlink(1, victim.id, code)
    commune.evidence.remove(1, victim.id)
    assert commune.workspace.store.has(victim.sha256)
    assert commune.integrity.repair().kept_orphans == [victim.sha256]
    result = commune.backup.restore(copy)
    assert result.missing_files == () and commune.integrity.check().ok
    assert any(e.sha256 == victim.sha256 for e in commune.evidence.list(1))
    assert backup_files.copies_needing(commune.workspace.backups_dir, victim.sha256)
    _handled()


# -- property-based: hostile packages and settings beyond the cases above --------------------------
HOSTILE_TEXT = st.one_of(
    st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=40),
    st.text(alphabet=st.sampled_from(["\x00", "\x0b", "\x0c", "\x1f", "\x7f", "\x85", "\u2028", "\ufffe", "a", "ư"]),
            max_size=30),
    st.builds(lambda n: "x" * n, st.sampled_from([301, 2_001, 20_001])))
HOSTILE = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(min_value=-2 ** 80, max_value=2 ** 80),
              st.floats(allow_nan=False, allow_infinity=False), HOSTILE_TEXT,
              st.sampled_from(["2024-02-30", "31/12/2024", "9999-12-31", "0001-01-01", "1e400", "NaN"])),
    lambda children: st.one_of(st.lists(children, max_size=3), st.dictionaries(HOSTILE_TEXT, children, max_size=3)),
    max_leaves=8)
PATHS = ["dossier.settings", "dossier.settings.numbers", "dossier.settings.dates", "dossier.settings.meeting",
         "dossier.settings.texts", "dossier.settings.recipients", "dossier.settings.place", "dossier.year",
         "dossier.created_at", "unit.name", "unit.district", "assessments.3.position", "assessments.3.status",
         "assessments.3.result", "assessments.3.values", "assessments.3.deadline", "assessments.3.review_comment",
         "evidence.0.size", "evidence.0.original_name", "evidence.0.issued_on", "evidence.0.number",
         "evidence.0.criteria", "council.0.name", "council.0.role", "council.0.sort_order", "deadlines.0.due_on",
         "deadlines.0.title", "history.0.at", "history.0.new_value"]
PROPERTY = settings(max_examples=int(os.environ.get("PLANDESK_HOSTILE_EXAMPLES", "60")), deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


@pytest.fixture(scope="module")
def prepared(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    from plandesk.services.demo import create_demo
    s = make_services(root / "xa", "Công an xã")
    create_demo(s)
    package = root / "goi.plandesk"
    s.transfer.pack(1, package, documents=())
    s.close()
    empty = root / "trong"
    make_services(empty, "Ban Chỉ đạo").close()
    return package, empty


@PROPERTY
@given(where=st.sampled_from(PATHS), value=HOSTILE)
def test_any_hostile_value_in_a_package_is_refused_or_imported_whole(prepared, tmp_path_factory, where, value):
    COUNTS["tried"] += 1
    package, empty = prepared
    folder = tmp_path_factory.mktemp("p")
    shutil.copytree(empty, folder / "w")
    s = make_services(folder / "w", "Ban Chỉ đạo")
    try:
        try:
            forged = forge(package, folder / "g.plandesk", _at(where, copy.deepcopy(value)))
        except (TypeError, ValueError):  # a value JSON cannot write (a float key…): nothing to test
            COUNTS["handled"] += 1
            return
        before, store = workspace_digest(s), _store(s)
        try:
            report = s.transfer.unpack(forged)
        except ServiceError:
            assert workspace_digest(s) == before and _store(s) == store
            COUNTS["package refused"] += 1
        else:
            COUNTS["package imported"] += 1
            dossier = report.dossier_id
            export = ExportService(s.dossiers, s.evidence)
            export.render(dossier, "to-trinh", "docx")
            export.render(dossier, "checklist", "xlsx")
            s.transfer.pack(dossier, folder / "lai.plandesk")
            assert s.integrity.check().ok
        COUNTS["handled"] += 1
    finally:
        s.close()


SETTING_KEYS = ["numbers", "dates", "meeting", "texts", "recipients", "place", "signer_name", "plan_reference"]


@PROPERTY
@given(changes=st.dictionaries(st.sampled_from(SETTING_KEYS), HOSTILE, min_size=1, max_size=3))
def test_any_hostile_settings_are_refused_or_kept_printable(prepared, tmp_path_factory, changes):
    COUNTS["tried"] += 1
    _, empty = prepared
    folder = tmp_path_factory.mktemp("s")
    s = make_services(folder / "w", "Cán bộ")
    try:
        info = s.dossiers.create(__import__("plandesk.domain.dossier", fromlist=["UnitInfo"]).UnitInfo("Thanh Mỹ"),
                                 2024, "xa-dien-hinh-antq")
        before = s.dossiers.settings(info.id)
        try:
            saved = s.dossiers.update_settings(info.id, **copy.deepcopy(changes))
        except InvalidInput:
            assert s.dossiers.settings(info.id) == before
            COUNTS["settings refused"] += 1
        else:
            COUNTS["settings kept"] += 1
            assert saved == DocumentSettings.from_dict(saved.to_dict())
            export = ExportService(s.dossiers, s.evidence)
            export.render(info.id, "bien-ban", "docx")
            export.render(info.id, "bao-cao", "pdf")   # a tờ trình waits for the decisions
        COUNTS["handled"] += 1
    finally:
        s.close()


# -- hostile backups: the same schema before anything is restored -----------------------------------
CELLS = [("dossiers", "settings"), ("dossiers", "year"), ("dossiers", "created_at"), ("dossiers", "framework_data"),
         ("assessments", "values"), ("assessments", "position"), ("assessments", "status"), ("assessments", "deadline"),
         ("assessments", "updated_at"), ("evidence", "size"), ("evidence", "issued_on"), ("council_members", "role"),
         ("council_members", "sort_order"), ("deadlines", "due_on"), ("accounts", "role"), ("audit_log", "at")]


@pytest.fixture(scope="module")
def backup_source(tmp_path_factory):
    from plandesk.domain.access import Role
    from plandesk.services.demo import create_demo
    root = tmp_path_factory.mktemp("sao-luu") / "xa"
    s = make_services(root, "Công an xã")
    create_demo(s)
    s.accounts.create("lanhdao", "Nguyễn Văn Lãnh", Role.LANH_DAO, "mật-khẩu-đủ-dài")
    s.close()
    return root


def _sql_value(value):
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, float) or isinstance(value, bool):
        return value
    if isinstance(value, int) and abs(value) >= 2 ** 63:
        return str(value)
    return value


@PROPERTY
@given(cell=st.sampled_from(CELLS), value=HOSTILE)
@example(cell=("dossiers", "settings"), value="")   # an empty text is not JSON: it crashed the restored workspace
def test_any_hostile_value_in_a_backup_is_refused_or_restored_whole(backup_source, tmp_path_factory, cell, value):
    import sqlite3
    COUNTS["tried"] += 1
    folder = tmp_path_factory.mktemp("b")
    shutil.copytree(backup_source, folder / "w")
    copy_path = folder / "w" / "backups" / "tu-dong-20300101-000000.sqlite"
    shutil.copyfile(folder / "w" / "plandesk.sqlite", copy_path)
    table, column = cell
    con = sqlite3.connect(copy_path)
    try:
        con.execute(f'UPDATE "{table}" SET "{column}" = ? WHERE rowid = (SELECT min(rowid) FROM "{table}")',
                    (_sql_value(value),))
        con.commit()
    except (sqlite3.Error, OverflowError, ValueError):   # a value SQLite itself refuses: nothing to restore
        COUNTS["handled"] += 1
        return
    finally:
        con.close()
    s = make_services(folder / "w", "Công an xã")
    try:
        s.accounts.sign_in("lanhdao", "mật-khẩu-đủ-dài")
        before = workspace_digest(s)
        try:
            s.backup.restore(copy_path)
        except ServiceError:
            assert workspace_digest(s) == before
            COUNTS["backup refused"] += 1
        else:
            COUNTS["backup restored"] += 1
            for info in s.dossiers.list_dossiers():
                s.dossiers.status(info.id)
                ExportService(s.dossiers, s.evidence).render(info.id, "to-trinh", "docx")
            s.integrity.check()
        COUNTS["handled"] += 1
    finally:
        s.close()


def test_control_characters_stored_before_the_cleaning_never_reach_a_document(commune, tmp_path):
    """A workspace (or a backup) written before input was cleaned: the documents still export."""
    _tried()
    with commune.workspace.engine.begin() as connection:
        connection.execute(text("UPDATE assessments SET explanation = 'Một\x0bhai\x1f', result = 'a\x0cb'"))
        connection.execute(text("UPDATE evidence SET title = 'Trích\x0byếu', original_name = 'Biên\x1fbản.pdf'"))
        connection.execute(text("UPDATE council_members SET name = 'Nguyễn\x0bVăn A'"))
        connection.execute(text("UPDATE units SET name = 'Thanh\x07Mỹ'"))
        connection.execute(text("UPDATE deadlines SET title = 'Hạn\x0bnộp'"))
    export = ExportService(commune.dossiers, commune.evidence)
    files = export.export(1, ["all"], "docx", tmp_path / "docx") + export.export(1, ["all"], "xlsx", tmp_path / "x")
    assert len(files) >= 8
    assert commune.dossiers.assessment(1, "I.1").explanation == "Một\nhai"
    _handled()
