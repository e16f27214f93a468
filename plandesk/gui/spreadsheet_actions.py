"""Excel in the window: export the council or the assignment table as a spreadsheet, and
import them back (every bad row is listed and nothing is imported until the file is clean)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from plandesk.domain.text import safe_file_name
from plandesk.services import ServiceError

from . import messages
from .context import AppContext

def export_sheet(ctx: AppContext, parent: QWidget, doc: str) -> Path | None:
    """Save the council ("hoi-dong") or the assignment table ("phan-cong") as .xlsx."""
    if ctx.dossier_id is None:
        return None
    info = ctx.services.dossiers.info(ctx.dossier_id)
    default = Path.home() / (safe_file_name(f"{doc} {info.unit.name} {info.year}").replace(" ", "-") + ".xlsx")
    name, _ = QFileDialog.getSaveFileName(parent, parent.tr("Lưu bảng tính"), str(default),
                                          parent.tr("Bảng tính Excel (*.xlsx)"))
    if not name:
        return None
    target = Path(name if name.endswith(".xlsx") else name + ".xlsx")
    from plandesk.services.export import ExportService, write_atomic  # openpyxl loads on first use
    from plandesk.services.outputs import checked_output

    try:
        target = checked_output(target, ctx.services.workspace.root)   # never over the workspace's own files
        data = ExportService(ctx.services.dossiers, ctx.services.evidence).render(ctx.dossier_id, doc, "xlsx")
        write_atomic(target, data)
    except (ServiceError, OSError) as exc:
        messages.show_error(parent, parent.tr("Không ghi được %1: %2").replace("%1", str(target)).replace("%2", str(exc)))
        return None
    return target


def import_sheet(ctx: AppContext, parent: QWidget, doc: str) -> bool:
    """Import the council or the assignment table from a spreadsheet; True when imported."""
    if ctx.dossier_id is None:
        return False
    name, _ = QFileDialog.getOpenFileName(parent, parent.tr("Chọn bảng tính"), str(Path.home()),
                                          parent.tr("Bảng tính Excel (*.xlsx)"))
    if not name:
        return False
    return import_sheet_file(ctx, parent, doc, Path(name))


def import_sheet_file(ctx: AppContext, parent: QWidget, doc: str, path: Path) -> bool:
    from plandesk.services.spreadsheets import SpreadsheetErrors, SpreadsheetService

    service = SpreadsheetService(ctx.services.dossiers)
    if doc == "hoi-dong" and not messages.confirm(parent, parent.tr(
            "Thay danh sách Hội đồng hiện tại bằng danh sách trong “%1”?").replace("%1", path.name)):
        return False
    try:
        if doc == "hoi-dong":
            result = service.import_council(ctx.dossier_id, path)
            ctx.signals.council_changed.emit()
        else:
            result = service.import_assignments(ctx.dossier_id, path)
            for code in ctx.services.dossiers.framework(ctx.dossier_id).criteria:
                ctx.signals.assessment_changed.emit(code.code)
    except SpreadsheetErrors as exc:
        messages.show_error(parent, parent.tr("“%1” có %2 lỗi; chưa nhập gì. Hãy sửa các dòng dưới đây rồi nhập lại.")
                            .replace("%1", path.name).replace("%2", str(len(exc.errors))),
                            details="\n".join(str(e) for e in exc.errors))
        return False
    except ServiceError as exc:
        messages.show_error(parent, str(exc))
        return False
    messages.show_info(parent, parent.tr("Đã nhập %1 dòng từ “%2”.").replace("%1", str(result.rows))
                       .replace("%2", path.name))
    return True
