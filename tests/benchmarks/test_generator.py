"""The benchmark data generator makes valid files and a workspace the services can read
(a tiny scale; the benchmarks themselves never run in CI)."""
from __future__ import annotations

import io

from PIL import Image
from pypdf import PdfReader

from benchmarks.generate import build_workspace, make_sources
from plandesk.services import Services
from plandesk.storage.workspace import open_workspace


def test_sources_are_valid_and_deterministic(tmp_path):
    files = make_sources(tmp_path / "a", 9, seed=7)
    again = make_sources(tmp_path / "b", 9, seed=7)
    assert [f.sha256 for f in files] == [f.sha256 for f in again]
    assert len({f.sha256 for f in files}) == 9
    kinds = {f.kind for f in files}
    assert kinds == {"pdf", "jpeg"}
    for f in files:
        data = f.path.read_bytes()
        if f.kind == "pdf":
            assert len(PdfReader(io.BytesIO(data)).pages) == f.pages
        else:
            assert 0.4e6 < len(data) < 6e6
            Image.open(io.BytesIO(data)).verify()


def test_workspace_holds_the_communes_and_the_big_dossier(tmp_path):
    files = make_sources(tmp_path / "src", 20, seed=3)
    info = build_workspace(tmp_path / "ws", files, communes=2, seed=3)
    services = Services.build(open_workspace(tmp_path / "ws", backup=False, maintenance_every=None))
    try:
        assert len(services.dossiers.list_dossiers()) == info["dossiers"] == 2 * 3 + 3
        assert len(services.evidence.list(info["big_dossier"])) == 20
        assert len(services.evidence.list(info["export_dossier"])) == info["export_evidence"]
        assert services.integrity.check().ok
        assert len(services.rollup.rollup(2024).rows) == 2 + 3
    finally:
        services.close()
