"""The command line: argparse over the services. Options come before the command:
``plandesk [--data DIR] [--database URL] COMMAND ...``. Errors go to stderr in plain words with a non-zero
exit status (2 for a request that cannot be done, 1 when ``check`` finds problems).

Each module in this package that defines ``register(subparsers) -> {name: handler}`` adds
its commands; a handler is ``handler(args, services, out, err) -> exit status``."""
from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from pathlib import Path

from plandesk import __version__
from plandesk.services import Services


def _command_modules():
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: (m.name != "core", m.name)):
        module = importlib.import_module(f"{__name__}.{info.name}")
        if hasattr(module, "register"):
            yield module


def build_parser() -> tuple[argparse.ArgumentParser, dict]:
    parser = argparse.ArgumentParser(
        prog="plandesk",
        description="PlanDesk — hồ sơ xây dựng xã điển hình về phong trào toàn dân bảo vệ an ninh Tổ quốc.",
        epilog="Không có lệnh: mở ứng dụng (cửa sổ).")
    parser.add_argument("--data", metavar="DIR", type=Path,
                        help="thư mục làm việc (mặc định: thư mục dữ liệu của người dùng)")
    parser.add_argument("--user", metavar="NAME",
                        help="tên đăng nhập, khi thư mục làm việc bật đăng nhập (hoặc biến PLANDESK_USER)")
    parser.add_argument("--password-file", type=Path, metavar="FILE",
                        help="tệp chứa mật khẩu (dòng đầu); không có thì đọc PLANDESK_PASSWORD hoặc hỏi")
    parser.add_argument("--database", metavar="URL",
                        help="cơ sở dữ liệu PostgreSQL dùng chung, ví dụ postgresql://tham_dinh@may-chu:5432/plandesk "
                             "(mặc định: địa chỉ ghi trong database.txt của thư mục làm việc, nếu không có thì tệp "
                             "plandesk.sqlite trong thư mục làm việc); minh chứng vẫn nằm trong thư mục làm việc")
    parser.add_argument("--version", action="version", version=f"PlanDesk {__version__}")
    parser.add_argument("--self-test", action="store_true",
                        help="tự kiểm tra bản cài đặt (thư mục tạm, hồ sơ mẫu, xuất văn bản, cửa sổ) rồi thoát")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    handlers: dict = {}
    for module in _command_modules():
        handlers.update(module.register(sub))
    return parser, handlers


def run(handlers: dict, args: argparse.Namespace, services: Services, out=None, err=None) -> int:
    from .accounts import sign_in

    sign_in(args, services)
    return handlers[args.command](args, services, out or sys.stdout, err or sys.stderr) or 0
