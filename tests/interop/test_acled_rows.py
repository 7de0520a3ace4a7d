"""An incident as ACLED rows: the date-range rule, timestamps, the cell rules."""

from __future__ import annotations

import calendar
import dataclasses
from datetime import date

import pytest

from sahel_desk.interop.acled_rows import (
    HEADER,
    acled_timestamp,
    export_rows,
    row_dict,
    split_share,
)
from sahel_desk.interop.cells import (
    EXCEL_CELL_LIMIT,
    chunks,
    cut_for_cell,
    guard_csv,
    starts_like_formula,
    unguard_csv,
    utf16_length,
)
from sahel_desk.store.records import IncidentFilter
from tests.interop.conftest import info, load, summary_block


@pytest.mark.parametrize(("total", "days", "parts"), [
    (7, 2, [4, 3]), (7, 3, [3, 2, 2]), (8, 3, [4, 2, 2]), (2, 3, [2, 0, 0]), (0, 2, [0, 0]),
    (None, 2, [None, None]),
])
def test_totals_split_evenly_with_the_remainder_on_the_first_day(total, days, parts):
    shares = [split_share(total, days, i) for i in range(days)]
    assert shares == parts
    assert total is None or sum(shares) == total


def test_a_date_range_is_one_row_on_its_first_day_unless_split(desk, add):
    record = add(event_date="2017-05-07", event_date_end="2017-05-09", injured=5)
    [row] = [row_dict(r) for r in export_rows(record)]
    assert row["event_date"] == date(2017, 5, 7)
    assert (row["range_start"], row["range_end"]) == (date(2017, 5, 7), date(2017, 5, 9))
    assert row["fatalities"] == 7

    rows = [row_dict(r) for r in export_rows(record, split_ranges=True)]
    assert [r["event_date"] for r in rows] == [date(2017, 5, d) for d in (7, 8, 9)]
    assert [r["event_id_cnty"] for r in rows] == [f"{record.human_id}-{i}" for i in (1, 2, 3)]
    assert [r["fatalities"] for r in rows] == [3, 2, 2]
    assert [r["fatalities_high"] for r in rows] == [3, 3, 3]
    assert [r["injured"] for r in rows] == [3, 1, 1]
    assert [r["claimed_killed"] for r in rows] == [7, None, None]
    assert all("split into 3 daily events" in r["notes"] for r in rows)
    assert all(r["notes"].startswith(record.notes) for r in rows)
    assert {r["human_id"] for r in rows} == {record.human_id}


def test_a_split_range_in_the_workbook_is_still_one_incident_in_the_summary(desk, add, tmp_path):
    add(event_date="2017-05-07", event_date_end="2017-05-08")
    report = desk.exports.excel(tmp_path / "out.xlsx", IncidentFilter(), split_ranges=True)
    assert (report.incidents, report.rows) == (1, 2)
    wb = load(tmp_path / "out.xlsx")
    assert wb["Incidents"].max_row == 3
    assert summary_block(wb, "Headline figures")["Incidents"][0] == 1
    assert "one row per day" in info(wb)["Date ranges"]


def test_timestamp_is_the_acled_one_when_kept_else_the_last_change(desk, add):
    record = add()
    assert acled_timestamp(record) == calendar.timegm(record.updated_at.timetuple())
    imported = dataclasses.replace(record, acled_timestamp=1_600_000_000, revision=3)
    assert acled_timestamp(imported) == 1_600_000_000


def test_a_record_without_place_or_actors_gives_blank_cells(desk):
    record = desk.incidents.create({"status": "draft", "notes": "to code"})
    row = row_dict(export_rows(record)[0])
    assert len(row) == len(HEADER)
    assert row["event_date"] is None and row["iso"] is None and row["actor1"] is None
    assert row["notes"] == "to code" and row["sources_count"] == 0


@pytest.mark.parametrize("text", ["=1+1", "+1", "-2", "@SUM(A1)", "\tx", "\rx"])
def test_formula_like_text_is_guarded_in_csv_and_unguarded_back(text):
    assert starts_like_formula(text)
    assert guard_csv(text) == "'" + text and unguard_csv(guard_csv(text)) == text


def test_plain_text_is_left_alone():
    for text in ("Gao", "'quoted'", "", "1-2", "جاو"):
        assert guard_csv(text) == text and unguard_csv(text) == text


def test_long_text_is_cut_within_the_limit_and_chunks_join_back():
    text = ("ab🙂" * 20_000) + "end"  # the emoji counts twice in Excel
    assert utf16_length(text) == 80_003
    cut = cut_for_cell(text, " [cut]")
    assert utf16_length(cut) <= EXCEL_CELL_LIMIT and cut.endswith(" [cut]")
    assert text.startswith(cut[: -len(" [cut]")])
    pieces = chunks(text)
    assert "".join(pieces) == text
    assert all(utf16_length(p) <= 32_000 for p in pieces)


def test_acled_timestamp_survives_review_but_not_a_local_edit(desk) -> None:
    from sahel_desk.interop.acled_rows import acled_timestamp
    from tests.core.helpers import complete_values

    record = desk.incidents.create(complete_values(desk, acled_event_id="MLI9999",
                                                   acled_timestamp=1700000000))
    assert acled_timestamp(record) == 1700000000
    same = desk.incidents.update(record.id, {"status": "submitted", "fatalities": 7})
    assert acled_timestamp(same) == 1700000000
    edited = desk.incidents.update(record.id, {"fatalities": 8})
    assert edited.acled_timestamp is None
    assert acled_timestamp(edited) == calendar.timegm(edited.updated_at.timetuple())
    history = [(h.field, h.old_value, h.new_value) for h in desk.history.for_incident(record.id)]
    assert ("acled_timestamp", 1700000000, None) in history
