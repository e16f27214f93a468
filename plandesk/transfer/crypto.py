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
from typing import BinaryIO, Callable

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from .errors import Cancelled, PackageError, WrongPassphrase

MAGIC = b"PDKENC\x00\x01"
_FIELDS = struct.Struct(">8sBBB16s7sI")
HEADER_SIZE = _FIELDS.size + 8 + 16
TAG = 16
DEFAULT_LOG2_N = 15          # 32 MiB of memory, a fraction of a second on an office PC
DEFAULT_CHUNK = 1024 * 1024
MAX_LOG2_N = 17              # 128 MiB with r = 8: a header cannot make the reader exhaust memory

Progress = Callable[[int], None]


def is_encrypted(path: Path) -> bool:
    with open(path, "rb") as handle:
        return handle.read(len(MAGIC)) == MAGIC


def _key(passphrase: str, salt: bytes, log2_n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=2 ** log2_n, r=r, p=p).derive(passphrase.encode("utf-8"))


def _nonce(prefix: bytes, index: int, last: bool) -> bytes:
    return prefix + struct.pack(">IB", index, 1 if last else 0)


def encrypt_file(source: Path, target: BinaryIO, passphrase: str, *, log2_n: int = DEFAULT_LOG2_N,
                 chunk_size: int = DEFAULT_CHUNK, progress: Progress | None = None,
                 is_cancelled: Callable[[], bool] | None = None) -> None:
    if not passphrase:
        raise PackageError("Mật khẩu rỗng; hãy nhập một mật khẩu.")
    salt, prefix = os.urandom(16), os.urandom(7)
    fields = _FIELDS.pack(MAGIC, log2_n, 8, 1, salt, prefix, chunk_size)
    check = hashlib.sha256(fields).digest()[:8]
    header_wo_key = fields + check
    aead = AESGCM(_key(passphrase, salt, log2_n, 8, 1))
    key_check = aead.encrypt(prefix + b"\xff\xff\xff\xff\x02", b"", header_wo_key)
    header = header_wo_key + key_check
    target.write(header)
    done = 0
    index = 0
    with open(source, "rb") as handle:
        block = handle.read(chunk_size)
        while True:
            if is_cancelled and is_cancelled():
                raise Cancelled("Đã dừng theo yêu cầu; không có tệp nào được ghi.")
            following = handle.read(chunk_size)
            last = not following
            target.write(aead.encrypt(_nonce(prefix, index, last), block, header))
            done += len(block)
            index += 1
            if progress:
                progress(done)
            if last:
                return
            block = following


def decrypt_file(source: Path, target: BinaryIO, passphrase: str, *, name: str = "",
                 progress: Progress | None = None, is_cancelled: Callable[[], bool] | None = None) -> None:
    """Decrypt into ``target``; refuses a wrong passphrase and any damaged or cut file."""
    label = f"'{name or source.name}'"
    with open(source, "rb") as handle:
        header = handle.read(HEADER_SIZE)
        if len(header) < HEADER_SIZE or not header.startswith(MAGIC):
            raise PackageError(f"Gói {label} được mã hóa nhưng phần đầu bị cắt cụt hoặc hỏng; "
                               "hãy chép lại gói từ nguồn.")
        fields, check, key_check = header[:_FIELDS.size], header[_FIELDS.size:_FIELDS.size + 8], header[-TAG:]
        if hashlib.sha256(fields).digest()[:8] != check:
            raise PackageError(f"Phần đầu của gói mã hóa {label} bị hỏng; hãy chép lại gói từ nguồn.")
        _, log2_n, r, p, salt, prefix, chunk_size = _FIELDS.unpack(fields)
        if not (10 <= log2_n <= MAX_LOG2_N and 1 <= r <= 16 and 1 <= p <= 4 and 1024 <= chunk_size <= 64 * 1024 * 1024):
            raise PackageError(f"Gói mã hóa {label} dùng tham số không hỗ trợ (scrypt n=2^{log2_n}, r={r}, "
                               f"p={p}, khối {chunk_size}); có thể gói do phiên bản PlanDesk mới hơn tạo.")
        try:
            aead = AESGCM(_key(passphrase, salt, log2_n, r, p))
        except (MemoryError, ValueError) as exc:
            raise PackageError(f"Không tạo được khóa giải mã cho gói {label} ({exc}); máy thiếu bộ nhớ "
                               "hoặc gói dùng tham số không hỗ trợ.") from None
        try:
            aead.decrypt(prefix + b"\xff\xff\xff\xff\x02", key_check, header[:-TAG])
        except InvalidTag:
            raise WrongPassphrase(f"Sai mật khẩu cho gói {label}. Hãy kiểm tra lại mật khẩu "
                                  "(phân biệt chữ hoa, chữ thường và dấu).") from None
        index, done = 0, 0
        block = handle.read(chunk_size + TAG)
        while True:
            if is_cancelled and is_cancelled():
                raise Cancelled("Đã dừng theo yêu cầu; thư mục làm việc không thay đổi.")
            following = handle.read(chunk_size + TAG) if len(block) == chunk_size + TAG else b""
            last = not following
            try:
                plain = aead.decrypt(_nonce(prefix, index, last), block, header)
            except InvalidTag:
                where = "bị hỏng hoặc bị cắt cụt" if last else "bị hỏng"
                raise PackageError(f"Gói mã hóa {label} {where} (khối dữ liệu số {index + 1} không khớp mã "
                                   "xác thực). Hãy chép lại gói từ nguồn.") from None
            target.write(plain)
            done += len(block)
            if progress:
                progress(done)
            index += 1
            if last:
                return
            block = following
