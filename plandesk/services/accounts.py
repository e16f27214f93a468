"""Local accounts of the optional sign-in: create, change, sign in with lock-out, sign out,
turn sign-in off. Passwords are kept only as scrypt hashes with a random salt per account.

Sign-in is on while at least one account is active. The first account must be a leader's
(lãnh đạo), so someone can always manage the others; the last active leader cannot be
removed or demoted."""
from __future__ import annotations

import datetime as dt
import functools
import hashlib
import hmac
import os
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from plandesk.domain.access import Action, Actor, Role
from plandesk.domain.messages import msg
from plandesk.domain.text import clean, nfc, vietnamese_sort_key
from plandesk.storage import orm
from plandesk.storage.workspace import Workspace

from . import audit, inputs
from .access import ActingService, Grant, Identity, authorize, grant, now, sign_in_enabled
from .errors import InvalidInput, NotFound, ServiceError

SCRYPT_N, SCRYPT_R, SCRYPT_P = 2 ** 14, 8, 1     # 16 MiB, ~50 ms on an old PC
SALT_BYTES = 16
MAX_FAILURES = 5
LOCK_MINUTES = 15
MIN_PASSWORD = 8


def hash_password(password: str, salt: bytes | None = None, n: int = SCRYPT_N, r: int = SCRYPT_R,
                  p: int = SCRYPT_P) -> str:
    salt = os.urandom(SALT_BYTES) if salt is None else salt
    digest = hashlib.scrypt(nfc(password).encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=32)
    return f"scrypt${n}${r}${p}${salt.hex()}${digest.hex()}"


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = hash_password(password, bytes.fromhex(salt), int(n), int(r), int(p))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(expected.rsplit("$", 1)[1], digest)


@functools.cache
def dummy_hash() -> str:
    """Compared against when the user name is unknown, so that a wrong name takes as long as a
    wrong password and does not reveal which names exist (made on first use: a scrypt costs
    ~40 ms, which every command would pay at import)."""
    return hash_password("", b"\0" * SALT_BYTES)


class SignInFailed(ServiceError):
    pass


@dataclass(frozen=True)
class AccountInfo:
    id: int
    username: str
    full_name: str
    role: Role
    active: bool
    locked_until: dt.datetime | None
    last_sign_in: dt.datetime | None

    @property
    def display_name(self) -> str:
        return self.full_name or self.username


def _info(row: orm.Account) -> AccountInfo:
    return AccountInfo(row.id, row.username, row.full_name, Role(row.role), row.active, row.locked_until,
                       row.last_sign_in)


def normalize_username(name: str) -> str:
    return clean(name).lower()


def _check_password(password: str) -> str:
    password = nfc(password)
    if len(password) < MIN_PASSWORD:
        raise InvalidInput(msg("account.password_too_short", length=MIN_PASSWORD))
    if password != password.strip():
        raise InvalidInput(msg("account.password_spaces"))
    return password


class AccountService(ActingService):
    def __init__(self, workspace: Workspace, user: str | Identity = ""):
        self.ws = workspace
        self.identity = Identity.of(user)

    # -- reading ------------------------------------------------------------------------------
    def sign_in_enabled(self) -> bool:
        with self.ws.sessions() as session:
            return sign_in_enabled(session)

    def grant(self) -> Grant:
        """What the current actor may do now (for the window to show; services check again)."""
        with self.ws.sessions() as session:
            return grant(session, self.actor)

    def list_accounts(self) -> list[AccountInfo]:
        with self.ws.sessions() as session:
            rows = [_info(a) for a in session.scalars(select(orm.Account))]
        return sorted(rows, key=lambda a: (not a.active, vietnamese_sort_key(a.display_name)))

    # -- managing -------------------------------------------------------------------------------
    def create(self, username: str, full_name: str, role: Role | str, password: str) -> AccountInfo:
        """A new account. The first one turns sign-in on, must be a leader's, and signs its
        creator in as that leader."""
        username = normalize_username(username)
        full_name = inputs.line(full_name, msg("field.full_name"))
        role = Role.parse(role) if isinstance(role, str) else role
        if not username or any(c.isspace() or not c.isprintable() for c in username):
            raise InvalidInput(msg("account.username_invalid"))
        if len(username) > 100:
            raise InvalidInput(msg("account.username_too_long", length=100))
        password = _check_password(password)
        with self.ws.sessions.begin() as session:
            # while sign-in is off, whoever uses the PC may turn it on
            authorize(session, self.actor, Action.CREATE_ACCOUNT)
            if session.scalar(select(orm.Account.id).where(orm.Account.username == username)) is not None:
                raise InvalidInput(msg("account.exists", account=username))
            first = not sign_in_enabled(session)
            if first and role is not Role.LANH_DAO:
                raise InvalidInput(msg("account.first_must_lead"))
            audit.record(session, actor=self.actor, dossier_id=None, action=Action.CREATE_ACCOUNT, target=username,
                         new={"ho_ten": full_name, "vai_tro": role.value, "bat_dang_nhap": first})
            row = orm.Account(username=username, full_name=full_name, role=role.value,
                              password_hash=hash_password(password), active=True, failed_attempts=0,
                              created_at=now())
            session.add(row)
            session.flush()
            info = _info(row)
        if first:   # whoever turned sign-in on is now signed in as that leader (they just chose the password)
            self.identity.actor = Actor(name=info.display_name, account_id=info.id, role=info.role)
        return info

    def update(self, account_id: int, *, full_name: str | None = None, role: Role | str | None = None,
               active: bool | None = None) -> AccountInfo:
        role = Role.parse(role) if isinstance(role, str) else role
        with self.ws.sessions.begin() as session:
            authorize(session, self.actor, Action.EDIT_ACCOUNT)
            row = self._get(session, account_id)
            changes: dict[str, tuple[Any, Any]] = {}   # (before, after)
            if full_name is not None and inputs.line(full_name, msg("field.full_name")) != row.full_name:
                changes["ho_ten"] = (row.full_name, inputs.line(full_name, msg("field.full_name")))
            if role is not None and role.value != row.role:
                changes["vai_tro"] = (row.role, role.value)
            if active is not None and active != row.active:
                changes["dang_dung"] = (row.active, active)
            if not changes:
                return _info(row)
            audit.record(session, actor=self.actor, dossier_id=None, action=Action.EDIT_ACCOUNT, target=row.username,
                         field=",".join(changes), old={k: v[0] for k, v in changes.items()},
                         new={k: v[1] for k, v in changes.items()})
            if "ho_ten" in changes:
                row.full_name = changes["ho_ten"][1]
            if "vai_tro" in changes:
                row.role = changes["vai_tro"][1]
            if "dang_dung" in changes:
                row.active = changes["dang_dung"][1]
            session.flush()
            self._keep_a_leader(session)
            return _info(row)

    def reset_password(self, account_id: int, password: str) -> None:
        """A leader sets a new password for someone (also lifts a lock-out)."""
        password = _check_password(password)
        with self.ws.sessions.begin() as session:
            authorize(session, self.actor, Action.RESET_PASSWORD)
            row = self._get(session, account_id)
            audit.record(session, actor=self.actor, dossier_id=None, action=Action.RESET_PASSWORD,
                         target=row.username)
            row.password_hash = hash_password(password)
            row.failed_attempts = 0
            row.locked_until = None

    def change_password(self, old_password: str, new_password: str) -> None:
        """The signed-in person changes their own password."""
        if not self.actor.signed_in:
            raise InvalidInput(msg("account.not_signed_in"))
        new_password = _check_password(new_password)
        with self.ws.sessions.begin() as session:
            authorize(session, self.actor, Action.CHANGE_OWN_PASSWORD)
            row = self._get(session, self.actor.account_id)
            if not verify_password(old_password, row.password_hash):
                raise InvalidInput(msg("account.current_password_wrong"))
            audit.record(session, actor=self.actor, dossier_id=None, action=Action.CHANGE_OWN_PASSWORD,
                         target=row.username)
            row.password_hash = hash_password(new_password)

    def disable_sign_in(self) -> None:
        """Turn sign-in off (a single-user PC): every account is kept but deactivated."""
        with self.ws.sessions.begin() as session:
            rows = session.scalars(select(orm.Account).where(orm.Account.active.is_(True))).all()
            if not rows:
                return
            authorize(session, self.actor, Action.DISABLE_SIGN_IN)
            audit.record(session, actor=self.actor, dossier_id=None, action=Action.DISABLE_SIGN_IN,
                         new={"tai_khoan": len(rows)})
            for row in rows:
                row.active = False
        self.identity.actor = Actor(name=self.actor.name)

    # -- signing in ---------------------------------------------------------------------------------
    def sign_in(self, username: str, password: str, at: dt.datetime | None = None) -> Actor:
        """Check the password; after MAX_FAILURES wrong ones in a row the account is locked for
        LOCK_MINUTES. On success the identity of every service becomes this account."""
        at = at or now()
        username = normalize_username(username)
        with self.ws.sessions.begin() as session:
            row = session.scalars(select(orm.Account).where(orm.Account.username == username)).first()
            if row is None or not row.active:
                verify_password(password, dummy_hash())
                raise SignInFailed(msg("account.sign_in_failed"))
            if row.locked_until is not None and row.locked_until > at:
                raise SignInFailed(msg("account.locked", account=username, time=f"{row.locked_until:%H:%M}",
                                       date=f"{row.locked_until:%d/%m/%Y}"))
            if not verify_password(password, row.password_hash):
                row.failed_attempts += 1
                if row.failed_attempts >= MAX_FAILURES:
                    row.locked_until = at + dt.timedelta(minutes=LOCK_MINUTES)
                    row.failed_attempts = 0
                    # nobody's choice, so nobody's permission: whoever typed the passwords
                    audit.record(session, actor=Actor(name=username), dossier_id=None,
                                 action=Action.LOCK_ACCOUNT, target=username,
                                 new={"sai_lien_tiep": MAX_FAILURES, "khoa_den": row.locked_until})
                    message = msg("account.now_locked", account=username, minutes=LOCK_MINUTES,
                                  failures=MAX_FAILURES)
                else:
                    left = MAX_FAILURES - row.failed_attempts
                    message = msg("account.sign_in_failed_tries_left", left=left, minutes=LOCK_MINUTES)
                # the count must be kept even though the sign-in fails: commit, then report
                session.commit()
                raise SignInFailed(message)
            row.failed_attempts = 0
            row.locked_until = None
            row.last_sign_in = at
            actor = Actor(name=row.full_name or row.username, account_id=row.id, role=Role(row.role))
        self.identity.actor = actor
        return actor

    def sign_out(self) -> None:
        self.identity.actor = Actor()

    # -- helpers ----------------------------------------------------------------------------------
    @staticmethod
    def _get(session: Session, account_id: int | None) -> orm.Account:
        row = session.get(orm.Account, account_id) if account_id is not None else None
        if row is None:
            raise NotFound(msg("account.not_found", number=str(account_id)))
        return row

    @staticmethod
    def _keep_a_leader(session: Session) -> None:
        """Refuse a change that leaves accounts but no active leader to manage them."""
        active = session.scalar(select(func.count()).select_from(orm.Account).where(orm.Account.active.is_(True)))
        leaders = session.scalar(select(func.count()).select_from(orm.Account).where(
            orm.Account.active.is_(True), orm.Account.role == Role.LANH_DAO.value))
        if active and not leaders:
            raise InvalidInput(msg("account.last_leader"))

