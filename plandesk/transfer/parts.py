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
        raise PackageError(f"Kích thước mỗi phần ({part_size} byte) quá nhỏ; tối thiểu {HEADER_ROOM + 1024} byte.")
    count = max(1, -(-total // payload))
    if count > 999:
        raise PackageError(f"Gói cần {count} phần (tối đa 999); hãy chọn kích thước phần lớn hơn.")
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
                        raise Cancelled("Đã dừng theo yêu cầu; không có tệp nào được ghi.")
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


def _read_header(path: Path, label: str) -> tuple[dict, int]:
    try:
        with open(path, "rb") as handle:
            head = handle.read(12)
            if len(head) < 12 or head[:8] != MAGIC:
                raise PackageError(f"Tệp {label} không phải một phần của gói PlanDesk hoặc phần đầu bị hỏng.")
            (length,) = struct.unpack(">I", head[8:])
            if length > HEADER_ROOM:
                raise PackageError(f"Phần đầu của {label} bị hỏng (độ dài {length}).")
            raw = handle.read(length)
            data = json.loads(raw.decode("utf-8"))
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise PackageError(f"Phần đầu của {label} bị hỏng; hãy chép lại tệp này.") from None
    except OSError as exc:
        raise PackageError(f"Không đọc được {label}: {exc.strerror or exc}.") from exc
    keys = {"set": str, "index": int, "count": int, "total_size": int, "sizes": list, "sha256": list}
    if not isinstance(data, dict) or any(not isinstance(data.get(k), t) or isinstance(data.get(k), bool)
                                         for k, t in keys.items()) \
            or not 1 <= data["count"] <= 999 or not 1 <= data["index"] <= data["count"] \
            or len(data["sizes"]) != data["count"] or len(data["sha256"]) != data["count"] \
            or any(not isinstance(n, int) or isinstance(n, bool) or not 0 <= n <= MAX_TOTAL for n in data["sizes"]) \
            or any(not isinstance(h, str) or not _HEX64.match(h) for h in data["sha256"]) \
            or not 0 <= data["total_size"] <= MAX_TOTAL or sum(data["sizes"]) != data["total_size"] \
            or not _SET_ID.match(data["set"]):
        raise PackageError(f"Phần đầu của {label} bị hỏng hoặc do phiên bản PlanDesk khác tạo.")
    # a header is written in one way only: any other spelling of the same values is an altered part
    if raw != _header_bytes(data):
        raise PackageError(f"Phần đầu của {label} đã bị sửa (khác với cách PlanDesk ghi); hãy chép lại tệp này.")
    return data, 12 + length


def join_parts(path: Path, target: BinaryIO, is_cancelled: Callable[[], bool] | None = None) -> int:
    """Check every part of the set that ``path`` names (the base name or any part) and write
    their payloads, in order, into ``target``. Returns the number of parts."""
    base = base_of(path)
    first = next((p for p in sorted(base.parent.glob(f"{glob_escape(base.name)}.[0-9][0-9][0-9]"))), None)
    if first is None:
        raise PackageError(f"Không tìm thấy gói '{base.name}' hay các phần '{base.name}.001', "
                           f"'{base.name}.002'… trong '{base.parent}'.")
    header, _ = _read_header(first, f"'{first.name}'")
    count, set_id = header["count"], header["set"]
    for index in range(1, count + 1):
        part = part_path(base, index)
        label = f"phần {index}/{count} ('{part.name}')"
        if not part.is_file():
            raise PackageError(f"Thiếu {label}. Hãy chép đủ {count} phần vào cùng một thư mục rồi nhập lại.")
        this, offset = _read_header(part, label)
        if this["set"] != set_id or this["index"] != index or this["count"] != count:
            raise PackageError(f"{label[0].upper()}{label[1:]} thuộc một gói khác (hoặc một lần đóng gói khác); "
                               "hãy chép đúng các phần của cùng một lần đóng gói.")
        expected_size, expected_hash = header["sizes"][index - 1], header["sha256"][index - 1]
        actual = part.stat().st_size - offset
        if actual != expected_size:
            raise PackageError(f"{label[0].upper()}{label[1:]} có {actual} byte dữ liệu, đúng ra là "
                               f"{expected_size}: tệp bị cắt cụt hoặc chép thiếu. Hãy chép lại phần này.")
        digest = hashlib.sha256()
        with open(part, "rb") as handle:
            handle.seek(offset)
            while block := handle.read(CHUNK):
                if is_cancelled and is_cancelled():
                    raise Cancelled("Đã dừng theo yêu cầu; thư mục làm việc không thay đổi.")
                digest.update(block)
                target.write(block)
        if digest.hexdigest() != expected_hash:
            raise PackageError(f"{label[0].upper()}{label[1:]} bị hỏng (mã SHA-256 không khớp). "
                               "Hãy chép lại phần này từ nguồn.")
    return count


def glob_escape(name: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", name)


def existing_parts(base: Path) -> list[Path]:
    return sorted(base.parent.glob(f"{glob_escape(base.name)}.[0-9][0-9][0-9]"))
