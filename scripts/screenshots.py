"""Render the main screens to PNG files, offscreen, for looking at them.

    python scripts/screenshots.py OUT_DIR [--size 1280x800] [--size 1920x1080] [--scale 1.5]
    DISPLAY=:N python scripts/screenshots.py --guide resources/help/img

Uses a temporary workspace with the sample dossier. ``--guide`` makes the pictures of the
user's guide (resources/help/): the real window on a 1366×768 screen (maximised, a 40 px
taskbar), run under an X server (Xvfb) so the window is the one a user sees."""
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
    parser.add_argument("--guide", action="store_true", help="the user's guide pictures, at 1366×768")
    args = parser.parse_args()
    if args.guide:
        return guide(args.out)
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


def guide(out: Path) -> int:
    """The pictures of resources/help/index.html: the screens the guide explains, each as the
    officer sees it on a 1366×768 laptop (the window maximised above a 40 px taskbar)."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from plandesk.gui.application import configure_app, install_translator
    from plandesk.gui.backup_dialogs import BackupPicker
    from plandesk.gui.context import AppContext
    from plandesk.gui.dialogs import DossierPicker, NewDossierDialog
    from plandesk.gui.main_window import MainWindow
    from plandesk.gui.transfer_dialogs import PackDialog
    from plandesk.services import Services
    from plandesk.services.demo import create_demo
    from plandesk.storage.workspace import open_workspace

    app = configure_app([])
    install_translator(app, "vi")
    out.mkdir(parents=True, exist_ok=True)

    def settle(widget=None) -> None:
        for _ in range(8):
            app.processEvents()
        if widget is not None:
            widget.repaint()
            app.processEvents()

    def save(widget, name: str) -> None:
        settle(widget)
        path = out / f"{name}.png"
        widget.grab().save(str(path))
        print(path)

    with tempfile.TemporaryDirectory() as tmp:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        services = Services.build(open_workspace(Path(tmp) / "ws"), user="Trần Minh Tâm")
        picker = DossierPicker(None, [])
        picker.show()
        save(picker, "chao-mung")
        picker.close()
        setup = NewDossierDialog(None, [("xa-dien-hinh-antq", "Xã điển hình về phong trào toàn dân bảo vệ ANTQ "
                                                               "(2023.1)")], {"name": "Thanh Mỹ", "district":
                                 "huyện Tháp Mười", "province": "tỉnh Đồng Tháp", "approving_body":
                                 "Ban Chỉ đạo 138 huyện Tháp Mười", "year": 2024})
        setup.show()
        save(setup, "ho-so-moi")
        setup.close()
        info, _ = create_demo(services)
        ctx = AppContext(services, QSettings(), synchronous=True)
        window = MainWindow(ctx)
        window.setGeometry(0, 0, 1366, 728)
        window.show()
        window.setGeometry(0, 0, 1366, 728)
        window.open_dossier(info.id)
        settle()
        window.tabs.setCurrentWidget(window.dashboard)
        save(window, "tong-quan")
        window.select_criterion("III.3")
        save(window, "tieu-chi")
        window.select_criterion("III.11")
        window.criterion.tabs.setCurrentIndex(1)
        save(window, "minh-chung")
        window.tabs.setCurrentWidget(window.documents_view)
        window.documents_view.chooser.setCurrentIndex(window.documents_view.chooser.findData("to-trinh"))
        save(window, "van-ban")
        pack = PackDialog(window, Path.home() / "Thanh-My-2024.plandesk")
        pack.show()
        save(pack, "goi-usb")
        pack.close()
        backups = BackupPicker(window, services.backup.list_backups())
        backups.show()
        save(backups, "sao-luu")
        backups.close()
        window.close()
        services.close()
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
