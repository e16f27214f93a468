"""The audit chain's anchor outside the database: ``plandesk.anchor`` beside it records the
newest entry of the chain (its id and hash) and the accounts with their roles, rewritten
after every commit that added an entry. The chain itself proves that no entry was edited,
removed or inserted in the middle; only something outside the database can show that the
newest entries were removed, or the whole chain rewritten. Backups carry the head too (a
database copy holds its own chain; a full backup and a package write it in their manifest).

The anchor also keeps the leaders' password hashes, so that bringing back a damaged
database — whose accounts cannot be read — still asks a leader's password.

Written to a temporary name and renamed (not flushed to disk: after a power cut it may be one
commit behind, which the check accepts — an anchor behind the chain proves less, never
something false). An anchor never goes back, except when a restore replaces the database
(``force``)."""
from __future__ import annotations

import datetime as dt
import json
import sqlite3
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import event, select
from sqlalchemy.orm import Session, sessionmaker

from plandesk.domain.messages import CodedError, msg
from plandesk.filesafe import atomic_write

from . import orm

ANCHOR_NAME = "plandesk.anchor"
ANCHOR_FORMAT = "plandesk-moc-nhat-ky"
HEAD_KEY = "plandesk_audit_head"          # session.info: the entry (id, hash) this transaction added last
ACCOUNTS_KEY = "plandesk_accounts_changed"  # session.info: the transaction changed an account
_ACCOUNTS_SNAPSHOT = "plandesk_accounts_snapshot"
_WRITE_LOCK = threading.Lock()


@dataclass(frozen=True)
class ChainHead:
    id: int
    hash: str
    at: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "hash": self.hash, "at": self.at}

    @classmethod
    def from_json(cls, data: Any) -> ChainHead | None:
        if not isinstance(data, dict):
            return None
        ident, digest = data.get("id"), data.get("hash")
        if not isinstance(ident, int) or isinstance(ident, bool) or not isinstance(digest, str) or len(digest) != 64:
            return None
        at = data.get("at")
        return cls(ident, digest, at if isinstance(at, str) else "")


@dataclass(frozen=True)
class Anchor:
    head: ChainHead | None
    written: str
    accounts: tuple[dict[str, Any], ...] = ()     # {"username", "role", "active", "password_hash" (leaders only)}
    restored: dict[str, Any] = field(default_factory=dict)   # the last restore that reset the anchor
    pending: dict[str, Any] = field(default_factory=dict)    # a restore under way: {"after": head, "at", "from"}

    @property
    def pending_head(self) -> ChainHead | None:
        """The chain head a restore under way brings (a crash may have left its database)."""
        return ChainHead.from_json(self.pending.get("after")) if self.pending else None

    @property
    def leaders(self) -> list[dict[str, Any]]:
        return [a for a in self.accounts if a.get("role") == "lanh_dao" and a.get("active")
                and isinstance(a.get("password_hash"), str)]


class AnchorUnreadable(CodedError):
    """The anchor file is there but cannot be read as one (what is wrong: its message)."""


def anchor_path(root: Path) -> Path:
    return Path(root) / ANCHOR_NAME


def read_anchor(root: Path) -> Anchor | None:
    """The anchor beside the database; None when there is none; AnchorUnreadable when the
    file is there but is not an anchor."""
    path = anchor_path(root)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise AnchorUnreadable(msg("anchor.unreadable", file=str(path), reason=exc.strerror or str(exc))) from exc
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise AnchorUnreadable(msg("anchor.damaged", file=str(path))) from None
    if not isinstance(data, dict) or data.get("format") != ANCHOR_FORMAT:
        raise AnchorUnreadable(msg("anchor.foreign", file=str(path)))
    accounts = data.get("accounts")
    accounts = tuple(a for a in accounts if isinstance(a, dict) and isinstance(a.get("username"), str)) \
        if isinstance(accounts, list) else ()
    restored, pending = data.get("restored"), data.get("pending")
    restored = restored if isinstance(restored, dict) else {}
    pending = pending if isinstance(pending, dict) else {}
    return Anchor(ChainHead.from_json(data.get("chain")), str(data.get("written", "")), accounts, restored, pending)


def write_anchor(root: Path, head: ChainHead | None, accounts: list[dict[str, Any]] | None = None, *,
                 force: bool = False, restored: dict[str, Any] | None = None,
                 pending: dict[str, Any] | None = None) -> bool:
    """Record ``head`` (and the accounts, when given; else the ones recorded before). An
    older head never replaces a newer one unless ``force`` (a restore). Never raises: an
    anchor that cannot be written is noticed by ``check`` (it says what it cannot prove)."""
    path = anchor_path(root)
    with _WRITE_LOCK:
        try:
            current = read_anchor(root)
        except AnchorUnreadable:
            current = None
        if not force and current is not None and current.head is not None and head is not None \
                and head.id <= current.head.id:
            head = current.head   # another PC's newer entry, or the same: the anchor never goes back
            if accounts is None:
                return False
        if accounts is None:
            accounts = list(current.accounts) if current is not None else []
        data = {"format": ANCHOR_FORMAT, "format_version": 1,
                "written": dt.datetime.now().replace(microsecond=0).isoformat(),
                "chain": head.to_json() if head is not None else None, "accounts": accounts,
                "restored": restored if restored is not None else (current.restored if current and not force
                                                                   else {}),
                "pending": pending if pending is not None else (current.pending if current and not force else {})}
        try:   # not flushed (see above): renamed whole, never half written
            atomic_write(path, json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"), durable=False)
        except OSError:
            return False
    return True


def accounts_of(session: Session) -> list[dict[str, Any]]:
    """The accounts as the anchor keeps them (a leader's password hash with it)."""
    rows = session.execute(select(orm.Account.username, orm.Account.role, orm.Account.active,
                                  orm.Account.password_hash).order_by(orm.Account.username)).all()
    return [{"username": u, "role": r, "active": bool(a), **({"password_hash": h} if r == "lanh_dao" else {})}
            for u, r, a, h in rows]


def install(sessions: sessionmaker[Session], root: Path) -> None:
    """Rewrite the anchor after each commit that added an audit entry (``audit.record``
    puts the entry in ``session.info``)."""

    @event.listens_for(sessions, "before_commit")
    def _accounts(session: Session) -> None:
        if session.info.pop(ACCOUNTS_KEY, False):
            session.info[_ACCOUNTS_SNAPSHOT] = accounts_of(session)   # the changes are flushed by this query

    @event.listens_for(sessions, "after_commit")
    def _write(session: Session) -> None:
        head = session.info.pop(HEAD_KEY, None)
        accounts = session.info.pop(_ACCOUNTS_SNAPSHOT, None)
        if head is not None:
            write_anchor(root, head, accounts)

    @event.listens_for(sessions, "after_rollback")
    def _forget(session: Session) -> None:
        for key in (HEAD_KEY, ACCOUNTS_KEY, _ACCOUNTS_SNAPSHOT):
            session.info.pop(key, None)


def begin_restore(root: Path, after: ChainHead | None, source: str) -> None:
    """Before a restore swaps the database: the anchor keeps the current head and notes the
    head the backup brings, so a crash between the swap and the end of the restore leaves a
    chain the check still recognises."""
    try:
        current = read_anchor(root)
    except AnchorUnreadable:
        current = None
    write_anchor(root, current.head if current is not None else None,
                 list(current.accounts) if current is not None else None, force=True,
                 restored=current.restored if current is not None else {},
                 pending={"after": after.to_json() if after is not None else None, "from": source,
                          "at": dt.datetime.now().replace(microsecond=0).isoformat()})


def reset_after_restore(root: Path, sessions: sessionmaker[Session], source: str) -> None:
    """A restore replaced the database: its chain is the anchor now (the one before is kept
    in the record of the restore)."""
    with sessions() as session:
        head = chain_head(session)
        accounts = accounts_of(session)
    try:
        before = read_anchor(root)
    except AnchorUnreadable:
        before = None
    write_anchor(root, head, accounts, force=True, pending={}, restored={
        "at": dt.datetime.now().replace(microsecond=0).isoformat(), "from": source,
        "previous_head": before.head.to_json() if before is not None and before.head is not None else None})


def chain_head(session: Session) -> ChainHead | None:
    row = session.execute(select(orm.AuditEntry.id, orm.AuditEntry.entry_hash, orm.AuditEntry.at)
                          .order_by(orm.AuditEntry.id.desc()).limit(1)).first()
    return ChainHead(row[0], row[1], row[2].isoformat() if row[2] else "") if row is not None else None


def database_head(path: Path) -> ChainHead | None:
    """The newest audit entry of a database file (a copy in backups/), read without changing
    it; None when it has none or cannot be read."""
    try:
        con = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error:
        return None
    try:
        row = con.execute("SELECT id, entry_hash, at FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    except sqlite3.Error:
        return None
    finally:
        con.close()
    if row is None or not isinstance(row[0], int) or not isinstance(row[1], str) or len(row[1]) != 64:
        return None
    return ChainHead(row[0], row[1], str(row[2] or ""))


def database_entry_hash(path: Path, entry_id: int) -> str | None:
    """The hash of one audit entry of a database file, None when it has no such entry."""
    try:
        con = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error:
        return None
    try:
        row = con.execute("SELECT entry_hash FROM audit_log WHERE id = ?", (entry_id,)).fetchone()
    except sqlite3.Error:
        return None
    finally:
        con.close()
    return row[0] if row else None


def database_accounts(path: Path) -> list[dict[str, Any]] | None:
    """The accounts of a database file (a backup about to be restored), or None when it
    cannot be read."""
    try:
        con = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error:
        return None
    try:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "accounts" not in tables:
            return []
        rows = con.execute("SELECT username, role, active, password_hash FROM accounts").fetchall()
    except sqlite3.Error:
        return None
    finally:
        con.close()
    return [{"username": u, "role": r, "active": bool(a), **({"password_hash": h} if r == "lanh_dao" else {})}
            for u, r, a, h in rows]
