"""The Incidents rows as CSV: Excel-friendly UTF-8, the workbook's layout."""

from __future__ import annotations

import csv

import pytest

from sahel_desk.interop.acled_rows import HEADER, acled_row
from sahel_desk.interop.cells import unguard_csv
from sahel_desk.interop.csv_export import csv_value
from sahel_desk.store.records import IncidentFilter

pytestmark = pytest.mark.backends("sqlite", "postgresql")

ARABIC_NOTE = "هجوم على قاعدة الجيش في المسترات قرب غاو، وأسفر عن مقتل سبعة جنود."


def _rows(path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        reader = csv.DictReader(f)
        assert tuple(reader.fieldnames) == HEADER
        return list(reader)


def test_csv_starts_with_a_bom_and_gives_arabic_back(desk, add, tmp_path):
    record = add(notes=ARABIC_NOTE, assoc_actor_1=["Katiba Macina"])
    report = desk.exports.csv(tmp_path / "out.csv", IncidentFilter())
    raw = (tmp_path / "out.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert ARABIC_NOTE.encode("utf-8") in raw
    [row] = _rows(tmp_path / "out.csv")
    assert row["notes"] == ARABIC_NOTE
    assert (report.format, report.incidents, report.rows) == ("csv", 1, 1)
    expected = [csv_value(v) for v in acled_row(desk.incidents.get(record.id))]
    assert [row[name] for name in HEADER] == expected
    assert row["event_date"] == "2017-05-07" and row["latitude"] == str(record.place.latitude)
    assert row["inter1"] == "Rebel group" and row["inter1_code"] == "2"
    assert row["assoc_actor_1"] == "Katiba Macina" and row["claimed_killed"] == "7"
    assert row["range_start"] == "" and row["status"] == "approved"


def test_csv_keeps_formula_like_text_inert_and_long_text_whole(desk, add, tmp_path):
    formula = '=HYPERLINK("http://evil.example","x")'
    long_note = "Longue note. " * 4000
    add(notes=formula)
    add(notes=long_note.strip(), event_date="2017-05-08")
    desk.exports.csv(tmp_path / "out.csv", IncidentFilter())
    first, second = _rows(tmp_path / "out.csv")
    assert first["notes"] == "'" + formula and unguard_csv(first["notes"]) == formula
    assert second["notes"] == long_note.strip()


def test_csv_follows_the_status_default_and_the_split_rule(desk, add, tmp_path):
    add(event_date="2017-05-07", event_date_end="2017-05-09")
    add(status="draft")
    report = desk.exports.csv(tmp_path / "out.csv", IncidentFilter(), split_ranges=True)
    rows = _rows(tmp_path / "out.csv")
    assert (report.incidents, report.rows) == (1, 3)
    assert [r["event_date"] for r in rows] == ["2017-05-07", "2017-05-08", "2017-05-09"]
    assert [r["fatalities"] for r in rows] == ["3", "2", "2"]
