"""Incidents as the scoring compares them, made by hand: a clash at Boulkessi and what a
second coder or another event would make of it."""

from __future__ import annotations

import math
from dataclasses import replace
from datetime import date
from typing import Any

from sahel_desk.duplicates.facts import ActorFacts, IncidentFacts
from sahel_desk.duplicates.words import content_words

JNIM = ActorFacts("JNIM", "JNIM: Group for Support of Islam and Muslims")
MACINA = ActorFacts("Katiba Macina", "Katiba Macina", lineage=("JNIM",))
ISGS = ActorFacts("ISGS", "Islamic State (West Africa) - Greater Sahara Faction")
FAMA = ActorFacts("Military Forces of Mali", "Military Forces of Mali (2013-2020)")
FAMA_LATER = ActorFacts("Military Forces of Mali", "Military Forces of Mali (2020-2021)")
DOZO = ActorFacts("Dozo", "Dozo Communal Militia (Mali)")
CIVILIANS = ActorFacts("Civilians (Mali)", "Civilians (Mali)", generic=True)
GUNMEN = ActorFacts("Unidentified Armed Group (Mali)", "Unidentified Armed Group (Mali)",
                    unidentified=True)
PROTESTERS = ActorFacts("Protesters (Mali)", "Protesters (Mali)", generic=True)

BOULKESSI = (14.58, -1.09)


def east(km: float, of: tuple[float, float] = BOULKESSI) -> tuple[float, float]:
    """A point ``km`` east of another."""
    lat, lon = of
    return lat, lon + km / (111.195 * math.cos(math.radians(lat)))


def clash(**changes: Any) -> IncidentFacts:
    """JNIM's attack on the army at Boulkessi, 7 May 2017, as a first coder coded it."""
    base = IncidentFacts(
        id="a", human_id="MLI-2017-0001", event_date=date(2017, 5, 7), time_precision=1,
        country_code="ML", location="Boulkessi", admin1="Mopti", admin2="Douentza",
        latitude=BOULKESSI[0], longitude=BOULKESSI[1], geo_precision=1,
        event_type="Battles", sub_event_type="Armed clash",
        actors=(JNIM, FAMA, ActorFacts("Civilians (Mali)", "Civilians (Mali)", generic=True,
                                       main=False)),
        fatalities=7, publications=frozenset({"rfi"}), publication_names=("RFI",),
        words=content_words(["Suicide assault by JNIM militants on the army base at "
                             "Boulkessi, seven soldiers killed and the camp looted."]))
    return replace(base, **changes)


def at(point: tuple[float, float], **changes: Any) -> IncidentFacts:
    return clash(latitude=point[0], longitude=point[1], **changes)
