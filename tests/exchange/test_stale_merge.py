"""Two people saving the same incident: the later save merges instead of overwriting."""

from __future__ import annotations

import pytest

from sahel_desk.errors import StaleRevisionError
from tests.exchange.conftest import code_incident

pytestmark = pytest.mark.backends("sqlite", "postgresql")


@pytest.fixture
def team(make_desk):
    desk = make_desk("team", "hawa")
    desk.profiles.create("hawa", "administrator")
    desk.profiles.create("amina", "researcher")
    desk.profiles.create("moussa", "researcher")
    desk.switch_user("amina")
    return desk


def test_a_stale_save_merges_other_fields_and_keeps_a_conflict_for_the_same_one(team):
    record = code_incident(team)
    loaded = team.incidents.working_state(record.id)
    team.switch_user("moussa")
    team.incidents.update(record.id, {"injured": 4, "fatalities": 8},
                          expected_revision=record.revision)
    team.switch_user("amina")
    with pytest.raises(StaleRevisionError, match="moussa"):
        team.incidents.update(record.id, {"notes": "mine", "fatalities": 9},
                              expected_revision=record.revision)
    saved = team.incidents.save_merging(record.id, loaded, {"notes": "mine", "fatalities": 9})
    assert saved.conflicts == ("fatalities",) and saved.changed_meanwhile_by == "moussa"
    assert saved.changed_meanwhile == ("fatalities", "injured")
    got = team.incidents.get(record.id)
    assert (got.notes, got.injured, got.fatalities) == ("mine", 4, 8)
    [conflict] = team.exchange.conflicts()
    assert (conflict.local_value, conflict.remote_value, conflict.base_value) == (8, 9, 7)
    # the researcher settles her own form's conflict, as a recorded change
    team.exchange.resolve(conflict.id, "remote")
    assert team.incidents.get(record.id).fatalities == 9
    assert team.history.for_incident(record.id)[-1].user == "amina"


def test_a_stale_save_of_an_approved_incident_stays_a_pending_revision(team):
    record = code_incident(team)
    team.switch_user("hawa")
    team.review.approve(record.id)
    team.switch_user("amina")
    loaded = team.incidents.working_state(record.id)
    team.switch_user("moussa")
    team.incidents.update(record.id, {"injured": 4})
    team.switch_user("amina")
    saved = team.incidents.save_merging(record.id, loaded, {"notes": "mine"})
    assert saved.conflicts == ()
    working = team.incidents.working_state(record.id)
    assert (working["notes"], working["injured"]) == ("mine", 4)
    assert team.incidents.get(record.id).notes == record.notes  # approved version unchanged
