"""Every service method that changes data authorises its action itself, before it changes
anything (issue 18, point 4): the audit log only records. For each write, a user without the
permission is refused and the workspace stays exactly as it was (every table, every file); the
same call by a leader then records the action it claims. A new public service method must be
listed here as a write (with its case) or as a read, so a write path that forgets to authorise
cannot slip in unnoticed."""
from __future__ import annotations

import datetime as dt
import hashlib
import inspect
import shutil
from collections.abc import Callable
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from plandesk.domain.access import Action, Actor, Role
from plandesk.domain.dossier import (
    AssessmentChange,
    CouncilMember,
    CouncilRole,
    EvidenceEdit,
    SettingsChange,
    Status,
    UnitInfo,
)
from plandesk.services import AccessDenied, Services, _MadeOnFirstUse
from plandesk.services.access import ActingService
from plandesk.services.evidence_text import SUGGESTED
from plandesk.storage import orm
from plandesk.storage.workspace import DATABASE_SETTING, open_workspace

PASSWORD = "mật-khẩu-đủ-dài"
FRAMEWORK = "xa-dien-hinh-antq"


def _open(root: Path, user: str | Actor = "") -> Services:
    return Services.build(open_workspace(root, maintenance_every=None), user)


@dataclass
class Ctx:
    """What the template workspace holds, by id and path."""

    dossier: int
    sealed: int
    linked: int          # a document attached to I.1
    loose: int           # a document in the dossier, linked to no criterion
    member: int
    xem: int             # the read-only account
    gone: int            # an account disabled after its owner signed in
    files: Path          # files outside the workspace: a document, packages, spreadsheets, a backup


def _build(base: Path, database: str | None = None) -> tuple[Path, Ctx]:
    """The template workspace in ``base/W`` (on the PostgreSQL ``database`` when given, named in
    its database.txt), with the files it needs in ``base/files``."""
    files = base / "files"
    files.mkdir()
    doc = files / "nghi-quyet.txt"
    doc.write_text("Nghị quyết số 12/NQ-ĐU về công tác bảo vệ an ninh", encoding="utf-8")
    (files / "bien-ban.txt").write_text("Biên bản họp Hội đồng", encoding="utf-8")
    root = base / "W"
    if database is not None:
        root.mkdir()
        (root / DATABASE_SETTING).write_text(database + "\n", encoding="utf-8")
    s = _open(root, "mẫu")
    try:
        d = s.dossiers.create(UnitInfo("Thanh Mỹ", "30001", "huyện Tháp Mười", "tỉnh Đồng Tháp"), 2024, FRAMEWORK)
        sealed = s.dossiers.create(UnitInfo("Mỹ Hòa", "30002", "huyện Tháp Mười", "tỉnh Đồng Tháp"), 2024, FRAMEWORK)
        linked = s.evidence.attach(d.id, "I.1", [doc])[0].evidence.id
        loose = s.evidence.attach(d.id, "I.2", [files / "bien-ban.txt"])[0].evidence.id
        s.evidence.unlink(d.id, loose, "I.2")
        member = s.dossiers.add_member(d.id, CouncilMember("Phạm Văn Hội", "Chủ tịch UBND xã", CouncilRole.CHU_TICH))
        s.export.export(d.id, ["hoi-dong", "phan-cong"], "xlsx", files)
        s.transfer.pack(d.id, files / "ho-so.plandesk")
        # another office: a dossier of its own, and the review of ours
        other = _open(base / "R", "thẩm định")
        try:
            other.dossiers.create(UnitInfo("Tân Kiều", "30003", "huyện Tháp Mười", "tỉnh Đồng Tháp"), 2024, FRAMEWORK)
            other.transfer.pack(1, files / "xa-khac.plandesk")
            rid = other.transfer.unpack(files / "ho-so.plandesk").dossier_id
            other.dossiers.update_assessment(rid, "I.1", review_comment="Đủ hồ sơ.")
            other.transfer.pack_review(rid, files / "tham-dinh.plandesk")
        finally:
            other.close()
        if database is None:   # PlanDesk backs up no server database (pg_dump does)
            s.backup.full_backup(files)
        s.seals.finalise(sealed.id)
        s.accounts.create("lanhdao", "Nguyễn Văn Lãnh", Role.LANH_DAO, PASSWORD)
        s.accounts.create("canbo", "Trần Thị Cán", Role.CAN_BO, PASSWORD)
        xem = s.accounts.create("xem", "Lê Văn Xem", Role.XEM, PASSWORD).id
        gone = s.accounts.create("cu", "Đỗ Văn Cũ", Role.CAN_BO, PASSWORD).id
        s.accounts.update(gone, active=False)
    finally:
        s.close()
    shutil.rmtree(root / "backups")
    (root / "backups").mkdir()
    return root, Ctx(d.id, sealed.id, linked, loose, member, xem, gone, files)


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> tuple[Path, Ctx]:
    return _build(tmp_path_factory.mktemp("authorisation"))


@pytest.fixture(scope="module")
def postgres_template(tmp_path_factory, postgres_module_schema) -> tuple[Path, Ctx]:
    """The template on the PostgreSQL test server, on a schema of its own; shared by the
    module's PostgreSQL cases, which only make refused calls."""
    return _build(tmp_path_factory.mktemp("authorisation-pg"), postgres_module_schema)


def snapshot(root: Path, s: Services) -> tuple[dict[str, list[tuple[Any, ...]]], dict[str, str]]:
    """Every row of every table, and every file of the workspace but the database's own."""
    tables = {}
    with s.workspace.sessions() as session:
        for table in orm.Base.metadata.sorted_tables:
            tables[table.name] = sorted(tuple(map(repr, row)) for row in session.execute(select(table)))
    files = {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
             for p in sorted(root.rglob("*")) if p.is_file() and not p.name.startswith("plandesk.sqlite")
             and p.suffix != ".lock" and p.name != "plandesk.anchor"}
    return tables, files


def _recorded(s: Services) -> set[tuple[str, str]]:
    with s.workspace.sessions() as session:
        return set(session.execute(select(orm.AuditEntry.entry_hash, orm.AuditEntry.action)).all())


# -- the writes: (action recorded, who is refused, the call) ---------------------------------------
Call = Callable[[Services, Ctx], object]
XEM, NOBODY, CANBO, GONE = "xem", "", "canbo", "gone"


@dataclass(frozen=True)
class Write:
    method: str                 # "service.method" as reached from Services
    action: Action
    refused: str                # who lacks the permission: xem (read only), canbo (no DECIDE), nobody, gone
    call: Call
    prepare: Callable[[Path], object] | None = None     # on the workspace folder, before anything


def _leftover(root: Path) -> None:
    """What a crash leaves: a half-copied evidence file (for the repair to remove)."""
    tmp = root / "evidence" / "tmp"
    tmp.mkdir(exist_ok=True)
    (tmp / "dang-chep.tmp").write_bytes(b"nua chung")


def _assignments(files: Path) -> Path:
    path = next(files.glob("*phan-cong*.xlsx"))
    wb = load_workbook(path)
    for row in wb.active.iter_rows(min_row=4):
        if row[0].value:
            row[2].value = "Đảng ủy xã"
    wb.save(path)
    return path


WRITES = [
    Write("dossiers.create", Action.CREATE_DOSSIER, XEM, lambda s, c: s.dossiers.create(
        UnitInfo("Phú Điền", "30004", "huyện Tháp Mười", "tỉnh Đồng Tháp"), 2024, FRAMEWORK)),
    Write("dossiers.create", Action.CREATE_DOSSIER_FROM_PREVIOUS, XEM, lambda s, c: s.dossiers.create(
        UnitInfo("Thanh Mỹ", "30001", "huyện Tháp Mười", "tỉnh Đồng Tháp"), 2025, FRAMEWORK, from_dossier=c.dossier)),
    Write("dossiers.update_assessment", Action.EDIT_ASSESSMENT, XEM,
          lambda s, c: s.dossiers.update_assessment(c.dossier, "I.1", result="Đã ban hành nghị quyết")),
    Write("dossiers.change_assessment", Action.EDIT_ASSESSMENT, CANBO,      # a decision needs DECIDE
          lambda s, c: s.dossiers.change_assessment(c.dossier, "I.1", AssessmentChange(status=Status.DAT))),
    Write("dossiers.change_assessment", Action.EDIT_ASSESSMENT, XEM,        # the review alone
          lambda s, c: s.dossiers.change_assessment(c.dossier, "I.1", AssessmentChange(review_comment="Đủ."))),
    Write("dossiers.add_member", Action.ADD_MEMBER, XEM,
          lambda s, c: s.dossiers.add_member(c.dossier, CouncilMember("Lê Thị Thư", "Công chức", CouncilRole.THU_KY))),
    Write("dossiers.update_member", Action.EDIT_MEMBER, XEM,
          lambda s, c: s.dossiers.update_member(c.dossier, CouncilMember("Phạm Văn Hội", "Bí thư Đảng ủy",
                                                                         CouncilRole.CHU_TICH, c.member))),
    Write("dossiers.remove_member", Action.REMOVE_MEMBER, XEM,
          lambda s, c: s.dossiers.remove_member(c.dossier, c.member)),
    Write("dossiers.update_settings", Action.EDIT_SETTINGS, XEM,
          lambda s, c: s.dossiers.update_settings(c.dossier, place="Tháp Mười")),
    Write("dossiers.change_settings", Action.EDIT_SETTINGS, XEM,
          lambda s, c: s.dossiers.change_settings(c.dossier, SettingsChange(numbers={"to_trinh": "15"}))),
    Write("dossiers.set_deadline", Action.EDIT_DEADLINE, XEM,
          lambda s, c: s.dossiers.set_deadline(c.dossier, "hop", dt.date(2024, 11, 5), title="Họp Hội đồng")),
    Write("evidence.attach", Action.ATTACH, XEM,
          lambda s, c: s.evidence.attach(c.dossier, "I.3", [c.files / "nghi-quyet.txt", c.files / "moi.txt"])),
    Write("evidence.attach", Action.ATTACH_DUPLICATE, XEM,
          lambda s, c: s.evidence.attach(c.dossier, "I.4", [c.files / "nghi-quyet.txt"])),
    Write("evidence.attach_bytes", Action.ATTACH, XEM,
          lambda s, c: s.evidence.attach_bytes(c.dossier, "I.3", "ghi-chu.txt", "Ghi chú mới".encode())),
    Write("evidence.link", Action.LINK_EVIDENCE, XEM, lambda s, c: s.evidence.link(c.dossier, c.linked, "I.5")),
    Write("evidence.unlink", Action.UNLINK_EVIDENCE, XEM, lambda s, c: s.evidence.unlink(c.dossier, c.linked, "I.1")),
    Write("evidence.edit", Action.EDIT_EVIDENCE, XEM,
          lambda s, c: s.evidence.edit(c.dossier, c.linked, EvidenceEdit(number="12/NQ-ĐU"))),
    Write("evidence.edit", Action.CONFIRM_READING, XEM,
          lambda s, c: s.evidence.edit(c.dossier, c.linked, confirm_reading=True)),
    Write("evidence.update", Action.EDIT_EVIDENCE, XEM,
          lambda s, c: s.evidence.update(c.dossier, c.linked, title="Nghị quyết về an ninh")),
    Write("evidence.remove", Action.REMOVE_EVIDENCE, XEM, lambda s, c: s.evidence.remove(c.dossier, c.loose)),
    Write("evidence_text.apply_metadata", Action.FILL_FROM_READING, XEM,
          lambda s, c: s.evidence_text.apply_metadata(c.dossier, c.linked, fields=(), state=SUGGESTED)),
    Write("evidence_text.dismiss_metadata", Action.DISMISS_READING, XEM,
          lambda s, c: s.evidence_text.dismiss_metadata(c.dossier, c.linked)),
    Write("spreadsheets.import_council", Action.IMPORT_COUNCIL, XEM,
          lambda s, c: s.spreadsheets.import_council(c.dossier, next(c.files.glob("*hoi-dong*.xlsx")))),
    Write("spreadsheets.import_assignments", Action.IMPORT_ASSIGNMENTS, XEM,
          lambda s, c: s.spreadsheets.import_assignments(c.dossier, _assignments(c.files))),
    Write("transfer.pack", Action.PACK, XEM, lambda s, c: s.transfer.pack(c.dossier, c.files / "moi.plandesk")),
    Write("transfer.pack_review", Action.PACK_REVIEW, XEM,
          lambda s, c: s.transfer.pack_review(c.dossier, c.files / "td-moi.plandesk")),
    Write("transfer.unpack", Action.IMPORT_PACKAGE, XEM,
          lambda s, c: s.transfer.unpack(c.files / "xa-khac.plandesk")),
    Write("transfer.unpack", Action.REIMPORT_PACKAGE, XEM,
          lambda s, c: s.transfer.unpack(c.files / "ho-so.plandesk", on_conflict="lay")),
    Write("transfer.unpack", Action.IMPORT_REVIEW, XEM, lambda s, c: s.transfer.unpack(c.files / "tham-dinh.plandesk")),
    Write("backup.full_backup", Action.BACKUP, NOBODY, lambda s, c: s.backup.full_backup(c.files / "sao-luu")),
    Write("backup.restore", Action.RESTORE, XEM,
          lambda s, c: s.backup.restore(next(c.files.glob("PlanDesk-sao-luu-*.zip")))),
    Write("integrity.repair", Action.REPAIR_STORE, XEM, lambda s, c: s.integrity.repair(), _leftover),
    Write("issued.issue", Action.ISSUE_DOCUMENT, XEM,
          lambda s, c: s.issued.issue(c.dossier, "ke-hoach", "05/KH-HĐ", dt.date(2024, 3, 1))),
    Write("seals.finalise", Action.FINALISE, CANBO, lambda s, c: s.seals.finalise(c.dossier)),
    Write("seals.reopen", Action.REOPEN, CANBO,
          lambda s, c: s.seals.reopen(c.sealed, "Bổ sung minh chứng theo yêu cầu")),
    Write("accounts.create", Action.CREATE_ACCOUNT, CANBO,
          lambda s, c: s.accounts.create("moi", "Người Mới", Role.CAN_BO, PASSWORD)),
    Write("accounts.update", Action.EDIT_ACCOUNT, CANBO, lambda s, c: s.accounts.update(c.xem, role=Role.CAN_BO)),
    Write("accounts.reset_password", Action.RESET_PASSWORD, CANBO,
          lambda s, c: s.accounts.reset_password(c.xem, "mật-khẩu-mới-123")),
    Write("accounts.change_password", Action.CHANGE_OWN_PASSWORD, GONE,
          lambda s, c: s.accounts.change_password(PASSWORD, "mật-khẩu-mới-123")),
    Write("accounts.disable_sign_in", Action.DISABLE_SIGN_IN, CANBO, lambda s, c: s.accounts.disable_sign_in()),
]

# the actions no service method of a signed-in user records: who may do them is decided otherwise
NOT_A_USERS_CHOICE = {
    Action.LOCK_ACCOUNT: "written by a failed sign-in, whoever typed the passwords",
    Action.RESTORE_DAMAGED: "the workspace cannot be opened: a leader's password decides (test_role_bypass.py)",
}

# public methods that change no dossier data, each with why it needs no authorisation
NOT_WRITES = {
    "accounts": {"sign_in_enabled", "grant", "list_accounts", "sign_in", "sign_out"},
    "backup": {"list_backups", "good_database_backups", "describe", "ensure_restorable",
               "automatic_backup"},            # the safety copy made on opening, for everyone
    "database": {"info", "remember"},              # remember: this PC's own setting
    "dossiers": {"list_dossiers", "resolve", "framework", "info", "status", "assessment", "history", "preview",
                 "known_units", "council", "settings", "deadlines", "forget_framework"},
    "evidence": {"read_texts", "list", "get", "file_problems", "require_files", "file_path"},
    # the text read from documents for search: derived from the files, made for any reader
    "evidence_text": {"index", "index_missing", "pending", "index_many", "text_info", "awaiting_confirmation",
                      "text", "ocr_status", "needing_ocr", "ocr", "ocr_pending", "read_metadata", "search", "ranker",
                      "suggest_criteria", "suggest_for_text"},
    # documents written to files the user chose: reading the dossier
    "export": {"data", "data_for", "editable_texts", "document", "issued_file", "render", "write_bundle",
               "preview_pages", "write_file", "bundle", "export"},
    "folder": {"root", "shared", "database_label", "backup_warning", "upgrade_note", "storage_kind", "export_dir",
               "checked_output", "move"},      # move: the folder itself, as the file manager could
    "frameworks": {"available", "current", "errors", "reload"},
    "integrity": {"check", "temporary_files"},
    "issued": {"issued", "current", "file", "state", "states"},
    "preflight": {"check"},
    "rollup": {"years", "rollup", "write_report", "write_xlsx"},
    "seals": {"seal", "seals", "undecided"},
    "spreadsheets": set(),
    "transfer": {"dossier_data", "dossier_content", "rendered_documents", "review_data", "inspect",
                 "needs_passphrase", "versions", "version_snapshot"},
}


def _services_with_methods() -> dict[str, type]:
    """Every service reachable from Services (its fields, its properties and the services made
    on first use), by name."""
    import plandesk.services as package

    found = {}
    for name, member in vars(Services).items():
        if isinstance(member, _MadeOnFirstUse):
            found[name] = member.made_class()
        elif isinstance(member, property):
            found[name] = vars(package)[member.fget.__annotations__["return"]]
    for f in fields(Services):
        hint = vars(package).get(f.type)
        if isinstance(hint, type) and hint.__module__.startswith("plandesk.services.") and f.name != "identity":
            found[f.name] = hint
    return found


def test_every_public_service_method_is_a_listed_write_or_a_listed_read():
    writes = {w.method for w in WRITES}
    unlisted, stale = [], []
    services = _services_with_methods()
    assert {"dossiers", "evidence", "transfer", "accounts", "export", "spreadsheets", "issued"} <= set(services)
    for name, cls in services.items():
        public = {m for m, _ in inspect.getmembers(cls) if not m.startswith("_")} - set(dir(ActingService))
        listed = {m for m in public if f"{name}.{m}" in writes} | NOT_WRITES.get(name, set())
        unlisted += [f"{name}.{m}" for m in sorted(public - listed)]
        stale += [f"{name}.{m}" for m in sorted(listed - public)]
    assert not unlisted, f"new service methods: list each in WRITES (with its case) or NOT_WRITES: {unlisted}"
    assert not stale, stale


def test_every_action_is_walked():
    walked = {w.action for w in WRITES}
    assert walked | set(NOT_A_USERS_CHOICE) == set(Action)
    assert not walked & set(NOT_A_USERS_CHOICE)


def _refused_before_anything_changes(write: Write, root: Path, ctx: Ctx) -> set[tuple[str, str]]:
    """The call made by the user it is listed as refused for: AccessDenied, and every row and
    file as before; the history's entries then."""
    if write.prepare:
        write.prepare(root)
    if write.refused == GONE:
        refused = _open(root, Actor(name="Đỗ Văn Cũ", account_id=ctx.gone, role=Role.CAN_BO))
    else:
        refused = _open(root)
        if write.refused:
            refused.accounts.sign_in(write.refused, PASSWORD)
    try:
        before = snapshot(root, refused)
        with pytest.raises(AccessDenied):
            write.call(refused, ctx)
        assert snapshot(root, refused) == before, "refused, but the workspace changed"
        return _recorded(refused)
    finally:
        refused.close()


@pytest.mark.parametrize("write", WRITES, ids=[f"{w.method}-{w.action.value}-{w.refused or 'nobody'}" for w in WRITES])
def test_a_user_without_the_permission_is_refused_before_anything_changes(write, template, tmp_path):
    source, ctx = template
    root = tmp_path / "W"
    shutil.copytree(source, root)
    (ctx.files / "moi.txt").write_text("Một tài liệu mới", encoding="utf-8")
    recorded = _refused_before_anything_changes(write, root, ctx)
    # the same call by someone allowed goes through and records the action it is listed for
    leader = _open(root)
    try:
        if write.refused == GONE:   # one's own password: its owner, signed in
            leader.accounts.sign_in("lanhdao", PASSWORD)
            leader.accounts.update(ctx.gone, active=True)
            leader.accounts.sign_in("cu", PASSWORD)
            recorded = _recorded(leader)
        else:
            leader.accounts.sign_in("lanhdao", PASSWORD)
        write.call(leader, ctx)
        new = {action for entry in _recorded(leader) - recorded for _, action in [entry]}
        assert write.action.value in new, new
    finally:
        leader.close()


@pytest.mark.parametrize("write", WRITES, ids=[f"{w.method}-{w.action.value}-{w.refused or 'nobody'}" for w in WRITES])
def test_refused_on_postgresql_before_anything_changes(write, postgres_template):
    """The same refusals on a workspace whose database is a PostgreSQL server (a shared
    workspace): refused before any row or file changes. The allowed half runs on SQLite above;
    here the cases share one template, which a refused call leaves as it was."""
    if write.method.startswith("backup."):
        pytest.skip("a server database is backed up by pg_dump, not PlanDesk (refused as such)")
    root, ctx = postgres_template
    (ctx.files / "moi.txt").write_text("Một tài liệu mới", encoding="utf-8")
    _refused_before_anything_changes(write, root, ctx)
