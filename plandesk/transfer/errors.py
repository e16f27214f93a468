"""The one error a damaged, foreign or unreadable package raises; its message is for the
user, in Vietnamese, and names the file or entry at fault."""
from __future__ import annotations


class PackageError(Exception):
    """A package cannot be written or read; nothing in the workspace was changed."""


class WrongPassphrase(PackageError):
    """The passphrase does not open the package."""


class Cancelled(PackageError):
    """The user stopped the work; nothing was changed."""
