"""The service over a real workspace: attach reads the text, search finds it accents aside with a
snippet, metadata is read as suggestions the officer confirms (audited), criteria are suggested
with the words that matched and never linked by themselves, bad files never break an attach."""
from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from plandesk.documents.docx import render_docx
from plandesk.documents.pdf import render_pdf
from plandesk.storage import orm

from .conftest import BLANK, NGAY_HOI

ROOT = Path(__file__).resolve().parents[2]


def attach(services, dossier, tmp_path, name, data, code="II.3"):
    path = tmp_path / name
    path.write_bytes(data)
    return services.evidence.attach(dossier.id, code, [path])[0].evidence


def test_attach_indexes_and_search_is_accent_insensitive(services, dossier, tmp_path):
    kh = attach(services, dossier, tmp_path, "kh.pdf", render_pdf(NGAY_HOI))
    tt = attach(services, dossier, tmp_path, "tt.docx", render_docx(BLANK), code="I.2")
    text = services.evidence_text
    info = text.text_info(dossier.id, kh.id)
    assert info.method == "pdf-text" and info.has_text and info.metadata_state == "suggested"
    hits = text.search("ngay hoi toan dan")
    assert hits[0].evidence_id == kh.id   # the phrase first; then documents holding each word
    assert [h.evidence_id for h in hits] == [kh.id, tt.id]
    assert "Ngày hội toàn dân" in hits[0].snippet and hits[0].criteria == ("II.3",)
    assert text.search("CONG NHAN xa thanh my", dossier.id)[0].evidence_id == tt.id
    assert text.search("ngay hoi", dossier.id + 1) == []
    assert text.search("biểu dương gương người tốt")[0].evidence_id == kh.id   # a phrase from the body
    assert text.search("bieu duong guo")[0].evidence_id == kh.id               # the last word as a prefix
    assert text.search("khong co trong tai lieu nao") == [] and text.search("  ;; ") == []
    services.evidence.update(dossier.id, tt.id, note="Bản ký ngày 03/10")
    assert [h.in_text for h in text.search("ban ky")] == [False]                # the officer's note too

    services.evidence.unlink(dossier.id, kh.id, "II.3")
    services.evidence.remove(dossier.id, kh.id)
    assert [h.evidence_id for h in text.search("ngay hoi toan dan")] == [tt.id]
    with services.workspace.engine.connect() as con:
        assert con.exec_driver_sql("SELECT count(*) FROM evidence_fts").scalar() == 1


def test_metadata_is_suggested_then_confirmed_with_one_audit_entry(services, dossier, tmp_path):
    kh = attach(services, dossier, tmp_path, "kh.pdf", render_pdf(NGAY_HOI))
    text = services.evidence_text
    reading = text.read_metadata(dossier.id, kh.id)
    assert reading.number.value == "45/KH-UBND" and reading.number.confidence >= 0.9
    assert reading.issued_on.value == dt.date(2024, 7, 15)
    assert reading.issuer.value == "ỦY BAN NHÂN DÂN XÃ THANH MỸ"            # as printed: a clerk copies it so
    assert reading.issuer_display == "Ủy ban nhân dân xã Thanh Mỹ"             # the sentence-case form beside it
    assert reading.title.value == "Tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc năm 2024"
    assert reading.doc_type_name == "Kế hoạch" and reading.state == "suggested"
    assert services.evidence.get(dossier.id, kh.id).number == ""   # nothing applied by itself
    history = len(services.dossiers.history(dossier.id))
    info, filled = text.apply_metadata(dossier.id, kh.id)
    assert (info.number, info.issued_on, info.issuer) == ("45/KH-UBND", dt.date(2024, 7, 15),
                                                          "ỦY BAN NHÂN DÂN XÃ THANH MỸ")
    assert info.title == reading.title.value and set(filled) == {"number", "issued_on", "issuer", "title"}
    assert len(services.dossiers.history(dossier.id)) == history + 1
    assert text.read_metadata(dossier.id, kh.id).state == "confirmed"
    services.evidence.update(dossier.id, kh.id, number="46/KH-UBND")
    _, filled = text.apply_metadata(dossier.id, kh.id)                  # the officer's values stay
    assert filled == {} and services.evidence.get(dossier.id, kh.id).number == "46/KH-UBND"


def test_blank_number_and_day_are_not_invented(services, dossier, tmp_path):
    tt = attach(services, dossier, tmp_path, "tt.pdf", render_pdf(BLANK), code="I.2")
    reading = services.evidence_text.read_metadata(dossier.id, tt.id)
    assert reading.number.value == "/TTr-HĐ" and reading.issued_on.value is None
    assert any("để trống" in n for n in reading.notes)
    info, filled = services.evidence_text.apply_metadata(dossier.id, tt.id)
    assert "issued_on" not in filled and info.issued_on is None


def test_criteria_are_suggested_with_words_never_linked(services, dossier, tmp_path):
    kh = attach(services, dossier, tmp_path, "kh.docx", render_docx(NGAY_HOI), code="I.1")
    suggestions = services.evidence_text.suggest_criteria(dossier.id, kh.id)
    assert suggestions[0].code == "II.3"
    assert any("Ngày hội" in w or "toàn dân" in w for w in suggestions[0].words)
    assert 0 < suggestions[-1].score <= suggestions[0].score == 1.0
    assert services.evidence.get(dossier.id, kh.id).criteria == ("I.1",)
    assert next(s for s in suggestions if s.code == "I.1").already_linked if any(
        s.code == "I.1" for s in suggestions) else True
    # documents already linked teach the ranker: a "camera" document linked to III.16 pulls the next one there
    assert services.evidence_text.suggest_for_text(dossier.id, "Mô hình camera giám sát", "")[0].code != "III.16"
    for i in range(3):
        data = f"Báo cáo mô hình camera giám sát khu dân cư số {i}, sáng kiến lắp camera.".encode()
        attach(services, dossier, tmp_path, f"cam{i}.txt", data, code="III.16")
    assert services.evidence_text.suggest_for_text(dossier.id, "Mô hình camera giám sát", "")[0].code == "III.16"


def test_damaged_files_attach_with_a_reason(services, dossier, tmp_path):
    good = render_pdf(NGAY_HOI)
    bad = attach(services, dossier, tmp_path, "hong.pdf", good[: len(good) // 2])
    info = services.evidence_text.text_info(dossier.id, bad.id)
    assert info is not None and not info.has_text and info.reason
    assert services.evidence.get(dossier.id, bad.id).title == "hong"
    assert services.evidence_text.read_metadata(dossier.id, bad.id).number.confidence == 0
    _, filled = services.evidence_text.apply_metadata(dossier.id, bad.id)
    assert filled == {}


def test_a_failure_to_index_leaves_the_attach_whole_and_the_text_for_later(services, dossier, tmp_path, monkeypatch):
    def broken(*_args):
        raise RuntimeError("FTS5 missing")

    monkeypatch.setattr("plandesk.storage.textindex.fts_put", broken)
    kh = attach(services, dossier, tmp_path, "kh.pdf", render_pdf(NGAY_HOI))
    assert services.evidence.get(dossier.id, kh.id).criteria == ("II.3",)
    assert services.evidence_text.text_info(dossier.id, kh.id) is None   # rolled back to the savepoint only
    assert services.integrity.check().ok
    monkeypatch.undo()
    assert services.evidence_text.index_missing(dossier.id) == 1
    assert services.evidence_text.search("ngay hoi")[0].evidence_id == kh.id


def test_attached_files_are_committed_together_then_their_text(services, dossier, tmp_path):
    """Attaching several files: their rows in one commit (after the files are flushed), then
    their text in one more — not a commit, nor two, per file."""
    from sqlalchemy import event

    commits = []

    def count(_connection):
        commits.append(1)

    files = []
    for name, data in (("kh.pdf", render_pdf(NGAY_HOI)), ("tt.docx", render_docx(BLANK)), ("ghi-chu.txt",
                                                                                      "Ngày hội toàn dân".encode())):
        files.append(tmp_path / name)
        files[-1].write_bytes(data)
    event.listen(services.workspace.engine, "commit", count)
    try:
        results = services.evidence.attach(dossier.id, "II.3", files)
    finally:
        event.remove(services.workspace.engine, "commit", count)
    assert len(commits) == 2 and len(results) == 3
    assert {h.evidence_id for h in services.evidence_text.search("ngay hoi toan dan")} >= {results[0].evidence.id}
    assert services.evidence_text.pending(dossier.id) == []


def test_attach_without_reading_queues_the_text_and_a_later_run_reads_it(services, dossier, tmp_path):
    path = tmp_path / "kh.pdf"
    path.write_bytes(render_pdf(NGAY_HOI))
    kh = services.evidence.attach(dossier.id, "II.3", [path], read_text=False)[0].evidence
    assert services.evidence_text.pending(dossier.id) == [kh.id]       # attached, in the reading queue
    assert services.evidence_text.search("ngay hoi") == []
    assert services.evidence_text.index_missing() == 1
    assert services.evidence_text.pending() == [] and services.evidence_text.search("ngay hoi")[0].evidence_id == kh.id


def test_documents_without_text_rows_are_read_later(services, dossier, tmp_path):
    kh = attach(services, dossier, tmp_path, "kh.pdf", render_pdf(NGAY_HOI))
    with services.workspace.sessions.begin() as session:   # as after an import or an upgrade
        session.delete(session.get(orm.EvidenceText, kh.id))
    assert services.evidence_text.search("ngay hoi") == []
    seen = []
    assert services.evidence_text.index_missing(dossier.id, lambda d, t, n: seen.append((d, t))) == 1
    assert seen[-1] == (1, 1) and services.evidence_text.search("ngay hoi")[0].evidence_id == kh.id
    with services.workspace.sessions() as session:
        assert session.scalars(select(orm.EvidenceText.sha256)).all() == [kh.sha256]


def test_ocr_without_tesseract_says_what_to_install(services, dossier, tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setenv("PLANDESK_TESSERACT", "")
    monkeypatch.setattr("plandesk.storage.textindex._WINDOWS_PLACES", ())
    monkeypatch.delenv("LOCALAPPDATA", raising=False)
    status = services.evidence_text.ocr_status()
    assert not status.available and "tesseract-ocr-vie" in status.message and "Vietnamese" in status.message


def test_cli_attach_auto_and_search(tmp_path):
    pdf = tmp_path / "kh.pdf"
    pdf.write_bytes(render_pdf(NGAY_HOI))
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONIOENCODING="utf-8")

    def run(*args):
        proc = subprocess.run([sys.executable, "-m", "plandesk", "--data", str(tmp_path / "W"), *args],
                              capture_output=True, text=True, encoding="utf-8", env=env, timeout=120)
        assert proc.returncode == 0, proc.stderr
        return proc.stdout

    run("new", "--commune", "Thanh Mỹ", "--year", "2024")
    out = run("attach", "--criterion", "II.3", "--auto", str(pdf))
    assert "Số, ký hiệu: 45/KH-UBND  (độ tin cậy" in out and "Ngày ban hành: 15/07/2024" in out
    assert "Loại văn bản: Kế hoạch" in out and "Tiêu chí gợi ý: II.3" in out
    assert "45/KH-UBND\t15/07/2024\tỦY BAN NHÂN DÂN XÃ THANH MỸ" in run("evidence", "list")
    out = run("search", "ngay", "hoi", "toan", "dan")
    assert out.startswith("[1] hồ sơ 1 · Tổ chức Ngày hội toàn dân") and "Ngày hội toàn dân" in out.splitlines()[1]
    assert "II.3" in run("suggest", "1")


def test_a_batch_with_the_same_file_twice_and_a_file_already_attached(services, dossier, tmp_path):
    """One attach call, one batch: the same content under two names is one document (the second
    linked, not copied, and named a duplicate); attaching it again says it was already there;
    the history has one entry per file, in order, and the chain holds."""
    a, b, a_again = tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "a - bản sao.txt"
    a.write_text("Kế hoạch tuần tra ấp Bình Lợi", encoding="utf-8")
    b.write_text("Biên bản họp dân ấp Hòa An", encoding="utf-8")
    a_again.write_bytes(a.read_bytes())
    first = services.evidence.attach(dossier.id, "II.3", [a, b, a_again])
    assert [(r.duplicate, r.already_linked) for r in first] == [(False, False), (False, False), (True, True)]
    assert first[0].evidence.id == first[2].evidence.id and first[0].evidence.criteria == ("II.3",)
    again = services.evidence.attach(dossier.id, "II.3", [a_again])
    assert (again[0].duplicate, again[0].already_linked) == (True, True)
    other = services.evidence.attach(dossier.id, "I.2", [b])
    assert other[0].duplicate and not other[0].already_linked and set(other[0].evidence.criteria) == {"I.2", "II.3"}
    history = [(h.action, h.target) for h in services.dossiers.history(dossier.id) if h.action.startswith("dinh_kem")]
    assert history[-5:] == [("dinh_kem", "II.3"), ("dinh_kem", "II.3"), ("dinh_kem_trung", "II.3"),
                            ("dinh_kem_trung", "II.3"), ("dinh_kem_trung", "I.2")] or \
        history[:5] == [("dinh_kem_trung", "I.2"), ("dinh_kem_trung", "II.3"), ("dinh_kem_trung", "II.3"),
                        ("dinh_kem", "II.3"), ("dinh_kem", "II.3")]
    assert services.integrity.check().ok


@pytest.mark.both_databases
def test_a_query_with_a_word_the_page_lacks_still_finds_the_document(services, dossier, tmp_path):
    """Third held-out set (h3-14, h3-20): a clerk types one word too many ("cong van" for a page
    that only prints "V/v") and search requiring every word found nothing at all. When no
    document holds every word, those holding all but a third at least come, the most first,
    each saying what it lacks; a query of two words still needs both."""
    cv = attach(services, dossier, tmp_path, "cv.txt",
                "V/v bảo đảm trật tự an toàn giao thông dịp cuối năm trên địa bàn xã Nam An Phụ".encode())
    attach(services, dossier, tmp_path, "kh.txt", "Kế hoạch tuyên truyền an toàn giao thông năm 2025".encode())
    text = services.evidence_text
    hits = text.search("cong van trat tu an toan giao thong cuoi nam nam an phu", dossier.id)
    assert hits[0].evidence_id == cv.id and set(hits[0].missing) == {"cong", "van"}
    assert all(h.missing for h in hits)
    assert text.search("trat tu an toan giao thong cuoi nam", dossier.id)[0].missing == ()   # all there
    assert text.search("cong van", dossier.id) == []
    assert text.search("cong van ho so thi dua khen thuong", dossier.id) == []           # too little in common
