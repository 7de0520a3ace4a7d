"""The storage model (SQLAlchemy 2, no Qt). Services map these to plain dataclasses."""

from sahel_desk.model.base import Base, new_id, utcnow
from sahel_desk.model.history import Comment, HistoryEntry
from sahel_desk.model.incident import (
    ACTOR_ROLES,
    Claim,
    Incident,
    IncidentActor,
    IncidentTag,
    Source,
)
from sahel_desk.model.reference import Actor, ActorAlias, Place, PlaceName

__all__ = [
    "ACTOR_ROLES",
    "Actor",
    "ActorAlias",
    "Base",
    "Claim",
    "Comment",
    "HistoryEntry",
    "Incident",
    "IncidentActor",
    "IncidentTag",
    "Place",
    "PlaceName",
    "Source",
    "new_id",
    "utcnow",
]
