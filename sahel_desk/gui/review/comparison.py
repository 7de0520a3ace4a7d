"""What the review view shows of one item, fetched off the GUI thread in one go.

``desk.review.diff`` gives only the differences; a reviewer reading a first
submission needs the whole record too. So every coded field of the record
under review is listed, and the differences are merged in at their place and
marked as changed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from sahel_desk.gui.review.fields import child_line, claim_name
from sahel_desk.gui.review.text import Said
from sahel_desk.services.readable import CHILD_NOUNS, STATUS_LABELS, label_of
from sahel_desk.services.review_diff import COMPARED
from sahel_desk.store.policy import REVIEWER_ROLES
from sahel_desk.store.records import CommentRecord, IncidentRecord
from sahel_desk.store.review_records import (
    FieldChange,
    PendingRevisionRecord,
    Rejection,
    TimelineEntry,
)

if TYPE_CHECKING:
    from sahel_desk.services.desk import Desk

_SOURCE_COUNTS = ("killed", "injured", "kidnapped", "arrested")
_CLAIM_COUNTS = ("killed", "wounded", "vehicles_seized", "weapons_seized")


@dataclass(frozen=True)
class ComparedField:
    """One line of the comparison; ``field`` is what a comment on it is attached to."""

    field: str
    label: str
    before: Any
    after: Any
    changed: bool


@dataclass(frozen=True)
class ReviewItem:
    record: IncidentRecord
    pending: PendingRevisionRecord | None
    fields: tuple[ComparedField, ...]
    comments: tuple[CommentRecord, ...]
    timeline: tuple[TimelineEntry, ...]
    role: str
    user: str
    approved_before: bool
    started: bool
    rejection: Rejection | None = None

    @property
    def may_decide(self) -> bool:
        return self.role in REVIEWER_ROLES

    @property
    def titles(self) -> tuple[str, str]:
        """Column titles: what the record is compared with, and what it is now."""
        translate = QCoreApplication.translate
        now = translate("ReviewItem", "Now")
        if self.pending is not None:
            return (translate("ReviewItem", "Approved version"),
                    translate("ReviewItem", "Pending revision"))
        if self.approved_before:
            return translate("ReviewItem", "Last approved"), now
        return translate("ReviewItem", "First submission"), now

    @property
    def last_request(self) -> TimelineEntry | None:
        """The latest "changes requested" step, with the reviewer's reason."""
        wanted = STATUS_LABELS["changes_requested"]
        steps = [t for t in self.timeline if t.kind == "status" and t.after == wanted]
        return steps[-1] if steps else None


def load_item(desk: Desk, ref: str, *, start: bool) -> ReviewItem:
    """The record under review with its comparison, comments and timeline.

    With ``start``, a submitted record opened by a reviewer is taken into review.
    """
    role = desk.role
    record = desk.incidents.working_record(ref)
    started = False
    if start and role in REVIEWER_ROLES and record.status == "submitted":
        record = desk.review.start_review(record.id, expected_revision=record.revision)
        started = True
    timeline = tuple(desk.history.timeline(record.id))
    approved = STATUS_LABELS["approved"]
    return ReviewItem(
        record=record, pending=desk.incidents.pending(record.id),
        fields=compare(record, desk.review.diff(record.id)),
        comments=tuple(desk.comments.for_incident(record.id)), timeline=timeline,
        role=role, user=desk.user, started=started,
        approved_before=any(t.kind == "status" and t.field == "status" and not t.on_revision
                            and t.after == approved for t in timeline),
        rejection=desk.review.rejection(record.id) if record.status == "rejected" else None,
    )


def compare(record: IncidentRecord, changes: list[FieldChange]) -> tuple[ComparedField, ...]:
    """Every coded field of ``record``, with ``changes`` in place of their fields."""
    changed = {c.field: c for c in changes if "[" not in c.field}
    values = field_values(record)
    rows: list[ComparedField] = []
    for name in COMPARED:
        if name in changed:
            c = changed[name]
            rows.append(ComparedField(name, c.label, c.before, c.after, True))
        elif values.get(name) not in (None, ""):
            rows.append(ComparedField(name, label_of(name), values[name], values[name], False))
    for child in ("sources", "claims"):
        rows += _child_rows(record, child, [c for c in changes
                                            if c.field.startswith(f"{child}[")])
    return tuple(rows)


def _child_rows(record: IncidentRecord, child: str, changes: list[FieldChange]
                ) -> list[ComparedField]:
    def as_row(c: FieldChange) -> ComparedField:
        return ComparedField(c.field, c.label, c.before, c.after, True)

    rows: list[ComparedField] = []
    items = record.sources if child == "sources" else record.claims
    for i, item in enumerate(items):
        key = f"{child}[{i}]"
        line = source_line(item) if child == "sources" else claim_line(item)
        added = [c for c in changes if c.field == key and c.before is None]
        if added:
            rows += [ComparedField(c.field, c.label, None, line, True) for c in added]
        else:
            rows.append(ComparedField(key, f"{CHILD_NOUNS[child]} {i + 1}", line, line, False))
        rows += [as_row(c) for c in changes if c.field.startswith(f"{key}.")]
    rows += [as_row(c) for c in changes if "." not in c.field and c.after is None]
    return rows


def field_values(record: IncidentRecord) -> dict[str, Any]:
    """The record's fields as a reader sees them: names instead of ids (the diff model
    puts codes and yes/no into words)."""
    place = record.place
    values: dict[str, Any] = {
        name: getattr(record, name) for name in COMPARED if hasattr(record, name)}
    values.update({
        "event_date": _iso(record.event_date),
        "event_date_end": _iso(record.event_date_end),
        "place_id": ", ".join(p for p in (place.name, place.admin1, place.country_code) if p)
        if place else None,
        "actor1": record.actor1.name if record.actor1 else None,
        "actor2": record.actor2.name if record.actor2 else None,
        "assoc_actor_1": "; ".join(a.name for a in record.assoc_actor_1) or None,
        "assoc_actor_2": "; ".join(a.name for a in record.assoc_actor_2) or None,
        "tags": ", ".join(record.tags) or None,
    })
    return values


def source_line(source: Any) -> Said:
    """A source in one line, in the user's language: its publication, date and the
    numbers it reports."""
    name = source.publication or source.url or source.citation or "?"
    return Said(child_line(name, _iso(source.published), _counts(source, _SOURCE_COUNTS)))


def claim_line(claim: Any) -> Said:
    """A claim in one line: who, where, when, and the numbers it asserts."""
    name = claim_name(claim.claimant.name if claim.claimant else None, claim.channel)
    return Said(child_line(name, _iso(claim.claim_date) or claim.date_written,
                           _counts(claim, _CLAIM_COUNTS)))


def _counts(item: Any, counts: tuple[str, ...]) -> list[tuple[str, int]]:
    return [(k.replace("_", " "), getattr(item, k)) for k in counts
            if getattr(item, k) is not None]


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None

