"""Use case: import the council members or the assignment table (criterion, lead unit,
cooperating units, completion time) from an Excel file with the columns PlanDesk exports.
Every bad row is reported by row and column, and nothing is imported until the whole file
is clean; a clean file is imported in one transaction with one audit entry."""
from __future__ import annotations

import datetime as dt
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from sqlalchemy import delete, select

from plandesk.documents.xlsx import ASSIGNMENT_COLUMNS, COUNCIL_COLUMNS
from plandesk.domain.access import Action
from plandesk.domain.dossier import CouncilMember, CouncilRole
from plandesk.domain.text import clean, fold
from plandesk.storage import orm

from . import audit
from .access import ActingService, authorize
from .dossiers import DossierService
from .errors import InvalidInput

MAX_ROWS = 2000


@dataclass(frozen=True)
class CellError:
    row: int
    column: str   # the column letter, "C"
    title: str    # the column's title, "Vai trò"
    message: str

    def __str__(self) -> str:
        where = f"dòng {self.row}" + (f", cột {self.column} ({self.title})" if self.column else "")
        return f"{where[0].upper()}{where[1:]}: {self.message}"


class SpreadsheetErrors(InvalidInput):
    """The file has problems; nothing was imported."""

    def __init__(self, path: Path, errors: list[CellError]):
        self.errors = errors
        shown = "\n".join(f"- {e}" for e in errors[:50])
        more = f"\n… và {len(errors) - 50} lỗi khác." if len(errors) > 50 else ""
        super().__init__(f"Tệp '{path.name}' có {len(errors)} lỗi; chưa nhập gì. Hãy sửa rồi nhập lại:\n"
                         f"{shown}{more}")


@dataclass(frozen=True)
class ImportResult:
    kind: str
    rows: int


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return clean(str(value))


def _date(value: Any) -> dt.date | None:
    """A date cell, or text "30/09/2024", "30-9-2024", "2024-09-30"; blank -> None."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    match = re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", text)
    try:
        if match:
            return dt.date(int(match.group(3)), int(match.group(2)), int(match.group(1)))
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"'{text}' không phải ngày hợp lệ (dạng 30/09/2024)") from None


class SpreadsheetService(ActingService):
    def __init__(self, dossiers: DossierService):
        self.dossiers = dossiers
        self.ws = dossiers.ws
        self.identity = dossiers.identity

    # -- reading the file ------------------------------------------------------------------------
    @staticmethod
    def _rows(path: Path, titles: tuple[str, ...]) -> tuple[list[tuple[int, dict[str, Any]]], dict[str, str]]:
        """(row number, {title: value}) for every non-blank row under the header; the letter of
        each column. The header is the first row that names every required column."""
        path = Path(path)
        if not path.is_file():
            raise InvalidInput(f"Không tìm thấy tệp '{path}'.")
        try:
            wb = load_workbook(path, read_only=True, data_only=True)
        except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
            raise InvalidInput(f"Không đọc được '{path.name}' như một tệp Excel (.xlsx): {exc}.") from exc
        try:
            sheet = wb.worksheets[0]
            wanted = {fold(t): t for t in titles}
            header_row, columns = None, {}
            rows = sheet.iter_rows(values_only=True)
            for number, values in enumerate(rows, start=1):
                found = {fold(_text(v)): i for i, v in enumerate(values) if v is not None}
                if all(key in found for key in wanted):
                    header_row = number
                    columns = {wanted[key]: found[key] for key in wanted}
                    break
                if number >= 20:
                    break
            if header_row is None:
                raise InvalidInput(f"Tệp '{path.name}' không có dòng tiêu đề với các cột: {', '.join(titles)} "
                                   "(hãy dùng tệp do PlanDesk xuất ra làm mẫu).")
            out = []
            for number, values in enumerate(rows, start=header_row + 1):
                values = tuple(values)
                record = {t: (values[i] if i < len(values) else None) for t, i in columns.items()}
                if all(_text(v) == "" for v in record.values()):
                    continue
                out.append((number, record))
                if len(out) > MAX_ROWS:
                    raise InvalidInput(f"Tệp '{path.name}' có quá nhiều dòng (tối đa {MAX_ROWS}).")
            return out, {t: get_column_letter(i + 1) for t, i in columns.items()}
        finally:
            wb.close()

    # -- council ---------------------------------------------------------------------------------
    def import_council(self, dossier_id: int, path: Path) -> ImportResult:
        """Replace the council list with the file's members."""
        name_t, position_t, role_t = (c.title for c in COUNCIL_COLUMNS)
        rows, letters = self._rows(path, (name_t, position_t, role_t))
        roles = {fold(r.label): r for r in CouncilRole} | {fold(r.value): r for r in CouncilRole}
        errors: list[CellError] = []
        members: list[CouncilMember] = []
        seen: dict[str, int] = {}
        for number, record in rows:
            name, position, role_text = (_text(record[t]) for t in (name_t, position_t, role_t))
            role = roles.get(fold(role_text)) if role_text else CouncilRole.THANH_VIEN
            if not name:
                errors.append(CellError(number, letters[name_t], name_t, "thiếu họ và tên"))
            elif fold(name) in seen:
                errors.append(CellError(number, letters[name_t], name_t,
                                        f"'{name}' trùng với dòng {seen[fold(name)]}"))
            else:
                seen[fold(name)] = number
            if role is None:
                allowed = ", ".join(r.label for r in CouncilRole)
                errors.append(CellError(number, letters[role_t], role_t,
                                        f"'{role_text}' không hợp lệ; dùng một trong: {allowed}"))
            members.append(CouncilMember(name, position, role or CouncilRole.THANH_VIEN))
        for role in (CouncilRole.CHU_TICH, CouncilRole.THU_KY):
            holders = [n for member, (n, _) in zip(members, rows) if member.role is role]
            if len(holders) > 1:
                errors.append(CellError(holders[1], letters[role_t], role_t,
                                        f"Hội đồng chỉ có một {role.label} (đã có ở dòng {holders[0]})"))
        if not rows:
            errors.append(CellError(0, "", "", "tệp không có thành viên nào"))
        if errors:
            raise SpreadsheetErrors(Path(path), errors)
        with self.ws.sessions.begin() as session:
            self.dossiers._get(session, dossier_id)
            authorize(session, self.actor, Action.IMPORT_COUNCIL, dossier_id)
            old = [m.name for m in session.scalars(select(orm.CouncilMember)
                                                   .where(orm.CouncilMember.dossier_id == dossier_id))]
            session.execute(delete(orm.CouncilMember).where(orm.CouncilMember.dossier_id == dossier_id))
            for order, member in enumerate(members, start=1):
                session.add(orm.CouncilMember(dossier_id=dossier_id, name=member.name, position=member.position,
                                              role=member.role.value, sort_order=order))
            audit.record(session, actor=self.actor, dossier_id=dossier_id, action=Action.IMPORT_COUNCIL,
                         target=Path(path).name, old=old, new=[m.name for m in members])
        return ImportResult("hoi-dong", len(members))

    # -- assignment table -------------------------------------------------------------------------
    def import_assignments(self, dossier_id: int, path: Path) -> ImportResult:
        """Set the lead unit, cooperating units and completion time of the criteria listed."""
        code_t, _title_t, lead_t, coop_t, date_t = (c.title for c in ASSIGNMENT_COLUMNS)
        rows, letters = self._rows(path, (code_t, lead_t, coop_t, date_t))
        framework = self.dossiers.framework(dossier_id)
        errors: list[CellError] = []
        changes: dict[str, tuple[str, str, dt.date | None]] = {}
        seen: dict[str, int] = {}
        for number, record in rows:
            code = _text(record[code_t]).upper().rstrip(".")
            criterion = framework.criterion(code) if code else None
            if not code:
                errors.append(CellError(number, letters[code_t], code_t, "thiếu mã tiêu chí"))
            elif criterion is None:
                errors.append(CellError(number, letters[code_t], code_t,
                                        f"không có tiêu chí '{code}' trong hồ sơ (mã có dạng I.1 … III.19)"))
            elif code in seen:
                errors.append(CellError(number, letters[code_t], code_t,
                                        f"tiêu chí {code} trùng với dòng {seen[code]}"))
            else:
                seen[code] = number
            lead = _text(record[lead_t])
            if not lead:
                errors.append(CellError(number, letters[lead_t], lead_t, "thiếu đơn vị chủ trì"))
            try:
                deadline = _date(record[date_t])
            except ValueError as exc:
                errors.append(CellError(number, letters[date_t], date_t, str(exc)))
                deadline = None
            if criterion is not None:
                changes[criterion.code] = (lead, _text(record[coop_t]), deadline)
        if not rows:
            errors.append(CellError(0, "", "", "tệp không có dòng phân công nào"))
        if errors:
            raise SpreadsheetErrors(Path(path), errors)
        with self.ws.sessions.begin() as session:
            self.dossiers._get(session, dossier_id)
            authorize(session, self.actor, Action.IMPORT_ASSIGNMENTS, dossier_id)
            assessments = {a.code: a for a in session.scalars(select(orm.Assessment)
                                                              .where(orm.Assessment.dossier_id == dossier_id))}
            changed = {}
            for code, (lead, coop, deadline) in changes.items():
                row = assessments[code]
                if (row.lead_unit, row.cooperating_units, row.deadline) != (lead, coop, deadline):
                    changed[code] = {"chu_tri": lead, "phoi_hop": coop, "han": str(deadline or "")}
                    row.lead_unit, row.cooperating_units, row.deadline = lead, coop, deadline
                    row.updated_at = dt.datetime.now().replace(microsecond=0)
            audit.record(session, actor=self.actor, dossier_id=dossier_id, action=Action.IMPORT_ASSIGNMENTS,
                         target=Path(path).name, new=changed)
        return ImportResult("phan-cong", len(changes))
