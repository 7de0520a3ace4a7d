"""Reading history, and the comment threads on incidents."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select

from sahel_desk.errors import FieldError, NotFoundError, ValidationError
from sahel_desk.model import Comment, HistoryEntry, Incident
from sahel_desk.services.history_writer import decode
from sahel_desk.services.records import CommentRecord, HistoryRecord

if TYPE_CHECKING:
    from sahel_desk.services.desk import Desk


def _record(entry: HistoryEntry) -> HistoryRecord:
    return HistoryRecord(
        id=entry.id, change_id=entry.change_id, incident_id=entry.incident_id,
        entity=entry.entity, entity_id=entry.entity_id, field=entry.field,
        old_value=decode(entry.old_value), new_value=decode(entry.new_value), user=entry.user,
        at=entry.at, reason=entry.reason,
    )


class HistoryService:
    def __init__(self, desk: Desk):
        self.desk = desk

    def for_incident(self, ref: str) -> list[HistoryRecord]:
        """Every change to an incident and its children, oldest first."""
        with self.desk.db.read() as session:
            incident_id = _incident_id(session, ref)
            entries = session.scalars(
                select(HistoryEntry).where(HistoryEntry.incident_id == incident_id)
                .order_by(HistoryEntry.id)
            )
            return [_record(e) for e in entries]

    def for_entity(self, entity: str, entity_id: str) -> list[HistoryRecord]:
        with self.desk.db.read() as session:
            entries = session.scalars(
                select(HistoryEntry).where(HistoryEntry.entity == entity,
                                           HistoryEntry.entity_id == entity_id)
                .order_by(HistoryEntry.id)
            )
            return [_record(e) for e in entries]


class CommentService:
    def __init__(self, desk: Desk):
        self.desk = desk

    def add(self, incident_ref: str, text: str, *, field: str | None = None,
            parent_id: str | None = None) -> CommentRecord:
        if not (text or "").strip():
            raise ValidationError([FieldError("text", "a comment cannot be empty")], "comment")
        with self.desk.db.write() as session:
            comment = Comment(incident_id=_incident_id(session, incident_ref), field=field,
                              parent_id=parent_id, user=self.desk.user, text=text.strip())
            session.add(comment)
            session.flush()
            return _comment(comment)

    def for_incident(self, incident_ref: str) -> list[CommentRecord]:
        with self.desk.db.read() as session:
            incident_id = _incident_id(session, incident_ref)
            rows = session.scalars(select(Comment).where(Comment.incident_id == incident_id)
                                   .order_by(Comment.at, Comment.id))
            return [_comment(c) for c in rows]


def _comment(c: Comment) -> CommentRecord:
    return CommentRecord(c.id, c.incident_id, c.field, c.parent_id, c.user, c.at, c.text,
                         c.resolved)


def _incident_id(session, ref: str) -> str:
    found = session.scalar(select(Incident.id).where(
        (Incident.id == ref) | (Incident.human_id == ref) | (Incident.acled_event_id == ref)))
    if found is None:
        # A deleted incident keeps its history under its id.
        if session.scalar(select(HistoryEntry.id).where(HistoryEntry.incident_id == ref)):
            return ref
        raise NotFoundError(f"There is no incident '{ref}'.")
    return found
