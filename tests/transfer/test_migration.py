"""Migration 0003 (dossier_versions): down to 0002 and up again on a workspace with data; the
upgrade backs the database up first and loses nothing; the transfer history works after it."""
from __future__ import annotations

import sqlite3

from alembic import command

from plandesk.storage.engine import alembic_config, current_revision, head_revision
from plandesk.storage.workspace import open_workspace

from .conftest import make_services


def test_0003_down_and_up_keeps_the_dossier(commune, tmp_path):
    commune.transfer.pack(1, tmp_path / "a.plandesk")
    root = commune.workspace.root
    before = commune.transfer.dossier_data(1)
    command.downgrade(alembic_config(commune.workspace.engine), "0002")
    assert current_revision(commune.workspace.engine) == "0002"
    commune.close()
    con = sqlite3.connect(root / "plandesk.sqlite")
    assert not con.execute("SELECT 1 FROM sqlite_master WHERE name='dossier_versions'").fetchone()
    con.close()

    reopened = make_services(root, "Công an xã")
    try:
        assert current_revision(reopened.workspace.engine) == head_revision()
        assert reopened.workspace.upgrade_backup and "0002" in reopened.workspace.upgrade_backup
        after = reopened.transfer.dossier_data(1)
        # down to 0002 drops what later schemas added, the documents kept as issued (0006) too
        assert {k: v for k, v in after.items() if k not in ("history", "issued_documents")} == \
            {k: v for k, v in before.items() if k not in ("history", "issued_documents")}
        result = reopened.transfer.pack(1, tmp_path / "b.plandesk")
        assert result.submission_id.endswith("-001")      # the sequence restarts with the new table
        assert [v["reason"] for v in reopened.transfer.versions(1)] == ["goi_da_xuat"]
        assert reopened.integrity.check().ok
    finally:
        reopened.close()


def test_new_workspace_has_the_table(tmp_path):
    ws = open_workspace(tmp_path / "moi")
    try:
        with ws.engine.connect() as connection:
            names = {r[0] for r in connection.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='index'")}
        assert "ix_dossier_versions_dossier_id" in names
    finally:
        ws.close()
