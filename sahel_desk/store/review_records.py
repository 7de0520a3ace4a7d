"""Plain records of the review workflow: profiles, pending revisions, the queue,
differences and the history timeline. Frozen, so they can cross threads."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from typing import Any


@dataclasses.dataclass(frozen=True)
class ProfileRecord:
    name: str
    role: str
    created_by: str
    created_at: datetime


@dataclasses.dataclass(frozen=True)
class PendingRevisionRecord:
    """An approved incident's edits waiting for approval (the row keeps the approved ones)."""

    id: str
    incident_id: str
    human_id: str
    status: str
    revision: int
    base_revision: int
    created_by: str
    created_at: datetime
    updated_by: str
    updated_at: datetime


@dataclasses.dataclass(frozen=True)
class Rejection:
    reason_code: str
    reason: str
    duplicate_of: str | None
    duplicate_of_human_id: str | None
    rejected_by: str
    rejected_at: datetime


@dataclasses.dataclass(frozen=True)
class QueueRow:
    """One item waiting for someone: an incident, or the pending revision of one.

    For a revision the descriptive columns are the approved version's.
    """

    incident_id: str
    human_id: str
    kind: str  # "incident" or "revision"
    status: str
    revision: int
    event_date: date | None
    event_type: str | None
    actor1: str | None
    location: str | None
    fatalities: int | None
    coded_by: str
    submitted_by: str | None
    state_by: str
    waiting_since: datetime


@dataclasses.dataclass(frozen=True)
class ReviewQueue:
    rows: tuple[QueueRow, ...]
    total: int
    #: "submitted", "in_review", "revision_submitted", "revision_in_review"
    counts: dict[str, int]


@dataclasses.dataclass(frozen=True)
class FieldChange:
    """One difference, with readable values (names, not ids).

    ``field`` is named the way validation names fields: ``fatalities``,
    ``sources[1].killed``, ``claims[0]`` for a whole claim added or removed.
    """

    field: str
    label: str
    before: Any
    after: Any


@dataclasses.dataclass(frozen=True)
class TimelineEntry:
    """One line of an incident's timeline.

    ``kind`` is "created", "change", "status", "deleted", "comment" or
    "resolved"; ``on_revision`` marks changes to a pending revision. ``entry_id``
    is the history entry to pass to a revert (None for comments).
    """

    at: datetime
    user: str
    kind: str
    field: str | None
    label: str
    before: Any
    after: Any
    reason: str | None
    on_revision: bool = False
    entry_id: int | None = None
    change_id: str | None = None
    comment_id: str | None = None
    parent_id: str | None = None
    resolved: bool = False
