"""A shared workspace: the database on a PostgreSQL server ($PLANDESK_TEST_POSTGRES, a fresh
schema per test), the evidence in the folder. The same migrations as SQLite, the search
without accents, one audit chain when two PCs write at once, refusals that name the server
and say what to do. The refusal for an unreachable server needs no server and always runs."""
from __future__ import annotations

import socket
import threading
import time

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import String, create_engine, text

from plandesk.domain.access import Action, Actor
from plandesk.domain.dossier import UnitInfo
from plandesk.services import ServiceError, Services, audit
from plandesk.storage import orm
from plandesk.storage.engine import alembic_config, current_revision, database_url, head_revision
from plandesk.storage.textindex import PART_OVERLAP, PART_WORDS
from plandesk.storage.workspace import DATABASE_SETTING, WorkspaceError, open_workspace


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def pg(postgres_schema):
    """(URL on a fresh schema, schema name, an engine on it for looking)."""
    url, schema = postgres_schema
    engine = create_engine(database_url(url))
    yield url, schema, engine
    engine.dispose()


def shared(root, url, user="tester") -> Services:
    return Services.build(open_workspace(root, database=url), user=user)


def make_dossier(services: Services) -> int:
    return services.dossiers.create(UnitInfo("Thanh Mỹ", "30001", "huyện Tháp Mười", "tỉnh Đồng Tháp"), 2024,
                                    "xa-dien-hinh-antq").id


# -- the schema ---------------------------------------------------------------------------------
def _same_type(context, inspected, metadata, inspected_type, metadata_type):
    # String(n) is VARCHAR without a length on the server (SQLite never enforced n)
    if isinstance(metadata_type, String) and type(inspected_type).__name__ == "VARCHAR":
        return False
    return None


def test_the_migrations_build_the_orm_schema_on_postgres(pg, tmp_path):
    url, _, engine = pg
    shared(tmp_path / "ws", url).close()
    with engine.connect() as connection:
        assert current_revision(engine) == head_revision()
        context = MigrationContext.configure(connection, opts={"compare_type": _same_type})
        diffs = [d for d in compare_metadata(context, orm.Base.metadata)  # the search index has no ORM class
                 if getattr(getattr(d[1], "table", d[1]), "name", None) != "evidence_search"]
    assert diffs == []


def test_migrations_go_down_to_nothing_and_up_again_on_postgres(pg, tmp_path):
    url, _, engine = pg
    shared(tmp_path / "ws", url).close()
    command.downgrade(alembic_config(engine), "base")
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM information_schema.tables "
                                       "WHERE table_schema = current_schema() AND table_name <> 'alembic_version'")
                                  ).scalar() == 0
    command.upgrade(alembic_config(engine), "head")
    assert current_revision(engine) == head_revision()


def test_a_newer_schema_on_the_server_is_refused_untouched(pg, tmp_path):
    url, _, engine = pg
    shared(tmp_path / "ws", url).close()
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(WorkspaceError, match="phiên bản PlanDesk mới hơn.*9999"):
        open_workspace(tmp_path / "ws", database=url)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == "9999"


def test_a_database_holding_other_tables_is_not_written_to(pg, tmp_path):
    url, _, engine = pg
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE ke_toan (id integer)"))
    with pytest.raises(WorkspaceError, match="không phải của PlanDesk.*ke_toan"):
        open_workspace(tmp_path / "ws", database=url)
    with engine.connect() as connection:
        tables = connection.execute(text("SELECT table_name FROM information_schema.tables "
                                         "WHERE table_schema = current_schema()")).scalars().all()
    assert tables == ["ke_toan"]


# -- refusals that name the server ------------------------------------------------------------------
def test_an_unreachable_server_is_named_and_nothing_is_created(tmp_path):
    port = free_port()
    started = time.monotonic()
    with pytest.raises(WorkspaceError) as caught:
        open_workspace(tmp_path / "ws", database=f"postgresql://tham_dinh:x@127.0.0.1:{port}/plandesk")
    message = str(caught.value)
    assert f"máy chủ PostgreSQL '127.0.0.1:{port}', cơ sở dữ liệu 'plandesk'" in message
    assert "không kết nối được tới máy chủ" in message and "x@" not in message
    assert time.monotonic() - started < 30
    assert not (tmp_path / "ws" / "plandesk.sqlite").exists()


def test_a_url_that_is_not_postgresql_is_refused(tmp_path):
    with pytest.raises(WorkspaceError, match="chỉ dùng chung được cơ sở dữ liệu PostgreSQL"):
        open_workspace(tmp_path / "ws", database="mysql://a@b/c")
    with pytest.raises(WorkspaceError, match="thiếu tên cơ sở dữ liệu"):
        open_workspace(tmp_path / "ws", database="postgresql://a@b:5432")


def test_wrong_password_and_missing_database_are_explained(postgres_server, tmp_path):
    url = database_url(postgres_server)
    wrong = url.set(password="sai-mat-khau").render_as_string(hide_password=False)
    with pytest.raises(WorkspaceError, match=f"sai tên đăng nhập '{url.username}' hoặc mật khẩu") as caught:
        open_workspace(tmp_path / "ws", database=wrong)
    assert "sai-mat-khau" not in str(caught.value)
    missing = url.set(database="khong_co_csdl_nay").render_as_string(hide_password=False)
    with pytest.raises(WorkspaceError, match="chưa có cơ sở dữ liệu 'khong_co_csdl_nay'.*createdb"):
        open_workspace(tmp_path / "ws", database=missing)


# -- several PCs at once ---------------------------------------------------------------------------
def test_two_pcs_open_the_shared_workspace_at_once_and_see_each_other(pg, tmp_path):
    url, _, _ = pg
    folder = tmp_path / "chia-se"
    first, second = shared(folder, url, "Máy 1"), shared(folder, url, "Máy 2")  # no lock refuses the second
    try:
        assert not (folder / "plandesk.lock").exists() and not (folder / "plandesk.sqlite").exists()
        dossier_id = make_dossier(first)
        second.dossiers.update_assessment(dossier_id, "I.1", result="Đã ban hành kế hoạch.")
        assert first.dossiers.assessment(dossier_id, "I.1").result == "Đã ban hành kế hoạch."
        assert [h.user for h in first.dossiers.history(dossier_id)][-2:] == ["Máy 1", "Máy 2"]
    finally:
        first.close()
        second.close()


def test_the_audit_chain_waits_for_the_other_pc_instead_of_forking(pg, tmp_path):
    """PC 1 has written an entry but not committed yet; PC 2's entry must wait and chain onto it."""
    url, _, _ = pg
    first, second = shared(tmp_path / "ws", url, "Máy 1"), shared(tmp_path / "ws", url, "Máy 2")
    try:
        session_one = first.workspace.sessions()
        session_one.begin()
        mine = audit.record(session_one, actor=Actor("Máy 1"), dossier_id=None, action=Action.CREATE_ACCOUNT)
        done = threading.Event()
        failure: list[BaseException] = []

        def other_pc() -> None:
            try:
                with second.workspace.sessions.begin() as session_two:
                    audit.record(session_two, actor=Actor("Máy 2"), dossier_id=None, action=Action.CREATE_ACCOUNT)
            except BaseException as exc:  # pragma: no cover - reported below
                failure.append(exc)
            finally:
                done.set()

        worker = threading.Thread(target=other_pc)
        worker.start()
        assert not done.wait(1.0), "the second PC did not wait for the first one's transaction"
        session_one.commit()
        session_one.close()
        worker.join(20)
        assert done.is_set() and not failure
        with second.workspace.sessions() as session:
            entries = session.query(orm.AuditEntry).order_by(orm.AuditEntry.id).all()
            assert [e.user for e in entries] == ["Máy 1", "Máy 2"]
            assert entries[1].prev_hash == mine.entry_hash
            assert audit.verify_chain(session) == []
    finally:
        first.close()
        second.close()


def test_many_writes_from_two_pcs_keep_one_chain(pg, tmp_path):
    url, _, _ = pg
    first, second = shared(tmp_path / "ws", url, "Máy 1"), shared(tmp_path / "ws", url, "Máy 2")
    try:
        dossier_id = make_dossier(first)
        errors: list[BaseException] = []

        def write(services: Services, code: str) -> None:
            try:
                for n in range(15):
                    services.dossiers.update_assessment(dossier_id, code, result=f"Lần {n}")
            except BaseException as exc:  # pragma: no cover - reported below
                errors.append(exc)

        workers = [threading.Thread(target=write, args=(s, c)) for s, c in ((first, "I.1"), (second, "I.2"))]
        for w in workers:
            w.start()
        for w in workers:
            w.join(60)
        assert errors == []
        assert first.integrity.check().problems == []
        assert sum(h.action == "sua_tieu_chi" for h in first.dossiers.history(dossier_id)) == 30
    finally:
        first.close()
        second.close()


# -- search ---------------------------------------------------------------------------------------
def test_search_without_accents_on_the_server_finds_words_across_parts(pg, tmp_path):
    url, _, engine = pg
    services = shared(tmp_path / "ws", url)
    try:
        dossier_id = make_dossier(services)
        filler = ["lượt"] * (PART_WORDS - PART_OVERLAP // 2 - 2)
        # "Ngày hội toàn dân" straddles the first two parts; "Tháp Mười" is only in the second
        words = ["Kế", "hoạch", *filler, "Ngày", "hội", "toàn", "dân", *(["tuần"] * 50), "Tháp", "Mười"]
        long_doc = services.evidence.attach_bytes(dossier_id, "II.2", "ke-hoach.txt", " ".join(words).encode())
        other = services.evidence.attach_bytes(dossier_id, "II.3", "bao-cao.txt",
                                               "Báo cáo: ngày hội, toàn thể nhân dân tham gia.".encode())
        with engine.connect() as connection:
            parts = connection.execute(text("SELECT count(*) FROM evidence_search WHERE evidence_id = :i"),
                                       {"i": long_doc.evidence.id}).scalar()
        assert parts == 2
        search = services.evidence_text.search
        hits = search("ngay hoi toan dan")
        assert [h.evidence_id for h in hits][:2] == [long_doc.evidence.id, other.evidence.id]  # the phrase first
        assert "Ngày hội toàn dân" in hits[0].snippet
        assert [h.evidence_id for h in search("KE HOACH thap muoi")] == [long_doc.evidence.id]  # words in two parts
        assert [h.evidence_id for h in search("nhan da")] == [other.evidence.id]  # the last word as a prefix
        assert search("khong co tu nay") == []
        services.evidence.unlink(dossier_id, long_doc.evidence.id, "II.2")
        services.evidence.remove(dossier_id, long_doc.evidence.id)
        # another PC may be attaching the same file right now: the file stays for 'check --repair'
        assert services.workspace.store.has(long_doc.evidence.sha256)
        assert services.integrity.check().orphans == [long_doc.evidence.sha256]
        with engine.connect() as connection:
            assert connection.execute(text("SELECT count(*) FROM evidence_search WHERE evidence_id = :i"),
                                      {"i": long_doc.evidence.id}).scalar() == 0
        assert [h.evidence_id for h in search("ngay hoi toan dan")] == [other.evidence.id]
    finally:
        services.close()


# -- backups, check, the setting --------------------------------------------------------------------
def test_backup_and_restore_refuse_and_say_to_use_the_servers_backups(pg, tmp_path):
    url, _, _ = pg
    services = shared(tmp_path / "ws", url)
    try:
        make_dossier(services)
        for attempt in (lambda: services.backup.full_backup(tmp_path / "usb"),
                        lambda: services.backup.restore(tmp_path / "any.zip"),
                        lambda: services.backup.automatic_backup()):
            with pytest.raises(ServiceError, match="máy chủ PostgreSQL.*pg_dump"):
                attempt()
        assert services.workspace.backup_now() is None and services.workspace.backup_warning is None
        assert not list((tmp_path / "ws" / "backups").iterdir())
        assert not (tmp_path / "usb").exists()
    finally:
        services.close()


def test_check_verifies_evidence_and_the_audit_chain_on_the_server(pg, tmp_path):
    url, _, engine = pg
    services = shared(tmp_path / "ws", url)
    try:
        dossier_id = make_dossier(services)
        attached = services.evidence.attach_bytes(dossier_id, "I.2", "nghi-quyet.txt", "Nghị quyết".encode())
        report = services.integrity.check()
        assert report.ok and report.files_checked == 1 and any("máy chủ tự bảo đảm" in n for n in report.notes)
        services.workspace.store.path_for(attached.evidence.sha256).write_bytes(b"sua")
        with engine.begin() as connection:
            connection.execute(text("UPDATE audit_log SET new_value = 'gia mao' WHERE id = 1"))
        problems = services.integrity.check().problems
        assert any("nghi-quyet.txt" in p for p in problems) and any("mục số 1 đã bị sửa" in p for p in problems)
    finally:
        services.close()


def test_repair_on_a_shared_folder_leaves_fresh_files_of_other_pcs(pg, tmp_path):
    url, _, _ = pg
    services = shared(tmp_path / "ws", url)
    try:
        store = services.workspace.store
        fresh = store.path_for("ab" * 32)
        fresh.parent.mkdir(parents=True, exist_ok=True)
        fresh.write_bytes(b"another PC is attaching this")
        result = services.integrity.repair()
        assert fresh.exists() and result.removed_orphans == []
        assert any("máy khác có thể đang đính kèm" in n for n in result.after.notes)
    finally:
        services.close()


def test_the_folder_remembers_its_server_without_the_password(pg, tmp_path):
    url, _, _ = pg
    folder = tmp_path / "chia-se"
    services = shared(folder, url)
    try:
        make_dossier(services)
        path = services.database.remember()
    finally:
        services.close()
    written = path.read_text(encoding="utf-8")
    assert path == folder / DATABASE_SETTING and "postgresql://" in written
    assert database_url(url).password not in written
    # the password comes from the environment (libpq's PGPASSWORD) as a user would set it up
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("PGPASSWORD", database_url(url).password)
        again = Services.build(open_workspace(folder), user="tester")  # no URL given: database.txt
        try:
            assert again.workspace.shared and len(again.dossiers.list_dossiers()) == 1
            info = again.database.info()
            assert info.shared and info.setting == path and info.revision == head_revision()
        finally:
            again.close()


def test_a_user_without_the_right_to_create_tables_is_told_so(pg, tmp_path):
    url, schema, engine = pg
    with engine.begin() as connection:
        connection.execute(text(f'REVOKE CREATE ON SCHEMA "{schema}" FROM CURRENT_USER'))
    with pytest.raises(WorkspaceError, match="không có quyền.*Chưa thay đổi gì"):
        open_workspace(tmp_path / "ws", database=url)


def test_a_row_another_pc_wrote_in_between_is_explained_not_a_crash(pg, tmp_path):
    from plandesk.storage.engine import ServerTrouble

    url, _, _ = pg
    services = shared(tmp_path / "ws", url)
    try:
        dossier_id = make_dossier(services)
        sha = services.evidence.attach_bytes(dossier_id, "I.2", "a.txt", b"van ban").evidence.sha256
        # what a second PC attaching the same file at the same moment ends with
        with pytest.raises(ServerTrouble, match="Máy khác vừa ghi cùng dữ liệu này.*thử lại"):
            with services.workspace.sessions.begin() as session:
                session.add(orm.Evidence(dossier_id=dossier_id, sha256=sha, original_name="a.txt", size=7))
        assert len(services.evidence.list(dossier_id)) == 1
    finally:
        services.close()


def test_two_pcs_reading_the_same_document_at_once_both_succeed(pg, tmp_path):
    url, _, _ = pg
    first, second = shared(tmp_path / "ws", url, "Máy 1"), shared(tmp_path / "ws", url, "Máy 2")
    try:
        dossier_id = make_dossier(first)
        evidence_id = first.evidence.attach_bytes(dossier_id, "I.2", "b.txt", "Nghị quyết số 05".encode()).evidence.id
        with first.workspace.engine.begin() as connection:  # as after an import: not read yet
            connection.execute(text("DELETE FROM evidence_text"))
        errors: list[BaseException] = []

        def read(services: Services) -> None:
            try:
                for _ in range(5):
                    services.evidence_text.index(evidence_id, force=True)
            except BaseException as exc:  # pragma: no cover - reported below
                errors.append(exc)

        workers = [threading.Thread(target=read, args=(s,)) for s in (first, second)]
        for w in workers:
            w.start()
        for w in workers:
            w.join(60)
        assert errors == []
        assert [h.evidence_id for h in first.evidence_text.search("nghi quyet so 05")] == [evidence_id]
    finally:
        first.close()
        second.close()


@pytest.mark.parametrize("given", ["postgresql://u@h/db", "postgres://u@h/db", "postgresql+psycopg://u@h/db",
                                   "postgresql+psycopg2://u@h/db"])
def test_every_usual_spelling_of_a_postgresql_url_uses_psycopg_3(given):
    url = database_url(given)
    assert (url.drivername, url.username, url.host, url.database) == ("postgresql+psycopg", "u", "h", "db")


def test_an_older_schema_on_the_server_is_upgraded_in_place_without_a_file_copy(pg, tmp_path, caplog):
    url, _, engine = pg
    command.upgrade(alembic_config(engine), "0003")  # as a PlanDesk of before the evidence text left it
    with engine.begin() as connection:
        connection.execute(text("INSERT INTO units (name, code, kind, district, province) "
                                "VALUES ('Thanh Mỹ', '', 'xã', 'huyện Tháp Mười', 'tỉnh Đồng Tháp')"))
    with caplog.at_level("INFO", logger="plandesk.storage.engine"):
        services = shared(tmp_path / "ws", url)
    try:
        assert current_revision(engine) == head_revision()
        assert services.workspace.upgrade_backup is None and not list(services.workspace.backups_dir.iterdir())
        assert any("server's own backups" in r.getMessage() and "0003" in r.getMessage() for r in caplog.records)
        assert f"(lược đồ 0003 → {head_revision()})" in str(services.workspace.upgrade_note)
        assert "pg_dump" in str(services.workspace.upgrade_note)
        with engine.connect() as connection:
            assert connection.execute(text("SELECT name FROM units")).scalars().all() == ["Thanh Mỹ"]
    finally:
        services.close()
    again = shared(tmp_path / "ws", url)
    assert again.workspace.upgrade_note is None  # said once, when it happened
    again.close()


def test_an_empty_server_database_beside_evidence_files_is_not_a_new_workspace(pg, tmp_path):
    """The rule of a lost database file, for a server: an empty database where the folder
    shows data was kept is the wrong database (or a lost one), never created anew."""
    url, schema, engine = pg
    root = tmp_path / "dung-chung"
    (root / "evidence" / "ab").mkdir(parents=True)
    (root / "evidence" / "ab" / ("ab" * 32)).write_bytes(b"%PDF-1.4 minh chung")
    with pytest.raises(WorkspaceError, match="còn trống") as info:
        open_workspace(root, database=url)
    assert "1 tệp minh chứng" in str(info.value)
    with engine.connect() as connection:
        tables = connection.execute(text("SELECT table_name FROM information_schema.tables "
                                         "WHERE table_schema = current_schema()")).scalars().all()
    assert tables == []                                          # nothing created on the server
