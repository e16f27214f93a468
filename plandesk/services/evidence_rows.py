"""Reading evidence rows the same way in every evidence use case: a document of a dossier
(or a clear NotFound), the criteria it proves, and its plain EvidenceInfo."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from plandesk.domain.dossier import EvidenceInfo
from plandesk.domain.messages import msg
from plandesk.domain.schema import clean_line, clean_text
from plandesk.storage import orm

from .errors import NotFound


def find_evidence(session: Session, dossier_id: int, evidence_id: int) -> orm.Evidence:
    evidence = session.get(orm.Evidence, evidence_id)
    if evidence is None or evidence.dossier_id != dossier_id:
        raise NotFound(msg("evidence.not_in_dossier", number=evidence_id))
    return evidence


def linked_codes(session: Session, evidence_id: int) -> list[str]:
    return list(session.scalars(
        select(orm.Assessment.code).join(orm.EvidenceLink, orm.EvidenceLink.assessment_id == orm.Assessment.id)
        .where(orm.EvidenceLink.evidence_id == evidence_id).order_by(orm.Assessment.position)))


def evidence_info(session: Session, e: orm.Evidence, codes: tuple[str, ...] | None = None) -> EvidenceInfo:
    if codes is None:
        codes = tuple(linked_codes(session, e.id))
    # stored before input was cleaned (or restored from such a backup): never handed on with
    # control characters a DOCX or XLSX cannot hold
    return EvidenceInfo(e.id, e.sha256, clean_line(e.original_name), e.size, e.media_type, clean_line(e.number),
                        e.issued_on, clean_line(e.issuer), clean_line(e.title), clean_text(e.note), codes, e.added_at)
