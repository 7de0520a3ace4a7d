"""An incident keeps its location as coded: taken from its place when one is picked,
adjusted by the coder, and never changed by the gazetteer; when its place changes the
incident says so, and the coder takes the new values as a recorded change or keeps
the old ones."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from sahel_desk.model import Place
from sahel_desk.services.desk import Desk
from sahel_desk.store.records import IncidentRecord
from tests.core.helpers import complete_values, place_id

LOCATED = ("location", "country_code", "admin1", "admin2", "admin3", "latitude", "longitude")


def place_row(desk: Desk, pid: str) -> dict[str, Any]:
    """The place as its table row holds it (the source of truth for what is taken)."""
    with desk.db.read() as session:
        place = session.scalars(select(Place).where(Place.id == pid)).one()
        return {"location": place.name, "country_code": place.country_code,
                "admin1": place.admin1, "admin2": place.admin2, "admin3": place.admin3,
                "latitude": place.latitude, "longitude": place.longitude}


def located(record: IncidentRecord) -> dict[str, Any]:
    return {name: getattr(record, name) for name in LOCATED}


def test_picking_a_place_codes_its_location(desk: Desk) -> None:
    gao = place_id(desk)
    record = desk.incidents.create(complete_values(desk))
    assert located(record) == place_row(desk, gao)
    assert record.place is not None and record.place.id == gao
    assert not record.place_changed


def test_a_coder_may_move_the_point_and_keeps_the_place(desk: Desk) -> None:
    record = desk.incidents.create(complete_values(desk, latitude=16.30, longitude="-0,05"))
    assert (record.latitude, record.longitude) == (16.30, -0.05)
    assert record.location == "Gao"
    changed = desk.incidents.update(record.human_id, {"notes": "Corrigé."})
    assert (changed.latitude, changed.longitude) == (16.30, -0.05)


def test_picking_another_place_takes_its_location_unless_one_is_given(desk: Desk) -> None:
    record = desk.incidents.create(complete_values(desk))
    kidal = place_id(desk, "Kidal")
    moved = desk.incidents.update(record.human_id, {"place_id": kidal})
    assert located(moved) == place_row(desk, kidal)
    mine = desk.incidents.update(record.human_id, {
        "place_id": place_id(desk), "location": "Almoustarat", "latitude": 17.41,
        "longitude": 0.18})
    assert (mine.location, mine.latitude, mine.admin1) == ("Almoustarat", 17.41, "Gao")


def _move_place(desk: Desk, pid: str) -> None:
    desk.places.update(pid, name="Gao (ville)", latitude=16.2717, admin2="Gao cercle")


def test_a_gazetteer_edit_leaves_the_location_and_says_the_place_changed(desk: Desk) -> None:
    gao = place_id(desk)
    record = desk.incidents.create(complete_values(desk))
    before = located(record)
    _move_place(desk, gao)
    after = desk.incidents.get(record.human_id)
    assert located(after) == before
    assert after.place_changed
    assert after.revision == record.revision
    assert not {h.field for h in desk.history.for_incident(record.human_id)} & set(LOCATED)


def test_taking_the_new_values_is_a_recorded_change(desk: Desk) -> None:
    gao = place_id(desk)
    record = desk.incidents.create(complete_values(desk, status="draft"))
    _move_place(desk, gao)
    taken = desk.incidents.take_place_location(record.human_id)
    assert located(taken) == place_row(desk, gao)
    assert taken.location == "Gao (ville)" and taken.admin2 == "Gao cercle"
    assert not taken.place_changed
    assert taken.revision == record.revision + 1
    fields = {h.field for h in desk.history.for_incident(record.human_id)}
    assert {"location", "latitude", "admin2"} <= fields


def test_keeping_the_coded_location_stops_the_notice_and_changes_nothing(desk: Desk) -> None:
    record = desk.incidents.create(complete_values(desk))
    _move_place(desk, place_id(desk))
    kept = desk.incidents.keep_coded_location(record.human_id)
    assert not kept.place_changed
    assert located(kept) == located(record)
    assert kept.revision == record.revision


@pytest.mark.parametrize("ref", ["MLI-1999-0001", ""])
def test_taking_a_place_of_an_unknown_incident_is_refused(desk: Desk, ref: str) -> None:
    from sahel_desk.errors import UserError

    with pytest.raises(UserError):
        desk.incidents.take_place_location(ref)


def test_an_incident_without_a_place_cannot_take_one(desk: Desk) -> None:
    from sahel_desk.errors import InputError

    record = desk.incidents.create({"place_id": None, "location": "Boni", "country_code": "ML",
                                    "latitude": 15.0, "longitude": -1.5})
    with pytest.raises(InputError, match="not linked to a gazetteer place"):
        desk.incidents.take_place_location(record.human_id)
