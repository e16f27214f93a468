"""Render the main screens to PNG files, offscreen, for looking at them.

    python scripts/screenshots.py OUT_DIR [--size 1280x800] [--size 1920x1080] [--scale 1.5]

Uses a temporary workspace with the sample dossier."""
import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--size", action="append", default=[])
    parser.add_argument("--scale", default="1")
    parser.add_argument("--language", default="vi")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["QT_SCALE_FACTOR"] = args.scale
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from plandesk.gui.application import configure_app, install_translator
    from plandesk.gui.context import AppContext
    from plandesk.gui.dialogs import DossierPicker, NewDossierDialog
    from plandesk.gui.main_window import MainWindow
    from plandesk.services import Services
    from plandesk.services.demo import create_demo
    from plandesk.storage.workspace import open_workspace

    app = configure_app([])
    install_translator(app, args.language)
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        services = Services.build(open_workspace(Path(tmp) / "ws"), user="Trần Minh Tâm")
        picker = DossierPicker(None, [])
        picker.show()
        app.processEvents()
        picker.grab().save(str(args.out / "first-start.png"))
        picker.close()
        setup = NewDossierDialog(None, [("xa-dien-hinh-antq", "Xã điển hình về phong trào toàn dân bảo vệ ANTQ")], None)
        setup.show()
        app.processEvents()
        setup.grab().save(str(args.out / "new-dossier.png"))
        setup.close()
        create_demo(services)
        from plandesk.domain.dossier import UnitInfo

        for name, district in (("Trường Xuân", "huyện Tháp Mười"), ("Đốc Binh Kiều", "huyện Tháp Mười"),
                               ("Mỹ An", "huyện Cao Lãnh"), ("Ấp Bắc", "huyện Cai Lậy")):
            services.dossiers.create(UnitInfo(name, "", district, "tỉnh Đồng Tháp"), 2024, "xa-dien-hinh-antq")
        demo_id = next(d.id for d in services.dossiers.list_dossiers() if d.unit.name == "Thanh Mỹ")
        window = MainWindow(AppContext(services, QSettings(), synchronous=True))
        for size in args.size or ["1280x800"]:
            width, height = map(int, size.split("x"))
            window.resize(width, height)
            window.show_loading()  # what start-up shows while the dossier opens
            window.show()
            for _ in range(3):
                app.processEvents()
            window.grab().save(str(args.out / f"{size}-x{args.scale}-opening.png"))
            window.open_dossier(demo_id)
            app.processEvents()
            shots = [("overview", lambda: window.tabs.setCurrentWidget(window.dashboard)),
                     ("criterion-III.3", lambda: window.select_criterion("III.3")),
                     ("criterion-II.3", lambda: window.select_criterion("II.3")),
                     ("criterion-I.6", lambda: window.select_criterion("I.6")),
                     ("evidence", lambda: window.tabs.setCurrentWidget(window.documents)),
                     ("documents", lambda: window.tabs.setCurrentWidget(window.documents_view)),
                     ("council", lambda: window.tabs.setCurrentWidget(window.council)),
                     ("settings", lambda: window.tabs.setCurrentWidget(window.settings_view)),
                     ("history", lambda: window.tabs.setCurrentWidget(window.history)),
                     ("rollup", lambda: window.tabs.setCurrentWidget(window.rollup))]
            for name, show in shots:
                show()
                for _ in range(5):  # let deferred layouts settle before the grab
                    app.processEvents()
                path = args.out / f"{size}-x{args.scale}-{name}.png"
                window.grab().save(str(path))
                print(path)
        window.close()
        services.close()
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
