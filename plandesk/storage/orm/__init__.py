"""The workspace's tables (SQLAlchemy 2 typed ORM). One Base whose metadata names every
constraint, so Alembic's batch mode can alter tables on SQLite."""
from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


class Unit(Base):
    """An administrative unit (commune) whose dossiers the workspace holds."""

    __tablename__ = "units"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    code: Mapped[str] = mapped_column(String(20), default="")
    kind: Mapped[str] = mapped_column(String(40), default="xã")
    district: Mapped[str] = mapped_column(String(200), default="")
    province: Mapped[str] = mapped_column(String(200), default="")
    __table_args__ = (UniqueConstraint("name", "district", "province", name="uq_units_name_place"),)


class Dossier(Base):
    """One unit's dossier for one year against one framework (whose text it keeps)."""

    __tablename__ = "dossiers"
    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id", ondelete="RESTRICT"), index=True)
    year: Mapped[int] = mapped_column(Integer)
    framework_id: Mapped[str] = mapped_column(String(64))
    framework_version: Mapped[str] = mapped_column(String(32))
    framework_title: Mapped[str] = mapped_column(Text)
    framework_data: Mapped[dict[str, Any]] = mapped_column(JSON)
    settings: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    unit: Mapped[Unit] = relationship()
    assessments: Mapped[list[Assessment]] = relationship(
        back_populates="dossier", order_by="Assessment.position", cascade="all, delete-orphan")
    __table_args__ = (UniqueConstraint("unit_id", "year", "framework_id", name="uq_dossiers_unit_year_framework"),)


class Assessment(Base):
    """A criterion of a dossier (its text as copied from the framework) and its assessment."""

    __tablename__ = "assessments"
    id: Mapped[int] = mapped_column(primary_key=True)
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossiers.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(16))
    uid: Mapped[str] = mapped_column(String(100))
    group_code: Mapped[str] = mapped_column(String(8))
    position: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(20), default="chua_danh_gia")
    result: Mapped[str] = mapped_column(Text, default="")
    explanation: Mapped[str] = mapped_column(Text, default="")
    lead_unit: Mapped[str] = mapped_column(Text, default="")
    cooperating_units: Mapped[str] = mapped_column(Text, default="")
    deadline: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    values: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    review_status: Mapped[str] = mapped_column(String(20), default="chua_xem")
    review_comment: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    dossier: Mapped[Dossier] = relationship(back_populates="assessments")
    __table_args__ = (UniqueConstraint("dossier_id", "code", name="uq_assessments_dossier_code"),)


class Evidence(Base):
    """An evidence document of a dossier; its bytes live in the evidence store by hash."""

    __tablename__ = "evidence"
    id: Mapped[int] = mapped_column(primary_key=True)
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossiers.id", ondelete="CASCADE"), index=True)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    original_name: Mapped[str] = mapped_column(Text)
    size: Mapped[int] = mapped_column(Integer)
    media_type: Mapped[str] = mapped_column(String(100), default="application/octet-stream")
    number: Mapped[str] = mapped_column(String(100), default="")
    issued_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    issuer: Mapped[str] = mapped_column(Text, default="")
    title: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    added_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    __table_args__ = (UniqueConstraint("dossier_id", "sha256", name="uq_evidence_dossier_sha256"),)


class EvidenceLink(Base):
    """Which criteria an evidence document proves (many to many)."""

    __tablename__ = "evidence_links"
    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessments.id", ondelete="CASCADE"), primary_key=True)
    evidence_id: Mapped[int] = mapped_column(ForeignKey("evidence.id", ondelete="CASCADE"), primary_key=True,
                                             index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class CouncilMember(Base):
    __tablename__ = "council_members"
    id: Mapped[int] = mapped_column(primary_key=True)
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossiers.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    position: Mapped[str] = mapped_column(Text, default="")
    role: Mapped[str] = mapped_column(String(20), default="thanh_vien")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class Deadline(Base):
    __tablename__ = "deadlines"
    id: Mapped[int] = mapped_column(primary_key=True)
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossiers.id", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(Text)
    due_on: Mapped[dt.date] = mapped_column(Date)
    done_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    __table_args__ = (UniqueConstraint("dossier_id", "key", name="uq_deadlines_dossier_key"),)


class AuditEntry(Base):
    """Append-only history: who changed what, when, from which value to which."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    user: Mapped[str] = mapped_column(String(200), default="")
    dossier_id: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True)
    action: Mapped[str] = mapped_column(String(60))
    target: Mapped[str] = mapped_column(Text, default="")
    field: Mapped[str] = mapped_column(String(100), default="")
    old_value: Mapped[str] = mapped_column(Text, default="")
    new_value: Mapped[str] = mapped_column(Text, default="")
    prev_hash: Mapped[str] = mapped_column(String(64), default="")
    entry_hash: Mapped[str] = mapped_column(String(64), default="")


class DossierVersion(Base):
    """A dossier as it was at a transfer: the local state kept before an import changed it,
    the content of each package imported (the base the next import is compared with) and
    each package written (its submission id and sequence)."""

    __tablename__ = "dossier_versions"
    id: Mapped[int] = mapped_column(primary_key=True)
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossiers.id", ondelete="CASCADE"), index=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    user: Mapped[str] = mapped_column(String(200), default="")
    reason: Mapped[str] = mapped_column(String(40))
    submission_id: Mapped[str] = mapped_column(String(160), default="")
    sequence: Mapped[int] = mapped_column(Integer, default=0)
    package_sha256: Mapped[str] = mapped_column(String(64), default="")
    summary: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    snapshot: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class EvidenceText(Base):
    """What was read from an evidence document: its text (NFC), how (pdf-text, docx, text,
    ocr, none), whether it still needs OCR and how far OCR got, why nothing could be read,
    and the metadata read from its first page with the officer's answer (suggested,
    confirmed, dismissed). The folded text lives in the FTS5 table ``evidence_fts``
    (migration 0004), rowid = evidence id."""

    __tablename__ = "evidence_text"
    evidence_id: Mapped[int] = mapped_column(ForeignKey("evidence.id", ondelete="CASCADE"), primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    kind: Mapped[str] = mapped_column(String(20), default="other")
    method: Mapped[str] = mapped_column(String(20), default="none")
    text: Mapped[str] = mapped_column(Text, default="")
    page_count: Mapped[int] = mapped_column(Integer, default=0)
    pages_done: Mapped[int] = mapped_column(Integer, default=0)
    needs_ocr: Mapped[bool] = mapped_column(Boolean, default=False)
    reason: Mapped[str] = mapped_column(Text, default="")
    metadata_read: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    metadata_state: Mapped[str] = mapped_column(String(20), default="")
    read_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)


class Account(Base):
    """A local account of the optional sign-in. The password is kept only as a scrypt hash
    with the account's own random salt (``scrypt$n$r$p$salt-hex$hash-hex``)."""

    __tablename__ = "accounts"
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(100), unique=True)   # NFC, lower case
    full_name: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(20))
    password_hash: Mapped[str] = mapped_column(String(300))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    last_sign_in: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)


class DossierSeal(Base):
    """A dossier finalised for submission: the digest of its data and evidence at that
    moment. The dossier is read-only while its latest seal is not reopened; reopening keeps
    the row with who reopened it, when and why."""

    __tablename__ = "dossier_seals"
    id: Mapped[int] = mapped_column(primary_key=True)
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossiers.id", ondelete="CASCADE"), index=True)
    sealed_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    sealed_by: Mapped[str] = mapped_column(String(200), default="")
    digest: Mapped[str] = mapped_column(String(64))
    evidence_count: Mapped[int] = mapped_column(Integer, default=0)
    reopened_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    reopened_by: Mapped[str] = mapped_column(String(200), default="")
    reopen_reason: Mapped[str] = mapped_column(Text, default="")


class IssuedDocument(Base):
    """A document of the dossier as it was issued (given its number and date): its PDF and
    DOCX exactly as they left, and the text it printed (to tell whether the dossier changed
    since). Later exports of the document return these files. A new version supersedes the
    previous one, which is kept."""

    __tablename__ = "issued_documents"
    id: Mapped[int] = mapped_column(primary_key=True)
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossiers.id", ondelete="CASCADE"), index=True)
    doc: Mapped[str] = mapped_column(String(40))            # "to-trinh", "bao-cao", …
    version: Mapped[int] = mapped_column(Integer, default=1)
    number: Mapped[str] = mapped_column(String(100), default="")   # "Số: 12/TTr-HĐ" as printed
    issued_on: Mapped[dt.date] = mapped_column(Date)
    issued_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    issued_by: Mapped[str] = mapped_column(String(200), default="")
    pdf: Mapped[bytes] = mapped_column(LargeBinary)
    docx: Mapped[bytes] = mapped_column(LargeBinary)
    pdf_sha256: Mapped[str] = mapped_column(String(64))
    docx_sha256: Mapped[str] = mapped_column(String(64))
    text: Mapped[list[str]] = mapped_column(JSON, default=list)
    superseded_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    superseded_by: Mapped[str] = mapped_column(String(200), default="")
    __table_args__ = (UniqueConstraint("dossier_id", "doc", "version", name="uq_issued_documents_doc_version"),)
