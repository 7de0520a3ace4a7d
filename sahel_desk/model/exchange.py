"""What one desk knows of the others: its own identity, its peers, and the
conflicts that merging their changes left for a reviewer.

A desk signs every bundle it writes with its own Ed25519 key. A key met for
the first time is recorded as seen, not trusted: nothing its bundles carry
comes in until an administrator trusts it, as a researcher's or a reviewer's
desk (``trust``), and a revoked key is refused again. A later bundle claiming
to come from a known desk but signed with another key is refused.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from sahel_desk.model.base import Base, new_id, utcnow


class DeskIdentity(Base):
    """This desk: one row, made the first time the desk exchanges anything."""

    __tablename__ = "desk_identity"

    desk_id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    private_key: Mapped[bytes] = mapped_column(LargeBinary)
    public_key: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class ExchangePeer(Base):
    """Another desk: what was last sent to it, and its pinned signing key."""

    __tablename__ = "exchange_peer"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    #: the name a user gives with ``--for``; a peer first met through a bundle is named
    #: after the desk's user and id
    name: Mapped[str] = mapped_column(String(100), unique=True)
    desk_id: Mapped[str | None] = mapped_column(String(36), unique=True)
    public_key: Mapped[bytes | None] = mapped_column(LargeBinary)
    #: the last local history entry sent to this peer (0: nothing yet)
    sent_history_id: Mapped[int] = mapped_column(Integer, default=0)
    sent_at: Mapped[datetime | None] = mapped_column(DateTime)
    received_at: Mapped[datetime | None] = mapped_column(DateTime)
    #: the key's fingerprint as shown to people ("SHA256:" and base64 of its hash)
    fingerprint: Mapped[str | None] = mapped_column(String(60), unique=True)
    #: the user named by the desk's last bundle
    last_user: Mapped[str | None] = mapped_column(String(100))
    #: what its bundles may carry: "none" (seen, not trusted), "researcher",
    #: "reviewer", or "revoked"
    trust: Mapped[str] = mapped_column(String(20), default="none")
    trusted_by: Mapped[str | None] = mapped_column(String(100))
    trusted_at: Mapped[datetime | None] = mapped_column(DateTime)


class Conflict(Base):
    """One field two desks changed differently; the local value stays until resolved."""

    __tablename__ = "conflict"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    #: no foreign key: a conflict may outlive a deleted incident, and stays readable
    incident_id: Mapped[str] = mapped_column(String(36), index=True)
    #: "record" (the incident and its sources and claims) or "revision" (its pending revision)
    part: Mapped[str] = mapped_column(String(20), default="record")
    #: the state key: a field ("fatalities"), or a child field ("sources/<id>/killed")
    path: Mapped[str] = mapped_column(String(200))
    base_value: Mapped[str | None] = mapped_column(Text)
    local_value: Mapped[str | None] = mapped_column(Text)
    remote_value: Mapped[str | None] = mapped_column(Text)
    remote_user: Mapped[str | None] = mapped_column(String(100))
    remote_desk: Mapped[str | None] = mapped_column(String(100))
    remote_at: Mapped[datetime | None] = mapped_column(DateTime)
    found_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    resolved_by: Mapped[str | None] = mapped_column(String(100))
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime)
    resolution: Mapped[str | None] = mapped_column(Text)
