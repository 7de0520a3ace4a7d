"""Which incidents are compared at all: the block.

Two incidents are compared when they are coded in the same country, their days
lie within :data:`WINDOW_DAYS` of each other once each date's precision is
allowed for (a week known is the week, a month the month, a range its days),
and their places within :data:`RADIUS_KM` of each other once each place's
precision is allowed for (a place coded near a town reaches 15 km further); a
place coded only as a larger region is compared by its region (admin1).

The store runs this in the database (store/duplicates.py), which returns a few
pairs more than the block (its distance is a square's, not a circle's); this
module's :func:`in_block` is the exact rule, which the store applies to what
the database returns.

Two events read from one ACLED file under two event ids are never compared
(:func:`kept_apart`). ACLED's editors merge the reports of one event before they
give it an id, so the file's events are separate by their decision; merging two
of them on the desk would drop one of ACLED's events from every export an
analyst lines up with ACLED's dataset. Such a pair can still be opened side by
side, where its score says the file keeps them apart.
"""

from __future__ import annotations

from sahel_desk.duplicates.facts import IncidentFacts, km_between

#: days between two incidents' spans beyond which they are not compared: reports of
#: one event differ by a day or two; the scoring tells three days from two
WINDOW_DAYS = 3
#: km between two places beyond their precisions' reach: a commune seat coded for a
#: village is about 20 km off; beyond 30 km a pair is far likelier two events (ACLED's
#: distinct events of one block are as often 30-60 km apart as 0-30; a coder's second
#: report of one event hardly ever)
RADIUS_KM = 30.0


def in_block(a: IncidentFacts, b: IncidentFacts) -> bool:
    """Whether the two are compared (see the module)."""
    return block_distance(a, b) is not None


def block_distance(a: IncidentFacts, b: IncidentFacts) -> float | None:
    """None when the two are not compared; else their distance in km (0.0 when their
    places are compared by region)."""
    if not a.country_key or a.country_key != b.country_key or kept_apart(a, b):
        return None
    if a.first_day is None or b.first_day is None:
        return None
    assert a.last_day is not None and b.last_day is not None
    if max(a.first_day, b.first_day) - min(a.last_day, b.last_day) > WINDOW_DAYS:
        return None
    if a.region_only or b.region_only or not (a.has_point and b.has_point):
        return 0.0 if a.admin1_key and a.admin1_key == b.admin1_key else None
    km = km_between(a, b)
    return km if km <= RADIUS_KM + a.reach_km + b.reach_km else None


def kept_apart(a: IncidentFacts, b: IncidentFacts) -> bool:
    """Two events ACLED's editors kept apart: read from one ACLED file, under two ids. The
    rule holds within one file only: an event id says nothing of a record coded on the
    desk, received in a bundle, or read from another file in ACLED's layout."""
    return (a.acled_dataset is not None and a.acled_dataset == b.acled_dataset
            and a.acled_event_id != b.acled_event_id)
