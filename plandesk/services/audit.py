"""The audit log: one entry per user action, chained by hash so an edited or deleted row is
detected (each entry carries the hash of the previous one). It records; it does not decide:
each service authorises its action before changing anything (``access.authorize``)."""
from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from plandesk.domain.access import ACCOUNT_ACTIONS, Action, Actor
from plandesk.storage.anchor import ACCOUNTS_KEY, HEAD_KEY, ChainHead
from plandesk.storage.orm import AuditEntry
from plandesk.storage.serialize import hold_audit_chain


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def entry_digest(prev_hash: str, at: dt.datetime, user: str, dossier_id: int | None, action: str,
                 target: str, field: str, old: str, new: str) -> str:
    payload = json.dumps([prev_hash, at.isoformat(), user, dossier_id, action, target, field, old, new],
                         ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def record(session: Session, *, actor: Actor, dossier_id: int | None, action: Action, target: str = "",
           field: str = "", old: Any = None, new: Any = None) -> AuditEntry:
    """Append one entry to the chain, in the caller's transaction (which has authorised the
    action already)."""
    user = actor.name
    hold_audit_chain(session)  # another PC on a shared server waits here: one chain, never a fork
    prev_hash = session.scalar(select(AuditEntry.entry_hash).order_by(AuditEntry.id.desc()).limit(1)) or ""
    at = dt.datetime.now().replace(microsecond=0)
    old_text, new_text = _text(old), _text(new)
    entry = AuditEntry(at=at, user=user, dossier_id=dossier_id, action=action.value, target=target, field=field,
                       old_value=old_text, new_value=new_text, prev_hash=prev_hash,
                       entry_hash=entry_digest(prev_hash, at, user, dossier_id, action.value, target, field,
                                               old_text, new_text))
    session.add(entry)
    session.flush()
    # the anchor outside the database follows the chain once this transaction commits
    session.info[HEAD_KEY] = ChainHead(entry.id, entry.entry_hash, at.isoformat())
    if action in ACCOUNT_ACTIONS:
        session.info[ACCOUNTS_KEY] = True
    return entry


def record_many(session: Session, *, actor: Actor, dossier_id: int | None,
                entries: list[tuple[Action, str, str, Any, Any]]) -> list[AuditEntry]:
    """``record`` for several entries of one transaction — ``(action, target, field, old, new)``
    each, chained in that order — with the chain's last entry read once and one flush (an
    attach of many files)."""
    if not entries:
        return []
    user = actor.name
    hold_audit_chain(session)  # another PC on a shared server waits here: one chain, never a fork
    prev_hash = session.scalar(select(AuditEntry.entry_hash).order_by(AuditEntry.id.desc()).limit(1)) or ""
    at = dt.datetime.now().replace(microsecond=0)
    rows = []
    for action, target, field, old, new in entries:
        old_text, new_text = _text(old), _text(new)
        digest = entry_digest(prev_hash, at, user, dossier_id, action.value, target, field, old_text, new_text)
        rows.append(AuditEntry(at=at, user=user, dossier_id=dossier_id, action=action.value, target=target, field=field,
                               old_value=old_text, new_value=new_text, prev_hash=prev_hash, entry_hash=digest))
        prev_hash = digest
    for row in rows:          # one after the other: the ids follow the chain
        session.add(row)
    session.flush()
    session.info[HEAD_KEY] = ChainHead(rows[-1].id, rows[-1].entry_hash, at.isoformat())
    if any(action in ACCOUNT_ACTIONS for action, *_ in entries):
        session.info[ACCOUNTS_KEY] = True
    return rows


def verify_chain(session: Session) -> list[str]:
    """Problems in the chain (an entry edited, removed or inserted out of order)."""
    problems: list[str] = []
    prev = ""
    for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.id)):
        if entry.prev_hash != prev:
            problems.append(f"Nhật ký thay đổi: mục số {entry.id} không nối tiếp mục trước (có mục bị xóa hoặc chèn).")
        digest = entry_digest(entry.prev_hash, entry.at, entry.user, entry.dossier_id, entry.action, entry.target,
                              entry.field, entry.old_value, entry.new_value)
        if digest != entry.entry_hash:
            problems.append(f"Nhật ký thay đổi: mục số {entry.id} đã bị sửa sau khi ghi.")
        prev = entry.entry_hash
    return problems


@dataclass(frozen=True)
class AuditInfo:
    id: int
    at: dt.datetime
    user: str
    action: str
    target: str
    field: str
    old_value: str
    new_value: str
