"""Incidents and their children: actors in roles, tags, sources and claims."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from sahel_desk.model.base import Base, new_id, utcnow
from sahel_desk.model.reference import Actor, Place

ACTOR_ROLES = ("actor1", "assoc_actor_1", "actor2", "assoc_actor_2")


class Incident(Base):
    __tablename__ = "incident"
    __table_args__ = (
        Index("ix_incident_event_date", "event_date"),
        Index("ix_incident_status_date", "status", "event_date"),
        # What finding duplicates blocks on (store/duplicates.py): a country's days in
        # order, with everything the block compares read from the index alone.
        Index("ix_incident_duplicate_block", "country_code", "event_date", "latitude",
              "longitude", "geo_precision", "time_precision", "event_date_end", "admin1",
              "id"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    human_id: Mapped[str] = mapped_column(String(40), unique=True)
    acled_event_id: Mapped[str | None] = mapped_column(String(40), unique=True)
    acled_timestamp: Mapped[int | None] = mapped_column(Integer)
    #: the ACLED import (its change id) that last read this event from a file: events
    #: read from one ACLED file were kept apart by ACLED's editors (duplicates/scoring.py)
    acled_dataset: Mapped[str | None] = mapped_column(String(36))

    event_date: Mapped[date | None] = mapped_column(Date)
    event_date_end: Mapped[date | None] = mapped_column(Date)
    time_precision: Mapped[int | None] = mapped_column(Integer)

    event_type: Mapped[str | None] = mapped_column(String(60), index=True)
    sub_event_type: Mapped[str | None] = mapped_column(String(60))

    place_id: Mapped[str | None] = mapped_column(ForeignKey("place.id"), index=True)
    # The location as coded (store/location.py): the incident's own, whatever its place
    # later becomes in the gazetteer.
    location: Mapped[str | None] = mapped_column(String(200))
    country_code: Mapped[str | None] = mapped_column(String(2))
    admin1: Mapped[str | None] = mapped_column(String(200))
    admin2: Mapped[str | None] = mapped_column(String(200))
    admin3: Mapped[str | None] = mapped_column(String(200))
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    #: the place's location_version this incident's location was last taken from or
    #: compared with (None until the store sets it on the next write)
    place_version: Mapped[int | None] = mapped_column(Integer)
    geo_precision: Mapped[int | None] = mapped_column(Integer)
    near: Mapped[bool] = mapped_column(Boolean, default=False)

    fatalities: Mapped[int | None] = mapped_column(Integer)
    fatalities_low: Mapped[int | None] = mapped_column(Integer)
    fatalities_high: Mapped[int | None] = mapped_column(Integer)
    injured: Mapped[int | None] = mapped_column(Integer)
    kidnapped: Mapped[int | None] = mapped_column(Integer)
    arrested: Mapped[int | None] = mapped_column(Integer)

    attack_type: Mapped[str | None] = mapped_column(String(60))
    target_type: Mapped[str | None] = mapped_column(String(60))
    weapon_type: Mapped[str | None] = mapped_column(String(60))
    suicide: Mapped[bool | None] = mapped_column(Boolean)
    property_damage: Mapped[str | None] = mapped_column(String(10))
    seized_vehicles: Mapped[int | None] = mapped_column(Integer)
    seized_weapons: Mapped[int | None] = mapped_column(Integer)
    items_seized: Mapped[str | None] = mapped_column(Text)

    notes: Mapped[str] = mapped_column(Text, default="")
    #: folded text of notes, tags, sources and claims, kept by the service for free-text search
    search_text: Mapped[str] = mapped_column(Text, default="", server_default="")
    status: Mapped[str] = mapped_column(String(20), default="draft")

    # Copies of names for the list's sorting and display (see services/list_columns.py).
    list_actor1: Mapped[str | None] = mapped_column(String(300), index=True)
    list_actor2: Mapped[str | None] = mapped_column(String(300), index=True)
    list_location: Mapped[str | None] = mapped_column(String(300), index=True)
    list_admin1: Mapped[str | None] = mapped_column(String(300), index=True)
    list_country: Mapped[str | None] = mapped_column(String(2), index=True)

    created_by: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_by: Mapped[str] = mapped_column(String(100))
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    revision: Mapped[int] = mapped_column(Integer, default=1)

    place: Mapped[Place | None] = relationship()
    actor_links: Mapped[list[IncidentActor]] = relationship(
        cascade="all, delete-orphan", order_by="(IncidentActor.role, IncidentActor.position)"
    )
    tags: Mapped[list[IncidentTag]] = relationship(
        cascade="all, delete-orphan", order_by="IncidentTag.tag"
    )
    sources: Mapped[list[Source]] = relationship(
        cascade="all, delete-orphan", order_by="Source.position"
    )
    claims: Mapped[list[Claim]] = relationship(
        cascade="all, delete-orphan", order_by="Claim.position"
    )


class IncidentActor(Base):
    __tablename__ = "incident_actor"
    __table_args__ = (UniqueConstraint("incident_id", "role", "position"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    incident_id: Mapped[str] = mapped_column(
        ForeignKey("incident.id", ondelete="CASCADE"), index=True
    )
    actor_id: Mapped[str] = mapped_column(ForeignKey("actor.id"), index=True)
    role: Mapped[str] = mapped_column(String(20))
    position: Mapped[int] = mapped_column(Integer, default=0)

    actor: Mapped[Actor] = relationship()


class IncidentTag(Base):
    __tablename__ = "incident_tag"

    incident_id: Mapped[str] = mapped_column(
        ForeignKey("incident.id", ondelete="CASCADE"), primary_key=True
    )
    tag: Mapped[str] = mapped_column(String(100), primary_key=True)


class Source(Base):
    __tablename__ = "source"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    incident_id: Mapped[str] = mapped_column(
        ForeignKey("incident.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    publication: Mapped[str] = mapped_column(String(300), default="")
    author: Mapped[str | None] = mapped_column(String(300))
    url: Mapped[str | None] = mapped_column(Text)
    published: Mapped[date | None] = mapped_column(Date)
    language: Mapped[str | None] = mapped_column(String(8))
    source_scale: Mapped[str | None] = mapped_column(String(60))
    reliability: Mapped[str | None] = mapped_column(String(10))
    citation: Mapped[str | None] = mapped_column(Text)
    killed: Mapped[int | None] = mapped_column(Integer)
    injured: Mapped[int | None] = mapped_column(Integer)
    kidnapped: Mapped[int | None] = mapped_column(Integer)
    arrested: Mapped[int | None] = mapped_column(Integer)


class Claim(Base):
    __tablename__ = "claim"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    incident_id: Mapped[str] = mapped_column(
        ForeignKey("incident.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    claimant_id: Mapped[str | None] = mapped_column(ForeignKey("actor.id"), index=True)
    channel: Mapped[str | None] = mapped_column(String(60))
    original_text: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[str | None] = mapped_column(String(8))
    translation: Mapped[str | None] = mapped_column(Text)
    date_written: Mapped[str | None] = mapped_column(String(100))
    claim_date: Mapped[date | None] = mapped_column(Date)
    killed: Mapped[int | None] = mapped_column(Integer)
    wounded: Mapped[int | None] = mapped_column(Integer)
    vehicles_seized: Mapped[int | None] = mapped_column(Integer)
    weapons_seized: Mapped[int | None] = mapped_column(Integer)
    competing: Mapped[bool] = mapped_column(Boolean, default=False)

    claimant: Mapped[Actor | None] = relationship()
