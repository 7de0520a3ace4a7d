"""How likely two incidents are one event coded twice, and why, in words.

The model is the one record linkage has used since Fellegi and Sunter (1969):
each aspect of the pair (the date gap, the distance, the types, the actors,
the tolls, the sources, the words) falls into a *level*, and each level has

- ``u``: how often two *different* events that could be confused (same country,
  within three days and 60 km of each other) are found at that level, and
- ``m``: how often two reports of *one* event are, as a second coder working
  from another source codes it.

The level adds ``ln(m / u)`` to the log-odds that the pair is one event:
positive when the level is likelier for a duplicate, negative when for two
events. (The block itself stops at 30 km: pairs further apart score too low to
matter, and leaving them out changes no score of the pairs kept, since ``u`` and
the prior odds would shrink alike.) The score is the probability those odds give from
:data:`PRIOR_ODDS`: 0.3 means about three pairs in ten scored so are one event.

Where the values come from. Every ``u`` was measured on the real ACLED Mali
file 2017-2020, whose 3,314 events ACLED's editors already keep apart: the
3,468 pairs of them within three days and 60 km, level by level (a fifth of them
share their actors, a third their sub-event type, a sixth their coordinates:
that is why no single aspect decides). ``m`` is what coding practice says of a
second report of one event: the day may differ by one or two (a night attack,
"yesterday", a report's own date) and rarely by three; the place by a few km,
or by about 20 when the commune seat is coded instead of the village; the type
stays within its branch of the codebook's tree (an Attack for one coder is an
Armed clash for another, never a protest); the actors are the same, in either
order, a group for its component; the toll is the same or a little off; the
words are the second writer's own. Values are rounded; none was fitted to a
test set.

The default threshold, :data:`DEFAULT_MIN_SCORE` (0.2), shows a pair when it
has at least one chance in five of being one event: checking a pair that is
not takes a reader a glance and a click (dismiss), while a duplicate left in
the desk counts one event twice in every report made from it, so one missed
duplicate is worth about four pairs looked at for nothing.

Some levels are near-vetoes: both days known and four or more days apart,
places more than 60 km apart beyond their precision, a protest beside an
attack (types with no branch in common), two different named groups. Enough
else in common still shows such a pair, with a low score and its reasons.
ACLED's practice of coding one report as several events (one per day, place
or type, with the same words) is told from a duplicate by the words: the same
words, or many words and a source in common, for another day, place or type
(see :func:`_words`).

Where the records come from is evidence too. ACLED's editors merge the reports
of one event before they give it an event id, so two events *read from one ACLED
file* under two ids are theirs to keep apart: the block never compares them
(duplicates/blocking.py), so a report ACLED split by village or by day, or two
attacks of one group in one week, is neither offered nor takes an event's second
report from it when each incident is paired with its best match. Opened side by
side all the same, such a pair starts from ACLED's odds of having coded one event
twice (about three pairs in the file's 3,468), not from a desk's. The rule holds
within one file only: an event id says nothing of a record coded on the desk,
received in a bundle, or read from another file in ACLED's layout (a partner's
dataset, an older export), and those pairs start from the desk's odds.

A place is its coordinates and its name: two points named alike a few km apart
are one place from two gazetteers (:data:`SAME_NAME_KM`). A date is its span: a
week or a month known whose span misses the other's day is not "a day apart".
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from typing import Any

from sahel_desk.duplicates.blocking import kept_apart
from sahel_desk.duplicates.facts import ActorFacts, IncidentFacts, km_between
from sahel_desk.duplicates.kinds import nearness
from sahel_desk.duplicates.words import overlap
from sahel_desk.text.normalize import fold

#: prior odds that two incidents of one block are one event: a desk fed by reports,
#: imports and two coders sees about one incident in five twice, and each incident
#: meets about two others in its block (as in the ACLED Mali file)
PRIOR_ODDS = 1 / 10
#: prior odds that two events of ACLED's, under two event ids, are one event all the
#: same: its editors merge the reports of one event, and the file's 3,468 pairs of one
#: block hold about three that escaped them (the same words, day and place)
ACLED_APART_ODDS = 1 / 1000
#: the default threshold: one chance in five of being one event (see the module)
DEFAULT_MIN_SCORE = 0.2


@dataclass(frozen=True)
class Level:
    aspect: str
    name: str
    m: float
    u: float
    #: the words shown, with ``{placeholders}`` filled from the reason's values
    phrase: str

    @property
    def weight(self) -> float:
        return math.log(self.m / self.u)


def _levels(*rows: tuple[str, str, float, float, str]) -> dict[tuple[str, str], Level]:
    return {(aspect, name): Level(aspect, name, m, u, phrase)
            for aspect, name, m, u, phrase in rows}


#: every level of every aspect: (aspect, level, m, u, phrase); u as measured on the
#: ACLED Mali file's pairs of distinct events in one block (see the module)
LEVELS = _levels(
    # Dates. Both days known: the gap in days. A coarse date (a week or a month known,
    # a date range) overlapping the other says little (levels for one pair in ten).
    ("date", "same_day", 0.38, 0.18, "same day"),
    ("date", "one_day", 0.32, 0.242, "1 day apart"),
    ("date", "two_days", 0.20, 0.201, "2 days apart"),
    # Three days: a second report is "a day or two off"; a report dated by its week (a
    # weekly or monthly summary) is coded with a coarse date, which the overlap levels
    # below take, so two exact days three apart are one event about once in fifty.
    ("date", "three_days", 0.02, 0.194, "3 days apart"),
    # Four days or more: beyond the block, so met only when two records are opened side
    # by side; it weighs against at least as much as three days does (a near-veto).
    ("date", "days", 0.003, 0.194, "{days} days apart"),
    ("date", "overlap_week", 0.08, 0.09, "dates overlap ({first} to {last})"),
    ("date", "overlap_long", 0.025, 0.03, "dates overlap ({first} to {last})"),
    # A coarse date whose span misses the other's day or span (a week known, three days
    # apart): a second report of one event dated by its week or month nearly always
    # holds the day the other gives; distinct events' spans miss each other as often as
    # not (235 of the 641 pairs with a coarse date).
    ("date", "coarse_apart", 0.01, 0.068, "dates {days} day(s) apart beyond their "
                                          "precision"),
    # Places with coordinates: the distance beyond what their precision leaves open
    # (the same name within a few km is the same place). Many events are coded at a
    # town's point, so the same point says no more than a few km apart, or within the
    # reach of a place coded near a town (the three are measured together: 0.72
    # against 0.297); a commune seat coded for a village is about 20 km off.
    ("place", "same_place", 0.35, 0.144, "same place"),
    ("place", "km_8", 0.25, 0.103, "{km} km apart"),
    ("place", "km_15", 0.08, 0.082, "{km} km apart"),
    ("place", "km_30", 0.15, 0.161, "{km} km apart"),
    ("place", "km_60", 0.02, 0.38, "{km} km apart"),
    ("place", "far", 0.001, 0.01, "{km} km apart"),
    ("place", "within_reach", 0.12, 0.0495, "{km} km apart, within the reach of a "
                                           "location coded near a town"),
    ("place", "same_region", 0.05, 0.084, "same region ({admin1})"),
    # Without coordinates on one side (a draft): the admin units.
    ("place", "same_admin2", 0.85, 0.35, "same {admin2}"),
    ("place", "same_admin1", 0.12, 0.35, "same region ({admin1}), other admin2"),
    ("place", "other_region", 0.02, 0.50, "other regions ({a} / {b})"),
    # Types, by their nearness in the codebook's tree (duplicates/kinds.py).
    ("type", "same", 0.62, 0.33, "same type ({a})"),
    ("type", "sibling", 0.10, 0.064, "related types ({a} / {b})"),
    ("type", "cousin", 0.25, 0.38, "neighbouring types ({a} / {b})"),
    ("type", "other", 0.005, 0.22, "other kinds of event ({a} / {b})"),
    # Actors in either role; a group counts for its component groups, dated variants
    # of one actor as one; civilians, protesters and rioters are generic (many
    # incidents name them), and so is an unidentified group, which may be anyone.
    ("actors", "same", 0.64, 0.22, "same actors ({names})"),
    ("actors", "same_generic", 0.21, 0.13, "same actors ({names})"),
    ("actors", "share", 0.08, 0.22, "share {names}, not {others}"),
    ("actors", "share_generic", 0.03, 0.10, "share {names}, not {others}"),
    ("actors", "different", 0.03, 0.33, "different actors ({names} / {others})"),
    # Fatalities (best estimates), when both are known. Two counted tolls a little off
    # are close whatever their size: 1 vs 2 as 7 vs 8 (u: 5.5% of the file's pairs of
    # distinct events for tolls of 3 or more, 3.2% for 1 vs 2).
    ("fatalities", "equal_zero", 0.35, 0.28, "no fatalities on either side"),
    ("fatalities", "equal", 0.20, 0.07, "same fatalities ({a})"),
    ("fatalities", "close", 0.15, 0.087, "fatalities {a} vs {b}"),
    ("fatalities", "far", 0.05, 0.122, "fatalities {a} vs {b}"),
    # A toll of 0 beside a counted one: the codebook (ACLED's rule) codes "no
    # information" as 0, so these are levels of their own, not two counted tolls apart.
    # Beside 1 or 2 (22.8% of the file's pairs of distinct events within three days and
    # 60 km), a second report that gives no toll for a death or two is common; beside 3
    # or more (17.6%), rarer.
    ("fatalities", "none_reported_few", 0.15, 0.228, "no fatalities reported on one side "
                                                     "({a} vs {b})"),
    ("fatalities", "none_reported", 0.06, 0.176, "no fatalities reported on one side "
                                                 "({a} vs {b})"),
    # Injured, kidnapped, arrested, where both sides give one (the file gives none).
    ("counts", "agree", 0.60, 0.30, "{what} agree"),
    ("counts", "differ", 0.20, 0.40, "{what} differ"),
    # Sources: the same article, or the same publication (half the pairs of different
    # events share one: few publications cover the region).
    ("sources", "same_url", 0.15, 0.01, "both cite {url}"),
    ("sources", "same_publication", 0.48, 0.48, "both cite {names}"),
    # Words of the notes and claims: the share both use (duplicates/words.py). The
    # same words, or many words and a source in common, on another day, at another
    # place or for another type are one report coded as several events (ACLED's
    # practice, and the desk's "Duplicate as new"): not a duplicate.
    ("words", "copy", 0.03, 0.001, "the same words"),
    ("words", "split", 0.002, 0.029, "the same words for another {what}: one report "
                                     "coded as several events"),
    ("words", "echo", 0.005, 0.05, "many words and a source in common for another "
                                   "{what}: one report coded as several events"),
    ("words", "many", 0.05, 0.008, "many words in common ({share:.0%})"),
    ("words", "some", 0.18, 0.18, "some words in common ({share:.0%})"),
    ("words", "few", 0.33, 0.32, "few words in common ({share:.0%})"),
    ("words", "none", 0.38, 0.42, "no words in common"),
    # Where the two records come from. ACLED's editors merge the reports of one event
    # (by date, place, actors and type) before they give it an event id, so two events
    # under two of its ids were kept apart by them: their odds of being one event are
    # ACLED's (:data:`ACLED_APART_ODDS`), not a desk's (:data:`PRIOR_ODDS`), when both were
    # read from one ACLED file (``acled_dataset``, an import's change id). A pair with a
    # record coded on the desk, or from another source, is not concerned. Met side by
    # side only: the block never compares such a pair (duplicates/blocking.py).
    ("origin", "acled_apart", ACLED_APART_ODDS, PRIOR_ODDS,
     "both read from one ACLED file, which keeps them apart ({a} / {b})"),
)
_WEIGHTS = {key: level.weight for key, level in LEVELS.items()}
# The same weights, as the fast sum of :class:`Scorer` reads them.
_GAP_WEIGHTS = tuple(_WEIGHTS["date", level]
                     for level in ("same_day", "one_day", "two_days", "three_days"))
_DAYS_WEIGHT = _WEIGHTS["date", "days"]
_OVERLAP_WEEK = _WEIGHTS["date", "overlap_week"]
_OVERLAP_LONG = _WEIGHTS["date", "overlap_long"]
_COARSE_APART = _WEIGHTS["date", "coarse_apart"]
_SAME_PLACE_WEIGHT = _WEIGHTS["place", "same_place"]
_WITHIN_REACH = _WEIGHTS["place", "within_reach"]
_KM_WEIGHTS = tuple((limit, _WEIGHTS["place", level]) for limit, level in (
    (8.0, "km_8"), (15.0, "km_15"), (30.0, "km_30"), (60.0, "km_60")))
_FAR = _WEIGHTS["place", "far"]
#: place levels at which two records tell one place
_SAME_PLACE = frozenset({"same_place", "within_reach", "same_region", "same_admin2"})
_COPY, _SPLIT = _WEIGHTS["words", "copy"], _WEIGHTS["words", "split"]
_ECHO, _MANY = _WEIGHTS["words", "echo"], _WEIGHTS["words", "many"]
_SHARE_WEIGHTS = ((0.25, _WEIGHTS["words", "some"]), (0.1, _WEIGHTS["words", "few"]),
                  (0.0, _WEIGHTS["words", "none"]))
PRIOR_LOG_ODDS = math.log(PRIOR_ODDS)
#: words either side needs before the words are compared
MIN_WORDS = 4
#: how far apart (km, beyond their precisions' reach) two points named alike may lie and
#: still be one place: two gazetteers' points for one village are a few km apart
SAME_NAME_KM = 8.0
#: the share of words at which two texts are the same words
SAME_WORDS = 0.9


@dataclass(frozen=True)
class Reason:
    """One aspect of a pair: its level, what it adds to the log-odds, and the values
    the words name."""

    aspect: str
    level: str
    weight: float
    values: tuple[tuple[str, Any], ...] = ()

    @property
    def text(self) -> str:
        return LEVELS[self.aspect, self.level].phrase.format(**dict(self.values))

    def __str__(self) -> str:
        return self.text

    def as_dict(self) -> dict[str, Any]:
        return {"aspect": self.aspect, "level": self.level, "weight": round(self.weight, 2),
                "text": self.text, **dict(self.values)}


@dataclass(frozen=True)
class Match:
    """How likely two incidents are one event, and the reasons, strongest first."""

    score: float
    log_odds: float
    reasons: tuple[Reason, ...]

    @property
    def summary(self) -> str:
        """The reasons in words: "same day, 3 km apart, same actors, fatalities 7 vs 8"."""
        return ", ".join(r.text for r in self.reasons)


def probability(log_odds: float) -> float:
    if log_odds < -30:
        return 0.0
    return 1.0 / (1.0 + math.exp(-log_odds))


def log_odds_of(score: float) -> float:
    """The log-odds a score (a probability) stands for."""
    if score <= 0.0:
        return -math.inf
    if score >= 1.0:
        return math.inf
    return math.log(score / (1.0 - score))


#: one aspect's finding: its level and the values its words name
Finding = tuple[str, str, tuple[tuple[str, Any], ...]]


def log_odds(a: IncidentFacts, b: IncidentFacts) -> float:
    """The pair's log-odds of being one event (what :func:`match` scores)."""
    total = PRIOR_LOG_ODDS
    for aspect, level, _values in findings(a, b):
        total += _WEIGHTS[aspect, level]
    return total


def match(a: IncidentFacts, b: IncidentFacts) -> Match:
    """The pair's score (0..1) and its reasons, in the order of :data:`ASPECTS`."""
    reasons = [Reason(aspect, level, _WEIGHTS[aspect, level], values)
               for aspect, level, values in findings(a, b)]
    total = PRIOR_LOG_ODDS + sum(r.weight for r in reasons)
    return Match(probability(total), total, tuple(reasons))


#: the aspects compared, in the order the reasons are given
ASPECTS = ("date", "place", "type", "actors", "fatalities", "counts", "sources", "words",
           "origin")


class Scorer:
    """Scores many pairs of the block, as ``find`` does: the same sum as :func:`log_odds`
    without the reasons' words (a test holds the two equal), and what repeats between
    pairs (two incidents' actors compared, two types' nearness) worked out once. The
    block holds no pair ACLED kept apart, so their level is left to :func:`match`."""

    def __init__(self) -> None:
        self._actors: dict[tuple[int, int], float] = {}
        self._kept: list[tuple[tuple[ActorFacts, ...], tuple[ActorFacts, ...]]] = []

    def _actor_weight(self, a: tuple[ActorFacts, ...], b: tuple[ActorFacts, ...]) -> float:
        # Keyed by the tuples' identities: the store hands out one tuple per set of
        # actors, and the tuples are kept so that no identity is reused meanwhile.
        key = (id(a), id(b))
        weight = self._actors.get(key)
        if weight is None:
            found = _actors(a, b)
            weight = self._actors[key] = _WEIGHTS[found[0], found[1]] if found else 0.0
            self._kept.append((a, b))
        return weight

    def log_odds(self, a: IncidentFacts, b: IncidentFacts, km: float | None = None
                 ) -> float:
        """The pair's log-odds (``km``: their distance, when already known)."""
        total = PRIOR_LOG_ODDS
        same_day = same_place = same_type = True
        if a.first_day is not None and b.first_day is not None:
            a_last, b_last = a.last_day or 0, b.last_day or 0
            gap = max(a.first_day, b.first_day) - min(a_last, b_last)
            if gap <= 0 and not (a.first_day == a_last and b.first_day == b_last):
                span = max(a_last, b_last) - min(a.first_day, b.first_day)
                total += _OVERLAP_WEEK if span < 7 else _OVERLAP_LONG
            elif gap > 0 and not (a.first_day == a_last and b.first_day == b_last):
                same_day = False
                total += _COARSE_APART
            else:
                same_day = gap <= 0
                total += _GAP_WEIGHTS[gap] if gap < len(_GAP_WEIGHTS) else _DAYS_WEIGHT
        if a.region_only or b.region_only or not (a.has_point and b.has_point):
            place = _place(a, b)
            if place is not None:
                total += _WEIGHTS[place[0], place[1]]
                same_place = place[1] in _SAME_PLACE
        else:
            if km is None:
                km = km_between(a, b)
            if km > 2.0 and not _same_name(a, b, km):
                reach = a.reach_km + b.reach_km
                beyond = km - reach
                if reach > 0 and beyond <= 0:
                    total += _WITHIN_REACH
                else:
                    same_place = False
                    total += next((w for limit, w in _KM_WEIGHTS if beyond <= limit), _FAR)
            else:
                total += _SAME_PLACE_WEIGHT
        near = nearness(a.event_type, a.sub_event_type, b.event_type, b.sub_event_type)
        if near is not None:
            total += _WEIGHTS["type", near]
            same_type = near == "same"
        if a.actors and b.actors:
            total += self._actor_weight(a.actors, b.actors)
        if a.fatalities is not None and b.fatalities is not None:
            toll = _fatalities(a.fatalities, b.fatalities)
            assert toll is not None
            total += _WEIGHTS[toll[0], toll[1]]
        if a.injured is not None or a.kidnapped is not None or a.arrested is not None:
            counts = _counts(a, b)
            if counts is not None:
                total += _WEIGHTS[counts[0], counts[1]]
        shared_source = False
        if (a.publications or a.urls) and (b.publications or b.urls):
            sources = _sources(a, b)
            if sources is not None:
                total += _WEIGHTS[sources[0], sources[1]]
                shared_source = bool(a.publications & b.publications)
        if len(a.words) >= MIN_WORDS and len(b.words) >= MIN_WORDS:
            share = overlap(a.words, b.words)
            if share >= 0.5:
                other = not (same_day and same_place and same_type) or bool(
                    a.location_key and b.location_key and a.location_key != b.location_key)
                if share >= SAME_WORDS:
                    total += _SPLIT if other else _COPY
                elif other and shared_source:
                    total += _ECHO
                else:
                    total += _MANY
            else:
                total += next(w for limit, w in _SHARE_WEIGHTS if share >= limit)
        return total


def findings(a: IncidentFacts, b: IncidentFacts, *, km: float | None = None
             ) -> list[Finding]:
    """The level of every aspect both incidents say something about (``km``: their
    distance, when already known)."""
    found: list[Finding] = []
    date = _date(a, b)
    if date:
        found.append(date)
    place = _place(a, b, km)
    if place:
        found.append(place)
    kind = _type(a, b)
    if kind:
        found.append(kind)
    people = _actors(a.actors, b.actors)
    if people:
        found.append(people)
    toll = _fatalities(a.fatalities, b.fatalities)
    if toll:
        found.append(toll)
    if a.injured is not None or a.kidnapped is not None or a.arrested is not None:
        counts = _counts(a, b)
        if counts:
            found.append(counts)
    if (a.publications or a.urls) and (b.publications or b.urls):
        sources = _sources(a, b)
        if sources:
            found.append(sources)
    words = _words(a, b, date, place, kind)
    if words:
        found.append(words)
    if kept_apart(a, b):
        found.append(("origin", "acled_apart", (("a", a.acled_event_id),
                                                ("b", b.acled_event_id))))
    return found


# --- the aspects ----------------------------------------------------------------------


def _date(a: IncidentFacts, b: IncidentFacts) -> Finding | None:
    if a.first_day is None or b.first_day is None:
        return None
    assert a.last_day is not None and b.last_day is not None
    gap = max(a.first_day, b.first_day) - min(a.last_day, b.last_day)
    if gap <= 0 and not (a.exact_day and b.exact_day):
        first, last = min(a.first_day, b.first_day), max(a.last_day, b.last_day)
        values = (("first", date.fromordinal(first).isoformat()),
                  ("last", date.fromordinal(last).isoformat()))
        return ("date", "overlap_week" if last - first < 7 else "overlap_long", values)
    if gap > 0 and not (a.exact_day and b.exact_day):
        return ("date", "coarse_apart", (("days", gap),))
    gap = max(gap, 0)
    if gap == 0:
        return ("date", "same_day", ())
    if gap == 1:
        return ("date", "one_day", ())
    if gap == 2:
        return ("date", "two_days", ())
    if gap == 3:
        return ("date", "three_days", ())
    return ("date", "days", (("days", gap),))


def _place(a: IncidentFacts, b: IncidentFacts, km: float | None = None) -> Finding | None:
    if a.region_only or b.region_only or not (a.has_point and b.has_point):
        if not a.admin1_key or not b.admin1_key:
            return None
        if a.admin1_key != b.admin1_key:
            return ("place", "other_region", (("a", a.admin1), ("b", b.admin1)))
        if a.region_only or b.region_only:
            return ("place", "same_region", (("admin1", a.admin1),))
        if a.admin2_key and a.admin2_key == b.admin2_key:
            return ("place", "same_admin2", (("admin2", a.admin2),))
        return ("place", "same_admin1", (("admin1", a.admin1),))
    if km is None:
        km = km_between(a, b)
    if km <= 2.0 or _same_name(a, b, km):
        return ("place", "same_place", ())
    shown = (("km", round(km)),)
    reach = a.reach_km + b.reach_km
    beyond = km - reach
    if reach > 0 and beyond <= 0:
        return ("place", "within_reach", shown)
    for limit, level in ((8.0, "km_8"), (15.0, "km_15"), (30.0, "km_30"), (60.0, "km_60")):
        if beyond <= limit:
            return ("place", level, shown)
    return ("place", "far", shown)


def _same_name(a: IncidentFacts, b: IncidentFacts, km: float) -> bool:
    """One location by its name, its points a few km apart: two gazetteers (or two
    coders reading one map) place a village apart, and the name is what was coded."""
    return (bool(a.location_key) and a.location_key == b.location_key
            and km - a.reach_km - b.reach_km <= SAME_NAME_KM)


def _type(a: IncidentFacts, b: IncidentFacts) -> Finding | None:
    near = nearness(a.event_type, a.sub_event_type, b.event_type, b.sub_event_type)
    if near is None:
        return None
    name_a = a.sub_event_type or a.event_type
    name_b = b.sub_event_type or b.event_type
    return ("type", near, (("a", name_a), ("b", name_b)))


def _matches(actor: ActorFacts, keys: set[str], lines: set[str]) -> bool:
    """The actor is among ``keys``, is a group of one of them, or belongs to one."""
    return actor.key in keys or actor.key in lines or any(k in keys for k in actor.lineage)


def _names(actors: list[ActorFacts]) -> str:
    return ", ".join(dict.fromkeys(a.name for a in actors))


def _actors(a: tuple[ActorFacts, ...], b: tuple[ActorFacts, ...]) -> Finding | None:
    if not a or not b:
        return None
    keys_a = {x.key for x in a}
    keys_b = {x.key for x in b}
    lines_a = {k for x in a for k in x.lineage}
    lines_b = {k for x in b for k in x.lineage}
    main_a = [x for x in a if x.main]
    main_b = [x for x in b if x.main]
    matched = ([x for x in main_a if _matches(x, keys_b, lines_b)]
               + [x for x in main_b if _matches(x, keys_a, lines_a)])
    lost_a = [x for x in main_a if not _matches(x, keys_b, lines_b)]
    lost_b = [x for x in main_b if not _matches(x, keys_a, lines_a)]
    # An unidentified group on one side may be a named one on the other: each takes
    # one named actor the other side has and it lacks.
    for mine, theirs in ((lost_a, lost_b), (lost_b, lost_a)):
        for unknown in [x for x in mine if x.unidentified]:
            named = next((x for x in theirs if not (x.generic or x.unidentified)), None)
            if named is not None:
                theirs.remove(named)
                mine.remove(unknown)
    # An unidentified group left over, or an actor the other coder left out (one side
    # names a single main actor, and it is matched), says nothing either way.
    lost_a = [x for x in lost_a if not x.unidentified]
    lost_b = [x for x in lost_b if not x.unidentified]
    if len(main_b) == 1 and not lost_b:
        lost_a = []
    if len(main_a) == 1 and not lost_a:
        lost_b = []
    specific = [x for x in matched if not (x.generic or x.unidentified)]
    if specific:
        # A generic actor one coder named and the other did not (the civilians of an
        # attack) does not undo named actors in common.
        lost_a = [x for x in lost_a if not x.generic]
        lost_b = [x for x in lost_b if not x.generic]
    lost = lost_a + lost_b
    if not matched:
        if not lost_a or not lost_b:
            return None
        return ("actors", "different", (("names", _names(lost_a)), ("others", _names(lost_b))))
    names = (("names", _names(specific or matched)),)
    if not lost:
        return ("actors", "same" if specific else "same_generic", names)
    return ("actors", "share" if specific else "share_generic",
            (*names, ("others", _names(lost))))


def _fatalities(a: int | None, b: int | None) -> Finding | None:
    if a is None or b is None:
        return None
    values = (("a", a), ("b", b))
    if a == b:
        return ("fatalities", "equal_zero" if a == 0 else "equal", values)
    high = max(a, b)
    if min(a, b) == 0:
        return ("fatalities", "none_reported_few" if high <= 2 else "none_reported", values)
    if abs(a - b) <= max(2, 0.25 * high):
        return ("fatalities", "close", values)
    return ("fatalities", "far", values)


def _counts(a: IncidentFacts, b: IncidentFacts) -> Finding | None:
    agree: list[str] = []
    differ: list[str] = []
    for name in ("injured", "kidnapped", "arrested"):
        x, y = getattr(a, name), getattr(b, name)
        if x is None or y is None or (x == 0 and y == 0):
            continue
        (agree if abs(x - y) <= max(1, 0.25 * max(x, y)) else differ).append(
            f"{name} {x} vs {y}")
    if differ:
        return ("counts", "differ", (("what", ", ".join(differ)),))
    if agree:
        return ("counts", "agree", (("what", ", ".join(agree)),))
    return None


def _sources(a: IncidentFacts, b: IncidentFacts) -> Finding | None:
    urls = a.urls & b.urls
    if urls:
        return ("sources", "same_url", (("url", min(urls)),))
    common = a.publications & b.publications
    if common:
        names = {fold(name): name for name in a.publication_names}
        shown = ", ".join(sorted(names.get(key, key) for key in common))
        return ("sources", "same_publication", (("names", shown),))
    return None


def _words(a: IncidentFacts, b: IncidentFacts, date: Finding | None, place: Finding | None,
           kind: Finding | None) -> Finding | None:
    if len(a.words) < MIN_WORDS or len(b.words) < MIN_WORDS:
        return None
    share = overlap(a.words, b.words)
    if share >= 0.5:
        other = [what for what, finding, same in (
            ("day", date, ("same_day", "overlap_week", "overlap_long")),
            ("place", place, _SAME_PLACE), ("type", kind, ("same",)))
            if finding is not None and finding[1] not in same]
        if ("place" not in other and a.location_key and b.location_key
                and a.location_key != b.location_key):
            other.insert(min(1, len(other)), "place")
        what = (("what", " and ".join(other)),)
        if share >= SAME_WORDS:
            return ("words", "split", what) if other else ("words", "copy", ())
        if other and a.publications & b.publications:
            return ("words", "echo", what)
        return ("words", "many", (("share", share),))
    shown = (("share", share),)
    if share >= 0.25:
        return ("words", "some", shown)
    if share >= 0.1:
        return ("words", "few", shown)
    return ("words", "none", ())
