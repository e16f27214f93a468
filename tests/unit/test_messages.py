"""The catalogue of messages (issue 18, point 3): codes and parameters, one way to fill a text,
errors that carry their message while their text stays the Vietnamese sentence."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from plandesk.domain.access import Permission, Role
from plandesk.domain.dossier import CouncilRole, ReviewStatus, Status
from plandesk.domain.messages import TEXTS, CodedError, cause, fill, msg
from plandesk.domain.rules import Suggestion
from plandesk.services.errors import ServiceError

PACKAGE = Path(__file__).resolve().parents[2] / "plandesk"


def test_fill_puts_each_value_once():
    # a value holding a placeholder (a file named "%2" or "{file}") is not filled again, as the
    # chains of .replace("%1", …).replace("%2", …) did
    assert fill("Ghi %1 vào %2", "bao-cao-%2.pdf", "D:/xuat") == "Ghi bao-cao-%2.pdf vào D:/xuat"
    assert fill("Tệp {file} ở {folder}", file="{folder}", folder="E:/") == "Tệp {folder} ở E:/"
    assert fill("%1 và %3", "một") == "một và %3"           # no value: left as it is
    assert fill("{a} {b}", a=1) == "1 {b}"
    assert fill("100% xong, %1 tệp", 3) == "100% xong, 3 tệp"


def test_a_message_needs_a_known_code_and_all_its_parameters():
    with pytest.raises(KeyError):
        msg("khong.co")
    with pytest.raises(KeyError, match="file"):
        msg("evidence.file_not_found")
    text = str(msg("evidence.file_not_found", file="C:/hồ sơ/a.pdf"))
    assert text == "Không tìm thấy tệp 'C:/hồ sơ/a.pdf'. Hãy kiểm tra đường dẫn."


def test_nested_messages_are_rendered_in_the_same_language():
    message = msg("access.role_refused", account="canbo", role=msg(Role.CAN_BO.key),
                  permission=msg(Permission.DECIDE.key))
    assert str(message) == ("Tài khoản 'canbo' (vai trò Cán bộ) không được kết luận Đạt/Không đạt. Hãy nhờ người "
                            "có quyền thực hiện.")
    english = {TEXTS["access.role_refused"]: "Account '{account}' ({role}) may not {permission}.",
               TEXTS["role.can_bo"]: "Officer", TEXTS["permission.decide"]: "decide"}
    assert message.render(lambda source: english.get(source, source)) == "Account 'canbo' (Officer) may not decide."


def test_an_error_keeps_its_code_and_its_vietnamese_text():
    error = ServiceError(msg("dossier.not_found", dossier=7))
    assert str(error) == "Không có hồ sơ số 7." and error.code == "dossier.not_found"
    assert error.params == {"dossier": 7}
    wrapped = ServiceError(error)                           # a service passing a storage error up
    assert wrapped.message == error.message and str(wrapped) == str(error)
    plain = ServiceError("Chưa có mã")
    assert plain.code is None and plain.message is None and str(plain) == "Chưa có mã"
    assert ServiceError(OSError("disk")).code is None
    assert cause(error) == error.message and cause(ValueError("x")) == "x"


def test_enum_labels_come_from_the_catalogue():
    for member in (*Role, *Permission, *Status, *Suggestion, *ReviewStatus, *CouncilRole):
        assert member.label == TEXTS[member.key]


@pytest.mark.parametrize("code", sorted(TEXTS))
def test_every_message_is_used_and_its_parameters_are_named(code):
    """No entry is dead: each code is raised or shown somewhere (enum keys through their enum)."""
    if code.startswith(("role.", "permission.", "status.", "suggestion.", "review.", "council_role.",
                        "import.category.")):   # looked up by their enum's or category's key
        return
    used = any(f'"{code}"' in path.read_text(encoding="utf-8") for path in PACKAGE.rglob("*.py")
               if path.name != "messages.py" or path.parent.name != "domain")
    assert used, f"{code} is in the catalogue but nothing uses it"
    assert not re.search(r"%[1-9]", TEXTS[code])            # named parameters only


def test_every_user_error_class_carries_messages():
    from plandesk.domain.framework import FrameworkError
    from plandesk.storage.backup import BackupError
    from plandesk.storage.engine import SchemaError
    from plandesk.storage.evidence_store import EvidenceStoreError
    from plandesk.storage.location import MoveError
    from plandesk.storage.lock import LockError
    from plandesk.storage.workspace import WorkspaceError
    from plandesk.transfer.errors import PackageError

    for cls in (ServiceError, PackageError, WorkspaceError, LockError, BackupError, FrameworkError,
                EvidenceStoreError, SchemaError, MoveError):
        assert issubclass(cls, CodedError), cls


def test_a_missing_resource_folder_is_a_coded_error(monkeypatch, tmp_path):
    """A damaged installation (the bundled resources gone) says so with its code; callers that
    catch FileNotFoundError still do."""
    from plandesk import paths

    monkeypatch.setattr(paths, "_candidates", lambda name: [tmp_path / name])
    with pytest.raises(FileNotFoundError) as caught:
        paths.resources_dir()
    assert isinstance(caught.value, CodedError) and caught.value.code == "resources.missing"
    assert str(caught.value) == ("Không tìm thấy thư mục tài nguyên 'resources' của PlanDesk; hãy cài đặt lại "
                                 "ứng dụng.")


def test_the_command_line_refuses_a_bad_date_or_size_in_catalogue_words():
    """argparse prints the refusal of a typed date or size: the catalogue's Vietnamese text."""
    import argparse

    from plandesk.cli.core import _date
    from plandesk.cli.transfer import _size

    with pytest.raises(argparse.ArgumentTypeError, match="không phải ngày dạng YYYY-MM-DD"):
        _date("31/02/2024")
    with pytest.raises(argparse.ArgumentTypeError) as caught:
        _size("bốn gigabyte")
    assert str(caught.value) == str(msg("cli.size_invalid", value="bốn gigabyte"))


# user-facing errors whose first argument is a key, not their text (they build their message)
KEYED = {"DocumentNotAllowed"}


def _plain_user_errors() -> list[str]:
    """Every ``raise SomeError("…")`` / ``raise SomeError(f"…")`` under plandesk/ (the window's
    own texts aside) whose class is a user-facing error: its text would reach an English
    window in Vietnamese."""
    import ast

    from plandesk.domain import messages as catalogue

    user_errors = {cls.__name__ for cls in _subclasses(catalogue.CodedError)}
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if "gui" in path.parts or "migrations" in path.parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call) and node.exc.args):
                continue
            first = node.exc.args[0]
            literal = isinstance(first, ast.JoinedStr) or (isinstance(first, ast.Constant)
                                                           and isinstance(first.value, str))
            name = node.exc.func.attr if isinstance(node.exc.func, ast.Attribute) else getattr(node.exc.func, "id", "")
            if literal and name in user_errors and name not in KEYED:
                found.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno} {name}")
    return found


def _subclasses(cls: type) -> set[type]:
    out = set()
    for sub in cls.__subclasses__():
        out |= {sub} | _subclasses(sub)
    return out


def test_no_user_facing_error_is_raised_with_a_plain_text():
    """Every error a user can see carries a code of the catalogue, so the English window says it
    in English (issue 18): none is raised with a Vietnamese sentence written in place."""
    import importlib
    import pkgutil

    import plandesk

    for module in pkgutil.walk_packages(plandesk.__path__, "plandesk."):   # every error class defined
        if not module.name.startswith(("plandesk.gui", "plandesk.storage.migrations", "plandesk.__main__")):
            importlib.import_module(module.name)
    assert _plain_user_errors() == []
