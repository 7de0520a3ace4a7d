"""Reading history (raw entries, or a readable timeline), reverting to an earlier
point, and the comment threads on incidents."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sahel_desk.errors import FieldError, NotFoundError, ValidationError
from sahel_desk.model import Comment, HistoryEntry, Incident, utcnow
from sahel_desk.store import policy
from sahel_desk.store.history import decode
from sahel_desk.store.records import CommentRecord, HistoryRecord, IncidentRecord
from sahel_desk.store.review_records import TimelineEntry
from sahel_desk.store.state import DEFAULT_STATE
from sahel_desk.text.message import Text

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

    def timeline(self, ref: str) -> list[TimelineEntry]:
        """Field changes, review steps (of the incident and its pending revisions) and
        comments, in order, with readable values; ``entry_id`` is what a revert takes."""
        from sahel_desk.services.timeline import build_timeline

        with self.desk.db.read() as session:
            return build_timeline(session, _incident_id(session, ref))

    def revert_field(self, ref: str, field: str, to_entry: int, *,
                     reason: str | None = None) -> IncidentRecord:
        """Set one field back to its value just after history entry ``to_entry``.

        Saved as an ordinary update (so on an approved incident it goes to the
        pending revision), recorded with a reason naming the time reverted to.
        """
        if field not in DEFAULT_STATE or field == "status":
            raise ValidationError([FieldError("field", Text("'{field}' cannot be reverted (use "
                                                            "a field of the incident; the "
                                                            "status changes through the review "
                                                            "steps)",
                                                            field=field))], what="revert")
        return self._revert(ref, to_entry, reason, field)

    def revert_record(self, ref: str, to_entry: int, *, reason: str | None = None
                      ) -> IncidentRecord:
        """Set every field (not the review status) back to just after ``to_entry``."""
        return self._revert(ref, to_entry, reason, None)

    def _revert(self, ref: str, to_entry: int, reason: str | None, field: str | None
                ) -> IncidentRecord:
        from sahel_desk.services.replay import point_of, working_state_at
        from sahel_desk.store import revisions

        with self.desk.db.read() as session:
            inc = self.desk.store.load(session, ref)
            at = point_of(session, inc, to_entry).at
            target = working_state_at(session, inc, to_entry)
            pending = revisions.find(session, inc.id)
            current = pending.revision if pending else inc.revision
            incident_id = inc.id
        changes: dict[str, Any] = (
            {field: target.get(field)} if field else
            {k: v for k, v in target.items() if k != "status" and k in DEFAULT_STATE})
        what = f"{field} " if field else ""
        reason = reason or f"revert {what}to {at:%Y-%m-%d %H:%M:%S}"
        return self.desk.incidents.update(incident_id, changes, expected_revision=current,
                                          reason=reason)

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
            raise ValidationError([FieldError("text", Text("a comment cannot be empty"))],
                                  "comment")
        with self.desk.db.write() as session:
            incident_id = _incident_id(session, incident_ref)
            policy.require(session, self.desk.user, policy.Action.COMMENT,
                           Text("comment on {incident}", incident=incident_ref))
            if parent_id is not None:
                parent = session.get(Comment, parent_id)
                if parent is None or parent.incident_id != incident_id:
                    raise ValidationError([FieldError(
                        "parent_id", Text("there is no comment '{comment}' on {incident} to answer",
                                          comment=parent_id, incident=incident_ref))],
                        "comment")
            comment = Comment(incident_id=incident_id, field=field,
                              parent_id=parent_id, user=self.desk.user, text=text.strip())
            session.add(comment)
            session.flush()
            return _comment(comment)

    def resolve(self, comment_id: str, resolved: bool = True) -> CommentRecord:
        """Mark a comment (thread) resolved, or open it again; who and when are kept."""
        with self.desk.db.write() as session:
            comment = session.get(Comment, comment_id)
            if comment is None:
                raise NotFoundError(Text("There is no comment '{comment_id}'.",
                                         comment_id=comment_id))
            if comment.user != self.desk.user:
                policy.require(session, self.desk.user, policy.Action.RESOLVE_OTHERS_COMMENT,
                               (Text("resolve a comment by {user}", user=comment.user)
                                if resolved else
                                Text("reopen a comment by {user}", user=comment.user)))
            else:
                policy.require(session, self.desk.user, policy.Action.RESOLVE_OWN_COMMENT,
                               Text("resolve your comment") if resolved
                               else Text("reopen your comment"))
            comment.resolved = resolved
            comment.resolved_by = self.desk.user if resolved else None
            comment.resolved_at = utcnow() if resolved else None
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
                         c.resolved, c.resolved_by, c.resolved_at)


def _incident_id(session: Session, ref: str) -> str:
    found: str | None = session.scalar(select(Incident.id).where(
        (Incident.id == ref) | (Incident.human_id == ref) | (Incident.acled_event_id == ref)))
    if found is None:
        # A deleted incident keeps its history under its id.
        if session.scalar(select(HistoryEntry.id).where(HistoryEntry.incident_id == ref)):
            return ref
        raise NotFoundError(Text("There is no incident '{ref}'.", ref=ref))
    return found
