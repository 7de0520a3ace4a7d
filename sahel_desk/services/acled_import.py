"""Importing ACLED files: every event checked first, then one transaction.

    report = desk.acled.import_file("acled_mali.csv", dry_run=True)

Events are matched to incidents by ``event_id_cnty``: new ones are added,
changed ones updated (ACLED's fields only; claims, GTD detail and the review
state a researcher set are kept), identical ones left alone. Actors are found
by exact name, then by a unique alias, else created with the type the file
gives them; places are found in the gazetteer by name, admin units and
distance, else added as custom places with ACLED's coordinates and admin
names. New incidents are written with bulk inserts (the per-incident service
calls are far too slow for ACLED's thousands of rows) with the same history
entry and list columns a single save gives; updates go through the same state
diff as :meth:`IncidentService.update`, in the same transaction.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from sahel_desk.bulk import fewer_collections
from sahel_desk.codebook import taxonomy as tx
from sahel_desk.codebook.validation import check_incident, clean_incident_values
from sahel_desk.errors import InputError
from sahel_desk.interop.acled_read import AcledEvent, AcledReading, Location, Side, read_acled
from sahel_desk.model import (
    Actor,
    ActorAlias,
    Claim,
    HistoryEntry,
    Incident,
    IncidentActor,
    IncidentTag,
    Place,
    PlaceName,
    Source,
    new_id,
    utcnow,
)
from sahel_desk.reference.countries import by_name_or_code, country
from sahel_desk.reference.place_index import haversine_km
from sahel_desk.storage.portable import last_number
from sahel_desk.store import policy, revisions
from sahel_desk.store.history import HistoryWriter, record_diff
from sahel_desk.store.list_columns import refresh_list_columns
from sahel_desk.store.search_text import build_search_text
from sahel_desk.store.state import (
    DEFAULT_STATE,
    SCALAR_FIELDS,
    SOURCE_COLUMNS,
    apply_state,
    complete_children,
    state_of,
)
from sahel_desk.text.normalize import fold, is_arabic, strip_accents

if TYPE_CHECKING:
    from sahel_desk.services.desk import Desk

Progress = Callable[[int, int], None]
#: a gazetteer place this close to ACLED's coordinates, with the same name, is the same place
MATCH_KM = 5.0
_CHUNK = 500
_UNIT_WORDS = frozenset({"cercle", "region", "commune", "province", "departement",
                         "prefecture", "district", "de", "du", "des", "d", "la", "le", "l"})


@dataclass(frozen=True)
class AcledImportReport:
    """What an import did (or, for a dry run, would do)."""

    path: str
    layout: str
    rows_read: int
    events: int
    added: int
    updated: int
    unchanged: int
    #: events left out because of bad rows
    skipped: int
    bad_rows: tuple[tuple[int, str], ...]
    actors_created: tuple[str, ...]
    places_created: tuple[str, ...]
    #: events whose stored copy carries a newer ACLED timestamp than the file (left alone)
    kept_newer: int = 0
    warnings: tuple[str, ...] = ()
    state: str = "approved"
    dry_run: bool = False


class AcledImportError(InputError):
    """The file has bad rows and skipping them was not asked for: nothing was written."""

    def __init__(self, report: AcledImportReport, shown: int = 20):
        self.report = report
        lines = [f"  line {line}: {reason}" for line, reason in report.bad_rows[:shown]]
        if len(report.bad_rows) > shown:
            lines.append(f"  ... and {len(report.bad_rows) - shown} more")
        super().__init__(
            f"{len(report.bad_rows)} bad row(s); nothing was imported (fix them, or choose to "
            "skip bad rows):\n" + "\n".join(lines), source=Path(report.path).name)


class AcledImporter:
    def __init__(self, desk: Desk):
        self.desk = desk

    @fewer_collections()
    def import_file(
        self, path: str | Path, *, dry_run: bool = False, skip_bad_rows: bool = False,
        state: str = "approved", progress: Progress | None = None,
    ) -> AcledImportReport:
        """Import an ACLED CSV or xlsx file (current, dyadic or monadic layout).

        All or nothing: with a bad row and without ``skip_bad_rows`` an
        :class:`AcledImportError` listing every bad row is raised and nothing is
        written. ``state`` is the review state of added incidents.
        """
        if state not in tx.STATUSES:
            raise InputError(f"'{state}' is not a review state (use {', '.join(tx.STATUSES)})")
        reading = read_acled(path)
        steps = len(reading.events) * (1 if dry_run else 2)
        tick = _Ticker(progress, max(steps, 1))
        if dry_run:
            with self.desk.db.read() as session:
                plan = _Plan(self.desk.user, session, reading, state, tick)
            return plan.report(reading, dry_run=True)
        with self.desk.db.write() as session:
            plan = _Plan(self.desk.user, session, reading, state, tick)
            report = plan.report(reading, dry_run=False)
            if report.bad_rows and not skip_bad_rows:
                raise AcledImportError(report)
            plan.check_access(session)
            plan.write(session, f"ACLED import of {Path(path).name}", tick)
            tick.finish()  # inside the transaction: a cancel here still undoes everything
        if plan.places.created:
            self.desk.gazetteer.invalidate()
        return report


class _Ticker:
    def __init__(self, progress: Progress | None, total: int):
        self.progress = progress
        self.total = total
        self.done = 0
        self.due = 0

    def advance(self, count: int = 1) -> None:
        self.done += count
        if self.progress and (self.done >= self.due or self.done >= self.total):
            self.due = self.done + 250
            self.progress(min(self.done, self.total), self.total)

    def finish(self) -> None:
        if self.progress and self.done < self.total:
            self.progress(self.total, self.total)


def _chunks(items: list[Any]) -> Iterator[list[Any]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start:start + _CHUNK]


# --- actors ------------------------------------------------------------------------


class _Actors:
    """The registry in memory: exact name, then case-insensitive name, then unique alias."""

    def __init__(self, session: Session):
        self.names: dict[str, str] = {}
        self.types: dict[str, int] = {}
        self.lower: dict[str, list[str]] = {}
        merged: dict[str, str] = {}
        for actor_id, name, actor_type, merged_into in session.execute(
                select(Actor.id, Actor.name, Actor.actor_type, Actor.merged_into_id)):
            self.names[actor_id] = name
            self.types[actor_id] = actor_type
            self.lower.setdefault(name.casefold(), []).append(actor_id)
            if merged_into:
                merged[actor_id] = merged_into
        self.by_name = {name: actor_id for actor_id, name in self.names.items()}
        self.merged = merged
        self.aliases: dict[str, set[str]] = {}
        for actor_id, folded in session.execute(select(ActorAlias.actor_id, ActorAlias.folded)):
            if actor_id not in merged:
                self.aliases.setdefault(folded, set()).add(actor_id)
        self.created: dict[str, dict[str, Any]] = {}
        self.hints: dict[str, int] = {}
        self.type_clashes: Counter[tuple[str, int, int]] = Counter()

    def lookup(self, name: str) -> str | None:
        found = self.by_name.get(name)
        if found is None:
            same = self.lower.get(name.casefold(), [])
            alias = self.aliases.get(fold(name), set())
            found = same[0] if len(same) == 1 else next(iter(alias)) if len(alias) == 1 else None
        for _ in range(20):  # follow merges (A merged into B merged into C)
            if found not in self.merged:
                break
            found = self.merged[found]
        return found

    def learn(self, events: Iterable[AcledEvent]) -> None:
        """Types for new actors: the inter code an actor has as actor 1 or 2, most often;
        for one only ever associated, that of the side it is on (a guess: victims'
        groups and officials go with civilians)."""
        main: dict[str, Counter[int]] = {}
        assoc: dict[str, Counter[int]] = {}
        for event in events:
            for side in (event.side1, event.side2):
                if side is None or side.inter is None:
                    continue
                main.setdefault(side.actor, Counter())[side.inter] += 1
                for name in side.assoc:
                    assoc.setdefault(name, Counter())[side.inter] += 1
        self.hints = {name: counts.most_common(1)[0][0] for name, counts in assoc.items()}
        self.hints.update({name: c.most_common(1)[0][0] for name, c in main.items()})

    def missing_type(self, sides: Iterable[tuple[str, Side]]) -> str | None:
        """Why an actor of these sides cannot be created (no type known), if so."""
        for column, side in sides:
            for name in (side.actor, *side.assoc):
                if self.lookup(name) is None and name not in self.hints:
                    return (f"'{name}' is not in the actor registry and {column} is empty, so "
                            "its actor type is unknown")
        return None

    def ensure(self, name: str, inter: int | None, *, main: bool) -> str:
        found = self.lookup(name)
        if found is None:
            found = new_id()
            self.created[found] = {"id": found, "name": name, "actor_type": self.hints[name]}
            self.names[found] = name
            self.types[found] = self.hints[name]
            self.by_name[name] = found
            self.lower.setdefault(name.casefold(), []).append(found)
        if main and inter is not None and self.types[found] != inter:
            self.type_clashes[(self.names[found], self.types[found], inter)] += 1
        return found

    def warnings(self) -> list[str]:
        return [
            f"{name}: type {kept} in the actor registry, {given} in the file ({count} "
            f"event{'s' if count > 1 else ''}); the registry's type is kept"
            for (name, kept, given), count in sorted(self.type_clashes.items())
        ]


# --- places ------------------------------------------------------------------------


@dataclass(frozen=True)
class _PlaceRow:
    id: str
    name: str
    country_code: str
    admin1: str | None
    admin2: str | None
    admin3: str | None
    latitude: float
    longitude: float


def _unit(name: str | None) -> str:
    return " ".join(w for w in fold(name or "").split() if w not in _UNIT_WORDS)


def _exact_key(row: _PlaceRow | Location, cc: str) -> tuple:
    return (cc, row.name, row.admin1 or None, row.admin2 or None, row.admin3 or None,
            round(row.latitude, 4), round(row.longitude, 4))


class _Places:
    """Gazetteer places named like ACLED's locations, and the custom places to add."""

    def __init__(self, session: Session, user: str, names: Iterable[str]):
        self.user = user
        self.candidates: dict[str, list[_PlaceRow]] = {}
        keys = sorted({fold(n) for n in names})
        for chunk in _chunks(keys):
            rows = session.execute(
                select(PlaceName.folded, Place.id, Place.name, Place.country_code, Place.admin1,
                       Place.admin2, Place.admin3, Place.latitude, Place.longitude)
                .join(Place, Place.id == PlaceName.place_id)
                .where(PlaceName.folded.in_(chunk)))
            for folded, *values in rows:
                found = self.candidates.setdefault(folded, [])
                if all(p.id != values[0] for p in found):
                    found.append(_PlaceRow(*values))
        self.resolved: dict[tuple, _PlaceRow] = {}
        self.created: dict[str, dict[str, Any]] = {}

    def resolve(self, loc: Location, cc: str) -> _PlaceRow:
        key = _exact_key(loc, cc)
        if key in self.resolved:
            return self.resolved[key]
        candidates = self.candidates.get(fold(loc.name), [])
        place = next((p for p in candidates if _exact_key(p, p.country_code) == key), None)
        if place is None:
            near = [(haversine_km(loc.latitude, loc.longitude, p.latitude, p.longitude), p)
                    for p in candidates if p.country_code == cc and self._same_units(loc, p)]
            near = [(d, p) for d, p in near if d <= MATCH_KM]
            place = min(near, key=lambda item: item[0])[1] if near else self._create(loc, cc)
        self.resolved[key] = place
        return place

    @staticmethod
    def _same_units(loc: Location, place: _PlaceRow) -> bool:
        return all(not ours or not theirs or _unit(ours) == _unit(theirs)
                   for ours, theirs in ((loc.admin1, place.admin1), (loc.admin2, place.admin2),
                                        (loc.admin3, place.admin3)))

    def _create(self, loc: Location, cc: str) -> _PlaceRow:
        place = _PlaceRow(new_id(), loc.name, cc, loc.admin1, loc.admin2, loc.admin3,
                          loc.latitude, loc.longitude)
        self.created[place.id] = {
            "id": place.id, "geonames_id": None, "name": loc.name,
            "ascii_name": strip_accents(loc.name), "country_code": cc, "admin1": loc.admin1,
            "admin2": loc.admin2, "admin3": loc.admin3, "latitude": loc.latitude,
            "longitude": loc.longitude, "feature_class": "P", "feature_code": "PPL",
            "population": 0, "origin": "custom", "added_by": self.user, "edited": False,
        }
        return place

    def label(self, place_id: str) -> str:
        row = self.created[place_id]
        where = ", ".join(x for x in (row["admin1"], row["country_code"]) if x)
        return f"{row['name']} ({where})"


@cache
def _country_code(name: str, iso3: str | None) -> str | None:
    found = by_name_or_code(name) if name else None
    if found is None and iso3:
        found = by_name_or_code(iso3)
    return found.iso2 if found else None


def _encode(value: Any) -> str:
    """What :func:`history_writer.encode` gives for a state, several times faster."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=_plain_date)


def _plain_date(value: Any) -> str:
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not plain data")


# --- the plan ----------------------------------------------------------------------


def _load_options():
    return (
        selectinload(Incident.actor_links).selectinload(IncidentActor.actor),
        selectinload(Incident.tags),
        selectinload(Incident.sources),
        selectinload(Incident.claims).selectinload(Claim.claimant),
    )


@dataclass
class _New:
    event: AcledEvent
    state: dict[str, Any]
    place: _PlaceRow


class _Plan:
    """Everything an import will do, worked out before anything is written."""

    def __init__(self, user: str, session: Session, reading: AcledReading, state: str,
                 tick: _Ticker):
        self.user = user
        self.status = state
        self.bad_rows: list[tuple[int, str]] = []
        self.bad_events = 0
        self.new: list[_New] = []
        self.changed: list[tuple[Incident, dict[str, Any], dict[str, Any]]] = []
        self.unchanged = 0
        self.kept_newer = 0
        self.actors = _Actors(session)
        self.actors.learn(reading.events)
        self.places = _Places(session, user, (e.location.name for e in reading.events))
        stored = self._stored(session, [e.event_id for e in reading.events])
        for event in reading.events:
            self._plan_event(event, stored.get(event.event_id))
            tick.advance()

    @staticmethod
    def _stored(session: Session, event_ids: list[str]) -> dict[str, Incident]:
        found: dict[str, Incident] = {}
        for chunk in _chunks(event_ids):
            for inc in session.scalars(select(Incident).options(*_load_options())
                                       .where(Incident.acled_event_id.in_(chunk))):
                found[inc.acled_event_id] = inc
        return found

    def _bad(self, event: AcledEvent, reasons: Iterable[Any]) -> None:
        self.bad_rows.append((event.line, f"event {event.event_id}: "
                                          + "; ".join(str(r) for r in reasons)))
        self.bad_events += 1

    def _plan_event(self, event: AcledEvent, inc: Incident | None) -> None:
        values = {
            **event.values, "status": self.status, "place_id": "(ACLED location)",
            "actor1": event.side1.actor, "assoc_actor_1": list(event.side1.assoc),
            "actor2": event.side2.actor if event.side2 else None,
            "assoc_actor_2": list(event.side2.assoc) if event.side2 else [],
            "sources": [{"publication": p, "source_scale": s} for p, s in event.sources],
        }
        cleaned = clean_incident_values(values)
        state = {**DEFAULT_STATE, **cleaned.values}
        state["tags"] = sorted(state["tags"])  # a set: stored and compared in one order
        complete_children(state)
        unreadable = {e.field for e in cleaned.errors}
        errors = [*cleaned.errors,
                  *(e for e in check_incident(state) if e.field not in unreadable)]
        cc = _country_code(event.location.country, event.location.iso3)
        if cc is None:
            errors.append(f"country: '{event.location.country}' is not a known country")
        sides = [("inter1", event.side1)] + ([("inter2", event.side2)] if event.side2 else [])
        if why := self.actors.missing_type(sides):
            errors.append(why)
        if errors:
            self._bad(event, errors)
            return
        assert cc is not None
        for role, assoc, side in (("actor1", "assoc_actor_1", event.side1),
                                  ("actor2", "assoc_actor_2", event.side2)):
            state[role] = self.actors.ensure(side.actor, side.inter, main=True) if side else None
            state[assoc] = list(dict.fromkeys(
                self.actors.ensure(n, side.inter, main=False) for n in side.assoc
            )) if side else []
        place = self.places.resolve(event.location, cc)
        state["place_id"] = place.id
        if inc is None:
            self.new.append(_New(event, state, place))
        else:
            self._plan_update(event, inc, state)

    def _plan_update(self, event: AcledEvent, inc: Incident, imported: dict[str, Any]) -> None:
        stamp = imported.get("acled_timestamp")
        if inc.acled_timestamp and stamp and stamp < inc.acled_timestamp:
            self.kept_newer += 1
            return
        old = state_of(inc)
        # ACLED's fields only (tags when the layout has them): the rest is the desk's own.
        fields = [*event.values, "place_id", "actor1", "assoc_actor_1", "actor2",
                  "assoc_actor_2"]
        new = {**old, **{k: imported[k] for k in fields}}
        new["sources"] = _merged_sources(old["sources"], event.sources)
        complete_children(new)
        if new == old:
            self.unchanged += 1
            return
        errors = check_incident(new)
        if errors:
            self._bad(event, errors)
            return
        self.changed.append((inc, old, new))

    # --- reporting and writing ------------------------------------------------------

    def report(self, reading: AcledReading, *, dry_run: bool) -> AcledImportReport:
        return AcledImportReport(
            path=str(reading.path), layout=reading.layout, rows_read=reading.rows_read,
            events=len(reading.events) + reading.bad_events, added=len(self.new),
            updated=len(self.changed), unchanged=self.unchanged,
            skipped=reading.bad_events + self.bad_events,
            bad_rows=tuple(sorted(reading.bad_rows + self.bad_rows)),
            actors_created=tuple(sorted(a["name"] for a in self.actors.created.values())),
            places_created=tuple(sorted(self.places.label(p) for p in self.places.created)),
            kept_newer=self.kept_newer, warnings=tuple(self.actors.warnings()),
            state=self.status, dry_run=dry_run,
        )

    def check_access(self, session: Session) -> None:
        """Published data (approved, or updates of approved rows) needs a reviewer's role
        on a desk with profiles, as any direct write of approved data does."""
        if self.new:
            policy.check_status_write(session, self.user, None, self.status)
        if any(inc.status == "approved" for inc, _, _ in self.changed):
            policy.require(session, self.user, policy.Action.IMPORT_ACLED_PUBLISHED,
                           "update approved incidents from an ACLED file")

    def write(self, session: Session, reason: str, tick: _Ticker) -> None:
        conn = session.connection()
        change_id = new_id()
        now = utcnow()
        history: list[dict[str, Any]] = []

        def entry(entity: str, entity_id: str, value: Any, incident_id: str | None = None):
            history.append({"change_id": change_id, "incident_id": incident_id,
                            "entity": entity, "entity_id": entity_id, "field": "*",
                            "old_value": None, "new_value": _encode(value), "user": self.user,
                            "at": now, "reason": reason})

        actors = [{**a, "created_by": self.user, "created_at": now, "updated_at": now}
                  for a in self.actors.created.values()]
        for row in actors:
            entry("actor", row["id"], {"name": row["name"], "actor_type": row["actor_type"]})
        places = [{**p, "created_at": now, "updated_at": now}
                  for p in self.places.created.values()]
        for row in places:
            entry("place", row["id"], {k: row[k] for k in (
                "name", "latitude", "longitude", "country_code", "admin1", "admin2", "admin3")})
        _insert(conn, Actor, actors)
        _insert(conn, ActorAlias, [
            {"actor_id": a["id"], "alias": a["name"], "folded": fold(a["name"]),
             "language": "ar" if is_arabic(a["name"]) else None} for a in actors])
        _insert(conn, Place, places)
        _insert(conn, PlaceName, [
            {"place_id": p["id"], "name": name, "folded": fold(name)}
            for p in places for name in dict.fromkeys((p["name"], p["ascii_name"])) if name])
        self._write_new(conn, entry, now)
        _insert(conn, HistoryEntry, history)
        tick.advance(len(self.new))
        self._write_updates(session, reason, change_id, tick)

    def _write_new(self, conn, entry, now) -> None:
        take = _HumanIds(conn)
        rows: dict[Any, list[dict[str, Any]]] = {Incident: [], IncidentActor: [],
                                                 IncidentTag: [], Source: []}
        for item in self.new:
            state, place = item.state, item.place
            incident_id = new_id()
            found = country(place.country_code)
            human_id = take(found.iso3 if found else "MLI", state["event_date"].year)
            rows[Incident].append({
                **{name: state[name] for name in SCALAR_FIELDS}, "id": incident_id,
                "human_id": human_id, "revision": 1, "created_by": self.user,
                "updated_by": self.user, "created_at": now, "updated_at": now,
                "search_text": build_search_text(human_id, state["notes"], state["tags"],
                                                 state["sources"], []),
                "list_actor1": self.actors.names[state["actor1"]],
                "list_actor2": self.actors.names[state["actor2"]] if state["actor2"] else None,
                "list_location": place.name, "list_admin1": place.admin1,
                "list_country": place.country_code,
            })
            for role in ("actor1", "assoc_actor_1", "actor2", "assoc_actor_2"):
                ids = state[role] if isinstance(state[role], list) else [state[role]]
                rows[IncidentActor].extend(
                    {"incident_id": incident_id, "actor_id": actor_id, "role": role,
                     "position": pos} for pos, actor_id in enumerate(a for a in ids if a))
            rows[IncidentTag].extend({"incident_id": incident_id, "tag": t}
                                     for t in state["tags"])
            rows[Source].extend(
                {"id": s["id"], "incident_id": incident_id, "position": pos,
                 **{k: s[k] for k in SOURCE_COLUMNS}} for pos, s in enumerate(state["sources"]))
            entry("incident", incident_id, state, incident_id)
        for model, batch in rows.items():
            _insert(conn, model, batch)

    def _write_updates(self, session: Session, reason: str, change_id: str, tick: _Ticker
                       ) -> None:
        if not self.changed:
            return
        history = HistoryWriter(session, self.user, reason)
        history.change_id = change_id
        for inc, old, new in self.changed:
            record_diff(history, inc.id, old, new)
            apply_state(session, inc, new)
            inc.search_text = build_search_text(inc.human_id, new["notes"], new["tags"],
                                                new["sources"], new["claims"])
            inc.revision += 1
            inc.updated_by = self.user
            inc.updated_at = utcnow()
            if old["status"] == "approved":
                revisions.carry_into_pending(session, inc, old, new, history)
            tick.advance()
        session.flush()
        refresh_list_columns(session, [inc.id for inc, _, _ in self.changed])


def _merged_sources(old: list[dict[str, Any]], pairs: Iterable[tuple[str, str | None]]
                    ) -> list[dict[str, Any]]:
    """The file's publications, keeping a stored source's id and details (URL, counts)
    when its publication is still listed."""
    pool = list(old)
    out = []
    for publication, scale in pairs:
        match = next((s for s in pool if s["publication"] == publication), None)
        if match is not None:
            pool.remove(match)
            out.append({**match, "source_scale": scale})
        else:
            out.append({"publication": publication, "source_scale": scale})
    return out


def _insert(conn, model, rows: list[dict[str, Any]]) -> None:
    if rows:
        conn.execute(model.__table__.insert(), rows)


class _HumanIds:
    """Next MLI-2017-0042 style ids, one database look-up per country and year."""

    def __init__(self, conn):
        self.conn = conn
        self.next: dict[str, int] = {}

    def __call__(self, iso3: str, year: int) -> str:
        prefix = f"{iso3}-{year}-"
        if prefix not in self.next:
            self.next[prefix] = last_number(self.conn, Incident.human_id, prefix) + 1
        number = self.next[prefix]
        self.next[prefix] += 1
        return f"{prefix}{number:04d}"
