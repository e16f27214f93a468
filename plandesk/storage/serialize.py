"""Writes that must not interleave when several PCs share one database server.

Some writes read the table's newest row and append after it (the audit log's hash chain:
each entry carries the hash of the one before). Two PCs doing that at once on a shared
PostgreSQL database would both chain onto the same entry and fork the chain. ``hold`` takes a
transaction-level advisory lock named after what is being appended to: the second PC waits
until the first one's transaction ends (commit or rollback releases it), then reads the new
newest row. On SQLite nothing is needed: the workspace lock keeps other programs out, and a
file has one writer at a time anyway."""
from __future__ import annotations

import hashlib

from sqlalchemy import text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session


def lock_key(name: str) -> int:
    """A stable signed 64-bit key for ``name`` (the advisory lock id space of PostgreSQL)."""
    return int.from_bytes(hashlib.sha256(f"plandesk:{name}".encode()).digest()[:8], "big", signed=True)


def hold(session: Session | Connection, name: str) -> None:
    """Hold the lock called ``name`` until the current transaction ends (PostgreSQL only)."""
    connection = session.connection() if isinstance(session, Session) else session
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": lock_key(name)})


def hold_audit_chain(session: Session) -> None:
    """Before reading the newest audit entry to chain a new one onto it."""
    hold(session, "audit_log")
