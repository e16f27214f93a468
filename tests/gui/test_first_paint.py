"""With no command, the window is painted before the data layer is imported, naming the
dossier the last session had open (plandesk.gui.first_paint)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

CHILD = r"""
import json, sys
from PySide6.QtCore import QSettings
QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[2])
import plandesk.gui
from plandesk.gui import first_paint
seen = {}
real = first_paint.paint_first

def paint_first(data, argv=None):
    window = real(data, argv)
    label = window.centralWidget().text()
    seen.update(painted=window.isVisible(), label=label,
                loaded=[m for m in ("sqlalchemy", "plandesk.services", "plandesk.cli") if m in sys.modules])
    return window

first_paint.paint_first = paint_first
if len(sys.argv) > 3:   # a dossier opened in the last session, remembered as the window does
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    from plandesk.domain.dossier import DossierInfo, UnitInfo
    app = QApplication([])
    app.setOrganizationName("PlanDesk"); app.setApplicationName("PlanDesk")
    first_paint.remember_dossier(Path(sys.argv[1]), DossierInfo(
        1, UnitInfo("Thanh Mỹ", "", "huyện Tháp Mười", "tỉnh Đồng Tháp", "xã"), 2024, "f", "1", "t", None))
plandesk.gui.run_gui = lambda open_services, argv=None, package=None: 0
from plandesk.app import main
code = main(["--data", sys.argv[1]])
print(json.dumps({**seen, "code": code}))
"""


def _run(tmp_path: Path, *extra: str) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), PYTHONIOENCODING="utf-8")
    proc = subprocess.run([sys.executable, "-c", CHILD, str(tmp_path / "ws"), str(tmp_path / "settings"), *extra],
                          capture_output=True, text=True, encoding="utf-8", env=env, timeout=120, check=True)
    return json.loads(proc.stdout.splitlines()[-1])


def test_the_window_is_painted_before_the_data_layer_loads(tmp_path):
    first = _run(tmp_path)
    assert first["painted"] and first["loaded"] == [] and first["code"] == 0
    assert first["label"] == "Đang mở PlanDesk…"        # no dossier remembered yet


def test_the_first_paint_names_the_dossier_of_the_last_session(tmp_path):
    assert _run(tmp_path, "remember")["label"] == "Đang mở hồ sơ xã Thanh Mỹ năm 2024…"
    assert _run(tmp_path)["label"] == "Đang mở hồ sơ xã Thanh Mỹ năm 2024…"   # kept for the next start
