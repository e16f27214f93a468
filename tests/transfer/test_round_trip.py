"""A package made on one workspace imports on another with everything intact: every field of
every record, every evidence file byte for byte; and the package itself is what FORMAT.md says."""
from __future__ import annotations

import json
import os
import re
import unicodedata
import zipfile

import pytest

from plandesk.domain.dossier import Status
from plandesk.services import ServiceError
from plandesk.services.demo import DOCUMENTS_END, DOCUMENTS_MID
from plandesk.storage.engine import head_revision
from plandesk.transfer.errors import Cancelled

from .conftest import make_services, workspace_digest


def comparable(data: dict) -> dict:
    """The dossier as a package carries it, without the workspace's own audit log (the
    importing workspace records the import itself; the source's log travels in the package)."""
    return {k: v for k, v in data.items() if k != "history"}


def test_round_trip_is_lossless(commune, reviewer, package, tmp_path):
    report = reviewer.transfer.unpack(package)
    assert report.applied and report.created and report.conflicts == []
    source = commune.transfer.dossier_data(1)
    imported = reviewer.transfer.dossier_data(report.dossier_id)
    assert comparable(imported) == comparable(source)
    # every field, spelled out for the records that matter most
    assert len(imported["assessments"]) == 34 and len(imported["council"]) == 9
    assert len(imported["evidence"]) == len(commune.evidence.list(1)) == len(DOCUMENTS_MID + DOCUMENTS_END) + 2
    iii3 = next(a for a in imported["assessments"] if a["code"] == "III.3")
    assert iii3["values"] == {"vu_pham_toi_trat_tu_xa_hoi.previous": 14, "vu_pham_toi_trat_tu_xa_hoi.current": 13}
    # byte for byte
    for e in source["evidence"]:
        original = commune.workspace.store.path_for(e["sha256"]).read_bytes()
        assert reviewer.workspace.store.path_for(e["sha256"]).read_bytes() == original
    # names arrive in NFC; a name Windows refuses stays a name, never a path
    names = {e["original_name"] for e in imported["evidence"]}
    assert "Biền bản tuyên truyền.txt" in names
    assert all(unicodedata.is_normalized("NFC", n) for n in names)
    # the framework and the suggestions work from the dossier's own copy
    status = reviewer.dossiers.status(report.dossier_id)
    assert status.met == commune.dossiers.status(1).met
    assert reviewer.integrity.check().ok
    # the source's history travels with the package and is kept with the imported version
    versions = reviewer.transfer.versions(report.dossier_id)
    assert [v["reason"] for v in versions] == ["goi_da_nhap"]
    snapshot = reviewer.transfer.version_snapshot(versions[0]["id"])
    assert source["history"][-1]["action"] == "dong_goi"      # packing is recorded after the package is made
    assert snapshot["history"] == source["history"][:-1]
    # and a second trip (reviewer -> a third workspace) changes nothing either
    again = tmp_path / "again.plandesk"
    reviewer.transfer.pack(report.dossier_id, again)
    third = make_services(tmp_path / "third", "c")
    try:
        third_report = third.transfer.unpack(again)
        assert comparable(third.transfer.dossier_data(third_report.dossier_id)) == comparable(source)
    finally:
        third.close()


def test_package_contents(commune, package):
    with zipfile.ZipFile(package) as archive:
        names = archive.namelist()
        manifest = json.loads(archive.read("manifest.json"))
        infos = {i.filename: i for i in archive.infolist()}
        assert {f["path"] for f in manifest["files"]} | {"manifest.json"} == set(names)
        for f in manifest["files"]:
            assert infos[f["path"]].file_size == f["size"]
        # already-compressed files are stored, the rest deflated
        pdfs = [n for n in names if n.endswith(".pdf")]
        assert pdfs and all(infos[n].compress_type == zipfile.ZIP_STORED for n in pdfs)
        assert infos["dossier.json"].compress_type == zipfile.ZIP_DEFLATED
        index = archive.read("muc-luc.html").decode()
    assert manifest["format"] == "plandesk-package" and manifest["format_version"] == 1
    assert manifest["kind"] == "ho_so" and manifest["year"] == 2024 and manifest["unit"]["name"] == "Thanh Mỹ"
    assert manifest["framework"]["id"] == "xa-dien-hinh-antq" and manifest["schema_version"] == head_revision()
    assert manifest["submission_id"] == "thanh-my-xa-dien-hinh-antq-2024-001"
    # a readable index with relative links and hashes, for readers without PlanDesk
    first = commune.transfer.dossier_data(1)["evidence"][0]
    assert f'href="{first["file"]}"' in index and first["sha256"] in index
    # the sequence grows with each package
    second = package.with_name("second.plandesk")
    assert commune.transfer.pack(1, second).submission_id.endswith("-002")


def test_documents_travel_in_the_package(commune, reviewer, tmp_path):
    doc = tmp_path / "To trinh.pdf"
    doc.write_bytes(b"%PDF-1.4 to trinh")
    out = tmp_path / "with-docs.plandesk"
    commune.transfer.pack(1, out, documents=[doc])
    with zipfile.ZipFile(out) as archive:
        assert archive.read("van-ban/01_To trinh.pdf") == b"%PDF-1.4 to trinh"
        assert 'href="van-ban/01_To trinh.pdf"' in archive.read("muc-luc.html").decode()
    assert reviewer.transfer.unpack(out).applied


def test_writing_is_atomic(commune, tmp_path):
    out = tmp_path / "goi.plandesk"
    commune.transfer.pack(1, out)
    before = out.read_bytes()
    calls = []

    def cancel_midway() -> bool:
        calls.append(1)
        return len(calls) > 3

    from plandesk.transfer.manifest import Manifest
    from plandesk.transfer.pack import Source, write_package
    manifest = Manifest("ho_so", "0", "0003", "2024-10-05T08:00:00", "x", "f", "1", "t",
                        {"name": "a", "code": "", "kind": "xã", "district": "", "province": ""}, 2024)
    big = tmp_path / "big.bin"
    big.write_bytes(os.urandom(5 * 1024 * 1024))
    with pytest.raises(Cancelled):
        write_package(out, manifest, [Source("dossier.json", data=b"{}"), Source("evidence/big.bin", file=big)],
                      is_cancelled=cancel_midway)
    assert out.read_bytes() == before                          # the earlier package is untouched
    assert sorted(p.name for p in tmp_path.iterdir()) == ["big.bin", "goi.plandesk", "xa"]   # no half file


def test_bad_target_names_are_refused(commune, tmp_path):
    with pytest.raises(ServiceError, match="không dùng được trên Windows"):
        commune.transfer.pack(1, tmp_path / "goi?.plandesk")
    with pytest.raises(ServiceError, match="không tồn tại"):
        commune.transfer.pack(1, tmp_path / "khong-co" / "goi.plandesk")


def test_missing_evidence_file_stops_packing(commune, tmp_path):
    sha = commune.transfer.dossier_data(1)["evidence"][0]["sha256"]
    commune.workspace.store.path_for(sha).unlink()
    with pytest.raises(ServiceError, match="thiếu tệp"):
        commune.transfer.pack(1, tmp_path / "goi.plandesk")
    assert not (tmp_path / "goi.plandesk").exists()


def test_damaged_evidence_file_stops_packing_and_leaves_nothing(commune, tmp_path):
    # the hash is checked while the file is copied into the package, not in a pass before
    e = commune.transfer.dossier_data(1)["evidence"][-1]
    stored = commune.workspace.store.path_for(e["sha256"])
    stored.chmod(0o644)
    stored.write_bytes(stored.read_bytes() + b"x")
    with pytest.raises(ServiceError, match=re.escape(f"'{e['original_name']}' nội dung đã bị thay đổi")):
        commune.transfer.pack(1, tmp_path / "goi.plandesk", passphrase="mật khẩu")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["xa"]   # no package, no temporary file


def test_reviewer_sees_same_statuses(commune, reviewer, package):
    report = reviewer.transfer.unpack(package)
    mine = {c.code: c.status for c in commune.dossiers.status(1).criteria}
    theirs = {c.code: c.status for c in reviewer.dossiers.status(report.dossier_id).criteria}
    assert mine == theirs and Status.DAT in theirs.values()


def test_workspace_digest_sees_changes(commune):
    before = workspace_digest(commune)
    commune.dossiers.update_assessment(1, "I.1", result="khác")
    assert workspace_digest(commune) != before


def test_dossier_pdfs_travel_for_readers_without_plandesk(commune, tmp_path):
    documents, problems = commune.transfer.rendered_documents(1)
    assert problems == []
    assert [name for name, _ in documents][:3] == ["to-trinh.pdf", "bao-cao.pdf", "bien-ban.pdf"]
    assert all(data.startswith(b"%PDF") for _, data in documents)
    out = tmp_path / "pdf.plandesk"
    commune.transfer.pack(1, out, documents=documents)
    with zipfile.ZipFile(out) as archive:
        assert archive.read("van-ban/01_to-trinh.pdf") == documents[0][1]
        assert archive.getinfo("van-ban/01_to-trinh.pdf").compress_type == zipfile.ZIP_STORED
        assert 'href="van-ban/02_bao-cao.pdf"' in archive.read("muc-luc.html").decode()
