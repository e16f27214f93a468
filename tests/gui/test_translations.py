"""Vietnamese by default, English selectable: the compiled translation loads and every
interface text has its English translation."""
from __future__ import annotations

import xml.etree.ElementTree as ET

from PySide6.QtCore import QCoreApplication

from plandesk import paths
from plandesk.gui.application import install_translator


def test_every_text_has_an_english_translation():
    tree = ET.parse(paths.translations_dir() / "plandesk_en.ts")
    unfinished = [m.find("source").text for m in tree.iter("message")
                  if m.find("translation").get("type") == "unfinished" or not m.find("translation").text]
    assert unfinished == []


def test_english_interface(open_window, qapp, workspace_dir):
    translator = install_translator(qapp, "en")
    try:
        assert translator is not None
        window = open_window(start=False)
        menus = [a.text() for a in window.menuBar().actions()]
        assert menus == ["&File", "&Dossier", "&Criteria", "&View", "&Account", "&Help"]
        assert window.tabs.tabText(0) == "Overview"
        assert QCoreApplication.translate("labels", "Đạt") == "Met"
    finally:
        qapp.removeTranslator(translator)


def test_vietnamese_is_the_default(open_window):
    window = open_window(start=False)
    assert [a.text() for a in window.menuBar().actions()] == ["&Tệp", "Hồ &sơ", "Tiêu &chí", "&Xem", "Tài &khoản",
                                                              "T&rợ giúp"]
