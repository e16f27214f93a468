"""Excel in the window: export the council or the assignment table as a spreadsheet, and
import them back (every bad row is listed and nothing is imported until the file is clean)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from plandesk.domain.messages import fill
from plandesk.domain.text import safe_file_name
from plandesk.services import ServiceError

from . import messages
from .context import AppContext


def _failed(parent: QWidget, exc: BaseException) -> None:
    if isinstance(exc, (ServiceError, OSError)):
        messages.show_failure(parent, exc)
    else:
        raise exc


def export_sheet(ctx: AppContext, parent: QWidget, doc: str) -> Path | None:
    """Save the council ("hoi-dong") or the assignment table ("phan-cong") as .xlsx (written off
    the GUI thread); the chosen file, or None when the officer gave up."""
    if ctx.dossier_id is None or ctx.dossier is None:
        return None
    info = ctx.dossier
    default = Path.home() / (safe_file_name(f"{doc} {info.unit.name} {info.year}").replace(" ", "-") + ".xlsx")
    name, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("spreadsheets", "Lưu bảng tính"),
                                          str(default),
                                          QCoreApplication.translate("spreadsheets", "Bảng tính Excel (*.xlsx)"))
    if not name:
        return None
    target = Path(name if name.endswith(".xlsx") else name + ".xlsx")
    dossier_id, services = ctx.dossier_id, ctx.services
    try:   # never over the workspace's own files (said before anything is computed)
        target = services.folder.checked_output(target)
    except ServiceError as exc:
        messages.show_error(parent, fill(QCoreApplication.translate("spreadsheets", "Không ghi được %1: %2"),
                                         str(target), messages.describe(exc)))
        return None

    def work(_report, _cancelled):
        return services.export.write_file(dossier_id, doc, "xlsx", target)   # openpyxl loads on first use

    def written(path: Path) -> None:
        window = parent.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(
                fill(QCoreApplication.translate("spreadsheets", "Đã ghi %1"), str(path)), 10000)

    ctx.runner.run(work, written, lambda exc: _failed(parent, exc),
                   title=QCoreApplication.translate("spreadsheets", "Đang ghi bảng tính…"), parent=parent)
    return target


def import_sheet(ctx: AppContext, parent: QWidget, doc: str) -> None:
    """Import the council or the assignment table from a spreadsheet."""
    if ctx.dossier_id is None:
        return
    name, _ = QFileDialog.getOpenFileName(parent, QCoreApplication.translate("spreadsheets", "Chọn bảng tính"),
                                          str(Path.home()),
                                          QCoreApplication.translate("spreadsheets", "Bảng tính Excel (*.xlsx)"))
    if name:
        import_sheet_file(ctx, parent, doc, Path(name))


def import_sheet_file(ctx: AppContext, parent: QWidget, doc: str, path: Path) -> None:
    """Read and import the file off the GUI thread; every bad row is listed and nothing is
    imported until the file is clean."""
    if doc == "hoi-dong" and not messages.confirm(parent, fill(QCoreApplication.translate("spreadsheets",
                 "Thay danh sách Hội đồng hiện tại bằng danh sách trong “%1”?"), path.name)):
        return
    dossier_id, services = ctx.dossier_id, ctx.services
    codes = list(ctx.codes)

    def work(_report, _cancelled):
        service = services.spreadsheets
        if doc == "hoi-dong":
            return service.import_council(dossier_id, path)
        return service.import_assignments(dossier_id, path)

    def imported(result) -> None:
        if doc == "hoi-dong":
            ctx.signals.council_changed.emit()
        else:
            for code in codes:
                ctx.signals.assessment_changed.emit(code)
        messages.show_info(parent, fill(QCoreApplication.translate("spreadsheets", "Đã nhập %1 dòng từ “%2”."),
                                        str(result.rows), path.name))

    def failed(exc: BaseException) -> None:
        from plandesk.services.spreadsheets import SpreadsheetErrors

        if isinstance(exc, SpreadsheetErrors):
            text = QCoreApplication.translate("spreadsheets", "“%1” có %2 lỗi; chưa nhập gì. Hãy sửa các dòng dưới "
                                              "đây rồi nhập lại.")
            messages.show_error(parent, fill(text, path.name, str(len(exc.errors))),
                                details="\n".join(messages.describe(e.as_message()) for e in exc.errors))
        else:
            _failed(parent, exc)

    ctx.runner.run(work, imported, failed, title=QCoreApplication.translate("spreadsheets", "Đang nhập bảng tính…"),
                   parent=parent)
