"""The reviewer's roll-up: for one year and one framework, every commune's dossier side by
side — communes × criteria — with counts per commune and per criterion, sorted in Vietnamese
alphabetical order; filters by district and by overall result; export to Excel.

A cell's category, in this order: ``khong_dat`` (the council decided not met), ``thieu_minh_chung``
(no evidence document linked, whatever the decision), ``dat`` (met, with evidence),
``chua_ket_luan`` (not decided yet). Reads only: a few queries whatever the number of communes;
the cells' categories and evidence counts come from SQL, the parsed framework and the units'
sort keys are kept between calls."""
from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from sqlalchemy import ColumnElement, Select, Text, case, cast, func, select
from sqlalchemy.orm import Session

from plandesk.domain.dossier import UnitInfo
from plandesk.domain.framework import Framework, FrameworkError, parse_framework
from plandesk.domain.messages import msg
from plandesk.domain.text import SortKey, nfc, vietnamese_sort_key
from plandesk.filesafe import atomic_write
from plandesk.storage import orm
from plandesk.storage.workspace import Workspace

from .errors import InvalidInput, NotFound, ServiceError
from .outputs import checked_output

if TYPE_CHECKING:
    from plandesk.documents.model import Document

DAT, KHONG_DAT, THIEU_MINH_CHUNG, CHUA_KET_LUAN = "dat", "khong_dat", "thieu_minh_chung", "chua_ket_luan"
CATEGORIES = (DAT, KHONG_DAT, THIEU_MINH_CHUNG, CHUA_KET_LUAN)
CATEGORY_LABELS = {DAT: "Đạt", KHONG_DAT: "Không đạt", THIEU_MINH_CHUNG: "Thiếu minh chứng",
                   CHUA_KET_LUAN: "Chưa kết luận"}
CELL_TEXT = {DAT: "Đạt", KHONG_DAT: "Không đạt", THIEU_MINH_CHUNG: "Thiếu MC", CHUA_KET_LUAN: "Chưa"}
CELL_COLOURS = {DAT: "C6EFCE", KHONG_DAT: "FFC7CE", THIEU_MINH_CHUNG: "FFEB9C", CHUA_KET_LUAN: "E7E6E6"}
REVIEW_REQUESTED = "yeu_cau_bo_sung"
FILTERS = ("tat_ca", "dat_tat_ca", "chua_dat_tat_ca")


def category(status: str, evidence_count: int) -> str:
    if status == "khong_dat":
        return KHONG_DAT
    if evidence_count == 0:
        return THIEU_MINH_CHUNG
    if status == "dat":
        return DAT
    return CHUA_KET_LUAN


def category_sql(status: ColumnElement[Any], evidence_count: ColumnElement[Any]) -> ColumnElement[str]:
    """``category`` as an SQL expression (the same rule, tested to agree)."""
    return case((status == "khong_dat", KHONG_DAT), (evidence_count == 0, THIEU_MINH_CHUNG),
                (status == "dat", DAT), else_=CHUA_KET_LUAN)


@lru_cache(maxsize=8192)
def _sort_key(text: str) -> SortKey:
    # a unit's name, district and province come back on every roll-up: keyed once
    return vietnamese_sort_key(text)


@dataclass(frozen=True)
class Cell:
    status: str
    evidence_count: int
    review_status: str
    review_comment: str

    @property
    def category(self) -> str:
        return category(self.status, self.evidence_count)


@dataclass
class CommuneRow:
    dossier_id: int
    unit: UnitInfo
    framework_version: str
    cells: dict[str, Cell]
    counts: dict[str, int] = field(default_factory=dict)
    review_requested: int = 0

    @property
    def all_met(self) -> bool:
        return bool(self.cells) and self.counts.get(DAT, 0) == len(self.cells)


@dataclass
class Rollup:
    year: int
    framework_id: str
    framework_title: str
    criteria: list[tuple[str, str]]                  # (code, short title), framework order
    rows: list[CommuneRow]
    per_criterion: dict[str, dict[str, int]]
    other_frameworks: dict[str, int] = field(default_factory=dict)   # framework id -> dossiers not shown

    @property
    def totals(self) -> dict[str, int]:
        out: Counter[str] = Counter()
        for row in self.rows:
            out.update(row.counts)
        return {c: out.get(c, 0) for c in CATEGORIES}

    def to_json(self) -> dict[str, Any]:
        return {
            "format": 1, "year": self.year,
            "framework": {"id": self.framework_id, "title": self.framework_title},
            "criteria": [{"code": c, "short_title": t, "counts": self.per_criterion[c]} for c, t in self.criteria],
            "communes": [{
                "dossier_id": r.dossier_id, "name": r.unit.name, "kind": r.unit.kind, "code": r.unit.code,
                "district": r.unit.district, "province": r.unit.province,
                "framework_version": r.framework_version, "counts": r.counts, "all_met": r.all_met,
                "review_requested": r.review_requested,
                "cells": {code: {"category": cell.category, "status": cell.status,
                                 "evidence_count": cell.evidence_count, "review_status": cell.review_status,
                                 "review_comment": cell.review_comment} for code, cell in r.cells.items()},
            } for r in self.rows],
            "totals": {"communes": len(self.rows), "all_met": sum(r.all_met for r in self.rows), **self.totals},
            "other_frameworks": self.other_frameworks,
        }


class RollupService:
    def __init__(self, workspace: Workspace):
        self.ws = workspace
        # (framework id, version, size of the stored text) -> the parsed framework
        self._frameworks: dict[tuple[str, str, int], Framework] = {}

    def years(self) -> list[int]:
        with self.ws.sessions() as session:
            return sorted(session.scalars(select(orm.Dossier.year).distinct()), reverse=True)

    def rollup(self, year: int, framework_id: str | None = None, district: str | None = None,
               result: str = "tat_ca") -> Rollup:
        if result not in FILTERS:
            raise InvalidInput(msg("rollup.filter_invalid", filter=result, known=", ".join(FILTERS)))
        with self.ws.sessions() as session:
            dossiers = session.execute(
                select(orm.Dossier.id, orm.Dossier.framework_id, orm.Dossier.framework_version,
                       orm.Unit.name, orm.Unit.code, orm.Unit.district, orm.Unit.province, orm.Unit.kind)
                .join(orm.Unit, orm.Unit.id == orm.Dossier.unit_id).where(orm.Dossier.year == year)).all()
            if not dossiers:
                raise NotFound(msg("rollup.no_dossiers", year=year))
            by_framework = Counter(d.framework_id for d in dossiers)
            if framework_id is None:
                framework_id = sorted(by_framework, key=lambda f: (-by_framework[f], f))[0]
            elif framework_id not in by_framework:
                raise NotFound(msg("rollup.no_dossiers_of_framework", year=year, framework=framework_id,
                                   known=", ".join(sorted(by_framework))))
            chosen = [d for d in dossiers if d.framework_id == framework_id]
            newest = max(chosen, key=lambda d: (_version_key(d.framework_version), d.id))
            framework = self._framework(session, newest.id)
            cells_query = self._cells_query(year, framework_id)
            assessments = session.connection().execute(cells_query).all()
        criteria = [(c.code, c.short_title) for c in framework.criteria]
        order = {code: i for i, (code, _) in enumerate(criteria)}
        first_position: dict[str, int] = {}   # codes the framework does not know, by first position
        per_dossier: dict[int, list[tuple[str, str, str | None, Cell]]] = {d.id: [] for d in chosen}
        # rows unpacked as tuples: a Row's attributes by name cost several times more
        for dossier_id, code, status, review_status, comment, position, evidence_count, cat in assessments:
            if code not in order and position < first_position.get(code, position + 1):
                first_position[code] = position
            cell = Cell(status, evidence_count, review_status, comment)
            per_dossier[dossier_id].append((code, cat, review_status, cell))
        extra = sorted(first_position, key=lambda code: first_position[code])
        order.update((code, len(criteria) + i) for i, code in enumerate(extra))
        criteria += [(code, "") for code in extra]
        rows = []
        row_categories: dict[int, list[tuple[str, str]]] = {}
        wanted_district = nfc(district).strip().casefold() if district else None
        for d in chosen:
            if wanted_district and d.district.casefold() != wanted_district:
                continue
            entries = sorted(per_dossier[d.id], key=lambda e: order[e[0]])
            row = CommuneRow(d.id, UnitInfo(d.name, d.code, d.district, d.province, d.kind), d.framework_version,
                             {code: cell for code, _, _, cell in entries})
            tally = Counter(cat for _, cat, _, _ in entries)
            row.counts = {c: tally.get(c, 0) for c in CATEGORIES}
            row.review_requested = sum(review == REVIEW_REQUESTED for _, _, review, _ in entries)
            if result == "dat_tat_ca" and not row.all_met or result == "chua_dat_tat_ca" and row.all_met:
                continue
            rows.append(row)
            row_categories[d.id] = [(code, cat) for code, cat, _, _ in entries]
        rows.sort(key=lambda r: (_sort_key(r.unit.name), _sort_key(r.unit.district), _sort_key(r.unit.province),
                                 r.dossier_id))
        per_criterion = {code: dict.fromkeys(CATEGORIES, 0) for code, _ in criteria}
        for pairs in row_categories.values():
            for code, cat in pairs:
                per_criterion[code][cat] += 1
        others = {f: n for f, n in sorted(by_framework.items()) if f != framework_id}
        return Rollup(year, framework_id, framework.title, criteria, rows, per_criterion, others)

    def _framework(self, session: Session, dossier_id: int) -> Framework:
        """The framework of the roll-up (as copied into its newest dossier), parsed once."""
        framework_id, version, size = session.execute(
            select(orm.Dossier.framework_id, orm.Dossier.framework_version,
                   func.length(cast(orm.Dossier.framework_data, Text)))
            .where(orm.Dossier.id == dossier_id)).one()
        key = (framework_id, version, size or 0)
        if key not in self._frameworks:
            data = session.scalar(select(orm.Dossier.framework_data).where(orm.Dossier.id == dossier_id))
            try:
                if not isinstance(data, dict):
                    raise FrameworkError(msg("framework.of_dossier", dossier=dossier_id), [msg("rollup.no_framework")])
                self._frameworks[key] = parse_framework(data, msg("framework.of_dossier", dossier=dossier_id))
            except FrameworkError as exc:
                raise ServiceError(exc) from exc
        return self._frameworks[key]

    @staticmethod
    def _cells_query(year: int, framework_id: str) -> Select[Any]:
        """One row per assessment of the year's dossiers under the framework: its cell, with
        the evidence count and the category computed by the database."""
        a, d, link = orm.Assessment.__table__, orm.Dossier.__table__, orm.EvidenceLink.__table__
        count = select(func.count()).select_from(link).where(link.c.assessment_id == a.c.id).scalar_subquery()
        inner = (select(a.c.dossier_id, a.c.code, a.c.status, a.c.review_status, a.c.review_comment, a.c.position,
                        count.label("evidence_count"))
                 .join(d, d.c.id == a.c.dossier_id).where(d.c.year == year, d.c.framework_id == framework_id)
                 .subquery())
        return select(*inner.c, category_sql(inner.c.status, inner.c.evidence_count).label("category"))

    def write_report(self, rollup: Rollup, settings: ReportSettings, out: Path) -> Path:
        """The summary report (write_summary), never on the workspace's own files."""
        return write_summary(rollup, settings, out, self.ws.root)

    def write_xlsx(self, rollup: Rollup, out: Path) -> Path:
        """Communes as rows, criteria as columns, coloured by conditional formatting, with
        totals per commune (right) and per criterion (bottom). Written to a temporary file
        and renamed."""
        from openpyxl import Workbook
        from openpyxl.formatting.rule import CellIsRule
        from openpyxl.styles import Alignment, Font, PatternFill
        from openpyxl.utils import get_column_letter

        out = checked_output(Path(out), self.ws.root)
        if out.suffix.lower() != ".xlsx":   # "tong-hop" typed in a save dialog is saved as tong-hop.xlsx
            out = checked_output(out.with_name(out.name + ".xlsx"), self.ws.root)
        wb = Workbook()
        ws = wb.active
        ws.title = "Tổng hợp"
        codes = [c for c, _ in rollup.criteria]
        ws.append([f"TỔNG HỢP KẾT QUẢ XÂY DỰNG XÃ ĐIỂN HÌNH NĂM {rollup.year}"])
        ws.append([rollup.framework_title])
        header = ["STT", "Đơn vị", "Huyện", "Tỉnh", *codes, *(CATEGORY_LABELS[c] for c in CATEGORIES),
                  "Yêu cầu bổ sung"]
        ws.append(header)
        first_row = 4
        for index, row in enumerate(rollup.rows, 1):
            ws.append([index, row.unit.display_name, row.unit.district, row.unit.province,
                       *(CELL_TEXT[row.cells[c].category] if c in row.cells else "" for c in codes),
                       *(row.counts[c] for c in CATEGORIES), row.review_requested])
        last_row = first_row + len(rollup.rows) - 1
        for category_key in CATEGORIES:
            ws.append(["", f"Số xã: {CATEGORY_LABELS[category_key].lower()}", "", "",
                       *(rollup.per_criterion[c][category_key] for c in codes),
                       *(rollup.totals[category_key] if c == category_key else "" for c in CATEGORIES), ""])
        bold = Font(bold=True)
        for cell in ws[3]:
            cell.font = bold
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        ws["A1"].font = Font(bold=True, size=13)
        if rollup.rows and codes:
            area = f"{get_column_letter(5)}{first_row}:{get_column_letter(4 + len(codes))}{last_row}"
            for key, text in CELL_TEXT.items():
                ws.conditional_formatting.add(area, CellIsRule(operator="equal", formula=[f'"{text}"'],
                                                               fill=PatternFill("solid", bgColor=CELL_COLOURS[key])))
        ws.freeze_panes = ws.cell(row=first_row, column=5)
        ws.column_dimensions["B"].width = 28
        ws.column_dimensions["C"].width = 20
        ws.column_dimensions["D"].width = 18
        for i in range(len(codes)):
            ws.column_dimensions[get_column_letter(5 + i)].width = 9
        legend = wb.create_sheet("Tiêu chí")
        legend.append(["Mã", "Tiêu chí", *(CATEGORY_LABELS[c] for c in CATEGORIES)])
        for code, title in rollup.criteria:
            legend.append([code, title, *(rollup.per_criterion[code][c] for c in CATEGORIES)])
        legend.append([])
        legend.append(["Ô", "Nghĩa"])
        legend.append(["Không đạt", "Hội đồng kết luận không đạt"])
        legend.append(["Thiếu MC", "chưa gắn tài liệu minh chứng nào (dù đã kết luận hay chưa)"])
        legend.append(["Đạt", "đạt, có minh chứng"])
        legend.append(["Chưa", "chưa kết luận"])
        legend.column_dimensions["B"].width = 60
        wb.properties.title = f"Tổng hợp năm {rollup.year}"
        wb.properties.created = dt.datetime.now()
        if not out.parent.is_dir():
            raise InvalidInput(msg("rollup.folder_missing", folder=str(out.parent)))
        _write(out, wb.save)
        return out


def _version_key(version: str) -> tuple[tuple[int, int, str], ...]:
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in version.replace("-", ".").split("."))


@dataclass(frozen=True)
class ReportSettings:
    """The approving body's letterhead and signer for the summary report; nothing about the
    approving body is built in (since 2025 it may be a province's or a commune's body)."""

    body: str = "BAN CHỈ ĐẠO"
    parent: str = ""
    place: str = ""
    number: str = ""               # "15" prints "Số: 15/BC-BCĐ"; blank leaves it to write by hand
    date: dt.date | None = None    # blank leaves day and month to write by hand
    signer_authority: str = "TM. BAN CHỈ ĐẠO"
    signer_position: str = "TRƯỞNG BAN"
    signer_name: str = ""
    recipients: tuple[str, ...] = ()


def summary_document(rollup: Rollup, settings: ReportSettings) -> Document:
    """The summary report ("Báo cáo kết quả thẩm định…") as a document of blocks that the
    PDF and DOCX renderers of plandesk.documents turn into pages (Nghị định 30/2020 layout)."""
    from plandesk.documents import model as m
    from plandesk.domain.text import format_date_long

    total = len(rollup.rows)
    met = [r for r in rollup.rows if r.all_met]
    not_met = [r for r in rollup.rows if not r.all_met]
    size = len(rollup.criteria)
    number = f"Số: {settings.number}/BC-BCĐ" if settings.number else "Số:      /BC-BCĐ"
    place = nfc(settings.place).strip()
    blocks: list[m.Block] = [
        m.Header(nfc(settings.parent).strip().upper(), nfc(settings.body).strip().upper(), number,
                 f"{place + ', ' if place else ''}{format_date_long(settings.date, rollup.year)}"),
        m.Title("BÁO CÁO", ("Kết quả thẩm định hồ sơ đề nghị công nhận xã điển hình",
                            f"về phong trào toàn dân bảo vệ an ninh Tổ quốc năm {rollup.year}")),
        m.para("I. TÌNH HÌNH TIẾP NHẬN HỒ SƠ", m.Style.HEADING1),
        m.para(f"Đã tiếp nhận, thẩm định {total:02d} hồ sơ của {total:02d} đơn vị, đánh giá theo "
               f"{rollup.framework_title} "
               f"({size} tiêu chí)."),
        m.para("II. KẾT QUẢ THẨM ĐỊNH", m.Style.HEADING1),
        m.para(f"Có {len(met):02d}/{total:02d} đơn vị đạt {size}/{size} tiêu chí, có đủ tài liệu minh chứng"
               + (f": {', '.join(r.unit.display_name for r in met)}." if met else ".")),
    ]
    if not_met:
        blocks.append(m.para(f"Có {len(not_met):02d}/{total:02d} đơn vị chưa đạt đủ tiêu chí hoặc còn thiếu minh "
                             "chứng:"))
        for r in not_met:
            parts = []
            for key, label in ((KHONG_DAT, "không đạt"), (THIEU_MINH_CHUNG, "thiếu minh chứng"),
                               (CHUA_KET_LUAN, "chưa kết luận")):
                codes = [c for c, cell in r.cells.items() if cell.category == key]
                if codes:
                    parts.append(f"{label} tiêu chí {', '.join(codes)}")
            requested = [c for c, cell in r.cells.items() if cell.review_status == REVIEW_REQUESTED]
            if requested:
                parts.append(f"yêu cầu bổ sung tiêu chí {', '.join(requested)}")
            blocks.append(m.para(f"- {r.unit.display_name}: {'; '.join(parts)}."))
    columns = [m.Column("STT", 10, m.Align.CENTER), m.Column("Đơn vị", 45), m.Column("Đạt", 14, m.Align.CENTER),
               m.Column("Không đạt", 16, m.Align.CENTER), m.Column("Thiếu minh chứng", 20, m.Align.CENTER),
               m.Column("Chưa kết luận", 18, m.Align.CENTER), m.Column("Yêu cầu bổ sung", 18, m.Align.CENTER),
               m.Column("Kết quả", 24, m.Align.CENTER)]
    rows = [m.Row((str(i), f"{r.unit.display_name}" + (f", {r.unit.district}" if r.unit.district else ""),
                   str(r.counts[DAT]), str(r.counts[KHONG_DAT]), str(r.counts[THIEU_MINH_CHUNG]),
                   str(r.counts[CHUA_KET_LUAN]), str(r.review_requested),
                   "Đủ điều kiện" if r.all_met else "Chưa đủ điều kiện")) for i, r in enumerate(rollup.rows, 1)]
    totals = rollup.totals
    rows.append(m.Row(("", "Tổng cộng", str(totals[DAT]), str(totals[KHONG_DAT]), str(totals[THIEU_MINH_CHUNG]),
                       str(totals[CHUA_KET_LUAN]), str(sum(r.review_requested for r in rollup.rows)),
                       f"{len(met)}/{total}"), m.RowKind.TOTAL))
    blocks.append(m.para("Kết quả của từng đơn vị (số tiêu chí):", m.Style.HEADING2))
    blocks.append(m.table(columns, rows))
    columns = [m.Column("Mã", 14, m.Align.CENTER), m.Column("Tiêu chí", 79), m.Column("Đạt", 16, m.Align.CENTER),
               m.Column("Không đạt", 18, m.Align.CENTER), m.Column("Thiếu minh chứng", 20, m.Align.CENTER),
               m.Column("Chưa kết luận", 18, m.Align.CENTER)]
    rows = [m.Row((code, title, *(str(rollup.per_criterion[code][c]) for c in CATEGORIES)))
            for code, title in rollup.criteria]
    blocks.append(m.para("Kết quả theo từng tiêu chí (số đơn vị):", m.Style.HEADING2))
    blocks.append(m.table(columns, rows))
    blocks.append(m.para("III. ĐỀ XUẤT", m.Style.HEADING1))
    if met:
        blocks.append(m.para(f"Đề nghị xem xét, công nhận {len(met):02d} đơn vị đạt chuẩn xã điển hình về phong trào "
                             f"toàn dân bảo vệ an ninh Tổ quốc năm {rollup.year}."))
    if not_met:
        blocks.append(m.para("Đề nghị các đơn vị chưa đủ điều kiện bổ sung hồ sơ, minh chứng theo ý kiến thẩm định "
                             "từng tiêu chí và gửi lại."))
    items = [nfc(x).strip().rstrip(";.") for x in settings.recipients if nfc(x).strip()]
    if not any(x.lower().startswith("lưu") for x in items):
        items.append("Lưu: VT")
    blocks.append(m.Signatures(
        m.Signer(nfc(settings.signer_authority).strip().upper(), nfc(settings.signer_position).strip().upper(),
                 nfc(settings.signer_name).strip()),
        recipients=tuple(f"- {x}{'.' if i == len(items) - 1 else ';'}" for i, x in enumerate(items))))
    return m.Document("bao-cao-tong-hop", f"Báo cáo kết quả thẩm định năm {rollup.year}", tuple(blocks))


def write_summary(rollup: Rollup, settings: ReportSettings, out: Path, root: Path | None = None) -> Path:
    """The summary report as PDF or DOCX (by the file's extension), written atomically;
    never on the files of the workspace ``root``."""
    out = checked_output(Path(out), root)
    suffix = out.suffix.lower()
    if suffix not in (".pdf", ".docx"):
        raise InvalidInput(msg("rollup.report_suffix", file=out.name))
    document = summary_document(rollup, settings)
    if suffix == ".pdf":
        from plandesk.documents.pdf import render_pdf
        data = render_pdf(document, settings.body)
    else:
        from plandesk.documents.docx import render_docx
        data = render_docx(document, settings.body)
    if not out.parent.is_dir():
        raise InvalidInput(msg("rollup.folder_missing", folder=str(out.parent)))
    _write(out, data)
    return out


def _write(out: Path, data: bytes | Callable[[BinaryIO], object]) -> None:
    """The roll-up's workbook or report, through ``filesafe.atomic_write`` (flushed, renamed)."""
    try:
        atomic_write(out, data)
    except OSError as exc:
        raise ServiceError(msg("rollup.cannot_write", file=str(out), reason=exc.strerror or str(exc))) from exc
