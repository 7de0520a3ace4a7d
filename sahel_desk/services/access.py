"""Who may do what. Roles are checked here, in the service layer, so the GUI,
the command line and scripts all obey the same rules.

- **researcher**: codes incidents, edits any record that is not approved, saves
  drafts and submits (draft or changes requested -> submitted); edits of an
  approved incident become its pending revision.
- **reviewer**: everything a researcher does, plus the review decisions (start
  review, request changes, approve, reject, reopen, discard a revision) and
  writing published data directly (imports of approved data, ``direct=True``
  updates, saving a record in a state only a reviewer may set).
- **administrator**: everything a reviewer does, plus creating profiles and
  changing roles.

A user without a profile (the CLI's ``--user``, the login name, ``system``)
is a researcher. A desk with no profile at all is a single-person desk: the
review decisions still need a reviewer's profile, but published data may be
written by anyone, so scripts, ``demo`` and imports keep working there.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sahel_desk.errors import PermissionDeniedError
from sahel_desk.model import Profile

DEFAULT_ROLE = "researcher"
REVIEWER_ROLES = frozenset({"reviewer", "administrator"})
#: states anyone may save a record in; the others are reviewers' decisions
OPEN_STATUSES = frozenset({"draft", "submitted"})
#: states a researcher may move a record out of by saving it
RESEARCHER_STATUSES = frozenset({"draft", "submitted", "changes_requested"})


def profiles_exist(session: Session) -> bool:
    return bool(session.scalar(select(func.count(Profile.id))))


def role_of(session: Session, user: str) -> str:
    role = session.scalar(select(Profile.role).where(Profile.name == user))
    return role or DEFAULT_ROLE


def may_publish(session: Session, user: str) -> bool:
    """Whether the user may write approved data without a review step."""
    return role_of(session, user) in REVIEWER_ROLES or not profiles_exist(session)


def require_reviewer(session: Session, user: str, action: str) -> None:
    role = role_of(session, user)
    if role in REVIEWER_ROLES:
        return
    hint = "" if profiles_exist(session) else (
        " This desk has no profiles yet: add one with the reviewer or administrator role.")
    raise PermissionDeniedError(
        f"{user} is a {role} and may not {action}; reviewers and administrators may.{hint}")


def require_administrator(session: Session, user: str, action: str) -> None:
    role = role_of(session, user)
    if role != "administrator":
        raise PermissionDeniedError(
            f"{user} is a {role} and may not {action}; only administrators may.")


def require_publisher(session: Session, user: str, action: str) -> None:
    if not may_publish(session, user):
        raise PermissionDeniedError(
            f"{user} is a {role_of(session, user)} and may not {action}; reviewers and "
            "administrators may.")


def check_status_write(session: Session, user: str, old: str | None, new: str) -> None:
    """A save may move a record between draft and submitted; other states are decisions."""
    if old == new:
        return
    if new in OPEN_STATUSES and (old is None or old in RESEARCHER_STATUSES):
        return
    before = "a new record" if old is None else f"a record from {old}"
    require_publisher(session, user, f"save {before} as {new} (use the review steps)")
