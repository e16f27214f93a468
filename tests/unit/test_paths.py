"""Resources and the workspace are found the same way from a source tree and from a
PyInstaller bundle; portable mode keeps the workspace beside the executable."""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

from plandesk import paths, settings


def test_resources_from_the_source_tree():
    assert (paths.frameworks_dir() / "xa-dien-hinh-antq-2023.toml").is_file()
    assert paths.resource_path("fonts", "LiberationSerif-Regular.ttf").is_file()
    assert (paths.translations_dir() / "plandesk_en.qm").is_file()


def test_resources_from_a_bundle(tmp_path, monkeypatch):
    bundle = tmp_path / "_internal"
    shutil.copytree(paths.resources_dir(), bundle / "plandesk" / "resources")
    shutil.copytree(paths.translations_dir(), bundle / "plandesk" / "translations")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    assert paths.resources_dir() == bundle / "plandesk" / "resources"
    assert paths.translations_dir() == bundle / "plandesk" / "translations"


def test_portable_marker_keeps_the_workspace_beside_the_executable(tmp_path, monkeypatch):
    exe = tmp_path / "PlanDesk" / "PlanDesk.exe"
    exe.parent.mkdir()
    exe.write_bytes(b"")
    monkeypatch.delenv("PLANDESK_DATA", raising=False)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(exe))
    assert settings.default_data_dir() != exe.parent / "data"
    (exe.parent / "portable.txt").write_text("")
    assert settings.default_data_dir() == exe.parent / "data"
    monkeypatch.setenv("PLANDESK_DATA", str(tmp_path / "khac"))
    assert settings.default_data_dir() == tmp_path / "khac"


def test_not_portable_from_source(monkeypatch):
    monkeypatch.delattr(sys, "frozen", raising=False)
    assert settings.portable_data_dir() is None
    assert isinstance(settings.default_data_dir(), Path)
