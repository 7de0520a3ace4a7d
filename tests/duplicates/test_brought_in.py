"""The likely duplicates a batch brought in: an ACLED import, a bundle, a report's drafts
each list the pairs ``duplicates find`` gives with one of the incidents they added or
changed, and not the pairs among the records that were there before; dismissed pairs
stay out. Real desks, real files (ACLED rows written here, never the real file's)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from sahel_desk.services.desk import Desk
from tests.core.helpers import complete_values
from tests.desk_state import run_cli
from tests.duplicates.test_find import FAMA, JNIM, second_coder
from tests.interop.test_acled_import import made_up_events, write_layout

REPORT = """Mali – Sahel: May 2017 security incidents

[07 MAY 17](#): Suicide assault on Malian Army base at Almoustarat, outside Gao. \
7 Malian soldiers killed. JNIM claimed responsibility.

[21 MAY 17](#): Unknown gunmen killed 2 civilians near Mopti.
"""


def acled_recoding(desk: Desk, **changes: Any) -> dict[str, Any]:
    """The Almoustarat attack as ACLED would code it from another source: a day later,
    the actors in the other order, one more dead, at Gao's point."""
    gao = desk.places.find("Gao", country_code="ML")[0]
    event = {
        "event_id_cnty": "MLI99042", "event_date": date(2017, 5, 8), "time_precision": 1,
        "event_type": "Battles", "sub_event_type": "Armed clash",
        "actor1": FAMA, "assoc_actor_1": "", "inter1": 1,
        "actor2": JNIM, "assoc_actor_2": "", "inter2": 2,
        "country": "Mali", "admin1": gao.admin1, "admin2": gao.admin2 or "", "admin3": "",
        "location": "Gao", "latitude": gao.latitude, "longitude": gao.longitude,
        "geo_precision": 2, "source": "Studio Tamani", "source_scale": "National",
        "notes": "Attaque kamikaze du JNIM contre le camp militaire près de Gao, huit "
                 "soldats tués.",
        "fatalities": 8, "tags": "", "timestamp": 1600000100}
    event.update(changes)
    return event


def acled_file(desk: Desk, path: Path, **changes: Any) -> Path:
    """A current-layout file: the re-coded attack and the test set's four other events."""
    return write_layout(path, "current", [acled_recoding(desk, **changes), *made_up_events()])


def old_pair(desk: Desk) -> tuple[str, str]:
    """Two records of one 2018 event, coded before the batch: a pair of old records."""
    first = desk.incidents.create(complete_values(desk, event_date="2018-02-01"))
    second = desk.incidents.create(second_coder(desk, event_date="2018-02-02"))
    return first.human_id, second.human_id


def pairs_of(pairs: Any) -> list[set[str | None]]:
    return [{pair.a.human_id, pair.b.human_id} for pair in pairs]


def test_an_acled_import_lists_the_record_it_duplicates_not_older_pairs(
        desk: Desk, tmp_path: Path) -> None:
    coded = desk.incidents.create(complete_values(desk))
    old = set(old_pair(desk))
    assert sorted(map(sorted, pairs_of(desk.duplicates.find().pairs))) == sorted(
        [sorted(old)])  # the old pair is there before the import
    report = desk.acled.import_file(acled_file(desk, tmp_path / "acled.csv"))
    assert report.added == 5
    imported = desk.incidents.get("MLI99042")
    assert pairs_of(report.duplicates) == [{coded.human_id, imported.human_id}]
    [pair] = report.duplicates
    assert pair.score == pytest.approx(desk.duplicates.compare(coded.id, imported.id).score)
    assert {pair.a.event_id_cnty, pair.b.event_id_cnty} == {None, "MLI99042"}
    assert pair.score >= 0.2 and "1 day apart" in pair.summary
    # The same pair as the whole desk's search gives it, with the old pair beside it.
    assert pair in desk.duplicates.find().pairs
    # A dry run writes nothing, so brings nothing in.
    again = desk.acled.import_file(acled_file(desk, tmp_path / "again.csv"), dry_run=True)
    assert again.duplicates == ()


def test_a_reimport_that_changes_a_record_lists_it_unless_the_pair_was_dismissed(
        desk: Desk, tmp_path: Path) -> None:
    coded = desk.incidents.create(complete_values(desk))
    desk.acled.import_file(acled_file(desk, tmp_path / "first.csv"))
    imported = desk.incidents.get("MLI99042")
    # Unchanged events bring nothing in: nothing was added or changed.
    assert desk.acled.import_file(acled_file(desk, tmp_path / "first.csv")).duplicates == ()
    newer = acled_file(desk, tmp_path / "newer.csv", fatalities=7, timestamp=1600000200)
    changed = desk.acled.import_file(newer)
    assert changed.updated == 1
    assert pairs_of(changed.duplicates) == [{coded.human_id, imported.human_id}]
    desk.duplicates.dismiss(coded.id, imported.id, reason="two attacks that week")
    newest = acled_file(desk, tmp_path / "newest.csv", fatalities=6, timestamp=1600000300)
    report = desk.acled.import_file(newest)
    assert report.updated == 1 and report.duplicates == ()
    assert desk.duplicates.brought_in([imported.id]).pairs == ()


def test_each_record_brought_in_pairs_with_its_best_match_only(desk: Desk) -> None:
    coded = desk.incidents.create(complete_values(desk))
    twin = desk.incidents.create(second_coder(desk))
    # A third report, two days later and 30 km off: near both, less than they are near
    # each other. Its best match is taken already: it is shown once that pair is settled
    # (as find does).
    gao = desk.places.find("Gao", country_code="ML")[0]
    third = desk.incidents.create(complete_values(
        desk, event_date="2017-05-09", place_id=None, location="Commune seat",
        country_code="ML", admin1=gao.admin1, latitude=gao.latitude + 0.27,
        longitude=gao.longitude, geo_precision=1, near=False, notes="Another account.",
        claims=[], sources=[{"publication": "Maliweb"}], fatalities=9, fatalities_low=9,
        fatalities_high=9))
    assert desk.duplicates.compare(twin.id, third.id).score >= 0.2
    found = desk.duplicates.brought_in([twin.id, third.id])
    assert pairs_of(found.pairs) == [{coded.human_id, twin.human_id}]
    assert found.pairs == desk.duplicates.find().pairs
    desk.duplicates.dismiss(coded.id, twin.id)
    assert [third.human_id in pair for pair in pairs_of(
        desk.duplicates.brought_in([twin.id, third.id]).pairs)] == [True]
    assert desk.duplicates.brought_in([]).pairs == ()
    high = desk.duplicates.brought_in([twin.id], min_score=0.999)
    assert high.pairs == () and high.min_score == 0.999


def test_a_reports_drafts_list_the_records_they_may_duplicate(desk: Desk,
                                                             tmp_path: Path) -> None:
    coded = desk.incidents.create(complete_values(desk))
    old = set(old_pair(desk))
    path = tmp_path / "mali_2017_05.md"
    path.write_text(REPORT, encoding="utf-8")
    created = desk.reports.create(desk.reports.read_file(path))
    assert len(created.created) == 2
    almoustarat = next(r for r in created.created if str(r.event_date) == "2017-05-07")
    assert pairs_of(created.duplicates) == [{coded.human_id, almoustarat.human_id}]
    assert old not in pairs_of(created.duplicates)


# --- the command line -------------------------------------------------------------------


def test_import_acled_prints_the_likely_duplicates_as_find_does(data_dir: Path,
                                                                tmp_path: Path) -> None:
    with Desk.open(data_dir, user="amina") as desk:
        coded = desk.incidents.create(complete_values(desk)).human_id
        old_pair(desk)
        path = acled_file(desk, tmp_path / "acled.csv")
    done = run_cli(["--data-dir", str(data_dir), "import", "acled", str(path)])
    assert done.code == 0, done.err
    lines = done.out.splitlines()
    start = lines.index("1 likely duplicate(s) brought in:")
    with Desk.open(data_dir, user="amina") as desk:
        imported = desk.incidents.get("MLI99042").human_id
    found = run_cli(["--data-dir", str(data_dir), "duplicates", "find"]).out.splitlines()
    pair_lines = lines[start + 1:start + 3]
    assert pair_lines[0] in found and pair_lines[1] in found
    assert {coded, imported} <= set(pair_lines[0].split())
    dry = run_cli(["--data-dir", str(data_dir), "import", "acled", str(path), "--dry-run"])
    assert "brought in" not in dry.out


def test_report_read_create_prints_and_gives_the_duplicates(data_dir: Path,
                                                           tmp_path: Path) -> None:
    with Desk.open(data_dir, user="amina") as desk:
        coded = desk.incidents.create(complete_values(desk)).human_id
    path = tmp_path / "mali_2017_05.md"
    path.write_text(REPORT, encoding="utf-8")
    done = run_cli(["--data-dir", str(data_dir), "--user", "amina", "report", "read",
                    str(path), "--create", "--json"])
    assert done.code == 0, done.err
    data = json.loads(done.out)
    [pair] = data["duplicates"]
    assert coded in {pair["a"]["human_id"], pair["b"]["human_id"]}
    assert {pair["a"]["human_id"], pair["b"]["human_id"]} - {coded} <= set(data["created"])
    found = json.loads(run_cli(["--data-dir", str(data_dir), "duplicates", "find",
                                "--json"]).out)
    assert found["pairs"] == data["duplicates"]
    other = tmp_path / "mali_2017_05_bis.md"
    other.write_text(REPORT.replace("May 2017", "May 2017 (copy)"), encoding="utf-8")
    text = run_cli(["--data-dir", str(data_dir), "--user", "amina", "report", "read",
                    str(other), "--create"])
    assert text.code == 0, text.err
    assert "likely duplicate(s) brought in:" in text.out
