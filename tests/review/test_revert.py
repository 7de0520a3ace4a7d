"""Reverting one field or a whole record to an earlier point of its history."""

from __future__ import annotations

import json

import pytest

from sahel_desk.errors import NotFoundError, ValidationError
from sahel_desk.model import HistoryEntry
from sahel_desk.services.demo import generate
from sahel_desk.services.desk import Desk
from sahel_desk.store.records import to_plain
from tests.core.helpers import complete_values
from tests.review.conftest import approved_incident

pytestmark = pytest.mark.backends("sqlite", "postgresql")


def _coded_then_changed(desk: Desk):
    record = desk.incidents.create(complete_values(desk, status="draft"))
    desk.incidents.update(record.id, {"fatalities": 8}, reason="army statement")
    desk.incidents.update(record.id, {"notes": "Complex attack.",
                                      "sources": [*desk.incidents.state(record.id)["sources"],
                                                  {"publication": "Le Monde", "killed": 8}]})
    return record


def test_revert_one_field(team: Desk) -> None:
    record = _coded_then_changed(team)
    created = team.history.timeline(record.id)[0].entry_id
    reverted = team.history.revert_field(record.id, "fatalities", created)
    assert reverted.fatalities == 7
    assert reverted.notes == "Complex attack."
    assert [s.publication for s in reverted.sources] == ["RFI", "Le Monde"]
    last = team.history.timeline(record.id)[-1]
    assert (last.kind, last.field, last.before, last.after, last.user) == (
        "change", "fatalities", 8, 7, "amina")
    assert last.reason.startswith("revert fatalities to ")


def test_revert_the_whole_record_keeps_ids_and_status(team: Desk) -> None:
    record = _coded_then_changed(team)
    team.review.submit(record.id)
    lines = team.history.timeline(record.id)
    after_toll = next(t.entry_id for t in lines if t.reason == "army statement")
    reverted = team.history.revert_record(record.id, after_toll)
    assert (reverted.fatalities, reverted.notes, reverted.status) == (
        8, record.notes, "submitted")
    assert [s.id for s in reverted.sources] == [s.id for s in record.sources]
    change = [(t.field, t.before, t.after) for t in team.history.timeline(record.id)
              if t.reason and t.reason.startswith("revert to ")]
    assert change == [("notes", "Complex attack.", record.notes),
                      ("sources", "Le Monde (killed 8)", None)]
    back = team.history.revert_record(record.id, lines[0].entry_id)
    assert to_plain({**team.incidents.state(back.id), "status": None}) == to_plain(
        {**_as_created(team, record.id), "status": None})


def _as_created(desk: Desk, ref: str) -> dict:
    return desk.history.for_incident(ref)[0].new_value


def test_a_revert_of_an_approved_incident_is_a_pending_revision(team: Desk) -> None:
    record = approved_incident(team)
    team.incidents.update(record.id, {"fatalities": 9, "status": "submitted"})
    team.switch_user("boubacar")
    team.review.approve(record.id)
    team.switch_user("amina")
    created = team.history.timeline(record.id)[0].entry_id
    revision = team.history.revert_field(record.id, "fatalities", created)
    assert (revision.status, revision.fatalities) == ("draft", 7)
    assert team.incidents.get(record.id).fatalities == 9


def test_a_revert_to_a_point_inside_a_revision_takes_the_revision_then(team: Desk) -> None:
    record = approved_incident(team)
    team.incidents.update(record.id, {"injured": 2}, reason="first guess")
    team.incidents.update(record.id, {"injured": 4, "kidnapped": 1})
    point = next(t.entry_id for t in team.history.timeline(record.id)
                 if t.reason == "first guess" and t.field == "injured")
    working = team.history.revert_record(record.id, point)
    assert (working.injured, working.kidnapped, working.status) == (2, None, "draft")
    assert team.incidents.get(record.id).injured is None


def _partial_creation_entry(desk: Desk, ref: str) -> None:
    """The creation entry as demos before the store's batch wrote it: a few fields."""
    kept = ("event_date", "event_type", "sub_event_type", "place_id", "fatalities", "notes",
            "status", "actor1")
    entry_id = desk.history.for_incident(ref)[0].id
    with desk.db.write() as session:
        entry = session.get(HistoryEntry, entry_id)
        assert entry is not None and entry.new_value is not None
        entry.new_value = json.dumps({k: v for k, v in json.loads(entry.new_value).items()
                                      if k in kept}, ensure_ascii=False, sort_keys=True)


@pytest.mark.parametrize("entry", ["whole", "partial"])
def test_demo_incidents_revert_to_their_creation(desk: Desk, entry: str) -> None:
    """The demo records each incident's whole state, as a form's save does; an older
    demo's desk holds a partial creation entry, and a revert works there too."""
    generate(desk, 5, seed=2)
    ref = desk.incidents.ids()[0]
    original = desk.incidents.state(ref)
    if entry == "whole":
        assert desk.history.for_incident(ref)[0].new_value == to_plain(original)
    else:
        _partial_creation_entry(desk, ref)
        assert set(desk.history.for_incident(ref)[0].new_value) < set(original)
    desk.incidents.update(ref, {"fatalities": 99, "fatalities_high": 99, "notes": "mistake",
                                "assoc_actor_1": [], "tags": ["wrong"]})
    first = desk.history.for_incident(ref)[0].id
    desk.history.revert_record(ref, first)
    assert to_plain({**desk.incidents.working_state(ref), "status": None}) == to_plain(
        {**original, "status": None})


def test_bad_reverts_are_refused(team: Desk) -> None:
    one = team.incidents.create(complete_values(team))
    other = team.incidents.create(complete_values(team))
    entry = team.history.for_incident(other.id)[0].id
    with pytest.raises(NotFoundError, match=f"{one.human_id} has no history entry"):
        team.history.revert_record(one.id, entry)
    with pytest.raises(ValidationError, match="cannot be reverted"):
        team.history.revert_field(one.id, "status", entry)
