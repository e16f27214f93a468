"""The one error a damaged, foreign or unreadable package raises; its message is for the
user, in Vietnamese, and names the file or entry at fault."""
from __future__ import annotations

from plandesk.domain.messages import CodedError, Message


class PackageError(CodedError):
    """A package cannot be written or read; nothing in the workspace was changed."""


class WrongPassphrase(PackageError):
    """The passphrase does not open the package."""


class Cancelled(PackageError):
    """The user stopped the work; nothing was changed."""


class SourceChanged(PackageError):
    """A file being packed does not have the SHA-256 it was expected to have (changed or
    damaged on disk); ``path`` is the entry, ``actual`` the digest read."""

    def __init__(self, message: Message | str, path: str, actual: str):
        super().__init__(message)
        self.path = path
        self.actual = actual
