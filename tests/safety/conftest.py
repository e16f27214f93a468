"""Fixtures for the safety tests: a demo workspace made once, copied for each test."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from plandesk.services import Services
from plandesk.services.demo import create_demo
from plandesk.storage.workspace import open_workspace


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("safety-template") / "W"
    s = Services.build(open_workspace(root, maintenance_every=None), user="mẫu")
    try:
        create_demo(s)
    finally:
        s.close()
    shutil.rmtree(root / "backups")
    (root / "backups").mkdir()
    return root


@pytest.fixture
def demo_copy(demo_template, tmp_path):
    def make(name: str = "W") -> Path:
        target = tmp_path / name
        shutil.copytree(demo_template, target)
        return target
    return make
