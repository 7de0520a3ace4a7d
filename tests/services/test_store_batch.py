"""The store's batch entry (store/batch.py) and bulk registry (store/registry.py) directly:
what an import that skips bad rows relies on, and the history encoding bulk writers use."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import pytest

from sahel_desk.errors import ValidationError
from sahel_desk.model import Incident, new_id
from sahel_desk.services.desk import Desk
from sahel_desk.store import policy
from sahel_desk.store.batch import IncidentBatch, Publishing, encode_fast
from sahel_desk.store.history import encode
from sahel_desk.store.registry import NewActor, NewPlace, add_actors, add_places
from tests.core.helpers import complete_values
from tests.desk_state import changed_tables, desk_fingerprint

DEMO = Publishing(policy.Action.DEMO_DATA, policy.Action.DEMO_DATA, "test rows")


@dataclass(frozen=True)
class _Point:
    name: str
    at: datetime


@pytest.mark.parametrize("value", [
    None, 0, -3, 2**40, 1.5, True, "", "Tombouctou — تمبكتو", ["b", "a"], ("x", 1),
    {"z": 1, "a": [date(2020, 2, 29), None], "m": {"k": datetime(2021, 5, 6, 7, 8, 9, 123)}},
    {"sources": [{"published": date(2019, 1, 2), "killed": 3}], "notes": "é\n\t\"q\""},
    _Point("Boni", datetime(2022, 1, 1, 12, 30, 5, 999)),
])
def test_the_fast_history_encoding_is_the_stores(value: Any) -> None:
    assert encode_fast(value) == encode(value)


def _state(desk: Desk, **changes: Any) -> dict[str, Any]:
    """A valid typed state, as the store reads one back, with ``changes``."""
    record = desk.incidents.create(complete_values(desk, status="draft"))
    state = desk.incidents.state(record.id)
    for source in state["sources"]:
        source["id"] = new_id()
    return {**state, **changes}


def test_try_add_returns_a_states_problems_and_queues_nothing(desk: Desk) -> None:
    broken, unfit, approved = (_state(desk, fatalities=-2, event_type="Skirmish"),
                               _state(desk), _state(desk, status="approved"))
    with desk.db.write() as session:
        batch = IncidentBatch(session, user="amina", default_country="MLI", publishing=DEMO)
        errors = batch.try_add(broken, {"id": new_id()})
        assert {"fatalities", "event_type"} <= {e.field for e in errors}
        errors = batch.try_add(unfit, {"id": "x" * 37})  # no column holds that id
        assert "incident.id: is 37 characters long; at most 36 fit" in map(str, errors)
        assert "source.incident_id: is 37 characters long; at most 36 fit" in map(str, errors)
        assert all(rows == [] for rows in batch.tables.values())
        assert batch.touched == [] and not batch.publishes
        assert batch.try_add(approved, {"id": new_id()}) == []
        assert len(batch.tables[Incident]) == 1 and batch.publishes


def test_a_user_name_no_column_holds_refuses_the_batch_at_once(desk: Desk) -> None:
    with desk.db.write() as session, pytest.raises(ValidationError) as caught:
        IncidentBatch(session, user="a\x00b", default_country="MLI", publishing=DEMO)
    assert str(caught.value) == ("Invalid test rows: user: 'a\\x00b' contains a NUL "
                                 "character (\\x00), which cannot be stored")


def test_actors_and_places_no_column_holds_are_refused(desk: Desk) -> None:
    before = desk_fingerprint(desk)
    for work in (lambda session, history: add_actors(session, history,
                                                     [NewActor("A" * 301, 3)]),
                 lambda session, history: add_places(session, history, [NewPlace(
                     "Well", "NE", 14.5, 1.7, admin1="T" * 201)])):
        with pytest.raises(ValidationError) as caught, desk.db.write() as session:
            batch = IncidentBatch(session, user="amina", default_country="MLI",
                                  publishing=DEMO)
            work(session, batch.writer("test"))
        assert "at most" in str(caught.value)
    assert changed_tables(before, desk_fingerprint(desk)) == ""


def test_added_actors_and_places_are_found_by_their_names(desk: Desk) -> None:
    with desk.db.write() as session:
        batch = IncidentBatch(session, user="amina", default_country="MLI", publishing=DEMO)
        history = batch.writer("test")
        add_actors(session, history, [NewActor("Invented Brigade", 3, ("لواء مخترع",))])
        add_places(session, history, [NewPlace("Ségou Fictif", "ml", 13.4, -6.2, "Segou")])
        batch.write()
    [actor] = desk.actors.find("لواء مخترع")
    assert (actor.name, actor.aliases) == ("Invented Brigade", ("Invented Brigade", "لواء مخترع"))
    [place] = desk.places.find("segou fictif")
    assert (place.name, place.country_code, place.added_by) == ("Ségou Fictif", "ML", "amina")
