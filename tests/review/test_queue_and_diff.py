"""The reviewer's queue, the work sent back to researchers, and the differences
a reviewer reads (names and places, not ids)."""

from __future__ import annotations

import pytest

from sahel_desk.services.desk import Desk
from sahel_desk.services.readable import Readable
from sahel_desk.store.records import IncidentFilter
from sahel_desk.store.review_records import FieldChange
from tests.core.helpers import complete_values, place_id
from tests.review.conftest import approved_incident

pytestmark = pytest.mark.backends("sqlite", "postgresql")


def test_the_queue_is_oldest_first_filtered_and_counted(team: Desk) -> None:
    old = team.incidents.create(complete_values(team, status="draft"))
    new = team.incidents.create(complete_values(team))
    macina = team.incidents.create(complete_values(team, actor1="Katiba Macina"))
    team.review.submit(old.id)  # submitted after the others were created
    revised = approved_incident(team)
    team.incidents.update(revised.id, {"injured": 1, "status": "submitted"})
    team.switch_user("boubacar")
    team.review.start_review(new.id)

    queue = team.review.queue()
    assert [(r.human_id, r.kind, r.status) for r in queue.rows] == [
        (macina.human_id, "incident", "submitted"),
        (old.human_id, "incident", "submitted"),
        (revised.human_id, "revision", "submitted"),
        (new.human_id, "incident", "in_review"),
    ]
    assert queue.counts == {"submitted": 2, "in_review": 1, "revision_submitted": 1,
                            "revision_in_review": 0}
    assert queue.rows[-1].state_by == "boubacar"
    assert queue.rows[-1].coded_by == queue.rows[-1].submitted_by == "amina"
    newest = team.review.queue(oldest_first=False, limit=2)
    assert [r.human_id for r in newest.rows] == [new.human_id, revised.human_id]
    assert newest.total == 4
    macina_only = team.review.queue(IncidentFilter(actor="Katiba Macina"))
    assert [r.human_id for r in macina_only.rows] == [macina.human_id]
    in_review = team.review.queue(IncidentFilter(statuses=("in_review",)))
    assert [r.human_id for r in in_review.rows] == [new.human_id]
    waiting = team.incidents.query(IncidentFilter(has_pending=True)).rows
    assert [r.human_id for r in waiting] == [revised.human_id]


def test_returned_work_goes_to_who_coded_or_submitted_it(team: Desk) -> None:
    mine = team.incidents.create(complete_values(team))
    team.switch_user("hawa")
    team.profiles.create("salif", "researcher")
    team.switch_user("salif")
    theirs = team.incidents.create(complete_values(team))
    revised = approved_incident(team)
    team.incidents.update(revised.id, {"injured": 1, "status": "submitted"})
    team.switch_user("boubacar")
    for ref in (mine.id, theirs.id, revised.id):
        team.review.request_changes(ref, "source?")
    assert [(r.human_id, r.kind) for r in team.review.returned_to("amina")] == [
        (mine.human_id, "incident"), (revised.human_id, "revision")]
    assert [r.human_id for r in team.review.returned_to("salif")] == [theirs.human_id]
    assert team.review.returned_to() == []


def test_differences_read_names_and_compare_with_the_first_submission(team: Desk) -> None:
    record = team.incidents.create(complete_values(team))
    team.switch_user("boubacar")
    team.review.start_review(record.id)
    team.incidents.update(record.id, {
        "actor2": "Civilians (Mali)", "place_id": place_id(team, "Bourem"),
        "assoc_actor_1": ["Katiba Macina"], "suicide": True,
        "sources": [{**team.incidents.state(record.id)["sources"][0], "killed": 8}],
    }, reason="corrected")
    changes = team.review.diff(record.id)
    gao, bourem = (team.places.get(place_id(team, name)) for name in ("Gao", "Bourem"))
    assert changes == [
        FieldChange("place_id", "Place", "Gao, Gao, ML", "Bourem, Gao, ML"),
        # the location as coded follows the newly picked place
        FieldChange("location", "Location", "Gao", "Bourem"),
        FieldChange("latitude", "Latitude", gao.latitude, bourem.latitude),
        FieldChange("longitude", "Longitude", gao.longitude, bourem.longitude),
        FieldChange("assoc_actor_1", "Associated with actor 1", None, "Katiba Macina"),
        FieldChange("actor2", "Actor 2", "Military Forces of Mali (2013-2020)",
                    "Civilians (Mali)"),
        FieldChange("suicide", "Suicide attack", None, "yes"),
        FieldChange("sources[0].killed", "Source 1 (RFI): killed", 7, 8),
    ]


def test_an_approved_incident_compares_with_its_previous_approval(team: Desk) -> None:
    record = approved_incident(team)
    assert team.review.diff(record.id) == []
    team.incidents.update(record.id, {"injured": 4, "status": "submitted"})
    team.switch_user("boubacar")
    team.review.approve(record.id)
    assert team.review.diff(record.id) == [FieldChange("injured", "Injured", None, 4)]


def test_a_rejection_reads_its_reason_even_without_a_reason_code(desk: Desk) -> None:
    with desk.db.read() as session:
        readable = Readable(session)
        assert readable.rejection({"reason_code": "duplicate", "reason": "same ambush",
                                   "duplicate_of_human_id": "MLI-2017-0001"}) == (
            "duplicate of MLI-2017-0001: same ambush")
        assert readable.rejection({"reason_code": "out_of_scope"}) == "out of scope"
        assert readable.rejection({"reason": "no code kept"}) == "rejected: no code kept"
