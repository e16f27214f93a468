"""Evidence files stored once by content: ``evidence/ab/abcdef…`` named by SHA-256.

A file is copied to a temporary name in the store, flushed to disk, then renamed into place,
so a crash leaves at most an orphan temporary file, never a half file under a hash name.
Stored files are never renamed or overwritten in place."""
from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from plandesk.domain.messages import CodedError, Message, msg
from plandesk.filesafe import CHUNK, file_sha256, fsync_dir, fsync_file, move_into_place, temp_file

_HASH = re.compile(r"^[0-9a-f]{64}$")


class EvidenceStoreError(CodedError):
    pass


def disk_problem_message(exc: BaseException, where: Path) -> Message:
    """What an OSError (or SQLite's error text) says about the disk holding ``where``, in the
    user's words, naming it; without the final full stop."""
    import errno
    import shutil

    text = str(exc).lower()
    code = getattr(exc, "errno", None)
    if "disk i/o error" in text:  # SQLite says this too when the disk fills under it
        try:
            if shutil.disk_usage(where).free < 4 * (1 << 20):
                text = "disk is full"
        except OSError:
            pass
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)) or "disk is full" in text \
            or "no space" in text:
        return msg("disk.full", folder=str(where))
    if code == errno.EFBIG:
        return msg("disk.file_too_big", folder=str(where))
    if code in (errno.EACCES, errno.EPERM, errno.EROFS) or "readonly" in text or "read-only" in text:
        return msg("disk.read_only", folder=str(where))
    return msg("disk.cannot_write", folder=str(where), reason=getattr(exc, "strerror", None) or str(exc))


@dataclass(frozen=True)
class StoredFile:
    sha256: str
    size: int
    path: Path
    already_present: bool


def _open_source(source: Path) -> BinaryIO:
    """The user's file to attach, open for reading; EvidenceStoreError naming it otherwise."""
    try:
        return open(source, "rb")
    except OSError as exc:
        raise EvidenceStoreError(msg("evidence.file_unreadable", file=str(source),
                                     reason=exc.strerror or str(exc))) from exc


class EvidenceStore:
    def __init__(self, root: Path):
        self.root = root
        self.tmp_dir = root / "tmp"

    def path_for(self, sha256: str) -> Path:
        if not _HASH.match(sha256):
            raise EvidenceStoreError(msg("evidence.bad_digest", digest=repr(sha256)))
        return self.root / sha256[:2] / sha256

    def has(self, sha256: str) -> bool:
        return self.path_for(sha256).is_file()

    def add_file(self, source: Path, progress: Callable[[int], None] | None = None) -> StoredFile:
        """Copy a file into the store (hashing while copying) and return its hash."""
        with _open_source(source) as handle:
            return self._add_stream(handle, progress)

    def add_bytes(self, data: bytes) -> StoredFile:
        import io
        return self._add_stream(io.BytesIO(data), None)

    def _add_stream(self, handle, progress: Callable[[int], None] | None) -> StoredFile:
        tmp, sha, size = self._copy_to_tmp(handle, progress, sync=True)
        with self._removed_on_failure(tmp):
            final = self.path_for(sha)
            if final.is_file() and final.stat().st_size == size:
                tmp.unlink()
                return StoredFile(sha, size, final, True)
            final.parent.mkdir(parents=True, exist_ok=True)
            move_into_place(tmp, final)
            return StoredFile(sha, size, final, False)

    @contextmanager
    def _removed_on_failure(self, tmp: Path) -> Iterator[None]:
        """Whatever goes wrong, ``tmp`` goes; a disk error becomes the store's message."""
        try:
            yield
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise self._write_error(exc) from exc
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise

    def _write_error(self, exc: OSError) -> EvidenceStoreError:
        return EvidenceStoreError(msg("evidence.attach_unwritable", folder=str(self.root),
                                      problem=disk_problem_message(exc, self.root)))

    def _copy_to_tmp(self, handle, progress: Callable[[int], None] | None, sync: bool) -> tuple[Path, str, int]:
        """Copy a stream into ``tmp_dir``, hashing on the way (flushed to disk when ``sync``):
        ``(temporary path, sha256, size)``; nothing is left behind when it fails."""
        self.tmp_dir.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256()
        size = 0
        tmp = temp_file(self.tmp_dir, "dang-chep", private=True)
        with self._removed_on_failure(tmp), open(tmp, "wb") as out:
            while block := handle.read(CHUNK):
                digest.update(block)
                out.write(block)
                size += len(block)
                if progress:
                    progress(size)
            if sync:
                out.flush()
                os.fsync(out.fileno())
        return tmp, digest.hexdigest(), size

    def stage_file(self, source: Path, progress: Callable[[int], None] | None = None) -> tuple[Path, str, int]:
        """Copy a file into ``tmp_dir`` (hashing while copying), not yet flushed: ``(staged
        path, sha256, size)`` for ``adopt``, which flushes a whole batch at once. A staged
        file a crash leaves behind is a temporary file ('check --repair' removes it)."""
        with _open_source(source) as handle:
            return self._copy_to_tmp(handle, progress, sync=False)

    def discard(self, staged: Iterable[Path]) -> None:
        """Remove staged files that will not be adopted."""
        for path in staged:
            try:
                Path(path).unlink(missing_ok=True)
            except OSError:
                pass

    def adopt(self, staged: Iterable[tuple[Path, str]]) -> list[StoredFile]:
        """Move files already checked against their SHA-256 (``(path, sha256)`` pairs, staged
        in ``tmp_dir``, so on the same disk) into the store: each flushed and renamed, then
        each folder they went into flushed once — no second copy. When it returns, every file
        is safe under its hash name. The caller vouches for the hashes (an imported package's
        entries, checked as they were extracted)."""
        done: list[StoredFile] = []
        folders: set[Path] = set()
        try:
            for path, sha256 in staged:
                final = self.path_for(sha256)
                size = path.stat().st_size
                if final.is_file() and final.stat().st_size == size:
                    path.unlink()
                    done.append(StoredFile(sha256, size, final, True))
                    continue
                fsync_file(path)
                final.parent.mkdir(parents=True, exist_ok=True)
                move_into_place(path, final, flush_folder=False)   # each folder flushed once below
                folders.add(final.parent)
                done.append(StoredFile(sha256, size, final, False))
            for folder in sorted(folders):
                fsync_dir(folder)
        except OSError as exc:
            self.forget(done)   # the files moved in by this call go again: nothing half-imported stays
            raise EvidenceStoreError(msg("evidence.store_unwritable", folder=str(self.root),
                                         problem=disk_problem_message(exc, self.root))) from exc
        return done

    def forget(self, stored: Iterable[StoredFile]) -> None:
        """Take back files this program has just put in the store (``already_present`` False)
        when the rows that were to refer to them could not be written: no orphan stays."""
        for item in stored:
            if not item.already_present:
                try:
                    item.path.unlink(missing_ok=True)
                except OSError:
                    pass   # 'check --repair' removes it later

    def verify(self, sha256: str) -> str | None:
        """None when the stored file is present and intact, else what is wrong (in Vietnamese)."""
        problem = self.verify_message(sha256)
        return None if problem is None else str(problem)

    def verify_message(self, sha256: str) -> Message | None:
        """None when the stored file is present and intact, else what is wrong (a message)."""
        path = self.path_for(sha256)
        if not path.is_file():
            return msg("evidence.file_missing")
        try:
            actual = file_sha256(path)
        except OSError as exc:
            return msg("evidence.stored_file_unreadable", reason=exc.strerror or str(exc))
        if actual != sha256:
            return msg("evidence.stored_file_changed", digest=f"{actual[:12]}…")
        return None

    def stored_hashes(self) -> Iterator[str]:
        if not self.root.is_dir():
            return
        for sub in self.root.iterdir():
            if sub.is_dir() and len(sub.name) == 2 and sub.name != "tmp":
                for item in sub.iterdir():
                    if _HASH.match(item.name):
                        yield item.name

    def remove(self, sha256: str) -> None:
        self.path_for(sha256).unlink(missing_ok=True)

