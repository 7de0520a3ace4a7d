"""The review cycle between a researcher and a reviewer, on one real desk (SQLite,
then PostgreSQL) opened by each in turn, and the history it leaves."""

from __future__ import annotations

from pathlib import Path

import pytest

from sahel_desk.errors import (
    ConflictError,
    PermissionDeniedError,
    StaleRevisionError,
    ValidationError,
)
from sahel_desk.services.desk import Desk
from sahel_desk.store.review_records import FieldChange
from tests.core.helpers import complete_values
from tests.review.conftest import approved_incident

pytestmark = pytest.mark.backends("sqlite", "postgresql")


def _lines(desk: Desk, ref: str) -> list[tuple]:
    return [(t.kind, t.user, t.field, t.before, t.after, t.reason)
            for t in desk.history.timeline(ref)]


def test_draft_to_approval_between_a_researcher_and_a_reviewer(team_dir: Path,
                                                               db_url: str | None) -> None:
    with Desk.open(team_dir, db_url, user="amina") as desk:
        assert desk.role == "researcher"
        draft = desk.incidents.create(complete_values(desk, status="draft", fatalities=None))
        with pytest.raises(ValidationError) as refused:
            desk.review.submit(draft.id)
        assert refused.value.fields == ["fatalities"]
        desk.incidents.update(draft.id, {"fatalities": 7}, reason="RFI count")
        submitted = desk.review.submit(draft.id)
        assert (submitted.status, submitted.revision) == ("submitted", 3)

        history_before = desk.history.for_incident(draft.id)
        with pytest.raises(PermissionDeniedError, match="amina is a researcher and may not "
                                                        "approve"):
            desk.review.approve(draft.id, "looks fine to me")
        assert desk.incidents.get(draft.id) == submitted
        assert desk.history.for_incident(draft.id) == history_before

    with Desk.open(team_dir, db_url, user="boubacar") as desk:
        assert desk.role == "reviewer"
        queue = desk.review.queue()
        assert [(r.human_id, r.kind, r.status, r.submitted_by) for r in queue.rows] == [
            (draft.human_id, "incident", "submitted", "amina")]
        assert queue.counts == {"submitted": 1, "in_review": 0, "revision_submitted": 0,
                                "revision_in_review": 0}
        desk.review.start_review(draft.id, expected_revision=3)
        with pytest.raises(ValidationError, match="reason"):
            desk.review.request_changes(draft.id, "  ")
        desk.review.request_changes(draft.id, "The army says 8 dead", expected_revision=4)
        assert desk.review.queue().total == 0

    with Desk.open(team_dir, db_url, user="amina") as desk:
        assert [(r.human_id, r.status) for r in desk.review.returned_to()] == [
            (draft.human_id, "changes_requested")]
        desk.incidents.update(draft.id, {"fatalities": 8}, reason="army statement")
        desk.review.submit(draft.id, "toll corrected")

    with Desk.open(team_dir, db_url, user="boubacar") as desk:
        assert desk.review.diff(draft.id) == [
            FieldChange("fatalities", "Fatalities (best)", 7, 8)]
        with pytest.raises(StaleRevisionError, match="changed by amina"):
            desk.review.approve(draft.id, expected_revision=5)
        approved = desk.review.approve(draft.id, "checked against RFI", expected_revision=7)
        assert (approved.status, approved.revision, approved.fatalities) == ("approved", 8, 8)
        assert desk.review.queue().total == 0
        assert _lines(desk, draft.id) == [
            ("created", "amina", None, None, "Draft", None),
            ("change", "amina", "fatalities", None, 7, "RFI count"),
            ("status", "amina", "status", "Draft", "Submitted", None),
            ("status", "boubacar", "status", "Submitted", "In review", None),
            ("status", "boubacar", "status", "In review", "Changes requested",
             "The army says 8 dead"),
            ("change", "amina", "fatalities", 7, 8, "army statement"),
            ("status", "amina", "status", "Changes requested", "Submitted", "toll corrected"),
            ("status", "boubacar", "status", "Submitted", "Approved", "checked against RFI"),
        ]


def test_steps_outside_the_graph_are_refused(team: Desk) -> None:
    draft = team.incidents.create(complete_values(team, status="draft"))
    team.switch_user("boubacar")
    with pytest.raises(ConflictError, match="is draft: only a record that is submitted or in "
                                            "review can be approved"):
        team.review.approve(draft.id)
    with pytest.raises(ConflictError, match="can be reopened"):
        team.review.reopen(draft.id, "why not")
    team.switch_user("amina")
    team.review.submit(draft.id)
    with pytest.raises(ConflictError, match="is submitted"):
        team.review.submit(draft.id)


def test_a_researcher_cannot_save_a_reviewers_state(team: Desk) -> None:
    with pytest.raises(PermissionDeniedError, match="save a new record as approved"):
        team.incidents.create(complete_values(team, status="approved"))
    record = team.incidents.create(complete_values(team))
    with pytest.raises(PermissionDeniedError, match="from submitted as in_review"):
        team.incidents.update(record.id, {"status": "in_review"})
    assert team.incidents.get(record.id) == record
    back = team.incidents.update(record.id, {"status": "draft"}, reason="not ready")
    assert back.status == "draft"
    team.switch_user("boubacar")
    assert team.incidents.update(record.id, {"status": "approved"}).status == "approved"


def test_reject_as_duplicate_and_reopen(team: Desk) -> None:
    first = team.incidents.create(complete_values(team))
    twin = team.incidents.create(complete_values(team))
    with pytest.raises(PermissionDeniedError):
        team.review.reject(twin.id, "duplicate", "same attack", duplicate_of=first.id)
    team.switch_user("boubacar")
    with pytest.raises(ValidationError, match="not a reason to reject"):
        team.review.reject(twin.id, "boring", "no")
    rejected = team.review.reject(twin.id, "duplicate", "same attack as the first",
                                  duplicate_of=first.human_id)
    assert rejected.status == "rejected"
    why = team.review.rejection(twin.id)
    assert why is not None
    assert (why.reason_code, why.reason, why.duplicate_of, why.duplicate_of_human_id,
            why.rejected_by) == ("duplicate", "same attack as the first", first.id,
                                 first.human_id, "boubacar")
    reopened = team.review.reopen(twin.id, "a second attack the same day")
    assert reopened.status == "draft"
    assert team.review.rejection(twin.id) is None
    assert _lines(team, twin.id)[1:] == [
        ("status", "boubacar", "status", "Submitted", "Rejected", "same attack as the first"),
        ("status", "boubacar", "rejection", None,
         f"duplicate of {first.human_id}: same attack as the first",
         "same attack as the first"),
        ("status", "boubacar", "status", "Rejected", "Draft", "a second attack the same day"),
        ("status", "boubacar", "rejection",
         f"duplicate of {first.human_id}: same attack as the first", None,
         "a second attack the same day"),
    ]


def test_comments_resolve_and_appear_in_the_timeline(team: Desk) -> None:
    record = team.incidents.create(complete_values(team))
    team.switch_user("boubacar")
    question = team.comments.add(record.id, "Seven or eight?", field="fatalities")
    team.switch_user("amina")
    team.comments.add(record.id, "Eight, per the army", field="fatalities",
                      parent_id=question.id)
    with pytest.raises(PermissionDeniedError, match="amina is a researcher and may not "
                       "resolve a comment by boubacar; reviewers and administrators may"):
        team.comments.resolve(question.id)
    assert not team.comments.for_incident(record.id)[0].resolved
    team.switch_user("boubacar")
    resolved = team.comments.resolve(question.id)
    assert (resolved.resolved, resolved.resolved_by) == (True, "boubacar")
    lines = [(t.kind, t.user, t.label, t.after) for t in team.history.timeline(record.id)]
    assert lines == [
        ("created", "amina", "Created", "Submitted"),
        ("comment", "boubacar", "Comment on Fatalities (best)", "Seven or eight?"),
        ("comment", "amina", "Reply on Fatalities (best)", "Eight, per the army"),
        ("resolved", "boubacar", "Comment resolved on Fatalities (best)", "Seven or eight?"),
    ]
    reopened = team.comments.resolve(question.id, resolved=False)
    assert (reopened.resolved, reopened.resolved_by, reopened.resolved_at) == (False, None, None)


def test_deleting_an_approved_incident_is_a_reviewers_decision(team: Desk) -> None:
    record = approved_incident(team)
    with pytest.raises(PermissionDeniedError):
        team.incidents.delete(record.id)
    team.switch_user("boubacar")
    team.incidents.delete(record.id, reason="test record")
    assert team.incidents.count() == 0
