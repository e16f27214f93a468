"""``plandesk --self-test``: proves that an installed or bundled PlanDesk works on this
machine. It opens a temporary workspace, creates the sample dossier, checks it, exports every
document as PDF and DOCX, opens the window offscreen, and exits 0 only if all of it worked,
printing what it checked."""
from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path

from plandesk import __version__, paths


def _checks(root: Path) -> list[tuple[str, Callable[[dict], str]]]:
    def workspace(state: dict) -> str:
        from plandesk.services import Services
        from plandesk.storage.engine import current_revision
        from plandesk.storage.workspace import open_workspace

        state["services"] = Services.build(open_workspace(root / "ws"), user="self-test")
        return f"lược đồ {current_revision(state['services'].workspace.engine)}"

    def frameworks(state: dict) -> str:
        available = state["services"].frameworks.available()
        errors = state["services"].frameworks.errors()
        assert available and not errors, f"bộ tiêu chí: {len(available)}, lỗi: {[str(e) for e in errors]}"
        fw = available[0]
        sizes = [len(fw.criteria_of(g.code)) for g in fw.groups]
        assert sizes == [7, 8, 19], sizes
        return f"{fw.id} {fw.version}: {len(fw.criteria)} tiêu chí ({'+'.join(map(str, sizes))})"

    def demo(state: dict) -> str:
        from plandesk.services.demo import create_demo

        info, _ = create_demo(state["services"])
        state["dossier"] = info.id
        status = state["services"].dossiers.status(info.id)
        assert status.total == 34
        return f"{info.unit.display_name} {info.year}: {status.met}/{status.total} tiêu chí đạt"

    def integrity(state: dict) -> str:
        report = state["services"].integrity.check()
        assert report.ok, report.problems
        return f"{report.files_checked} tệp minh chứng đúng mã băm"

    def export(fmt: str) -> Callable[[dict], str]:
        def run(state: dict) -> str:
            s = state["services"]
            out = root / "out" / fmt
            files = s.export.export(state["dossier"], ["all"], fmt, out)
            assert files, "không có tệp nào"
            for item in files:
                data = item.path.read_bytes()
                if fmt == "pdf":
                    assert data.startswith(b"%PDF"), item.path.name
                    from pypdf import PdfReader

                    assert len(PdfReader(item.path).pages) >= 1, item.path.name
                elif fmt == "docx":
                    import docx

                    assert docx.Document(str(item.path)).paragraphs, item.path.name
            return ", ".join(sorted(f.path.name for f in files))
        return run

    def search(state: dict) -> str:
        import sqlite3

        con = sqlite3.connect(":memory:")
        con.execute("CREATE VIRTUAL TABLE t USING fts5(body)")
        con.close()
        hits = state["services"].evidence_text.search("tinh hinh an ninh", state["dossier"])
        assert hits, "không tìm thấy báo cáo tình hình ANTT của hồ sơ mẫu"
        return f"SQLite {sqlite3.sqlite_version} có FTS5; “tinh hinh an ninh” → {hits[0].number}"

    def postgres_driver(state: dict) -> str:
        # a shared server is not at hand: prove the bundled driver (psycopg with its libpq) loads,
        # and that a server that does not answer gives the user's message, not a crash
        import socket

        import psycopg

        from plandesk.storage.engine import SchemaError, database_url, inspect_database

        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        try:
            inspect_database(database_url(f"postgresql://plandesk@127.0.0.1:{port}/plandesk"))
        except SchemaError as exc:
            assert "không kết nối được tới máy chủ" in str(exc), str(exc)
        else:
            raise AssertionError(f"a server answered on free port {port}")
        libpq = psycopg.pq.version()
        return (f"psycopg {psycopg.__version__} ({psycopg.pq.__impl__}), libpq {libpq // 10000}.{libpq % 100}; "
                "máy chủ không trả lời được báo rõ")

    def preview(state: dict) -> str:
        from plandesk.documents.preview import render_pages

        pages = render_pages((root / "out" / "pdf" / "to-trinh.pdf").read_bytes(), dpi=40)
        assert pages and pages[0].width > 100
        return f"{len(pages)} trang tờ trình, {pages[0].width}×{pages[0].height} điểm ảnh"

    def window(state: dict) -> str:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtCore import QSettings

        from plandesk.gui.application import configure_app
        from plandesk.gui.context import AppContext
        from plandesk.gui.main_window import MainWindow

        app = configure_app([sys.argv[0]])
        settings = QSettings(str(root / "settings.ini"), QSettings.Format.IniFormat)
        win = MainWindow(AppContext(state["services"], settings, synchronous=True))
        win.resize(1280, 800)
        win.show()
        win.open_dossier(state["dossier"])
        win.select_criterion("III.3")
        app.processEvents()
        image = win.grab()
        win.close()
        assert image.width() > 0 and win.model.rowCount() == 3
        return f"cửa sổ {image.width()}×{image.height()}, {len(win.model.codes())} tiêu chí"

    def access(state: dict) -> str:
        from plandesk.domain.access import Role
        from plandesk.services import DossierSealed

        services, dossier_id = state["services"], state["dossier"]
        services.accounts.create("tu-kiem-tra", "Tự kiểm tra", Role.LANH_DAO, "mat-khau-tu-kiem-tra")
        seal = services.seals.finalise(dossier_id)
        try:
            services.dossiers.update_assessment(dossier_id, "I.1", result="sửa sau khi chốt")
            raise AssertionError("hồ sơ đã chốt vẫn sửa được")
        except DossierSealed:
            pass
        services.seals.reopen(dossier_id, "tự kiểm tra mở lại")
        assert services.integrity.check().ok
        return f"scrypt, chốt hồ sơ (mã {seal.digest[:12]}…), mở lại"

    def log(state: dict) -> str:
        # the bundle's loggers reach the workspace's log file (a windowed exe has no console)
        import logging

        from plandesk.logs import configure_logging

        path = configure_logging(root / "ws")
        logging.getLogger("plandesk.storage.engine").warning("tự kiểm tra: ghi nhật ký")
        for handler in logging.getLogger("plandesk").handlers:
            handler.flush()
        assert "tự kiểm tra: ghi nhật ký" in path.read_text(encoding="utf-8"), f"không ghi được {path}"
        return str(path.relative_to(root))

    return [
        ("Tài nguyên đi kèm", lambda s: str(paths.resources_dir())),
        ("Mở thư mục làm việc tạm, nâng cấp cơ sở dữ liệu", workspace),
        ("Nhật ký của thư mục làm việc (logs/)", log),
        ("Bộ tiêu chí", frameworks),
        ("Tạo hồ sơ mẫu", demo),
        ("Kiểm tra toàn vẹn", integrity),
        ("Tìm kiếm không dấu (FTS5)", search),
        ("Thư viện kết nối PostgreSQL", postgres_driver),
        ("Xuất mọi văn bản PDF", export("pdf")),
        ("Xuất mọi văn bản DOCX", export("docx")),
        ("Dựng ảnh xem trước trang PDF", preview),
        ("Mở cửa sổ (offscreen)", window),
        ("Đăng nhập, vai trò, chốt hồ sơ", access),
    ]


def run(out=None) -> int:
    out = out or sys.stdout
    print(f"PlanDesk {__version__} — tự kiểm tra", file=out)
    failures = 0
    with tempfile.TemporaryDirectory(prefix="plandesk-selftest-") as tmp:
        state: dict = {}
        try:
            for name, check in _checks(Path(tmp)):
                start = time.perf_counter()
                try:
                    detail = check(state)
                except Exception as exc:  # report every failing check, then go on
                    failures += 1
                    print(f"  ✗ {name}: {type(exc).__name__}: {exc}", file=out)
                    traceback.print_exc(file=out)
                else:
                    print(f"  ✓ {name} ({time.perf_counter() - start:.2f} s): {detail}", file=out)
        finally:
            if "services" in state:
                state["services"].close()
            from plandesk.logs import close_logging

            close_logging()   # the log file is closed before its folder is removed
    print("Kết quả: " + ("mọi kiểm tra đều đạt." if not failures else f"{failures} kiểm tra không đạt."), file=out)
    return 0 if not failures else 1
