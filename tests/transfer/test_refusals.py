"""Every damaged or hostile package is refused with a message naming the problem, and the
workspace is left exactly as it was (database rows and evidence folder, byte for byte).
Each case starts from a real package made by PlanDesk and then damaged."""
from __future__ import annotations

import os
import re
import shutil
import stat
import sys
import zipfile

import pytest

from plandesk.services import ServiceError
from plandesk.services.demo import create_demo
from plandesk.transfer.read import Limits

from .conftest import edit_json, entries, make_services, rebuild, workspace_digest


@pytest.fixture(scope="module")
def prepared(tmp_path_factory):
    """Made once: the commune's package and a reviewer's workspace that imported it."""
    root = tmp_path_factory.mktemp("refusals")
    commune = make_services(root / "xa", "Công an xã")
    create_demo(commune)
    package = root / "thanh-my.plandesk"
    commune.transfer.pack(1, package)
    commune.close()
    reviewer = make_services(root / "tham-dinh", "Ban Chỉ đạo")
    reviewer.transfer.unpack(package)
    reviewer.close()
    return package, root / "tham-dinh"


@pytest.fixture
def package(prepared):
    return prepared[0]


@pytest.fixture
def target(prepared, tmp_path):
    """A copy of the reviewer's workspace that already holds the commune's dossier (so a
    wrongly accepted package would have something to change)."""
    root = tmp_path / "tham-dinh"
    shutil.copytree(prepared[1], root)
    services = make_services(root, "Ban Chỉ đạo")
    yield services
    services.close()


def pdf_name(package) -> str:
    return next(info.filename for info, _ in entries(package) if info.filename.endswith(".pdf"))


def add(name: str, data: bytes = b"x", info: zipfile.ZipInfo | None = None):
    return lambda items: items.append([name, data, info])


def _flip_in_entry(package, out, name: str):
    data = bytearray(package.read_bytes())
    with zipfile.ZipFile(package) as archive:
        info = archive.getinfo(name)
    # local header: 30 bytes + name + extra field; the entry's data follows
    name_len = int.from_bytes(data[info.header_offset + 26:info.header_offset + 28], "little")
    extra_len = int.from_bytes(data[info.header_offset + 28:info.header_offset + 30], "little")
    offset = info.header_offset + 30 + name_len + extra_len + info.compress_size // 2
    data[offset] ^= 0x01
    out.write_bytes(bytes(data))
    return out


def symlink_info(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.create_system = 3
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    return info


def _same_size_other_bytes(items):
    item = next(i for i in items if i[0].endswith(".pdf"))
    item[1] = bytes(b ^ 0xFF for b in item[1])


def _entry_size_lie(items):
    manifest_item = next(i for i in items if i[0] == "manifest.json")
    import json
    manifest = json.loads(manifest_item[1])
    manifest["files"][1]["size"] -= 1
    manifest_item[1] = json.dumps(manifest).encode()


CASES = {
    # name: (how to damage the package file, part of the expected message, fix the manifest?)
    "truncated to half": ("cut:0.5", "cắt cụt", False),
    "last byte cut": ("cut:-1", "cắt cụt", False),
    "flipped byte in a PDF": ("flip:pdf", "bị hỏng", False),
    "flipped byte in the data": ("flip:dossier.json", "bị hỏng", False),
    "extra entry": (add("evidence/them.pdf", b"%PDF extra"), "mục thừa", False),
    "missing entry": (lambda items: items.remove(next(i for i in items if i[0].endswith(".pdf"))), "thiếu mục",
                      False),
    "parent path": (add("../../ngoai.txt"), "'..'", True),
    "parent path inside": (add("evidence/../../ngoai.txt"), "'..'", True),
    "absolute path": (add("/etc/ngoai.txt"), "tuyệt đối", True),
    "drive letter": (add("C:/Windows/ngoai.txt"), "ổ đĩa", True),
    # zipfile on Windows reads a backslash as the separator: there the same entry is refused for its '..'
    "backslash path": (add("evidence\\..\\ngoai.txt"), "'..'" if sys.platform == "win32" else "'\\'", True),
    "symlink": (add("evidence/lien-ket.pdf", b"/etc/passwd", symlink_info("evidence/lien-ket.pdf")), "symlink",
                True),
    "duplicate name": (lambda items: items.append(list(next(i for i in items if i[0] == "dossier.json"))),
                       "trùng tên", False),
    "duplicate by case": (add("DOSSIER.JSON", b"{}"), "trùng tên", True),
    "reserved device name": (add("evidence/CON.pdf"), "dành riêng", True),
    "illegal character": (add("evidence/a|b.pdf"), "không cho phép", True),
    "trailing dot": (add("evidence/tai-lieu."), "dấu chấm", True),
    "decomposed name": (add("evidence/Bie\u0302\u0300n ba\u0309n.pdf"), "NFC", True),
    "directory entry": (add("evidence/thu-muc/"), "thư mục", True),
    "zip bomb ratio": (lambda items: items.append(["evidence/so-0.txt", bytes(30 * 1024 * 1024), None]),
                       "bom ZIP", True),
    "declared size differs": (_entry_size_lie, "khác bảng kê", False),
    "content replaced": (_same_size_other_bytes, "SHA-256 không khớp", False),
    "newer package format": (lambda items: edit_json(items, "manifest.json",
                                                     lambda m: m.update(format_version=2)), "mới hơn", False),
    "newer data format": (lambda items: edit_json(items, "dossier.json", lambda d: d.update(format_version=7)),
                          "mới hơn", True),
    "not a PlanDesk package": (lambda items: items.remove(next(i for i in items if i[0] == "manifest.json")),
                               "thiếu bảng kê", False),
    "bad status value": (lambda items: edit_json(items, "dossier.json",
                                                 lambda d: d["assessments"][3].update(status="gan_dat")),
                         "assessments[3].status", True),
    "missing field": (lambda items: edit_json(items, "dossier.json", lambda d: d["council"][0].pop("role")),
                      "council[0].role: thiếu", True),
    "broken framework": (lambda items: edit_json(items, "dossier.json", lambda d: d["framework"].update(groups=[])),
                         "Bộ tiêu chí mang theo", True),
    "criterion outside framework": (lambda items: edit_json(items, "dossier.json", lambda d: d["assessments"].append(
                                        {**d["assessments"][0], "code": "IX.9"})),
                                    "không thuộc bộ tiêu chí", True),
    "evidence hash differs from file": (lambda items: edit_json(items, "dossier.json",
                                                                lambda d: d["evidence"][0].update(sha256="0" * 64)),
                                        "khác tệp", True),
    "manifest does not match data": (lambda items: edit_json(items, "manifest.json", lambda m: m.update(year=2025)),
                                     "không khớp dữ liệu", False),
}


@pytest.mark.parametrize("case", list(CASES))
def test_damaged_package_is_refused_and_nothing_changes(case, target, package, tmp_path):
    damage, message, fix_manifest = CASES[case]
    damaged = tmp_path / "hong.plandesk"
    if damage == "cut:0.5":
        damaged.write_bytes(package.read_bytes()[: package.stat().st_size // 2])
    elif damage == "cut:-1":
        damaged.write_bytes(package.read_bytes()[:-1])
    elif damage == "flip:pdf":
        _flip_in_entry(package, damaged, pdf_name(package))
    elif damage == "flip:dossier.json":
        _flip_in_entry(package, damaged, "dossier.json")
    else:
        rebuild(package, damaged, damage, fix_manifest=fix_manifest)
    before = workspace_digest(target)
    with pytest.raises(ServiceError, match=re.escape(message)):
        target.transfer.unpack(damaged)
    with pytest.raises(ServiceError):
        target.transfer.inspect(damaged)
    assert workspace_digest(target) == before


def test_random_bytes_are_not_a_package(target, tmp_path):
    junk = tmp_path / "junk.plandesk"
    junk.write_bytes(os.urandom(5000))
    before = workspace_digest(target)
    with pytest.raises(ServiceError, match="không phải gói PlanDesk"):
        target.transfer.unpack(junk)
    assert workspace_digest(target) == before


def test_missing_file_is_named(target, tmp_path):
    with pytest.raises(ServiceError, match="Không tìm thấy tệp gói"):
        target.transfer.unpack(tmp_path / "khong-co.plandesk")


def test_total_size_limit(target, package):
    before = workspace_digest(target)
    with pytest.raises(ServiceError, match="bom ZIP"):
        target.transfer.unpack(package, limits=Limits(max_total=100_000))
    with pytest.raises(ServiceError, match="tối đa 3"):
        target.transfer.unpack(package, limits=Limits(max_entries=3))
    assert workspace_digest(target) == before


def test_entry_larger_than_declared_is_cut_off(tmp_path):
    """A ZIP whose central directory under-declares an entry: reading stops at the declared
    size and the mismatch is named (the CRC or the hash no longer matches)."""
    from plandesk.transfer.errors import PackageError
    from plandesk.transfer.manifest import Manifest
    from plandesk.transfer.pack import Source, write_package
    from plandesk.transfer.read import open_package

    manifest = Manifest("ho_so", "0", "0003", "2024-10-05T08:00:00", "x", "f", "1", "t",
                        {"name": "a", "code": "", "kind": "xã", "district": "", "province": ""}, 2024)
    out = tmp_path / "goi.plandesk"
    payload = b"A" * 5000
    write_package(out, manifest, [Source("dossier.json", data=b"{}"), Source("evidence/a.txt", data=payload)])
    data = bytearray(out.read_bytes())
    with zipfile.ZipFile(out) as archive:
        archive.getinfo("evidence/a.txt")   # the entry is there (KeyError otherwise)
    # patch the uncompressed size in the entry's central directory record
    central = -1
    for match in re.finditer(re.escape(b"PK\x01\x02"), bytes(data)):
        start = match.start()
        length = int.from_bytes(data[start + 28:start + 30], "little")
        if data[start + 46:start + 46 + length] == b"evidence/a.txt":
            central = start
    assert central > 0
    data[central + 24:central + 28] = (100).to_bytes(4, "little")
    out.write_bytes(bytes(data))
    with pytest.raises(PackageError, match="kích thước|bị hỏng"):
        open_package(out, tmp_path / "staging")


def test_a_preview_checks_every_entry_but_writes_only_the_data(package, tmp_path):
    from plandesk.transfer.errors import PackageError
    from plandesk.transfer.read import open_package

    opened = open_package(package, tmp_path / "xem", extract=False)
    assert list(opened.files) == [opened.manifest.main_entry]
    assert [p.name for p in (tmp_path / "xem").iterdir()] == [opened.files[opened.manifest.main_entry].name]
    assert opened.checked_bytes == sum(f.size for f in opened.manifest.files)
    damaged = _flip_in_entry(package, tmp_path / "hong.plandesk", pdf_name(package))
    with pytest.raises(PackageError, match="bị hỏng"):
        open_package(damaged, tmp_path / "xem2", extract=False)
