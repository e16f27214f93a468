"""The one composition root: reads the global options, opens the workspace, builds the
services and hands them to the command line (or, with no command, the window)."""
from __future__ import annotations

import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from plandesk.settings import current_user, default_data_dir

# the data layer (SQLAlchemy, the services) and the command line are imported in main(): with
# no command, the window is painted first (plandesk.gui.first_paint)
if TYPE_CHECKING:
    from plandesk.services import Services
    from plandesk.storage.workspace import DamagedDatabase


def open_services(data_dir: Path | None = None, user: str | None = None, database: str | None = None) -> Services:
    """``database``: a PostgreSQL URL (``--database``); None: the workspace's ``database.txt``,
    else its own SQLite file."""
    from plandesk.logs import configure_logging
    from plandesk.services import Services
    from plandesk.storage.workspace import open_workspace

    workspace = open_workspace(data_dir or default_data_dir(), database=database)
    configure_logging(workspace.root)   # the window, a workspace it opens later, the command line
    return Services.build(workspace, current_user() if user is None else user)


def _recover(exc: DamagedDatabase, args) -> int:
    """`plandesk restore FILE --yes` on a workspace whose database is damaged: the damaged
    file is moved aside (kept), the backup takes its place. When sign-in was on, a leader's
    ``--user`` and password are checked first (the damaged database cannot say who may)."""
    from plandesk.cli.accounts import read_secret
    from plandesk.services import ServiceError
    from plandesk.services.backup import recover_damaged_database

    user = args.user or os.environ.get("PLANDESK_USER")
    try:
        credentials = None
        if user:
            credentials = (user, read_secret(args.password_file, f"Mật khẩu của {user}: ", "PLANDESK_PASSWORD"))
        result = recover_damaged_database(exc.db_path.parent, args.file, current_user(), credentials)
    except ServiceError as error:
        print(f"Lỗi: {error}", file=sys.stderr)
        return 2
    print(f"Đã khôi phục từ '{result.source}'. Tệp cơ sở dữ liệu hỏng được giữ ở '{result.kept_aside}'.")
    return 0


def _database_for(args, path: Path | None) -> str | None:
    """--database belongs to the workspace given at start (also when the window reopens it);
    another folder opened in the window brings its own (its database.txt)."""
    if args.database is None or path is None:
        return args.database
    start = Path(args.data or default_data_dir()).expanduser().resolve()
    return args.database if Path(path).expanduser().resolve() == start else None


_PACKAGE = re.compile(r"\.plandesk(\.\d{3})?$", re.IGNORECASE)
_GLOBAL_WITH_VALUE = {"--data", "--user", "--password-file", "--database"}


def _package_argument(argv: list[str]) -> Path | None:
    """``PlanDesk.exe [global options] E:\\thanh-my.plandesk``: a package double-clicked in
    Explorer (the installer's .plandesk file type runs ``PlanDesk.exe "%1"``). Its path when the
    last argument is a package and everything before it a global option, else None."""
    if not argv or argv[-1].startswith("-") or not _PACKAGE.search(argv[-1]):
        return None
    index = 0
    while index < len(argv) - 1:
        if argv[index] in _GLOBAL_WITH_VALUE:
            index += 2
        elif argv[index].split("=", 1)[0] in _GLOBAL_WITH_VALUE:
            index += 1
        else:
            return None  # a command (e.g. unpack FILE): the command line's own business
    return Path(argv[-1]) if index == len(argv) - 1 else None


def _utf8_console() -> None:
    # a windowed executable (PlanDesk.exe) has no console: keep prints from failing
    if sys.stdout is None:
        sys.stdout = open(os.devnull, "w", encoding="utf-8")
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(encoding="utf-8", errors="replace")  # type: ignore[union-attr]  # a TextIOWrapper, else caught
        except (AttributeError, ValueError):
            pass


def _window_wanted(argv: list[str]) -> Path | None | bool:
    """False when a command (or --version, --self-test, -h) is given; else the window is
    wanted, and this is the ``--data`` folder given (None: the default one)."""
    args = argv[:-1] if _package_argument(argv) else argv
    data, index = None, 0
    while index < len(args):
        name, _, value = args[index].partition("=")
        if name not in _GLOBAL_WITH_VALUE:
            return False
        if not value:
            if index + 1 >= len(args):
                return False   # an option without its value: the parser says so
            value, index = args[index + 1], index + 1
        if name == "--data":
            data = Path(value)
        index += 1
    return data if data is not None else True


def main(argv: Sequence[str] | None = None) -> int:
    _utf8_console()
    argv = list(sys.argv[1:] if argv is None else argv)
    window = _window_wanted(argv)
    if window is not False and os.environ.get("PLANDESK_FIRST_PAINT", "1") != "0":
        # the window is painted before the data layer is imported (the rest takes its place)
        try:
            from plandesk.gui.first_paint import paint_first

            paint_first(None if window is True else window)
        except Exception:  # noqa: BLE001 - a missing display etc.: the window's own start says why
            pass
    from plandesk import cli
    from plandesk.logs import close_logging, log_unexpected
    from plandesk.services import ServiceError
    from plandesk.storage.engine import ServerTrouble
    from plandesk.storage.workspace import DamagedDatabase, WorkspaceError

    parser, handlers = cli.build_parser()
    package = _package_argument(argv)
    args = parser.parse_args(argv[:-1] if package else argv)
    if args.self_test:
        from plandesk import selftest

        return selftest.run()
    if args.command is None:
        from plandesk.gui import run_gui

        try:
            return run_gui(lambda user, path=None: open_services(path or args.data, user,
                                                                 _database_for(args, path)), package=package)
        finally:
            close_logging()
            if window is not False and "plandesk.gui.first_paint" in sys.modules:
                sys.modules["plandesk.gui.first_paint"].close()   # if the window never took its place
    try:
        services = open_services(args.data, database=args.database)
    except DamagedDatabase as exc:
        if args.command == "restore" and getattr(args, "yes", False):
            return _recover(exc, args)
        hint = (" Để khôi phục: plandesk restore TỆP --yes (ví dụ bản mới nhất: "
                f"'{exc.good_backups[0]}').") if exc.good_backups else ""
        print(f"Lỗi: {exc}{hint}", file=sys.stderr)
        return 2
    except WorkspaceError as exc:
        print(f"Lỗi: {exc}", file=sys.stderr)
        return 2
    if services.workspace.upgrade_note:  # a shared server was upgraded: whose backups apply
        print(f"Ghi chú: {services.workspace.upgrade_note}", file=sys.stderr)
    try:
        return cli.run(handlers, args, services)
    except (ServiceError, ServerTrouble) as exc:
        print(f"Lỗi: {exc}", file=sys.stderr)
        alternatives = getattr(exc, "alternatives", None)   # a refused document: what to export instead
        if alternatives:
            print("Tên văn bản dùng với lệnh: " + ", ".join(key for key, _label in alternatives) + ".", file=sys.stderr)
        return 2
    except BrokenPipeError:  # output piped into a program that stopped reading (e.g. head)
        sys.stdout = open(os.devnull, "w")
        return 0
    except KeyboardInterrupt:
        print("Đã dừng.", file=sys.stderr)
        return 130
    except Exception:  # an error we did not foresee: keep the details, tell the user where
        log = log_unexpected(services.workspace.root)
        print(f"Lỗi không mong đợi; chi tiết đã được ghi vào '{log}'. Dữ liệu đã lưu trước đó không bị ảnh hưởng. "
              "Hãy gửi tệp này cho người hỗ trợ.", file=sys.stderr)
        return 3
    finally:
        services.close()
        close_logging()


if __name__ == "__main__":
    sys.exit(main())
