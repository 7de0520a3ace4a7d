"""What the scoring compares of an incident, as plain values.

The store reads these from the database (store/duplicates.py), the form gives
them from what is typed so far; the scoring never sees a session.

Two spans say how exact the record is:

- **time**: the days the event may have happened on. A known day is itself; a
  week known (time precision 2, the middle coded) is three days either side; a
  month known (3, mid-month coded) fifteen; a date range (an end date) its
  days.
- **place**: how far from its coordinates the event may lie. A named town
  (geo precision 1) is where it is; near a town (2, a representative town
  coded) up to :data:`REACH_KM` [2] away; a larger region (3) anywhere in it,
  so only its region (admin1) is compared.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from sahel_desk.text.normalize import compact

#: how many days either side of the coded date each time precision leaves open
HALF_SPAN_DAYS = {2: 3, 3: 15}
#: how far (km) the event may lie from its coordinates, by geo precision
REACH_KM = {1: 0.0, 2: 15.0, 3: 100.0}
#: geo precision of "only a larger region": compared by region, not by distance
REGION_PRECISION = 3


@dataclass(frozen=True)
class ActorFacts:
    """One actor of an incident, as the comparison needs it."""

    #: dated variants of one actor share a family and count as one
    key: str
    name: str
    #: the keys of the groups it belongs to, nearest first (Katiba Macina -> JNIM)
    lineage: tuple[str, ...] = ()
    #: civilians, protesters, rioters: named in many incidents, they tell little
    generic: bool = False
    #: an unidentified armed group says who is unknown, not who it was
    unidentified: bool = False
    #: actor 1 or actor 2 (an associated actor is not)
    main: bool = True


@dataclass(frozen=True)
class IncidentFacts:
    """An incident (or a form's values) as compared with others."""

    id: str | None
    human_id: str | None = None
    acled_event_id: str | None = None
    #: the ACLED file it was last read from (an import's change id), if any
    acled_dataset: str | None = None
    status: str | None = None
    event_date: date | None = None
    event_date_end: date | None = None
    time_precision: int | None = None
    country_code: str | None = None
    location: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    actors: tuple[ActorFacts, ...] = ()
    fatalities: int | None = None
    injured: int | None = None
    kidnapped: int | None = None
    arrested: int | None = None
    #: folded publication names of its sources (what is compared)
    publications: frozenset[str] = frozenset()
    #: the same names as written (what the reasons show)
    publication_names: tuple[str, ...] = ()
    #: its sources' URLs, as written (trailing slash and case aside)
    urls: frozenset[str] = frozenset()
    #: content words of its notes and claims (duplicates/words.py)
    words: frozenset[str] = frozenset()
    # Derived once, since one incident is compared with many: the first and last day
    # (proleptic ordinals) it may have happened on, how far it may lie, the names as
    # compared, and the point in radians.
    first_day: int | None = field(init=False, repr=False, compare=False)
    last_day: int | None = field(init=False, repr=False, compare=False)
    reach_km: float = field(init=False, repr=False, compare=False)
    region_only: bool = field(init=False, repr=False, compare=False)
    has_point: bool = field(init=False, repr=False, compare=False)
    country_key: str = field(init=False, repr=False, compare=False)
    admin1_key: str = field(init=False, repr=False, compare=False)
    admin2_key: str = field(init=False, repr=False, compare=False)
    location_key: str = field(init=False, repr=False, compare=False)
    lat_rad: float = field(init=False, repr=False, compare=False)
    lon_rad: float = field(init=False, repr=False, compare=False)
    cos_lat: float = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        first = last = None
        if self.event_date is not None:
            first = last = self.event_date.toordinal()
            if self.event_date_end is not None and self.event_date_end > self.event_date:
                last = self.event_date_end.toordinal()
            else:
                half = HALF_SPAN_DAYS.get(self.time_precision or 1, 0)
                first, last = first - half, last + half
        point = self.latitude is not None and self.longitude is not None
        lat = math.radians(self.latitude) if self.latitude is not None else 0.0
        derived = {
            "first_day": first, "last_day": last,
            "reach_km": REACH_KM.get(self.geo_precision or 1, 0.0),
            "region_only": self.geo_precision == REGION_PRECISION, "has_point": point,
            "country_key": _key(self.country_code), "admin1_key": _key(self.admin1),
            "admin2_key": _key(self.admin2), "location_key": _place_key(self.location),
            "lat_rad": lat,
            "lon_rad": math.radians(self.longitude) if self.longitude is not None else 0.0,
            "cos_lat": math.cos(lat)}
        for name, value in derived.items():
            object.__setattr__(self, name, value)

    @property
    def exact_day(self) -> bool:
        return self.first_day is not None and self.first_day == self.last_day


@lru_cache(maxsize=65536)
def _key(text: str | None) -> str:
    """A name as compared: trimmed and case-folded ("" for none). Places and countries
    repeat from incident to incident, so each is worked out once."""
    return text.strip().casefold() if text else ""


@lru_cache(maxsize=65536)
def _place_key(text: str | None) -> str:
    """A location's name as compared: folded like a search, spaces and hyphens aside
    ("Tin-Zaouatene" and "Tin Zaouatene" are one name)."""
    return compact(text) if text else ""


#: the Earth's mean radius, km
EARTH_KM = 6371.0088


def km_between(a: IncidentFacts, b: IncidentFacts) -> float:
    """The distance of two points with coordinates, in km: flat over the short distances
    compared (within 0.1% of the great circle up to a few hundred km)."""
    dx = (b.lon_rad - a.lon_rad) * (a.cos_lat + b.cos_lat) / 2
    dy = b.lat_rad - a.lat_rad
    return EARTH_KM * math.sqrt(dx * dx + dy * dy)


def url_key(url: str) -> str:
    """A URL as compared: without its scheme, ``www.``, trailing slash and case."""
    text = url.strip().lower()
    for prefix in ("https://", "http://"):
        text = text.removeprefix(prefix)
    return text.removeprefix("www.").rstrip("/")
