"""The window's settings: read from memory, written by their own thread (a settings file's
flush waits for the disk, never the window), nothing lost on closing."""
from __future__ import annotations

import threading

from PySide6.QtCore import QSettings

from plandesk.gui import preferences
from plandesk.gui.preferences import Preferences


class Recording(QSettings):
    syncs: list[str] = []

    def sync(self) -> None:
        Recording.syncs.append(threading.current_thread().name)
        super().sync()


def test_a_change_is_seen_at_once_and_written_off_the_windows_thread(qsettings):
    Recording.syncs = []
    prefs = Preferences(Recording)
    prefs.setValue("dialogs/pack", b"geometry")
    prefs.setValue("language", "vi")
    prefs.setValue("language", "en")        # the last change wins
    assert prefs.value("language") == "en"
    assert prefs.value("missing", "default") == "default"
    assert prefs.sync()
    assert Recording.syncs and all(name == "plandesk-settings" for name in Recording.syncs)
    prefs.close()
    stored = QSettings()
    assert stored.value("language") == "en"
    assert bytes(stored.value("dialogs/pack")) == b"geometry"


def test_the_next_start_reads_what_was_written_and_a_removed_key_is_gone(qsettings):
    prefs = Preferences()
    prefs.setValue("last_dossier/ws", 3)
    prefs.setValue("export_dir/ws/3", "D:/Hồ sơ")
    prefs.remove("export_dir")
    assert prefs.value("export_dir/ws/3") is None
    prefs.close()
    again = Preferences()
    assert int(again.value("last_dossier/ws")) == 3
    assert not again.contains("export_dir/ws/3")
    assert again.value("user_name") == "Cán bộ thử"   # what was there before is kept
    again.close()


def test_a_settings_file_that_cannot_be_written_is_reported_not_raised(qsettings, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")

    def unwritable() -> QSettings:
        return QSettings(str(blocker / "PlanDesk.ini"), QSettings.Format.IniFormat)

    prefs = Preferences(unwritable)
    prefs.setValue("language", "en")
    assert prefs.sync()
    assert prefs.value("language") == "en"      # the session goes on with it
    assert prefs.failed
    prefs.close()


def test_remembered_dialog_sizes_go_through_the_running_windows_preferences(qsettings, qtbot):
    from plandesk.gui.dialogs import RememberingDialog

    prefs = Preferences()
    preferences.install(prefs)
    try:
        dialog = RememberingDialog(None, "thu")
        qtbot.addWidget(dialog)
        dialog.resize(500, 300)
        dialog.done(0)
        assert prefs.value("dialogs/thu") is not None
    finally:
        preferences.install(None)
        prefs.close()
    assert QSettings().value("dialogs/thu") is not None
