"""The score of a pair and its reasons, on incidents made by hand: a second coder's
record of one event, and other events that look like it."""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from sahel_desk.codebook.taxonomy import SUB_EVENT_TYPES
from sahel_desk.duplicates.blocking import in_block
from sahel_desk.duplicates.kinds import nearness
from sahel_desk.duplicates.scoring import (
    DEFAULT_MIN_SCORE,
    LEVELS,
    PRIOR_ODDS,
    Reason,
    Scorer,
    log_odds,
    match,
)
from sahel_desk.duplicates.words import content_words, overlap
from tests.duplicates.facts import (
    CIVILIANS,
    DOZO,
    FAMA,
    FAMA_LATER,
    GUNMEN,
    ISGS,
    JNIM,
    MACINA,
    PROTESTERS,
    at,
    clash,
    east,
)

SECOND_CODER = dict(
    id="b", human_id="MLI-2017-0002", event_date=date(2017, 5, 8), location="Boulkessi camp",
    actors=(FAMA, JNIM), fatalities=8, publications=frozenset({"rfi", "studio tamani"}),
    publication_names=("RFI", "Studio Tamani"),
    words=content_words(["Le 8 mai, des jihadistes du JNIM ont attaqué le camp de "
                         "l'armée à Boulkessi. Huit soldats tués."]))


def test_a_second_coders_record_of_one_event_scores_high_with_its_reasons_in_words() -> None:
    found = match(clash(), at(east(3), **SECOND_CODER))
    assert found.score > 0.75
    assert [r.text for r in found.reasons][:5] == [
        "1 day apart", "3 km apart", "same type (Armed clash)",
        "same actors (JNIM: Group for Support of Islam and Muslims, Military Forces of Mali "
        "(2013-2020))", "fatalities 7 vs 8"]
    assert "both cite RFI" in found.summary
    assert found.summary.startswith("1 day apart, 3 km apart, same type (Armed clash)")


def test_the_score_is_the_probability_the_levels_give_from_the_prior() -> None:
    """Each level adds ln(m/u); the score is the logistic of the sum from the prior."""
    import math

    found = match(clash(), at(east(3), **SECOND_CODER))
    total = math.log(PRIOR_ODDS) + sum(
        math.log(LEVELS[r.aspect, r.level].m / LEVELS[r.aspect, r.level].u)
        for r in found.reasons)
    assert found.log_odds == pytest.approx(total)
    assert found.score == pytest.approx(1 / (1 + math.exp(-total)))
    assert log_odds(clash(), at(east(3), **SECOND_CODER)) == pytest.approx(total)


@pytest.mark.parametrize(("what", "other"), [
    ("the same actors at the same place five days later",
     clash(id="b", event_date=date(2017, 5, 12), fatalities=3)),
    ("the same day and type 25 km away, by other actors",
     at(east(25), id="b", actors=(ISGS, DOZO), fatalities=2, publications=frozenset())),
    ("the same day and place, another kind of event",
     clash(id="b", event_type="Protests", sub_event_type="Peaceful protest",
           actors=(PROTESTERS,), fatalities=0)),
])
def test_other_events_that_look_alike_stay_below_the_default_threshold(
        what: str, other: object) -> None:
    assert match(clash(), other).score < DEFAULT_MIN_SCORE, what  # type: ignore[arg-type]


def test_the_day_gap_widens_for_a_week_or_a_month_known_or_a_date_range() -> None:
    later = clash(id="b", event_date=date(2017, 5, 12))
    assert match(clash(), later).reasons[0].text == "5 days apart"
    week = clash(time_precision=2)  # 4-10 May
    assert match(week, later).reasons[0].text == (
        "dates 2 day(s) apart beyond their precision")
    month = clash(time_precision=3)  # 22 April - 22 May
    assert match(month, later).reasons[0].level == "overlap_long"
    span = clash(event_date=date(2017, 5, 1), event_date_end=date(2017, 5, 10))
    assert match(span, later).reasons[0].text == (
        "dates 2 day(s) apart beyond their precision")


def test_a_coarse_date_that_misses_the_others_day_weighs_against() -> None:
    """A week known that does not hold the other's day is not "a day or two apart": a
    second report of one event dated by its week holds the day of the first."""
    week = clash(time_precision=2)  # 4-10 May
    next_week = clash(id="b", time_precision=2, event_date=date(2017, 5, 14))  # 11-17 May
    overlapping = clash(id="b", time_precision=2, event_date=date(2017, 5, 9))  # 6-12 May
    apart = match(week, next_week)
    assert apart.reasons[0].text == "dates 1 day(s) apart beyond their precision"
    assert apart.reasons[0].weight < 0
    assert apart.score < match(week, overlapping).score
    assert apart.score < match(clash(), clash(id="b", event_date=date(2017, 5, 8))).score


def test_a_place_coded_near_a_town_reaches_further() -> None:
    far = at(east(20), id="b", location="Mondoro")
    assert match(clash(), far).reasons[1].level == "km_30"
    near = at(east(20), id="b", location="Mondoro", geo_precision=2)  # 5 km beyond reach
    assert match(clash(), near).reasons[1].level == "km_8"
    assert match(clash(), near).score > match(clash(), far).score
    within = at(east(12), id="b", location="Mondoro", geo_precision=2)
    assert match(clash(), within).reasons[1].text == (
        "12 km apart, within the reach of a location coded near a town")


def test_one_location_by_name_is_one_place_though_its_points_are_a_few_km_apart() -> None:
    """Two gazetteers put one village a few km apart; the name is what the coder coded."""
    named_alike = match(clash(), at(east(5), id="b"))
    assert named_alike.reasons[1].text == "same place"
    other_name = match(clash(), at(east(5), id="b", location="Boulkessi camp"))
    assert other_name.reasons[1].text == "5 km apart"
    assert named_alike.score > other_name.score
    # Further than two gazetteers disagree: two places that happen to share a name.
    assert match(clash(), at(east(25), id="b")).reasons[1].text == "25 km apart"


def test_a_region_only_place_is_compared_by_its_region() -> None:
    region = clash(id="b", geo_precision=3, latitude=14.5, longitude=-4.2)
    assert match(clash(), region).reasons[1].text == "same region (Mopti)"
    elsewhere = clash(id="b", geo_precision=3, admin1="Gao", latitude=16.3, longitude=-0.05)
    assert match(clash(), elsewhere).reasons[1].text == "other regions (Mopti / Gao)"


def test_neighbouring_types_count_for_something_and_far_ones_against() -> None:
    def with_type(event_type: str, sub: str) -> float:
        other = clash(id="b", event_type=event_type, sub_event_type=sub, words=frozenset())
        return match(clash(), other).score

    same = with_type("Battles", "Armed clash")
    sibling = with_type("Battles", "Non-state actor overtakes territory")
    cousin = with_type("Violence against civilians", "Attack")
    cousin_ied = with_type("Explosions/Remote violence", "Remote explosive/landmine/IED")
    other = with_type("Protests", "Peaceful protest")
    assert same > sibling > cousin > other
    assert cousin == pytest.approx(cousin_ied)
    assert other < DEFAULT_MIN_SCORE < cousin


def test_nearness_follows_the_codebooks_tree_for_every_pair_of_sub_event_types() -> None:
    """sibling: one event type; cousin: another event type sharing a disorder type;
    other: nothing shared (the disorder types as the taxonomy writes them)."""
    for x, y in itertools.product(SUB_EVENT_TYPES, repeat=2):
        got = nearness(x.event_type, x.name, y.event_type, y.name)
        if x.name == y.name:
            expected = "same"
        elif x.event_type == y.event_type:
            expected = "sibling"
        elif {d.strip() for d in x.disorder_type.split(";")} & {
                d.strip() for d in y.disorder_type.split(";")}:
            expected = "cousin"
        else:
            expected = "other"
        assert got == expected, (x.name, y.name)
    assert nearness("Battles", "Armed clash", "Violence against civilians", "Attack") == (
        "cousin")
    assert nearness("Explosions/Remote violence", "Remote explosive/landmine/IED",
                    "Violence against civilians", "Attack") == "cousin"
    assert nearness(None, None, "Battles", "Armed clash") is None


@pytest.mark.parametrize(("theirs", "level"), [
    ((FAMA, JNIM), "same"),                        # the other order
    ((MACINA, FAMA), "same"),                      # a component for its group
    ((JNIM, FAMA_LATER), "same"),                  # another dated variant of the army
    ((GUNMEN, FAMA), "same"),                      # an unidentified group may be JNIM
    ((JNIM,), "same"),                             # actor 2 left out
    ((ISGS,), "different"),
    ((JNIM, DOZO), "share"),
    ((ISGS, DOZO), "different"),
    ((GUNMEN, CIVILIANS), "share_generic"),        # the army is not among them
])
def test_actors_in_either_role_with_their_groups(theirs: tuple, level: str) -> None:
    found = match(clash(), clash(id="b", actors=theirs))
    assert next(r.level for r in found.reasons if r.aspect == "actors") == level


def test_generic_actors_alone_say_less_than_named_ones() -> None:
    named = match(clash(), clash(id="b"))
    civilians = match(clash(actors=(GUNMEN, CIVILIANS)), clash(id="b", actors=(CIVILIANS,)))
    assert civilians.reasons[3].text == "same actors (Civilians (Mali))"
    assert civilians.score < named.score


@pytest.mark.parametrize(("mine", "theirs", "text"), [
    (7, 7, "same fatalities (7)"), (0, 0, "no fatalities on either side"),
    (7, 8, "fatalities 7 vs 8"), (3, 12, "fatalities 3 vs 12"),
    (0, 12, "no fatalities reported on one side (0 vs 12)"),
    (0, 2, "no fatalities reported on one side (0 vs 2)"), (1, 2, "fatalities 1 vs 2"),
])
def test_fatalities_equal_close_or_far(mine: int, theirs: int, text: str) -> None:
    found = match(clash(fatalities=mine), clash(id="b", fatalities=theirs))
    assert next(r.text for r in found.reasons if r.aspect == "fatalities") == text


def test_an_unknown_toll_neither_helps_nor_hurts() -> None:
    known = match(clash(), clash(id="b", fatalities=7))
    unknown = match(clash(), clash(id="b", fatalities=None))
    assert "fatalities" not in {r.aspect for r in unknown.reasons}
    assert unknown.score < known.score


def test_a_toll_of_zero_beside_a_counted_toll_is_its_own_level() -> None:
    """The codebook codes "no information" as 0 (ACLED's rule): 0 beside 12 dead is not
    read as two counted tolls far apart, and it still weighs against the pair, where a
    toll unknown to the desk weighs nothing."""
    none_reported = match(clash(fatalities=12), clash(id="b", fatalities=0))
    unknown = match(clash(fatalities=12), clash(id="b", fatalities=None))
    [toll] = [r for r in none_reported.reasons if r.aspect == "fatalities"]
    assert toll.level == "none_reported" and toll.weight < 0
    assert none_reported.score < unknown.score


def test_two_small_counted_tolls_a_little_off_are_close_as_large_ones_are() -> None:
    """1 dead in one report and 2 in another is the same "a little off" as 7 and 8; it
    once weighed against the pair, below 1 vs 3, and below a report with no toll at all."""
    def toll(a: int, b: int) -> Reason:
        found = match(clash(fatalities=a), clash(id="b", fatalities=b))
        return next(r for r in found.reasons if r.aspect == "fatalities")

    assert toll(1, 2).level == toll(7, 8).level == toll(1, 3).level == "close"
    assert toll(1, 2).weight > 0
    assert toll(0, 2).level == "none_reported_few"
    assert toll(0, 12).weight < toll(0, 2).weight < 0 < toll(1, 2).weight


def test_each_day_further_apart_weighs_more_against() -> None:
    """A second report is a day or two off: the same actors at the same place three days
    later are likelier their next attack than the same one, and four days or more (only
    ever met side by side, beyond the block) weigh against at least as much as three."""
    def gap(days: int, **same: Any) -> float:
        return match(clash(**same), clash(id="b", event_date=date(2017, 5, 7 + days),
                                          **same)).score

    for same in ({}, {"words": frozenset()}):
        scores = [gap(days, **same) for days in range(7)]
        assert scores == sorted(scores, reverse=True), same


def test_other_counts_compare_where_both_give_them() -> None:
    found = match(clash(injured=4, kidnapped=None), clash(id="b", injured=4, kidnapped=2))
    assert "injured 4 vs 4 agree" in found.summary
    differ = match(clash(injured=4), clash(id="b", injured=30))
    assert "injured 4 vs 30 differ" in differ.summary


def test_the_same_article_weighs_more_than_the_same_publication() -> None:
    same_url = clash(id="b", urls=frozenset({"rfi.fr/afrique/boulkessi"}),
                     publications=frozenset())
    found = match(clash(urls=frozenset({"rfi.fr/afrique/boulkessi"})), same_url)
    assert "both cite rfi.fr/afrique/boulkessi" in found.summary
    assert found.score > match(clash(), clash(id="b")).score


def test_words_are_compared_in_any_script_folded() -> None:
    arabic = content_words(["هجوم المجاهدين على ثكنة الجيش المالي في بولكسي"])
    spelled_otherwise = content_words(["هُجُومُ المُجاهِدينَ على ثَكنةِ جيش مالي في بولكسى"])
    assert overlap(arabic, spelled_otherwise) >= 0.5
    assert content_words(["L'armée malienne a été attaquée à Boulkessi le 7 mai 2017"]) == {
        "armee", "malienne", "attaquee", "boulkessi"}


def test_the_same_words_are_a_copy_at_one_place_and_a_split_report_at_another() -> None:
    copy = match(clash(), clash(id="b"))
    assert copy.reasons[-1].text == "the same words"
    split = match(clash(), at(east(9), id="b", location="Boni"))
    assert split.reasons[-1].text == ("the same words for another place: one report coded as "
                                      "several events")
    assert split.score < DEFAULT_MIN_SCORE < copy.score


def test_one_location_spelt_with_a_hyphen_or_an_accent_is_one_place() -> None:
    """The same words at "Tin-Zaouatene" and "Tin Zaouatene" (or "Ségou" and "Segou")
    are one report of one place, not one report coded for two places."""
    for mine, theirs in (("Tin-Zaouatene", "Tin Zaouatene"), ("Ségou", "SEGOU")):
        found = match(clash(location=mine), clash(id="b", location=theirs))
        assert "split" not in {r.level for r in found.reasons}
        assert found.score > 0.9


def test_two_events_of_one_acled_file_were_kept_apart_by_its_editors() -> None:
    """ACLED merges the reports of one event before giving it an id: two events read
    from one of its files that read like one are one only at ACLED's odds."""
    first = clash(acled_event_id="MLI1001", acled_dataset="file")
    second_coder = at(east(3), **SECOND_CODER)
    assert match(first, second_coder).score > 0.75
    other = {**SECOND_CODER, "acled_event_id": "MLI1002"}
    apart = match(first, at(east(3), **other, acled_dataset="file"))
    assert apart.reasons[-1].text == (
        "both read from one ACLED file, which keeps them apart (MLI1001 / MLI1002)")
    assert apart.score < DEFAULT_MIN_SCORE
    # From two files (a partner's dataset in ACLED's layout), or with no file read (an
    # id typed on the desk, a record received in a bundle): a desk's odds.
    for elsewhere in ("another file", None):
        found = match(first, at(east(3), **other, acled_dataset=elsewhere))
        assert "origin" not in {r.aspect for r in found.reasons}
        assert found.score == match(first, second_coder).score
    # One event ACLED coded twice, the same words at the same day and place, reads as
    # one side by side; the block leaves it to ACLED's editors (never offered).
    copy = clash(id="b", acled_event_id="MLI1002", acled_dataset="file")
    assert match(first, copy).score > DEFAULT_MIN_SCORE
    assert not in_block(first, copy)
    assert in_block(first, replace(copy, acled_dataset="another file"))
    # Its own event id on both sides is no reason against.
    same_id = match(first, clash(id="b", acled_event_id="MLI1001", acled_dataset="file"))
    assert "origin" not in {r.aspect for r in same_id.reasons}


def test_the_fast_sum_equals_the_reasons_sum() -> None:
    """Scorer (what find uses) and match (what is shown) must agree on every pair."""
    variants = [clash(), at(east(3), **SECOND_CODER), clash(id="b", time_precision=3),
                clash(id="i", acled_event_id="MLI1"), at(east(4), id="j", acled_event_id="MLI2"),
                clash(id="k", time_precision=2, event_date=date(2017, 5, 14)),
                at(east(6), id="l", geo_precision=2),
                at(east(25), id="c", actors=(ISGS, DOZO), geo_precision=2),
                clash(id="d", geo_precision=3), clash(id="e", words=frozenset()),
                clash(id="f", injured=3), clash(id="g", event_type="Protests",
                                               sub_event_type="Peaceful protest"),
                at(east(9), id="h", location="Boni")]
    scorer = Scorer()
    for x, y in itertools.product(variants, repeat=2):
        assert scorer.log_odds(x, y) == pytest.approx(log_odds(x, y)), (x.id, y.id)


def test_reasons_as_data() -> None:
    reason = match(clash(), at(east(3), **SECOND_CODER)).reasons[1]
    assert reason.as_dict() == {"aspect": "place", "level": "km_8",
                                "weight": round(reason.weight, 2), "text": "3 km apart",
                                "km": 3}
