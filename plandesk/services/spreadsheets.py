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
from plandesk.domain.messages import Listing, Message, Param, cause, msg
from plandesk.domain.schema import RefusedValue
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
    message: Param

    def as_message(self) -> Message:
        if self.column:
            return msg("sheet.cell_problem", row=self.row, column=self.column, title=self.title, problem=self.message)
        return msg("sheet.row_problem", row=self.row, problem=self.message)

    def __str__(self) -> str:
        return str(self.as_message())


class SpreadsheetErrors(InvalidInput):
    """The file has problems; nothing was imported."""

    def __init__(self, path: Path, errors: list[CellError]):
        self.errors = errors
        shown: tuple[Param, ...] = tuple(Listing(("- ", e.as_message()), "") for e in errors[:50])
        if len(errors) > 50:
            shown += (msg("sheet.more_errors", count=len(errors) - 50),)
        super().__init__(msg("sheet.errors", file=path.name, count=len(errors), errors=Listing(shown, "\n")))


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
        raise RefusedValue(msg("sheet.date_invalid", value=text)) from None


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
            raise InvalidInput(msg("sheet.not_found", file=str(path)))
        try:
            wb = load_workbook(path, read_only=True, data_only=True)
        except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
            raise InvalidInput(msg("sheet.not_excel", file=path.name, reason=str(exc))) from exc
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
                raise InvalidInput(msg("sheet.no_header", file=path.name, columns=", ".join(titles)))
            out = []
            for number, values in enumerate(rows, start=header_row + 1):
                values = tuple(values)
                record = {t: (values[i] if i < len(values) else None) for t, i in columns.items()}
                if all(_text(v) == "" for v in record.values()):
                    continue
                out.append((number, record))
                if len(out) > MAX_ROWS:
                    raise InvalidInput(msg("sheet.too_many_rows", file=path.name, limit=MAX_ROWS))
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
                errors.append(CellError(number, letters[name_t], name_t, msg("sheet.name_missing")))
            elif fold(name) in seen:
                errors.append(CellError(number, letters[name_t], name_t,
                                        msg("sheet.name_repeated", name=name, row=seen[fold(name)])))
            else:
                seen[fold(name)] = number
            if role is None:
                allowed = Listing(tuple(msg(r.key) for r in CouncilRole), ", ")
                errors.append(CellError(number, letters[role_t], role_t,
                                        msg("sheet.role_invalid", role=role_text, known=allowed)))
            members.append(CouncilMember(name, position, role or CouncilRole.THANH_VIEN))
        for role in (CouncilRole.CHU_TICH, CouncilRole.THU_KY):
            holders = [n for member, (n, _) in zip(members, rows) if member.role is role]
            if len(holders) > 1:
                errors.append(CellError(holders[1], letters[role_t], role_t,
                                        msg("sheet.role_taken", role=msg(role.key), row=holders[0])))
        if not rows:
            errors.append(CellError(0, "", "", msg("sheet.no_members")))
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
                errors.append(CellError(number, letters[code_t], code_t, msg("sheet.code_missing")))
            elif criterion is None:
                errors.append(CellError(number, letters[code_t], code_t,
                                        msg("sheet.criterion_unknown", criterion=code)))
            elif code in seen:
                errors.append(CellError(number, letters[code_t], code_t,
                                        msg("sheet.criterion_repeated", criterion=code, row=seen[code])))
            else:
                seen[code] = number
            lead = _text(record[lead_t])
            if not lead:
                errors.append(CellError(number, letters[lead_t], lead_t, msg("sheet.lead_missing")))
            try:
                deadline = _date(record[date_t])
            except RefusedValue as exc:
                errors.append(CellError(number, letters[date_t], date_t, cause(exc)))
                deadline = None
            if criterion is not None:
                changes[criterion.code] = (lead, _text(record[coop_t]), deadline)
        if not rows:
            errors.append(CellError(0, "", "", msg("sheet.no_assignments")))
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
