"""A place that changed in the gazetteer under an approved incident: the coder's
"take the new values" waits for a reviewer like any edit of published data."""

from __future__ import annotations

from sahel_desk.services.desk import Desk
from tests.core.helpers import place_id
from tests.core.test_coded_location import located, place_row
from tests.review.conftest import approved_incident


def test_on_an_approved_incident_the_new_values_wait_for_review(team: Desk) -> None:
    gao = place_id(team)
    approved = approved_incident(team)
    team.switch_user("hawa")
    team.places.update(gao, name="Gao (ville)", latitude=16.2717, admin2="Gao cercle")
    team.switch_user("amina")
    assert team.incidents.get(approved.human_id).place_changed
    team.incidents.take_place_location(approved.human_id)
    assert located(team.incidents.get(approved.human_id)) == located(approved)
    assert located(team.incidents.working_record(approved.human_id)) == place_row(team, gao)
    team.review.submit(approved.human_id)
    team.switch_user("boubacar")
    now = team.review.approve(approved.human_id)
    assert located(now) == place_row(team, gao)
    assert not team.incidents.get(approved.human_id).place_changed
