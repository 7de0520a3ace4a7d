"""The demo writes through the store like any other way in, on SQLite and PostgreSQL.

Its incidents pass the codebook, carry their whole state in the history, get
their human ids from their place's country, and their list columns and search
text from the store; a user name no column holds, a researcher on a team desk
or a count out of range is refused plainly, through the API and the command
line, and every table stays as it was.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from sahel_desk.codebook.validation import check_incident
from sahel_desk.errors import InputError, PermissionDeniedError, ValidationError
from sahel_desk.model import HistoryEntry, Incident, Place
from sahel_desk.reference.countries import country
from sahel_desk.services.demo import generate
from sahel_desk.services.desk import Desk
from sahel_desk.store.list_columns import refresh_list_columns
from sahel_desk.store.records import IncidentFilter, to_plain
from tests.desk_state import changed_tables, desk_fingerprint_at, run_cli

pytestmark = pytest.mark.backends("sqlite", "postgresql")


def _where(data_dir: Path, db_url: str | None) -> list[str]:
    return ["--db", db_url] if db_url else ["--data-dir", str(data_dir)]


def _rows(desk: Desk) -> list[Any]:
    with desk.db.read() as session:
        return list(session.execute(
            select(Incident.id, Incident.human_id, Incident.event_date, Place.country_code,
                   Incident.list_actor1, Incident.list_actor2, Incident.list_location,
                   Incident.list_admin1, Incident.list_country)
            .join(Place, Place.id == Incident.place_id).order_by(Incident.human_id)))


def test_demo_incidents_are_written_as_the_store_writes_any(desk: Desk) -> None:
    assert generate(desk, 120, seed=4) == 120
    assert generate(desk, 30, seed=5) == 30  # a second run numbers on, from the same counter
    rows = _rows(desk)
    assert len(rows) == 150
    numbers: dict[str, list[int]] = defaultdict(list)
    for row in rows:
        state = desk.incidents.state(row.id)
        assert check_incident(state) == [], row.human_id
        found = country(row.country_code)
        assert found is not None
        prefix = f"{found.iso3}-{row.event_date.year}-"
        assert row.human_id.startswith(prefix)
        numbers[prefix].append(int(row.human_id[len(prefix):]))
    for prefix, taken in numbers.items():
        assert sorted(taken) == list(range(1, len(taken) + 1)), prefix
    with desk.db.read() as session:
        created = {entity_id: json.loads(value or "null") for entity_id, value
                   in session.execute(select(HistoryEntry.entity_id, HistoryEntry.new_value)
                                      .where(HistoryEntry.reason == "demo data",
                                             HistoryEntry.field == "*"))}
    assert {row.id: to_plain(desk.incidents.state(row.id)) for row in rows} == created
    with desk.db.write() as session:
        refresh_list_columns(session)
    assert _rows(desk) == rows  # the batch's list columns are what the refresh gives


def test_demo_notes_are_searchable(desk: Desk) -> None:
    generate(desk, 40, seed=6)
    ids = desk.incidents.ids(IncidentFilter(statuses=("approved", "submitted", "draft",
                                                      "in_review", "changes_requested")))
    state = desk.incidents.state(ids[0])
    word = max(re.findall(r"[A-Za-z]{5,}", state["notes"]), key=len)
    assert ids[0] in desk.incidents.ids(IncidentFilter(
        text=word.lower(), statuses=("approved", "submitted", "draft", "in_review",
                                     "changes_requested")))


def test_a_user_name_no_column_holds_is_refused(data_dir: Path, db_url: str | None) -> None:
    before = desk_fingerprint_at(data_dir, db_url)
    with Desk.open(data_dir, db_url, user="u" * 500) as desk, pytest.raises(
            ValidationError) as caught:
        generate(desk, 10)
    assert caught.value.fields == ["user"]
    assert "is 500 characters long; at most 100 fit" in str(caught.value)
    done = run_cli([*_where(data_dir, db_url), "--user", "u" * 500, "demo", "--incidents", "10"])
    assert done.code == 2
    assert "Invalid demo data: user: 'uuuu" in done.err and "is 500 characters long" in done.err
    assert changed_tables(before, desk_fingerprint_at(data_dir, db_url)) == ""


def test_a_researcher_may_not_fill_a_team_desk(data_dir: Path, db_url: str | None) -> None:
    with Desk.open(data_dir, db_url, user="hawa") as desk:
        desk.profiles.create("hawa", role="administrator")
        desk.profiles.create("amina", role="researcher")
    before = desk_fingerprint_at(data_dir, db_url)
    with Desk.open(data_dir, db_url, user="amina") as desk, pytest.raises(
            PermissionDeniedError) as caught:
        generate(desk, 10)
    assert "amina is a researcher and may not fill the desk with demo incidents" in str(
        caught.value)
    done = run_cli([*_where(data_dir, db_url), "--user", "amina", "demo", "--incidents", "5"])
    assert done.code == 2 and "may not fill the desk with demo incidents" in done.err
    assert changed_tables(before, desk_fingerprint_at(data_dir, db_url)) == ""
    assert run_cli([*_where(data_dir, db_url), "--user", "hawa", "demo", "--incidents",
                    "5"]).code == 0


@pytest.mark.parametrize("count", [0, -3, 2**31, 2**63])
def test_a_count_out_of_range_is_refused(data_dir: Path, db_url: str | None, count: int
                                         ) -> None:
    before = desk_fingerprint_at(data_dir, db_url)
    with Desk.open(data_dir, db_url, user="amina") as desk, pytest.raises(
            InputError, match="--incidents must be between 1 and 2000000"):
        generate(desk, count)
    done = run_cli([*_where(data_dir, db_url), "demo", "--incidents", str(count)])
    assert done.code == 2
    assert re.search(r"argument --incidents: -?\d+ is (below 1|above 2,000,000)", done.err)
    assert changed_tables(before, desk_fingerprint_at(data_dir, db_url)) == ""
