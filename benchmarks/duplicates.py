"""Finding duplicates, measured: recall and precision on a test set made from the real
ACLED Mali file, against a baseline rule, and the speed of `duplicates find` on a
100,000-incident desk and of the form's check.

Run from the repository::

    .venv/bin/python benchmarks/duplicates.py                  # quality, seeds 1 2 3
    .venv/bin/python benchmarks/duplicates.py --seeds 7 --variants 400
    .venv/bin/python benchmarks/duplicates.py --builder other  # another second coder
    .venv/bin/python benchmarks/duplicates.py --via acled-file # the set as a partner's file
    .venv/bin/python benchmarks/duplicates.py --speed          # also the 100,000-incident desk
    .venv/bin/python benchmarks/duplicates.py --speed-only --desk DIR   # a desk `demo` made

The test set is made at run time and never written anywhere but a temporary desk
(and, with ``--via acled-file``, a CSV in the same temporary folder, deleted once read:
ACLED's terms forbid sharing its rows). From the file's events:

- **variants**: a few hundred events coded again as a second coder from another
  source would: a day or two off (most of them); a few km off, or about 20 km when
  the commune seat is coded instead of the village (then often as "near", geo
  precision 2); the actors in the other order; sometimes a neighbouring type (a
  sibling or cousin in the codebook's tree); fatalities a little off or unknown;
  the notes in other words (English or French, the coder's own sentences naming
  what a report names: place, actors, toll); another publication as the source.
  ``--builder other`` reads the same description another way (the commune seat at
  its own point, half the records coded without "near", a hamlet's own name for
  half of those a few km off, a third without notes), so that the figures do not
  rest on one generator's habits.
- **look-alikes**, other events: the same actors at the same place some days later
  (3 to 10); the same day and type 25 to 60 km away by other actors; the same day
  and place but another kind of event (not a neighbour in the codebook's tree: a
  protest beside an attack, looting beside a clash) with its own toll, by the same
  actors half the time.

Everything is imported into a new desk (the file through the ACLED importer, the
rest through the Desk API as coded records; with ``--via acled-file`` the rest as a
second file in ACLED's current layout with ids of its own, SET0001..., through the
ACLED importer, as a partner's ACLED-style dataset arrives: written to the temporary
folder and deleted once read; ``--unknown-toll`` says how it writes an unknown toll,
which ACLED's layout cannot say), `duplicates find` runs at its
default threshold, and a pair counts as right when it is an event and its
variant. Precision is given two ways: over every pair found, and over the pairs
that involve a record of the test set (the file itself holds pairs ACLED coded as
separate events that read like duplicates, and a few true duplicates; those are
listed by kind). The baseline rule pairs incidents on the same day or one day
apart, of the same event type, within 5 km, each with its nearest such match.
"""

from __future__ import annotations

import argparse
import csv
import math
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import partial
from pathlib import Path
from typing import Any

from sahel_desk.codebook.taxonomy import (
    ACLED_COLUMNS,
    ACTOR_TYPE_BY_CODE,
    SUB_EVENT_TYPES,
    civilian_targeting,
    disorder_type_of,
    interaction_text,
)
from sahel_desk.duplicates.blocking import in_block
from sahel_desk.duplicates.facts import IncidentFacts
from sahel_desk.duplicates.kinds import nearness
from sahel_desk.duplicates.pairing import best_matches
from sahel_desk.interop.acled_read import AcledEvent, read_acled
from sahel_desk.reference.countries import country
from sahel_desk.reference.place_index import haversine_km
from sahel_desk.services.desk import Desk
from sahel_desk.store.duplicates import candidate_pairs, read_facts

ACLED_FILE = (Path(__file__).resolve().parents[1].parent / "shared" / "data" / "acled"
              / "acled_mali_2017-2020_monadic.csv")
TARGET = 0.90
FIND_LIMIT_S = 60.0
CHECK_LIMIT_MS = 50.0

# --- the test set ---------------------------------------------------------------------

_PUBLICATIONS = ("RFI", "Studio Tamani", "AFP", "Jeune Afrique", "Maliweb", "Reuters",
                 "Le Monde", "Mali Actu", "Sahel Tribune", "L'Essor", "Menastream",
                 "Local partner")
_EN_VERBS = {
    "Battles": ("clashed with", "fought", "engaged"),
    "Violence against civilians": ("attacked", "targeted", "raided"),
    "Explosions/Remote violence": ("struck", "hit", "targeted"),
    "Protests": ("marched in", "demonstrated in", "gathered in"),
    "Riots": ("rioted in", "burnt tyres in", "blocked roads in"),
    "Strategic developments": ("looted", "took over", "moved into"),
}
_FR_VERBS = {
    "Battles": ("ont affronté", "ont combattu", "ont accroché"),
    "Violence against civilians": ("ont attaqué", "ont visé", "ont pris pour cible"),
    "Explosions/Remote violence": ("ont frappé", "ont touché", "ont visé"),
    "Protests": ("ont manifesté à", "ont marché à", "se sont rassemblés à"),
    "Riots": ("ont érigé des barricades à", "ont brûlé des pneus à", "ont bloqué les routes à"),
    "Strategic developments": ("ont pillé", "ont occupé", "se sont installés à"),
}


def _short(name: str) -> str:
    """How a reporter names an actor: ACLED's name up to its colon or bracket."""
    return name.split(":")[0].split("(")[0].strip()


def _toll_en(fatalities: int | None, rng: random.Random) -> str:
    if fatalities is None:
        return rng.choice(["The toll is not known.", "Casualties were not reported."])
    if fatalities == 0:
        return rng.choice(["No one was killed.", "No casualties were reported."])
    return rng.choice([f"{fatalities} people were killed.", f"Toll: {fatalities} dead.",
                       f"At least {fatalities} killed."])


def _toll_fr(fatalities: int | None, rng: random.Random) -> str:
    if fatalities is None:
        return rng.choice(["Le bilan n'est pas connu.", "Aucun bilan n'a été donné."])
    if fatalities == 0:
        return rng.choice(["Aucune victime.", "Pas de victime signalée."])
    return rng.choice([f"Bilan : {fatalities} morts.", f"{fatalities} personnes tuées."])


def own_words(rng: random.Random, day: date, event_type: str, actors: list[str],
              place: str, region: str | None, fatalities: int | None) -> str:
    """A second coder's notes: their own sentences naming what any report names."""
    names = [_short(a) for a in actors if a] or ["unknown gunmen"]
    where = f"{place} ({region})" if region else place
    if rng.random() < 0.5:
        verb = rng.choice(_EN_VERBS.get(event_type, ("acted in",)))
        lead = rng.choice(["Sources say", "According to local sources,", "Reportedly,", ""])
        return (f"{lead} on {day.strftime('%d %B %Y')} {names[0]} {verb} "
                f"{' and '.join(names[1:]) or 'residents'} at {where}. "
                f"{_toll_en(fatalities, rng)}").strip()
    verb = rng.choice(_FR_VERBS.get(event_type, ("ont agi à",)))
    lead = rng.choice(["Selon des sources locales,", "D'après des témoins,", ""])
    return (f"{lead} le {day.isoformat()}, des éléments de {names[0]} {verb} "
            f"{' et '.join(names[1:]) or 'des habitants'} à {where}. "
            f"{_toll_fr(fatalities, rng)}").strip()


def moved(lat: float, lon: float, km: float, rng: random.Random) -> tuple[float, float]:
    """A point ``km`` away in a random direction."""
    bearing = rng.uniform(0, 2 * math.pi)
    dlat = km * math.cos(bearing) / 111.2
    dlon = km * math.sin(bearing) / (111.2 * math.cos(math.radians(lat)))
    return round(lat + dlat, 4), round(lon + dlon, 4)


def neighbours(sub_event_type: str) -> list[tuple[str, str]]:
    """Sub-event types a second coder might choose instead: siblings and cousins in the
    codebook's tree (duplicates/kinds.py)."""
    own = next(s for s in SUB_EVENT_TYPES if s.name == sub_event_type)
    return [(s.event_type, s.name) for s in SUB_EVENT_TYPES if s.name != own.name
            and nearness(own.event_type, own.name, s.event_type, s.name) in ("sibling",
                                                                               "cousin")]


@dataclass
class Made:
    """A record of the test set: its values for the Desk API, what it is, its original."""

    values: dict[str, Any]
    kind: str
    original: str
    id: str | None = None


@dataclass
class TestSet:
    made: list[Made] = field(default_factory=list)


def _base(event: AcledEvent) -> dict[str, Any]:
    v = event.values
    loc = event.location
    return {
        "event_date": v["event_date"], "time_precision": int(v["time_precision"]),
        "event_type": v["event_type"], "sub_event_type": v["sub_event_type"],
        "location": loc.name, "country_code": "ML", "admin1": loc.admin1,
        "admin2": loc.admin2, "admin3": loc.admin3, "latitude": loc.latitude,
        "longitude": loc.longitude, "geo_precision": int(v["geo_precision"]),
        "actor1": event.side1.actor, "assoc_actor_1": list(event.side1.assoc),
        "actor2": event.side2.actor if event.side2 else None,
        "assoc_actor_2": list(event.side2.assoc) if event.side2 else [],
        "fatalities": int(v["fatalities"]),
    }


def _finish(values: dict[str, Any], rng: random.Random, not_from: Iterable[str]) -> None:
    used = set(not_from)
    values["sources"] = [{"publication": rng.choice(
        [p for p in _PUBLICATIONS if p not in used] or list(_PUBLICATIONS))}]
    values["status"] = "submitted" if values.get("fatalities") is not None else "draft"


@dataclass(frozen=True)
class Builder:
    """How the second coder of the test set works. ``other`` is another builder's reading
    of the same description, so that the figures do not rest on one generator's habits:
    the commune seat coded at its own point (where the file codes an event there), half
    the records coded without "near", a hamlet's own name for half of those a few km off,
    and a third of the records without notes."""

    name: str = "default"
    #: the commune seats the file codes events at: (admin2, admin3) -> (name, lat, lon)
    seats: dict[tuple[str, str], tuple[str, float, float]] = field(default_factory=dict)

    @property
    def other(self) -> bool:
        return self.name == "other"


def commune_seats(events: list[AcledEvent]) -> dict[tuple[str, str], tuple[str, float, float]]:
    seats: dict[tuple[str, str], tuple[str, float, float]] = {}
    for e in events:
        loc = e.location
        if (loc.name and loc.name == loc.admin3 and loc.admin2 and loc.latitude is not None
                and loc.longitude is not None):
            seats.setdefault((loc.admin2, loc.admin3), (loc.name, loc.latitude, loc.longitude))
    return seats


def variant(event: AcledEvent, rng: random.Random, builder: Builder = Builder()
            ) -> dict[str, Any]:
    values = _base(event)
    if rng.random() < 0.75:
        values["event_date"] += timedelta(days=rng.choice([-2, -1, -1, 1, 1, 2]))
    draw = rng.random()
    if draw < 0.45:
        values["latitude"], values["longitude"] = moved(
            values["latitude"], values["longitude"], rng.uniform(1.5, 6.0), rng)
        if builder.other and rng.random() < 0.5:
            values["location"] = f"{values['location']} hameau"
    elif draw < 0.75:
        seat = builder.seats.get((event.location.admin2 or "", event.location.admin3 or ""))
        if builder.other and seat is not None:
            values["location"], values["latitude"], values["longitude"] = seat
        else:
            values["latitude"], values["longitude"] = moved(
                values["latitude"], values["longitude"], rng.uniform(15.0, 25.0), rng)
            values["location"] = event.location.admin3 or event.location.admin2 or "Commune"
        if rng.random() < 0.5:
            values["geo_precision"] = 2
    if builder.other and rng.random() < 0.5:
        values["geo_precision"] = 1
    if values["actor2"] and rng.random() < 0.5:
        values["actor1"], values["actor2"] = values["actor2"], values["actor1"]
        values["assoc_actor_1"], values["assoc_actor_2"] = (values["assoc_actor_2"],
                                                            values["assoc_actor_1"])
    if rng.random() < 0.3:
        options = neighbours(values["sub_event_type"])
        if options:
            values["event_type"], values["sub_event_type"] = rng.choice(options)
    draw = rng.random()
    if draw < 0.35:
        f = values["fatalities"]
        step = max(1, round(f * 0.2))
        values["fatalities"] = max(0, f + rng.choice([-step, step]))
    elif draw < 0.55:
        values["fatalities"] = None
    actors = [values["actor1"], values["actor2"]]
    values["notes"] = own_words(rng, values["event_date"], values["event_type"], actors,
                                values["location"], values["admin2"], values["fatalities"])
    if builder.other and rng.random() < 1 / 3:
        values["notes"] = None
    _finish(values, rng, (p for p, _ in event.sources))
    return values


def _actor_names(event: AcledEvent) -> set[str]:
    names = {event.side1.actor, *event.side1.assoc}
    if event.side2:
        names |= {event.side2.actor, *event.side2.assoc}
    return names


def later(event: AcledEvent, rng: random.Random, events: list[AcledEvent]) -> dict[str, Any]:
    values = _base(event)
    values["event_date"] += timedelta(days=rng.randint(3, 10))
    values["fatalities"] = int(rng.choice(events).values["fatalities"])
    values["notes"] = own_words(rng, values["event_date"], values["event_type"],
                                [values["actor1"], values["actor2"]], values["location"],
                                values["admin2"], values["fatalities"])
    _finish(values, rng, ())
    return values


def elsewhere(event: AcledEvent, rng: random.Random, events: list[AcledEvent]
              ) -> dict[str, Any] | None:
    values = _base(event)
    mine = _actor_names(event)
    others = [e for e in events if e.values["event_type"] == event.values["event_type"]
              and not (_actor_names(e) & mine)]
    if not others:
        return None
    other = rng.choice(others)
    values.update({k: v for k, v in _base(other).items()
                   if k in ("actor1", "assoc_actor_1", "actor2", "assoc_actor_2",
                            "fatalities")})
    km = rng.uniform(25.0, 60.0)
    near = [e for e in events if 20.0 <= haversine_km(
        e.location.latitude, e.location.longitude, values["latitude"],
        values["longitude"]) <= 70.0]
    if near:
        spot = rng.choice(near).location
        values.update(location=spot.name, admin1=spot.admin1, admin2=spot.admin2,
                      admin3=spot.admin3, latitude=spot.latitude, longitude=spot.longitude)
    else:
        values["latitude"], values["longitude"] = moved(
            values["latitude"], values["longitude"], km, rng)
        values["location"] = f"{values['location']} Est"
    values["notes"] = own_words(rng, values["event_date"], values["event_type"],
                                [values["actor1"], values["actor2"]], values["location"],
                                values["admin2"], values["fatalities"])
    _finish(values, rng, ())
    return values


def other_kind(event: AcledEvent, rng: random.Random, events: list[AcledEvent]
               ) -> dict[str, Any]:
    """The same day and place, another kind of event: a type that is not a neighbour of
    the event's in the codebook's tree (another disorder type), with its own toll, by the
    same actors half the time."""
    values = _base(event)
    kinds = sorted({s.event_type for s in SUB_EVENT_TYPES
                    if nearness(values["event_type"], values["sub_event_type"], s.event_type,
                                s.name) == "other"})
    new_type = rng.choice(kinds)
    pool = [e for e in events if e.values["event_type"] == new_type and nearness(
        values["event_type"], values["sub_event_type"], new_type,
        e.values["sub_event_type"]) == "other"]
    other = _base(rng.choice(pool))
    values["event_type"], values["sub_event_type"] = other["event_type"], other["sub_event_type"]
    values["fatalities"] = other["fatalities"]
    if rng.random() < 0.5:
        values.update({k: other[k] for k in ("actor1", "assoc_actor_1", "actor2",
                                             "assoc_actor_2")})
    values["notes"] = own_words(rng, values["event_date"], values["event_type"],
                                [values["actor1"], values["actor2"]], values["location"],
                                values["admin2"], values["fatalities"])
    _finish(values, rng, ())
    return values


def make_test_set(events: list[AcledEvent], seed: int, variants: int, lookalikes: int,
                  builder: str = "default") -> TestSet:
    rng = random.Random(seed)
    usable = [e for e in events if e.location.latitude is not None]
    coder = Builder(builder, commune_seats(usable))
    made = TestSet()
    for event in rng.sample(usable, variants):
        made.made.append(Made(variant(event, rng, coder), "variant", event.event_id))
    for kind, build in (("later", later), ("elsewhere", elsewhere),
                        ("other kind", other_kind)):
        for event in rng.sample(usable, lookalikes):
            values = build(event, rng, usable)
            if values is not None:
                made.made.append(Made(values, kind, event.event_id))
    return made


# --- the test set as a file in ACLED's layout ------------------------------------------

#: The test set's own event ids in its file: SET0001, SET0002... (never an ACLED id).
SET_ID_PREFIX = "SET"
#: How the file writes an unknown toll, and the review state it is imported in. ACLED's
#: layout cannot say "unknown": ACLED writes 0 when no toll is reported. ``blank`` keeps the
#: test set's unknown tolls unknown (a blank fatalities cell); the codebook refuses an
#: approved or submitted record without a count, so that file is imported as drafts, as
#: `sahel-desk import acled --state draft` does. ``zero`` writes ACLED's 0 and imports
#: the file approved, as `sahel-desk import acled` does by default.
UNKNOWN_TOLLS: dict[str, tuple[str, str]] = {
    "blank": ("a blank fatalities cell", "draft"),
    "zero": ("0, as ACLED writes it", "approved"),
}


def set_event_id(number: int) -> str:
    return f"{SET_ID_PREFIX}{number:04d}"


def acled_file_rows(test_set: TestSet, actor_types: dict[str, int], unknown: str = "blank"
                    ) -> list[dict[str, Any]]:
    """The test set's records as rows of ACLED's current layout, with ids of their own.
    The inter codes are the actors' types in the desk's registry (every actor of the set
    is one of the file's); the rest is what the Desk API would have been given."""
    found = country("ML")
    assert found is not None
    rows = []
    for number, made in enumerate(test_set.made, 1):
        v = made.values
        inter1 = actor_types.get(v["actor1"])
        inter2 = actor_types.get(v["actor2"]) if v["actor2"] else None
        day: date = v["event_date"]
        fatalities = v["fatalities"]
        rows.append({
            "event_id_cnty": set_event_id(number), "event_date": day.isoformat(),
            "year": day.year, "time_precision": v["time_precision"],
            "disorder_type": disorder_type_of(v["sub_event_type"]) or "",
            "event_type": v["event_type"], "sub_event_type": v["sub_event_type"],
            "actor1": v["actor1"], "assoc_actor_1": "; ".join(v["assoc_actor_1"]),
            "inter1": _inter_label(inter1),
            "actor2": v["actor2"] or "", "assoc_actor_2": "; ".join(v["assoc_actor_2"]),
            "inter2": _inter_label(inter2),
            "interaction": interaction_text(inter1, inter2) or "",
            "civilian_targeting": civilian_targeting([inter2] if inter2 else []) or "",
            "iso": found.iso_numeric, "region": found.region, "country": found.name,
            "admin1": v["admin1"] or "", "admin2": v["admin2"] or "",
            "admin3": v["admin3"] or "", "location": v["location"],
            "latitude": v["latitude"], "longitude": v["longitude"],
            "geo_precision": v["geo_precision"],
            "source": "; ".join(s["publication"] for s in v["sources"]), "source_scale": "",
            "notes": v["notes"] or "",
            "fatalities": fatalities if fatalities is not None else (
                "" if unknown == "blank" else 0),
            "tags": "", "timestamp": 1_700_000_000 + number,
        })
    return rows


def _inter_label(code: int | None) -> str:
    return ACTOR_TYPE_BY_CODE[code].label if code is not None else ""


def write_acled_file(path: Path, rows: list[dict[str, Any]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(ACLED_COLUMNS))
        writer.writeheader()
        writer.writerows(rows)
    return path


def read_in_as_acled_file(desk: Desk, test_set: TestSet, path: Path, unknown: str = "blank"
                          ) -> None:
    """The second coder's records brought in as a partner's dataset arrives: a file in
    ACLED's layout with its own event ids, through the ACLED importer (the path
    `sahel-desk import acled` takes). The file is deleted once read."""
    from sqlalchemy import select

    from sahel_desk.model import Actor

    with desk.db.read() as session:
        types = {name: kind for name, kind in session.execute(
            select(Actor.name, Actor.actor_type))}
    write_acled_file(path, acled_file_rows(test_set, types, unknown))
    try:
        report = desk.acled.import_file(path, state=UNKNOWN_TOLLS[unknown][1])
    finally:
        path.unlink()
    if report.added != len(test_set.made):
        raise SystemExit(f"the test set's file: {report.added} of {len(test_set.made)} "
                         f"records imported; bad rows: {report.bad_rows[:5]}")


# --- scoring the pairs found ---------------------------------------------------------------


@dataclass(frozen=True)
class Outcome:
    found: int
    right: int
    truth: int
    involving_test_set: int
    wrong_by_kind: dict[str, int]

    @property
    def recall(self) -> float:
        return self.right / self.truth if self.truth else 0.0

    @property
    def precision(self) -> float:
        return self.right / self.found if self.found else 1.0

    @property
    def precision_test_set(self) -> float:
        return self.right / self.involving_test_set if self.involving_test_set else 1.0


def judge(pairs: Iterable[tuple[str, str]], truth: set[frozenset[str]],
          kinds: dict[str, str]) -> Outcome:
    found = right = involving = 0
    wrong: Counter[str] = Counter()
    for x, y in pairs:
        found += 1
        key = frozenset((x, y))
        touches = x in kinds or y in kinds
        involving += touches
        if key in truth:
            right += 1
            continue
        labels = sorted(kinds.get(i, "ACLED") for i in (x, y))
        wrong[" + ".join(labels)] += 1
    return Outcome(found, right, len(truth), involving, dict(wrong))


def baseline_pairs(facts: dict[str, IncidentFacts], blocked: Iterable[tuple[str, str]]
                   ) -> list[tuple[str, str]]:
    """Same day or one day apart, same event type, within 5 km; each incident with its
    nearest such match (fewest days, then km)."""
    scored = []
    for x, y in blocked:
        a, b = facts[x], facts[y]
        if a.status == "rejected" or b.status == "rejected":
            continue
        if a.event_date is None or b.event_date is None or a.event_type != b.event_type:
            continue
        days = abs((a.event_date - b.event_date).days)
        if days > 1 or a.latitude is None or b.latitude is None:
            continue
        assert a.longitude is not None and b.longitude is not None
        km = haversine_km(a.latitude, a.longitude, b.latitude, b.longitude)
        if km <= 5.0:
            scored.append((-(days * 100 + km), x, y, None))
    return [(x, y) for _, x, y, _ in best_matches(scored)]


def quality(seed: int, variants: int, lookalikes: int, template: Path, work: Path,
            events: list[AcledEvent], builder: str = "default", via: str = "api",
            unknown: str = "blank") -> tuple[Outcome, Outcome]:
    folder = work / f"seed{seed}"
    shutil.copytree(template, folder)
    test_set = make_test_set(events, seed, variants, lookalikes, builder)
    with Desk.open(folder, user="second-coder") as desk:
        if via == "acled-file":
            read_in_as_acled_file(desk, test_set, work / f"seed{seed}-set.csv", unknown)
        ids = {i.acled_event_id: i.id for i in _acled_ids(desk)}
        for number, made in enumerate(test_set.made, 1):
            if via == "acled-file":
                made.id = ids.get(set_event_id(number))
            else:
                made.id = desk.incidents.create(made.values).id
        truth = {frozenset((ids[m.original], m.id)) for m in test_set.made
                 if m.kind == "variant" and m.id}
        kinds = {m.id: m.kind for m in test_set.made if m.id}
        report = desk.duplicates.find()
        found = [(p.a.id or "", p.b.id or "") for p in report.pairs]
        with desk.db.read() as session:
            blocked = candidate_pairs(session)
            facts = read_facts(session, {x for pair in blocked for x in pair}, words=False)
        blocked_exact = [(x, y) for x, y in blocked if in_block(facts[x], facts[y])]
        base = baseline_pairs(facts, blocked_exact)
    shutil.rmtree(folder)
    return judge(found, truth, kinds), judge(base, truth, kinds)


@dataclass(frozen=True)
class _Ref:
    id: str
    acled_event_id: str


def _acled_ids(desk: Desk) -> list[_Ref]:
    from sqlalchemy import select

    from sahel_desk.model import Incident

    with desk.db.read() as session:
        return [_Ref(i, e or "") for i, e in session.execute(
            select(Incident.id, Incident.acled_event_id)
            .where(Incident.acled_event_id.is_not(None)))]


def _line(name: str, o: Outcome) -> str:
    return (f"  {name:28} recall {o.recall:6.1%} ({o.right}/{o.truth})   precision "
            f"{o.precision:6.1%} of {o.found} pairs, {o.precision_test_set:6.1%} of "
            f"{o.involving_test_set} involving the test set")


def run_quality(seeds: list[int], variants: int, lookalikes: int, builder: str = "default",
                via: str = "api", unknown: str = "blank") -> bool:
    if not ACLED_FILE.is_file():
        print(f"skipped: the ACLED file is absent (looked for {ACLED_FILE})")
        return True
    events = read_acled(ACLED_FILE).events
    print(f"Test sets from {ACLED_FILE.name} ({len(events):,} events): {variants} variants "
          f"and {lookalikes} look-alikes of each kind per seed, default threshold, "
          f"{builder} builder")
    if via == "acled-file":
        written, state = UNKNOWN_TOLLS[unknown]
        print("the test set's records read in as a second file in ACLED's current layout "
              f"(ids {set_event_id(1)}...) through the ACLED importer, as {state} records; "
              f"an unknown toll is written as {written}")
    else:
        print("the test set's records added through the Desk API")
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        template = Path(tmp) / "template"
        with Desk.open(template, user="acled") as desk:
            desk.acled.import_file(ACLED_FILE)
        ours: list[Outcome] = []
        bases: list[Outcome] = []
        for seed in seeds:
            found, base = quality(seed, variants, lookalikes, template, Path(tmp), events,
                                  builder, via, unknown)
            ours.append(found)
            bases.append(base)
            print(f"seed {seed}")
            print(_line("duplicates find", found))
            print(_line("baseline (±1 day, type, 5 km)", base))
            print("    wrong pairs of duplicates find: " + (", ".join(
                f"{kind} {n}" for kind, n in sorted(found.wrong_by_kind.items())) or "none"))
            ok = ok and found.recall >= TARGET and found.precision_test_set >= TARGET
    for name, outs in (("duplicates find", ours), ("baseline", bases)):
        print(f"mean over {len(seeds)} seeds, {name}: recall "
              f"{statistics.mean(o.recall for o in outs):.1%}, precision "
              f"{statistics.mean(o.precision for o in outs):.1%} of all pairs, "
              f"{statistics.mean(o.precision_test_set for o in outs):.1%} of pairs involving "
              "the test set")
    return ok


# --- speed ---------------------------------------------------------------------------------


def _seconds(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def _plain_read(desk: Desk) -> None:
    """The baseline: one plain SELECT of every incident's fields the scoring reads."""
    from sqlalchemy import text

    with desk.db.read() as session:
        session.execute(text(
            "SELECT id, event_date, event_date_end, time_precision, country_code, admin1, "
            "latitude, longitude, geo_precision, event_type, sub_event_type, fatalities, "
            "notes FROM incident")).all()


def _window(session: Any, probe: IncidentFacts) -> None:
    """The baseline of the check: one indexed SELECT of the incidents of the country
    within three days of the date."""
    from sqlalchemy import select

    from sahel_desk.model import Incident

    assert probe.event_date is not None
    day = timedelta(days=3)
    session.execute(select(Incident.id).where(
        Incident.country_code == probe.country_code,
        Incident.event_date.between(probe.event_date - day, probe.event_date + day))).all()


def run_speed(desk_dir: Path | None, count: int, checks: int) -> bool:
    with tempfile.TemporaryDirectory() as tmp:
        folder = desk_dir
        if folder is None:
            from sahel_desk.services.demo import generate

            folder = Path(tmp) / "demo"
            print(f"making a {count:,}-incident demo desk ...", flush=True)
            with Desk.open(folder, user="bench") as desk:
                generate(desk, count, seed=1)
        with Desk.open(folder, user="bench", readonly=desk_dir is not None) as desk:
            total = desk.incidents.count()
            baseline = min(_seconds(lambda: _plain_read(desk)) for _ in range(2))
            started = time.perf_counter()
            report = desk.duplicates.find()
            elapsed = time.perf_counter() - started
            rng = random.Random(5)
            with desk.db.read() as session:
                sample = rng.sample(desk.incidents.ids(), checks)
                probes = read_facts(session, sample)
            timings = []
            plain = []
            for incident_id in sample:
                state = desk.incidents.state(incident_id)
                values = {k: state[k] for k in (
                    "event_date", "time_precision", "event_date_end", "country_code",
                    "admin1", "admin2", "location", "latitude", "longitude", "geo_precision",
                    "event_type", "sub_event_type", "actor1", "actor2", "fatalities", "notes")}
                timings.append(_seconds(partial(desk.duplicates.check, values)))
                with desk.db.read() as session:
                    plain.append(_seconds(partial(_window, session, probes[incident_id])))
    timings.sort()
    p50 = statistics.median(timings) * 1000
    p95 = timings[int(0.95 * (len(timings) - 1))] * 1000
    base_ms = statistics.median(plain) * 1000
    print(f"desk of {total:,} incidents")
    print(f"  plain SELECT of the compared fields (baseline)   {baseline:7.2f} s")
    print(f"  duplicates find                                  {elapsed:7.2f} s  "
          f"({elapsed / baseline:.1f}x the baseline; {report.compared:,} pairs compared, "
          f"{len(report.pairs):,} shown)")
    print(f"  the form's check, {checks} incidents: p50 {p50:.1f} ms, p95 {p95:.1f} ms "
          f"(baseline, one indexed SELECT of the country's incidents within 3 days: p50 "
          f"{base_ms:.1f} ms; "
          f"{p50 / base_ms:.1f}x)")
    ok = elapsed <= FIND_LIMIT_S and p95 <= CHECK_LIMIT_MS
    print(f"  {'meets' if ok else 'MISSES'} the targets ({FIND_LIMIT_S:.0f} s for find, "
          f"{CHECK_LIMIT_MS:.0f} ms for the check)")
    return ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seeds", type=int, nargs="+", default=[1, 2, 3])
    parser.add_argument("--variants", type=int, default=300)
    parser.add_argument("--lookalikes", type=int, default=100,
                        help="look-alikes of each kind per seed")
    parser.add_argument("--builder", choices=("default", "other"), default="default",
                        help="the second coder: 'other' is another builder's reading of the "
                             "description (see Builder)")
    parser.add_argument("--via", choices=("api", "acled-file"), default="api",
                        help="how the test set's records reach the desk: through the Desk "
                             "API, or as a second file in ACLED's layout (ids of their own) "
                             "through the ACLED importer")
    parser.add_argument("--unknown-toll", choices=tuple(UNKNOWN_TOLLS), default="blank",
                        help="with --via acled-file, how the file writes an unknown toll: "
                             "blank (kept unknown, imported as drafts) or zero (ACLED's 0, "
                             "imported approved)")
    parser.add_argument("--speed", action="store_true",
                        help="also time find and the check on a 100,000-incident desk")
    parser.add_argument("--speed-only", action="store_true")
    parser.add_argument("--desk", type=Path, help="an existing desk for the speed test "
                                                  "(opened read-only)")
    parser.add_argument("--incidents", type=int, default=100_000)
    parser.add_argument("--checks", type=int, default=200)
    args = parser.parse_args(argv)
    ok = True
    if not args.speed_only:
        ok = run_quality(args.seeds, args.variants, args.lookalikes, args.builder,
                              args.via, args.unknown_toll) and ok
    if args.speed or args.speed_only:
        ok = run_speed(args.desk, args.incidents, args.checks) and ok
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
