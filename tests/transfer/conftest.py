"""Fixtures for packages: a commune's workspace with the sample dossier (and a few awkward
evidence names), a second workspace to import into, the package made from the first, and
helpers to damage a package and to fingerprint a workspace."""
from __future__ import annotations

import hashlib
import io
import json
import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from plandesk.services import Services
from plandesk.services.demo import create_demo
from plandesk.storage.workspace import open_workspace
from plandesk.transfer.pack import seal_zip


def make_services(root: Path, user: str, database: str | None = None) -> Services:
    return Services.build(open_workspace(root, database=database), user=user)


@pytest.fixture(scope="session")
def commune_template(tmp_path_factory) -> Path:
    """Made once: the commune's workspace with the sample dossier plus evidence with a
    decomposed (NFD) name, a name with characters Windows refuses, and one document linked
    to two criteria. Tests work on copies."""
    root = tmp_path_factory.mktemp("template") / "xa"
    s = make_services(root, "Công an xã")
    info, _ = create_demo(s)
    s.evidence.attach_bytes(info.id, "II.2", "Bie\u0302\u0300n ba\u0309n tuye\u0302n truye\u0302\u0300n.txt",
                            "Nội dung buổi tuyên truyền pháp luật.\n".encode() * 50)
    attached = s.evidence.attach_bytes(info.id, "III.12", 'Tap huan: "luc luong" <co so>?.txt', b"\x00\x01binary" * 10)
    s.evidence.link(info.id, attached.evidence.id, "III.13")
    s.close()
    return root


@pytest.fixture
def commune(commune_template, tmp_path):
    shutil.copytree(commune_template, tmp_path / "xa")
    s = make_services(tmp_path / "xa", "Công an xã")
    yield s
    s.close()


@pytest.fixture
def reviewer(tmp_path, database):
    """The reviewing office's workspace: its SQLite file, or a shared server in modules that
    run on both databases."""
    s = make_services(tmp_path / "tham-dinh", "Ban Chỉ đạo", database)
    yield s
    s.close()


@pytest.fixture
def package(commune, tmp_path) -> Path:
    out = tmp_path / "usb" / "thanh-my.plandesk"
    out.parent.mkdir()
    commune.transfer.pack(1, out)
    return out


def workspace_digest(services: Services) -> str:
    """Everything the workspace holds: every table's rows (in a stable order) and every file
    under evidence/ (path and bytes). The database is read through the workspace's engine: the
    SQLite file or the PostgreSQL server alike."""
    from sqlalchemy import inspect, text

    root = services.workspace.root
    digest = hashlib.sha256()
    with services.workspace.engine.connect() as connection:
        for table in sorted(inspect(connection).get_table_names()):
            digest.update(table.encode())
            for row in connection.execute(text(f'SELECT * FROM "{table}" ORDER BY 1')):
                digest.update(repr(tuple(row)).encode())
    for path in sorted((root / "evidence").rglob("*")):
        digest.update(str(path.relative_to(root)).encode())
        if path.is_file():
            digest.update(path.read_bytes())
    return digest.hexdigest()


def entries(package: Path) -> list[tuple[zipfile.ZipInfo, bytes]]:
    with zipfile.ZipFile(package) as archive:
        return [(info, archive.read(info)) for info in archive.infolist()]


def rebuild(package: Path, target: Path, change: Callable[[list[list]], None], fix_manifest: bool = False,
            seal: bool = True) -> Path:
    """Write a copy of ``package`` whose entries (a list of [name, bytes, ZipInfo]) went through
    ``change``; with ``fix_manifest`` the manifest is rewritten to match the new entries, so
    only the change under test is wrong. ``seal``: end it with a correct whole-file digest,
    as a forger who knows the format would (else the digest check refuses it first)."""
    items = [[info.filename, data, info] for info, data in entries(package)]
    change(items)
    if fix_manifest:
        manifest_item = next(i for i in items if i[0] == "manifest.json")
        manifest = json.loads(manifest_item[1])
        manifest["files"] = [{"path": name, "size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
                             for name, data, _ in items if name != "manifest.json"]
        manifest_item[1] = json.dumps(manifest, ensure_ascii=False).encode()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data, old in items:
            info = zipfile.ZipInfo(name, date_time=old.date_time if old else (2024, 1, 1, 0, 0, 0))
            info.compress_type = old.compress_type if old else zipfile.ZIP_DEFLATED
            info.create_system = old.create_system if old else 3
            info.external_attr = old.external_attr if old else 0o100644 << 16
            import warnings
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # duplicate names are what some tests want
                archive.writestr(info, data)
    target.write_bytes(seal_zip(buffer.getvalue()) if seal else buffer.getvalue())
    return target


def edit_json(items: list[list], name: str, edit: Callable[[dict], None]) -> None:
    item = next(i for i in items if i[0] == name)
    data = json.loads(item[1])
    edit(data)
    item[1] = json.dumps(data, ensure_ascii=False).encode()
