"""Finding duplicates through the Desk API on a real desk: each incident with its best
match only, rejected records and dismissed pairs left out, the form's check, and
dismissals kept (and refused where they must be)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from sahel_desk.errors import InputError, NotFoundError
from sahel_desk.services.desk import Desk
from tests.core.helpers import complete_values

pytestmark = pytest.mark.backends("sqlite", "postgresql")

JNIM = "JNIM: Group for Support of Islam and Muslims"
FAMA = "Military Forces of Mali (2013-2020)"


def second_coder(desk: Desk, **changes: Any) -> dict[str, Any]:
    """The Almoustarat attack as another coder codes it from another source: a day
    later, the actors in the other order, one more dead, in French."""
    values = complete_values(
        desk, event_date="2017-05-08", actor1=FAMA, actor2=JNIM, fatalities=8,
        fatalities_low=8, fatalities_high=8,
        notes="Attaque kamikaze du JNIM contre le camp militaire près de Gao, huit "
              "soldats tués.",
        sources=[{"publication": "Studio Tamani"}], claims=[], tags=[])
    values.update(changes)
    return values


def ids(report: Any) -> list[set[str]]:
    return [{pair.a.human_id, pair.b.human_id} for pair in report.pairs]


def test_a_second_coders_record_is_found_with_its_reasons(desk: Desk) -> None:
    first = desk.incidents.create(complete_values(desk))
    second = desk.incidents.create(second_coder(desk))
    desk.incidents.create(complete_values(desk, event_date="2017-05-14", fatalities=2,
                                          fatalities_low=2, fatalities_high=2))
    report = desk.duplicates.find()
    assert ids(report) == [{first.human_id, second.human_id}]
    pair = report.pairs[0]
    assert pair.score >= 0.5
    assert pair.summary.startswith("1 day apart, same place, same type (Armed clash), "
                                   f"same actors ({JNIM}, {FAMA}), fatalities 7 vs 8")
    assert report.compared == 1  # a week later is out of the block: never compared


def test_each_incident_pairs_with_its_best_match_only(desk: Desk) -> None:
    first = desk.incidents.create(complete_values(desk))
    second = desk.incidents.create(second_coder(desk))
    # A third report, two days later and 30 km off: near both, less than they are near
    # each other.
    gao = desk.places.find("Gao", country_code="ML")[0]
    third = desk.incidents.create(complete_values(
        desk, event_date="2017-05-09", place_id=None, location="Commune seat",
        country_code="ML", admin1=gao.admin1, latitude=gao.latitude + 0.27,
        longitude=gao.longitude, geo_precision=1, near=False, notes="Another account.",
        claims=[], sources=[{"publication": "Maliweb"}], fatalities=9, fatalities_low=9,
        fatalities_high=9))
    for other in (first, second):
        assert desk.duplicates.compare(other.id, third.id).score >= 0.2
    report = desk.duplicates.find()
    assert ids(report) == [{first.human_id, second.human_id}]
    # Once the best pair is settled the next is offered.
    desk.duplicates.dismiss(first.human_id, second.human_id, reason="two ambushes")
    assert [third.human_id in pair for pair in ids(desk.duplicates.find())] == [True]


def test_rejected_records_and_dismissed_pairs_are_not_proposed(
        desk: Desk, data_dir: Path, db_url: str | None) -> None:
    first = desk.incidents.create(complete_values(desk))
    second = desk.incidents.create(second_coder(desk))
    record = desk.duplicates.dismiss(second.id, first.human_id, reason="two attacks")
    assert record.new and record.dismissed_by == "amina"
    assert (record.incident_a, record.incident_b) == tuple(sorted((first.id, second.id)))
    again = desk.duplicates.dismiss(first.id, second.id)
    assert not again.new and again.dismissed_by == "amina"
    assert desk.duplicates.find().pairs == ()
    assert desk.duplicates.check(incident=first.id) == ()
    desk.close()
    with Desk.open(data_dir, db_url, user="hawa") as reopened:
        assert reopened.duplicates.find().pairs == ()
        assert [(d.incident_a, d.incident_b, d.reason) for d in
                reopened.duplicates.dismissed_pairs()] == [
            (*sorted((first.id, second.id)), "two attacks")]
        third = reopened.incidents.create(second_coder(reopened))
        reopened.profiles.create("rita", "reviewer")
        reopened.switch_user("rita")
        reopened.review.reject(third.id, "duplicate", "the same attack",
                               duplicate_of=first.id)
        assert reopened.duplicates.find().pairs == ()


def test_dismissing_names_two_existing_incidents(desk: Desk) -> None:
    first = desk.incidents.create(complete_values(desk))
    with pytest.raises(NotFoundError, match="There is no incident 'MLI-2099-0001'"):
        desk.duplicates.dismiss(first.human_id, "MLI-2099-0001")
    with pytest.raises(InputError, match="is one incident"):
        desk.duplicates.dismiss(first.human_id, first.id)
    assert desk.duplicates.dismissed_pairs() == []


def test_since_keeps_the_pairs_of_incidents_changed_since(desk: Desk) -> None:
    first = desk.incidents.create(complete_values(desk))
    second = desk.incidents.create(second_coder(desk))
    assert ids(desk.duplicates.find(since=date(2017, 1, 1))) == [
        {first.human_id, second.human_id}]
    assert desk.duplicates.find(since=date(2099, 1, 1)).pairs == ()


def test_the_forms_check_needs_only_a_date_and_a_place(desk: Desk) -> None:
    first = desk.incidents.create(complete_values(desk))
    gao = desk.places.find("Gao", country_code="ML")[0]
    found = desk.duplicates.check({"event_date": "2017-05-08", "place_id": gao.id,
                                   "geo_precision": 2})
    assert [p.b.human_id for p in found] == [first.human_id]
    assert found[0].a.id is None  # the record being coded, not saved yet
    more = desk.duplicates.check({"event_date": "2017-05-08", "place_id": gao.id,
                                  "geo_precision": 2, "actor1": "FAMa", "actor2": "JNIM",
                                  "event_type": "Battles", "sub_event_type": "Armed clash"})
    assert more[0].score > found[0].score
    assert "same actors" in more[0].summary
    assert desk.duplicates.check({"event_date": "2017-05-08"}) == ()  # no place yet
    # A stored record is not its own duplicate.
    assert desk.duplicates.check(incident=first.human_id) == ()


def test_the_threshold_is_a_probability(desk: Desk) -> None:
    with pytest.raises(InputError, match="between 0 and 1"):
        desk.duplicates.find(min_score=1.5)


def test_find_tells_its_progress_and_stops_when_told_to(desk: Desk) -> None:
    first = desk.incidents.create(complete_values(desk))
    second = desk.incidents.create(second_coder(desk))
    told: list[tuple[int, int]] = []
    report = desk.duplicates.find(progress=lambda done, total: told.append((done, total)))
    assert ids(report) == [{first.human_id, second.human_id}]
    assert told[-1] == (1000, 1000)
    assert [done for done, _ in told] == sorted(done for done, _ in told)
    assert len({total for _, total in told}) == 1
    since: list[tuple[int, int]] = []
    desk.duplicates.find(since=date(2017, 1, 1), progress=lambda *a: since.append(a))
    assert since[-1] == (1000, 1000)

    class Stop(Exception):
        pass

    def stop(done: int, total: int) -> None:
        raise Stop()

    with pytest.raises(Stop):
        desk.duplicates.find(progress=stop)
