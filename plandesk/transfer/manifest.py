"""The package's manifest (``manifest.json``): what the package is, who made it, for which
unit, year and framework, and the path, size and SHA-256 of every other entry.

The format is versioned: ``format_version`` grows when a reader of the previous version could
misread a package; a reader refuses a version newer than it knows. See FORMAT.md."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from typing import Any

from plandesk.domain.schema import VersionedJsonError, read_versioned_json

from .errors import PackageError

FORMAT = "plandesk-package"
FORMAT_VERSION = 1
MANIFEST_NAME = "manifest.json"
KIND_DOSSIER = "ho_so"
KIND_REVIEW = "tham_dinh"
MAIN_ENTRY = {KIND_DOSSIER: "dossier.json", KIND_REVIEW: "review.json"}
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
MAX_ENTRY_SIZE = 2 ** 53


@dataclass(frozen=True)
class FileEntry:
    path: str
    size: int
    sha256: str


@dataclass(frozen=True)
class Manifest:
    kind: str
    app_version: str
    schema_version: str
    created_at: str
    submission_id: str
    framework_id: str
    framework_version: str
    framework_title: str
    unit: dict[str, str]
    year: int
    files: tuple[FileEntry, ...] = ()
    format_version: int = FORMAT_VERSION
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def main_entry(self) -> str:
        return MAIN_ENTRY[self.kind]

    def with_files(self, files: list[FileEntry]) -> Manifest:
        return replace(self, files=tuple(files))

    def file(self, path: str) -> FileEntry | None:
        return next((f for f in self.files if f.path == path), None)

    def to_json(self) -> bytes:
        data = {
            "format": FORMAT, "format_version": self.format_version, "kind": self.kind,
            "app_version": self.app_version, "schema_version": self.schema_version,
            "created_at": self.created_at, "submission_id": self.submission_id,
            "framework": {"id": self.framework_id, "version": self.framework_version,
                          "title": self.framework_title},
            "unit": self.unit, "year": self.year, **({"extra": self.extra} if self.extra else {}),
            "files": [{"path": f.path, "size": f.size, "sha256": f.sha256} for f in self.files],
        }
        return json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")

    @classmethod
    def from_json(cls, raw: bytes) -> Manifest:
        where = f"Bảng kê '{MANIFEST_NAME}' của gói"
        try:
            data, version = read_versioned_json(raw, FORMAT, FORMAT_VERSION)
        except VersionedJsonError as exc:
            writer = (exc.data or {}).get("app_version", "?")
            raise PackageError({
                exc.UNREADABLE: f"{where} không đọc được ({exc.detail}); gói bị hỏng hoặc đã bị sửa.",
                exc.FOREIGN: f"{where} không phải của PlanDesk (thiếu \"format\": \"{FORMAT}\").",
                exc.BAD_VERSION: f"{where} có phiên bản định dạng không hợp lệ ({exc.version!r}).",
                exc.NEWER: f"Gói được tạo bởi phiên bản PlanDesk mới hơn (định dạng gói {exc.version}, bản này đọc "
                           f"được đến {FORMAT_VERSION}; ứng dụng tạo gói: {writer}). Hãy cập nhật PlanDesk rồi nhập "
                           "lại.",
            }[exc.reason]) from None
        problems: list[str] = []

        def text(obj: Any, key: str, label: str) -> str:
            value = obj.get(key) if isinstance(obj, dict) else None
            if not isinstance(value, str):
                problems.append(f"thiếu hoặc sai trường {label}")
                return ""
            return value

        kind = text(data, "kind", "kind")
        if kind and kind not in MAIN_ENTRY:
            problems.append(f"loại gói '{kind}' không biết")
        framework = data.get("framework")
        unit = data.get("unit")
        if not isinstance(unit, dict) or not all(isinstance(unit.get(k), str)
                                                 for k in ("name", "code", "kind", "district", "province")):
            problems.append("thiếu hoặc sai thông tin đơn vị (unit)")
            unit = {}
        year = data.get("year")
        if not isinstance(year, int) or isinstance(year, bool) or not 2000 <= year <= 2100:
            problems.append(f"năm không hợp lệ ({year!r})")
        files = []
        raw_files = data.get("files")
        if not isinstance(raw_files, list):
            problems.append("thiếu danh sách tệp (files)")
            raw_files = []
        for i, item in enumerate(raw_files, 1):
            if not (isinstance(item, dict) and isinstance(item.get("path"), str)
                    and isinstance(item.get("size"), int) and not isinstance(item.get("size"), bool)
                    and 0 <= item["size"] <= MAX_ENTRY_SIZE and isinstance(item.get("sha256"), str)
                    and _HEX64.match(item["sha256"])):
                problems.append(f"tệp thứ {i} trong danh sách thiếu đường dẫn, kích thước hoặc mã SHA-256 hợp lệ")
                continue
            files.append(FileEntry(item["path"], item["size"], item["sha256"]))
        extra = data.get("extra", {})
        manifest = cls(
            kind=kind, app_version=text(data, "app_version", "app_version"),
            schema_version=text(data, "schema_version", "schema_version"),
            created_at=text(data, "created_at", "created_at"),
            submission_id=text(data, "submission_id", "submission_id"),
            framework_id=text(framework, "id", "framework.id"),
            framework_version=text(framework, "version", "framework.version"),
            framework_title=text(framework, "title", "framework.title"),
            unit={k: unit.get(k, "") for k in ("name", "code", "kind", "district", "province")},
            year=year if isinstance(year, int) else 0, files=tuple(files), format_version=version,
            extra=extra if isinstance(extra, dict) else {})
        if problems:
            raise PackageError(f"{where} bị hỏng: {'; '.join(problems[:5])}.")
        if manifest.main_entry not in {f.path for f in files}:
            raise PackageError(f"{where} không liệt kê '{manifest.main_entry}' (dữ liệu chính của gói).")
        return manifest
