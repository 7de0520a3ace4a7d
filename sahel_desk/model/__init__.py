"""The storage model (SQLAlchemy 2, no Qt). Services map these to plain dataclasses."""

from sahel_desk.model.base import Base, new_id, utcnow
from sahel_desk.model.duplicates import DuplicateDismissal
from sahel_desk.model.exchange import Conflict, DeskIdentity, ExchangePeer
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
from sahel_desk.model.review import ROLES, PendingRevision, Profile

__all__ = [
    "ACTOR_ROLES",
    "ROLES",
    "Actor",
    "ActorAlias",
    "Base",
    "Claim",
    "Comment",
    "Conflict",
    "DeskIdentity",
    "DuplicateDismissal",
    "ExchangePeer",
    "HistoryEntry",
    "Incident",
    "IncidentActor",
    "IncidentTag",
    "PendingRevision",
    "Place",
    "PlaceName",
    "Profile",
    "Source",
    "new_id",
    "utcnow",
]
