"""An incident's history as a person reads it: every field change, review step
and comment in order, with names instead of ids."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sahel_desk.model import Comment, HistoryEntry
from sahel_desk.services.readable import CHILD_LABELS, CHILD_NOUNS, Readable, label_of
from sahel_desk.services.replay import REVISION_ENTITIES, ROW_ENTITIES
from sahel_desk.store.history import decode
from sahel_desk.store.review_records import TimelineEntry

_ENTITIES = {**ROW_ENTITIES, **REVISION_ENTITIES}


def build_timeline(session: Session, incident_id: str) -> list[TimelineEntry]:
    readable = Readable(session)
    names: dict[str, str] = {}
    keyed: list[tuple[Any, tuple[int, Any], TimelineEntry]] = []
    entries = session.scalars(select(HistoryEntry).where(HistoryEntry.incident_id == incident_id)
                              .order_by(HistoryEntry.id))
    for entry in entries:
        line = _line(readable, names, entry)
        if line is not None:
            keyed.append((entry.at, (0, entry.id), line))
    comments = session.scalars(select(Comment).where(Comment.incident_id == incident_id))
    for comment in comments:
        on = f" on {label_of(comment.field)}" if comment.field else ""
        keyed.append((comment.at, (1, comment.id), TimelineEntry(
            at=comment.at, user=comment.user, kind="comment", field=comment.field,
            label=f"Reply{on}" if comment.parent_id else f"Comment{on}", before=None,
            after=comment.text, reason=None, comment_id=comment.id,
            parent_id=comment.parent_id, resolved=comment.resolved)))
        if comment.resolved and comment.resolved_at is not None:
            keyed.append((comment.resolved_at, (2, comment.id), TimelineEntry(
                at=comment.resolved_at, user=comment.resolved_by or "", kind="resolved",
                field=comment.field, label=f"Comment resolved{on}", before=None,
                after=comment.text, reason=None, comment_id=comment.id,
                parent_id=comment.parent_id, resolved=True)))
    keyed.sort(key=lambda item: (item[0], item[1]))
    return [line for _, _, line in keyed]


def _line(readable: Readable, names: dict[str, str], entry: HistoryEntry
          ) -> TimelineEntry | None:
    if entry.entity not in _ENTITIES:
        return None
    child = _ENTITIES[entry.entity]
    on_revision = entry.entity in REVISION_ENTITIES
    old, new = decode(entry.old_value), decode(entry.new_value)

    def line(kind: str, field: str | None, label: str, before: Any, after: Any
             ) -> TimelineEntry:
        return TimelineEntry(
            at=entry.at, user=entry.user, kind=kind, field=field, label=label, before=before,
            after=after, reason=entry.reason, on_revision=on_revision, entry_id=entry.id,
            change_id=entry.change_id)

    if child is None:
        if entry.field == "*":
            if new is None:
                return line("deleted", None, "Deleted", None, None)
            for key in ("sources", "claims"):
                for row in new.get(key) or []:
                    names[row["id"]] = readable.child_name(key, row)
            label = "Revision started" if on_revision else "Created"
            return line("created", None, label, None, readable.value("status", new.get("status")))
        if entry.field in ("status", "rejection"):
            label = "Revision status" if on_revision and entry.field == "status" else (
                label_of(entry.field))
            return line("status", entry.field, label, readable.value(entry.field, old),
                        readable.value(entry.field, new))
        if entry.field.endswith(".order"):
            key = entry.field.removesuffix(".order")
            return line("change", entry.field, f"Order of {label_of(key).lower()}", None, None)
        return line("change", entry.field, label_of(entry.field),
                    readable.value(entry.field, old), readable.value(entry.field, new))
    noun = CHILD_NOUNS[child]
    if entry.field == "*":
        row = new if new is not None else old
        names[entry.entity_id] = readable.child_name(child, row)
        if new is not None:
            return line("change", child, f"{noun} added", None, readable.child(child, new))
        return line("change", child, f"{noun} removed", readable.child(child, old), None)
    name = names.get(entry.entity_id, "?")
    label = f"{noun} ({name}): {CHILD_LABELS[child].get(entry.field, entry.field)}"
    if child == "sources" and entry.field == "publication" and new:
        names[entry.entity_id] = new
    return line("change", f"{child}.{entry.field}", label,
                readable.child_value(child, entry.field, old),
                readable.child_value(child, entry.field, new))
