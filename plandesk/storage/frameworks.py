"""Finding and loading framework files: the bundled ones and those the user drops into the
workspace's ``frameworks/`` folder. A broken file is reported and skipped, never fatal."""
from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from plandesk.domain.framework import Framework, FrameworkError, parse_framework


@dataclass
class FrameworkCatalog:
    frameworks: list[Framework] = field(default_factory=list)
    errors: list[FrameworkError] = field(default_factory=list)

    def get(self, framework_id: str, version: str | None = None) -> Framework | None:
        matches = [f for f in self.frameworks if f.id == framework_id and (version is None or f.version == version)]
        if not matches:
            return None
        return max(matches, key=lambda f: _version_key(f.version))

    def latest(self) -> list[Framework]:
        ids = sorted({f.id for f in self.frameworks})
        return [f for i in ids if (f := self.get(i)) is not None]   # each id is there: from the list itself


def _version_key(version: str) -> tuple:
    return tuple(int(p) if p.isdigit() else p for p in version.replace("-", ".").split("."))


def load_framework_file(path: Path) -> Framework:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise FrameworkError(str(path), [f"không đọc được tệp: {exc.strerror or exc}"]) from exc
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise FrameworkError(str(path), [f"tệp không phải UTF-8 (byte {exc.start})"]) from exc
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise FrameworkError(str(path), [f"lỗi cú pháp TOML: {exc}"]) from exc
    return parse_framework(data, str(path))


def load_catalog(*folders: Path) -> FrameworkCatalog:
    catalog = FrameworkCatalog()
    seen: dict[tuple[str, str], Path] = {}
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.toml")):
            try:
                framework = load_framework_file(path)
            except FrameworkError as exc:
                catalog.errors.append(exc)
                continue
            key = (framework.id, framework.version)
            if key in seen:
                catalog.errors.append(FrameworkError(str(path), [
                    f"bộ tiêu chí '{framework.id}' phiên bản {framework.version} đã có trong '{seen[key]}'; tệp này bị "
                    "bỏ qua"]))
                continue
            seen[key] = path
            catalog.frameworks.append(framework)
    return catalog
