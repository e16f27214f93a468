"""Kill a real ``plandesk`` process (SIGKILL) at points spread over attach, backup, restore,
pack and unpack, then open the workspace again: it must open (the dead process's lock is
recovered), ``check`` must find nothing wrong (no row without its file, hashes, audit chain,
database), the action must have happened entirely or not at all, and ``check --repair``
must leave no orphan or temporary file."""
from __future__ import annotations

import shutil
import signal
import sys
import zipfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from safety_helpers import count_points, killed_at, open_services, plandesk, spread

from plandesk.services.demo import DOCUMENTS_END, DOCUMENTS_MID
from plandesk.storage import backup as backup_files

DEMO_EVIDENCE = len(DOCUMENTS_MID + DOCUMENTS_END)   # the sample dossier's documents

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL of a subprocess: POSIX")

KILLED = -signal.SIGKILL if sys.platform != "win32" else None


def _runs(template: Path, tmp_path: Path, args, points: list[int], prepare=None) -> list[tuple[int, Path]]:
    """Copy the workspace once per point (then ``prepare(ws)``) and run the killed commands
    four at a time."""
    jobs = []
    for point in points:
        ws = tmp_path / f"k{point}" / "W"
        shutil.copytree(template, ws)
        if prepare is not None:
            prepare(ws)
        jobs.append((point, ws))

    def run(job):
        point, ws = job
        proc = killed_at(point, ws, *(args(ws) if callable(args) else args))
        assert proc.returncode == KILLED, f"point {point}: not killed (exit {proc.returncode}): {proc.stderr}"
        return job

    with ThreadPoolExecutor(4) as pool:
        return list(pool.map(run, jobs))


def _assert_sound(ws: Path) -> bool:
    """Check passes; repair then leaves nothing behind. True when the kill had left debris."""
    s = open_services(ws)
    try:
        report = s.integrity.check()
        assert report.ok, report.problems
        debris = bool(report.orphans or s.integrity.temporary_files())
        repaired = s.integrity.repair()
        assert repaired.after.ok and not repaired.after.orphans, (repaired.after.problems, repaired.after.orphans)
        assert not s.integrity.temporary_files()
        assert not repaired.failed
    finally:
        s.close()
    return debris


def test_attach_killed_at_any_point_leaves_the_file_and_its_row_together(demo_copy, tmp_path):
    template = demo_copy("template")
    doc = tmp_path / "Biên bản kiểm tra ấp 6.pdf"
    doc.write_bytes(b"%PDF-1.4 crash test\n" + bytes(range(256)) * 400)
    sha = backup_files.file_sha256(doc)
    args = ("attach", "--criterion", "III.11", str(doc), "--number", "06/BB-CAX")
    total = count_points(demo_copy("counting"), *args)
    assert total > 20  # the command passes many points: fsyncs, renames, statements, commit
    attached = not_attached = debris = 0
    for point, ws in _runs(template, tmp_path, args, spread(total, 9)):
        debris += _assert_sound(ws)
        s = open_services(ws)
        try:
            rows = [e for e in s.evidence.list(1) if e.sha256 == sha]
            history = [h for h in s.dossiers.history(1) if h.action == "dinh_kem" and sha in h.new_value]
            assert len(rows) == len(history) <= 1, f"point {point}: row and audit entry go together"
            if rows:
                assert s.workspace.store.verify(sha) is None
                assert tuple(rows[0].criteria) == ("III.11",)
                attached += 1
            else:
                not_attached += 1
        finally:
            s.close()
    assert attached >= 1 and not_attached >= 1  # the kill points fell on both sides of the commit
    assert debris >= 1  # some kills left a temporary or orphan file, and repair removed it


def test_attach_killed_before_its_text_is_read_is_read_at_the_next_start(demo_copy, tmp_path):
    """The text for search is read after the files are committed and reported: a kill in
    between leaves the document attached and queued; the next search (or attach, or the
    window's start) reads it — it is never lost."""
    template = demo_copy("template")
    doc = tmp_path / "Biên bản họp dân ấp 3.txt"
    doc.write_text("Biên bản họp dân về phòng cháy chữa cháy và tuần tra bảo vệ an ninh trật tự ở ấp Bình Lợi",
                   encoding="utf-8")
    sha = backup_files.file_sha256(doc)
    args = ("attach", "--criterion", "III.11", str(doc))
    total = count_points(demo_copy("counting"), *args)
    queued = 0
    for _point, ws in _runs(template, tmp_path, args, list(range(max(1, total - 14), total + 1))):
        _assert_sound(ws)
        s = open_services(ws)
        try:
            rows = [e for e in s.evidence.list(1) if e.sha256 == sha]
            waiting = s.evidence_text.pending(1)
            assert all(e.id not in waiting for e in s.evidence.list(1) if e.sha256 != sha)
        finally:
            s.close()
        if not rows or rows[0].id not in waiting:
            continue
        queued += 1
        found = plandesk(ws, "search", "binh loi tuan tra").stdout
        assert f"[{rows[0].id}]" in found or rows[0].original_name in found, found
        s = open_services(ws)
        try:
            assert s.evidence_text.pending(1) == []
        finally:
            s.close()
    assert queued >= 1   # some kills fell between the attach's commit and the reading's


def test_backup_killed_at_any_point_leaves_no_backup_that_is_not_whole(demo_copy, tmp_path):
    template = demo_copy("template")
    total = count_points(demo_copy("counting"), "backup", "--out", str(tmp_path / "usb-count"))
    whole = 0
    for _point, ws in _runs(template, tmp_path, lambda ws: ("backup", "--out", str(ws.parent / "usb")),
                           spread(total, 8)):
        usb = ws.parent / "usb"
        for path in usb.glob("*.zip") if usb.is_dir() else []:
            backup_files.read_full_backup(path, verify=True)  # a backup under its name is always whole
            whole += 1
        _assert_sound(ws)
        s = open_services(ws)
        try:
            written = s.backup.full_backup(usb)
            assert backup_files.read_full_backup(written.path, verify=True).evidence
        finally:
            s.close()
        assert not list(usb.glob(f"*{backup_files.TMP_SUFFIX}*")), "the next backup clears what a kill left"
    assert whole >= 1


def test_restore_killed_at_any_point_gives_the_old_or_the_restored_state(demo_copy, tmp_path):
    template = demo_copy("template")
    s = open_services(template)
    try:
        backup = s.backup.full_backup(tmp_path / "usb").path
        s.dossiers.update_assessment(1, "III.11", result="Sau khi sao lưu")
    finally:
        s.close()
    args = ("restore", "--yes", str(backup))
    total = count_points(demo_copy("counting"), *args)
    states = set()
    for point, ws in _runs(template, tmp_path, args, spread(total, 8)):
        _assert_sound(ws)
        s = open_services(ws)
        try:
            result = s.dossiers.assessment(1, "III.11").result
            assert len(s.evidence.list(1)) == DEMO_EVIDENCE
        finally:
            s.close()
        assert result == "Sau khi sao lưu" or "Sau khi sao lưu" not in result, point
        states.add(result == "Sau khi sao lưu")
    assert states == {True, False}


def _pack_unpack_available() -> bool:
    from plandesk import cli

    _, handlers = cli.build_parser()
    return {"pack", "unpack"} <= set(handlers)


@pytest.mark.skipif(not _pack_unpack_available(), reason="pack/unpack not in this build")
def test_pack_and_unpack_killed_at_any_point(demo_copy, tmp_path):
    template = demo_copy("template")
    package = tmp_path / "thanh-my.plandesk"
    plandesk(template, "pack", "--no-documents", "--out", str(package))
    pack_args = lambda ws: ("pack", "--no-documents", "--out", str(ws.parent / "goi.plandesk"))  # noqa: E731
    total = count_points(demo_copy("counting"), *pack_args(tmp_path / "counting"))
    for _point, ws in _runs(template, tmp_path / "pack", pack_args, spread(total, 4)):
        _assert_sound(ws)
        out = ws.parent / "goi.plandesk"
        if out.exists():  # a package under its name is always whole: it opens as a zip with every member
            with zipfile.ZipFile(out) as archive:
                assert archive.testzip() is None

    empty = tmp_path / "empty-template" / "W"
    open_services(empty).close()
    unpack_args = ("unpack", str(package))
    total = count_points(shutil.copytree(empty, tmp_path / "unpack-count" / "W"), *unpack_args)
    for _point, ws in _runs(empty, tmp_path / "unpack", unpack_args, spread(total, 5)):
        _assert_sound(ws)
        s = open_services(ws)
        try:
            dossiers = s.dossiers.list_dossiers()
            assert len(dossiers) <= 1
            if dossiers:  # imported: then entirely, with every document's file
                assert len(s.evidence.list(dossiers[0].id)) == DEMO_EVIDENCE
        finally:
            s.close()


def test_export_killed_at_any_point_leaves_the_old_document_or_the_whole_new_one(demo_copy, tmp_path):
    """A document exported over an earlier one (filesafe.atomic_write): killed anywhere, the
    file under its name is the old document byte for byte or a complete new PDF, never a mix."""
    from pypdf import PdfReader

    old = b"%PDF-1.4 the document exported last week\n%%EOF\n"

    def earlier_export(ws: Path) -> None:
        (ws.parent / "xuat").mkdir()
        (ws.parent / "xuat" / "to-trinh.pdf").write_bytes(old)

    def args(ws: Path) -> tuple[str, ...]:
        return "export", "--doc", "to-trinh", "--format", "pdf", "--out", str(ws.parent / "xuat")

    counting = demo_copy("counting")
    earlier_export(counting)
    total = count_points(counting, *args(counting))
    # the write is the command's last act: its flush, rename and folder flush are the last points
    points = sorted(set(spread(total, 4)) | set(range(max(1, total - 5), total + 1)))
    states = set()
    for point, ws in _runs(demo_copy("template"), tmp_path, args, points, prepare=earlier_export):
        path = ws.parent / "xuat" / "to-trinh.pdf"
        data = path.read_bytes()
        if data == old:
            states.add("old")
        else:
            assert data.rstrip().endswith(b"%%EOF"), f"point {point}: a half document under the final name"
            assert len(PdfReader(path, strict=True).pages) >= 1
            states.add("new")
        leftovers = [p.name for p in path.parent.iterdir() if p != path]
        assert all(name.endswith(backup_files.TMP_SUFFIX) for name in leftovers), leftovers
    assert states == {"old", "new"}   # kills fell on both sides of the rename
