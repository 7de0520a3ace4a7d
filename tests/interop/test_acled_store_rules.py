"""An ACLED import obeys the store's rules, as a form's save does, on SQLite and PostgreSQL.

Values no column holds, codes no codebook knows, digits that are not digits and a user
name too long to record are refused plainly, naming the line and the field, through
the Desk API and the command line, with and without a dry run; and every table is as
it was (tests/desk_state.py). What is written has its history, its human id
from the incident's country, its list columns and search text, and the access policy
is asked.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from sahel_desk.codebook import taxonomy as tx
from sahel_desk.errors import PermissionDeniedError, ValidationError
from sahel_desk.model import HistoryEntry, Incident
from sahel_desk.services.acled_import import AcledImportError
from sahel_desk.services.desk import Desk
from sahel_desk.store.list_columns import refresh_list_columns
from sahel_desk.store.records import IncidentFilter, to_plain
from tests.desk_state import changed_tables, desk_fingerprint, desk_fingerprint_at, run_cli
from tests.interop.test_acled_import import current_rows, made_up_events, write_csv

pytestmark = pytest.mark.backends("sqlite", "postgresql")

#: the first added event's line: the file's four invented events are lines 2 to 5
LINE = 6


def _file(tmp_path: Path, changes: list[dict[str, Any]], name: str = "events.csv") -> Path:
    """The invented events, then one more event per change (lines 6, 7, ...). The first
    notes are long, so that a NUL further on is past what the reader sniffs for binary."""
    events = made_up_events()
    events[0]["notes"] += " Invented." * 1000
    rows = current_rows(events)
    for number, change in enumerate(changes, start=1):
        rows.append({**rows[2], "event_id_cnty": f"MLI9800{number}", **change})
    return write_csv(tmp_path / name, tx.ACLED_COLUMNS, rows)


def _where(data_dir: Path, db_url: str | None) -> list[str]:
    return ["--db", db_url] if db_url else ["--data-dir", str(data_dir)]


# --- refused, and nothing changes --------------------------------------------------------

BAD_VALUES = {
    "a 40,000-character actor name": (
        {"actor1": "Katiba " + "x" * 40_000},
        "actor1: is 40,007 characters long; at most 300 fit"),
    "a 40,000-character associated actor": (
        {"assoc_actor_1": "Farmers; " + "y" * 40_000},
        "assoc_actor_1: 'yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy…' is 40,000 characters"),
    "the country code MLXYZ": ({"country": "MLXYZ"}, "country: 'MLXYZ' is not a known country"),
    "fatalities above 2^31": ({"fatalities": 2**31}, "fatalities: 2,147,483,648 is too large"),
    "a timestamp above 2^31": (
        {"timestamp": 2**31 + 7}, "acled_timestamp: 2,147,483,655 is too large"),
    "a time precision above 2^31": (
        {"time_precision": 2**40}, "time_precision: 1,099,511,627,776 is too large"),
    "a NUL in an actor name": (
        {"actor2": "Militia\x00of Nowhere", "inter2": 3}, "actor2: contains a NUL character"),
    "a NUL in the notes": ({"notes": "Invented\x00notes."}, "notes: contains a NUL character"),
    "a NUL in a source": ({"source": "Radio\x00Fictive"}, "source: contains a NUL character"),
    "a NUL in the location": (
        {"location": "Douna\x00Fictive"}, "location: contains a NUL character"),
    "a superscript count": ({"fatalities": "²"}, "fatalities: '²' is not a whole number"),
    "a circled count": ({"fatalities": "①"}, "fatalities: '①' is not a whole number"),
    "a circled code": ({"geo_precision": "①"}, "geo_precision: '①' is not a whole number"),
    "a superscript code": ({"time_precision": "²"}, "time_precision: '²' is not a whole number"),
    "a superscript timestamp": (
        {"timestamp": "¹⁶⁰⁰⁰⁰⁰⁰⁰⁹"}, "acled_timestamp: '¹⁶⁰⁰⁰⁰⁰⁰⁰⁹' is not a whole number"),
    "a circled inter code": ({"inter1": "⑥"}, "inter1: '⑥' is not an actor type"),
    "a superscript date": (
        {"event_date": "２⁰¹⁹-03-05"}, "event_date: '２⁰¹⁹-03-05' is not a date"),
}


@pytest.mark.parametrize("case", list(BAD_VALUES))
def test_a_bad_value_is_a_bad_row_and_nothing_changes(desk: Desk, tmp_path: Path,
                                                      case: str) -> None:
    change, words = BAD_VALUES[case]
    path = _file(tmp_path, [change])
    before = desk_fingerprint(desk)
    dry = desk.acled.import_file(path, dry_run=True)
    with pytest.raises(AcledImportError) as caught:
        desk.acled.import_file(path)
    for report in (dry, caught.value.report):
        [(line, reason)] = report.bad_rows
        assert line == LINE and reason.startswith("event MLI98001: ")
        assert words in reason
    assert changed_tables(before, desk_fingerprint(desk)) == ""


@pytest.mark.parametrize("case", ["a 40,000-character actor name", "the country code MLXYZ",
                                  "a timestamp above 2^31", "a NUL in an actor name",
                                  "a superscript count", "a circled code"])
def test_the_command_line_names_the_line_and_field_and_changes_nothing(
        data_dir: Path, db_url: str | None, tmp_path: Path, case: str) -> None:
    change, words = BAD_VALUES[case]
    path = str(_file(tmp_path, [change]))
    before = desk_fingerprint_at(data_dir, db_url)
    for extra in (["--dry-run"], []):
        done = run_cli([*_where(data_dir, db_url), "import", "acled", path, *extra])
        assert done.code == 2
        assert f"line {LINE}: event MLI98001: " in done.err and words in done.err
    assert changed_tables(before, desk_fingerprint_at(data_dir, db_url)) == ""


def test_an_iso3_code_no_country_has_is_a_bad_row(desk: Desk, tmp_path: Path) -> None:
    """The older layouts name the country by its ISO3 code too."""
    from sahel_desk.interop.acled_read import DYADIC_COLUMNS
    from tests.interop.test_acled_import import dyadic_rows

    rows = dyadic_rows(made_up_events())
    rows[1] = {**rows[1], "country": "", "iso3": "MLXYZ"}
    path = write_csv(tmp_path / "dyadic.csv", DYADIC_COLUMNS, rows)
    before = desk_fingerprint(desk)
    with pytest.raises(AcledImportError) as caught:
        desk.acled.import_file(path)
    [(line, reason)] = caught.value.report.bad_rows
    assert line == 3 and "country: 'MLXYZ' is not a known country" in reason
    assert changed_tables(before, desk_fingerprint(desk)) == ""


def test_a_user_name_no_column_holds_is_refused_once(data_dir: Path, db_url: str | None,
                                                     tmp_path: Path) -> None:
    path = _file(tmp_path, [])
    before = desk_fingerprint_at(data_dir, db_url)
    with Desk.open(data_dir, db_url, user="u" * 500) as desk:
        for dry_run in (True, False):
            with pytest.raises(ValidationError) as caught:
                desk.acled.import_file(path, dry_run=dry_run)
            assert caught.value.fields == ["user"]
            assert "is 500 characters long; at most 100 fit" in str(caught.value)
    for extra in (["--dry-run"], []):
        done = run_cli([*_where(data_dir, db_url), "--user", "u" * 500, "import", "acled",
                        str(path), *extra])
        assert done.code == 2 and "user: 'uuuu" in done.err
    assert changed_tables(before, desk_fingerprint_at(data_dir, db_url)) == ""


# --- digits of other scripts are digits ---------------------------------------------------

ARABIC = {"fatalities": "٧", "geo_precision": "۲", "time_precision": "١", "inter1": "٦",
          "timestamp": "١٦٠٠٠٠٠٠٠٩", "event_date": "٢٠١٩-٠٣-٠٥"}


def test_eastern_arabic_digits_are_read_as_digits(data_dir: Path, db_url: str | None,
                                                  tmp_path: Path) -> None:
    path = str(_file(tmp_path, [ARABIC]))
    where = _where(data_dir, db_url)
    done = run_cli([*where, "import", "acled", path, "--dry-run"])
    assert done.code == 0 and "5 incidents would be added" in done.out
    done = run_cli([*where, "import", "acled", path])
    assert done.code == 0 and "5 incidents were added" in done.out
    with Desk.open(data_dir, db_url, user="amina") as desk:
        record = desk.incidents.get("MLI98001")
    assert (record.fatalities, record.geo_precision, record.time_precision, record.inter1,
            record.acled_timestamp, record.event_date) == (7, 2, 1, 6, 1600000009,
                                                           date(2019, 3, 5))


# --- what is written ------------------------------------------------------------------

NIGER = {"event_id_cnty": "NIG90005", "country": "Niger", "admin1": "Tillaberi",
         "admin2": "Ouallam", "admin3": "Tondikiwindi", "location": "Invented Well",
         "latitude": 14.55, "longitude": 1.78}


def test_new_incidents_have_their_history_human_ids_and_derived_columns(desk: Desk,
                                                                        tmp_path: Path
                                                                        ) -> None:
    events = made_up_events()
    events.append({**events[0], **NIGER})
    path = write_csv(tmp_path / "events.csv", tx.ACLED_COLUMNS, current_rows(events))
    report = desk.acled.import_file(path, state="submitted")
    assert report.added == 5
    with desk.db.read() as session:
        rows = {event_id: (incident_id, human_id) for event_id, incident_id, human_id
                in session.execute(select(Incident.acled_event_id, Incident.id,
                                          Incident.human_id))}
        entries = list(session.execute(select(
            HistoryEntry.change_id, HistoryEntry.entity_id, HistoryEntry.field,
            HistoryEntry.new_value).where(HistoryEntry.reason == "ACLED import of events.csv")))
    # Human ids from each incident's country and year.
    assert rows["NIG90005"][1] == "NER-2019-0001"
    assert rows["MLI90001"][1] == "MLI-2019-0001"
    assert rows["MLI90004"][1] == "MLI-2017-0001"
    # One change set: each incident's whole state, and each actor and place it added.
    assert len({e.change_id for e in entries}) == 1
    created = {e.entity_id: json.loads(e.new_value or "null") for e in entries
               if e.field == "*"}
    for event_id, (incident_id, _) in rows.items():
        assert created[incident_id] == to_plain(desk.incidents.state(event_id))
    actor = next(a for a in desk.actors.find("Invented Militia of the Dunes"))
    assert created[actor.id] == {"name": "Invented Militia of the Dunes", "actor_type": 3}
    assert actor.aliases == ("Invented Militia of the Dunes",)
    [place] = desk.places.find("Invented Well")
    assert created[place.id]["country_code"] == "NE" and place.origin == "custom"
    assert len(created) == 5 + len(report.actors_created) + len(report.places_created)
    # The list columns are what the store's refresh gives; the notes are searchable.
    assert _list_columns(desk) == _list_columns(desk, refreshed=True)
    found = desk.incidents.ids(IncidentFilter(text="granaries", statuses=("submitted",)))
    assert found == [rows["MLI90004"][0]]


def _list_columns(desk: Desk, *, refreshed: bool = False) -> dict[str, tuple[Any, ...]]:
    with desk.db.write() as session:
        if refreshed:
            refresh_list_columns(session)
        found = {row.id: tuple(row[1:]) for row in session.execute(select(
            Incident.id, Incident.list_actor1, Incident.list_actor2, Incident.list_location,
            Incident.list_admin1, Incident.list_country))}
        session.rollback()
    return found


def test_an_update_is_recorded_and_keeps_the_human_id(desk: Desk, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "events.csv", tx.ACLED_COLUMNS, current_rows(made_up_events()))
    desk.acled.import_file(path)
    human_id = desk.incidents.get("MLI90001").human_id
    events = made_up_events()
    events[0] = {**events[0], "fatalities": 6, "timestamp": 1600000099}
    write_csv(tmp_path / "again.csv", tx.ACLED_COLUMNS, current_rows(events))
    report = desk.acled.import_file(tmp_path / "again.csv")
    assert (report.added, report.updated) == (0, 1)
    record = desk.incidents.get("MLI90001")
    assert (record.human_id, record.fatalities, record.revision) == (human_id, 6, 2)
    changes = {(h.field, h.old_value, h.new_value) for h in desk.history.for_incident(human_id)
               if h.reason == "ACLED import of again.csv"}
    assert changes == {("fatalities", 4, 6), ("acled_timestamp", 1600000001, 1600000099)}


# --- the access policy ----------------------------------------------------------------


@pytest.fixture
def team(desk: Desk) -> Desk:
    desk.profiles.create("hawa", role="administrator")
    desk.switch_user("hawa")
    desk.profiles.create("amina", role="researcher")
    desk.switch_user("amina")
    return desk


@pytest.mark.parametrize("state", ["approved", "in_review", "rejected"])
def test_a_researcher_may_not_import_reviewed_records(team: Desk, tmp_path: Path,
                                                      state: str) -> None:
    path = _file(tmp_path, [])
    before = desk_fingerprint(team)
    for dry_run in (True, False):
        with pytest.raises(PermissionDeniedError) as caught:
            team.acled.import_file(path, state=state, dry_run=dry_run)
        assert "amina is a researcher and may not import ACLED events in a reviewed state" in str(
            caught.value)
    assert changed_tables(before, desk_fingerprint(team)) == ""
    assert team.acled.import_file(path, state="submitted").added == 4


def test_a_researcher_may_not_update_approved_incidents(team: Desk, tmp_path: Path) -> None:
    path = _file(tmp_path, [])
    team.switch_user("hawa")
    team.acled.import_file(path)
    team.switch_user("amina")
    events = made_up_events()
    events[1] = {**events[1], "fatalities": 3, "timestamp": 1600000099}
    write_csv(tmp_path / "again.csv", tx.ACLED_COLUMNS, current_rows(events))
    before = desk_fingerprint(team)
    with pytest.raises(PermissionDeniedError):
        team.acled.import_file(tmp_path / "again.csv", state="submitted")
    assert changed_tables(before, desk_fingerprint(team)) == ""
