"""An incident's location as coded, and its link to a gazetteer place.

The coded values (name, country, admin units, coordinates) are the incident's
own: exports, bundles and history carry them as written, and a gazetteer import
or edit never changes them. The link to a place is for search, filters and
maps. A location is taken from the linked place when a write picks a place
without giving a location, or when a record linked to a place has none (a state
written before locations were coded, an older bundle); the store does this for
every way in, so no writer has to.

A place counts how often its name, country, admin units or coordinates changed
(``Place.location_version``); an incident remembers the count it last took or
compared (``Incident.place_version``), so it can say "its place changed in the
gazetteer" without guessing from values the coder may have adjusted on purpose.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from sahel_desk.model import Place

#: the incident's own location fields, in the state and on the row
LOCATION_FIELDS = (
    "location", "country_code", "admin1", "admin2", "admin3", "latitude", "longitude",
)
#: the place's attribute (column, and PlaceRecord field) each location field is taken from
FROM_PLACE = {
    "location": "name", "country_code": "country_code", "admin1": "admin1",
    "admin2": "admin2", "admin3": "admin3", "latitude": "latitude", "longitude": "longitude",
}
#: a change to these counts as a new location_version of the place
PLACE_LOCATION_COLUMNS = tuple(FROM_PLACE.values())
_CHUNK = 500


def location_of_place(place: Place) -> dict[str, Any]:
    """The location fields a place gives, as a write takes them."""
    return {name: getattr(place, column) for name, column in FROM_PLACE.items()}


def has_location(state: Mapping[str, Any]) -> bool:
    return any(state.get(name) not in (None, "") for name in LOCATION_FIELDS)


class PlaceLocations:
    """The location fields of places, read once per place within one unit of work."""

    def __init__(self, bind: Session | Connection):
        self.bind = bind
        self.known: dict[str, dict[str, Any]] = {}

    def load(self, place_ids: Iterable[str]) -> None:
        wanted = sorted({p for p in place_ids if p} - self.known.keys())
        columns = [getattr(Place, column) for column in FROM_PLACE.values()]
        for start in range(0, len(wanted), _CHUNK):
            for row in self.bind.execute(select(Place.id, *columns).where(
                    Place.id.in_(wanted[start:start + _CHUNK]))):
                self.known[row[0]] = dict(zip(FROM_PLACE, row[1:], strict=True))

    def of(self, place_id: str) -> dict[str, Any] | None:
        if place_id not in self.known:
            self.load([place_id])
        return self.known.get(place_id)

    def fill(self, state: dict[str, Any], *, base: Mapping[str, Any] | None = None,
             given: Iterable[str] = ()) -> None:
        """Take the linked place's location into ``state`` where the writer meant it:
        when the place changed (from ``base``), every location field not ``given`` (a
        coder may pick a place and move the point); when the state is linked to a
        place and has no location at all, all of them."""
        place_id = state.get("place_id")
        if not place_id:
            return
        if base is not None and base.get("place_id") != place_id:
            taken = [name for name in LOCATION_FIELDS if name not in set(given)]
        elif not has_location(state):
            taken = list(LOCATION_FIELDS)
        else:
            return
        values = self.of(place_id)
        if values is not None:
            state.update({name: values[name] for name in taken})
