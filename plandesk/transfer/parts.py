"""Numbered parts for FAT32 sticks (no file over 4 GiB): ``X.plandesk.001``, ``.002``, …

Each part starts with a small header naming the set, its place in it and the SHA-256 and size
of every part's payload, so a missing, foreign or damaged part is named before anything is
joined::

    magic        8  b"PDKPART\\x01"
    length       4  big-endian length of the JSON that follows
    JSON            {"set": uuid, "index": 1, "count": n, "total_size": bytes,
                     "sizes": [...], "sha256": [...]}
    payload         bytes index-1 of the package, cut at the part size
"""
from __future__ import annotations

import hashlib
import json
import re
import struct
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from plandesk.domain.messages import Message, msg

from .errors import Cancelled, PackageError

MAGIC = b"PDKPART\x01"
FAT32_LIMIT = 4 * 1024 ** 3 - 1
HEADER_ROOM = 64 * 1024           # the JSON header grows with the number of parts
CHUNK = 1024 * 1024
_SUFFIX = re.compile(r"^(.*)\.(\d{3})$")


def part_path(base: Path, index: int) -> Path:
    return base.with_name(f"{base.name}.{index:03d}")


def is_part_name(path: Path) -> bool:
    return bool(_SUFFIX.match(path.name))


def base_of(path: Path) -> Path:
    match = _SUFFIX.match(path.name)
    return path.with_name(match.group(1)) if match else path


def plan(total: int, part_size: int) -> list[int]:
    """Payload sizes of the parts for a file of ``total`` bytes."""
    payload = part_size - HEADER_ROOM
    if payload < 1024:
        raise PackageError(msg("package.part_size_too_small", size=part_size, minimum=HEADER_ROOM + 1024))
    count = max(1, -(-total // payload))
    if count > 999:
        raise PackageError(msg("package.too_many_parts", count=count))
    return [min(payload, total - i * payload) for i in range(count)]


def _hashes(source: Path, sizes: list[int]) -> list[str]:
    out = []
    with open(source, "rb") as handle:
        for size in sizes:
            digest, left = hashlib.sha256(), size
            while left:
                block = handle.read(min(CHUNK, left))
                digest.update(block)
                left -= len(block)
            out.append(digest.hexdigest())
    return out


def write_parts(source: Path, open_part: Callable[[int], BinaryIO], part_size: int,
                is_cancelled: Callable[[], bool] | None = None) -> int:
    """Cut ``source`` into parts; ``open_part(index)`` gives the (temporary) file to write part
    ``index`` into. Returns the number of parts."""
    total = source.stat().st_size
    sizes = plan(total, part_size)
    header = {"set": uuid.uuid4().hex, "count": len(sizes), "total_size": total, "sizes": sizes,
              "sha256": _hashes(source, sizes)}
    with open(source, "rb") as handle:
        for index, size in enumerate(sizes, 1):
            text = _header_bytes({**header, "index": index})
            with open_part(index) as out:
                out.write(MAGIC + struct.pack(">I", len(text)) + text)
                left = size
                while left:
                    if is_cancelled and is_cancelled():
                        raise Cancelled(msg("package.cancelled_nothing_written"))
                    block = handle.read(min(CHUNK, left))
                    out.write(block)
                    left -= len(block)
    return len(sizes)


MAX_TOTAL = 999 * FAT32_LIMIT
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_SET_ID = re.compile(r"^[0-9a-f]{32}$")


def _header_bytes(header: dict) -> bytes:
    """The one way a part's header is written (keys in this order, JSON's default spacing)."""
    ordered = {k: header[k] for k in ("set", "count", "total_size", "sizes", "sha256", "index")}
    return json.dumps(ordered).encode("utf-8")


def _read_header(path: Path, label: str | Message) -> tuple[dict, int]:
    try:
        with open(path, "rb") as handle:
            head = handle.read(12)
            if len(head) < 12 or head[:8] != MAGIC:
                raise PackageError(msg("package.part_foreign_file", part=label))
            (length,) = struct.unpack(">I", head[8:])
            if length > HEADER_ROOM:
                raise PackageError(msg("package.part_header_length", part=label, length=length))
            raw = handle.read(length)
            data = json.loads(raw.decode("utf-8"))
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise PackageError(msg("package.part_header_damaged", part=label)) from None
    except OSError as exc:
        raise PackageError(msg("package.part_unreadable", part=label, reason=exc.strerror or str(exc))) from exc
    keys = {"set": str, "index": int, "count": int, "total_size": int, "sizes": list, "sha256": list}
    if not isinstance(data, dict) or any(not isinstance(data.get(k), t) or isinstance(data.get(k), bool)
                                         for k, t in keys.items()) \
            or not 1 <= data["count"] <= 999 or not 1 <= data["index"] <= data["count"] \
            or len(data["sizes"]) != data["count"] or len(data["sha256"]) != data["count"] \
            or any(not isinstance(n, int) or isinstance(n, bool) or not 0 <= n <= MAX_TOTAL for n in data["sizes"]) \
            or any(not isinstance(h, str) or not _HEX64.match(h) for h in data["sha256"]) \
            or not 0 <= data["total_size"] <= MAX_TOTAL or sum(data["sizes"]) != data["total_size"] \
            or not _SET_ID.match(data["set"]):
        raise PackageError(msg("package.part_header_invalid", part=label))
    # a header is written in one way only: any other spelling of the same values is an altered part
    if raw != _header_bytes(data):
        raise PackageError(msg("package.part_header_altered", part=label))
    return data, 12 + length


def join_parts(path: Path, target: BinaryIO, is_cancelled: Callable[[], bool] | None = None) -> int:
    """Check every part of the set that ``path`` names (the base name or any part) and write
    their payloads, in order, into ``target``. Returns the number of parts."""
    base = base_of(path)
    first = next((p for p in sorted(base.parent.glob(f"{glob_escape(base.name)}.[0-9][0-9][0-9]"))), None)
    if first is None:
        raise PackageError(msg("package.parts_not_found", name=base.name, folder=str(base.parent)))
    header, _ = _read_header(first, f"'{first.name}'")
    count, set_id = header["count"], header["set"]
    for index in range(1, count + 1):
        part = part_path(base, index)
        which = {"index": index, "count": count, "file": part.name}
        label = msg("package.part", **which)
        if not part.is_file():
            raise PackageError(msg("package.part_missing", part=label, count=count))
        this, offset = _read_header(part, label)
        if this["set"] != set_id or this["index"] != index or this["count"] != count:
            raise PackageError(msg("package.part_other_set", **which))
        expected_size, expected_hash = header["sizes"][index - 1], header["sha256"][index - 1]
        actual = part.stat().st_size - offset
        if actual != expected_size:
            raise PackageError(msg("package.part_size_mismatch", **which, size=actual, expected=expected_size))
        digest = hashlib.sha256()
        with open(part, "rb") as handle:
            handle.seek(offset)
            while block := handle.read(CHUNK):
                if is_cancelled and is_cancelled():
                    raise Cancelled(msg("package.cancelled"))
                digest.update(block)
                target.write(block)
        if digest.hexdigest() != expected_hash:
            raise PackageError(msg("package.part_digest_mismatch", **which))
    return count


def glob_escape(name: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", name)


def existing_parts(base: Path) -> list[Path]:
    return sorted(base.parent.glob(f"{glob_escape(base.name)}.[0-9][0-9][0-9]"))
