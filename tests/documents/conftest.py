"""The sample dossier made once per session (create_demo renders its evidence PDFs, about a
second) and copied into each test's own workspace, so tests stay independent and fast."""
from __future__ import annotations

import shutil

import pytest

from plandesk.services import Services
from plandesk.services.demo import create_demo
from plandesk.storage.workspace import open_workspace


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory):
    root = tmp_path_factory.mktemp("demo-template") / "workspace"
    services = Services.build(open_workspace(root), user="tester")
    try:
        info, _ = create_demo(services)
    finally:
        services.close()
    return root, info.id


@pytest.fixture
def demo(demo_template, tmp_path):
    """(services, dossier id) on a private copy of the sample dossier's workspace."""
    template, dossier_id = demo_template
    root = tmp_path / "workspace"
    shutil.copytree(template, root, ignore=shutil.ignore_patterns("*.lock", "*lock*"))
    services = Services.build(open_workspace(root), user="tester")
    yield services, dossier_id
    services.close()


@pytest.fixture(scope="session")
def demo_mid_year_template(tmp_path_factory):
    root = tmp_path_factory.mktemp("demo-mid-year-template") / "workspace"
    services = Services.build(open_workspace(root), user="tester")
    try:
        info, _ = create_demo(services, "giua-nam")
    finally:
        services.close()
    return root, info.id


@pytest.fixture
def demo_mid_year(demo_mid_year_template, tmp_path):
    """(services, dossier id) on a private copy of the sample dossier in its June state."""
    template, dossier_id = demo_mid_year_template
    root = tmp_path / "workspace-mid"
    shutil.copytree(template, root, ignore=shutil.ignore_patterns("*.lock", "*lock*"))
    services = Services.build(open_workspace(root), user="tester")
    yield services, dossier_id
    services.close()
