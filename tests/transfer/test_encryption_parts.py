"""Encrypted packages (AES-256-GCM, key from scrypt) and packages cut into numbered parts for
FAT32 sticks: round trips, a wrong passphrase, and missing or damaged parts named."""
from __future__ import annotations

import shutil

import pytest

from plandesk.services import ServiceError
from plandesk.services.transfer import WrongPassphraseError, read_passphrase
from plandesk.transfer import crypto

from .conftest import workspace_digest

PASS = "Mật khẩu của xã Thanh Mỹ 2024!"


def test_encrypted_round_trip(commune, reviewer, tmp_path):
    out = tmp_path / "ma-hoa.plandesk"
    result = commune.transfer.pack(1, out, passphrase=PASS)
    assert result.encrypted and crypto.is_encrypted(out)
    raw = out.read_bytes()
    assert b"dossier.json" not in raw and "Thanh Mỹ".encode() not in raw and b"%PDF" not in raw
    report = reviewer.transfer.unpack(out, passphrase=PASS)
    assert report.applied and any("AES-256-GCM" in str(c) for c in report.checks)
    source = commune.transfer.dossier_data(1)
    assert {k: v for k, v in reviewer.transfer.dossier_data(report.dossier_id).items() if k != "history"} == \
        {k: v for k, v in source.items() if k != "history"}


def test_wrong_or_missing_passphrase(commune, reviewer, tmp_path):
    out = tmp_path / "ma-hoa.plandesk"
    commune.transfer.pack(1, out, passphrase=PASS)
    before = workspace_digest(reviewer)
    with pytest.raises(WrongPassphraseError, match="Sai mật khẩu"):
        reviewer.transfer.unpack(out, passphrase=PASS.upper())
    with pytest.raises(ServiceError, match="được mã hóa; hãy cung cấp mật khẩu"):
        reviewer.transfer.unpack(out)
    assert workspace_digest(reviewer) == before


@pytest.mark.parametrize("damage, message", [
    (lambda b: b[:-1], "cắt cụt"),
    (lambda b: b[: crypto.HEADER_SIZE + 100], "cắt cụt"),
    (lambda b: b[:len(b) // 2] + bytes([b[len(b) // 2] ^ 1]) + b[len(b) // 2 + 1:], "bị hỏng"),
    (lambda b: b[:12] + bytes([b[12] ^ 1]) + b[13:], "Phần đầu"),
    (lambda b: b[:30], "phần đầu bị cắt cụt"),
])
def test_damaged_encrypted_package(commune, reviewer, tmp_path, damage, message):
    out = tmp_path / "ma-hoa.plandesk"
    commune.transfer.pack(1, out, passphrase=PASS)
    damaged = tmp_path / "hong.plandesk"
    damaged.write_bytes(damage(out.read_bytes()))
    before = workspace_digest(reviewer)
    with pytest.raises(ServiceError, match=message):
        reviewer.transfer.unpack(damaged, passphrase=PASS)
    assert workspace_digest(reviewer) == before


def test_passphrase_file(tmp_path):
    f = tmp_path / "mk.txt"
    f.write_text("\ufeffMa\u0302\u0323t kha\u0302\u0309u\r\nbỏ qua dòng sau\n", encoding="utf-8")
    assert read_passphrase(f) == "Mật khẩu"
    f.write_text("\n", encoding="utf-8")
    with pytest.raises(ServiceError, match="rỗng"):
        read_passphrase(f)


def test_parts_round_trip(commune, reviewer, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    out = usb / "thanh-my.plandesk"
    part_size = 200 * 1024
    result = commune.transfer.pack(1, out, part_size=part_size)
    assert len(result.paths) >= 3 and not out.exists()
    assert [p.name for p in result.paths] == [f"thanh-my.plandesk.{i:03d}" for i in range(1, len(result.paths) + 1)]
    assert all(p.stat().st_size <= part_size for p in result.paths)
    # imported by the base name or by any part's name
    report = reviewer.transfer.unpack(out)
    assert report.applied and any("phần" in str(c) for c in report.checks)
    assert reviewer.transfer.inspect(result.paths[1]).count("khong_doi") == len(report.changes)
    # packing again as one file removes the parts, so no stale part can be mixed in
    commune.transfer.pack(1, out)
    assert sorted(p.name for p in usb.iterdir()) == ["thanh-my.plandesk"]


def test_encrypted_parts(commune, reviewer, tmp_path):
    out = tmp_path / "thanh-my.plandesk"
    result = commune.transfer.pack(1, out, part_size=150 * 1024, passphrase=PASS)
    assert len(result.paths) > 2
    assert reviewer.transfer.needs_passphrase(out) and reviewer.transfer.needs_passphrase(result.paths[1])
    assert not reviewer.transfer.needs_passphrase(tmp_path / "khong-co.plandesk")
    plain = commune.transfer.pack(1, tmp_path / "plain.plandesk").paths[0]
    assert not reviewer.transfer.needs_passphrase(plain)
    with pytest.raises(WrongPassphraseError):
        reviewer.transfer.unpack(result.paths[0], passphrase="sai")
    assert reviewer.transfer.unpack(result.paths[0], passphrase=PASS).applied


def test_missing_damaged_and_foreign_parts_are_named(commune, reviewer, tmp_path):
    out = tmp_path / "thanh-my.plandesk"
    paths = commune.transfer.pack(1, out, part_size=150 * 1024).paths
    other = tmp_path / "other"
    other.mkdir()
    other_paths = commune.transfer.pack(1, other / "thanh-my.plandesk", part_size=150 * 1024).paths
    before = workspace_digest(reviewer)
    saved = paths[2].read_bytes()
    paths[2].unlink()
    with pytest.raises(ServiceError, match=r"Thiếu phần 3/\d+ \('thanh-my.plandesk.003'\)"):
        reviewer.transfer.unpack(out)
    data = bytearray(saved)
    data[-100] ^= 0x40
    paths[2].write_bytes(bytes(data))
    with pytest.raises(ServiceError, match=r"Phần 3/\d+ \('thanh-my.plandesk.003'\) bị hỏng"):
        reviewer.transfer.unpack(out)
    paths[2].write_bytes(saved[:-10])
    with pytest.raises(ServiceError, match=r"Phần 3/\d+ .* bị cắt cụt"):
        reviewer.transfer.unpack(out)
    shutil.copy(other_paths[2], paths[2])       # a part of another packing of the same dossier
    with pytest.raises(ServiceError, match="thuộc một gói khác"):
        reviewer.transfer.unpack(out)
    assert workspace_digest(reviewer) == before


@pytest.mark.parametrize("passphrase, part_size", [(None, None), (PASS, None), (PASS, 80 * 1024)])
def test_both_sides_record_the_sha256_of_the_package_file(commune, reviewer, tmp_path, passphrase, part_size):
    # taken while writing and while checking, not by reading the package again: still the file's
    import hashlib

    from sqlalchemy import select

    from plandesk.storage import orm

    out = tmp_path / "goi.plandesk"
    written = commune.transfer.pack(1, out, passphrase=passphrase, **({"part_size": part_size} if part_size else {}))
    first = written.paths[0]
    assert (len(written.paths) > 1) == bool(part_size)
    expected = hashlib.sha256(first.read_bytes()).hexdigest()
    report = reviewer.transfer.unpack(first, passphrase=passphrase)
    for side, services in (("packed", commune), ("imported", reviewer)):
        with services.workspace.sessions() as session:
            recorded = session.scalars(select(orm.DossierVersion.package_sha256)
                                       .order_by(orm.DossierVersion.id.desc())).first()
        assert recorded == expected, side
    assert report.applied


def test_the_encrypted_zip_is_read_in_place_and_every_chunk_authenticated(tmp_path):
    # unpack reads the ZIP through its decryption (no decrypted copy): reads anywhere give the
    # plain bytes, and damage in a chunk no read touched is still found by finish()
    import io
    import random

    from plandesk.transfer.errors import PackageError

    plain = random.Random(5).randbytes(10 * 1024 + 77)
    sealed = io.BytesIO()
    writer = crypto.EncryptingWriter(sealed, PASS, log2_n=10, chunk_size=1024)
    for at in range(0, len(plain), 700):
        writer.write(plain[at:at + 700])
    writer.close()
    data = sealed.getvalue()
    reader = crypto.DecryptingReader(io.BytesIO(data), len(data), PASS)
    assert reader.size == len(plain)
    for at, size in ((0, 10), (1020, 10), (5000, 3000), (len(plain) - 5, 100)):
        reader.seek(at)
        assert reader.read(size) == plain[at:at + size]
    reader.finish()
    damaged = bytearray(data)
    damaged[crypto.HEADER_SIZE + 3 * (1024 + crypto.TAG) + 5] ^= 1      # chunk 4, not read below
    reader = crypto.DecryptingReader(io.BytesIO(bytes(damaged)), len(damaged), PASS)
    reader.seek(0)
    assert reader.read(100) == plain[:100]
    with pytest.raises(PackageError, match="khối dữ liệu số 4"):
        reader.finish()
    for cut in (data[:-1], data[:-(1024 + crypto.TAG)]):               # cut inside, or at a chunk's end
        with pytest.raises(PackageError, match="cắt cụt"):
            crypto.DecryptingReader(io.BytesIO(cut), len(cut), PASS).finish()
