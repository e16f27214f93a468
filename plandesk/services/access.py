"""Enforcing the roles and the seals, in the service layer, whatever the window shows.

Each service entry that changes data names its :class:`Action` and calls :func:`authorize`
(in its transaction, before it changes anything) or :func:`require` (before work that comes
ahead of the transaction, such as copying files): an action the signed-in role does not
allow, or a change to a finalised dossier, raises before anything is written. The audit log
only records what was authorised; ``tests/safety/test_authorisation.py`` walks every service
method that writes and checks that a refused user leaves the workspace as it was."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from plandesk.domain.access import Action, Actor, Permission, Role, allowed_when_sealed, allows, needed_permission
from plandesk.domain.messages import msg
from plandesk.domain.text import format_date_short
from plandesk.storage import orm
from plandesk.storage.workspace import Workspace

from .errors import ServiceError


class AccessDenied(ServiceError):
    """The signed-in account's role does not allow the action (or nobody is signed in)."""


class DossierSealed(ServiceError):
    """The dossier is finalised: it must be reopened by a leader before it can change."""


class Identity:
    """Who is using this open workspace; shared by all the services of one window or
    command, so signing in (or out) changes it for all of them at once."""

    def __init__(self, actor: Actor | None = None):
        self.actor = actor or Actor()

    @classmethod
    def of(cls, user: str | Identity | Actor) -> Identity:
        if isinstance(user, Identity):
            return user
        if isinstance(user, Actor):
            return cls(user)
        return cls(Actor(name=user or ""))

    @property
    def name(self) -> str:
        return self.actor.name

    def rename(self, name: str) -> None:
        """The name written in the history when nobody is signed in (a setting of the PC)."""
        if not self.actor.signed_in:
            self.actor = Actor(name=name)


class ActingService:
    """Base of the services that change data: who acts for them."""

    identity: Identity

    @property
    def user(self) -> str:
        return self.identity.actor.name

    @property
    def actor(self) -> Actor:
        return self.identity.actor


def sign_in_enabled(session: Session) -> bool:
    return bool(session.scalar(select(exists().where(orm.Account.active.is_(True)))))


def current_seal(session: Session, dossier_id: int) -> orm.DossierSeal | None:
    """The dossier's seal in force (its latest, not reopened), or None."""
    seal = session.scalars(select(orm.DossierSeal).where(orm.DossierSeal.dossier_id == dossier_id)
                           .order_by(orm.DossierSeal.id.desc()).limit(1)).first()
    return seal if seal is not None and seal.reopened_at is None else None


@dataclass(frozen=True)
class Grant:
    """What the actor may do now, for the window to show (the services check again)."""

    sign_in: bool
    role: Role | None

    def allows(self, permission: Permission) -> bool:
        return not self.sign_in or allows(self.role, permission)


def grant(session: Session, actor: Actor) -> Grant:
    if not sign_in_enabled(session):
        return Grant(False, None)
    account = session.get(orm.Account, actor.account_id) if actor.account_id is not None else None
    role = Role(account.role) if account is not None and account.active else None
    return Grant(True, role)


def authorize(session: Session, actor: Actor, action: Action, dossier_id: int | None = None, *,
              field: str = "", old: Any = None, new: Any = None) -> None:
    """Raise unless the actor may do ``action`` now (on ``dossier_id``, when it concerns one).
    ``field``, ``old`` and ``new`` describe the change to come where the permission depends
    on it (a decision changed needs DECIDE; the review alone reaches a finalised dossier).
    The role is read from the database each time, so a role changed or an account disabled
    takes effect at once."""
    permission = needed_permission(action, field, old, new)
    current = grant(session, actor)
    if not current.allows(permission):
        if current.role is None:
            raise AccessDenied(msg("access.sign_in_needed", permission=msg(permission.key)))
        raise AccessDenied(msg("access.role_refused", account=actor.name, role=msg(current.role.key),
                               permission=msg(permission.key)))
    if dossier_id is not None and permission is not Permission.READ and not allowed_when_sealed(action, field):
        seal = current_seal(session, dossier_id)
        if seal is not None:
            when = format_date_short(seal.sealed_at.date())
            raise DossierSealed(msg("access.sealed", date=when,
                                    sealed_by=seal.sealed_by or msg("access.sealed_by_unknown")))


def require(workspace: Workspace, actor: Actor, action: Action, dossier_id: int | None = None, *,
            new: Any = None) -> None:
    """:func:`authorize` in a read-only session of its own, before work that precedes the
    transaction (e.g. copying evidence files)."""
    with workspace.sessions() as session:
        authorize(session, actor, action, dossier_id, new=new)


def now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)
