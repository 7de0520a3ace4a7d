"""Declarative base and shared column helpers for the storage model.

Timestamps are stored as naive UTC so that SQLite and PostgreSQL read back the
same values; ids that travel between desks are UUID strings.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from sqlalchemy import MetaData
from sqlalchemy.orm import DeclarativeBase

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def new_id() -> str:
    return str(uuid.uuid4())


def utcnow() -> datetime:
    """Current UTC time without tzinfo (see the module docstring)."""
    return datetime.now(UTC).replace(tzinfo=None)
