"""What the reader asks of the desk's reference data, as plain callables.

The reader proposes names; the gazetteer and the registry decide what they
are. Tests and the service fill these with the desk's own lookups.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sahel_desk.claims.reading import ClaimReading


@dataclass(frozen=True)
class PlaceCandidate:
    place_id: str
    name: str
    country_code: str
    admin1: str | None
    admin2: str | None
    latitude: float
    longitude: float
    feature_code: str
    #: "exact" (any known spelling, accents and case folded) or "fuzzy"
    kind: str
    score: float
    #: True when the name as written is the place's own name, not an alternate one
    primary: bool = False

    @property
    def is_region(self) -> bool:
        return self.feature_code == "ADM1"

    @property
    def is_country(self) -> bool:
        return self.feature_code.startswith("PCL")


#: (name as written, admin1 name or None) -> candidates, best first
PlaceLookup = Callable[[str, str | None], list[PlaceCandidate]]
#: (name or alias as written, the event's date) -> the registry's name, or None
ActorLookup = Callable[[str, dt.date | None], str | None]
#: (claim text, its first line) -> what the claim reader found
ClaimParser = Callable[[str, int], ClaimReading]


@dataclass(frozen=True)
class Lookups:
    place: PlaceLookup
    actor: ActorLookup
    claim: ClaimParser | None = None
    #: the actor type (1-8) of a registry name, for deciding sides
    actor_type: Callable[[str], int | None] | None = None
