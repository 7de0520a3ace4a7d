"""The codebook as data: taxonomy and the derived codes."""

from __future__ import annotations

import pytest

from sahel_desk.codebook import taxonomy as tx


def test_every_sub_event_belongs_to_one_event_type() -> None:
    assert len(tx.SUB_EVENT_TYPES) == 25
    assert set(tx.EVENT_TYPES) == {
        "Battles", "Protests", "Riots", "Explosions/Remote violence",
        "Violence against civilians", "Strategic developments"}
    assert tx.sub_event_types_of("Battles") == (
        "Government regains territory", "Non-state actor overtakes territory", "Armed clash")
    assert tx.sub_event_types_of("Nonsense") == ()


@pytest.mark.parametrize(("sub", "disorder"), [
    ("Armed clash", "Political violence"),
    ("Excessive force against protesters", "Political violence; Demonstrations"),
    ("Peaceful protest", "Demonstrations"),
    ("Mob violence", "Political violence"),
    ("Violent demonstration", "Demonstrations"),
    ("Arrests", "Strategic developments"),
    ("Nonsense", None),
])
def test_disorder_type_is_derived_from_sub_event(sub: str, disorder: str | None) -> None:
    assert tx.disorder_type_of(sub) == disorder


def test_interaction_codes_put_the_smaller_type_first() -> None:
    assert tx.interaction_code(7, 2) == 27
    assert tx.interaction_code(2, None) == 20
    assert tx.interaction_text(2, 1) == "State forces-Rebel group"
    assert tx.interaction_text(2, None) == "Rebel group only"
    assert tx.interaction_code(None, None) is None


def test_actor_type_reads_numbers_and_both_label_spellings() -> None:
    assert tx.actor_type_code("2") == 2
    assert tx.actor_type_code(8) == 8
    assert tx.actor_type_code("Rebel group") == 2
    assert tx.actor_type_code("Identity Militias") == 4
    assert tx.actor_type_code("9") is None
    assert tx.actor_type_code("terrorists") is None


def test_civilian_targeting_follows_the_second_side() -> None:
    assert tx.civilian_targeting([7]) == "Civilians targeted"
    assert tx.civilian_targeting([1, 8]) is None


def test_acled_columns_are_the_31_current_ones_in_order() -> None:
    assert len(tx.ACLED_COLUMNS) == 31
    assert tx.ACLED_COLUMNS[0] == "event_id_cnty"
    assert tx.ACLED_COLUMNS[-1] == "timestamp"
