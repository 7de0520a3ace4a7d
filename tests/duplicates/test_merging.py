"""Two records of one event made one: the values the codebook prefers, both records'
sources and claims, one recorded change, the other rejected as a duplicate with its
link, reviewers only for approved records, and the merge carried by a bundle."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from sahel_desk.duplicates.merging import merge_states
from sahel_desk.errors import ConflictError, PermissionDeniedError
from sahel_desk.services.desk import Desk
from tests.core.helpers import complete_values
from tests.desk_state import desk_fingerprint, run_cli
from tests.duplicates.test_find import second_coder

BOTH = pytest.mark.backends("sqlite", "postgresql")


def _state(**values: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "event_date": "2017-05-07", "event_date_end": None, "time_precision": 2,
        "place_id": "p-gao", "location": "Gao", "country_code": "ML", "admin1": "Gao",
        "admin2": None, "admin3": None, "latitude": 16.27, "longitude": -0.04,
        "geo_precision": 2, "near": True, "event_type": "Battles",
        "sub_event_type": "Armed clash", "actor1": "jnim", "actor2": "fama",
        "assoc_actor_1": [], "assoc_actor_2": [], "fatalities": 7, "fatalities_low": 7,
        "fatalities_high": 9, "injured": None, "notes": "First account.", "tags": ["a"],
        "sources": [{"id": "s1", "publication": "RFI"}], "claims": [], "status": "draft"}
    base.update(values)
    return base


def _merge(keep: dict[str, Any], other: dict[str, Any], **options: Any
           ) -> tuple[dict[str, Any], dict[str, Any]]:
    options.setdefault("keep_approved", False)
    options.setdefault("other_approved", False)
    changes, choices = merge_states(keep, other, other_label="From MLI-2017-0002",
                                    child_columns={"sources": ("publication",)}, **options)
    return changes, {c.name: c for c in choices}


def test_the_finer_date_and_place_and_the_lowest_credible_toll_are_taken() -> None:
    other = _state(event_date="2017-05-08", time_precision=1, location="Almoustarat",
                   place_id="p-almoustarat", latitude=16.6, longitude=-0.1, geo_precision=1,
                   near=False, fatalities=5, fatalities_low=4, fatalities_high=12)
    changes, choices = _merge(_state(), other)
    assert choices["date"].taken == "other" and choices["date"].why == "the finer precision"
    assert choices["place"].taken == "other"
    assert (changes["event_date"], changes["time_precision"]) == ("2017-05-08", 1)
    assert (changes["location"], changes["near"]) == ("Almoustarat", False)
    assert choices["fatalities"].why == "the lowest credible figure"
    assert (changes["fatalities"], changes["fatalities_low"], changes["fatalities_high"]) == (
        5, 4, 12)


def test_a_toll_of_zero_is_a_figure_not_an_empty_value() -> None:
    """No fatalities is a count: beside 4 dead the lowest credible figure is taken, with
    the spread of both, not "only the other record has it"."""
    keep = _state(fatalities=0, fatalities_low=0, fatalities_high=0)
    other = _state(fatalities=4, fatalities_low=4, fatalities_high=6)
    changes, choices = _merge(keep, other)
    assert (choices["fatalities"].taken, choices["fatalities"].why) == (
        "both", "the lowest credible figure")
    assert choices["fatalities"].value == {
        "fatalities": 0, "fatalities_low": 0, "fatalities_high": 6}
    assert changes["fatalities_high"] == 6 and "fatalities" not in changes
    # An unknown toll is empty: the other record's is taken.
    unknown = _state(fatalities=None, fatalities_low=None, fatalities_high=None)
    _, choices = _merge(unknown, other)
    assert (choices["fatalities"].taken, choices["fatalities"].why) == (
        "other", "only the other record has it")


def test_the_approved_value_is_taken_over_a_drafts() -> None:
    other = _state(event_type="Violence against civilians", sub_event_type="Attack")
    _, choices = _merge(_state(), other, other_approved=True)
    assert (choices["type"].taken, choices["type"].why) == ("other", "the approved value")
    _, choices = _merge(_state(), other)
    assert (choices["type"].taken, choices["type"].why) == ("keep", "the kept record's")


def test_every_source_claim_tag_and_note_of_both_is_kept_and_a_choice_can_be_turned() -> None:
    other = _state(sources=[{"id": "s2", "publication": "RFI"},
                            {"id": "s3", "publication": "Studio Tamani"}],
                   tags=["b"], notes="Second account.", injured=3,
                   assoc_actor_1=["katiba"], fatalities=9)
    changes, choices = _merge(_state(), other, prefer={"fatalities": "other"})
    assert changes["sources"] == [{"id": "s1", "publication": "RFI"},
                                  {"publication": "Studio Tamani"}]
    assert changes["tags"] == ["a", "b"]
    assert changes["notes"] == "First account.\n\nFrom MLI-2017-0002: Second account."
    assert changes["injured"] == 3 and choices["injured"].why == "only the other record has it"
    assert changes["assoc_actor_1"] == ["katiba"]
    assert choices["fatalities"].why == "chosen" and changes["fatalities"] == 9
    with pytest.raises(ValueError, match="cannot choose colour"):
        _merge(_state(), other, prefer={"colour": "other"})


# --- on a desk ------------------------------------------------------------------------


@BOTH
def test_a_merge_is_one_recorded_change_and_the_other_is_rejected_as_its_duplicate(
        desk: Desk) -> None:
    first = desk.incidents.create(complete_values(desk))
    second = desk.incidents.create(second_coder(desk, time_precision=1))
    result = desk.duplicates.merge(first.human_id, second.human_id)
    kept, rejected = result.kept, result.rejected
    assert rejected.status == "rejected" and kept.status == "submitted"
    assert [s.publication for s in kept.sources] == ["RFI", "Studio Tamani"]
    assert len(kept.claims) == 1
    assert (kept.fatalities, kept.fatalities_low, kept.fatalities_high) == (7, 7, 9)
    assert kept.notes.endswith(f"From {second.human_id}: " + second.notes)
    why = desk.review.rejection(second.id)
    assert why is not None
    assert (why.reason_code, why.duplicate_of, why.duplicate_of_human_id) == (
        "duplicate", first.id, first.human_id)
    changes = {e.change_id for incident in (first.id, second.id)
               for e in desk.history.for_incident(incident) if e.change_id == result.change_id}
    assert changes == {result.change_id}
    touched = {e.incident_id for incident in (first.id, second.id)
               for e in desk.history.for_incident(incident) if e.change_id == result.change_id}
    assert touched == {first.id, second.id}
    assert desk.duplicates.find().pairs == ()  # the rejected record is out
    # Undone by reopening: the other is back as a draft, and proposed again.
    desk.profiles.create("rita", "reviewer")
    desk.switch_user("rita")
    desk.review.reopen(second.id, "not the same attack after all")
    assert desk.incidents.get(second.id).status == "draft"
    assert len(desk.duplicates.find().pairs) == 1


@BOTH
def test_merging_approved_records_is_a_reviewers_act(desk: Desk) -> None:
    first = desk.incidents.create(complete_values(desk, status="approved"))
    second = desk.incidents.create(second_coder(desk))
    desk.profiles.create("ada", "administrator")
    desk.switch_user("ada")
    desk.profiles.create("rita", "reviewer")
    desk.profiles.create("sam", "researcher")
    desk.switch_user("sam")
    before = desk_fingerprint(desk)
    with pytest.raises(PermissionDeniedError, match="sam is a researcher and may not merge "
                                                   f"{second.human_id} into {first.human_id}"):
        desk.duplicates.merge(first.id, second.id)
    assert desk_fingerprint(desk) == before
    desk.switch_user("rita")
    result = desk.duplicates.merge(first.id, second.id)
    assert result.kept.status == "approved" and result.rejected.status == "rejected"
    with pytest.raises(ConflictError, match="is rejected: reopen it to merge it"):
        desk.duplicates.merge(first.id, second.id)


def test_merge_on_the_command_line(data_dir: Path) -> None:
    with Desk.open(data_dir, user="amina") as desk:
        first = desk.incidents.create(complete_values(desk))
        second = desk.incidents.create(second_coder(desk, time_precision=1))
    dry = run_cli(["--data-dir", str(data_dir), "duplicates", "merge", first.human_id,
                   second.human_id, "--dry-run", "--prefer", "fatalities=other"])
    assert dry.code == 0, dry.err
    assert "fatalities" in dry.out and "other (chosen)" in dry.out
    assert dry.out.splitlines()[-1] == (f"-- a dry run: nothing was merged ({second.human_id} "
                                        f"into {first.human_id}).")
    with Desk.open(data_dir, user="amina") as desk:
        assert desk.incidents.get(second.id).status == "submitted"
    bad = run_cli(["--data-dir", str(data_dir), "duplicates", "merge", first.human_id,
                   second.human_id, "--prefer", "fatalities=both"])
    assert bad.code == 2 and "is not NAME=keep or NAME=other" in bad.err
    done = run_cli(["--data-dir", str(data_dir), "duplicates", "merge", first.human_id,
                    second.human_id, "--reason", "same attack"])
    assert done.code == 0, done.err
    assert done.out.splitlines()[-1].startswith(
        f"{second.human_id} was merged into {first.human_id} and rejected as its duplicate")
    with Desk.open(data_dir, user="amina") as desk:
        assert desk.incidents.get(second.id).status == "rejected"
