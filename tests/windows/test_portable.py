"""Portable mode (portable.txt beside PlanDesk.exe, as in the portable ZIP): the workspace in
data\\ beside the executable, the window's settings in an INI file beside it, nothing in the
registry, a workspace chosen on the stick remembered relative to the stick."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from windows_helpers import windows_only

from plandesk import settings


@pytest.fixture
def portable(tmp_path, monkeypatch):
    folder = tmp_path / "USB" / "PlanDesk"
    folder.mkdir(parents=True)
    (folder / settings.PORTABLE_MARKER).write_text("")
    monkeypatch.setattr(settings, "executable_dir", lambda: folder)
    monkeypatch.delenv("PLANDESK_DATA", raising=False)
    return folder


def test_portable_mode_keeps_data_and_settings_beside_the_executable(portable):
    assert settings.default_data_dir() == portable / "data"
    assert settings.settings_dir() == portable / "settings"
    settings.choose_workspace(portable / "Hồ sơ 2025")
    assert (portable / "settings" / settings.CHOICE_FILE).read_text(encoding="utf-8") == "Hồ sơ 2025"  # relative
    assert settings.default_data_dir() == portable / "Hồ sơ 2025"
    settings.choose_workspace(None)
    assert settings.default_data_dir() == portable / "data"


def test_without_the_marker_nothing_is_portable(portable):
    (portable / settings.PORTABLE_MARKER).unlink()
    assert settings.settings_dir() is None and settings.portable_data_dir() is None


@windows_only
def test_portable_window_settings_go_to_the_ini_never_to_the_registry(portable):
    import winreg

    from PySide6.QtCore import QSettings

    from plandesk.gui.application import configure_app

    try:
        winreg.DeleteKey(winreg.HKEY_CURRENT_USER, r"Software\PlanDesk\PlanDesk")
    except OSError:
        pass
    _app = configure_app([sys.executable])   # kept alive for the QSettings below
    try:
        QSettings().setValue("language", "en")
        QSettings().sync()
        ini = portable / "settings" / "PlanDesk" / "PlanDesk.ini"
        assert ini.is_file() and "language=en" in ini.read_text(encoding="utf-8")
        with pytest.raises(OSError):
            winreg.OpenKey(winreg.HKEY_CURRENT_USER, r"Software\PlanDesk\PlanDesk")
    finally:
        QSettings.setDefaultFormat(QSettings.Format.NativeFormat)


@windows_only
def test_installed_mode_uses_the_registry_as_windows_programs_do(tmp_path, monkeypatch):
    import winreg

    from PySide6.QtCore import QSettings

    from plandesk.gui.application import configure_app

    monkeypatch.setattr(settings, "executable_dir", lambda: tmp_path)  # no portable.txt there
    QSettings.setDefaultFormat(QSettings.Format.NativeFormat)
    configure_app([sys.executable])
    QSettings().setValue("language", "vi")
    QSettings().sync()
    with winreg.OpenKey(winreg.HKEY_CURRENT_USER, r"Software\PlanDesk\PlanDesk") as key:
        assert winreg.QueryValueEx(key, "language")[0] == "vi"
    assert not list(Path(tmp_path).rglob("*.ini"))
