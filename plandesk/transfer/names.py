"""Entry names inside a package: what a name may look like before any byte of it reaches a
disk. A package comes from outside (a USB stick, an e-mail), so every name is treated as
hostile until checked: no parent or absolute paths, no drive letters or backslashes, no
names Windows cannot hold, NFC only, and no two names that Windows would take for the same."""
from __future__ import annotations

import re
import unicodedata

from plandesk.domain.messages import Message, msg
from plandesk.filesafe import is_windows_reserved

MAX_PATH_LENGTH = 200   # Windows' 260 minus the folder the user extracts into
_DRIVE = re.compile(r"^[A-Za-z]:")
_ILLEGAL = re.compile(r'[<>:"|?*\x00-\x1f\x7f]')


def entry_problem(name: str) -> Message | None:
    """What is wrong with an entry name (a message of the catalogue), or None when it is safe."""
    if not name:
        return msg("package.name_empty")
    if unicodedata.normalize("NFC", name) != name:
        return msg("package.name_not_nfc")
    if "\\" in name:
        return msg("package.name_backslash")
    if name.startswith("/"):
        return msg("package.name_absolute")
    if _DRIVE.match(name):
        return msg("package.name_drive")
    if name.endswith("/"):
        return msg("package.name_folder")
    if len(name) > MAX_PATH_LENGTH:
        return msg("package.name_too_long", length=len(name), limit=MAX_PATH_LENGTH)
    for part in name.split("/"):
        if part in ("", ".", ".."):
            return msg("package.name_dots")
        if _ILLEGAL.search(part):
            return msg("package.name_illegal_character", name=part)
        if part.rstrip(". ") != part:
            return msg("package.name_trailing_dot", name=part)
        if is_windows_reserved(part):
            return msg("package.name_reserved", name=part)
    return None


def windows_key(name: str) -> str:
    """Two names with the same key are the same file on Windows (case-insensitive, NFC)."""
    return unicodedata.normalize("NFC", name).casefold()
