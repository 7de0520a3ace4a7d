"""People and their roles, and the pending revisions of approved incidents."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from sahel_desk.model.base import Base, new_id, utcnow

ROLES = ("researcher", "reviewer", "administrator")


class Profile(Base):
    """Someone who works on the desk; the role decides which review steps they may take."""

    __tablename__ = "profile"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    role: Mapped[str] = mapped_column(String(20))
    created_by: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class PendingRevision(Base):
    """Changes to an approved incident waiting for approval.

    The incident row keeps the approved version, so lists and exports never
    see unapproved values; ``state`` holds the whole edited state as JSON.
    """

    __tablename__ = "pending_revision"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    incident_id: Mapped[str] = mapped_column(
        ForeignKey("incident.id", ondelete="CASCADE"), unique=True
    )
    state: Mapped[str] = mapped_column(Text)
    #: the incident revision the edits started from
    base_revision: Mapped[int] = mapped_column(Integer)
    #: the number a stale save is checked against, as an incident's revision
    revision: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(20), default="draft")
    created_by: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_by: Mapped[str] = mapped_column(String(100))
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
