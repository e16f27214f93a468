"""Where a workspace is on Windows: the drive's kind (local, USB, network, UNC), SQLite's
journal chosen from it (never WAL on a network share), and Windows' 260-character limit
checked before anything is written."""
from __future__ import annotations

import sqlite3
import sys
import uuid
from pathlib import Path

import pytest
from windows_helpers import drive, windows_only

from plandesk.domain.dossier import UnitInfo
from plandesk.services import Services
from plandesk.storage import location
from plandesk.storage.location import (
    LOCAL,
    MAX_PATH,
    NETWORK,
    REMOVABLE,
    WORKSPACE_DEEPEST,
    MoveError,
    PathTooLong,
    check_path_length,
    copy_workspace,
    storage_kind,
    windows_root,
)
from plandesk.storage.workspace import WorkspaceError, open_workspace


def _journal(root: Path) -> str:
    connection = sqlite3.connect(root / "plandesk.sqlite")
    try:
        return connection.execute("PRAGMA journal_mode").fetchone()[0]
    finally:
        connection.close()


def _deep(base: Path, words: str, depth: int) -> Path:
    """A path made long by several folders (each well within any file system's name limit)."""
    for _ in range(depth):
        base = base / words
    return base


@pytest.mark.parametrize("path,root", [
    (r"C:\Users\canbo\PlanDesk", "C:\\"),
    ("d:/Hồ sơ/PlanDesk", "d:\\"),
    (r"\\may-chu\PlanDesk\Hồ sơ", "\\\\may-chu\\PlanDesk\\"),
    (r"\\?\C:\rất\dài", "C:\\"),
    (r"\\?\UNC\may-chu\PlanDesk\x", "\\\\may-chu\\PlanDesk\\"),
    ("PlanDesk\\data", ""),
])
def test_the_root_windows_is_asked_about(path, root):
    assert windows_root(path) == root


def test_paths_up_to_259_characters_pass_longer_are_refused_naming_the_limit():
    ok = "C:\\" + "a" * (MAX_PATH - 1 - 3)
    check_path_length(ok, windows=True)
    with pytest.raises(PathTooLong) as info:
        check_path_length(ok + "b", windows=True)
    assert "quá dài: 260 ký tự" in str(info.value) and "giới hạn 259 ký tự" in str(info.value)
    assert "Chưa ghi gì" in str(info.value)
    check_path_length(ok + "b" * 500, windows=False)  # not Windows: the rule is not this system's


def test_length_counts_utf16_units_and_the_names_written_inside():
    folder = "C:\\Hồ sơ xã Thanh Mỹ\\" + "ệ" * 160
    check_path_length(folder, windows=True)  # 181 units: fine for one file …
    with pytest.raises(PathTooLong, match="tối đa 173 ký tự"):  # … not for a workspace's evidence
        check_path_length(folder, WORKSPACE_DEEPEST, windows=True)
    with pytest.raises(PathTooLong):
        check_path_length("C:\\" + "\U0001F4C4" * 129, windows=True)  # 3 + 258 UTF-16 units


def test_a_network_share_gets_the_rollback_journal_a_local_disk_wal(tmp_path, monkeypatch):
    monkeypatch.setattr(location, "storage_kind", lambda path, mounts_text=None: NETWORK)
    shared = open_workspace(tmp_path / "chia-se", maintenance_every=None)
    try:
        with shared.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "delete"
    finally:
        shared.close()
    assert not list((tmp_path / "chia-se").glob("*-wal"))
    monkeypatch.setattr(location, "storage_kind", lambda path, mounts_text=None: LOCAL)
    local = open_workspace(tmp_path / "may-nay", maintenance_every=None)
    try:
        with local.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    finally:
        local.close()


def test_a_wal_workspace_copied_to_a_share_is_switched_to_the_rollback_journal(tmp_path, monkeypatch):
    ws = open_workspace(tmp_path / "W", maintenance_every=None)
    ws.close()
    assert _journal(tmp_path / "W") == "wal"
    monkeypatch.setattr(location, "storage_kind", lambda path, mounts_text=None: NETWORK)
    ws = open_workspace(tmp_path / "W", maintenance_every=None)
    ws.close()
    assert _journal(tmp_path / "W") == "delete"


def test_a_too_long_workspace_is_refused_before_anything_is_made(tmp_path, monkeypatch):
    if sys.platform != "win32":  # the same rule, asked as Windows would
        real = location.check_path_length
        monkeypatch.setattr(location, "check_path_length",
                            lambda p, extra=0, windows=None: real(p, extra, windows=True))
    root = _deep(tmp_path / "Hồ sơ", "Công an xã Thanh Mỹ huyện Tháp Mười", 6)
    with pytest.raises(WorkspaceError, match="quá dài"):
        open_workspace(root, maintenance_every=None)
    assert not (tmp_path / "Hồ sơ").exists()


def test_moving_into_a_too_long_folder_is_refused_before_copying(services, tmp_path, monkeypatch):
    real = location.check_path_length
    monkeypatch.setattr(location, "check_path_length", lambda p, extra=0, windows=None: real(p, extra, windows=True))
    target = _deep(tmp_path / "dich", "thư mục rất dài", 12) / "PlanDesk"
    with pytest.raises(MoveError, match="quá dài"):
        copy_workspace(services.workspace.root, target)
    assert not (tmp_path / "dich").exists()


# -- on Windows itself ----------------------------------------------------------------------
@windows_only
def test_drive_kinds_on_windows(tmp_path):
    assert storage_kind(tmp_path) == LOCAL
    assert storage_kind(Path(r"\\may-chu\PlanDesk\Hồ sơ")) == NETWORK
    assert storage_kind(Path("\\\\?\\" + str(tmp_path))) == LOCAL


@windows_only
def test_a_network_drive_letter_is_network_and_its_workspace_never_uses_wal(tmp_path):
    share = drive("PLANDESK_TEST_NETWORK_DRIVE")
    assert storage_kind(share) == NETWORK
    root = share / uuid.uuid4().hex / "Hồ sơ chung"
    services = Services.build(open_workspace(root, maintenance_every=None), user="kiểm tra")
    try:
        dossier = services.dossiers.create(UnitInfo("Thanh Mỹ", "30001", "huyện Tháp Mười", "tỉnh Đồng Tháp"), 2024,
                                           "xa-dien-hinh-antq")
        services.dossiers.update_assessment(dossier.id, "III.11", result="ghi trên ổ mạng")
        assert not list(root.glob("*-wal")) and not list(root.glob("*-shm"))
    finally:
        services.close()
    assert _journal(root) == "delete"
    reopened = Services.build(open_workspace(root, maintenance_every=None), user="kiểm tra")
    try:
        assert reopened.dossiers.assessment(dossier.id, "III.11").result == "ghi trên ổ mạng"
    finally:
        reopened.close()


@windows_only
def test_a_usb_drive_letter_is_removable():
    assert storage_kind(drive("PLANDESK_TEST_REMOVABLE_DRIVE") / "PlanDesk") == REMOVABLE


def _command(capsys, *args: str) -> tuple[int, str]:
    """The plandesk command run in this process (a new process costs seconds under wine)."""
    from plandesk.app import main

    code = main(list(args))
    return code, capsys.readouterr().err


@windows_only
def test_too_long_paths_are_refused_by_the_command_before_anything_is_written(tmp_path, capsys):
    root = _deep(tmp_path, "Công an xã Thanh Mỹ", 12)
    code, err = _command(capsys, "--data", str(root), "dossiers")
    assert code == 2 and "quá dài" in err and "259" in err
    assert not (tmp_path / "Công an xã Thanh Mỹ").exists()
    ws = str(tmp_path / "W")
    assert _command(capsys, "--data", ws, "new", "--commune", "Thanh Mỹ", "--year", "2024")[0] == 0
    out = _deep(tmp_path / "Xuất bản", "Văn bản xuất ra", 15)
    code, err = _command(capsys, "--data", ws, "export", "--doc", "all", "--format", "pdf", "--out", str(out))
    assert code == 2 and "quá dài" in err
    assert not (tmp_path / "Xuất bản").exists()
    package = _deep(tmp_path / "USB", "Gói hồ sơ gửi huyện", 12) / "thanh-my.plandesk"
    code, err = _command(capsys, "--data", ws, "pack", "--out", str(package))
    assert code == 2 and "quá dài" in err
    assert not (tmp_path / "USB").exists()
    code, err = _command(capsys, "--data", ws, "backup", "--out", str(_deep(tmp_path / "Sao lưu", "Bản sao lưu", 20)))
    assert code == 2 and "quá dài" in err
    assert not (tmp_path / "Sao lưu").exists()


@windows_only
def test_reserved_device_names_are_refused_and_the_safe_names_are_real_files(tmp_path):
    from plandesk.domain.text import safe_file_name

    (tmp_path / "NUL.txt").write_text("mất")  # what Windows does with a device name: the bytes go nowhere
    assert "NUL.txt" not in {p.name for p in tmp_path.iterdir()}
    for name in ("CON.pdf", "prn.docx", "AUX", "NUL.plandesk", "COM1.xlsx", "LPT9.txt", "con"):
        safe = safe_file_name(name)
        assert safe != name
        (tmp_path / safe).write_bytes(b"x")
        assert (tmp_path / safe).read_bytes() == b"x" and safe in {p.name for p in tmp_path.iterdir()}

@windows_only
def test_a_package_named_like_a_device_is_refused(services, dossier, tmp_path):
    from plandesk.services import ServiceError

    with pytest.raises(ServiceError, match="không dùng được trên Windows"):
        services.transfer.pack(dossier.id, tmp_path / "CON.plandesk")
    assert list(tmp_path.iterdir()) == [services.workspace.root]
