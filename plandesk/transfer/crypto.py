"""Encrypting a package with a passphrase: AES-256-GCM in chunks, the key derived with scrypt
from the passphrase and a random salt.

Layout of an encrypted package (all integers big-endian)::

    magic        8  b"PDKENC\\x00\\x01"
    log2_n       1  scrypt cost (n = 2**log2_n)
    r, p         1+1
    salt        16  random
    nonce_prefix 7  random
    chunk_size   4  plaintext bytes per chunk
    header_check 8  SHA-256 of the 46 bytes above, first 8 bytes (tells a damaged header
                    from a wrong passphrase)
    key_check   16  GCM tag of an empty message (nonce prefix + FFFFFFFF + 02), aad = header
    chunks          each chunk_size + 16 bytes; the last one may be shorter (an empty
                    package file is one chunk of just its tag)

Chunk i is sealed with nonce = prefix + i (4 bytes) + last-flag (1 byte) and the header as
associated data, so a reordered, cut or extended file fails to open instead of yielding a
shorter package. A wrong passphrase is recognised by the key check before any chunk is read.
"""
from __future__ import annotations

import hashlib
import os
import struct
from pathlib import Path
from typing import Protocol

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from plandesk.domain.messages import msg

from .errors import PackageError, WrongPassphrase

MAGIC = b"PDKENC\x00\x01"
_FIELDS = struct.Struct(">8sBBB16s7sI")
HEADER_SIZE = _FIELDS.size + 8 + 16
TAG = 16
DEFAULT_LOG2_N = 15          # 32 MiB of memory, a fraction of a second on an office PC
DEFAULT_CHUNK = 1024 * 1024
MAX_LOG2_N = 17              # 128 MiB with r = 8: a header cannot make the reader exhaust memory



def is_encrypted(path: Path) -> bool:
    with open(path, "rb") as handle:
        return handle.read(len(MAGIC)) == MAGIC


def _key(passphrase: str, salt: bytes, log2_n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=2 ** log2_n, r=r, p=p).derive(passphrase.encode("utf-8"))


def _nonce(prefix: bytes, index: int, last: bool) -> bytes:
    return prefix + struct.pack(">IB", index, 1 if last else 0)


class Writable(Protocol):
    """Where the encrypted bytes go: a file, or a writer that hashes them on their way."""

    def write(self, data: bytes, /) -> int: ...


class EncryptingWriter:
    """A write-only stream that encrypts what is written to it into ``target`` (the layout
    above), so a package is encrypted as it is written rather than in a second pass over a
    plain copy. ``close()`` seals the last chunk (and the end of the package)."""

    def __init__(self, target: Writable, passphrase: str, *, log2_n: int = DEFAULT_LOG2_N,
                 chunk_size: int = DEFAULT_CHUNK):
        if not passphrase:
            raise PackageError(msg("package.passphrase_empty"))
        salt, self._prefix = os.urandom(16), os.urandom(7)
        fields = _FIELDS.pack(MAGIC, log2_n, 8, 1, salt, self._prefix, chunk_size)
        header_wo_key = fields + hashlib.sha256(fields).digest()[:8]
        self._aead = AESGCM(_key(passphrase, salt, log2_n, 8, 1))
        self._header = header_wo_key + self._aead.encrypt(self._prefix + b"\xff\xff\xff\xff\x02", b"", header_wo_key)
        self._target, self._chunk = target, chunk_size
        self._buffer = bytearray()
        self._index = 0
        self.closed = False
        target.write(self._header)

    def write(self, data: bytes) -> int:
        self._buffer += data
        # a full chunk is sealed only once more data follows: the last one carries the last flag
        while len(self._buffer) > self._chunk:
            self._seal(bytes(self._buffer[:self._chunk]), last=False)
            del self._buffer[:self._chunk]
        return len(data)

    def _seal(self, block: bytes, last: bool) -> None:
        self._target.write(self._aead.encrypt(_nonce(self._prefix, self._index, last), block, self._header))
        self._index += 1

    def close(self) -> None:
        if not self.closed:
            self._seal(bytes(self._buffer), last=True)
            self._buffer.clear()
            self.closed = True


def _open_chunk(aead: AESGCM, prefix: bytes, index: int, last: bool, block: bytes, header: bytes, label: str) -> bytes:
    try:
        return aead.decrypt(_nonce(prefix, index, last), block, header)
    except InvalidTag:
        raise PackageError(msg("package.encrypted_block_truncated" if last else "package.encrypted_block_damaged",
                               package=label, block=index + 1)) from None


def _open_header(header: bytes, passphrase: str, label: str) -> tuple[AESGCM, bytes, int]:
    """Check the header and the passphrase; the cipher, the nonce prefix and the chunk size."""
    if len(header) < HEADER_SIZE or not header.startswith(MAGIC):
        raise PackageError(msg("package.encrypted_header_truncated", package=label))
    fields, check, key_check = header[:_FIELDS.size], header[_FIELDS.size:_FIELDS.size + 8], header[-TAG:]
    if hashlib.sha256(fields).digest()[:8] != check:
        raise PackageError(msg("package.encrypted_header_damaged", package=label))
    _, log2_n, r, p, salt, prefix, chunk_size = _FIELDS.unpack(fields)
    if not (10 <= log2_n <= MAX_LOG2_N and 1 <= r <= 16 and 1 <= p <= 4 and 1024 <= chunk_size <= 64 * 1024 * 1024):
        raise PackageError(msg("package.encryption_unsupported", package=label, log2_n=log2_n, r=r, p=p,
                                 chunk=chunk_size))
    try:
        aead = AESGCM(_key(passphrase, salt, log2_n, r, p))
    except (MemoryError, ValueError) as exc:
        raise PackageError(msg("package.key_failed", package=label, detail=str(exc))) from None
    try:
        aead.decrypt(prefix + b"\xff\xff\xff\xff\x02", key_check, header[:-TAG])
    except InvalidTag:
        raise WrongPassphrase(msg("package.wrong_passphrase", package=label)) from None
    return aead, prefix, chunk_size


class DecryptingReader:
    """Random access to the plain ZIP inside an encrypted package, without writing it out:
    each chunk is authenticated when a read first needs it (nothing unauthenticated is ever
    returned), and ``finish()`` authenticates every chunk no read touched, so the whole
    package is checked as a full decryption checks it (cut, extended, reordered or altered
    anywhere: refused). ``raw`` is the package file opened for reading (seek, read)."""

    def __init__(self, raw, size: int, passphrase: str, *, name: str = "package"):
        self._raw, self._label = raw, f"'{name}'"
        raw.seek(0)
        self._header = raw.read(HEADER_SIZE)
        self._aead, self._prefix, self._chunk = _open_header(self._header, passphrase, self._label)
        body = size - HEADER_SIZE
        self._count = max(1, -(-body // (self._chunk + TAG)))
        last_plain = body - (self._count - 1) * (self._chunk + TAG) - TAG
        if last_plain < 0:
            raise PackageError(msg("package.encrypted_tag_missing", package=self._label, block=self._count))
        self.size = (self._count - 1) * self._chunk + last_plain
        self._checked = bytearray(self._count)
        self._cache: dict[int, bytes] = {}
        self._position = 0

    def _plain(self, index: int) -> bytes:
        if index not in self._cache:
            self._raw.seek(HEADER_SIZE + index * (self._chunk + TAG))
            block = self._raw.read(self._chunk + TAG)
            plain = _open_chunk(self._aead, self._prefix, index, index == self._count - 1, block, self._header,
                                self._label)
            self._checked[index] = 1
            if len(self._cache) >= 2:   # zipfile goes back a little (a header, then its data)
                self._cache.pop(next(iter(self._cache)))
            self._cache[index] = plain
        return self._cache[index]

    def read(self, size: int = -1) -> bytes:
        end = self.size if size is None or size < 0 else min(self.size, self._position + size)
        parts = []
        while self._position < end:
            index, offset = divmod(self._position, self._chunk)
            piece = self._plain(index)[offset:offset + end - self._position]
            parts.append(piece)
            self._position += len(piece)
        return b"".join(parts)

    def seek(self, offset: int, whence: int = 0) -> int:
        base = {0: 0, 1: self._position, 2: self.size}[whence]
        self._position = max(0, base + offset)
        return self._position

    def tell(self) -> int:
        return self._position

    def seekable(self) -> bool:
        return True

    def finish(self) -> None:
        """Authenticate the chunks no read needed (data descriptors, gaps)."""
        for index in range(self._count):
            if not self._checked[index]:
                self._cache.pop(index, None)
                self._plain(index)
