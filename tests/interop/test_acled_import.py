"""ACLED import: every layout and date format, re-imports, dry runs, bad files and rows.

The events here are invented (villages, sources and notes are made up) and
written by the tests in each of ACLED's layouts; the real ACLED file is only
read from ../shared at run time.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from sahel_desk.cli.main import main
from sahel_desk.codebook import taxonomy as tx
from sahel_desk.errors import InputError
from sahel_desk.interop.acled_read import DYADIC_COLUMNS, MONADIC_COLUMNS, parse_date
from sahel_desk.services.acled_import import AcledImportError
from sahel_desk.services.desk import Desk
from sahel_desk.store.records import IncidentFilter

pytestmark = pytest.mark.backends("sqlite", "postgresql")

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
REAL_FILE = SHARED / "data" / "acled" / "acled_mali_2017-2020_monadic.csv"
JNIM = "JNIM: Group for Support of Islam and Muslims"
FAMA = "Military Forces of Mali (2013-2020)"
CIVILIANS = "Civilians (Mali)"
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")


def made_up_events() -> list[dict[str, Any]]:
    """Four invented events, in ACLED's event-level terms (both sides on one row)."""
    return [
        {"event_id_cnty": "MLI90001", "event_date": date(2019, 3, 5), "time_precision": 1,
         "event_type": "Battles", "sub_event_type": "Armed clash",
         "actor1": JNIM, "assoc_actor_1": "", "inter1": 2,
         "actor2": FAMA, "assoc_actor_2": "", "inter2": 1,
         "country": "Mali", "admin1": "Gao", "admin2": "Ansongo", "admin3": "Ouattagouna",
         "location": "Kelba Ouest", "latitude": 15.2345, "longitude": 0.5678,
         "geo_precision": 2, "source": "Radio Fictive; Journal Imaginaire",
         "source_scale": "National-Subnational",
         "notes": "On 5 March 2019, invented militants clashed with soldiers near Kelba Ouest.",
         "fatalities": 4, "tags": "", "timestamp": 1600000001},
        {"event_id_cnty": "MLI90002", "event_date": date(2020, 11, 16), "time_precision": 2,
         "event_type": "Violence against civilians", "sub_event_type": "Attack",
         "actor1": "Katiba Macina", "assoc_actor_1": JNIM, "inter1": 2,
         "actor2": CIVILIANS, "assoc_actor_2": "Invented Teachers (Mali); Farmers of Nowhere",
         "inter2": 7, "country": "Mali", "admin1": "Mopti", "admin2": "Bankass",
         "admin3": "Segue", "location": "Douna Imaginaire", "latitude": 14.0123,
         "longitude": -3.4567, "geo_precision": 1, "source": "Echo du Sahel Fictif",
         "source_scale": "Local partner-New media",
         "notes": "Around 16 November 2020, invented gunmen attacked Douna Imaginaire.",
         "fatalities": 2, "tags": "women targeted: girls", "timestamp": 1600000002},
        {"event_id_cnty": "MLI90003", "event_date": date(2018, 7, 21), "time_precision": 1,
         "event_type": "Protests", "sub_event_type": "Peaceful protest",
         "actor1": "Protesters (Mali)", "assoc_actor_1": "", "inter1": 6,
         "actor2": "", "assoc_actor_2": "", "inter2": None,
         "country": "Mali", "admin1": "Segou", "admin2": "Niono", "admin3": "Pogo",
         "location": "Sokourani Fictif", "latitude": 14.3456, "longitude": -5.8765,
         "geo_precision": 1, "source": "Gazette de Test", "source_scale": "Subnational",
         "notes": "On 21 July 2018, residents of Sokourani Fictif marched for a road.",
         "fatalities": 0, "tags": "crowd size=around 100", "timestamp": 1600000003},
        {"event_id_cnty": "MLI90004", "event_date": date(2017, 12, 31), "time_precision": 3,
         "event_type": "Strategic developments", "sub_event_type": "Looting/property destruction",
         "actor1": "Invented Militia of the Dunes", "assoc_actor_1": "", "inter1": 3,
         "actor2": CIVILIANS, "assoc_actor_2": "", "inter2": 7,
         "country": "Mali", "admin1": "Tombouctou", "admin2": "Goundam", "admin3": "Tonka",
         "location": "Hamlet of Tests", "latitude": 16.1111, "longitude": -3.9999,
         "geo_precision": 3, "source": "Radio Fictive; Twitter; Lettre Inventee",
         "source_scale": "New media-National",
         "notes": "In December 2017, invented militiamen looted granaries at Hamlet of Tests.",
         "fatalities": 0, "tags": "", "timestamp": 1600000004},
    ]


# --- writing test files in ACLED's layouts --------------------------------------------


def date_text(day: date, style: str) -> str:
    if style == "long":
        return f"{day.day:02d} {MONTHS[day.month - 1]} {day.year}"
    if style == "short":
        return f"{day.day}-{MONTHS[day.month - 1][:3]}-{day.year % 100:02d}"
    return day.isoformat()


def _label(code: int | None) -> str:
    return tx.ACTOR_TYPE_BY_CODE[code].label if code else ""


def current_rows(events: list[dict[str, Any]], dates: str = "iso") -> list[dict[str, Any]]:
    return [{
        **e, "event_date": date_text(e["event_date"], dates), "year": e["event_date"].year,
        "disorder_type": tx.disorder_type_of(e["sub_event_type"]),
        "inter1": _label(e["inter1"]), "inter2": _label(e["inter2"]),
        "interaction": tx.interaction_text(e["inter1"], e["inter2"]),
        "civilian_targeting": "Civilians targeted" if e["inter2"] == 7 else "",
        "iso": 466, "region": "Western Africa",
    } for e in events]


def dyadic_rows(events: list[dict[str, Any]], dates: str = "long") -> list[dict[str, Any]]:
    return [{
        **e, "event_date": date_text(e["event_date"], dates), "year": e["event_date"].year,
        "inter2": e["inter2"] or "", "interaction": tx.interaction_code(e["inter1"], e["inter2"]),
        "data_id": 7000 + n, "event_id_no_cnty": e["event_id_cnty"][3:], "iso": 466,
        "region": "Western Africa", "iso3": "MLI",
    } for n, e in enumerate(events)]


def monadic_rows(events: list[dict[str, Any]], dates: str = "short") -> list[dict[str, Any]]:
    rows = []
    for row in dyadic_rows(events, dates):
        rows.append(dict(row))
        if row["actor2"]:
            rows.append({**row, "actor1": row["actor2"], "assoc_actor_1": row["assoc_actor_2"],
                         "inter1": row["inter2"]})
    return rows


LAYOUTS: dict[str, tuple[tuple[str, ...], Callable[..., list[dict[str, Any]]]]] = {
    "current": (tx.ACLED_COLUMNS, current_rows),
    "dyadic": (DYADIC_COLUMNS, dyadic_rows),
    "monadic": (MONADIC_COLUMNS, monadic_rows),
}


def write_csv(path: Path, columns: tuple[str, ...], rows: list[dict[str, Any]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, columns, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    return path


def write_layout(path: Path, layout: str, events: list[dict[str, Any]], **options: Any
                 ) -> Path:
    columns, render = LAYOUTS[layout]
    return write_csv(path, columns, render(events, **options))


def write_xlsx(path: Path, events: list[dict[str, Any]]) -> Path:
    """The current layout with typed cells (dates, numbers), behind a first sheet of notes."""
    from openpyxl import Workbook

    book = Workbook()
    about = book.active
    about.title = "About"
    about.append(["Invented events for a test"])
    sheet = book.create_sheet("Data")
    sheet.append(list(tx.ACLED_COLUMNS))
    for row in current_rows(events):
        row["event_date"] = date.fromisoformat(row["event_date"])
        sheet.append([row[c] if row[c] != "" else None for c in tx.ACLED_COLUMNS])
    book.save(path)
    return path


def summary(desk: Desk, event_ids: list[str]) -> dict[str, tuple]:
    """What the import made of each event, layout aside (tags only exist in the current one)."""
    out = {}
    for event_id in event_ids:
        r = desk.incidents.get(event_id)
        p = r.place
        assert p is not None and r.actor1 is not None
        out[event_id] = (
            r.event_date, r.time_precision, r.event_type, r.sub_event_type, r.actor1.name,
            tuple(a.name for a in r.assoc_actor_1), r.actor2.name if r.actor2 else None,
            tuple(a.name for a in r.assoc_actor_2), r.inter1, r.inter2, p.name, p.admin1,
            p.admin2, p.admin3, p.latitude, p.longitude, r.geo_precision,
            tuple((s.publication, s.source_scale) for s in r.sources), r.notes, r.fatalities,
            r.acled_timestamp, r.status,
        )
    return out


IDS = [e["event_id_cnty"] for e in made_up_events()]


# --- layouts, formats, mapping -----------------------------------------------------------


def test_a_current_csv_keeps_what_a_round_trip_needs(desk: Desk, tmp_path: Path) -> None:
    path = write_layout(tmp_path / "current.csv", "current", made_up_events())
    report = desk.acled.import_file(path)
    assert (report.layout, report.rows_read, report.events) == ("current", 4, 4)
    assert (report.added, report.updated, report.unchanged, report.skipped) == (4, 0, 0, 0)
    assert report.bad_rows == ()
    assert set(report.actors_created) == {"Invented Teachers (Mali)", "Farmers of Nowhere",
                                          "Invented Militia of the Dunes"}
    assert len(report.places_created) == 4
    civilians = desk.incidents.get("MLI90002")
    assert civilians.status == "approved" and civilians.human_id == "MLI-2020-0001"
    assert civilians.actor1.name == "Katiba Macina"
    assert [a.name for a in civilians.assoc_actor_1] == [JNIM]
    assert civilians.actor2.name == CIVILIANS
    assert [a.name for a in civilians.assoc_actor_2] == ["Invented Teachers (Mali)",
                                                         "Farmers of Nowhere"]
    assert civilians.interaction == "Rebel group-Civilians"
    assert civilians.civilian_targeting == "Civilians targeted"
    assert civilians.tags == ("women targeted: girls",)
    assert (civilians.acled_event_id, civilians.acled_timestamp) == ("MLI90002", 1600000002)
    assert (civilians.time_precision, civilians.geo_precision) == (2, 1)
    place = civilians.place
    assert (place.name, place.admin1, place.admin2, place.admin3) == (
        "Douna Imaginaire", "Mopti", "Bankass", "Segue")
    assert (place.latitude, place.longitude, place.country_code) == (14.0123, -3.4567, "ML")
    assert (place.origin, place.added_by) == ("custom", "amina")
    looting = desk.incidents.get("MLI90004")
    assert [(s.publication, s.source_scale) for s in looting.sources] == [
        ("Radio Fictive", "New media-National"), ("Twitter", None), ("Lettre Inventee", None)]
    militia = desk.actors.get("Invented Militia of the Dunes")
    assert militia.actor_type == 3
    assert desk.actors.get("Farmers of Nowhere").actor_type == 7
    protest = desk.incidents.get("MLI90003")
    assert protest.actor2 is None and protest.interaction == "Protesters only"
    history = desk.history.for_incident(civilians.id)
    assert [(h.field, h.user) for h in history] == [("*", "amina")]
    assert "ACLED import of current.csv" in (history[0].reason or "")
    listed = desk.incidents.query(_filter(text="douna"))
    assert [(r.actor1, r.actor2, r.location, r.admin1, r.country_code) for r in listed.rows] == [
        ("Katiba Macina", CIVILIANS, "Douna Imaginaire", "Mopti", "ML")]


def _filter(**values: Any):
    from sahel_desk.store.records import IncidentFilter

    return IncidentFilter(**values)


@pytest.mark.parametrize("layout", ["current", "dyadic", "monadic", "xlsx"])
def test_every_layout_gives_the_same_incidents(data_dir: Path, db_url: str | None,
                                               tmp_path: Path, layout: str) -> None:
    events = made_up_events()
    reference = tmp_path / "reference.csv"
    write_layout(reference, "current", events)
    with Desk.open(tmp_path / "reference-desk", user="amina") as other:
        other.acled.import_file(reference)
        expected = summary(other, IDS)
    if layout == "xlsx":
        path = write_xlsx(tmp_path / "events.xlsx", events)
    else:
        path = write_layout(tmp_path / f"{layout}.csv", layout, events)
    with Desk.open(data_dir, db_url, user="amina") as desk:  # the reference desk is SQLite
        report = desk.acled.import_file(path)
        assert report.layout == ("current" if layout == "xlsx" else layout)
        assert (report.events, report.added, report.bad_rows) == (4, 4, ())
        assert report.rows_read == (7 if layout == "monadic" else 4)
        assert summary(desk, IDS) == expected


@pytest.mark.parametrize(("written", "style"), [
    ("2019-03-05", "iso"), ("05 March 2019", "long"), ("5-Mar-19", "short")])
def test_each_acled_date_format(desk: Desk, tmp_path: Path, written: str, style: str) -> None:
    assert date_text(date(2019, 3, 5), style) == written
    assert parse_date(written) == date(2019, 3, 5)
    for layout in ("current", "dyadic", "monadic"):
        path = write_layout(tmp_path / f"{layout}.csv", layout, made_up_events()[:1], dates=style)
        report = desk.acled.import_file(path, dry_run=True)
        assert report.bad_rows == () and report.added == 1, layout


def test_two_digit_years_and_typed_dates() -> None:
    assert parse_date("16-Feb-21") == date(2021, 2, 16)
    assert parse_date("3-Jan-97") == date(1997, 1, 3)
    assert parse_date("1 Sept 2019") == date(2019, 9, 1)
    assert parse_date(date(2020, 1, 2)) == date(2020, 1, 2)
    with pytest.raises(ValueError, match="'31 February 2020' is not a date"):
        parse_date("31 February 2020")


def test_inter_codes_as_numbers_or_text(desk: Desk, tmp_path: Path) -> None:
    event = made_up_events()[3]
    text_file = write_layout(tmp_path / "text.csv", "current", [event])
    number_file = write_layout(tmp_path / "numbers.csv", "dyadic",
                               [{**event, "event_id_cnty": "MLI90005",
                                 "actor1": "Another Invented Militia"}])
    with text_file.open(encoding="utf-8") as handle:
        assert "Political militia" in handle.read()
    desk.acled.import_file(text_file)
    desk.acled.import_file(number_file)
    assert desk.actors.get("Invented Militia of the Dunes").actor_type == 3
    assert desk.actors.get("Another Invented Militia").actor_type == 3
    assert desk.incidents.get("MLI90005").interaction_code == 37


def test_an_alias_is_kept_as_written_in_its_actors_family_and_type_clashes_are_reported(
        desk: Desk, tmp_path: Path) -> None:
    """ACLED's name for a group the registry knows by another (an earlier name) comes
    back as the file wrote it, and a search for the group finds it."""
    jnim = next(a for a in desk.actors.list() if a.name == JNIM)
    event = {**made_up_events()[0], "actor1": "GSIM", "inter2": 8}
    report = desk.acled.import_file(write_layout(tmp_path / "alias.csv", "dyadic", [event]))
    record = desk.incidents.get("MLI90001")
    assert record.actor1.name == "GSIM"
    assert record.actor1.actor_type == jnim.actor_type
    variant = next(a for a in desk.actors.list() if a.name == "GSIM")
    assert variant.family == (jnim.family or JNIM)
    assert [r.human_id for r in desk.incidents.query(IncidentFilter(actor=JNIM)).rows] == [
        record.human_id]
    assert report.actors_created == ("GSIM",)
    assert report.warnings == (f"{FAMA}: type 1 in the actor registry, 8 in the file (1 event); "
                               "the registry's type is kept",)


def test_places_match_the_gazetteer_by_name_admin_units_and_distance(desk: Desk,
                                                                     tmp_path: Path) -> None:
    gao = next(p for p in desk.places.find("Gao", country_code="ML") if p.name == "Gao")
    base = made_up_events()[0]
    events = [
        {**base, "event_id_cnty": "MLI91001", "location": "GAO", "admin1": gao.admin1,
         "latitude": round(gao.latitude + 0.01, 4), "longitude": round(gao.longitude, 4)},
        {**base, "event_id_cnty": "MLI91002", "location": "Gao", "admin1": gao.admin1,
         "latitude": round(gao.latitude + 0.3, 4), "longitude": gao.longitude},
        {**base, "event_id_cnty": "MLI91003", "location": "Gao", "admin1": "Kidal",
         "latitude": gao.latitude, "longitude": gao.longitude},
    ]
    report = desk.acled.import_file(write_layout(tmp_path / "gao.csv", "current", events))
    assert desk.incidents.get("MLI91001").place.id == gao.id
    far, elsewhere = (desk.incidents.get(i).place for i in ("MLI91002", "MLI91003"))
    assert far.origin == elsewhere.origin == "custom"
    assert (far.latitude, elsewhere.admin1) == (round(gao.latitude + 0.3, 4), "Kidal")
    assert len(report.places_created) == 2
    again = desk.acled.import_file(write_layout(tmp_path / "gao2.csv", "current",
                                                [{**e, "event_id_cnty": e["event_id_cnty"] + "b"}
                                                 for e in events]))
    assert again.places_created == () and again.added == 3
    assert desk.incidents.get("MLI91002b").place.id == far.id


def test_a_chosen_review_state(desk: Desk, tmp_path: Path) -> None:
    path = write_layout(tmp_path / "events.csv", "current", made_up_events())
    with pytest.raises(InputError, match="'published' is not a review state"):
        desk.acled.import_file(path, state="published")
    desk.acled.import_file(path, state="draft")
    assert {desk.incidents.get(i).status for i in IDS} == {"draft"}


def test_progress_is_reported_up_to_the_total(desk: Desk, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    path = write_layout(tmp_path / "events.csv", "current", made_up_events())
    desk.acled.import_file(path, progress=lambda done, total: seen.append((done, total)))
    assert seen and seen[-1][0] == seen[-1][1]
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


# --- monadic rows --------------------------------------------------------------------


def test_monadic_rows_merge_in_file_order_with_civilians_as_actor_2(desk: Desk,
                                                                    tmp_path: Path) -> None:
    rows = monadic_rows(made_up_events())
    # Civilians first and the two rows of an event apart: still one event, civilians second.
    rows[2], rows[3] = rows[3], rows[2]
    rows.append(rows.pop(1))
    report = desk.acled.import_file(write_csv(tmp_path / "m.csv", MONADIC_COLUMNS, rows))
    assert (report.events, report.added, report.bad_rows) == (4, 4, ())
    clash = desk.incidents.get("MLI90001")
    assert (clash.actor1.name, clash.actor2.name) == (JNIM, FAMA)
    attack = desk.incidents.get("MLI90002")
    assert (attack.actor1.name, attack.actor2.name) == ("Katiba Macina", CIVILIANS)
    assert [a.name for a in attack.assoc_actor_1] == [JNIM]
    assert [a.name for a in attack.assoc_actor_2] == ["Invented Teachers (Mali)",
                                                      "Farmers of Nowhere"]
    assert desk.incidents.get("MLI90003").actor2 is None


def test_monadic_events_with_a_missing_or_mismatched_row_are_bad(desk: Desk, tmp_path: Path
                                                                 ) -> None:
    rows = monadic_rows(made_up_events())
    del rows[1]  # FAMa's row of MLI90001 (line 2 is JNIM's)
    rows[1]["fatalities"] = 9  # line 3: MLI90002 as Katiba Macina's row; line 4 disagrees
    rows[4]["interaction"] = 27  # line 6: MLI90004 typed 3 and 7 in its rows
    path = write_csv(tmp_path / "m.csv", MONADIC_COLUMNS, rows)
    before = desk.check().counts
    with pytest.raises(AcledImportError) as caught:
        desk.acled.import_file(path)
    bad = dict(caught.value.report.bad_rows)
    assert "the other side's row is missing" in bad[2]
    assert "differs from line 3 in fatalities" in bad[4]
    assert "inter codes 3 and 7 do not match interaction 27" in bad[6]
    assert desk.check().counts == before


# --- re-imports ----------------------------------------------------------------------


def test_reimporting_updates_by_event_id_and_never_duplicates(desk: Desk, tmp_path: Path
                                                              ) -> None:
    events = made_up_events()
    first = write_layout(tmp_path / "first.csv", "current", events)
    desk.acled.import_file(first)
    before = desk.check().counts
    same = desk.acled.import_file(first)
    assert (same.added, same.updated, same.unchanged) == (0, 0, 4)
    assert desk.check().counts == before
    assert {desk.incidents.get(i).revision for i in IDS} == {1}
    tagged = [{**events[2], "tags": "local administrators; crowd size=around 100"}]
    desk.acled.import_file(write_layout(tmp_path / "tags.csv", "current", tagged))
    assert desk.acled.import_file(write_layout(tmp_path / "tags.csv", "current", tagged)
                                  ).unchanged == 1
    assert desk.incidents.get("MLI90003").tags == ("crowd size=around 100",
                                                   "local administrators")
    before = desk.check().counts
    source_ids = [s.id for s in desk.incidents.get("MLI90001").sources]
    newer = made_up_events()
    newer[2] = tagged[0]
    newer[0].update(fatalities=6, timestamp=1700000000,
                    source="Radio Fictive; Journal Imaginaire; Nouvelle Voix")
    newer.append({**events[2], "event_id_cnty": "MLI90009", "location": "Village Neuf"})
    report = desk.acled.import_file(write_layout(tmp_path / "newer.csv", "current", newer))
    assert (report.added, report.updated, report.unchanged) == (1, 1, 3)
    changed = desk.incidents.get("MLI90001")
    assert (changed.fatalities, changed.revision, changed.acled_timestamp) == (6, 2, 1700000000)
    assert [s.id for s in changed.sources][:2] == source_ids
    assert [s.publication for s in changed.sources][2] == "Nouvelle Voix"
    fields = {h.field for h in desk.history.for_incident(changed.id)}
    assert {"fatalities", "acled_timestamp"} <= fields
    counts = desk.check().counts
    assert counts["incident"] == before["incident"] + 1
    assert counts["place"] == before["place"] + 1


def test_a_reimport_reaches_the_pending_revision_of_an_approved_incident(desk: Desk,
                                                                        tmp_path: Path) -> None:
    desk.acled.import_file(write_layout(tmp_path / "first.csv", "current", made_up_events()))
    desk.incidents.update("MLI90001", {"notes": "Corrected by a researcher."})
    newer = made_up_events()
    newer[0].update(fatalities=6, timestamp=1700000000)
    desk.acled.import_file(write_layout(tmp_path / "newer.csv", "current", newer))
    assert desk.incidents.get("MLI90001").fatalities == 6
    working = desk.incidents.working_state("MLI90001")
    assert (working["fatalities"], working["notes"]) == (6, "Corrected by a researcher.")


def test_an_older_file_does_not_overwrite_a_newer_version(desk: Desk, tmp_path: Path) -> None:
    newer = made_up_events()
    newer[0].update(fatalities=6, timestamp=1700000000)
    desk.acled.import_file(write_layout(tmp_path / "newer.csv", "current", newer))
    report = desk.acled.import_file(write_layout(tmp_path / "old.csv", "current",
                                                 made_up_events()))
    assert (report.updated, report.unchanged, report.kept_newer) == (0, 3, 1)
    assert desk.incidents.get("MLI90001").fatalities == 6


def test_a_dry_run_reports_and_writes_nothing(desk: Desk, tmp_path: Path) -> None:
    before = desk.check().counts
    path = write_layout(tmp_path / "events.csv", "monadic", made_up_events())
    report = desk.acled.import_file(path, dry_run=True)
    assert report.dry_run and (report.added, report.updated, report.unchanged) == (4, 0, 0)
    assert len(report.actors_created) == 3 and len(report.places_created) == 4
    assert desk.check().counts == before
    desk.acled.import_file(path)
    changed = made_up_events()
    changed[1]["notes"] += " Two houses burnt."
    again = desk.acled.import_file(write_layout(tmp_path / "changed.csv", "monadic", changed),
                                   dry_run=True)
    assert (again.added, again.updated, again.unchanged) == (0, 1, 3)
    assert desk.incidents.get("MLI90002").revision == 1


# --- bad files and bad rows --------------------------------------------------------------


@pytest.mark.parametrize(("content", "words"), [
    (b"", "the file is empty"),
    (b"\n \n", "the file is empty"),
    (b"name,age\nAmina,30\n", "is not an ACLED export"),
    (bytes(range(256)) * 8, "binary"),
    (b"\xff\xfe\xfa\xfb event_id_cnty", "is not UTF-8 text"),
    (b"PK\x03\x04 not really a workbook", "is not a readable xlsx workbook"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1 old excel", "old Excel (.xls)"),
    (",".join(tx.ACLED_COLUMNS).encode() + b"\n", "has a header but no events"),
    (",".join(c for c in tx.ACLED_COLUMNS if c != "fatalities").encode() + b"\nx\n",
     "needs the column(s) fatalities"),
    (b"event_id_cnty,event_date,event_id_cnty\n", "names event_id_cnty twice"),
])
def test_bad_files_are_refused_and_nothing_changes(desk: Desk, tmp_path: Path, content: bytes,
                                                   words: str) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    before = desk.check().counts
    with pytest.raises(InputError, match=words.replace("(", r"\(").replace(")", r"\)")):
        desk.acled.import_file(path)
    assert desk.check().counts == before


def test_a_missing_file_is_named(desk: Desk, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="there is no such file"):
        desk.acled.import_file(tmp_path / "nowhere.csv")


def _file_with_bad_rows(tmp_path: Path) -> Path:
    events = made_up_events()
    events[0]["notes"] = "Two lines\nof notes."  # lines 2-3: later rows start a line further
    rows = current_rows(events)
    good = rows[2]
    for number, change in enumerate([
        {"event_date": "2019-02-30"}, {"event_type": "Skirmish"},
        {"sub_event_type": "Armed clash"}, {"fatalities": "several"}, {"latitude": "north"},
        {"country": "Atlantis"},
    ], start=1):
        rows.append({**good, "event_id_cnty": f"MLI9900{number}", **change})
    return write_csv(tmp_path / "bad_rows.csv", tx.ACLED_COLUMNS, rows)


def test_bad_rows_are_listed_with_line_numbers_and_nothing_is_written(desk: Desk,
                                                                      tmp_path: Path) -> None:
    path = _file_with_bad_rows(tmp_path)
    before = desk.check().counts
    with pytest.raises(AcledImportError) as caught:
        desk.acled.import_file(path)
    bad = caught.value.report.bad_rows
    assert [line for line, _ in bad] == [7, 8, 9, 10, 11, 12]
    reasons = dict(bad)
    assert "event_date: '2019-02-30' is not a date (ACLED writes 2020-12-31" in reasons[7]
    assert "event_type: 'Skirmish' is not a known event type" in reasons[8]
    assert "'Armed clash' does not belong to event type 'Protests'" in reasons[9]
    assert "fatalities: 'several' is not a whole number" in reasons[10]
    assert "latitude: 'north' is not a number" in reasons[11]
    assert "'Atlantis' is not a known country" in reasons[12]
    assert "line 7: event MLI99001" in str(caught.value)
    assert desk.check().counts == before


def test_skipping_bad_rows_imports_the_rest(desk: Desk, tmp_path: Path) -> None:
    report = desk.acled.import_file(_file_with_bad_rows(tmp_path), skip_bad_rows=True)
    assert (report.added, report.skipped, len(report.bad_rows)) == (4, 6, 6)
    assert desk.incidents.get("MLI90001").notes == "Two lines\nof notes."
    assert desk.check().counts["incident"] == 4


def test_a_row_with_too_few_fields_is_a_bad_row(desk: Desk, tmp_path: Path) -> None:
    path = write_layout(tmp_path / "events.csv", "current", made_up_events())
    path.write_text(path.read_text(encoding="utf-8") + "MLI99999,2019-01-01,2019\n",
                    encoding="utf-8")
    report = desk.acled.import_file(path, dry_run=True)
    assert report.bad_rows == ((6, "has 3 fields where the header has 31 (a quote or separator "
                                   "may be missing)"),)
    assert report.added == 4


# --- command line -------------------------------------------------------------------


def _where(data_dir: Path, db_url: str | None) -> list[str]:
    return ["--db", db_url] if db_url else ["--data-dir", str(data_dir)]


def test_the_command_line_import(data_dir: Path, db_url: str | None, tmp_path: Path,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    path = str(write_layout(tmp_path / "events.csv", "monadic", made_up_events()))
    where = [*_where(data_dir, db_url), "--user", "amina"]
    assert main([*where, "import", "acled", path, "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "ACLED monadic layout, 7 rows, 4 events" in out
    assert "4 incidents would be added (approved)" in out and "Dry run" in out
    assert main([*where, "import", "acled", path, "--state", "submitted"]) == 0
    assert "4 incidents were added (submitted)" in capsys.readouterr().out
    assert main([*where, "import", "acled", path]) == 0
    assert "0 incidents were added" in capsys.readouterr().out


def test_the_command_line_reports_bad_rows_and_files(data_dir: Path, db_url: str | None,
                                                     tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    where = _where(data_dir, db_url)
    bad = str(_file_with_bad_rows(tmp_path))
    assert main([*where, "import", "acled", bad]) == 2
    err = capsys.readouterr().err
    assert "line 8: event MLI99002: event_type: 'Skirmish'" in err
    assert "nothing was imported" in err
    assert main([*where, "import", "acled", bad, "--dry-run"]) == 2
    assert "the import would stop" in capsys.readouterr().err
    assert main([*where, "import", "acled", bad, "--skip-bad-rows"]) == 0
    captured = capsys.readouterr()
    assert "4 incidents were added" in captured.out and "6 events with bad rows" in captured.out
    assert main([*where, "import", "acled", str(tmp_path / "missing.csv")]) == 2
    assert "there is no such file" in capsys.readouterr().err
    with pytest.raises(SystemExit) as stopped:
        main([*where, "import", "acled", bad, "--state", "published"])
    assert stopped.value.code == 2


# --- the real file -------------------------------------------------------------------


@pytest.fixture(scope="module")
def real_desk(tmp_path_factory: pytest.TempPathFactory):
    if not REAL_FILE.is_file():
        pytest.skip(f"the real ACLED file is absent (looked for {REAL_FILE})")
    with Desk.open(tmp_path_factory.mktemp("acled-real"), user="amina") as desk:
        report = desk.acled.import_file(REAL_FILE)
        yield desk, report


@pytest.mark.shared
@pytest.mark.slow
def test_the_real_monadic_file_gives_its_3314_events(real_desk) -> None:
    desk, report = real_desk
    assert (report.layout, report.rows_read, report.events) == ("monadic", 6214, 3314)
    assert (report.added, report.bad_rows) == (3314, ())
    frame = desk.incidents.to_dataframe(_filter())
    assert len(frame) == 3314
    assert int(frame["fatalities"].sum()) == 7422


@pytest.mark.shared
@pytest.mark.slow
def test_the_real_file_sides_come_out_right(real_desk) -> None:
    desk, _ = real_desk
    rows: dict[str, list[dict[str, str]]] = defaultdict(list)
    with REAL_FILE.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            rows[row["event_id_cnty"]].append(row)
    names = {a.name: {a.name, *a.aliases} for a in desk.actors.list()}
    sides = actors_by_event(desk)
    checked_example = False
    for event_id, members in rows.items():
        got = sides[event_id]
        one = members[0]
        two = members[1] if len(members) > 1 else None
        if two is not None and one["inter1"] == "7" and two["inter1"] != "7":
            one, two = two, one
        assert one["actor1"] in names[got["actor1"][0]], event_id
        assert _same(got["assoc_actor_1"], one["assoc_actor_1"], names), event_id
        if two is None:
            assert not got["actor2"] and one["interaction"].endswith("0"), event_id
        else:
            assert two["actor1"] in names[got["actor2"][0]], event_id
            assert _same(got["assoc_actor_2"], two["assoc_actor_1"], names), event_id
        if {one["actor1"], two["actor1"] if two else ""} == {JNIM, CIVILIANS}:
            assert (got["actor1"], got["actor2"]) == ([JNIM], [CIVILIANS])
            checked_example = True
    assert checked_example


def actors_by_event(desk: Desk) -> dict[str, dict[str, list[str]]]:
    """Actor names of every incident by ACLED event id and role, in one query."""
    from sqlalchemy import select

    from sahel_desk.model import Actor, Incident, IncidentActor

    found: dict[str, dict[str, list[str]]] = defaultdict(
        lambda: {role: [] for role in ("actor1", "assoc_actor_1", "actor2", "assoc_actor_2")})
    with desk.db.read() as session:
        rows = session.execute(
            select(Incident.acled_event_id, IncidentActor.role, Actor.name)
            .join(IncidentActor, IncidentActor.incident_id == Incident.id)
            .join(Actor, Actor.id == IncidentActor.actor_id)
            .order_by(Incident.acled_event_id, IncidentActor.role, IncidentActor.position))
        for event_id, role, name in rows:
            found[event_id][role].append(name)
    return found


def _same(actors: list[str], written: str, names: dict[str, set[str]]) -> bool:
    """The associated actors are those written, by name or alias, in order."""
    parts = [part.strip() for part in written.split(";") if part.strip()]
    return len(parts) == len(actors) and all(
        part in names[actor] for part, actor in zip(parts, actors, strict=True))
