"""The members of the Hội đồng bảo vệ ANTT: add, edit, remove (keyboard: Insert, Enter, Delete)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from plandesk.domain.dossier import CouncilMember
from plandesk.domain.messages import fill
from plandesk.services import ServiceError

from . import messages
from .context import AppContext
from .dialogs import MemberDialog
from .labels import enum_label
from .spreadsheet_actions import export_sheet, import_sheet


class CouncilView(QWidget):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Họ và tên"), self.tr("Chức vụ"), self.tr("Vai trò")])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 220)
        self.table.itemActivated.connect(lambda _i: self.edit())
        self.table.setAccessibleName(self.tr("Thành viên Hội đồng"))
        add = QPushButton(self.tr("&Thêm thành viên…"))
        add.clicked.connect(self.add)
        edit = QPushButton(self.tr("&Sửa…"))
        edit.clicked.connect(self.edit)
        remove = QPushButton(self.tr("&Xóa"))
        remove.clicked.connect(self.remove)
        import_button = QPushButton(self.tr("&Nhập từ Excel…"))
        import_button.clicked.connect(lambda: import_sheet(self.ctx, self, "hoi-dong"))
        export_button = QPushButton(self.tr("Xuất &ra Excel…"))
        export_button.clicked.connect(lambda: export_sheet(self.ctx, self, "hoi-dong"))
        QShortcut(QKeySequence(Qt.Key.Key_Insert), self.table, activated=self.add)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, activated=self.remove)
        self.edit_buttons = (add, edit, remove, import_button)
        row = QHBoxLayout()
        for b in (add, edit, remove):
            row.addWidget(b)
        row.addStretch()
        row.addWidget(import_button)
        row.addWidget(export_button)
        note = QLabel(self.tr("Danh sách dùng cho biên bản họp xét (có mặt, vắng mặt) và các khối chữ ký."))
        note.setStyleSheet("color: #555")
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table)
        layout.addLayout(row)
        self._members: list[CouncilMember] = []
        ctx.signals.council_changed.connect(self.reload)

    def set_editable(self, editable: bool) -> None:
        """A finalised dossier or a view-only account: the list can be read and exported only."""
        for button in self.edit_buttons:
            button.setEnabled(editable)

    def reload(self) -> None:
        dossier_id = self.ctx.dossier_id
        if dossier_id is None:
            self._show([])
            return
        dossiers = self.ctx.services.dossiers
        self.ctx.runner.query(lambda: dossiers.council(dossier_id),
                              lambda members: self._show(members) if self.ctx.dossier_id == dossier_id else None,
                              self._failed)

    def _show(self, members: list[CouncilMember]) -> None:
        self._members = members
        self.table.setRowCount(len(members))
        for row, m in enumerate(members):
            for col, text in enumerate((m.name, m.position, enum_label(m.role))):
                self.table.setItem(row, col, QTableWidgetItem(text))

    def _current(self) -> CouncilMember | None:
        row = self.table.currentRow()
        return self._members[row] if 0 <= row < len(self._members) else None

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ServiceError):
            messages.show_failure(self, exc)
        else:
            raise exc

    def _write(self, work) -> None:
        """A change of the council through the single writer; the list is read again after it
        (also after a refusal, which is explained)."""
        def failed(exc: BaseException) -> None:
            self.ctx.signals.council_changed.emit()
            self._failed(exc)

        self.ctx.runner.run(lambda _r, _c: work(), lambda _r: self.ctx.signals.council_changed.emit(), failed)

    def add(self) -> None:
        value = MemberDialog.ask(self, None)
        if value is None:
            return
        dossier_id, dossiers = self.ctx.dossier_id, self.ctx.services.dossiers
        self._write(lambda: dossiers.add_member(dossier_id, value))

    def edit(self) -> None:
        member = self._current()
        if member is None:
            return
        value = MemberDialog.ask(self, member)
        if value is None:
            return
        dossier_id, dossiers = self.ctx.dossier_id, self.ctx.services.dossiers
        self._write(lambda: dossiers.update_member(dossier_id, value))

    def remove(self) -> None:
        member = self._current()
        if member is None or member.id is None:
            return
        if not messages.confirm(self, fill(self.tr("Xóa %1 khỏi danh sách Hội đồng?"), member.name)):
            return
        dossier_id, dossiers = self.ctx.dossier_id, self.ctx.services.dossiers
        member_id = member.id
        self._write(lambda: dossiers.remove_member(dossier_id, member_id))
