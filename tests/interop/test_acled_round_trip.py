"""Import then export: the Incidents sheet's ACLED columns give back the events imported.

Invented events in the current layout must come back column for column. The
real monadic file (read from ../shared, skipped when absent) must come back
event by event: its one-row-per-actor rows are compared at event level (actor 2
and its associated actors rebuilt from the second row, inter codes against
their text, interaction against its old numeric code).
"""

from __future__ import annotations

import csv
from collections import defaultdict
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from sahel_desk.codebook import taxonomy as tx
from sahel_desk.interop.acled_read import parse_date
from sahel_desk.reference.place_index import haversine_km
from sahel_desk.services.acled_import import MATCH_KM
from sahel_desk.services.desk import Desk
from sahel_desk.services.exports import ALL_STATUSES
from sahel_desk.store.records import IncidentFilter
from sahel_desk.text.normalize import fold
from tests.interop.test_acled_import import current_rows, made_up_events, write_layout

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
REAL_FILE = SHARED / "data" / "acled" / "acled_mali_2017-2020_monadic.csv"


def exported_rows(desk: Desk, path: Path) -> dict[str, dict[str, Any]]:
    """The Incidents sheet of an export of every incident, by event_id_cnty."""
    from openpyxl import load_workbook

    desk.exports.excel(path, IncidentFilter(statuses=ALL_STATUSES))
    book = load_workbook(path, read_only=True)
    try:
        rows = book["Incidents"].iter_rows(values_only=True)
        header = next(rows)
        assert header[:31] == tx.ACLED_COLUMNS
        return {row[0]: dict(zip(header, row, strict=True)) for row in rows}
    finally:
        book.close()


def _plain(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def test_invented_events_come_back_column_for_column(desk: Desk, tmp_path: Path) -> None:
    events = made_up_events()
    desk.acled.import_file(write_layout(tmp_path / "events.csv", "current", events))
    out = exported_rows(desk, tmp_path / "export.xlsx")
    assert len(out) == len(events)
    for written in current_rows(events):
        row = out[written["event_id_cnty"]]
        differ = {c: (_plain(written[c]), _plain(row[c])) for c in tx.ACLED_COLUMNS
                  if _plain(written[c]) != _plain(row[c])}
        assert differ == {}, written["event_id_cnty"]


# --- the real monadic file -------------------------------------------------------------


@pytest.fixture(scope="module")
def round_trip(tmp_path_factory: pytest.TempPathFactory):
    if not REAL_FILE.is_file():
        pytest.skip(f"the real ACLED file is absent (looked for {REAL_FILE})")
    folder = tmp_path_factory.mktemp("acled-round-trip")
    with Desk.open(folder / "desk", user="amina") as desk:
        report = desk.acled.import_file(REAL_FILE)
        yield desk, report, exported_rows(desk, folder / "export.xlsx")


def _events() -> dict[str, tuple[dict[str, str], dict[str, str] | None]]:
    """Each event's (actor 1 row, actor 2 row or None), as the monadic file has them."""
    rows: dict[str, list[dict[str, str]]] = defaultdict(list)
    with REAL_FILE.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            rows[row["event_id_cnty"]].append(row)
    events = {}
    for event_id, members in rows.items():
        one, two = members[0], (members[1] if len(members) > 1 else None)
        if two is not None and one["inter1"] == "7" and two["inter1"] != "7":
            one, two = two, one
        events[event_id] = (one, two)
    return events


def places_by_event(desk: Desk) -> tuple[dict[str, Any], dict[str, set[str]]]:
    """Each incident's place by ACLED event id, and every place's folded spellings."""
    from sqlalchemy import select

    from sahel_desk.model import Incident, Place, PlaceName

    with desk.db.read() as session:
        places = {row.acled_event_id: row for row in session.execute(
            select(Incident.acled_event_id, Place.id, Place.origin, Place.name, Place.admin1,
                   Place.admin2, Place.admin3, Place.latitude, Place.longitude)
            .join(Place, Place.id == Incident.place_id))}
        spellings: dict[str, set[str]] = defaultdict(set)
        for place_id, folded in session.execute(select(PlaceName.place_id, PlaceName.folded)):
            spellings[place_id].add(folded)
    return places, spellings


def _names(written: str) -> list[str]:
    return [part.strip() for part in written.split(";") if part.strip()]


@pytest.mark.shared
@pytest.mark.slow
def test_the_real_file_comes_back_event_by_event(round_trip) -> None:
    """Every column the older file has (it has no civilian_targeting or tags)."""
    desk, report, out = round_trip
    events = _events()
    assert len(out) == len(events) == 3314
    known = {a.name: {a.name, *a.aliases} for a in desk.actors.list()}
    retyped = {warning.split(": type ")[0] for warning in report.warnings}
    problems: list[str] = []

    def same(event_id: str, column: str, expected: Any, got: Any) -> None:
        if expected != got:
            problems.append(f"{event_id} {column}: file {expected!r}, export {got!r}")

    def same_actors(event_id: str, column: str, written: str, got: str | None) -> None:
        wanted, exported = _names(written), _names(got or "")
        if len(wanted) != len(exported) or any(
                w not in known[e] for w, e in zip(wanted, exported, strict=False)):
            problems.append(f"{event_id} {column}: file {written!r}, export {got!r}")

    places, spellings = places_by_event(desk)
    linked = 0
    for event_id, (one, two) in events.items():
        row = out[event_id]
        for column in ("event_type", "sub_event_type", "country", "source", "source_scale",
                       "notes"):
            same(event_id, column, one[column], row[column] or "")
        for column in ("time_precision", "geo_precision", "fatalities", "timestamp", "year",
                       "iso"):
            same(event_id, column, int(one[column]), row[column])
        same(event_id, "event_date", parse_date(one["event_date"]), row["event_date"].date())
        same(event_id, "disorder_type", tx.disorder_type_of(one["sub_event_type"]),
             row["disorder_type"])
        same(event_id, "region", one["region"], row["region"])
        same_actors(event_id, "actor1", one["actor1"], row["actor1"])
        same_actors(event_id, "assoc_actor_1", one["assoc_actor_1"], row["assoc_actor_1"])
        same_actors(event_id, "actor2", two["actor1"] if two else "", row["actor2"])
        same_actors(event_id, "assoc_actor_2", two["assoc_actor_1"] if two else "",
                    row["assoc_actor_2"])
        inters = [int(one["inter1"]), int(two["inter1"]) if two else None]
        if not {row["actor1"], row["actor2"]} & retyped:
            same(event_id, "inter1", tx.ACTOR_TYPE_BY_CODE[inters[0]].label, row["inter1"])
            same(event_id, "inter2", inters[1] and tx.ACTOR_TYPE_BY_CODE[inters[1]].label,
                 row["inter2"])
            same(event_id, "interaction", int(one["interaction"]), row["interaction_code"])
        place = places[event_id]
        exported_place = tuple(row[c] for c in ("location", "admin1", "admin2", "admin3",
                                                 "latitude", "longitude"))
        if place.origin == "custom":
            same(event_id, "location", (one["location"], one["admin1"], one["admin2"] or None,
                                        one["admin3"] or None, float(one["latitude"]),
                                        float(one["longitude"])), exported_place)
        else:
            # Matched to a gazetteer place: the export gives that place, which must be the
            # one ACLED names (same name, region, within MATCH_KM).
            linked += 1
            same(event_id, "location", (place.name, place.admin1, place.admin2, place.admin3,
                                        place.latitude, place.longitude), exported_place)
            assert fold(one["location"]) in spellings[place.id]
            assert place.admin1 == one["admin1"]
            assert haversine_km(float(one["latitude"]), float(one["longitude"]),
                                place.latitude, place.longitude) <= MATCH_KM
    assert problems == [], "\n".join(problems)
    assert 0 < linked < len(events) // 2
