"""Property-based tests (hypothesis) for damaged packages: whatever byte is flipped and
wherever the file is cut, a package is either refused or yields exactly what was packed —
never something else; an encrypted one is always refused; and the names PlanDesk writes are
always names it accepts."""
from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from plandesk.services import ServiceError
from plandesk.services.demo import create_demo
from plandesk.services.transfer import entry_name
from plandesk.transfer.errors import PackageError
from plandesk.transfer.manifest import Manifest
from plandesk.transfer.names import entry_problem
from plandesk.transfer.pack import Source, write_package
from plandesk.transfer.read import open_package

from .conftest import make_services, workspace_digest

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
UNIT = {"name": "Thanh Mỹ", "code": "", "kind": "xã", "district": "", "province": ""}
CONTENT = {"dossier.json": b'{"format": "plandesk-dossier"}' * 20,
           "evidence/001_Ke hoach.pdf": bytes(range(256)) * 8,
           "evidence/002_Bien ban.txt": "Biên bản họp Hội đồng.\n".encode() * 40}


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    folder = tmp_path_factory.mktemp("props")
    manifest = Manifest("ho_so", "0.1.0", "0003", "2024-10-05T08:00:00", "x-2024-001", "xa-dien-hinh-antq",
                        "2023.1", "t", UNIT, 2024)
    plain, sealed = folder / "plain.plandesk", folder / "sealed.plandesk"
    sources = [Source(name, data=data) for name, data in CONTENT.items()]
    write_package(plain, manifest, sources)
    write_package(sealed, manifest, sources, passphrase="mật khẩu", log2_n=10)
    return plain.read_bytes(), sealed.read_bytes()


def _open(data: bytes, passphrase: str | None = None):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "goi.plandesk"
        path.write_bytes(data)
        opened = open_package(path, Path(folder) / "staging", passphrase=passphrase)
        return {name: p.read_bytes() for name, p in opened.files.items()}


@FAST
@given(position=st.floats(0, 1, exclude_max=True), mask=st.integers(1, 255))
# found by this test: flips in the central directory that make zipfile raise
# NotImplementedError (a "version 8.4", "strong encryption", "compressed patched data")
@example(position=0.975716024315331, mask=64)
@example(position=0.9765625, mask=64)
@example(position=0.9765625, mask=32)
@example(position=0.9991917541601137, mask=1)  # a central directory offset past the end: EINVAL on seek
def test_flipped_byte_is_refused_or_harmless(small, position, mask):
    data = bytearray(small[0])
    data[int(position * len(data))] ^= mask
    try:
        files = _open(bytes(data))
    except PackageError as exc:
        assert str(exc)
        return
    # accepted only when the flip hit bytes that carry no content (a timestamp, a comment...)
    assert files == CONTENT


@FAST
@given(length=st.integers(0, 10 ** 6))
def test_truncated_package_is_refused(small, length):
    data = small[0]
    with pytest.raises(PackageError):
        _open(data[: length % len(data)])


@settings(max_examples=25, deadline=None)
@given(position=st.floats(0, 1, exclude_max=True), mask=st.integers(1, 255), cut=st.booleans())
def test_any_damage_to_an_encrypted_package_is_refused(small, position, mask, cut):
    data = bytearray(small[1])
    index = int(position * len(data))
    if cut:
        data = data[:index]
    else:
        data[index] ^= mask
    with pytest.raises(PackageError):
        _open(bytes(data), "mật khẩu")


@settings(max_examples=300, deadline=None)
@given(name=st.text(min_size=0, max_size=300))
def test_names_written_are_names_accepted(name):
    path = f"evidence/001_{entry_name(name)}"
    assert entry_problem(path) is None


@settings(max_examples=300, deadline=None)
@given(name=st.lists(st.sampled_from(list("aĐ./\\:-_ \x00*?<>|") + ["..", "CON", "C:", "\u0301"]),
                    max_size=12).map("".join))
def test_accepted_names_cannot_escape(name):
    if entry_problem(name) is None:
        parts = name.split("/")
        assert ".." not in parts and "" not in parts and "\\" not in name and ":" not in name
        assert not name.startswith("/") and "\x00" not in name


@pytest.fixture(scope="module")
def service_setup(tmp_path_factory):
    root = tmp_path_factory.mktemp("props-service")
    commune = make_services(root / "xa", "xa")
    create_demo(commune)
    package = root / "goi.plandesk"
    commune.transfer.pack(1, package)
    source = commune.transfer.dossier_data(1)
    commune.close()
    make_services(root / "empty", "tham-dinh").close()
    return package.read_bytes(), root / "empty", source


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(position=st.floats(0, 1, exclude_max=True), mask=st.integers(1, 255))
def test_import_of_a_damaged_package_refuses_or_is_exact(service_setup, tmp_path, position, mask):
    raw, empty, source = service_setup
    with tempfile.TemporaryDirectory(dir=tmp_path) as folder:
        target = Path(folder) / "ws"
        shutil.copytree(empty, target)
        services = make_services(target, "tham-dinh")
        try:
            data = bytearray(raw)
            data[int(position * len(data))] ^= mask
            damaged = Path(folder) / "goi.plandesk"
            damaged.write_bytes(bytes(data))
            before = workspace_digest(services)
            try:
                report = services.transfer.unpack(damaged)
            except ServiceError:
                assert workspace_digest(services) == before
                return
            imported = services.transfer.dossier_data(report.dossier_id)
            assert {k: v for k, v in imported.items() if k != "history"} == \
                {k: v for k, v in source.items() if k != "history"}
        finally:
            services.close()
