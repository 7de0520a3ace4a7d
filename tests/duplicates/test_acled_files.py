"""Events read from one ACLED file were kept apart by ACLED's editors: two of them are
not offered as one event, and do not take an event's second report from it. The rule
holds within one file only: the same event read from another file in ACLED's layout
(a partner's dataset) is found like any second report. Real ACLED-layout files written
here (never the real file's rows), read through the importer."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from sahel_desk.services.desk import Desk
from tests.duplicates.test_brought_in import acled_recoding
from tests.duplicates.test_find import FAMA, JNIM, ids, second_coder
from tests.interop.test_acled_import import write_layout

KEPT_APART = "both read from one ACLED file, which keeps them apart (MLI0001 / MLI0002)"


def attack(desk: Desk, **changes: Any) -> dict[str, Any]:
    """The Almoustarat attack as ACLED codes it: the day, JNIM on the army, 7 dead."""
    return acled_recoding(desk, **{
        "event_id_cnty": "MLI0001", "event_date": date(2017, 5, 7), "actor1": JNIM,
        "inter1": 2, "actor2": FAMA, "inter2": 1, "fatalities": 7, "source": "RFI",
        "notes": "Suicide assault on the army base at Almoustarat, outside Gao.", **changes})


def sibling(desk: Desk) -> dict[str, Any]:
    """Another of ACLED's events that day, 15 km off: an ambush on the northern road."""
    gao = desk.places.find("Gao", country_code="ML")[0]
    return attack(desk, event_id_cnty="MLI0002", location="Almoustarat road",
                  latitude=round(gao.latitude + 0.135, 4), geo_precision=1, fatalities=5,
                  notes="Ambush on a patrol along the northern road, vehicles burnt.")


def test_two_events_of_one_acled_file_are_not_offered_and_leave_the_second_report(
        desk: Desk, tmp_path: Path) -> None:
    desk.acled.import_file(write_layout(tmp_path / "acled.csv", "current",
                                        [attack(desk), sibling(desk)]))
    first, other = desk.incidents.get("MLI0001"), desk.incidents.get("MLI0002")
    second = desk.incidents.create(second_coder(desk))
    apart = desk.duplicates.compare(first.id, other.id)
    assert apart.reasons[-1].text == KEPT_APART
    assert apart.score < 0.2
    assert ids(desk.duplicates.find()) == [{first.human_id, second.human_id}]
    # Read again from an updated file (another import), they are still one file's.
    desk.acled.import_file(write_layout(tmp_path / "update.csv", "current",
                                        [attack(desk, timestamp=1600000200), sibling(desk)]))
    assert desk.duplicates.compare(first.id, other.id).reasons[-1].text == KEPT_APART


def test_the_same_event_read_from_another_acled_layout_file_is_found(
        desk: Desk, tmp_path: Path) -> None:
    desk.acled.import_file(write_layout(tmp_path / "acled.csv", "current",
                                        [attack(desk), sibling(desk)]))
    partner = write_layout(tmp_path / "partner.csv", "current", [acled_recoding(
        desk, event_id_cnty="PRT0042")])  # a day later, the actors the other way round
    report = desk.acled.import_file(partner)
    first, recoded = desk.incidents.get("MLI0001"), desk.incidents.get("PRT0042")
    pair = desk.duplicates.compare(first.id, recoded.id)
    assert "origin" not in {r.aspect for r in pair.reasons}
    assert pair.score >= 0.2
    assert [{p.a.human_id, p.b.human_id} for p in report.duplicates] == [
        {first.human_id, recoded.human_id}]
    # Received from another desk, an ACLED id says nothing of the file: a record coded
    # with one (no file read here) pairs as any other.
    coded = desk.incidents.create(second_coder(desk, acled_event_id="MLI0003"))
    assert "origin" not in {r.aspect for r in desk.duplicates.compare(
        first.id, coded.id).reasons}


def test_an_event_acled_coded_twice_is_left_to_acled_and_its_copy_on_the_desk_is_found(
        desk: Desk, tmp_path: Path) -> None:
    """Two of the file's events with the same words, day and place: ACLED's own
    duplicate, which its editors keep (merging one away would drop it from every export
    lined up with ACLED's). Neither find nor the import offers it; side by side, the
    pair says what it is. A researcher's record of the event is found with one of them."""
    report = desk.acled.import_file(write_layout(tmp_path / "acled.csv", "current", [
        attack(desk), attack(desk, event_id_cnty="MLI0002")]))
    first, twin = desk.incidents.get("MLI0001"), desk.incidents.get("MLI0002")
    assert report.duplicates == ()
    assert desk.duplicates.find().pairs == ()
    side_by_side = desk.duplicates.compare(first.id, twin.id)
    assert [r.text for r in side_by_side.reasons][-2:] == ["the same words", KEPT_APART]
    second = desk.incidents.create(second_coder(desk))
    [pair] = ids(desk.duplicates.find())
    assert second.human_id in pair and pair & {first.human_id, twin.human_id}
