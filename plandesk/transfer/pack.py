"""Writing a package: a ZIP of the entries plus ``manifest.json`` listing each one's size and
SHA-256; optionally encrypted; cut into numbered parts when it would not fit on FAT32.

Everything is written under temporary names in the target folder and renamed at the very end,
so a stick pulled out mid-way leaves no half file under the final name.

One pass: each file is read once, hashed (and checked against the SHA-256 it should have) as
it goes into the ZIP; the ZIP is written front to back (entries carry data descriptors, as
when zipping to a pipe), encrypted as it is written, and the package's own SHA-256 is taken
from the bytes on their way to the disk."""
from __future__ import annotations

import datetime as dt
import hashlib
import os
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from plandesk.domain.messages import msg
from plandesk.filesafe import CHUNK, file_sha256, fsync_dir, fsync_file, move_into_place, temp_file

from . import crypto, parts
from .errors import Cancelled, PackageError, SourceChanged
from .manifest import MANIFEST_NAME, FileEntry, Manifest
from .names import entry_problem, windows_key

# Already compressed: stored as they are (recompressing costs time and gains nothing).
STORED_SUFFIXES = {".pdf", ".jpg", ".jpeg", ".png", ".gif", ".webp", ".docx", ".xlsx", ".pptx", ".odt", ".ods",
                   ".zip", ".7z", ".rar", ".gz", ".mp3", ".mp4", ".mov", ".avi", ".heic", ".plandesk"}

Report = Callable[[int, int, str], None]


@dataclass(frozen=True)
class Source:
    """One entry to put in a package: from a file or from bytes. ``sha256``, when known (an
    evidence file stored by its hash), is checked as the file is copied: a file changed or
    damaged on disk stops the packing (SourceChanged) instead of travelling."""

    path: str
    file: Path | None = None
    data: bytes | None = None
    sha256: str | None = None

    @property
    def size(self) -> int:
        return len(self.data) if self.data is not None else self.on_disk.stat().st_size

    @property
    def on_disk(self) -> Path:
        """The file of an entry not given as bytes."""
        if self.file is None:
            raise ValueError(f"entry {self.path!r} has neither a file nor bytes")
        return self.file


@dataclass(frozen=True)
class Written:
    paths: tuple[Path, ...]      # the package, or its numbered parts
    size: int                    # bytes written in all
    manifest: Manifest
    encrypted: bool
    sha256: str = ""             # of paths[0], the file the receiver's records name


class _Forward:
    """What the ZIP is written into: passes each write on and cannot seek, so ``zipfile``
    writes front to back (no going back to patch a header) and the stream can be encrypted
    and hashed on its way to the file."""

    def __init__(self, sink):
        self._sink, self._position = sink, 0

    def write(self, data) -> int:
        self._sink.write(data)
        self._position += len(data)
        return len(data)

    def tell(self) -> int:
        return self._position

    def seek(self, *_args):
        raise OSError("written front to back")

    def seekable(self) -> bool:
        return False

    def flush(self) -> None:
        pass

    def close(self) -> None:   # the file itself is closed by its owner
        pass


DIGEST_PREFIX = b"PLANDESK-SHA256:"
DIGEST_COMMENT_SIZE = len(DIGEST_PREFIX) + 64
_EOCD = b"PK\x05\x06"


class _WholeFileDigest(_Forward):
    """Between ``zipfile`` and the file: every byte is hashed on its way, and the last write
    (the end-of-central-directory record) is held back so it can announce a comment: the
    SHA-256 of every byte before the comment. A reader checks the whole file against it
    before reading anything else, so one byte changed anywhere (local headers, the central
    directory, padding) or added before or after is refused. See FORMAT.md."""

    def __init__(self, sink):
        super().__init__(sink)
        self._digest, self._held = hashlib.sha256(), None

    def write(self, data) -> int:
        if not data:
            return 0
        if self._held is not None:
            self._pass(self._held)
        self._held = bytes(data)
        self._position += len(data)
        return len(data)

    def _pass(self, data: bytes) -> None:
        self._digest.update(data)
        self._sink.write(data)

    def finish(self) -> None:
        end = self._held
        if end is None or len(end) != 22 or not end.startswith(_EOCD) or end[20:22] != b"\0\0":
            raise PackageError(msg("package.zip_end_unexpected"))
        end = end[:20] + DIGEST_COMMENT_SIZE.to_bytes(2, "little")
        self._pass(end)
        self._sink.write(DIGEST_PREFIX + self._digest.hexdigest().encode("ascii"))
        self._held = None


def seal_zip(data: bytes) -> bytes:
    """A ZIP (without comment) with the whole-file digest comment PlanDesk packages end with:
    what a writer of packages does, for tools and tests that build a package by hand."""
    if len(data) < 22 or data[-22:-18] != _EOCD or data[-2:] != b"\0\0":
        raise PackageError(msg("package.seal_not_zip"))
    body = data[:-2] + DIGEST_COMMENT_SIZE.to_bytes(2, "little")
    return body + DIGEST_PREFIX + hashlib.sha256(body).hexdigest().encode("ascii")


class _Hashing:
    """The package file itself: every byte written is hashed."""

    def __init__(self, handle: BinaryIO, digest: hashlib._Hash) -> None:
        self._handle, self._digest = handle, digest

    def write(self, data: bytes, /) -> int:
        self._digest.update(data)
        return self._handle.write(data)


def compression_for(path: str) -> int:
    return zipfile.ZIP_STORED if Path(path).suffix.lower() in STORED_SUFFIXES else zipfile.ZIP_DEFLATED


def _check_names(sources: list[Source]) -> None:
    seen: dict[str, str] = {}
    for source in sources:
        problem = entry_problem(source.path)
        if problem:
            raise PackageError(msg("package.entry_name_refused", entry=source.path, problem=problem))
        key = windows_key(source.path)
        if key in seen or source.path == MANIFEST_NAME:
            raise PackageError(msg("package.entries_same_name", first=seen.get(key, MANIFEST_NAME), second=source.path))
        seen[key] = source.path


def write_zip(target, manifest: Manifest, sources: list[Source], report: Report | None = None,
              is_cancelled: Callable[[], bool] | None = None, date_time=(2000, 1, 1, 0, 0, 0)) -> Manifest:
    """Write the ZIP (entries, then the manifest listing them, then the whole-file digest)
    into ``target`` (a writable stream) and return the manifest."""
    _check_names(sources)
    total = sum(s.size for s in sources) or 1
    done = 0
    files: list[FileEntry] = []
    sealed = _WholeFileDigest(target)
    with zipfile.ZipFile(sealed, "w", allowZip64=True) as archive:
        for source in sources:
            info = zipfile.ZipInfo(source.path, date_time=date_time)
            info.compress_type = compression_for(source.path)
            info.create_system = 3
            info.external_attr = 0o100644 << 16
            digest, size = hashlib.sha256(), 0
            if report:
                report(done, total, source.path)
            with archive.open(info, "w", force_zip64=source.size >= 2 ** 31) as out:
                if source.data is not None:
                    digest.update(source.data)
                    out.write(source.data)
                    size = len(source.data)
                else:
                    try:
                        handle = open(source.on_disk, "rb")
                    except OSError as exc:
                        raise PackageError(msg("file.unreadable", file=str(source.file),
                                               reason=exc.strerror or str(exc))) from exc
                    with handle:
                        while block := handle.read(CHUNK):
                            if is_cancelled and is_cancelled():
                                raise Cancelled(msg("package.cancelled_nothing_written"))
                            digest.update(block)
                            out.write(block)
                            size += len(block)
                            if report:
                                report(done + size, total, source.path)
            done += size
            actual = digest.hexdigest()
            if source.sha256 is not None and actual != source.sha256:
                raise SourceChanged(msg("package.source_changed", file=str(source.file), entry=source.path,
                                        expected=f"{source.sha256[:12]}…", actual=f"{actual[:12]}…"),
                                    source.path, actual)
            files.append(FileEntry(source.path, size, actual))
        manifest = manifest.with_files(files)
        info = zipfile.ZipInfo(MANIFEST_NAME, date_time=date_time)
        info.compress_type = zipfile.ZIP_DEFLATED
        info.create_system = 3
        info.external_attr = 0o100644 << 16
        archive.writestr(info, manifest.to_json())
    sealed.finish()
    return manifest


def write_package(out: Path, manifest: Manifest, sources: list[Source], *, passphrase: str | None = None,
                  part_size: int = parts.FAT32_LIMIT, report: Report | None = None,
                  is_cancelled: Callable[[], bool] | None = None, log2_n: int = crypto.DEFAULT_LOG2_N) -> Written:
    out = Path(out)
    folder = out.parent
    if not folder.is_dir():
        raise PackageError(msg("package.folder_missing", folder=str(folder)))
    temps: list[Path] = []
    try:
        package = temp_file(folder, out.name)
        temps.append(package)
        try:
            stamp = dt.datetime.fromisoformat(manifest.created_at).timetuple()[:6]
        except ValueError:
            stamp = (2000, 1, 1, 0, 0, 0)
        digest = hashlib.sha256()
        with open(package, "wb") as handle:
            sink = _Hashing(handle, digest)
            sealer = crypto.EncryptingWriter(sink, passphrase, log2_n=log2_n) if passphrase is not None else None
            manifest = write_zip(_Forward(sealer or sink), manifest, sources, report, is_cancelled, date_time=stamp)
            if sealer is not None:
                sealer.close()
            handle.flush()
            if handle.tell() <= part_size:   # the file that will be renamed into place
                os.fsync(handle.fileno())
        size = package.stat().st_size
        if size <= part_size:
            move_into_place(package, out, flush_folder=False)   # the folder is flushed once, below
            for stale in parts.existing_parts(out):
                stale.unlink()
            written: tuple[Path, ...] = (out,)
            package_sha = digest.hexdigest()
        else:
            part_temps: dict[int, Path] = {}

            def open_part(index: int):
                path = temp_file(folder, f"{out.name}.{index:03d}")
                temps.append(path)
                part_temps[index] = path
                return open(path, "wb")

            count = parts.write_parts(package, open_part, part_size, is_cancelled)
            for path in part_temps.values():
                fsync_file(path)
            for stale in parts.existing_parts(out):
                stale.unlink()
            for index in range(1, count + 1):
                move_into_place(part_temps[index], parts.part_path(out, index), flush_folder=False)
            out.unlink(missing_ok=True)
            written = tuple(parts.part_path(out, i) for i in range(1, count + 1))
            size = sum(p.stat().st_size for p in written)
            package_sha = file_sha256(written[0])   # parts (over 4 GiB) are rare: part 1 read once more
        fsync_dir(folder)
        return Written(written, size, manifest, passphrase is not None, package_sha)
    except OSError as exc:
        raise PackageError(msg("package.not_written", file=str(out), reason=exc.strerror or str(exc))) from exc
    finally:
        for tmp in temps:
            tmp.unlink(missing_ok=True)
