"""Which incidents are compared: the block, as the rule says it (duplicates/blocking.py)
and as the database finds it (store/duplicates.py), widened for coarse dates and places."""

from __future__ import annotations

import itertools
import random
from datetime import date, timedelta
from typing import Any

import pytest

from sahel_desk.duplicates.blocking import RADIUS_KM, WINDOW_DAYS, in_block
from sahel_desk.services.desk import Desk
from sahel_desk.store.duplicates import candidate_pairs, candidates_near, read_facts
from tests.duplicates.facts import at, clash, east

pytestmark = pytest.mark.backends("sqlite", "postgresql")


def test_the_window_is_a_few_days_widened_for_coarse_dates() -> None:
    day = clash()
    assert in_block(day, clash(event_date=day.event_date + timedelta(days=WINDOW_DAYS)))
    assert not in_block(day, clash(event_date=day.event_date + timedelta(days=4)))
    week = clash(time_precision=2)  # three days either side
    assert in_block(week, clash(event_date=week.event_date + timedelta(days=6)))
    assert not in_block(week, clash(event_date=week.event_date + timedelta(days=7)))
    month = clash(time_precision=3)
    assert in_block(month, clash(event_date=month.event_date - timedelta(days=18)))
    span = clash(event_date=date(2017, 5, 1), event_date_end=date(2017, 5, 20))
    assert in_block(span, clash(event_date=date(2017, 5, 23)))
    assert not in_block(span, clash(event_date=date(2017, 5, 24)))


def test_the_radius_widens_for_places_coded_near_a_town_and_regions_compare_by_region(
        ) -> None:
    assert in_block(clash(), at(east(RADIUS_KM - 1)))
    assert not in_block(clash(), at(east(RADIUS_KM + 1)))
    assert in_block(clash(), at(east(RADIUS_KM + 10), geo_precision=2))
    assert in_block(clash(geo_precision=2), at(east(RADIUS_KM + 25), geo_precision=2))
    region = clash(geo_precision=3, latitude=14.0, longitude=-4.0)
    assert in_block(region, at(east(300)))
    assert not in_block(region, at(east(300), admin1="Gao"))
    assert not in_block(clash(), clash(country_code="BF"))


# --- the database finds the same block ---------------------------------------------------

#: places around Douentza, a few to tens of km apart
SPOTS = [(15.0, -2.95), (15.02, -2.9), (15.1, -2.8), (14.9, -3.1), (15.3, -2.6),
         (14.58, -1.09)]


def _random_incidents(desk: Desk, seed: int, count: int) -> None:
    rng = random.Random(seed)
    for _ in range(count):
        lat, lon = rng.choice(SPOTS)
        lat += rng.uniform(-0.05, 0.05)
        lon += rng.uniform(-0.05, 0.05)
        day = date(2017, 5, 1) + timedelta(days=rng.randint(0, 40))
        values: dict[str, Any] = {
            "event_date": day.isoformat(),
            "time_precision": rng.choice([1, 1, 1, 2, 3, None]),
            "location": "Site", "country_code": rng.choice(["ML", "ML", "ML", "BF"]),
            "admin1": rng.choice(["Mopti", "Mopti", "Gao"]), "latitude": round(lat, 4),
            "longitude": round(lon, 4), "geo_precision": rng.choice([1, 1, 2, 3]),
        }
        if rng.random() < 0.15:
            values["time_precision"] = 2
            values["event_date_end"] = (day + timedelta(days=rng.randint(1, 25))).isoformat()
        desk.incidents.create(values)


def test_the_database_finds_exactly_the_pairs_of_the_block(desk: Desk) -> None:
    """Every pair the rule puts in the block, and no other, is found, whichever side
    is coarse; and the form's check around each incident finds the same neighbours."""
    _random_incidents(desk, seed=3, count=90)
    with desk.db.read() as session:
        facts = read_facts(session, desk.incidents.ids(), words=False)
        found = {pair for pair in candidate_pairs(session)
                 if in_block(facts[pair[0]], facts[pair[1]])}
        near = {incident_id: set(candidates_near(session, probe))
                for incident_id, probe in facts.items()}
    expected = {(min(x, y), max(x, y)) for x, y in itertools.combinations(facts, 2)
                if in_block(facts[x], facts[y])}
    assert len(expected) > 150  # the set is dense enough to say something
    assert found == expected
    for incident_id, neighbours in near.items():
        assert neighbours == {y for x, y in itertools.permutations(facts, 2)
                              if x == incident_id and in_block(facts[x], facts[y])}
