"""Actors and places: the reference data incidents point at."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from sahel_desk.model.base import Base, new_id, utcnow


class Actor(Base):
    __tablename__ = "actor"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(300), unique=True)
    actor_type: Mapped[int] = mapped_column(Integer)
    parent_id: Mapped[str | None] = mapped_column(ForeignKey("actor.id"), index=True)
    valid_from: Mapped[date | None] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)
    country: Mapped[str | None] = mapped_column(String(3))
    #: dated variants of one actor share a family (Military Forces of Mali (2013-2020), ...)
    family: Mapped[str | None] = mapped_column(String(300), index=True)
    description: Mapped[str | None] = mapped_column(Text)
    merged_into_id: Mapped[str | None] = mapped_column(ForeignKey("actor.id"))
    created_by: Mapped[str] = mapped_column(String(100), default="system")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    aliases: Mapped[list[ActorAlias]] = relationship(
        back_populates="actor", cascade="all, delete-orphan", order_by="ActorAlias.id"
    )


class ActorAlias(Base):
    __tablename__ = "actor_alias"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    actor_id: Mapped[str] = mapped_column(ForeignKey("actor.id", ondelete="CASCADE"), index=True)
    alias: Mapped[str] = mapped_column(String(300))
    language: Mapped[str | None] = mapped_column(String(8))
    folded: Mapped[str] = mapped_column(String(300), index=True)

    actor: Mapped[Actor] = relationship(back_populates="aliases")


class Place(Base):
    __tablename__ = "place"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    geonames_id: Mapped[int | None] = mapped_column(Integer, unique=True)
    name: Mapped[str] = mapped_column(String(200))
    ascii_name: Mapped[str] = mapped_column(String(200), default="")
    country_code: Mapped[str] = mapped_column(String(2), index=True)
    admin1: Mapped[str | None] = mapped_column(String(200), index=True)
    admin2: Mapped[str | None] = mapped_column(String(200))
    admin3: Mapped[str | None] = mapped_column(String(200))
    latitude: Mapped[float] = mapped_column(Float)
    longitude: Mapped[float] = mapped_column(Float)
    feature_class: Mapped[str | None] = mapped_column(String(1))
    feature_code: Mapped[str | None] = mapped_column(String(10))
    population: Mapped[int] = mapped_column(Integer, default=0)
    #: geonames, starter (shipped) or custom (added by a researcher)
    origin: Mapped[str] = mapped_column(String(10), default="custom")
    added_by: Mapped[str | None] = mapped_column(String(100))
    #: a researcher edited this entry: a GeoNames re-import must leave it alone
    edited: Mapped[bool] = mapped_column(default=False)
    #: counts changes to the name, country, admin units or coordinates, so incidents
    #: coded from an earlier version can say their place changed (store/location.py)
    location_version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    names: Mapped[list[PlaceName]] = relationship(
        back_populates="place", cascade="all, delete-orphan", order_by="PlaceName.id"
    )


class PlaceName(Base):
    __tablename__ = "place_name"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    place_id: Mapped[str] = mapped_column(ForeignKey("place.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(300))
    folded: Mapped[str] = mapped_column(String(300), index=True)

    place: Mapped[Place] = relationship(back_populates="names")
