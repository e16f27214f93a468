"""Entry names inside a package: what a name may look like before any byte of it reaches a
disk. A package comes from outside (a USB stick, an e-mail), so every name is treated as
hostile until checked: no parent or absolute paths, no drive letters or backslashes, no
names Windows cannot hold, NFC only, and no two names that Windows would take for the same."""
from __future__ import annotations

import re
import unicodedata

from plandesk.filesafe import is_windows_reserved

MAX_PATH_LENGTH = 200   # Windows' 260 minus the folder the user extracts into
_DRIVE = re.compile(r"^[A-Za-z]:")
_ILLEGAL = re.compile(r'[<>:"|?*\x00-\x1f\x7f]')


def entry_problem(name: str) -> str | None:
    """What is wrong with an entry name, in Vietnamese, or None when it is safe."""
    if not name:
        return "tên rỗng"
    if unicodedata.normalize("NFC", name) != name:
        return "tên không ở dạng chuẩn NFC"
    if "\\" in name:
        return "tên chứa dấu '\\' (đường dẫn kiểu Windows)"
    if name.startswith("/"):
        return "đường dẫn tuyệt đối"
    if _DRIVE.match(name):
        return "đường dẫn có ký tự ổ đĩa"
    if name.endswith("/"):
        return "là một thư mục (gói PlanDesk chỉ chứa tệp)"
    if len(name) > MAX_PATH_LENGTH:
        return f"đường dẫn dài {len(name)} ký tự (tối đa {MAX_PATH_LENGTH})"
    for part in name.split("/"):
        if part in ("", ".", ".."):
            return "đường dẫn chứa '..', '.' hoặc '//' (có thể ghi ra ngoài thư mục)"
        if _ILLEGAL.search(part):
            return f"tên '{part}' chứa ký tự Windows không cho phép (< > : \" | ? * hoặc ký tự điều khiển)"
        if part.rstrip(". ") != part:
            return f"tên '{part}' kết thúc bằng dấu chấm hoặc khoảng trắng (Windows không cho phép)"
        if is_windows_reserved(part):
            return f"tên '{part}' là tên thiết bị dành riêng của Windows"
    return None


def windows_key(name: str) -> str:
    """Two names with the same key are the same file on Windows (case-insensitive, NFC)."""
    return unicodedata.normalize("NFC", name).casefold()
