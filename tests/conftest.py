"""Shared fixtures: a fresh workspace in tmp_path with its services; Qt offscreen."""
from __future__ import annotations

import os

import pytest
from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# CI explores the same examples on every run, so a red build is reproducible and never a dice
# roll; a developer's run explores new ones (and keeps failures in .hypothesis/).
settings.register_profile("ci", derandomize=True, deadline=None)
if os.environ.get("CI"):
    settings.load_profile("ci")

from plandesk.services import Services  # noqa: E402
from plandesk.storage.workspace import open_workspace  # noqa: E402


@pytest.fixture
def workspace_dir(tmp_path):
    return tmp_path / "workspace"


@pytest.fixture
def services(workspace_dir):
    s = Services.build(open_workspace(workspace_dir), user="tester")
    yield s
    s.close()


@pytest.fixture
def dossier(services):
    from plandesk.domain.dossier import UnitInfo

    return services.dossiers.create(UnitInfo("Thanh Mỹ", "30001", "huyện Tháp Mười", "tỉnh Đồng Tháp"), 2024,
                                    "xa-dien-hinh-antq")
