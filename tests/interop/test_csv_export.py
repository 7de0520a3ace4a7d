"""The Incidents rows as CSV: Excel-friendly UTF-8, the workbook's layout."""

from __future__ import annotations

import csv
import io

import pytest

from sahel_desk.interop.acled_rows import HEADER, acled_row
from sahel_desk.interop.csv_export import csv_value, unguard_text
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
    assert first["notes"] == "'" + formula and unguard_text(first["notes"]) == formula
    assert second["notes"] == long_note.strip()


def test_csv_follows_the_status_default_and_the_split_rule(desk, add, tmp_path):
    add(event_date="2017-05-07", event_date_end="2017-05-09")
    add(status="draft")
    report = desk.exports.csv(tmp_path / "out.csv", IncidentFilter(), split_ranges=True)
    rows = _rows(tmp_path / "out.csv")
    assert (report.incidents, report.rows) == (1, 3)
    assert [r["event_date"] for r in rows] == ["2017-05-07", "2017-05-08", "2017-05-09"]
    assert [r["fatalities"] for r in rows] == ["3", "2", "2"]


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
HOSTILE_NOTES = ("x;=cmd|' /C calc'!A0; then, +1 and\t-2;@SUM(A1:A9)\n"
                 "=HYPERLINK(\"http://evil.example\") ; -3 , 'quoted already")


def _is_number(cell: str) -> bool:
    try:
        float(cell)
    except ValueError:
        return False
    return True


def _formula_cells(cells: list[str]) -> list[str]:
    return [c for c in cells if c.startswith(FORMULA_STARTS) and not _is_number(c)]


def test_no_cell_starts_a_formula_whichever_separator_a_reader_splits_on(desk, add, tmp_path):
    record = add(notes=HOSTILE_NOTES, tags=["=tag", "a;-b", "\t@x"],
                 assoc_actor_1=["Katiba Macina"],
                 sources=[{"publication": "@RFI; =x", "killed": 7}])
    assert record.place.longitude < 0  # a negative number that must stay a number
    desk.exports.csv(tmp_path / "out.csv", IncidentFilter())
    text = (tmp_path / "out.csv").read_text(encoding="utf-8-sig")
    for delimiter in (",", ";", "\t"):
        # As a spreadsheet honouring the quotes would split it ...
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
        assert [c for row in rows for c in _formula_cells(row)] == [], delimiter
        # ... and as one that ignores them, splitting every line on the separator.
        pieces = [piece.strip('"') for line in text.splitlines()
                  for piece in line.split(delimiter)]
        assert _formula_cells(pieces) == [], delimiter
    [row] = _rows(tmp_path / "out.csv")
    assert unguard_text(row["notes"]) == HOSTILE_NOTES
    assert unguard_text(row["tags"]) == "; ".join(record.tags)
    assert unguard_text(row["source"]) == "@RFI; =x"
    # Numbers are written bare, text quoted: the longitude is a negative number.
    assert row["longitude"] == str(record.place.longitude)
    assert f",{record.place.longitude}," in text
    assert '"' + row["human_id"] + '"' in text


@pytest.mark.parametrize("text", [
    "=1+1", "-5", "a, -b", "\t=x", "'\t", "'=x", "''=x", "+a\n@b\r-c", "ok, fine; yes",
    "  =x", ";;;", "\r\n=x", "=", "'", "x;=cmd|' /C calc'!A0;", "a\t\t+b", ""])
def test_the_guard_comes_off_exactly(text):
    from sahel_desk.interop.csv_export import guard_text

    guarded = guard_text(text)
    assert unguard_text(guarded) == text
    assert not guarded.startswith(("\t", "\r"))
    for delimiter in (",", ";", "\t", "\r", "\n"):
        assert _formula_cells([p.lstrip(" ") for p in guarded.split(delimiter)]) == []
