"""Backup commands: ``backup [--out DIR]`` (database and evidence in one verified .zip),
``backups`` (the copies kept in the workspace) and ``restore FILE [--yes]`` (show what a
backup holds, keep the current state aside, then restore)."""
from __future__ import annotations

import sys
from pathlib import Path

from plandesk.domain.text import format_size
from plandesk.services import Services

from .core import print_rows


def register(sub) -> dict:
    p = sub.add_parser("backup", help="sao lưu đầy đủ (cơ sở dữ liệu và minh chứng) vào một tệp .zip đã kiểm tra")
    p.add_argument("--out", type=Path, metavar="DIR",
                   help="thư mục đích, ví dụ ổ USB (mặc định: thư mục backups/ của thư mục làm việc)")
    sub.add_parser("backups", help="các bản sao lưu trong thư mục backups/ của thư mục làm việc")
    p = sub.add_parser("restore", help="khôi phục từ một bản sao lưu (.zip đầy đủ hoặc .sqlite trong backups/)")
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--yes", action="store_true", help="khôi phục không hỏi lại (dữ liệu hiện tại vẫn được giữ lại)")
    return {"backup": _backup, "backups": _backups, "restore": _restore}


def _backup(args, s: Services, out, err) -> int:
    written = s.backup.full_backup(args.out)
    print(f"Đã sao lưu vào '{written.path}' ({format_size(written.size)}): {len(written.info.dossiers)} hồ sơ, "
          f"{written.files} tệp minh chứng; đã đọc lại và kiểm tra từng tệp.", file=out)
    for note in written.notes:
        print(f"Ghi chú: {note}", file=out)
    return 0


def _backups(args, s: Services, out, err) -> int:
    return print_rows(s.backup.list_backups(), "Chưa có bản sao lưu nào trong thư mục backups/.",
                      lambda e: f"{e.created:%d/%m/%Y %H:%M}\t{e.kind}\t{format_size(e.size)}\t{e.path}", out)


def _restore(args, s: Services, out, err) -> int:
    s.backup.ensure_restorable()
    contents = s.backup.describe(args.file)
    print(contents.summary, file=out)
    if not args.yes:
        if not sys.stdin.isatty():
            print("Chưa khôi phục. Thêm --yes để khôi phục (dữ liệu hiện tại được giữ lại trong backups/).", file=err)
            return 1
        answer = input("Khôi phục bản sao lưu này? Dữ liệu hiện tại được giữ lại trong backups/. [c/K] ")
        if answer.strip().lower() not in ("c", "co", "có", "y", "yes"):
            print("Chưa khôi phục; không thay đổi gì.", file=out)
            return 1
    result = s.backup.restore(args.file)
    print(f"Đã khôi phục từ '{result.source}'. Dữ liệu trước khi khôi phục được giữ ở '{result.kept_aside}'.",
          file=out)
    if result.evidence_added:
        print(f"Đã thêm {result.evidence_added} tệp minh chứng vào kho.", file=out)
    if result.missing_files:
        print(f"Lưu ý: {len(result.missing_files)} tài liệu không có tệp trong kho minh chứng; hãy đính kèm lại "
              "hoặc khôi phục từ bản sao lưu đầy đủ. Xem 'plandesk check'.", file=err)
    return 0
