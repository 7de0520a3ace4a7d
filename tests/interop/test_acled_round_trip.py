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
from sahel_desk.services.desk import Desk
from sahel_desk.services.exports import ALL_STATUSES
from sahel_desk.store.records import IncidentFilter
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


def _names(written: str) -> list[str]:
    return [part.strip() for part in written.split(";") if part.strip()]


def _number(written: str) -> int | None:
    return int(written) if written.strip() else None


@pytest.mark.shared
@pytest.mark.slow
def test_the_real_file_comes_back_event_by_event(round_trip) -> None:
    """Every column the older file has, compared with the file's own text: its one row
    per actor is one event with actor 2 from the second row; inter codes and the
    interaction come back in the numeric extra columns, ``event_id_no_cnty`` as the
    number of the event id, ``iso3`` as the country's. (ACLED's ``data_id`` names one
    row of the monadic file, not the event: the desk keeps one record per event.)
    Inter codes of events whose actor ACLED itself typed two ways follow the registry."""
    _desk, report, out = round_trip
    events = _events()
    assert len(out) == len(events) == 3314
    # An actor ACLED types differently from one event to another keeps one type in the
    # registry; the import warns of it, and those events' inter codes follow the registry.
    retyped = {warning.split(": type ")[0] for warning in report.warnings}
    assert len(retyped) <= 2, report.warnings
    problems: list[str] = []

    def same(event_id: str, column: str, expected: Any, got: Any) -> None:
        if expected != got:
            problems.append(f"{event_id} {column}: file {expected!r}, export {got!r}")

    for event_id, (one, two) in events.items():
        row = out[event_id]
        for column in ("event_id_cnty", "event_type", "sub_event_type", "country", "region",
                       "admin1", "admin2", "admin3", "location", "source", "source_scale",
                       "notes", "actor1"):
            same(event_id, column, one[column], _plain(row[column]))
        same(event_id, "assoc_actor_1", _names(one["assoc_actor_1"]),
             _names(row["assoc_actor_1"] or ""))
        same(event_id, "actor2", two["actor1"] if two else "", _plain(row["actor2"]))
        same(event_id, "assoc_actor_2", _names(two["assoc_actor_1"]) if two else [],
             _names(row["assoc_actor_2"] or ""))
        for column in ("time_precision", "geo_precision", "fatalities", "timestamp", "year",
                       "iso"):
            same(event_id, column, int(one[column]), row[column])
        for column in ("latitude", "longitude"):
            same(event_id, column, float(one[column]), row[column])
            same(event_id, f"{column} (4 decimals)", f"{float(one[column]):.4f}",
                 f"{row[column]:.4f}")
        same(event_id, "event_date", parse_date(one["event_date"]), row["event_date"].date())
        same(event_id, "event_id_no_cnty", one["event_id_no_cnty"],
             row["event_id_cnty"].removeprefix("MLI"))
        if not {row["actor1"], row["actor2"]} & retyped:
            same(event_id, "inter1", _number(one["inter1"]), row["inter1_code"])
            same(event_id, "inter2", _number(two["inter1"]) if two else None,
                 row["inter2_code"])
            same(event_id, "interaction", int(one["interaction"]), row["interaction_code"])
        same(event_id, "iso3", one["iso3"], "MLI" if row["iso"] == 466 else row["iso"])
    assert problems == [], f"{len(problems)} differences:\n" + "\n".join(problems[:60])


@pytest.mark.shared
@pytest.mark.slow
def test_a_geonames_import_leaves_every_exported_location_as_it_was(
        round_trip, tmp_path: Path) -> None:
    """The gazetteer learns new places and moves old ones; the incidents keep their
    location as coded, byte for byte in the export, and those whose linked place changed
    say so."""
    desk, _report, before = round_trip
    dumps = sorted((SHARED / "data" / "geonames").glob("*.txt"))
    if not dumps:
        pytest.skip(f"the GeoNames dumps are absent (looked in {SHARED / 'data' / 'geonames'})")
    desk.gazetteer.import_geonames(dumps)
    after = exported_rows(desk, tmp_path / "after.xlsx")
    located = ("iso", "region", "country", "admin1", "admin2", "admin3", "location",
               "latitude", "longitude", "geo_precision")
    moved = [event_id for event_id, row in before.items()
             if [repr(row[c]) for c in located] != [repr(after[event_id][c]) for c in located]]
    assert moved == []
    from sqlalchemy import func, select

    from sahel_desk.model import Incident, Place

    with desk.db.read() as session:
        told = session.scalar(select(func.count()).select_from(Incident).join(
            Place, Place.id == Incident.place_id).where(
            Place.location_version > Incident.place_version))
    assert told and told > 100  # the import did move places these incidents link to
