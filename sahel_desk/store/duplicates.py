"""Candidate duplicates from the database, and the facts the scoring compares.

The block (duplicates/blocking.py) is run as self-joins of the incident table
over one index (country, date, coordinates, precisions: migration 0008), so a
100,000-incident desk is searched without reading every pair:

- the bulk, two incidents with known days and places near a town or better:
  each incident meets those of the next :data:`WINDOW_DAYS` days in a square
  around it;
- an incident with a coarse date (a week, a month, a range) or only a region
  meets everything its span reaches, and so finds the pairs it is in.

The database returns a superset (squares, not circles); the caller keeps the
block exactly with duplicates/blocking.py. Everything here reads; dismissals are written by
store/dismissals.py.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from sqlalchemy import Select, and_, case, func, or_, select, update
from sqlalchemy.orm import Session

from sahel_desk.duplicates.blocking import RADIUS_KM, WINDOW_DAYS, block_distance
from sahel_desk.duplicates.facts import (
    HALF_SPAN_DAYS,
    REACH_KM,
    REGION_PRECISION,
    ActorFacts,
    IncidentFacts,
    url_key,
)
from sahel_desk.duplicates.words import content_words
from sahel_desk.model import (
    Actor,
    Claim,
    DuplicateDismissal,
    Incident,
    IncidentActor,
    Source,
)
from sahel_desk.storage.portable import days_after
from sahel_desk.text.normalize import fold

_CHUNK = 500
#: km in one degree of latitude
_KM_PER_DEGREE = 111.2
#: the form's check meets a date range starting up to this many days before the record
#: checked (a stored pair is met from whichever side starts later)
LONGEST_RANGE = 31
#: the widest span either side of a coded date without an end date (a month known)
_WIDEST_HALF = max(HALF_SPAN_DAYS.values())
#: reach of a place near a town: the most a partner in the square may add
_NEAR_REACH = REACH_KM[2]
#: actor types that many incidents name: rioters, protesters, civilians
GENERIC_ACTOR_TYPES = frozenset({5, 6, 7})
#: ACLED names every unidentified group so ("Unidentified Armed Group (Mali)")
UNIDENTIFIED_PREFIX = "unidentified "
#: the latitude bands the square is drawn in: a degree of longitude is shorter the
#: further from the equator, so each band widens its square for its highest latitude
_BANDS = ((0.0, 30.0), (30.0, 50.0), (50.0, 65.0), (65.0, 90.0))

_a = Incident.__table__.alias("a")
_b = Incident.__table__.alias("b")


def _reach(t: Any) -> Any:
    return case((t.c.geo_precision == 2, REACH_KM[2]), (t.c.geo_precision == 3, REACH_KM[3]),
                else_=0.0)


def _is_range(t: Any) -> Any:
    return and_(t.c.event_date_end.is_not(None), t.c.event_date_end > t.c.event_date)


def _exact_day(t: Any) -> Any:
    return and_(func.coalesce(t.c.time_precision, 1) <= 1, t.c.event_date_end.is_(None))


def _near_enough(t: Any) -> Any:
    return func.coalesce(t.c.geo_precision, 1) < REGION_PRECISION


def _located(t: Any) -> Any:
    return and_(t.c.event_date.is_not(None), t.c.latitude.is_not(None),
                t.c.longitude.is_not(None), t.c.country_code.is_not(None))


def _square(band: tuple[float, float], radius_km: Any) -> Any:
    """``b`` within a square around ``a`` of the given half-side (km; may be an SQL
    expression of both rows), and within its inscribed circle by a flat-earth
    distance that never undercounts in the band."""
    squeeze = math.cos(math.radians(band[1]))
    degrees = radius_km / _KM_PER_DEGREE
    dlat = _b.c.latitude - _a.c.latitude
    dlon = _b.c.longitude - _a.c.longitude
    return and_(dlat * dlat + (squeeze * dlon) * (squeeze * dlon) <= degrees * degrees)


def _box(band: tuple[float, float], radius_km: float) -> Any:
    """The index-friendly bounds of the square (a literal half-side)."""
    squeeze = math.cos(math.radians(band[1]))
    dlat = radius_km / _KM_PER_DEGREE
    return and_(_b.c.latitude.between(_a.c.latitude - dlat, _a.c.latitude + dlat),
                _b.c.longitude.between(_a.c.longitude - dlat / squeeze,
                                       _a.c.longitude + dlat / squeeze),
                func.abs(_a.c.latitude).between(band[0], band[1]))


def _pair_select() -> Select:
    return select(_a.c.id, _b.c.id).select_from(_a).join(
        _b, _b.c.country_code == _a.c.country_code)


def _exact_statements() -> Iterator[Select]:
    """Pairs of incidents with known days and places near a town or better: each meets
    those of the next days (and later ids of its own day) in its square."""
    for band in _BANDS:
        widest = RADIUS_KM + 2 * _NEAR_REACH
        yield _pair_select().where(
            _located(_a), _exact_day(_a), _near_enough(_a),
            _b.c.event_date >= _a.c.event_date,
            _b.c.event_date <= days_after(_a.c.event_date, WINDOW_DAYS),
            or_(_b.c.event_date > _a.c.event_date, _b.c.id > _a.c.id),
            _box(band, widest), _located(_b), _exact_day(_b), _near_enough(_b),
            _square(band, RADIUS_KM + _reach(_a) + _reach(_b)))


_TIME_CLASSES = ((1, 0), *HALF_SPAN_DAYS.items())


def _of_precision(t: Any, precision: int) -> Any:
    """Incidents of one time precision (unknown counts as a known day), without a range."""
    return and_(~_is_range(t), func.coalesce(t.c.time_precision, 1) == precision)


def _date_windows() -> Iterator[tuple[bool, Any, Any, Any]]:
    """(whether the driver's day is known, which drivers and partners, the partner's
    earliest and latest coded date): the
    pairs whose spans lie within WINDOW_DAYS, exactly, by precision of each side. A
    partner with a date range is met from its own side, unless both have ranges: then
    from the one that starts first."""
    for driver, half_a in _TIME_CLASSES:
        for partner, half_b in _TIME_CLASSES:
            pad = WINDOW_DAYS + half_a + half_b
            yield (driver == 1, and_(_of_precision(_a, driver), _of_precision(_b, partner)),
                   days_after(_a.c.event_date, -pad), days_after(_a.c.event_date, pad))
    for partner, half_b in _TIME_CLASSES:
        pad = WINDOW_DAYS + half_b
        yield (False, and_(_is_range(_a), _of_precision(_b, partner)),
               days_after(_a.c.event_date, -pad), days_after(_a.c.event_date_end, pad))
    yield (False, and_(_is_range(_a), _is_range(_b)), _a.c.event_date,
           days_after(_a.c.event_date_end, WINDOW_DAYS))


def _coarse_statements() -> Iterator[Select]:
    """Pairs with an incident of a coarse date or a region-only place (the driver), which
    meets every incident its span reaches; each such pair is found from a coarse side
    (from both when both are). Region-only drivers meet their region; the others the
    square around them."""
    coarse = or_(~_exact_day(_a), ~_near_enough(_a))
    for exact, kind, earliest, latest in _date_windows():
        dated = and_(kind, _b.c.event_date >= earliest, _b.c.event_date <= latest,
                     _b.c.id != _a.c.id)
        yield _pair_select().where(
            _located(_a), ~_near_enough(_a), dated,
            func.lower(_b.c.admin1) == func.lower(_a.c.admin1))
        if exact:
            continue  # a known day and place drives nothing
        for band in _BANDS:
            yield _pair_select().where(
                _located(_a), coarse, _near_enough(_a), dated, _located(_b),
                _near_enough(_b), _box(band, RADIUS_KM + REACH_KM[2] * 2),
                _square(band, RADIUS_KM + _reach(_a) + _reach(_b)))
        # A region meets only partners without a range; one with a range meets it.
        yield _pair_select().where(
            _located(_a), _is_range(_a), _near_enough(_a), dated, ~_near_enough(_b),
            func.lower(_b.c.admin1) == func.lower(_a.c.admin1))


class Candidates:
    """Pairs of incident ids, each pair once, kept compactly (a 100,000-incident desk has
    a million): iterating gives each pair with the smaller id first."""

    def __init__(self) -> None:
        self.ids: list[str] = []
        self._numbers: dict[str, int] = {}
        self._pairs: set[int] = set()

    def _number(self, incident_id: str) -> int:
        number = self._numbers.get(incident_id)
        if number is None:
            number = self._numbers[incident_id] = len(self.ids)
            self.ids.append(incident_id)
        return number

    def add(self, x: str, y: str) -> None:
        i, j = self._number(x), self._number(y)
        self._pairs.add(i << 32 | j if i < j else j << 32 | i)

    def add_rows(self, rows: Iterable[tuple[str, str]]) -> None:
        for x, y in rows:
            self.add(x, y)

    def __len__(self) -> int:
        return len(self._pairs)

    def __iter__(self) -> Iterator[tuple[str, str]]:
        ids = self.ids
        for key in self._pairs:
            x, y = ids[key >> 32], ids[key & 0xFFFFFFFF]
            yield (x, y) if x < y else (y, x)


def _rows(session: Session, stmt: Select) -> Iterator[tuple[str, str]]:
    for part in session.execute(stmt).partitions(20_000):
        yield from part


#: ``progress(done, total)``: how far a long step is; it may raise to stop the step
Progress = Callable[[int, int], None]


def candidate_pairs(session: Session, progress: Progress | None = None) -> Candidates:
    """Every pair in the desk the database's block holds, each once: a superset of the
    exact block, which the caller keeps with :func:`block_distance`. ``progress`` is
    told after each of the block's statements."""
    found = Candidates()
    statements = [*_exact_statements(), *_coarse_statements()]
    for done, stmt in enumerate(statements, 1):
        found.add_rows(_rows(session, stmt))
        if progress is not None:
            progress(done, len(statements))
    return found


def candidates_near(session: Session, probe: IncidentFacts) -> list[str]:
    """The ids of the incidents in the block around ``probe`` (an incident or a form's
    values, with a date, a country and a place), without the probe itself: the database
    gives those of its window and square, read from the block's index alone, and the
    exact block (duplicates/blocking.py) keeps its own."""
    if (probe.first_day is None or probe.last_day is None or not probe.country_code
            or not (probe.has_point or probe.admin1)):
        return []
    inc = Incident.__table__
    first = date.fromordinal(probe.first_day - WINDOW_DAYS - _WIDEST_HALF)
    last = date.fromordinal(probe.last_day + WINDOW_DAYS + _WIDEST_HALF)
    # A partner's range starting before the window may still reach it.
    dated = and_(inc.c.country_code == probe.country_code,
                 inc.c.event_date.between(first - timedelta(days=LONGEST_RANGE), last))
    region = and_(inc.c.geo_precision == REGION_PRECISION,
                  func.lower(inc.c.admin1) == (probe.admin1 or "").lower())
    if probe.region_only or not probe.has_point:
        where: Any = func.lower(inc.c.admin1) == (probe.admin1 or "").lower()
    else:
        assert probe.latitude is not None and probe.longitude is not None
        km = RADIUS_KM + probe.reach_km + _NEAR_REACH
        dlat = km / _KM_PER_DEGREE
        squeeze = max(math.cos(math.radians(min(abs(probe.latitude) + dlat, 89.0))), 0.01)
        where = or_(and_(inc.c.latitude.between(probe.latitude - dlat, probe.latitude + dlat),
                         inc.c.longitude.between(probe.longitude - dlat / squeeze,
                                                 probe.longitude + dlat / squeeze)),
                    region)
    stmt = select(inc.c.id, inc.c.event_date, inc.c.event_date_end, inc.c.time_precision,
                  inc.c.country_code, inc.c.admin1, inc.c.latitude, inc.c.longitude,
                  inc.c.geo_precision).where(dated, where)
    if probe.id:
        stmt = stmt.where(inc.c.id != probe.id)
    kept = []
    for row in session.execute(stmt).all():
        other = IncidentFacts(
            id=row.id, event_date=row.event_date, event_date_end=row.event_date_end,
            time_precision=row.time_precision, country_code=row.country_code,
            admin1=row.admin1, latitude=row.latitude, longitude=row.longitude,
            geo_precision=row.geo_precision)
        if block_distance(probe, other) is not None:
            kept.append(row.id)
    return kept


def pairs_around(session: Session, driver_ids: Sequence[str],
                 progress: Progress | None = None) -> Candidates:
    """The pairs of the block each of ``driver_ids`` is in; ``progress`` is told every
    hundred drivers."""
    found = Candidates()
    facts = read_facts(session, driver_ids, words=False)
    for done, incident_id in enumerate(driver_ids, 1):
        probe = facts.get(incident_id)
        if probe is not None:
            found.add_rows((incident_id, other) for other in candidates_near(session, probe))
        if progress is not None and (done % 100 == 0 or done == len(driver_ids)):
            progress(done, len(driver_ids))
    return found


# --- facts -------------------------------------------------------------------------------


@dataclass(frozen=True)
class ActorTable:
    """What the comparison needs of every actor, by id."""

    facts: dict[str, ActorFacts]

    def of(self, actor_id: str, main: bool) -> ActorFacts | None:
        found = self.facts.get(actor_id)
        if found is None:
            return None
        return found if found.main == main else ActorFacts(
            found.key, found.name, found.lineage, found.generic, found.unidentified, main)


def actor_table(session: Session) -> ActorTable:
    """Every actor as compared: its family (dated variants are one actor), the groups it
    belongs to, and whether it is generic or unidentified."""
    rows = session.execute(select(Actor.id, Actor.name, Actor.actor_type, Actor.family,
                                  Actor.parent_id)).all()
    keys = {row.id: row.family or row.name for row in rows}
    parents = {row.id: row.parent_id for row in rows}
    facts: dict[str, ActorFacts] = {}
    for row in rows:
        lineage: list[str] = []
        parent = parents.get(row.id)
        while parent is not None and parent in keys and keys[parent] not in lineage:
            lineage.append(keys[parent])
            parent = parents.get(parent)
        facts[row.id] = ActorFacts(
            key=keys[row.id], name=row.name, lineage=tuple(lineage),
            generic=row.actor_type in GENERIC_ACTOR_TYPES,
            unidentified=row.name.casefold().startswith(UNIDENTIFIED_PREFIX), main=True)
    return ActorTable(facts)


_FACT_COLUMNS = (
    Incident.id, Incident.human_id, Incident.acled_event_id, Incident.acled_dataset,
    Incident.status,
    Incident.event_date, Incident.event_date_end, Incident.time_precision,
    Incident.country_code, Incident.location, Incident.admin1, Incident.admin2,
    Incident.latitude, Incident.longitude, Incident.geo_precision, Incident.event_type,
    Incident.sub_event_type, Incident.fatalities, Incident.injured, Incident.kidnapped,
    Incident.arrested, Incident.notes,
)


@lru_cache(maxsize=4096)
def _folded(publication: str) -> str:
    """A publication's name as compared (few names, met again and again)."""
    return fold(publication)


def _chunks(ids: Sequence[str]) -> Iterator[Sequence[str]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start:start + _CHUNK]


def read_facts(session: Session, ids: Iterable[str], *, words: bool = True,
               actors: ActorTable | None = None,
               progress: Progress | None = None) -> dict[str, IncidentFacts]:
    """The facts of these incidents (those that exist), read with a few queries per
    :data:`_CHUNK` ids; ``words=False`` skips the notes and claims; ``progress`` is told
    after each chunk."""
    wanted = sorted(set(ids))
    table = actors or actor_table(session)
    found: dict[str, IncidentFacts] = {}
    # One tuple per set of actors, so that a scorer compares each set with another once.
    shared: dict[tuple[ActorFacts, ...], tuple[ActorFacts, ...]] = {}
    conn = session.connection()
    for number, chunk in enumerate(_chunks(wanted), 1):
        rows = {row.id: row for row in conn.execute(
            select(*_FACT_COLUMNS).where(Incident.id.in_(chunk))).all()}
        links: dict[str, list[ActorFacts]] = {}
        for incident_id, actor_id, role in conn.execute(
                select(IncidentActor.incident_id, IncidentActor.actor_id, IncidentActor.role)
                .where(IncidentActor.incident_id.in_(chunk))
                .order_by(IncidentActor.incident_id, IncidentActor.role,
                          IncidentActor.position)).all():
            actor = table.of(actor_id, role in ("actor1", "actor2"))
            if actor is not None:
                links.setdefault(incident_id, []).append(actor)
        publications: dict[str, dict[str, str]] = {}
        urls: dict[str, set[str]] = {}
        for incident_id, publication, url in conn.execute(
                select(Source.incident_id, Source.publication, Source.url)
                .where(Source.incident_id.in_(chunk))).all():
            folded = _folded(publication) if publication else ""
            if folded:
                publications.setdefault(incident_id, {}).setdefault(
                    folded, publication.strip())
            if url and url.strip():
                urls.setdefault(incident_id, set()).add(url_key(url))
        texts: dict[str, list[str]] = {}
        if words:
            for incident_id, original, translation in conn.execute(
                    select(Claim.incident_id, Claim.original_text, Claim.translation)
                    .where(Claim.incident_id.in_(chunk))).all():
                texts.setdefault(incident_id, []).extend(
                    t for t in (original, translation) if t)
        for incident_id, row in rows.items():
            found[incident_id] = IncidentFacts(
                id=row.id, human_id=row.human_id, acled_event_id=row.acled_event_id,
                acled_dataset=row.acled_dataset,
                status=row.status, event_date=row.event_date,
                event_date_end=row.event_date_end, time_precision=row.time_precision,
                country_code=row.country_code, location=row.location, admin1=row.admin1,
                admin2=row.admin2, latitude=row.latitude, longitude=row.longitude,
                geo_precision=row.geo_precision, event_type=row.event_type,
                sub_event_type=row.sub_event_type,
                actors=shared.setdefault(key := tuple(links.get(incident_id, ())), key),
                fatalities=row.fatalities,
                injured=row.injured, kidnapped=row.kidnapped, arrested=row.arrested,
                publications=frozenset(publications.get(incident_id, {})),
                publication_names=tuple(publications.get(incident_id, {}).values()),
                urls=frozenset(urls.get(incident_id, ())),
                words=content_words([row.notes, *texts.get(incident_id, ())])
                if words else frozenset())
        if progress is not None:
            progress(min(number * _CHUNK, len(wanted)), len(wanted))
    return found


# --- dismissals (read) -----------------------------------------------------------------


def pair_key(x: str, y: str) -> tuple[str, str]:
    """A pair as stored: the smaller id first."""
    return (x, y) if x < y else (y, x)


def dismissed(session: Session, ids: Iterable[str] | None = None) -> set[tuple[str, str]]:
    """The dismissed pairs (smaller id first), all or those naming one of ``ids``."""
    stmt = select(DuplicateDismissal.incident_a, DuplicateDismissal.incident_b)
    if ids is None:
        return {(a, b) for a, b in session.execute(stmt)}
    found: set[tuple[str, str]] = set()
    wanted = sorted(set(ids))
    for chunk in _chunks(wanted):
        found.update((a, b) for a, b in session.execute(stmt.where(or_(
            DuplicateDismissal.incident_a.in_(chunk),
            DuplicateDismissal.incident_b.in_(chunk)))))
    return found


def mark_acled_dataset(session: Session, event_ids: Sequence[str], dataset: str) -> None:
    """Note that these ACLED events were read from one file (``dataset``: the import's
    change id): ACLED's editors kept them apart, which the score weighs. Provenance,
    not a coded field: no history, no revision."""
    for chunk in _chunks(list(event_ids)):
        session.execute(update(Incident).where(Incident.acled_event_id.in_(chunk))
                        .values(acled_dataset=dataset)
                        .execution_options(synchronize_session=False))
