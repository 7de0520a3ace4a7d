"""Realistic synthetic incidents for demos and benchmarks.

Dates, types, actors (the right regime variant for the date), places from the
gazetteer, fatalities, English and French notes, sources and some Arabic
claims. Written through the store's batch entry (store/batch.py) in one
transaction, all or nothing, under the same rules as any other write: every
state checked with the codebook and every row against the database's
limits, the access policy asked (demo data), human ids from each incident's
country, history and derived columns by the store.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from itertools import accumulate
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from sahel_desk.bulk import fewer_collections
from sahel_desk.errors import InputError
from sahel_desk.model import Actor, Place, new_id
from sahel_desk.reference.builtin_actors import CIVILIANS_MALI, ISGS, JNIM, UNIDENTIFIED_MALI
from sahel_desk.store import policy
from sahel_desk.store.batch import IncidentBatch, Publishing
from sahel_desk.store.state import CLAIM_COLUMNS, DEFAULT_STATE, SOURCE_COLUMNS
from sahel_desk.text.message import Text

if TYPE_CHECKING:
    from sahel_desk.services.desk import Desk

Progress = Callable[[int, int], None]
BATCH = 5000
FIRST_DAY, LAST_DAY = date(2017, 1, 1), date(2024, 12, 31)

# (event type, sub-event type, weight, fatality mean)
_EVENTS = [
    ("Violence against civilians", "Attack", 26, 3.0),
    ("Violence against civilians", "Abduction/forced disappearance", 9, 0.2),
    ("Battles", "Armed clash", 24, 5.0),
    ("Battles", "Non-state actor overtakes territory", 1, 4.0),
    ("Explosions/Remote violence", "Remote explosive/landmine/IED", 9, 2.0),
    ("Explosions/Remote violence", "Air/drone strike", 5, 6.0),
    ("Explosions/Remote violence", "Shelling/artillery/missile attack", 2, 1.0),
    ("Explosions/Remote violence", "Suicide bomb", 1, 8.0),
    ("Strategic developments", "Looting/property destruction", 6, 0.0),
    ("Strategic developments", "Arrests", 4, 0.0),
    ("Strategic developments", "Disrupted weapons use", 2, 0.0),
    ("Protests", "Peaceful protest", 8, 0.0),
    ("Riots", "Violent demonstration", 3, 0.3),
]
_ARMED = [JNIM, "Katiba Macina", "Katiba Serma", ISGS, UNIDENTIFIED_MALI, "Ansaroul Islam",
          "Dan Na Ambassagou", "Dozo Communal Militia (Mali)", "Fulani Ethnic Militia (Mali)"]
_STATE = ["Military Forces of Mali", "Military Forces of France", "Wagner Group",
          "Military Forces of Burkina Faso", "Military Forces of Niger", "Police Forces of Mali"]
_PUBLICATIONS = [
    ("RFI", "International", "fr"), ("Jeune Afrique", "Regional", "fr"),
    ("Studio Tamani", "National", "fr"), ("Maliweb", "National", "fr"),
    ("Le Monde", "International", "fr"), ("Reuters", "International", "en"),
    ("AFP", "International", "en"), ("Menastream", "New media", "en"),
    ("Local partner", "Local partner", "fr"), ("Twitter", "New media", "en"),
]
# Note templates per event type, in English and French.
_NOTES: dict[str, tuple[list[str], list[str]]] = {
    "Violence against civilians": (
        ["On {d}, suspected {a1} militants attacked villagers in {loc} ({adm}), "
         "killing {f}. Houses and granaries were burnt.",
         "On {d}, {a1} abducted civilians at the weekly market of {loc} ({adm})."],
        ["Le {d}, des hommes armés ({a1}) ont attaqué des civils à {loc} ({adm}). "
         "Bilan : {f} morts.",
         "Le {d}, des individus armés ont enlevé des villageois près de {loc} ({adm})."]),
    "Battles": (
        ["On {d}, {a1} clashed with {a2} near {loc} ({adm}). {f} reported killed.",
         "On {d}, suspected {a1} militants ambushed a convoy of {a2} between {loc} and a "
         "nearby village ({adm}). {f} killed, several wounded."],
        ["Le {d}, embuscade contre {a2} près de {loc} ({adm}) revendiquée par {a1}. "
         "{f} tués."]),
    "Explosions/Remote violence": (
        ["On {d}, an IED attributed to {a1} struck a vehicle of {a2} near {loc} ({adm}). "
         "{f} killed.",
         "On {d}, {a1} carried out a strike on positions of {a2} near {loc} ({adm}). "
         "{f} killed."],
        ["Le {d}, un engin explosif a touché un véhicule de {a2} près de {loc} ({adm}). "
         "{f} morts."]),
    "Strategic developments": (
        ["On {d}, {a1} looted shops and burnt a telecommunications antenna in {loc} ({adm}).",
         "On {d}, {a1} arrested suspected militants in {loc} ({adm})."],
        ["Le {d}, {a1} a saccagé des boutiques à {loc} ({adm})."]),
    "Protests": (
        ["On {d}, residents of {loc} ({adm}) marched against insecurity on the roads."],
        ["Le {d}, des habitants de {loc} ({adm}) ont manifesté contre l'insécurité."]),
    "Riots": (
        ["On {d}, youths in {loc} ({adm}) burnt tyres and blocked the road after an attack."],
        ["Le {d}, des jeunes de {loc} ({adm}) ont érigé des barricades après une attaque."]),
}
_CLAIM_TEXT = (
    "#مؤسسة_الزلاقة\nهجوم المجاهدين على ثكنة {target} قرب {loc} أسفر عن مقتل {n} من "
    "الجنود وغنيمة سيارتين.\n#نصرة_الإسلام_والمسلمين"
)
_TARGET_AR = {"Military Forces of Mali": "الجيش المالي", "Military Forces of France":
              "القوات الفرنسية", "Wagner Group": "فاغنر"}


_COUNTRY_WEIGHT = {"ML": 8.0, "BF": 1.5, "NE": 1.0}
_CIVILIANS = {"ML": CIVILIANS_MALI, "BF": "Civilians (Burkina Faso)", "NE": "Civilians (Niger)"}


class _Actors:
    """Actors by name and family, with the variant valid on a date."""

    def __init__(self, rows: list[Actor]):
        self.by_name = {a.name: a for a in rows}
        self.by_id = {a.id: a for a in rows}
        self.families: dict[str, list[Actor]] = {}
        for a in rows:
            self.families.setdefault(a.family or a.name, []).append(a)

    def on(self, name: str, day: date) -> Actor | None:
        variants = self.families.get(name) or ([self.by_name[name]] if name in self.by_name
                                                else [])
        for a in variants:
            if (a.valid_from is None or a.valid_from <= day) and (
                    a.valid_to is None or day <= a.valid_to):
                return a
        return None


# Cumulative weights, as random.choices makes them from weights (the same draws), made
# once: a weight list as long as the gazetteer, summed for each incident, took seconds.
_EVENT_WEIGHTS = list(accumulate(e[2] for e in _EVENTS))
_STATUSES = ["approved", "submitted", "draft", "in_review", "changes_requested"]
_STATUS_WEIGHTS = list(accumulate([70, 12, 10, 5, 3]))
_TIME_WEIGHTS = list(accumulate([85, 10, 5]))
_GEO_WEIGHTS = list(accumulate([60, 35, 5]))
_SOURCE = dict.fromkeys(SOURCE_COLUMNS)
_CLAIM = dict.fromkeys(CLAIM_COLUMNS)
#: the gazetteer's places: id, name, admin1, country_code, population
Places = Sequence[Any]


@fewer_collections()
def generate(desk: Desk, count: int, *, seed: int = 1, progress: Progress | None = None) -> int:
    """Add ``count`` synthetic incidents; returns how many were written."""
    if count < 1 or count > 2_000_000:
        raise InputError(f"--incidents must be between 1 and 2000000 (got {count}).")
    rng = random.Random(seed)
    with desk.db.write() as session:
        batch = IncidentBatch(session, user=desk.user, default_country=desk.default_country,
                              publishing=Publishing(policy.Action.DEMO_DATA,
                                                    policy.Action.DEMO_DATA, Text("demo data")))
        batch.check()  # the user and the policy, before anything is made
        actors = _Actors(list(session.scalars(select(Actor))))
        # Towns, villages and admin units: not the gazetteer's wells, wadis and dunes.
        places = list(session.execute(
            select(Place.id, Place.name, Place.admin1, Place.country_code, Place.population)
            .where(Place.country_code.in_(tuple(_COUNTRY_WEIGHT)),
                   Place.feature_class.in_(("P", "A")))))
        if not places or JNIM not in actors.by_name:
            raise InputError("The demo needs the built-in actors and places: run `db init` "
                             "on a new data folder first.")
        batch.human_ids.know_places((p.id, p.country_code) for p in places)
        weights = list(accumulate(_COUNTRY_WEIGHT[p.country_code]
                                  * (1 + (p.population or 0) ** 0.3) for p in places))
        history = batch.writer("demo data")
        conn = session.connection()
        done = 0
        while done < count:
            size = min(BATCH, count - done)
            for number in range(done + 1, done + size + 1):
                incident_id = new_id()
                batch.add(_one(rng, incident_id, actors, places, weights), {"id": incident_id},
                          label=f"demo incident {number}", history=history)
            batch.write(conn)
            done += size
            if progress:
                progress(done, count)
    return done


def _one(rng: random.Random, incident_id: str, actors: _Actors, places: Places,
         weights: list[float]) -> dict[str, Any]:
    """One incident's state, as a form would send it (``weights``: the places',
    cumulative)."""
    event_type, sub, _, mean = rng.choices(_EVENTS, cum_weights=_EVENT_WEIGHTS)[0]
    day = FIRST_DAY + timedelta(days=int(rng.triangular(0, (LAST_DAY - FIRST_DAY).days,
                                                        (LAST_DAY - FIRST_DAY).days)))
    place = rng.choices(places, cum_weights=weights)[0]
    a1, a2 = _pick_actors(rng, event_type, sub, day, actors, _CIVILIANS[place.country_code])
    fatalities = int(rng.expovariate(1 / mean)) if mean else 0
    french = rng.random() < 0.45
    template = rng.choice(_NOTES[event_type][1 if french else 0])
    notes = template.format(d=day.strftime("%d/%m/%Y" if french else "%d %B %Y"),
                            a1=a1.name.split(":")[0], a2=a2.name if a2 else "civilians",
                            loc=place.name, adm=place.admin1 or place.country_code, f=fatalities)
    status = rng.choices(_STATUSES, cum_weights=_STATUS_WEIGHTS)[0]
    sources = []
    for position in range(rng.choice([1, 1, 1, 2, 2, 3])):
        pub, scale, lang = rng.choice(_PUBLICATIONS)
        reported = fatalities + rng.choice([0, 0, 0, 1, 2]) if position else fatalities
        sources.append({
            **_SOURCE, "id": new_id(), "publication": pub,
            "url": f"https://news.example.org/{incident_id[:8]}/{position}",
            "published": day + timedelta(days=rng.choice([0, 1, 1, 2])), "language": lang,
            "source_scale": scale, "reliability": rng.choice(["high", "medium"]),
            "killed": reported,
        })
    claims = []
    if a1.name in (JNIM, "Katiba Macina", ISGS) and a2 and rng.random() < 0.3:
        family = a2.family or a2.name
        claims.append({
            **_CLAIM, "id": new_id(),
            "claimant": actors.by_name[JNIM].id if a1.name != ISGS else a1.id,
            "channel": "az-Zallaqa" if a1.name != ISGS else "Amaq",
            "original_text": _CLAIM_TEXT.format(target=_TARGET_AR.get(family, "العدو"),
                                                loc=place.name, n=fatalities + 3),
            "language": "ar", "claim_date": day + timedelta(days=1),
            "killed": fatalities + 3, "vehicles_seized": 2, "competing": False,
        })
    tags = rng.sample(["claimed", "convoy", "market", "checkpoint", "mine", "village"],
                      k=rng.choice([0, 0, 1]))
    state = {
        **DEFAULT_STATE, "event_date": day,
        "time_precision": rng.choices([1, 2, 3], cum_weights=_TIME_WEIGHTS)[0],
        "event_type": event_type, "sub_event_type": sub, "place_id": place.id,
        "geo_precision": rng.choices([1, 2, 3], cum_weights=_GEO_WEIGHTS)[0],
        "fatalities": fatalities, "fatalities_low": fatalities,
        "fatalities_high": fatalities + rng.choice([0, 0, 2]),
        "injured": rng.choice([0, 0, 1, 3]), "notes": notes, "status": status,
        "suicide": sub == "Suicide bomb" or None,
        "actor1": a1.id, "actor2": a2.id if a2 else None, "assoc_actor_2": [],
        "tags": sorted(tags), "sources": sources, "claims": claims,
    }
    parent = actors.by_id[a1.parent_id] if a1.parent_id and rng.random() < 0.8 else None
    state["assoc_actor_1"] = [parent.id] if parent else []
    return state


def _pick_actors(
    rng: random.Random, event_type: str, sub: str, day: date, actors: _Actors, civilians: str
) -> tuple[Actor, Actor | None]:
    def armed() -> Actor:
        while True:
            found = actors.on(rng.choice(_ARMED), day)
            if found:
                return found

    def state() -> Actor:
        while True:
            found = actors.on(rng.choice(_STATE), day)
            if found:
                return found

    if event_type == "Violence against civilians":
        return armed(), actors.by_name[civilians]
    if event_type in ("Protests", "Riots"):
        name = "Protesters (Mali)" if event_type == "Protests" else "Rioters (Mali)"
        return actors.by_name[name], None
    if sub == "Air/drone strike":
        return state(), armed()
    if event_type == "Strategic developments":
        return (state(), armed()) if sub == "Arrests" else (armed(), None)
    first = armed()
    return (first, state()) if rng.random() < 0.8 else (first, armed())

