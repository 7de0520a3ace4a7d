"""The review workflow: each step a checked transition, recorded with who, when and why.

States and steps (a step not listed here is refused with a ConflictError):

    draft ──submit──> submitted ──start_review──> in_review
    changes_requested ──submit──> submitted
    submitted | in_review ──request_changes──> changes_requested
    submitted | in_review ──approve──> approved
    draft | submitted | in_review | changes_requested | approved ──reject──> rejected
    rejected ──reopen──> draft

Anyone may submit; the other steps are reviewers' and administrators'
(store/policy.py). Submitting, starting a review and approving need a
complete record. Every step takes ``expected_revision`` to refuse a stale
decision, writes a "status" history entry (old -> new, user, time, reason) and
moves the revision number on.

On an approved incident with a pending revision, submit, start_review,
request_changes and approve act on the revision (history entity "revision");
approving it applies it to the incident in the same transaction.
``discard_revision`` drops a revision (its author or a reviewer); ``reject``
always acts on the incident and discards its pending revision with it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from sahel_desk.codebook import taxonomy as tx
from sahel_desk.errors import ConflictError, FieldError, StaleRevisionError, ValidationError
from sahel_desk.model import HistoryEntry, Incident, PendingRevision, utcnow
from sahel_desk.store import policy, revisions
from sahel_desk.store.history import HistoryWriter, decode
from sahel_desk.store.records import IncidentFilter, IncidentRecord
from sahel_desk.store.review_records import FieldChange, QueueRow, Rejection, ReviewQueue
from sahel_desk.store.state import state_of
from sahel_desk.text.message import Text

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from sahel_desk.services.desk import Desk
    from sahel_desk.store.incidents import IncidentStore

REJECTION_REASONS = {
    "not_an_event": "not an event",
    "out_of_scope": "out of scope",
    "duplicate": "duplicate",
}


@dataclass(frozen=True)
class Step:
    verb: str
    sources: tuple[str, ...]
    target: str
    reviewers_only: bool
    needs_reason: bool
    on_revision: bool


STEPS = {
    "submit": Step("submit", ("draft", "changes_requested"), "submitted", False, False, True),
    "start_review": Step("start the review of", ("submitted",), "in_review", True, False, True),
    "request_changes": Step("request changes to", ("submitted", "in_review"),
                            "changes_requested", True, True, True),
    "approve": Step("approve", ("submitted", "in_review"), "approved", True, False, True),
    "reject": Step("reject", ("draft", "submitted", "in_review", "changes_requested",
                              "approved"), "rejected", True, True, False),
    "reopen": Step("reopen", ("rejected",), "draft", True, True, False),
}


class ReviewService:
    """``desk.review``: the steps, the queue, what a reviewer compares, and rejections."""

    def __init__(self, desk: Desk):
        self.desk = desk

    # --- steps ------------------------------------------------------------------

    def submit(self, ref: str, reason: str | None = None, *,
               expected_revision: int | None = None) -> IncidentRecord:
        """Send a complete draft (or a record sent back) for review."""
        return self._step(ref, STEPS["submit"], reason, expected_revision)

    def start_review(self, ref: str, reason: str | None = None, *,
                     expected_revision: int | None = None) -> IncidentRecord:
        return self._step(ref, STEPS["start_review"], reason, expected_revision)

    def request_changes(self, ref: str, reason: str, *,
                        expected_revision: int | None = None) -> IncidentRecord:
        """Send the record back to its researcher; the reason says what to change."""
        return self._step(ref, STEPS["request_changes"], reason, expected_revision)

    def approve(self, ref: str, reason: str | None = None, *,
                expected_revision: int | None = None) -> IncidentRecord:
        """Approve the record, or apply its pending revision; returns the approved record."""
        return self._step(ref, STEPS["approve"], reason, expected_revision)

    def reject(self, ref: str, reason_code: str, reason: str, *,
               duplicate_of: str | None = None,
               expected_revision: int | None = None) -> IncidentRecord:
        """Close the record as not an event, out of scope or a duplicate (of ``duplicate_of``)."""
        errors = []
        if reason_code not in REJECTION_REASONS:
            errors.append(FieldError("reason_code", Text("'{reason_code}' is not a reason to "
                                                         "reject (use {names})",
                                                         reason_code=reason_code,
                                                         names=', '.join(REJECTION_REASONS))))
        if duplicate_of and reason_code != "duplicate":
            errors.append(FieldError("duplicate_of", Text("only a duplicate names the record it "
                                                          "duplicates")))
        if errors:
            raise ValidationError(errors, what="rejection")
        extra = {"reason_code": reason_code, "duplicate_of": duplicate_of}
        return self._step(ref, STEPS["reject"], reason, expected_revision, extra)

    def reopen(self, ref: str, reason: str, *,
               expected_revision: int | None = None) -> IncidentRecord:
        """Bring a rejected record back as a draft."""
        return self._step(ref, STEPS["reopen"], reason, expected_revision)

    def discard_revision(self, ref: str, reason: str | None = None, *,
                         expected_revision: int | None = None) -> IncidentRecord:
        """Drop the pending revision of an approved incident; returns the approved record."""
        from sahel_desk.store.reading import to_record

        with self.desk.db.write() as session:
            inc = self.desk.store.load(session, ref, for_update=True)
            pending = revisions.find(session, inc.id, for_update=True)
            if pending is None:
                raise ConflictError(Text("{incident} has no pending revision to discard.",
                                         incident=inc.human_id))
            if pending.created_by != self.desk.user:
                policy.require(session, self.desk.user, policy.Action.DECIDE,
                               Text("discard another person's revision"))
            else:
                policy.require(session, self.desk.user, policy.Action.DISCARD_OWN_REVISION,
                               Text("discard your revision of {incident}",
                                    incident=inc.human_id))
            _check_revision(inc, pending, expected_revision)
            revisions.discard(session, pending, HistoryWriter(session, self.desk.user, reason))
            session.flush()
            return to_record(inc)

    def _step(self, ref: str, step: Step, reason: str | None, expected: int | None,
              extra: dict[str, Any] | None = None) -> IncidentRecord:
        from sahel_desk.store.reading import to_record

        reason = (reason or "").strip() or None
        if step.needs_reason and not reason:
            raise ValidationError([FieldError("reason", _REASON_NEEDED[step.verb])],
                                  what="review step")
        user = self.desk.user
        store = self.desk.store
        with self.desk.db.write() as session:
            inc = store.load(session, ref, for_update=True)
            action = policy.Action.DECIDE if step.reviewers_only else policy.Action.SUBMIT
            policy.require(session, user, action,
                           _STEP_DOING[step.verb].fill(incident=inc.human_id))
            pending = revisions.find(session, inc.id, for_update=True)
            history = HistoryWriter(session, user, reason)
            if pending is not None and step.on_revision:
                _check_revision(inc, pending, expected)
                _check_source(Text("The revision of {incident}", incident=inc.human_id),
                              pending.status, step)
                if step.target == "approved":
                    revisions.approve(store, session, inc, pending, history)
                    return to_record(store.load(session, inc.id))
                if step.target in tx.COMPLETE_STATUSES:
                    store.validated(session, revisions.state_of_pending(pending),
                                    {"status": step.target})
                revisions.set_status(pending, step.target, history)
                session.flush()
                return revisions.record_of(session, inc, pending)
            # Rejecting may come from a form showing the incident or its revision.
            _check_revision(inc, None, expected, also=pending.revision if pending else None)
            if inc.status == "approved" and step.on_revision:
                raise ConflictError(_NO_REVISION[step.verb].fill(incident=inc.human_id))
            _check_source(inc.human_id, inc.status, step)
            if step.target in tx.COMPLETE_STATUSES:
                store.validated(session, state_of(inc), {"status": step.target})
            history.record("incident", inc.id, "status", inc.status, step.target, inc.id)
            if step.target == "rejected":
                assert extra is not None
                history.record("incident", inc.id, "rejection", None,
                               _rejection_value(session, store, inc, reason, extra), inc.id)
                if pending is not None:
                    revisions.discard(session, pending, history)
            if step.target == "draft" and inc.status == "rejected":
                history.record("incident", inc.id, "rejection",
                               _last_rejection_value(session, inc.id), None, inc.id)
            inc.status = step.target
            inc.revision += 1
            inc.updated_by = user
            inc.updated_at = utcnow()
            session.flush()
            session.expire(inc)
            return to_record(store.load(session, inc.id))

    # --- reading ----------------------------------------------------------------

    def rejection(self, ref: str) -> Rejection | None:
        """Why a rejected record was rejected (None when it is not rejected)."""
        with self.desk.db.read() as session:
            inc = self.desk.store.load(session, ref)
            if inc.status != "rejected":
                return None
            entry = session.scalars(
                select(HistoryEntry).where(HistoryEntry.incident_id == inc.id,
                                           HistoryEntry.entity == "incident",
                                           HistoryEntry.field == "rejection")
                .order_by(HistoryEntry.id.desc())).first()
            if entry is None or entry.new_value is None:
                return None
            value = decode(entry.new_value)
            other = value.get("duplicate_of")
            found = session.get(Incident, other) if other else None
            human = found.human_id if found else value.get("duplicate_of_human_id")
            return Rejection(value["reason_code"], value["reason"], other, human, entry.user,
                             entry.at)

    def queue(self, flt: IncidentFilter | None = None, *, oldest_first: bool = True,
              offset: int = 0, limit: int | None = None) -> ReviewQueue:
        """What waits for a reviewer: submitted and in-review incidents and revisions,
        oldest first by the time they entered their state, with counts by state."""
        from sahel_desk.services.review_queue import waiting

        with self.desk.db.read() as session:
            return waiting(self.desk.incidents, session, flt or IncidentFilter(),
                           oldest_first=oldest_first, offset=offset, limit=limit)

    def returned_to(self, user: str | None = None) -> list[QueueRow]:
        """Incidents and revisions sent back with changes requested to ``user`` (default:
        the current user): the ones they coded or last submitted."""
        from sahel_desk.services.review_queue import returned

        with self.desk.db.read() as session:
            return returned(self.desk.incidents, session, user or self.desk.user)

    def diff(self, ref: str) -> list[FieldChange]:
        """The record under review beside what it is compared with: a pending revision
        beside the approved incident; otherwise the incident beside its last approved
        version or, never approved, its first submission."""
        from sahel_desk.services.review_diff import review_diff

        with self.desk.db.read() as session:
            inc = self.desk.store.load(session, ref)
            return review_diff(session, inc)


def _check_revision(inc: Incident, pending: PendingRevision | None, expected: int | None,
                    *, also: int | None = None) -> None:
    current = pending.revision if pending else inc.revision
    if expected is not None and expected not in (current, also):
        raise StaleRevisionError(inc.human_id, expected, current,
                                 pending.updated_by if pending else inc.updated_by)


def _check_source(what: str, status: str, step: Step) -> None:
    if status not in step.sources:
        raise ConflictError(_ONLY_FROM[step.verb].fill(
            record=what, status=_STATUS_WORDS.get(status, status)))


# What the review steps say, one sentence per step (so each reads well translated).
# The English is made as it always was: "{verb} {incident}", "only a record that is
# {sources joined by ' or '} can be {past participle}".
_STEP_DOING = {
    "submit": Text("submit {incident}"),
    "start the review of": Text("start the review of {incident}"),
    "request changes to": Text("request changes to {incident}"),
    "approve": Text("approve {incident}"),
    "reject": Text("reject {incident}"),
    "reopen": Text("reopen {incident}"),
}
_REASON_NEEDED = {
    "submit": Text("a reason is needed to submit a record"),
    "start the review of": Text("a reason is needed to start the review of a record"),
    "request changes to": Text("a reason is needed to request changes to a record"),
    "approve": Text("a reason is needed to approve a record"),
    "reject": Text("a reason is needed to reject a record"),
    "reopen": Text("a reason is needed to reopen a record"),
}
_NO_REVISION = {
    "submit": Text("{incident} is approved and has no pending revision: edit it first, "
                   "then submit the revision."),
    "start the review of": Text("{incident} is approved and has no pending revision: edit it "
                                "first, then start the review of the revision."),
    "request changes to": Text("{incident} is approved and has no pending revision: edit it "
                               "first, then request changes to the revision."),
    "approve": Text("{incident} is approved and has no pending revision: edit it first, "
                    "then approve the revision."),
    "reject": Text("{incident} is approved and has no pending revision: edit it first, "
                   "then reject the revision."),
    "reopen": Text("{incident} is approved and has no pending revision: edit it first, "
                   "then reopen the revision."),
}
_ONLY_FROM = {
    "submit": Text("{record} is {status}: only a record that is draft or changes requested "
                   "can be submitted."),
    "start the review of": Text("{record} is {status}: only a record that is submitted can be "
                                "taken into review."),
    "request changes to": Text("{record} is {status}: only a record that is submitted or in "
                               "review can be sent back."),
    "approve": Text("{record} is {status}: only a record that is submitted or in review can "
                    "be approved."),
    "reject": Text("{record} is {status}: only a record that is draft or submitted or in "
                   "review or changes requested or approved can be rejected."),
    "reopen": Text("{record} is {status}: only a record that is rejected can be "
                   "reopened."),
}
_STATUS_WORDS = {
    "draft": Text("draft"), "submitted": Text("submitted"), "in_review": Text("in review"),
    "changes_requested": Text("changes requested"), "approved": Text("approved"),
    "rejected": Text("rejected"),
}


def _rejection_value(session: Session, store: IncidentStore, inc: Incident, reason: str | None,
                     extra: dict[str, Any]) -> dict[str, Any]:
    duplicate_id = None
    duplicate_human = None
    if extra.get("duplicate_of"):
        other = store.load(session, extra["duplicate_of"])
        if other.id == inc.id:
            raise ValidationError([FieldError("duplicate_of", Text("a record cannot duplicate "
                                                                   "itself"))], what="rejection")
        duplicate_id, duplicate_human = other.id, other.human_id
    return {"reason_code": extra["reason_code"], "reason": reason, "duplicate_of": duplicate_id,
            "duplicate_of_human_id": duplicate_human}


def _last_rejection_value(session: Session, incident_id: str) -> Any:
    entry = session.scalars(
        select(HistoryEntry).where(HistoryEntry.incident_id == incident_id,
                                   HistoryEntry.entity == "incident",
                                   HistoryEntry.field == "rejection")
        .order_by(HistoryEntry.id.desc())).first()
    return decode(entry.new_value) if entry else None
