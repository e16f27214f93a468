"""Evidence files are stored once by SHA-256 and written safely."""
from __future__ import annotations

import hashlib

import pytest

from plandesk.storage.evidence_store import EvidenceStore, EvidenceStoreError


def test_file_is_stored_under_its_hash(tmp_path):
    store = EvidenceStore(tmp_path / "evidence")
    src = tmp_path / "a.pdf"
    src.write_bytes(b"noi dung" * 100_000)
    stored = store.add_file(src)
    assert stored.sha256 == hashlib.sha256(src.read_bytes()).hexdigest()
    assert stored.path == tmp_path / "evidence" / stored.sha256[:2] / stored.sha256
    assert stored.path.read_bytes() == src.read_bytes()
    assert not stored.already_present
    assert store.add_file(src).already_present
    assert list(store.tmp_dir.iterdir()) == []


def test_changed_byte_is_detected(tmp_path):
    store = EvidenceStore(tmp_path / "evidence")
    src = tmp_path / "a.pdf"
    src.write_bytes(b"abcdef")
    stored = store.add_file(src)
    assert store.verify(stored.sha256) is None
    data = bytearray(stored.path.read_bytes())
    data[0] ^= 1
    stored.path.write_bytes(bytes(data))
    assert "đã bị thay đổi" in store.verify(stored.sha256)
    stored.path.unlink()
    assert store.verify(stored.sha256) == "thiếu tệp"


def test_unreadable_source_is_a_clear_error(tmp_path):
    store = EvidenceStore(tmp_path / "evidence")
    with pytest.raises(EvidenceStoreError, match="Không đọc được tệp"):
        store.add_file(tmp_path / "khong-co.pdf")


def test_failed_copy_leaves_no_temporary_file(tmp_path, monkeypatch):
    store = EvidenceStore(tmp_path / "evidence")
    src = tmp_path / "a.pdf"
    src.write_bytes(b"x" * 10)

    def full_disk(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("plandesk.storage.evidence_store.os.fsync", full_disk)
    with pytest.raises(EvidenceStoreError, match="còn chỗ trống"):
        store.add_file(src)
    assert list(store.tmp_dir.iterdir()) == []
    assert list(store.stored_hashes()) == []


def test_checked_staged_files_are_renamed_into_the_store_not_copied(tmp_path):
    store = EvidenceStore(tmp_path / "evidence")
    store.tmp_dir.mkdir(parents=True)
    staged = []
    for i, data in enumerate((b"mot" * 1000, b"hai" * 1000, b"mot" * 1000)):
        path = store.tmp_dir / f"nhap-{i}"
        path.write_bytes(data)
        staged.append((path, hashlib.sha256(data).hexdigest()))
    inode = staged[0][0].stat().st_ino
    done = store.adopt(staged)
    assert [d.already_present for d in done] == [False, False, True]   # the same content twice: stored once
    assert done[0].path.stat().st_ino == inode                           # renamed, not copied
    assert all(store.verify(sha) is None for _, sha in staged)
    assert list(store.tmp_dir.iterdir()) == []
