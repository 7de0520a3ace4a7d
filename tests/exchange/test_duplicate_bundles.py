"""Duplicates across desks: pairs marked "not the same event" travel in bundles like any
other change (the receiving desk stops proposing them too, a bundle brought in twice adds
nothing, a bundle that names a dismissal badly is refused whole), and so does a merge."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sahel_desk.exchange.schema import PayloadError, check_payload, problems_of
from tests.core.helpers import complete_values
from tests.duplicates.test_find import second_coder
from tests.exchange.conftest import MakeDesk, code_incident, send

pytestmark = pytest.mark.backends("sqlite", "postgresql")


def test_a_dismissal_reaches_the_other_desk_and_stays_there(make_desk: MakeDesk,
                                                             tmp_path: Path) -> None:
    amina, hawa = make_desk("amina"), make_desk("hawa")
    first = code_incident(amina)
    second = amina.incidents.create(second_coder(amina))
    send(amina, hawa, tmp_path, "records")
    assert len(hawa.duplicates.find().pairs) == 1
    amina.duplicates.dismiss(first.human_id, second.human_id, reason="two attacks")
    report = send(amina, hawa, tmp_path, "dismissal")
    assert report.dismissals == 1
    assert "1 pair marked not the same event" in report.lines()[2]
    assert hawa.duplicates.find().pairs == ()
    [kept] = hawa.duplicates.dismissed_pairs()
    assert (kept.incident_a, kept.incident_b) == tuple(sorted((first.id, second.id)))
    assert (kept.dismissed_by, kept.reason) == ("amina", "two attacks")
    again = hawa.exchange.import_bundle(tmp_path / "dismissal.sdb")
    assert again.dismissals == 0
    assert len(hawa.duplicates.dismissed_pairs()) == 1


def test_a_dismissal_travels_back_and_forth_without_doubling(make_desk: MakeDesk,
                                                               tmp_path: Path) -> None:
    amina, hawa = make_desk("amina"), make_desk("hawa")
    first = code_incident(amina)
    second = amina.incidents.create(second_coder(amina))
    send(amina, hawa, tmp_path, "records")
    hawa.duplicates.dismiss(second.id, first.id)  # named the other way round
    send(hawa, amina, tmp_path, "back")
    amina.duplicates.dismiss(first.id, second.id)  # already there: nothing new
    assert [d.dismissed_by for d in amina.duplicates.dismissed_pairs()] == ["hawa"]
    report = send(amina, hawa, tmp_path, "forth", since_last=False)
    assert report.dismissals == 0


def test_a_received_dismissal_is_forwarded_to_a_third_desk(make_desk: MakeDesk,
                                                          tmp_path: Path) -> None:
    """Hawa sends to Fatou after Amina's dismissal was made but before it reached Hawa:
    Hawa's next bundle "since last time" still carries it (it keeps Amina's time)."""
    amina, hawa, fatou = make_desk("amina"), make_desk("hawa"), make_desk("fatou")
    first = code_incident(amina)
    second = amina.incidents.create(second_coder(amina))
    send(amina, hawa, tmp_path, "records")
    amina.duplicates.dismiss(first.id, second.id, reason="two attacks")
    made_at = amina.duplicates.dismissed_pairs()[0].dismissed_at
    send(hawa, fatou, tmp_path, "hawa-records")
    assert len(fatou.duplicates.find().pairs) == 1
    send(amina, hawa, tmp_path, "dismissal")
    report = send(hawa, fatou, tmp_path, "forwarded")
    assert report.dismissals == 1
    assert fatou.duplicates.find().pairs == ()
    [there] = fatou.duplicates.dismissed_pairs()
    assert (there.dismissed_by, there.dismissed_at, there.reason) == (
        "amina", made_at, "two attacks")
    # Forwarded once: the next bundle since last time carries it no more.
    assert send(hawa, fatou, tmp_path, "nothing-new").dismissals == 0


def test_a_badly_named_dismissal_refuses_the_whole_bundle() -> None:
    row = {"incident_a": "a", "incident_b": "b", "dismissed_by": "amina",
           "dismissed_at": "2017-05-07T10:00:00", "reason": None}
    payload = {"incidents": [], "comments": [], "actors": {}, "places": {},
               "dismissals": [{**row, "incident_a": "x" * 37},
                              {**row, "dismissed_at": "yesterday"},
                              {**row, "incident_b": "a"}, row]}
    problems = problems_of(json.loads(json.dumps(payload)))
    assert [p.split(":")[0] for p in problems] == [
        "dismissals[0].incident_a", "dismissals[1].dismissed_at", "dismissals[2].incident_b"]
    assert problems[2] == "dismissals[2].incident_b: names the same incident twice"
    with pytest.raises(PayloadError, match="dismissals: 'all of them' is"):
        check_payload({**payload, "dismissals": "all of them"})
    # A bundle from a desk before dismissals travelled has no such part, and is read.
    del payload["dismissals"]
    assert problems_of(payload) == []


def test_a_merge_travels_in_a_bundle(make_desk: MakeDesk, tmp_path: Path) -> None:
    amina, hawa = make_desk("amina"), make_desk("hawa")
    first = amina.incidents.create(complete_values(amina))
    second = amina.incidents.create(second_coder(amina))
    send(amina, hawa, tmp_path, "records")
    amina.duplicates.merge(first.id, second.id)
    send(amina, hawa, tmp_path, "merge")
    there = hawa.incidents.get(first.id)
    assert [s.publication for s in there.sources] == ["RFI", "Studio Tamani"]
    assert hawa.incidents.get(second.id).status == "rejected"
    why = hawa.review.rejection(second.id)
    assert why is not None and why.duplicate_of == first.id
