"""The package's manifest (``manifest.json``): what the package is, who made it, for which
unit, year and framework, and the path, size and SHA-256 of every other entry.

The format is versioned: ``format_version`` grows when a reader of the previous version could
misread a package; a reader refuses a version newer than it knows. See FORMAT.md."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from typing import Any

from plandesk.domain.messages import Listing, Message, msg
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
        try:
            data, version = read_versioned_json(raw, FORMAT, FORMAT_VERSION)
        except VersionedJsonError as exc:
            writer = (exc.data or {}).get("app_version", "?")
            raise PackageError({
                exc.UNREADABLE: msg("package.manifest_unreadable", manifest=MANIFEST_NAME, detail=exc.detail),
                exc.FOREIGN: msg("package.manifest_foreign", manifest=MANIFEST_NAME, format=FORMAT),
                exc.BAD_VERSION: msg("package.manifest_bad_version", manifest=MANIFEST_NAME, version=repr(exc.version)),
                exc.NEWER: msg("package.newer_format", version=str(exc.version), newest=FORMAT_VERSION,
                               writer=str(writer)),
            }[exc.reason]) from None
        problems: list[Message] = []

        def text(obj: Any, key: str, label: str) -> str:
            value = obj.get(key) if isinstance(obj, dict) else None
            if not isinstance(value, str):
                problems.append(msg("package.manifest_field", field=label))
                return ""
            return value

        kind = text(data, "kind", "kind")
        if kind and kind not in MAIN_ENTRY:
            problems.append(msg("package.manifest_kind", kind=kind))
        framework = data.get("framework")
        unit = data.get("unit")
        if not isinstance(unit, dict) or not all(isinstance(unit.get(k), str)
                                                 for k in ("name", "code", "kind", "district", "province")):
            problems.append(msg("package.manifest_unit"))
            unit = {}
        year = data.get("year")
        if not isinstance(year, int) or isinstance(year, bool) or not 2000 <= year <= 2100:
            problems.append(msg("package.manifest_year", year=repr(year)))
        files = []
        raw_files = data.get("files")
        if not isinstance(raw_files, list):
            problems.append(msg("package.manifest_no_files"))
            raw_files = []
        for i, item in enumerate(raw_files, 1):
            if not (isinstance(item, dict) and isinstance(item.get("path"), str)
                    and isinstance(item.get("size"), int) and not isinstance(item.get("size"), bool)
                    and 0 <= item["size"] <= MAX_ENTRY_SIZE and isinstance(item.get("sha256"), str)
                    and _HEX64.match(item["sha256"])):
                problems.append(msg("package.manifest_file", number=i))
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
            raise PackageError(msg("package.manifest_damaged", manifest=MANIFEST_NAME,
                                   problems=Listing(tuple(problems[:5]))))
        if manifest.main_entry not in {f.path for f in files}:
            raise PackageError(msg("package.manifest_no_main", manifest=MANIFEST_NAME, entry=manifest.main_entry))
        return manifest
