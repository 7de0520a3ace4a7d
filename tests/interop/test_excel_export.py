"""The export workbook, written by the Desk API and read back with openpyxl."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from sahel_desk.codebook.taxonomy import ACLED_COLUMNS
from sahel_desk.interop.acled_rows import EXTRA_COLUMNS, acled_row
from sahel_desk.interop.cells import utf16_length
from sahel_desk.services.exports import ALL_STATUSES
from sahel_desk.store.records import IncidentFilter
from tests.interop.conftest import (
    JNIM,
    KATIBA_MACINA,
    cells_by_header,
    info,
    load,
    summary_block,
    table,
)

pytestmark = pytest.mark.backends("sqlite", "postgresql")

SHEETS = ["Incidents", "Sources", "Claims", "Actors", "Places", "Codebook", "Summary",
          "Export info"]


def test_the_workbook_has_its_sheets_and_acleds_columns_then_the_extras(desk, add, tmp_path):
    add()
    report = desk.exports.excel(tmp_path / "out.xlsx", IncidentFilter())
    wb = load(tmp_path / "out.xlsx")
    assert wb.sheetnames == SHEETS
    header = [c.value for c in wb["Incidents"][1]]
    assert header[:31] == list(ACLED_COLUMNS)
    assert header[31:] == list(EXTRA_COLUMNS)
    for extra in ("status", "fatalities_low", "fatalities_high", "injured", "kidnapped",
                  "arrested", "claimed_killed", "claimant", "sources_count", "uuid",
                  "human_id"):
        assert extra in header
    assert (report.incidents, report.rows, report.sources, report.claims) == (1, 1, 1, 1)
    assert report.format == "xlsx" and report.path == tmp_path / "out.xlsx"


def test_values_are_written_as_acled_writes_them_in_real_cells(desk, add, tmp_path):
    record = add(assoc_actor_1=[KATIBA_MACINA], tags=["claimed", "convoy"],
                 sources=[{"publication": "RFI", "source_scale": "International"},
                          {"publication": "Studio Tamani", "source_scale": "National"}])
    desk.exports.excel(tmp_path / "out.xlsx", IncidentFilter())
    cells = cells_by_header(load(tmp_path / "out.xlsx")["Incidents"])
    value = {name: cell.value for name, cell in cells.items()}
    assert cells["event_date"].is_date and value["event_date"] == datetime(2017, 5, 7)
    for name in ("year", "time_precision", "iso", "latitude", "longitude", "geo_precision",
                 "fatalities", "timestamp", "fatalities_low", "fatalities_high",
                 "claimed_killed", "sources_count", "inter1_code", "inter2_code",
                 "interaction_code"):
        assert cells[name].data_type == "n", name
        assert isinstance(value[name], int | float), name
    assert value["event_id_cnty"] == record.human_id and value["human_id"] == record.human_id
    assert value["uuid"] == record.id
    assert value["year"] == 2017 and value["iso"] == 466
    assert (value["region"], value["country"], value["admin1"], value["location"]) == (
        "Western Africa", "Mali", record.place.admin1, "Gao")
    assert value["latitude"] == record.place.latitude
    assert value["disorder_type"] == "Political violence"
    assert value["assoc_actor_1"] == KATIBA_MACINA
    # Current ACLED text in the ACLED columns, the old numeric codes beside in the extras.
    assert (value["inter1"], value["inter1_code"]) == ("Rebel group", 2)
    assert (value["inter2"], value["inter2_code"]) == ("State forces", 1)
    assert (value["interaction"], value["interaction_code"]) == ("State forces-Rebel group", 12)
    assert value["source"] == "RFI; Studio Tamani"
    assert value["source_scale"] == "International-National"
    assert value["tags"] == "claimed; convoy"
    assert abs(value["timestamp"] - datetime.now().timestamp()) < 3600 * 24
    assert value["civilian_targeting"] is None
    assert (value["fatalities"], value["fatalities_low"], value["fatalities_high"]) == (7, 7, 9)
    assert (value["claimed_killed"], value["claimed_vehicles_seized"]) == (7, 3)
    assert value["claimant"] == JNIM and value["sources_count"] == 2
    assert value["status"] == "approved"
    # The workbook row is the shared ACLED row, cell for cell.
    expected = acled_row(desk.incidents.get(record.id))
    for (name, cell), want in zip(cells.items(), expected, strict=True):
        if isinstance(want, date):
            want = datetime.combine(want, datetime.min.time())
        assert cell.value == want, name


def test_data_sheets_have_a_frozen_header_and_an_autofilter(desk, add, tmp_path):
    add()
    desk.exports.excel(tmp_path / "out.xlsx", IncidentFilter())
    wb = load(tmp_path / "out.xlsx")
    assert wb["Incidents"].freeze_panes == "B2"
    for name in ("Incidents", "Sources", "Claims", "Actors", "Places", "Codebook"):
        ws = wb[name]
        assert ws.freeze_panes in ("A2", "B2"), name
        assert ws.auto_filter.ref and ws.auto_filter.ref.startswith("A1:"), name
        assert all(cell.font.b for cell in ws[1] if cell.value), name
    assert wb["Incidents"].auto_filter.ref == "A1:AX2"
    assert wb["Incidents"].column_dimensions["AB"].width > 50  # notes


def test_claims_are_in_a_right_to_left_sheet_with_the_hijri_date_beside_the_gregorian(
        desk, add, tmp_path):
    record = add()
    desk.exports.excel(tmp_path / "out.xlsx", IncidentFilter())
    ws = load(tmp_path / "out.xlsx")["Claims"]
    assert ws.sheet_view.rightToLeft is True
    header = [c.value for c in ws[1]]
    assert header.index("claim_date") == header.index("date_written") + 1
    cells = cells_by_header(ws)
    claim = record.claims[0]
    assert cells["original_text"].value == claim.original_text
    assert cells["date_written"].value == "الأحد 11/08/1438"
    assert cells["claim_date"].is_date and cells["claim_date"].value == datetime(2017, 5, 7)
    assert cells["claimant"].value == JNIM and cells["killed"].value == 7
    assert cells["competing"].value is False and cells["coded_fatalities"].value == 7
    assert cells["human_id"].value == record.human_id


def test_text_that_looks_like_a_formula_is_written_as_text(desk, add, tmp_path):
    notes = ['=HYPERLINK("http://evil.example/x","click me")', "+1", "-2", "@SUM(A1:A2)"]
    for note in notes:
        add(notes=note, sources=[{"publication": "=cmd|' /C calc'!A0"}])
    desk.exports.excel(tmp_path / "out.xlsx", IncidentFilter())
    wb = load(tmp_path / "out.xlsx")
    ws = wb["Incidents"]
    column = [c.value for c in ws[1]].index("notes") + 1
    written = [ws.cell(row=r, column=column) for r in range(2, 6)]
    assert sorted(c.value for c in written) == sorted(notes)
    for cell in written:
        assert cell.data_type == "s", cell.value
        assert cell.quotePrefix, cell.value
    for row in wb["Sources"].iter_rows(min_row=2):
        assert row[2].data_type == "s" and row[2].value.startswith("=cmd")


def test_text_over_the_cell_limit_is_cut_with_a_marker_and_kept_whole(desk, add, tmp_path):
    unit = "Embuscade près de Boulkessi. كمين قرب بولكيسي 🙂 "
    note = (unit * (80_000 // len(unit) + 1))[:80_000].strip()
    record = add(notes=note)
    report = desk.exports.excel(tmp_path / "out.xlsx", IncidentFilter())
    wb = load(tmp_path / "out.xlsx")
    assert report.long_texts == 1 and wb.sheetnames[-1] == "Long text"
    shown = cells_by_header(wb["Incidents"])["notes"].value
    assert utf16_length(shown) <= 32_767
    assert "Long text" in shown and "LT-1" in shown
    assert note.startswith(shown[:30_000])
    pieces = [row for row in table(wb["Long text"]) if row["ref"] == "LT-1"]
    assert len(pieces) == 3
    assert [p["part"] for p in pieces] == [1, 2, 3]
    assert {(p["sheet"], p["cell"], p["column"], p["record"]) for p in pieces} == {
        ("Incidents", "AB2", "notes", record.human_id)}
    assert "".join(p["text"] for p in pieces) == note


def test_only_approved_incidents_by_default_and_export_info_says_which(desk, add, tmp_path):
    approved = add()
    draft = add(status="draft")
    submitted = add(status="submitted")
    report = desk.exports.excel(tmp_path / "default.xlsx", IncidentFilter())
    wb = load(tmp_path / "default.xlsx")
    assert [r["human_id"] for r in table(wb["Incidents"])] == [approved.human_id]
    assert info(wb)["Review states included"] == "approved"
    assert report.statuses == ("approved",)

    desk.exports.excel(tmp_path / "some.xlsx",
                       IncidentFilter(statuses=("approved", "submitted")))
    wb = load(tmp_path / "some.xlsx")
    assert {r["human_id"] for r in table(wb["Incidents"])} == {
        approved.human_id, submitted.human_id}
    assert info(wb)["Review states included"] == "submitted, approved"

    desk.exports.excel(tmp_path / "all.xlsx", IncidentFilter(statuses=ALL_STATUSES))
    wb = load(tmp_path / "all.xlsx")
    assert {r["human_id"] for r in table(wb["Incidents"])} == {
        approved.human_id, draft.human_id, submitted.human_id}
    assert info(wb)["Review states included"].startswith("all (draft, submitted")


def test_export_info_names_the_filters_the_time_the_version_and_the_counts(desk, add, tmp_path):
    add()
    flt = IncidentFilter(date_from=date(2017, 1, 1), date_to=date(2017, 12, 31), country="ML",
                         actor="JNIM", event_type="Battles")
    desk.exports.excel(tmp_path / "out.xlsx", flt)
    items = info(load(tmp_path / "out.xlsx"))
    assert items["Application"].startswith("Sahel Desk ")
    assert isinstance(items["Exported at (UTC)"], datetime)
    assert items["Exported by"] == "amina"
    assert items["Period from"] == datetime(2017, 1, 1)
    assert items["Period to"] == datetime(2017, 12, 31)
    assert (items["Country"], items["Actor (with its component groups)"],
            items["Event type"]) == ("ML", "JNIM", "Battles")
    assert items["Incidents"] == 1 and items["Rows in Incidents"] == 1
    assert items["Sources"] == 1 and items["Claims"] == 1
    assert "inter1_code" in items["inter1, inter2, interaction"]
    assert "first day" in items["Date ranges"]


def test_filters_are_the_incident_lists(desk, add, tmp_path):
    jnim = add()
    macina = add(actor1=KATIBA_MACINA, event_type="Violence against civilians",
                 sub_event_type="Attack", actor2="Civilians (Mali)", claims=[])
    add(event_date="2018-02-01", place_id=desk.places.find("Mopti", country_code="ML")[0].id)

    def human_ids(flt: IncidentFilter) -> set[str]:
        desk.exports.csv(tmp_path / "f.csv", flt)
        import csv

        with (tmp_path / "f.csv").open(encoding="utf-8-sig", newline="") as f:
            return {row["human_id"] for row in csv.DictReader(f)}

    in_2017 = IncidentFilter(date_from=date(2017, 1, 1), date_to=date(2017, 12, 31))
    assert human_ids(in_2017) == {jnim.human_id, macina.human_id}
    assert human_ids(IncidentFilter(actor="JNIM", date_to=date(2017, 12, 31))) == {
        jnim.human_id, macina.human_id}
    assert human_ids(IncidentFilter(event_type="Violence against civilians")) == {
        macina.human_id}
    assert len(human_ids(IncidentFilter(country="Mali", admin1="Mopti"))) == 1


def test_summary_counts_component_groups_and_has_charts(desk, add, tmp_path):
    add()  # JNIM against the army, 7 killed, claimed by JNIM (7)
    add(actor1=KATIBA_MACINA, fatalities=4, fatalities_low=4, fatalities_high=4, claims=[])
    add(actor1=KATIBA_MACINA, event_type="Violence against civilians", sub_event_type="Attack",
        actor2="Civilians (Mali)", fatalities=3, fatalities_low=3, fatalities_high=3,
        claims=[])
    desk.exports.excel(tmp_path / "out.xlsx", IncidentFilter())
    wb = load(tmp_path / "out.xlsx")
    ws = wb["Summary"]
    assert len(ws._charts) == 4
    headline = summary_block(wb, "Headline figures")
    assert headline["Incidents"][0] == 3 and headline["Fatalities"][0] == 14
    assert headline["Civilian fatalities (incidents targeting civilians)"][0] == 3
    assert headline["Claimed incidents"][0] == 1
    actors = summary_block(wb, "Actor")
    assert actors[JNIM] == (3, 14, KATIBA_MACINA)  # its own incident and Katiba Macina's two
    assert actors[KATIBA_MACINA] == (2, 7, None)
    assert actors["Military Forces of Mali"][:2] == (2, 11)  # the family of the dated variant
    assert next(iter(actors)) == JNIM
    assert summary_block(wb, "Event type") == {
        "Battles": (2, 11, None), "Violence against civilians": (1, 3, None)}
    assert summary_block(wb, "Claimant") == {JNIM: (1, 7, 7)}
    regions = summary_block(wb, "Region (admin1)")
    assert list(regions.values()) == [(3, 14, "Mali")]


def test_reference_sheets_hold_what_the_incidents_use_with_codes_beside_labels(
        desk, add, tmp_path):
    add(actor1=KATIBA_MACINA, claims=[])
    desk.exports.excel(tmp_path / "out.xlsx", IncidentFilter())
    wb = load(tmp_path / "out.xlsx")
    actors = {row["name"]: row for row in table(wb["Actors"])}
    assert set(actors) == {KATIBA_MACINA, JNIM, "Military Forces of Mali (2013-2020)"}
    assert actors[KATIBA_MACINA]["parent"] == JNIM
    assert (actors[JNIM]["actor_type"], actors[JNIM]["actor_type_label"]) == (2, "Rebel group")
    assert "كتيبة ماسينا" in actors[KATIBA_MACINA]["aliases"]
    assert actors[JNIM]["incidents"] == 0 and actors[KATIBA_MACINA]["incidents"] == 1
    places = table(wb["Places"])
    assert [p["name"] for p in places] == ["Gao"] and places[0]["incidents"] == 1
    assert places[0]["iso"] == 466 and isinstance(places[0]["latitude"], float)
    codebook = table(wb["Codebook"])
    lists = {row["list"] for row in codebook}
    for name in ("disorder_type", "event_type", "sub_event_type", "inter (actor type)",
                 "interaction", "time_precision", "geo_precision", "status (review state)",
                 "attack_type (GTD)", "target_type (GTD)", "weapon_type (GTD)"):
        assert name in lists
    inter = [(r["code"], r["label"]) for r in codebook if r["list"] == "inter (actor type)"]
    assert inter[1] == (2, "Rebel group") and len(inter) == 8
    armed_clash = next(r for r in codebook if r["code"] == "Armed clash")
    assert armed_clash["event_type"] == "Battles"
    assert (12, "State forces-Rebel group") in {
        (r["code"], r["label"]) for r in codebook if r["list"] == "interaction"}


def test_an_empty_export_is_a_valid_workbook(desk, tmp_path: Path):
    report = desk.exports.excel(tmp_path / "empty.xlsx", IncidentFilter())
    wb = load(tmp_path / "empty.xlsx")
    assert report.incidents == 0 and wb.sheetnames == SHEETS
    assert wb["Incidents"].max_row == 1
    assert summary_block(wb, "Headline figures")["Incidents"][0] == 0
