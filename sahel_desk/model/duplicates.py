"""Pairs of incidents a person said are not the same event."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from sahel_desk.model.base import Base, utcnow


class DuplicateDismissal(Base):
    """Two incidents that look alike but are two events: never proposed again.

    The pair is kept with the smaller id first, so it has one row whichever way
    it was named. No foreign keys: a dismissal may arrive in a bundle before the
    incidents it names, and stays harmless after one is deleted.
    """

    __tablename__ = "duplicate_dismissal"

    incident_a: Mapped[str] = mapped_column(String(36), primary_key=True)
    incident_b: Mapped[str] = mapped_column(String(36), primary_key=True, index=True)
    dismissed_by: Mapped[str] = mapped_column(String(100))
    dismissed_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    #: when this desk stored it (a received one keeps the sender's ``dismissed_at``):
    #: what a bundle "since last time" selects by, so that it forwards received ones too
    recorded_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    reason: Mapped[str | None] = mapped_column(Text)
