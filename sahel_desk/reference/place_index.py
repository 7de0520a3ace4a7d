"""Place search for the location picker: by name (any spelling) and by coordinates.

Built on :class:`~sahel_desk.reference.name_index.NameIndex`; places are
weighted so that capitals, admin centres and bigger towns come before wells
and wadis of the same name. An Arabic query that the name tiers answer poorly
(a village GeoNames knows only in French) is also looked up by consonant
skeleton (:mod:`~sahel_desk.reference.transliterate`), giving hits of kind
"transliterated" after the exact and prefix hits and before fuzzy ones.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Callable, Hashable, Iterable, Mapping
from dataclasses import dataclass, fields
from typing import Any

from sahel_desk.reference.geonames import GeoNamesRecord, admin_names, coder_names, is_wanted
from sahel_desk.reference.name_index import IndexEntry, NameHit, NameIndex
from sahel_desk.reference.place_aliases import PLACE_ALIASES
from sahel_desk.reference.transliterate import SkeletonIndex
from sahel_desk.text.normalize import fold, is_arabic

__all__ = ["Place", "PlaceIndex", "haversine_km", "place_weight", "places_from_geonames"]

EARTH_RADIUS_KM = 6371.0088

# Whole-number tiers, so population (adding under 1) only orders places within a tier;
# towns come before the admin unit named after them, as reports mostly mean the town.
_CODE_TIERS = {
    "PPLC": 10.0,
    "PCLI": 9.0,
    "PPLA": 8.0,
    "ADM1": 7.0,
    "PPLA2": 6.0,
    "ADM2": 5.0,
    "PPLA3": 4.0,
    "PPLA4": 4.0,
    "ADM3": 3.0,
    "ADM4": 3.0,
}
_OTHER_POPULATED_TIER = 2.0
_FEATURE_TIER = 1.0
# Skeletons of one or two consonants match only populated places and admin units.
_SHORT_SKELETON_MIN_WEIGHT = _OTHER_POPULATED_TIER


@dataclass(frozen=True, slots=True)
class Place:
    """A named place as the picker needs it: names, where it lies, and what it is."""

    id: Hashable
    name: str
    latitude: float
    longitude: float
    asciiname: str = ""
    alternate_names: tuple[str, ...] = ()
    country_code: str = ""
    admin1_code: str = ""
    admin1_name: str = ""
    admin2_name: str = ""
    feature_class: str = ""
    feature_code: str = ""
    population: int = 0

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> Place:
        """Build from a dict (e.g. a database row); unknown keys are ignored."""
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        if "alternate_names" in values:
            values["alternate_names"] = tuple(values["alternate_names"] or ())
        return cls(**values)


def place_weight(place: Place) -> float:
    """Rank places of equal match: admin centres and populated places first, then population."""
    tier = _CODE_TIERS.get(place.feature_code)
    if tier is None:
        tier = _OTHER_POPULATED_TIER if place.feature_class == "P" else _FEATURE_TIER
    return tier + math.log10(max(place.population, 0) + 1) / 10.0


def places_from_geonames(
    records: Iterable[GeoNamesRecord],
    aliases: Mapping[int, tuple[str, ...]] = PLACE_ALIASES,
) -> list[Place]:
    """Turn the wanted rows of GeoNames dumps into places with admin names and extra aliases
    (of their spellings, those a Sahel coder may type: :func:`coder_names`)."""
    rows = list(records)
    admins = admin_names(rows)
    places = []
    for r in rows:
        if not is_wanted(r):
            continue
        places.append(
            Place(
                id=r.geonameid,
                name=r.name,
                latitude=r.latitude,
                longitude=r.longitude,
                asciiname=r.asciiname,
                alternate_names=coder_names(r.alternatenames) + aliases.get(r.geonameid, ()),
                country_code=r.country_code,
                admin1_code=r.admin1_code,
                admin1_name=admins.get((r.country_code, r.admin1_code), ""),
                admin2_name=admins.get((r.country_code, r.admin1_code, r.admin2_code), ""),
                feature_class=r.feature_class,
                feature_code=r.feature_code,
                population=r.population,
            )
        )
    return places


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp = p2 - p1
    dl = math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


class PlaceIndex:
    """Name and proximity search over places; build once when the gazetteer loads."""

    def __init__(self, places: Iterable[Place | Mapping[str, Any]]) -> None:
        self._places: dict[Hashable, Place] = {}
        for item in places:
            place = item if isinstance(item, Place) else Place.from_mapping(item)
            self._places[place.id] = place
        entries = [
            IndexEntry(p.id, (p.name, p.asciiname, *p.alternate_names), place_weight(p))
            for p in self._places.values()
        ]
        self._names = NameIndex(entries)
        self._skeletons = SkeletonIndex(entries, short_min_weight=_SHORT_SKELETON_MIN_WEIGHT)
        self._grid: dict[tuple[int, int], list[Place]] = {}
        for p in self._places.values():
            self._grid.setdefault(_cell(p.latitude, p.longitude), []).append(p)

    def __len__(self) -> int:
        return len(self._places)

    def get(self, place_id: Hashable) -> Place | None:
        """The place with this id, or None."""
        return self._places.get(place_id)

    def search(
        self,
        query: str,
        country: str | None = None,
        admin1: str | None = None,
        limit: int = 10,
    ) -> list[NameHit]:
        """Find places by any spelling; ``country`` is an ISO code, ``admin1`` a name or code."""
        country_code = country.upper() if country else None
        admin1_key = fold(admin1) if admin1 else None
        accept: Callable[[Hashable], bool] | None = None
        if country_code is not None or admin1_key is not None:
            places = self._places

            def in_area(key: Hashable) -> bool:
                place = places[key]
                if country_code is not None and place.country_code != country_code:
                    return False
                return admin1_key is None or admin1_key in (
                    fold(place.admin1_name),
                    fold(place.admin1_code),
                )

            accept = in_area

        hits = self._names.search(query, limit=limit, accept=accept)
        firm = [h for h in hits if h.kind != "fuzzy"]
        if len(firm) >= limit or not is_arabic(query):
            return hits
        # Fuzzy Arabic hits are one-letter-off spellings of other names; a whole
        # name with the same consonants as the query is the better guess.
        extra = self._skeletons.search(
            query, limit=limit - len(firm), accept=accept, exclude={h.key for h in firm}
        )
        if not extra:
            return hits
        taken = {h.key for h in extra}
        fuzzy = [h for h in hits if h.kind == "fuzzy" and h.key not in taken]
        return (firm + extra + fuzzy)[:limit]

    def near(self, lat: float, lon: float, limit: int = 10) -> list[tuple[Hashable, float]]:
        """The ``limit`` places closest to a point, as (id, distance in km), nearest first."""
        if limit <= 0 or not self._places:
            return []
        row, col = _cell(lat, lon)
        found: list[tuple[float, Hashable]] = []
        ring = 0
        while True:
            for cell in _ring_cells(row, col, ring):
                for p in self._grid.get(cell, ()):
                    found.append((haversine_km(lat, lon, p.latitude, p.longitude), p.id))
            if ring > 360:
                break
            if len(found) >= limit and _unseen_bound_km(lat, ring) >= _kth(found, limit):
                break
            ring += 1
        found.sort(key=lambda item: item[0])
        return [(place_id, round(distance, 3)) for distance, place_id in found[:limit]]


def _unseen_bound_km(lat: float, ring: int) -> float:
    """Least distance from the query to a place outside the rings scanned so far.

    Such a place differs by at least ``ring`` degrees in latitude or longitude;
    the longitude case is bounded by the distance to that meridian's great circle.
    """
    if ring >= 90:
        return 0.0
    across = math.cos(math.radians(lat)) * math.sin(math.radians(ring))
    return EARTH_RADIUS_KM * math.asin(min(1.0, across))


def _kth(found: list[tuple[float, Hashable]], k: int) -> float:
    return heapq.nsmallest(k, found, key=lambda item: item[0])[-1][0]


def _cell(lat: float, lon: float) -> tuple[int, int]:
    return (math.floor(lat), math.floor(lon))


def _ring_cells(row: int, col: int, ring: int) -> Iterable[tuple[int, int]]:
    if ring == 0:
        yield (row, col)
        return
    for c in range(col - ring, col + ring + 1):
        yield (row - ring, c)
        yield (row + ring, c)
    for r in range(row - ring + 1, row + ring):
        yield (r, col - ring)
        yield (r, col + ring)
