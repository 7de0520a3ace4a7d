"""Human ids (MLI-2017-0042): the one allocator every way of adding incidents uses.

The prefix is the ISO3 code of the incident's country (from its place) and the
year of its date; the number is the next free one for that prefix. One look-up
per prefix, then counted in memory, so a bulk import of thousands stays cheap.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from sahel_desk.model import Incident, Place
from sahel_desk.reference.countries import country
from sahel_desk.storage.portable import last_number


def iso3_of(country_code: str | None) -> str | None:
    found = country(country_code) if country_code else None
    return found.iso3 if found else None


class HumanIds:
    """Free human ids within one unit of work."""

    def __init__(self, bind: Session | Connection, default_country: str):
        self.bind = bind
        self.default_country = default_country
        self._taken: set[str] | None = None
        self._next: dict[str, int] = {}
        self._countries: dict[str, str | None] = {}

    def know_places(self, places: Iterable[tuple[str, str | None]]) -> None:
        """Places' countries (id, ISO2 code) known already, so that a bulk writer asks the
        database for none of them, and places it has not written yet count too."""
        for place_id, code in places:
            self._countries[place_id] = iso3_of(code)

    def country_of_place(self, place_id: str | None) -> str | None:
        """The ISO3 code of a place's country (None for no place or an unknown code)."""
        if place_id is None:
            return None
        if place_id not in self._countries:
            code = self.bind.scalar(select(Place.country_code).where(Place.id == place_id))
            self._countries[place_id] = iso3_of(code)
        return self._countries[place_id]

    def taken(self, human_id: str) -> bool:
        if self._taken is None:
            self._taken = set(self.bind.scalars(select(Incident.human_id)))
        return human_id in self._taken

    def next(self, iso3: str | None, event_date: date | None) -> str:
        """The next id for a country (the desk's default when None) and a date's year."""
        year = (event_date or date.today()).year
        prefix = f"{iso3 or self.default_country}-{year}-"
        if prefix not in self._next:
            self._next[prefix] = last_number(self.bind, Incident.human_id, prefix) + 1
        while True:
            candidate = f"{prefix}{self._next[prefix]:04d}"
            self._next[prefix] += 1
            if self._taken is None or candidate not in self._taken:
                if self._taken is not None:
                    self._taken.add(candidate)
                return candidate

    def country_of_state(self, state: Mapping[str, Any]) -> str | None:
        """The ISO3 code of an incident's coded country, else of its place's."""
        return iso3_of(state.get("country_code")) or self.country_of_place(state.get("place_id"))

    def for_state(self, state: Mapping[str, Any]) -> str:
        return self.next(self.country_of_state(state), state.get("event_date"))

    def claim(self, wanted: str | None, iso3: str | None, event_date: date | None) -> str:
        """``wanted`` (a sender's id) when it is free here, else the next one."""
        if wanted and not self.taken(wanted):
            assert self._taken is not None
            self._taken.add(wanted)
            return wanted
        self.taken("")  # load the taken ids, so the next one is checked against them
        return self.next(iso3, event_date)
