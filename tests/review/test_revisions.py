"""Editing an approved incident: the edits wait in a pending revision while lists,
queries and exports keep the approved values, until a reviewer approves them."""

from __future__ import annotations

import pytest

from sahel_desk.errors import ConflictError, PermissionDeniedError, StaleRevisionError
from sahel_desk.services.desk import Desk
from sahel_desk.store.records import IncidentFilter
from sahel_desk.store.review_records import FieldChange
from tests.review.conftest import approved_incident

pytestmark = pytest.mark.backends("sqlite", "postgresql")

APPROVED = IncidentFilter(statuses=("approved",))


def _exported(desk: Desk) -> list[tuple]:
    frame = desk.incidents.to_dataframe(APPROVED)
    return list(frame[["human_id", "fatalities", "status"]].itertuples(index=False, name=None))


def test_a_pending_revision_leaves_exports_unchanged_until_approved(team: Desk) -> None:
    record = approved_incident(team)
    assert (record.status, record.revision) == ("approved", 2)
    assert _exported(team) == [(record.human_id, 7, "approved")]

    revision = team.incidents.update(
        record.id, {"fatalities": 9, "fatalities_high": 12, "notes": "Nine dead, per MINUSMA.",
                    "status": "approved"},
        expected_revision=2, reason="MINUSMA report")
    assert (revision.status, revision.revision, revision.fatalities) == ("draft", 3, 9)
    assert team.incidents.get(record.id) == record
    assert team.incidents.state(record.id)["fatalities"] == 7
    assert _exported(team) == [(record.human_id, 7, "approved")]
    assert [r.fatalities for r in team.incidents.query(APPROVED).rows] == [7]
    assert team.incidents.count(IncidentFilter(text="MINUSMA")) == 0
    assert team.incidents.count(IncidentFilter(has_pending=True)) == 1
    assert team.incidents.count(IncidentFilter(has_pending=False)) == 0
    assert team.incidents.working_state(record.id)["fatalities"] == 9
    assert team.incidents.working_record(record.id) == revision
    pending = team.incidents.pending(record.id)
    assert pending is not None
    assert (pending.status, pending.base_revision, pending.revision, pending.created_by) == (
        "draft", 2, 3, "amina")

    submitted = team.review.submit(record.id, "please check", expected_revision=3)
    assert (submitted.status, submitted.revision) == ("submitted", 4)
    with pytest.raises(PermissionDeniedError):
        team.review.approve(record.id)
    assert team.incidents.pending(record.id).status == "submitted"
    assert _exported(team) == [(record.human_id, 7, "approved")]

    team.switch_user("boubacar")
    queue = team.review.queue()
    assert [(r.human_id, r.kind, r.status, r.revision) for r in queue.rows] == [
        (record.human_id, "revision", "submitted", 4)]
    assert queue.counts["revision_submitted"] == 1
    assert team.review.diff(record.id) == [
        FieldChange("fatalities", "Fatalities (best)", 7, 9),
        FieldChange("fatalities_high", "Fatalities (high)", 9, 12),
        FieldChange("notes", "Notes", "Suicide assault on the army base at Almoustarat, "
                    "outside Gao.", "Nine dead, per MINUSMA."),
    ]
    approved = team.review.approve(record.id, "MINUSMA is reliable", expected_revision=4)
    assert (approved.status, approved.revision, approved.fatalities) == ("approved", 3, 9)
    assert team.incidents.pending(record.id) is None
    assert _exported(team) == [(record.human_id, 9, "approved")]
    assert team.incidents.count(IncidentFilter(text="MINUSMA")) == 1
    assert team.review.queue().total == 0

    revision_lines = [(t.kind, t.user, t.field, t.before, t.after, t.reason, t.on_revision)
                      for t in team.history.timeline(record.id)[2:]]
    assert revision_lines == [
        ("created", "amina", None, None, "Draft", "MINUSMA report", True),
        ("change", "amina", "fatalities", 7, 9, "MINUSMA report", True),
        ("change", "amina", "fatalities_high", 9, 12, "MINUSMA report", True),
        ("change", "amina", "notes", "Suicide assault on the army base at Almoustarat, "
         "outside Gao.", "Nine dead, per MINUSMA.", "MINUSMA report", True),
        ("status", "amina", "status", "Draft", "Submitted", "please check", True),
        ("status", "boubacar", "status", "Submitted", "Approved", "MINUSMA is reliable", True),
        ("change", "boubacar", "fatalities", 7, 9, "MINUSMA is reliable", False),
        ("change", "boubacar", "fatalities_high", 9, 12, "MINUSMA is reliable", False),
        ("change", "boubacar", "notes", "Suicide assault on the army base at Almoustarat, "
         "outside Gao.", "Nine dead, per MINUSMA.", "MINUSMA is reliable", False),
    ]


def test_a_reviewers_edit_of_an_approved_incident_is_a_revision_too(team: Desk) -> None:
    record = approved_incident(team)
    team.switch_user("boubacar")
    revision = team.incidents.update(record.id, {"injured": 3})
    assert revision.status == "draft"
    assert team.incidents.get(record.id).injured is None


def test_saving_unchanged_values_makes_no_revision(team: Desk) -> None:
    record = approved_incident(team)
    again = team.incidents.update(record.id, team.incidents.state(record.id))
    assert again == record
    assert team.incidents.pending(record.id) is None


def test_a_stale_save_of_a_revision_is_refused(team: Desk) -> None:
    record = approved_incident(team)
    first = team.incidents.update(record.id, {"injured": 2}, expected_revision=record.revision)
    team.incidents.update(record.id, {"injured": 3}, expected_revision=first.revision)
    with pytest.raises(StaleRevisionError, match="your revision 3, stored revision 4"):
        team.incidents.update(record.id, {"injured": 4}, expected_revision=first.revision)
    assert team.incidents.working_record(record.id).injured == 3


def test_sources_added_to_an_approved_incident_wait_in_the_revision(team: Desk) -> None:
    record = approved_incident(team)
    team.sources.add(record.id, {"publication": "Le Monde", "killed": 8})
    team.claims.update(record.id, record.claims[0].id, {"killed": 9})
    assert [s.publication for s in team.incidents.get(record.id).sources] == ["RFI"]
    working = team.incidents.working_record(record.id)
    assert [s.publication for s in working.sources] == ["RFI", "Le Monde"]
    assert working.claims[0].killed == 9
    team.switch_user("boubacar")
    changes = team.review.diff(record.id)
    assert changes == [
        FieldChange("sources[1]", "Source 2 added", None, "Le Monde (killed 8)"),
        FieldChange("claims[0].killed", "Claim 1 (JNIM: Group for Support of Islam and "
                    "Muslims via az-Zallaqa): killed", 7, 9),
    ]


def test_a_direct_write_needs_a_reviewer_and_reaches_the_revision(team: Desk) -> None:
    record = approved_incident(team)
    team.incidents.update(record.id, {"notes": "Revised by amina."})
    with pytest.raises(PermissionDeniedError):
        team.incidents.update(record.id, {"fatalities": 10}, direct=True)
    team.switch_user("boubacar")
    direct = team.incidents.update(record.id, {"fatalities": 10, "fatalities_high": 10,
                                               "notes": "ACLED text"},
                                   direct=True, reason="ACLED re-import")
    assert (direct.status, direct.fatalities, direct.revision) == ("approved", 10, 3)
    working = team.incidents.working_record(record.id)
    # Fields the revision had not touched follow the import; its own edit stays.
    assert (working.fatalities, working.notes) == (10, "Revised by amina.")
    pending = team.incidents.pending(record.id)
    assert (pending.base_revision, pending.revision) == (3, 4)


def test_discarding_a_revision(team: Desk) -> None:
    record = approved_incident(team)
    team.incidents.update(record.id, {"injured": 5})
    team.switch_user("hawa")
    team.profiles.create("salif", "researcher")
    team.switch_user("salif")
    with pytest.raises(PermissionDeniedError):
        team.review.discard_revision(record.id)
    team.switch_user("amina")
    kept = team.review.discard_revision(record.id, "wrong incident")
    assert kept == team.incidents.get(record.id)
    assert team.incidents.pending(record.id) is None
    last = team.history.timeline(record.id)[-1]
    assert (last.kind, last.on_revision, last.before, last.after, last.reason) == (
        "status", True, "Draft", "Discarded", "wrong incident")
    with pytest.raises(ConflictError, match="no pending revision"):
        team.review.discard_revision(record.id)


def test_steps_on_an_approved_incident_without_a_revision_are_refused(team: Desk) -> None:
    record = approved_incident(team)
    with pytest.raises(ConflictError, match="approved and has no pending revision"):
        team.review.submit(record.id)


def test_rejecting_an_approved_incident_drops_its_revision(team: Desk) -> None:
    record = approved_incident(team)
    revision = team.incidents.update(record.id, {"injured": 5})
    team.switch_user("boubacar")
    rejected = team.review.reject(record.id, "out_of_scope", "happened in Algeria",
                                  expected_revision=revision.revision)
    assert rejected.status == "rejected"
    assert team.incidents.pending(record.id) is None
    assert team.incidents.count(APPROVED) == 0


def test_an_actor_merge_reaches_pending_revisions(team: Desk) -> None:
    record = approved_incident(team)
    twin = team.actors.create(name="Katiba Macina (Mopti)", actor_type=2)
    team.incidents.update(record.id, {"assoc_actor_1": [twin.id]})
    team.switch_user("boubacar")
    team.actors.merge(twin.id, "Katiba Macina", reason="same group")
    working = team.incidents.working_record(record.id)
    assert [a.name for a in working.assoc_actor_1] == ["Katiba Macina"]
    last = team.history.timeline(record.id)[-1]
    assert (last.field, last.before, last.after, last.reason, last.on_revision) == (
        "assoc_actor_1", "Katiba Macina (Mopti)", "Katiba Macina", "same group", True)


def test_a_row_taken_out_of_approval_drops_its_revision(team: Desk) -> None:
    record = approved_incident(team)
    team.incidents.update(record.id, {"injured": 5})
    team.switch_user("boubacar")
    back = team.incidents.update(record.id, {"status": "in_review"}, direct=True)
    assert back.status == "in_review"
    assert team.incidents.pending(record.id) is None
    assert team.incidents.working_record(record.id) == back
