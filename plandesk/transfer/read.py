"""Opening a package that came from outside and checking all of it before anything uses it:
the parts, the encryption, the ZIP structure, every entry name, the ZIP-bomb limits, the
manifest, and every entry's size and SHA-256. Entries are extracted into a staging folder the
caller owns (the workspace's own temporary folder when importing, so a checked file can be
renamed into the evidence store instead of copied again); the caller imports only from a
fully checked package. The package's own SHA-256 is taken from the reads the checks make.

Every refusal raises PackageError with a message that names the file or entry at fault."""
from __future__ import annotations

import hashlib
import re
import stat
import struct
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from plandesk.domain.messages import Message, msg
from plandesk.filesafe import CHUNK, file_sha256

from . import crypto, parts
from .errors import Cancelled, PackageError
from .manifest import MANIFEST_NAME, Manifest
from .names import entry_problem, windows_key
from .pack import DIGEST_COMMENT_SIZE, DIGEST_PREFIX

_HEX = re.compile(rb"[0-9a-f]{64}")
Report = Callable[[int, int, str], None]
# What zipfile raises on a damaged or crafted archive (besides BadZipFile): a flipped bit in a
# header can ask for an unknown version, "strong encryption", patched data, a huge count…
ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, ValueError, NotImplementedError, RuntimeError,
              OverflowError, IndexError, KeyError, struct.error, UnicodeDecodeError)


@dataclass(frozen=True)
class Limits:
    """What a package may hold; beyond these it is treated as a ZIP bomb and refused."""

    max_entries: int = 50_000
    max_total: int = 64 * 1024 ** 3       # bytes once extracted
    max_ratio: int = 200                  # extracted / compressed, for entries over ratio_floor
    ratio_floor: int = 1024 * 1024
    max_manifest: int = 64 * 1024 ** 2
    max_data: int = 256 * 1024 ** 2        # the data entry (dossier.json), read whole into memory


@dataclass
class OpenedPackage:
    manifest: Manifest
    files: dict[str, Path]            # entry path -> its checked copy in the staging folder
    encrypted: bool = False
    parts: int = 1
    checked_bytes: int = 0
    checks: list[Message] = field(default_factory=list)   # what was checked, for the summary
    sha256: str = ""                  # of the package file (of part 1 when in parts)

    def read(self, path: str) -> bytes:
        return self.files[path].read_bytes()


def _is_symlink(info: zipfile.ZipInfo) -> bool:
    return stat.S_ISLNK(info.external_attr >> 16)


def needs_passphrase(path: Path) -> bool:
    """Whether the package (a single file, its base name or any of its parts) is encrypted;
    False when it cannot be read (opening it will then say why)."""
    path = Path(path)
    try:
        if path.is_file() and not parts.is_part_name(path):
            return crypto.is_encrypted(path)
        first = parts.part_path(parts.base_of(path), 1)
        if not first.is_file():
            return False
        with open(first, "rb") as handle:
            head = handle.read(12)
            if head[:8] != parts.MAGIC:
                return False
            handle.seek(12 + int.from_bytes(head[8:12], "big"))
            return handle.read(len(crypto.MAGIC)) == crypto.MAGIC
    except OSError:
        return False


class _HashingReader:
    """The package file, read by ``zipfile``, that also yields the SHA-256 of the whole file:
    bytes are hashed in file order as the reads reach them (the entries are read in the order
    they were written), small gaps the reads skip (data descriptors) are read to fill in, and
    ``finish`` hashes whatever was never read (the manifest and the central directory at the
    end). Whatever the order of the reads, the digest is that of the file."""

    GAP = 64 * 1024

    def __init__(self, path: Path):
        self._file = open(path, "rb")
        self._digest = hashlib.sha256()
        self._done = 0   # bytes [0, _done) are hashed

    def read(self, size: int = -1) -> bytes:
        start = self._file.tell()
        data = self._file.read(size)
        end = start + len(data)
        if end > self._done and start - self._done <= self.GAP:
            if start > self._done:
                self._file.seek(self._done)
                self._digest.update(self._file.read(start - self._done))
                self._file.seek(end)
                self._done = start
            self._digest.update(memoryview(data)[self._done - start:])
            self._done = end
        return data

    def seek(self, offset: int, whence: int = 0) -> int:
        return self._file.seek(offset, whence)

    def tell(self) -> int:
        return self._file.tell()

    def seekable(self) -> bool:
        return True

    def finish(self) -> str:
        self._file.seek(self._done)
        while block := self._file.read(CHUNK):
            self._digest.update(block)
        return self._digest.hexdigest()

    def close(self) -> None:
        self._file.close()


def open_package(path: Path, staging: Path, *, passphrase: str | None = None, limits: Limits = Limits(),
                 report: Report | None = None, is_cancelled: Callable[[], bool] | None = None,
                 prefix: str = "", extract: bool = True) -> OpenedPackage:
    """Check the whole package, extracting its entries into ``staging`` as files whose names
    start with ``prefix`` (the caller removes them). ``extract=False`` (a preview) checks every
    entry the same way but keeps only the main data entry: nothing else is written."""
    path = Path(path)
    staging.mkdir(parents=True, exist_ok=True)
    package_sha = ""
    label = f"'{path.name}'"
    checks: list[Message] = []
    count = 1
    source = path
    if not path.is_file() or parts.is_part_name(path):
        if not parts.existing_parts(parts.base_of(path)):
            raise PackageError(msg("package.not_found", file=str(path)))
        source = staging / f"{prefix}goi-ghep.bin"
        with _StagingFile(source) as handle:
            count = parts.join_parts(path, handle, is_cancelled)
        package_sha = file_sha256(parts.part_path(parts.base_of(path), 1))   # parts (over 4 GiB) are rare
        checks.append(msg("package.checked_parts", count=count))
        label = f"'{parts.base_of(path).name}'"
    try:
        encrypted = crypto.is_encrypted(source)
    except OSError as exc:
        raise PackageError(msg("package.unreadable", package=label, reason=exc.strerror or str(exc))) from exc
    if encrypted and not passphrase:
        raise PackageError(msg("package.passphrase_needed", package=label))
    if not encrypted:
        # first of all, the whole file against the digest it ends with: a byte changed anywhere
        # (even where no other check reads: a header's time, the central directory, padding) or
        # added before or after, and the package is refused before its ZIP is even parsed
        whole = check_whole_file(source, label, is_cancelled)
        package_sha = package_sha or whole
        checks.append(msg("package.checked_whole_file"))
    try:
        raw = _HashingReader(source) if encrypted else open(source, "rb")
    except OSError as exc:
        raise PackageError(msg("package.unreadable", package=label, reason=exc.strerror or str(exc))) from exc
    try:
        # an encrypted package is read through its decryption, chunk by chunk as the ZIP needs
        # it (no decrypted copy on disk); every chunk is authenticated before the import
        sealed = crypto.DecryptingReader(raw, source.stat().st_size, passphrase or "",   # refused above if none
                                         name=parts.base_of(path).name) if encrypted else None
        try:
            archive = zipfile.ZipFile(sealed or raw)
        except ZIP_ERRORS:
            raise PackageError(msg("package.no_zip_directory", package=label)) from None
        except OSError as exc:
            raise PackageError(msg("package.unreadable", package=label, reason=exc.strerror or str(exc))) from exc
        zip_checks: list[Message] = []
        with archive:
            manifest, staged, checked = _check_and_extract(archive, label, staging, f"{prefix}muc-", limits,
                                                           zip_checks, report, is_cancelled, extract)
        if sealed is not None:
            sealed.finish()
            checks.append(msg("package.checked_decryption"))
        checks += zip_checks
        # a plain package's digest was read before opening it: only an encrypted one is hashed here
        package_sha = package_sha or (raw.finish() if isinstance(raw, _HashingReader) else "")
    finally:
        raw.close()
    if encrypted:
        checks.append(msg("package.checked_whole_file_encrypted"))
    return OpenedPackage(manifest, staged, encrypted, count, checked, checks, package_sha)


def check_whole_file(path: Path, label: str, is_cancelled: Callable[[], bool] | None = None) -> str:
    """Check a plain package against the SHA-256 written in its last bytes (the ZIP comment
    ``PLANDESK-SHA256:<hex>``, covering every byte before it); return the SHA-256 of the
    whole file. PackageError, naming the package, for anything else: cut, extended, altered."""
    try:
        size = path.stat().st_size
        with open(path, "rb") as handle:
            tail_size = DIGEST_COMMENT_SIZE + 22
            if size < tail_size:
                raise PackageError(msg("package.too_short", package=label))
            if handle.read(4) != b"PK\x03\x04":
                raise PackageError(msg("package.not_zip", package=label))
            handle.seek(size - tail_size)
            tail = handle.read(tail_size)
            expected = tail[22 + len(DIGEST_PREFIX):]
            if tail[:4] != b"PK\x05\x06" or tail[20:22] != DIGEST_COMMENT_SIZE.to_bytes(2, "little") \
                    or not tail[22:].startswith(DIGEST_PREFIX) or not _HEX.fullmatch(expected):
                raise PackageError(msg("package.no_digest", package=label))
            handle.seek(0)
            digest, left = hashlib.sha256(), size - DIGEST_COMMENT_SIZE
            while left:
                if is_cancelled and is_cancelled():
                    raise Cancelled(msg("package.cancelled"))
                block = handle.read(min(CHUNK, left))
                if not block:
                    raise PackageError(msg("package.truncated_while_reading", package=label))
                digest.update(block)
                left -= len(block)
            covered = digest.hexdigest()
            digest.update(handle.read())
    except OSError as exc:
        raise PackageError(msg("package.unreadable", package=label, reason=exc.strerror or str(exc))) from exc
    if covered.encode("ascii") != expected:
        raise PackageError(msg("package.digest_mismatch", package=label))
    return digest.hexdigest()


class StagingFull(PackageError):
    """The disk where the package is checked (the workspace's) is full or refuses writes:
    the package is not at fault."""


def staging_problem(exc: OSError, folder: Path) -> StagingFull:
    import errno

    if exc.errno in (errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return StagingFull(msg("package.staging_full", folder=str(folder)))
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return StagingFull(msg("package.staging_read_only", folder=str(folder)))
    return StagingFull(msg("package.staging_failed", folder=str(folder), reason=exc.strerror or str(exc)))


class _StagingFile:
    """An entry's checked copy in the staging folder: a write the disk refuses is the disk's
    fault, said so (StagingFull), never blamed on the package."""

    def __init__(self, path: Path):
        self._path = path
        try:
            self._handle = open(path, "wb")
        except OSError as exc:
            raise staging_problem(exc, path.parent) from None

    def write(self, data) -> int:
        try:
            return self._handle.write(data)
        except OSError as exc:
            raise staging_problem(exc, self._path.parent) from None

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        try:
            self._handle.close()
        except OSError as error:
            if exc[0] is None:
                raise staging_problem(error, self._path.parent) from None


class _Discard:
    def write(self, data) -> int:
        return len(data)

    def __enter__(self):
        return self

    def __exit__(self, *_exc) -> None:
        pass


def _check_and_extract(archive: zipfile.ZipFile, label: str, folder: Path, prefix: str, limits: Limits,
                       checks: list[Message], report: Report | None, is_cancelled: Callable[[], bool] | None,
                       extract: bool = True):
    infos = archive.infolist()
    if len(infos) > limits.max_entries:
        raise PackageError(msg("package.too_many_entries", package=label, count=len(infos), limit=limits.max_entries))
    seen: dict[str, str] = {}
    total = 0
    for info in infos:
        name = info.filename
        problem = entry_problem(name)
        if problem:
            raise PackageError(msg("package.entry_unsafe", package=label, entry=name, problem=problem))
        if _is_symlink(info):
            raise PackageError(msg("package.symlink", package=label, entry=name))
        if info.flag_bits & 0x1:
            raise PackageError(msg("package.zip_encrypted", package=label, entry=name))
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise PackageError(msg("package.compression", package=label, entry=name, method=info.compress_type))
        key = windows_key(name)
        if key in seen:
            raise PackageError(msg("package.same_name", package=label, first=seen[key], second=name))
        seen[key] = name
        total += info.file_size
        if info.file_size > limits.ratio_floor and info.file_size > limits.max_ratio * max(info.compress_size, 1):
            raise PackageError(msg("package.zip_bomb_ratio", package=label, entry=name, size=info.file_size,
                                   compressed=info.compress_size))
    if total > limits.max_total:
        raise PackageError(msg("package.zip_bomb_total", package=label, size=total, limit=limits.max_total))
    checks.append(msg("package.checked_entries", count=len(infos)))
    if MANIFEST_NAME not in seen.values():
        raise PackageError(msg("package.no_manifest", package=label, manifest=MANIFEST_NAME))
    info = archive.getinfo(MANIFEST_NAME)
    if info.file_size > limits.max_manifest:
        raise PackageError(msg("package.manifest_too_big", package=label, size=info.file_size))
    manifest = Manifest.from_json(_read_small(archive, info, label))
    listed: dict[str, int] = {}
    listed_keys: set[str] = set()
    for entry in manifest.files:
        problem = entry_problem(entry.path)
        if problem or entry.path == MANIFEST_NAME:
            raise PackageError(msg("package.manifest_path_unsafe", package=label, entry=entry.path,
                                   problem=problem or msg("package.name_is_manifest")))
        key = windows_key(entry.path)
        if key in listed_keys:
            raise PackageError(msg("package.manifest_lists_twice", package=label, entry=entry.path))
        listed_keys.add(key)
        listed[entry.path] = entry.size
    names = set(seen.values()) - {MANIFEST_NAME}
    extra = sorted(names - set(listed))
    if extra:
        raise PackageError(msg("package.extra_entry", package=label, entry=extra[0]) if len(extra) == 1 else
                           msg("package.extra_entries", package=label, entry=extra[0], others=len(extra) - 1))
    missing = sorted(set(listed) - names)
    if missing:
        raise PackageError(msg("package.missing_entry", package=label, entry=missing[0]) if len(missing) == 1 else
                           msg("package.missing_entries", package=label, entry=missing[0], others=len(missing) - 1))
    total = sum(listed.values()) or 1
    folder.mkdir(parents=True, exist_ok=True)
    staged: dict[str, Path] = {}
    done = 0
    main = next((e for e in manifest.files if e.path == manifest.main_entry), None)
    if main is not None and main.size > limits.max_data:
        raise PackageError(msg("package.data_too_big", package=label, entry=main.path, size=main.size,
                               limit=limits.max_data))
    for index, entry in enumerate(manifest.files):
        info = archive.getinfo(entry.path)
        if info.file_size != entry.size:
            raise PackageError(msg("package.zip_size_mismatch", package=label, entry=entry.path, size=info.file_size,
                                   listed=entry.size))
        target = folder / f"{prefix}{index:05d}"
        digest, size = hashlib.sha256(), 0
        if report:
            report(done, total, entry.path)
        try:
            keep = extract or entry.path == manifest.main_entry
            with archive.open(info) as stream, (_StagingFile(target) if keep else _Discard()) as out:
                while True:
                    if is_cancelled and is_cancelled():
                        raise Cancelled(msg("package.cancelled"))
                    block = stream.read(min(CHUNK, entry.size - size + 1))
                    if not block:
                        break
                    size += len(block)
                    if size > entry.size:
                        raise PackageError(msg("package.entry_too_big", package=label, entry=entry.path,
                                               listed=entry.size))
                    digest.update(block)
                    out.write(block)
                    if report:
                        report(done + size, total, entry.path)
        except ZIP_ERRORS as exc:
            raise PackageError(msg("package.entry_damaged", package=label, entry=entry.path, detail=str(exc))) \
                from None
        except OSError as exc:  # a header pointing outside the file (EINVAL on seek), or a failing disk
            raise PackageError(msg("package.entry_unreadable", package=label, entry=entry.path,
                                   reason=exc.strerror or str(exc))) from None
        if size != entry.size:
            raise PackageError(msg("package.entry_size_mismatch", package=label, entry=entry.path, size=size,
                                   listed=entry.size))
        if digest.hexdigest() != entry.sha256:
            raise PackageError(msg("package.entry_digest_mismatch", package=label, entry=entry.path))
        done += size
        if keep:
            staged[entry.path] = target
    checks.append(msg("package.checked_files", count=len(manifest.files), size=done))
    return manifest, staged, done


def _read_small(archive: zipfile.ZipFile, info: zipfile.ZipInfo, label: str) -> bytes:
    try:
        with archive.open(info) as stream:
            data = stream.read(info.file_size + 1)
    except (*ZIP_ERRORS, OSError) as exc:
        raise PackageError(msg("package.manifest_entry_damaged", package=label, entry=info.filename,
                               detail=str(exc))) from None
    if len(data) != info.file_size:
        raise PackageError(msg("package.manifest_size_mismatch", package=label, entry=info.filename))
    return data
