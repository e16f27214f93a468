"""Migrations: a new workspace goes through them; a workspace from every released schema is
backed up and upgraded without losing anything; a newer or damaged file is refused untouched."""
from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory

from plandesk.domain.dossier import Status
from plandesk.domain.rules import Suggestion
from plandesk.services import Services
from plandesk.storage.engine import alembic_config, current_revision, head_revision, shipped_revisions
from plandesk.storage.workspace import WorkspaceError, open_workspace

FIXTURES = Path(__file__).parent / "fixtures"
HELLO_SHA256 = "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824"   # of b"hello"


def load_fixture(name: str, root: Path) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    db = root / "plandesk.sqlite"
    con = sqlite3.connect(db)
    con.executescript((FIXTURES / name).read_text(encoding="utf-8"))
    con.close()
    return db


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_revision_chain_is_linear():
    script = ScriptDirectory.from_config(alembic_config())
    assert len(script.get_heads()) == 1
    assert len(script.get_bases()) == 1
    for revision in script.walk_revisions():
        assert len(revision.nextrev) <= 1, f"branch at {revision.revision}"


def test_revisions_read_from_the_files_are_alembics():
    # the usual open decides "nothing to upgrade" from the files alone, without Alembic
    script = ScriptDirectory.from_config(alembic_config())
    assert shipped_revisions() == (script.get_current_head(), frozenset(r.revision for r in script.walk_revisions()))


def test_new_workspace_is_created_at_head(tmp_path):
    ws = open_workspace(tmp_path / "ws")
    assert current_revision(ws.engine) == head_revision()
    assert ws.upgrade_backup is None
    assert not list(ws.backups_dir.iterdir())
    ws.close()


def test_schema_0001_is_backed_up_and_upgraded_without_loss(tmp_path):
    root = tmp_path / "ws"
    db = load_fixture("schema-0001.sql", root)
    before = digest(db)
    (root / "evidence" / "2c").mkdir(parents=True)
    (root / "evidence" / "2c" / HELLO_SHA256).write_bytes(b"hello")
    services = Services.build(open_workspace(root), user="tester")
    try:
        assert current_revision(services.workspace.engine) == head_revision()
        backup = Path(services.workspace.upgrade_backup)
        assert backup.parent == root / "backups" and "0001" in backup.name
        con = sqlite3.connect(backup)
        assert con.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        con.close()
        status = services.dossiers.status(1)
        assert status.dossier.unit.name == "Thanh Mỹ" and status.dossier.year == 2024
        iii3 = next(c for c in status.criteria if c.code == "III.3")
        assert iii3.status is Status.DAT and iii3.suggestion is Suggestion.DAT and iii3.evidence_count == 1
        assert next(c for c in status.criteria if c.code == "I.2").result == "Đã ban hành Nghị quyết."
        assert services.dossiers.council(1)[0].name == "Nguyễn Văn Hùng"
        assert services.integrity.check().ok
        services.dossiers.update_assessment(1, "I.2", result="Đã ban hành đủ văn bản.")  # writable after upgrade
        assert services.dossiers.history(1)[-1].action == "sua_tieu_chi"
    finally:
        services.close()
    assert before != digest(db)


def test_newer_schema_is_refused_and_left_untouched(tmp_path):
    root = tmp_path / "ws"
    db = load_fixture("schema-0001.sql", root)
    con = sqlite3.connect(db)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    before = digest(db)
    with pytest.raises(WorkspaceError, match="phiên bản PlanDesk mới hơn"):
        open_workspace(root)
    assert digest(db) == before


def test_damaged_database_is_refused_and_kept(tmp_path):
    root = tmp_path / "ws"
    root.mkdir()
    db = root / "plandesk.sqlite"
    db.write_bytes(b"this is not a database" * 200)
    before = digest(db)
    with pytest.raises(WorkspaceError, match="bị hỏng"):
        open_workspace(root)
    assert digest(db) == before


def test_schema_0005_is_upgraded_and_documents_can_then_be_kept_as_issued(tmp_path):
    import datetime as dt

    from plandesk.services.export import ExportService
    from plandesk.services.issued import IssueService

    root = tmp_path / "ws"
    db = load_fixture("schema-0005.sql", root)
    (root / "evidence" / "2c").mkdir(parents=True)
    (root / "evidence" / "2c" / HELLO_SHA256).write_bytes(b"hello")
    services = Services.build(open_workspace(root), user="tester")
    try:
        assert current_revision(services.workspace.engine) == head_revision()
        backup = Path(services.workspace.upgrade_backup)
        con = sqlite3.connect(backup)
        assert con.execute("SELECT version_num FROM alembic_version").fetchone() == ("0005",)
        con.close()
        # what 0001–0005 held is all there
        status = services.dossiers.status(1)
        assert next(c for c in status.criteria if c.code == "III.3").status is Status.DAT
        assert services.dossiers.settings(1).numbers == {"ke_hoach": "02"}
        seals = services.seals.seals(1)
        assert len(seals) == 1 and seals[0].reopen_reason == "Bổ sung minh chứng" and services.seals.seal(1) is None
        # the new table works: the kế hoạch issued with the number of its settings, kept as issued
        export = ExportService(services.dossiers, services.evidence)
        issued = IssueService(export).issue(1, "ke-hoach", issued_on=dt.date(2024, 1, 25))
        assert issued.number == "Số: 02/KH-HĐ" and issued.version == 1
        assert export.render(1, "ke-hoach", "pdf") == IssueService(export).file(1, issued.id, "pdf")
    finally:
        services.close()
    con = sqlite3.connect(db)
    assert con.execute("SELECT count(*) FROM issued_documents").fetchone() == (1,)
    con.close()
