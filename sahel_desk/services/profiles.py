"""The people who work on a desk and their roles (``desk.profiles``).

The first profile may be created by anyone (it is how a new desk gets its
administrator); after that only an administrator adds profiles or changes
roles, and the last administrator keeps the role. Changes are in the history
as entity "profile".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sahel_desk.errors import ConflictError, FieldError, NotFoundError, ValidationError
from sahel_desk.model import ROLES, Profile
from sahel_desk.store import policy
from sahel_desk.store.history import HistoryWriter
from sahel_desk.store.review_records import ProfileRecord
from sahel_desk.text.message import Text

if TYPE_CHECKING:
    from sahel_desk.services.desk import Desk


def _record(profile: Profile) -> ProfileRecord:
    return ProfileRecord(profile.name, profile.role, profile.created_by, profile.created_at)


def _checked_role(role: str) -> str:
    if role not in ROLES:
        raise ValidationError([FieldError("role", Text("'{role}' is not a role (use {roles})",
                                                       role=role, roles=", ".join(ROLES)))],
                              what="profile")
    return role


class ProfileService:
    def __init__(self, desk: Desk):
        self.desk = desk

    def list(self) -> list[ProfileRecord]:
        with self.desk.db.read() as session:
            return [_record(p) for p in session.scalars(select(Profile).order_by(Profile.name))]

    def get(self, name: str) -> ProfileRecord:
        with self.desk.db.read() as session:
            return _record(self._load(session, name))

    def create(self, name: str, role: str) -> ProfileRecord:
        name = (name or "").strip()
        if not name:
            raise ValidationError([FieldError("name", Text("a profile needs a name"))], "profile")
        _checked_role(role)
        with self.desk.db.write() as session:
            if policy.profiles_exist(session):
                policy.require(session, self.desk.user, policy.Action.ADD_PROFILE,
                               Text("add profiles"))
            else:
                policy.require(session, self.desk.user, policy.Action.ADD_FIRST_PROFILE,
                               Text("add the first profile of this desk"))
            if session.scalar(select(Profile.id).where(Profile.name == name)):
                raise ConflictError(Text("There is already a profile called '{name}'.", name=name))
            profile = Profile(name=name, role=role, created_by=self.desk.user)
            session.add(profile)
            HistoryWriter(session, self.desk.user).record("profile", name, "role", None, role)
            session.flush()
            return _record(profile)

    def set_role(self, name: str, role: str) -> ProfileRecord:
        _checked_role(role)
        with self.desk.db.write() as session:
            policy.require(session, self.desk.user, policy.Action.CHANGE_ROLE, Text("change roles"))
            profile = self._load(session, name)
            if profile.role == role:
                return _record(profile)
            if profile.role == "administrator" and self._administrators(session) == 1:
                raise ConflictError(Text("{name} is the last administrator; make someone else "
                                         "administrator first.",
                                         name=name))
            HistoryWriter(session, self.desk.user).record("profile", name, "role",
                                                          profile.role, role)
            profile.role = role
            session.flush()
            return _record(profile)

    def _administrators(self, session: Session) -> int:
        return int(session.scalar(select(func.count(Profile.id))
                                  .where(Profile.role == "administrator")) or 0)

    def _load(self, session: Session, name: str) -> Profile:
        profile = session.scalars(select(Profile).where(Profile.name == name)).first()
        if profile is None:
            raise NotFoundError(Text("There is no profile called '{name}'.", name=name))
        return profile
