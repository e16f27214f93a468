"""Shared fixtures: a fresh workspace in tmp_path with its services; Qt offscreen.

Modules marked ``both_databases`` run each test that uses the ``database`` fixture (the
``services`` fixture does) twice: on the workspace's SQLite file and on a PostgreSQL server,
the one named by $PLANDESK_TEST_POSTGRES (``postgresql://user:password@host:port/db``; the
user must be able to create schemas there). Each PostgreSQL test gets a fresh schema, dropped
afterwards. Without the variable the PostgreSQL runs are skipped."""
from __future__ import annotations

import os
import uuid
from contextlib import contextmanager

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

POSTGRES_ENV = "PLANDESK_TEST_POSTGRES"


def pytest_generate_tests(metafunc):
    if "database" in metafunc.fixturenames and metafunc.definition.get_closest_marker("both_databases"):
        metafunc.parametrize("database", ["sqlite", "postgresql"], indirect=True)


def postgres_schema_url(base: str, schema: str) -> str:
    """``base`` with every connection's search_path set to ``schema``."""
    from sqlalchemy.engine import make_url

    url = make_url(base)
    return url.update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(hide_password=False)


def _server() -> str:
    base = os.environ.get(POSTGRES_ENV)
    if not base:
        pytest.skip(f"{POSTGRES_ENV} is not set: no PostgreSQL server to test against")
    return base


@contextmanager
def _fresh_schema(server: str):
    from sqlalchemy import create_engine, text

    from plandesk.storage.engine import database_url

    schema = f"t_{uuid.uuid4().hex[:16]}"
    admin = create_engine(database_url(server))
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield postgres_schema_url(server, schema), schema
    finally:
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture
def postgres_server():
    """The test server's URL (skips the test when $PLANDESK_TEST_POSTGRES is not set)."""
    return _server()


@pytest.fixture
def postgres_schema(postgres_server):
    """A fresh, empty schema on the test server: (URL whose connections use it, name)."""
    with _fresh_schema(postgres_server) as made:
        yield made


@pytest.fixture(scope="module")
def postgres_module_schema():
    """A fresh schema shared by a module's tests (a template they only read): its URL."""
    with _fresh_schema(_server()) as (url, _):
        yield url


@pytest.fixture
def database(request):
    """None: the workspace's own SQLite file; else a PostgreSQL URL on a fresh schema."""
    if getattr(request, "param", "sqlite") == "sqlite":
        return None
    url, _ = request.getfixturevalue("postgres_schema")
    return url


@pytest.fixture
def workspace_dir(tmp_path):
    return tmp_path / "workspace"


@pytest.fixture
def services(workspace_dir, database):
    s = Services.build(open_workspace(workspace_dir, database=database), user="tester")
    yield s
    s.close()


@pytest.fixture
def dossier(services):
    from plandesk.domain.dossier import UnitInfo

    return services.dossiers.create(UnitInfo("Thanh Mỹ", "30001", "huyện Tháp Mười", "tỉnh Đồng Tháp"), 2024,
                                    "xa-dien-hinh-antq")
