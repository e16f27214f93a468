"""Sign-in and finalising from the command line.

``accounts list|add|set|password|off`` manage the local accounts (a leader; the first
account, which turns sign-in on, must be a leader's). ``finalise`` seals a dossier for
submission and ``reopen --reason`` opens it again. When sign-in is on, every command needs
``--user NAME`` (the password from ``--password-file``, the PLANDESK_PASSWORD variable or
a prompt); see :func:`sign_in`."""
from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from plandesk.domain.access import Role
from plandesk.domain.messages import msg
from plandesk.services import InvalidInput, Services

ROLE_CHOICES = tuple(r.value for r in Role)


def register(sub) -> dict:
    p = sub.add_parser("accounts", help="tài khoản đăng nhập (tùy chọn) và vai trò: cán bộ, lãnh đạo, chỉ xem")
    acc = p.add_subparsers(dest="accounts_command", metavar="ACTION", required=True)
    acc.add_parser("list", help="các tài khoản")
    a = acc.add_parser("add", help="thêm tài khoản (tài khoản đầu tiên bật đăng nhập và phải là lãnh đạo)")
    a.add_argument("username", metavar="USERNAME")
    a.add_argument("--name", default="", help="họ và tên (ghi vào lịch sử)")
    a.add_argument("--role", choices=ROLE_CHOICES, required=True)
    a.add_argument("--new-password-file", type=Path, metavar="FILE",
                   help="tệp chứa mật khẩu của tài khoản mới (dòng đầu); không có thì hỏi")
    a = acc.add_parser("set", help="đổi họ tên, vai trò, hoặc ngừng/cho dùng lại một tài khoản")
    a.add_argument("username", metavar="USERNAME")
    a.add_argument("--name")
    a.add_argument("--role", choices=ROLE_CHOICES)
    group = a.add_mutually_exclusive_group()
    group.add_argument("--disable", action="store_true", help="ngừng tài khoản (giữ lại trong lịch sử)")
    group.add_argument("--enable", action="store_true", help="cho dùng lại")
    a = acc.add_parser("password", help="đặt mật khẩu mới cho một tài khoản (gỡ cả tạm khóa)")
    a.add_argument("username", metavar="USERNAME")
    a.add_argument("--new-password-file", type=Path, metavar="FILE")
    acc.add_parser("off", help="tắt đăng nhập (máy một người dùng); các tài khoản được giữ nhưng ngừng dùng")

    p = sub.add_parser("finalise", help="chốt hồ sơ để nộp: kiểm tra hồ sơ trước khi trình, rồi khóa không cho sửa, "
                                        "ghi mã kiểm tra dữ liệu và minh chứng")
    p.add_argument("--dossier", type=int, metavar="ID")
    p.add_argument("--ignore-check", action="store_true",
                   help="chốt dù kiểm tra hồ sơ trước khi trình còn lỗi (các lỗi vẫn được in ra)")
    p = sub.add_parser("reopen", help="mở lại hồ sơ đã chốt (lãnh đạo, phải ghi lý do)")
    p.add_argument("--dossier", type=int, metavar="ID")
    p.add_argument("--reason", required=True, help="lý do mở lại, ví dụ 'bổ sung minh chứng theo yêu cầu thẩm định'")
    return {"accounts": _accounts, "finalise": _finalise, "reopen": _reopen}


def read_secret(path: Path | None, prompt: str, env: str | None = None) -> str:
    """A password from a file's first line, an environment variable, or a prompt (never an
    argument: it would show in the process list and the shell history)."""
    if path is not None:
        try:
            return (path.read_text(encoding="utf-8-sig").splitlines() or [""])[0]
        except (OSError, UnicodeDecodeError) as exc:
            raise InvalidInput(msg("cli.password_file_unreadable", file=str(path), reason=str(exc))) from exc
    if env and os.environ.get(env):
        return os.environ[env]
    if not sys.stdin.isatty():
        raise InvalidInput(msg("cli.password_needed"))
    return getpass.getpass(prompt)


def sign_in(args, services: Services) -> None:
    """Sign in before a command when the workspace has sign-in on (or when --user is given)."""
    user = getattr(args, "user", None) or os.environ.get("PLANDESK_USER")
    if not services.accounts.sign_in_enabled():
        return
    if not user:
        raise InvalidInput(msg("cli.user_needed"))
    password = read_secret(getattr(args, "password_file", None), f"Mật khẩu của {user}: ", "PLANDESK_PASSWORD")
    services.accounts.sign_in(user, password)


def _new_password(path: Path | None) -> str:
    if path is not None:
        return read_secret(path, "")
    first = read_secret(None, "Mật khẩu mới: ")
    if read_secret(None, "Nhập lại mật khẩu mới: ") != first:
        raise InvalidInput(msg("cli.passwords_differ"))
    return first


def _account_id(s: Services, username: str) -> int:
    wanted = username.strip().lower()
    for account in s.accounts.list_accounts():
        if account.username == wanted:
            return account.id
    raise InvalidInput(msg("cli.account_unknown", account=username))


def _accounts(args, s: Services, out, err) -> int:
    command = args.accounts_command
    if command == "list":
        accounts = s.accounts.list_accounts()
        if not accounts:
            print("Chưa có tài khoản nào: đăng nhập đang tắt (ai dùng máy cũng sửa được hồ sơ).", file=out)
        for a in accounts:
            state = "đang dùng" if a.active else "ngừng dùng"
            if a.locked_until is not None:
                state += f", tạm khóa đến {a.locked_until:%H:%M %d/%m/%Y}"
            print(f"{a.username}\t{a.full_name}\t{a.role.label}\t{state}", file=out)
        return 0
    if command == "add":
        info = s.accounts.create(args.username, args.name, Role(args.role), _new_password(args.new_password_file))
        print(f"Đã thêm tài khoản '{info.username}' ({info.role.label}).", file=out)
        return 0
    if command == "set":
        active = False if args.disable else (True if args.enable else None)
        info = s.accounts.update(_account_id(s, args.username), full_name=args.name,
                                 role=Role(args.role) if args.role else None, active=active)
        print(f"Tài khoản '{info.username}': {info.full_name}, {info.role.label}, "
              f"{'đang dùng' if info.active else 'ngừng dùng'}.", file=out)
        return 0
    if command == "password":
        s.accounts.reset_password(_account_id(s, args.username), _new_password(args.new_password_file))
        print(f"Đã đặt mật khẩu mới cho '{args.username}'.", file=out)
        return 0
    s.accounts.disable_sign_in()
    print("Đã tắt đăng nhập; các tài khoản được giữ lại (ngừng dùng).", file=out)
    return 0


def _finalise(args, s: Services, out, err) -> int:
    from .documents import preflight_before_finalising

    dossier_id = s.dossiers.resolve(args.dossier)
    if not preflight_before_finalising(s, dossier_id, args.ignore_check, out, err):
        return 2
    undecided = s.seals.undecided(dossier_id)
    seal = s.seals.finalise(dossier_id)
    print(f"Đã chốt hồ sơ lúc {seal.sealed_at:%H:%M ngày %d/%m/%Y} ({seal.evidence_count} tài liệu minh chứng). "
          f"Mã kiểm tra: {seal.digest}", file=out)
    if undecided:
        print(f"Lưu ý: {len(undecided)} tiêu chí chưa có kết luận ({', '.join(undecided[:10])}"
              f"{'…' if len(undecided) > 10 else ''}).", file=err)
    return 0


def _reopen(args, s: Services, out, err) -> int:
    seal = s.seals.reopen(s.dossiers.resolve(args.dossier), args.reason)
    print(f"Đã mở lại hồ sơ (chốt lúc {seal.sealed_at:%H:%M ngày %d/%m/%Y}); lý do đã ghi vào lịch sử.", file=out)
    return 0
