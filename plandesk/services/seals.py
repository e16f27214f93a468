"""Finalising a dossier for submission: it is sealed with the digest of its data and its
evidence files, and becomes read-only (the audit gate refuses changes, see access.py).
Reopening needs a leader and a reason, both kept with the seal and in the history.

The digest covers what the commune submits: the unit, the year, the framework, every
assessment, every evidence document (its details, its SHA-256 and the criteria it proves),
the council, the document settings and the deadlines — not the history, and not the
approving body's review comments, which arrive after submission."""
from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from plandesk.domain.access import Action
from plandesk.domain.dossier import Status
from plandesk.domain.messages import Listing, msg
from plandesk.storage import orm
from plandesk.storage.workspace import Workspace

from . import audit, inputs
from .access import ActingService, Identity, authorize, current_seal, now, require
from .errors import InvalidInput, NotFound, ServiceError
from .transfer import TransferService

_NOT_SEALED = ("history", "app_version")
_NOT_SEALED_FIELDS = ("review_status", "review_comment", "updated_at")   # the review, and when it arrived


@dataclass(frozen=True)
class SealInfo:
    id: int
    sealed_at: dt.datetime
    sealed_by: str
    digest: str
    evidence_count: int
    reopened_at: dt.datetime | None
    reopened_by: str
    reopen_reason: str

    @property
    def in_force(self) -> bool:
        return self.reopened_at is None


def _info(row: orm.DossierSeal) -> SealInfo:
    return SealInfo(row.id, row.sealed_at, row.sealed_by, row.digest, row.evidence_count, row.reopened_at,
                    row.reopened_by, row.reopen_reason)


def dossier_digest(session: Session, dossier: orm.Dossier) -> tuple[str, int]:
    """SHA-256 of the dossier's submitted content in canonical JSON, and its evidence count."""
    data: dict[str, Any] = {k: v for k, v in TransferService.dossier_content(session, dossier).items()
                            if k not in _NOT_SEALED}
    data["assessments"] = [{k: v for k, v in a.items() if k not in _NOT_SEALED_FIELDS} for a in data["assessments"]]
    canonical = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest(), len(data["evidence"])


class SealService(ActingService):
    def __init__(self, workspace: Workspace, user: str | Identity = ""):
        self.ws = workspace
        self.identity = Identity.of(user)

    def seal(self, dossier_id: int) -> SealInfo | None:
        """The seal in force, or None when the dossier can be changed."""
        with self.ws.sessions() as session:
            self._dossier(session, dossier_id)
            row = current_seal(session, dossier_id)
            return _info(row) if row is not None else None

    def seals(self, dossier_id: int) -> list[SealInfo]:
        """Every time the dossier was finalised, oldest first, with its reopening."""
        with self.ws.sessions() as session:
            return [_info(r) for r in session.scalars(select(orm.DossierSeal)
                                                      .where(orm.DossierSeal.dossier_id == dossier_id)
                                                      .order_by(orm.DossierSeal.id))]

    def undecided(self, dossier_id: int) -> list[str]:
        """Codes of the criteria without a decision (finalising them is allowed, but worth a warning)."""
        with self.ws.sessions() as session:
            rows = session.execute(select(orm.Assessment.code, orm.Assessment.status)
                                   .where(orm.Assessment.dossier_id == dossier_id)
                                   .order_by(orm.Assessment.position)).all()
        return [code for code, status in rows if not Status(status).decided]

    def finalise(self, dossier_id: int) -> SealInfo:
        """Seal the dossier after checking every evidence file is present and intact."""
        require(self.ws, self.actor, Action.FINALISE, dossier_id)
        with self.ws.sessions() as session:
            shas = session.execute(select(orm.Evidence.sha256, orm.Evidence.original_name)
                                   .where(orm.Evidence.dossier_id == dossier_id)).all()
        damaged = [(name, problem) for sha, name in shas if (problem := self.ws.store.verify_message(sha))]
        if damaged:   # each file's problem in the window's language
            listing = Listing(tuple(Listing((f"'{name}' ", problem), "") for name, problem in damaged[:5]), "; ")
            raise ServiceError(msg("seal.files_damaged", count=len(damaged), files=listing))
        with self.ws.sessions.begin() as session:
            authorize(session, self.actor, Action.FINALISE, dossier_id)   # again: the files took time
            dossier = self._dossier(session, dossier_id)
            if current_seal(session, dossier_id) is not None:
                raise InvalidInput(msg("seal.already_sealed"))
            digest, count = dossier_digest(session, dossier)
            audit.record(session, actor=self.actor, dossier_id=dossier_id, action=Action.FINALISE,
                         target=f"{dossier.unit.name} năm {dossier.year}",
                         new={"ma_kiem_tra": digest, "tai_lieu": count})
            row = orm.DossierSeal(dossier_id=dossier_id, sealed_at=now(), sealed_by=self.user, digest=digest,
                                  evidence_count=count, reopened_by="", reopen_reason="")
            session.add(row)
            session.flush()
            return _info(row)

    def reopen(self, dossier_id: int, reason: str) -> SealInfo:
        """Make a finalised dossier editable again; a leader only, with the reason recorded."""
        reason = inputs.paragraph(reason, msg("field.reopen_reason")).strip()
        if len(reason) < 5:
            raise InvalidInput(msg("seal.reason_needed"))
        with self.ws.sessions.begin() as session:
            authorize(session, self.actor, Action.REOPEN, dossier_id)
            dossier = self._dossier(session, dossier_id)
            row = current_seal(session, dossier_id)
            if row is None:
                raise InvalidInput(msg("seal.not_sealed"))
            audit.record(session, actor=self.actor, dossier_id=dossier_id, action=Action.REOPEN,
                         target=f"{dossier.unit.name} năm {dossier.year}", field="ly_do",
                         old={"chot_luc": row.sealed_at, "ma_kiem_tra": row.digest}, new=reason)
            row.reopened_at, row.reopened_by, row.reopen_reason = now(), self.user, reason
            return _info(row)

    @staticmethod
    def _dossier(session: Session, dossier_id: int) -> orm.Dossier:
        dossier = session.get(orm.Dossier, dossier_id)
        if dossier is None:
            raise NotFound(msg("dossier.not_found_list", dossier=dossier_id))
        return dossier


def verify_seals(session: Session) -> list[str]:
    """Problems: sealed dossiers whose content no longer matches their seal (changed
    outside PlanDesk, or a damaged database)."""
    problems = []
    for dossier in session.scalars(select(orm.Dossier)):
        row = current_seal(session, dossier.id)
        if row is not None and dossier_digest(session, dossier)[0] != row.digest:
            problems.append(f"Hồ sơ {dossier.unit.name} năm {dossier.year} đã chốt ngày "
                            f"{row.sealed_at:%d/%m/%Y} nhưng nội dung không còn khớp mã kiểm tra "
                            f"({row.digest[:12]}…): dữ liệu đã bị sửa ngoài PlanDesk.")
    return problems
