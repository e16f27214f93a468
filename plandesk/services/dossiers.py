"""Use cases on dossiers: create (new or from last year's), list, read the status with the
suggestions, change an assessment, the council, the document settings and the deadlines.
Each action is one transaction and one audit entry."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import replace
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from plandesk.domain.access import Action
from plandesk.domain.dossier import (
    DEFAULT_DEADLINES,
    KEEP,
    AssessmentChange,
    AssessmentInfo,
    CouncilMember,
    CouncilRole,
    DeadlineInfo,
    DocumentSettings,
    DossierInfo,
    DossierStatus,
    GroupProgress,
    Keep,
    ReviewStatus,
    SettingsChange,
    Status,
    UnitInfo,
)
from plandesk.domain.framework import Framework, FrameworkError, parse_framework
from plandesk.domain.messages import Listing, Param, cause, msg
from plandesk.domain.rules import BadValue, parse_value, suggest
from plandesk.domain.schema import check_settings, clean_line, clean_text
from plandesk.domain.text import clean, nfc, vietnamese_sort_key
from plandesk.storage import orm
from plandesk.storage.workspace import Workspace

from . import audit, inputs
from .access import ActingService, Identity, authorize
from .audit import AuditInfo
from .errors import InvalidInput, NotFound, ServiceError


def unit_info(unit: orm.Unit) -> UnitInfo:
    return UnitInfo(clean_line(unit.name), clean_line(unit.code), clean_line(unit.district),
                    clean_line(unit.province), clean_line(unit.kind))


def dossier_info(dossier: orm.Dossier) -> DossierInfo:
    return DossierInfo(dossier.id, unit_info(dossier.unit), dossier.year, dossier.framework_id,
                       dossier.framework_version, dossier.framework_title, dossier.created_at)


def assessment_changes(row: orm.Assessment, wanted: AssessmentChange) -> dict[str, tuple[Any, Any]]:
    """What ``wanted`` changes on a criterion's row, ``attr: (old, new)``: its texts cleaned and
    bounded as typed text is (InvalidInput naming the field), its ``values`` (already read by
    ``parse_value``) merged into the stored ones, a value None removing one. The one place an
    assessment change becomes row values, for the window, the command line and a package's
    import alike; the caller authorises, sets and records."""
    changes: dict[str, tuple[Any, Any]] = {}

    def change(attr: str, new: Any) -> None:
        old = getattr(row, attr)
        if old != new:
            changes[attr] = (old, new)

    if wanted.status is not None:
        change("status", wanted.status.value)
    if wanted.result is not None:
        change("result", inputs.paragraph(wanted.result, msg("field.result")))
    if wanted.explanation is not None:
        change("explanation", inputs.paragraph(wanted.explanation, msg("field.explanation")))
    if wanted.lead_unit is not None:
        change("lead_unit", inputs.long_line(wanted.lead_unit, msg("field.lead_unit")))
    if wanted.cooperating_units is not None:
        change("cooperating_units", inputs.long_line(wanted.cooperating_units, msg("field.cooperating_units")))
    if not isinstance(wanted.deadline, Keep):
        change("deadline", wanted.deadline)
    if wanted.review_status is not None:
        change("review_status", wanted.review_status.value)
    if wanted.review_comment is not None:
        change("review_comment", inputs.paragraph(wanted.review_comment, msg("field.review_comment")))
    if wanted.values:
        merged = dict(row.values or {})
        for name, value in wanted.values.items():
            if value is None:
                merged.pop(name, None)
            else:
                merged[name] = value
        change("values", merged)
    return changes


def checked_member(member: CouncilMember) -> CouncilMember:
    """A council member as typed, read from a spreadsheet or brought by a package, cleaned and
    bounded (InvalidInput naming the field; a name is required)."""
    name = inputs.line(member.name, msg("field.full_name"))
    if not name:
        raise InvalidInput(msg("council.name_needed"))
    return replace(member, name=name, position=inputs.line(member.position, msg("field.position")))


class DossierService(ActingService):
    def __init__(self, workspace: Workspace, user: str | Identity = ""):
        self.ws = workspace
        self.identity = Identity.of(user)
        self._frameworks: dict[int, Framework] = {}

    # -- reading -------------------------------------------------------------------------
    def list_dossiers(self) -> list[DossierInfo]:
        # the columns shown, not the rows: each dossier's framework (tens of KB of JSON) and
        # settings would be read and decoded for nothing
        D = orm.Dossier
        with self.ws.sessions() as session:
            rows = session.execute(select(D.id, D.year, D.framework_id, D.framework_version, D.framework_title,
                                          D.created_at, orm.Unit).join(orm.Unit, orm.Unit.id == D.unit_id)).all()
            infos = [DossierInfo(i, unit_info(unit), year, fid, version, title, created)
                     for i, year, fid, version, title, created, unit in rows]
        return sorted(infos, key=lambda d: (vietnamese_sort_key(d.unit.name), d.unit.province, -d.year))

    def resolve(self, dossier_id: int | None) -> int:
        """The dossier meant: the given id, or the only one in the workspace."""
        if dossier_id is not None:
            with self.ws.sessions() as session:
                found = session.scalar(select(orm.Dossier.id).where(orm.Dossier.id == dossier_id))
            if found is None:
                raise NotFound(msg("dossier.not_found_list", dossier=dossier_id))
            return dossier_id
        with self.ws.sessions() as session:
            ids = session.scalars(select(orm.Dossier.id).limit(2)).all()
        if len(ids) == 1:
            return ids[0]
        if not ids:
            raise NotFound(msg("dossier.none"))
        dossiers = self.list_dossiers()
        listing = Listing(tuple(msg("dossier.listed", dossier=d.id, unit=d.unit.display_name, year=d.year)
                                for d in dossiers))
        raise InvalidInput(msg("dossier.choose", count=len(dossiers), dossiers=listing))

    def framework(self, dossier_id: int) -> Framework:
        """The framework as copied into the dossier when it was created."""
        if dossier_id not in self._frameworks:
            with self.ws.sessions() as session:
                dossier = self._get(session, dossier_id)
                data, name = dossier.framework_data, msg("framework.of_dossier", dossier=dossier_id)
            try:
                self._frameworks[dossier_id] = parse_framework(data, name)
            except FrameworkError as exc:
                raise ServiceError(exc) from exc
        return self._frameworks[dossier_id]

    def info(self, dossier_id: int) -> DossierInfo:
        with self.ws.sessions() as session:
            return dossier_info(self._get(session, dossier_id))

    def status(self, dossier_id: int, today: dt.date | None = None) -> DossierStatus:
        framework = self.framework(dossier_id)
        with self.ws.sessions() as session:
            dossier = self._get(session, dossier_id)
            counts = dict(session.execute(
                select(orm.EvidenceLink.assessment_id, func.count())
                .join(orm.Assessment, orm.Assessment.id == orm.EvidenceLink.assessment_id)
                .where(orm.Assessment.dossier_id == dossier_id)
                .group_by(orm.EvidenceLink.assessment_id)).all())
            criteria = tuple(self._assessment_info(a, framework, dossier.year, counts.get(a.id, 0))
                             for a in dossier.assessments)
            documents = session.scalar(
                select(func.count(func.distinct(orm.EvidenceLink.evidence_id)))
                .join(orm.Assessment, orm.Assessment.id == orm.EvidenceLink.assessment_id)
                .where(orm.Assessment.dossier_id == dossier_id)) or 0
            deadlines = tuple(self._deadlines(session, dossier_id))
            info = dossier_info(dossier)
        groups = []
        for group in framework.groups:
            members = [c for c in criteria if c.group == group.code]
            groups.append(GroupProgress(
                group.code, group.title, len(members),
                sum(c.status is Status.DAT for c in members),
                sum(c.status is Status.KHONG_DAT for c in members),
                sum(c.status is Status.DANG_THUC_HIEN for c in members),
                sum(c.status is Status.CHUA_DANH_GIA for c in members),
                sum(c.evidence_count == 0 for c in members)))
        return DossierStatus(info, criteria, tuple(groups), deadlines, documents)

    def assessment(self, dossier_id: int, code: str) -> AssessmentInfo:
        framework = self.framework(dossier_id)
        with self.ws.sessions() as session:
            dossier = self._get(session, dossier_id)
            row = self._assessment(session, dossier_id, code)
            count = session.scalar(select(func.count()).select_from(orm.EvidenceLink)
                                   .where(orm.EvidenceLink.assessment_id == row.id))
            return self._assessment_info(row, framework, dossier.year, count or 0)

    def history(self, dossier_id: int) -> list[AuditInfo]:
        with self.ws.sessions() as session:
            rows = session.scalars(select(orm.AuditEntry).where(orm.AuditEntry.dossier_id == dossier_id)
                                   .order_by(orm.AuditEntry.id)).all()
            return [AuditInfo(r.id, r.at, r.user, r.action, r.target, r.field, r.old_value, r.new_value)
                    for r in rows]

    # -- creating ------------------------------------------------------------------------
    def create(self, unit: UnitInfo, year: int, framework_id: str, framework_version: str | None = None,
               settings: DocumentSettings | None = None, from_dossier: int | None = None,
               approving_body: str | None = None) -> DossierInfo:
        """A new dossier; the framework's text is copied into it. From an earlier dossier it
        takes the units in charge, council, settings and deadlines, not the decisions."""
        unit = UnitInfo(inputs.line(unit.name, msg("field.commune")),
                        inputs.line(unit.code, msg("field.unit_code")),
                        inputs.line(unit.district, msg("field.district")),
                        inputs.line(unit.province, msg("field.province")),
                        inputs.line(unit.kind, msg("field.unit_kind")) or "xã")
        if not unit.name:
            raise InvalidInput(msg("dossier.commune_needed"))
        if not 2000 <= int(year) <= 2100:
            raise InvalidInput(msg("dossier.year_invalid", year=year))
        framework = self.ws.catalog.get(framework_id, framework_version)
        if framework is None:
            known: Param = ", ".join(f"{f.id} {f.version}" for f in self.ws.catalog.frameworks) or msg("list.none")
            if framework_version:
                raise NotFound(msg("framework.version_not_found", framework=framework_id, version=framework_version,
                                   known=known))
            raise NotFound(msg("framework.not_found", framework=framework_id, known=known))
        settings = settings or self._default_settings(unit)
        if approving_body:
            settings = replace(settings, approving_body=inputs.line(approving_body, msg("field.approving_body")))
        action = Action.CREATE_DOSSIER if from_dossier is None else Action.CREATE_DOSSIER_FROM_PREVIOUS
        with self.ws.sessions.begin() as session:
            authorize(session, self.actor, action)
            previous = self._get(session, from_dossier) if from_dossier is not None else None
            unit_row = session.scalars(select(orm.Unit).where(
                orm.Unit.name == unit.name, orm.Unit.district == unit.district,
                orm.Unit.province == unit.province)).first()
            if unit_row is None:
                unit_row = orm.Unit(name=unit.name, code=unit.code, district=unit.district,
                                    province=unit.province, kind=unit.kind)
                session.add(unit_row)
            elif unit.code and unit_row.code != unit.code:
                unit_row.code = unit.code
            session.flush()
            exists = session.scalars(select(orm.Dossier).where(
                orm.Dossier.unit_id == unit_row.id, orm.Dossier.year == year,
                orm.Dossier.framework_id == framework.id)).first()
            if exists:
                raise InvalidInput(msg("dossier.exists", unit=unit.display_name, year=year, dossier=exists.id))
            if previous is not None:
                prev_settings = DocumentSettings.from_dict(previous.settings)
                settings = replace(prev_settings, numbers={}, dates={}, meeting={},
                                   approving_body=clean(approving_body) or prev_settings.approving_body)
            dossier = orm.Dossier(unit=unit_row, year=int(year), framework_id=framework.id,
                                  framework_version=framework.version, framework_title=framework.title,
                                  framework_data=dict(framework.raw), settings=settings.to_dict())
            session.add(dossier)
            prev_rows = {a.code: a for a in previous.assessments} if previous is not None else {}
            for position, criterion in enumerate(framework.criteria):
                row = orm.Assessment(code=criterion.code, uid=framework.uid(criterion.code),
                                     group_code=criterion.group, position=position, values={})
                old = self._previous_for(prev_rows, previous, framework, criterion.code)
                if old is not None and previous is not None:
                    row.lead_unit = old.lead_unit
                    row.cooperating_units = old.cooperating_units
                    row.deadline = _shift_year(old.deadline, int(year) - previous.year)
                dossier.assessments.append(row)
            session.flush()
            if previous is not None:
                for member in session.scalars(select(orm.CouncilMember)
                                              .where(orm.CouncilMember.dossier_id == previous.id)):
                    session.add(orm.CouncilMember(dossier_id=dossier.id, name=member.name, position=member.position,
                                                  role=member.role, sort_order=member.sort_order))
                for deadline in self._deadline_rows(session, previous.id):
                    session.add(orm.Deadline(dossier_id=dossier.id, key=deadline.key, title=deadline.title,
                                             due_on=_shift_year(deadline.due_on, int(year) - previous.year)))
            else:
                for default in DEFAULT_DEADLINES:
                    session.add(orm.Deadline(dossier_id=dossier.id, key=default.key, title=default.title,
                                             due_on=dt.date(int(year), default.month, default.day)))
            audit.record(session, actor=self.actor, dossier_id=dossier.id, action=action,
                         target=f"{unit.display_name} năm {year}",
                         new={"bo_tieu_chi": f"{framework.id} {framework.version}",
                              "tu_ho_so": previous.id if previous is not None else None})
            session.flush()
            return dossier_info(dossier)

    @staticmethod
    def _previous_for(prev_rows: dict[str, orm.Assessment], previous: orm.Dossier | None, framework: Framework,
                      code: str) -> orm.Assessment | None:
        if previous is None:
            return None
        if previous.framework_id == framework.id and previous.framework_version != framework.version:
            for old_code, old in prev_rows.items():
                if framework.map_from(previous.framework_version, old_code) == code:
                    return old
            return None
        return prev_rows.get(code)

    @staticmethod
    def _default_settings(unit: UnitInfo) -> DocumentSettings:
        parent = f"UBND {unit.kind.upper()} {unit.name.upper()}" if unit.name else ""
        return DocumentSettings(
            issuing_body=f"HỘI ĐỒNG BẢO VỆ AN NINH, TRẬT TỰ {unit.kind.upper()} {unit.name.upper()}",
            issuing_body_parent=parent,
            place=unit.name,
            approving_body=f"Ban Chỉ đạo 138 {unit.district}".strip() if unit.district else "Ban Chỉ đạo 138",
        )

    # -- changing an assessment ----------------------------------------------------------
    def update_assessment(self, dossier_id: int, code: str, *, status: Status | str | None = None,
                          result: str | None = None, explanation: str | None = None,
                          lead_unit: str | None = None, cooperating_units: str | None = None,
                          deadline: dt.date | None | Keep = KEEP, values: Mapping[str, Any] | None = None,
                          review_status: ReviewStatus | None = None,
                          review_comment: str | None = None) -> AssessmentInfo:
        """:meth:`change_assessment` with the change given field by field (scripts, the demo,
        tests); a decision may be given by its key or its label ("dat", "Đạt")."""
        if isinstance(status, str):
            try:
                status = Status.parse(status)
            except ValueError as exc:
                raise InvalidInput(exc) from exc
        return self.change_assessment(dossier_id, code, AssessmentChange(
            status, result, explanation, lead_unit, cooperating_units, deadline, values, review_status,
            review_comment))

    def change_assessment(self, dossier_id: int, code: str, wanted: AssessmentChange) -> AssessmentInfo:
        """One change of a criterion's assessment, checked, authorised and recorded as one
        action (the window and the command line send theirs as an :class:`AssessmentChange`)."""
        framework = self.framework(dossier_id)
        criterion = framework.criterion(code)
        if criterion is None:
            raise NotFound(msg("criterion.not_found", criterion=code))
        values = wanted.values
        clean_values: dict[str, Any] = {}
        if values:
            allowed = {name: cond for cond in criterion.conditions for name in cond.value_names()}
            for name, value in values.items():
                name = clean(name)
                if name not in allowed:
                    names: Param = ", ".join(allowed) or msg("assessment.no_values")
                    raise InvalidInput(msg("assessment.value_unknown", criterion=criterion.code, name=name,
                                           names=names))
                try:
                    clean_values[name] = parse_value(allowed[name], name, nfc(value) if isinstance(value, str)
                                                     else value, framework)
                except BadValue as exc:
                    raise InvalidInput(msg("assessment.value_refused", criterion=criterion.code, name=name,
                                           problem=cause(exc))) from exc
        with self.ws.sessions.begin() as session:
            row = self._assessment(session, dossier_id, criterion.code)
            changes = assessment_changes(row, replace(wanted, values=clean_values or None))
            if changes:
                self._save_changes(session, dossier_id, row, changes)
        return self.assessment(dossier_id, criterion.code)

    def _save_changes(self, session: Session, dossier_id: int, row: orm.Assessment,
                      changes: dict[str, tuple[Any, Any]]) -> None:
        """An assessment's changes (``attr: (old, new)``), authorised before any is made: the
        role (DECIDE for a decision) and the seal (the review alone reaches a finalised dossier)."""
        old = {k: v[0] for k, v in changes.items()}
        new = {k: v[1] for k, v in changes.items()}
        authorize(session, self.actor, Action.EDIT_ASSESSMENT, dossier_id, field=",".join(changes), old=old, new=new)
        for attr, value in new.items():
            setattr(row, attr, value)
        if Status(row.status).decided and not row.explanation.strip():
            linked = session.scalar(select(func.count()).select_from(orm.EvidenceLink)
                                    .where(orm.EvidenceLink.assessment_id == row.id))
            if not linked and ("status" in changes or "explanation" in changes):
                raise InvalidInput(msg("assessment.decision_needs_evidence", criterion=row.code,
                                       status=msg(Status(row.status).key)))
        row.updated_at = dt.datetime.now().replace(microsecond=0)
        audit.record(session, actor=self.actor, dossier_id=dossier_id, action=Action.EDIT_ASSESSMENT,
                     target=row.code, field=",".join(changes), old=old, new=new)

    def preview(self, dossier_id: int, code: str, values: dict[str, Any]) -> tuple[Any, dict[str, Param]]:
        """The suggestion the given (unsaved) values would give, and the values that cannot
        be read with the reason — for showing the suggestion while the officer types."""
        framework = self.framework(dossier_id)
        criterion = framework.criterion(code)
        if criterion is None:
            raise NotFound(msg("criterion.not_in_dossier", criterion=code))
        allowed = {name: cond for cond in criterion.conditions for name in cond.value_names()}
        clean_values: dict[str, Any] = {}
        problems: dict[str, Param] = {}
        for name, value in values.items():
            if name not in allowed:
                continue
            try:
                parsed = parse_value(allowed[name], name, nfc(value) if isinstance(value, str) else value, framework)
            except BadValue as exc:
                problems[name] = cause(exc)
                continue
            if parsed is not None:
                clean_values[name] = parsed
        with self.ws.sessions() as session:
            year = self._get(session, dossier_id).year
        return suggest(criterion, clean_values, year, framework), problems

    def known_units(self) -> list[str]:
        """Every unit name typed before as lead or cooperating unit, for pick lists."""
        with self.ws.sessions() as session:
            rows = session.execute(select(orm.Assessment.lead_unit, orm.Assessment.cooperating_units).distinct()).all()
        names = set()
        for lead, cooperating in rows:
            for text in (lead, *cooperating.split(";")):
                if text and text.strip():
                    names.add(text.strip())
        return sorted(names, key=vietnamese_sort_key)

    # -- council -------------------------------------------------------------------------
    def council(self, dossier_id: int) -> list[CouncilMember]:
        with self.ws.sessions() as session:
            self._get(session, dossier_id)
            rows = session.scalars(select(orm.CouncilMember).where(orm.CouncilMember.dossier_id == dossier_id)
                                   .order_by(orm.CouncilMember.sort_order, orm.CouncilMember.id)).all()
            return [CouncilMember(clean_line(r.name), clean_line(r.position), CouncilRole(r.role), r.id) for r in rows]

    def add_member(self, dossier_id: int, member: CouncilMember) -> int:
        """Add a member at the end of the council list; the new member's id."""
        member = checked_member(member)
        name, position, role = member.name, member.position, member.role
        with self.ws.sessions.begin() as session:
            self._get(session, dossier_id)
            authorize(session, self.actor, Action.ADD_MEMBER, dossier_id)
            order = (session.scalar(select(func.coalesce(func.max(orm.CouncilMember.sort_order), 0))
                                    .where(orm.CouncilMember.dossier_id == dossier_id)) or 0) + 1
            row = orm.CouncilMember(dossier_id=dossier_id, name=name, position=clean(position),
                                    role=role.value, sort_order=order)
            session.add(row)
            session.flush()
            audit.record(session, actor=self.actor, dossier_id=dossier_id, action=Action.ADD_MEMBER, target=name,
                         new={"chuc_vu": row.position, "vai_tro": role.label})
            return row.id

    def update_member(self, dossier_id: int, changed: CouncilMember) -> None:
        """Save a member as changed (``changed.id`` says which)."""
        member_id = changed.id
        with self.ws.sessions.begin() as session:
            member = session.get(orm.CouncilMember, member_id) if member_id is not None else None
            if member is None or member.dossier_id != dossier_id:
                raise NotFound(msg("council.member_not_found", member="" if member_id is None else member_id))
            old = {"ho_ten": member.name, "chuc_vu": member.position, "vai_tro": member.role}
            changed = checked_member(changed)
            new = {"ho_ten": changed.name, "chuc_vu": changed.position, "vai_tro": changed.role.value}
            if new != old:
                authorize(session, self.actor, Action.EDIT_MEMBER, dossier_id)
                member.name, member.position, member.role = new["ho_ten"], new["chuc_vu"], new["vai_tro"]
                audit.record(session, actor=self.actor, dossier_id=dossier_id, action=Action.EDIT_MEMBER,
                             target=member.name, old=old, new=new)

    def remove_member(self, dossier_id: int, member_id: int) -> None:
        with self.ws.sessions.begin() as session:
            member = session.get(orm.CouncilMember, member_id)
            if member is None or member.dossier_id != dossier_id:
                raise NotFound(msg("council.member_not_found", member=member_id))
            authorize(session, self.actor, Action.REMOVE_MEMBER, dossier_id)
            audit.record(session, actor=self.actor, dossier_id=dossier_id, action=Action.REMOVE_MEMBER,
                         target=member.name, old={"chuc_vu": member.position, "vai_tro": member.role})
            session.delete(member)

    # -- settings and deadlines ----------------------------------------------------------
    def settings(self, dossier_id: int) -> DocumentSettings:
        with self.ws.sessions() as session:
            return DocumentSettings.from_dict(self._get(session, dossier_id).settings)

    def update_settings(self, dossier_id: int, **fields: Any) -> DocumentSettings:
        """:meth:`change_settings` with the change given by name (scripts, tests)."""
        known = set(DocumentSettings.__dataclass_fields__)
        unknown = set(fields) - known
        if unknown:
            raise InvalidInput(msg("settings.unknown", keys=", ".join(sorted(unknown))))
        return self.change_settings(dossier_id, SettingsChange(**fields))

    def change_settings(self, dossier_id: int, change: SettingsChange) -> DocumentSettings:
        """One change of the document settings, checked (every problem named, nothing saved),
        authorised and recorded as one action; the settings as saved."""
        with self.ws.sessions.begin() as session:
            dossier = self._get(session, dossier_id)
            current = DocumentSettings.from_dict(dossier.settings)
            checked, problems = check_settings(change.applied_to(current).to_dict())
            if problems:
                listing = Listing(tuple(Listing((where, what), ": ") for where, what in problems[:5]))
                raise InvalidInput(msg("settings.invalid", problems=listing))
            updated = DocumentSettings.from_dict(checked)
            if updated != current:
                old, new = current.to_dict(), updated.to_dict()
                changed = [k for k in new if new[k] != old[k]]
                authorize(session, self.actor, Action.EDIT_SETTINGS, dossier_id, field=",".join(changed))
                dossier.settings = new
                audit.record(session, actor=self.actor, dossier_id=dossier_id, action=Action.EDIT_SETTINGS,
                             field=",".join(changed), old={k: old[k] for k in changed},
                             new={k: new[k] for k in changed})
            return updated

    def deadlines(self, dossier_id: int) -> list[DeadlineInfo]:
        with self.ws.sessions() as session:
            self._get(session, dossier_id)
            return list(self._deadlines(session, dossier_id))

    def set_deadline(self, dossier_id: int, key: str, due_on: dt.date | None = None,
                     done_on: dt.date | None | Keep = KEEP, title: str | None = None) -> DeadlineInfo:
        with self.ws.sessions.begin() as session:
            self._get(session, dossier_id)
            authorize(session, self.actor, Action.EDIT_DEADLINE, dossier_id)
            row = session.scalars(select(orm.Deadline).where(orm.Deadline.dossier_id == dossier_id,
                                                             orm.Deadline.key == key)).first()
            if row is None:
                if due_on is None or not title:
                    raise NotFound(msg("deadline.not_found", key=key))
                row = orm.Deadline(dossier_id=dossier_id, key=inputs.line(key, msg("field.deadline_key")),
                                   title=inputs.line(title, msg("field.deadline_title")), due_on=due_on)
                session.add(row)
                old = None
            else:
                old = {"han": str(row.due_on), "hoan_thanh": str(row.done_on or "")}
                if due_on is not None:
                    row.due_on = due_on
                if title:
                    row.title = inputs.line(title, msg("field.deadline_title"))
            if not isinstance(done_on, Keep):
                row.done_on = done_on
            session.flush()
            audit.record(session, actor=self.actor, dossier_id=dossier_id, action=Action.EDIT_DEADLINE,
                         target=row.title, old=old, new={"han": str(row.due_on), "hoan_thanh": str(row.done_on or "")})
            return DeadlineInfo(row.key, row.title, row.due_on, row.done_on)

    # -- helpers -------------------------------------------------------------------------
    def _get(self, session: Session, dossier_id: int | None) -> orm.Dossier:
        dossier = session.get(orm.Dossier, dossier_id) if dossier_id is not None else None
        if dossier is None:
            raise NotFound(msg("dossier.not_found_list", dossier=str(dossier_id)))
        return dossier

    @staticmethod
    def _assessment(session: Session, dossier_id: int, code: str) -> orm.Assessment:
        row = session.scalars(select(orm.Assessment).where(orm.Assessment.dossier_id == dossier_id,
                                                           orm.Assessment.code == clean(code))).first()
        if row is None:
            raise NotFound(msg("criterion.not_in_dossier_number", criterion=code, dossier=dossier_id))
        return row

    @staticmethod
    def _deadline_rows(session: Session, dossier_id: int) -> Iterable[orm.Deadline]:
        return session.scalars(select(orm.Deadline).where(orm.Deadline.dossier_id == dossier_id)
                               .order_by(orm.Deadline.due_on)).all()

    def _deadlines(self, session: Session, dossier_id: int) -> Iterable[DeadlineInfo]:
        for row in self._deadline_rows(session, dossier_id):
            yield DeadlineInfo(row.key, clean_line(row.title), row.due_on, row.done_on)

    @staticmethod
    def _assessment_info(row: orm.Assessment, framework: Framework, year: int, evidence_count: int) -> AssessmentInfo:
        criterion = framework.known_criterion(row.code)
        suggestion = suggest(criterion, row.values or {}, year, framework)
        return AssessmentInfo(
            code=row.code, uid=row.uid, group=row.group_code, short_title=criterion.short_title,
            text=criterion.text_for(year), status=Status(row.status), suggestion=suggestion.status,
            # text stored before input was cleaned is handed on without control characters
            reason=suggestion.reason, result=clean_text(row.result), explanation=clean_text(row.explanation),
            lead_unit=clean_line(row.lead_unit), cooperating_units=clean_line(row.cooperating_units),
            deadline=row.deadline, values=dict(row.values or {}), evidence_count=evidence_count,
            review_status=ReviewStatus(row.review_status), review_comment=clean_text(row.review_comment))

    def forget_framework(self, dossier_id: int | None = None) -> None:
        """Drop the cached framework of a dossier whose stored copy was replaced (an import
        of a package from a newer framework version); None drops them all (after a restore)."""
        if dossier_id is None:
            self._frameworks.clear()
        else:
            self._frameworks.pop(dossier_id, None)


def _shift_year(value: dt.date | None, years: int) -> dt.date | None:
    if value is None:
        return None
    try:
        return value.replace(year=value.year + years)
    except ValueError:  # 29 February
        return value.replace(year=value.year + years, day=28)
