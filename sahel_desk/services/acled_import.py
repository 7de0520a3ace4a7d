"""Importing ACLED files: every event checked first, then one transaction.

    report = desk.acled.import_file("acled_mali.csv", dry_run=True)

Events are matched to incidents by ``event_id_cnty``: new ones are added,
changed ones updated (ACLED's fields only; claims, GTD detail and the review
state a researcher set are kept), identical ones left alone. Actors are found
by exact name, then by a unique alias, else created with the type the file
gives them; places are found in the gazetteer by name, admin units and
distance, else added as custom places with ACLED's coordinates and admin
names (store/registry.py). Incidents are written through the store's batch
entry (store/batch.py), which the per-incident calls would make far too slow
for ACLED's thousands of rows but which applies the same rules: every state
checked with the codebook and every row against the database's limits (a
state that fails is a bad row, with its line), the access policy asked, human
ids from the incident's country, the history and the derived columns written.
An update is a direct write of the approved row that reaches its pending
revision, as :meth:`IncidentStore.update` with ``direct=True`` does.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from sahel_desk.bulk import fewer_collections
from sahel_desk.codebook import taxonomy as tx
from sahel_desk.codebook.validation import check_incident, clean_incident_values
from sahel_desk.errors import FieldError, InputError
from sahel_desk.interop.acled_read import AcledEvent, AcledReading, Location, Side, read_acled
from sahel_desk.model import (
    Actor,
    ActorAlias,
    Claim,
    Incident,
    IncidentActor,
    Place,
    PlaceName,
    new_id,
)
from sahel_desk.reference.countries import by_name_or_code
from sahel_desk.reference.place_index import haversine_km
from sahel_desk.services.duplicates import DuplicatePair
from sahel_desk.store import policy
from sahel_desk.store.batch import BatchHistory, IncidentBatch, Publishing
from sahel_desk.store.duplicates import mark_acled_dataset
from sahel_desk.store.location import LOCATION_FIELDS
from sahel_desk.store.registry import NewActor, NewPlace, add_actors, add_places
from sahel_desk.store.state import DEFAULT_STATE, complete_children, state_of
from sahel_desk.text.message import Text, joined
from sahel_desk.text.normalize import fold

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
    #: the likely duplicates the import brought in (none for a dry run): pairs with an
    #: incident it added or updated, as ``duplicates find`` gives them
    duplicates: tuple[DuplicatePair, ...] = ()


class AcledImportError(InputError):
    """The file has bad rows and skipping them was not asked for: nothing was written."""

    def __init__(self, report: AcledImportReport, shown: int = 20):
        self.report = report
        lines = [Text("  line {line}: {reason}", line=line, reason=reason)
                 for line, reason in report.bad_rows[:shown]]
        if len(report.bad_rows) > shown:
            lines.append(Text("  ... and {count} more", count=len(report.bad_rows) - shown))
        count = len(report.bad_rows)
        if count == 1:
            said = Text("1 bad row(s); nothing was imported (fix them, or choose to skip bad "
                        "rows):\n{lines}", lines=_lines(lines))
        else:
            said = Text("{count} bad row(s); nothing was imported (fix them, or choose to skip "
                        "bad rows):\n{lines}", count=count, lines=_lines(lines))
        super().__init__(said, source=Path(report.path).name)


def _lines(lines: list[Text]) -> str:
    """One line under the other, each still a Text."""
    if not lines:
        return ""
    first, *rest = lines
    return first if not rest else Text("{first}\n{rest}", first=first, rest=_lines(rest))


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
            raise InputError(Text("'{state}' is not a review state (use {names})",
                                  state=state, names=', '.join(tx.STATUSES)))
        reading = read_acled(path)
        steps = len(reading.events) * (1 if dry_run else 2)
        tick = _Ticker(progress, max(steps, 1))
        reason = f"ACLED import of {Path(path).name}"
        if dry_run:
            with self.desk.db.read() as session:
                plan = _Plan(self._batch(session, path, reason), reading, state, tick)
                plan.batch.check()  # what the import would refuse, the dry run refuses
            return plan.report(reading, dry_run=True)
        with self.desk.db.write() as session:
            plan = _Plan(self._batch(session, path, reason), reading, state, tick)
            report = plan.report(reading, dry_run=False)
            if report.bad_rows and not skip_bad_rows:
                raise AcledImportError(report)
            plan.write(tick)
            mark_acled_dataset(session, plan.in_file, plan.writing.history.change_id)
            tick.finish()  # inside the transaction: a cancel here still undoes everything
        if report.places_created:
            self.desk.gazetteer.invalidate()
        found = self.desk.duplicates.brought_in(plan.written)
        return replace(report, duplicates=found.pairs)

    def _batch(self, session: Session, path: str | Path, reason: str) -> _Writing:
        batch = IncidentBatch(
            session, user=self.desk.user, default_country=self.desk.default_country,
            publishing=Publishing(policy.Action.IMPORT_ACLED,
                                  policy.Action.IMPORT_ACLED_PUBLISHED,
                                  Text("ACLED import of {file}", file=Path(path).name),
                                  reviewed_states=True))
        return _Writing(session, batch, batch.writer(reason))


@dataclass(frozen=True)
class _Writing:
    """Where an import's rows go: the store's batch, and its one change set."""

    session: Session
    batch: IncidentBatch
    history: BatchHistory


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
        self.families: dict[str, tuple[str, str | None]] = {}
        for actor_id, name, actor_type, merged_into, family, parent_id in session.execute(
                select(Actor.id, Actor.name, Actor.actor_type, Actor.merged_into_id,
                       Actor.family, Actor.parent_id)):
            self.families[actor_id] = (family or name, parent_id)
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
        self.created: dict[str, NewActor] = {}
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

    def missing_type(self, sides: Iterable[tuple[str, Side]]) -> FieldError | None:
        """Why an actor of these sides cannot be created (no type known), if so."""
        for column, side in sides:
            for name in (side.actor, *side.assoc):
                if self.lookup(name) is None and name not in self.hints:
                    return FieldError(column, Text("is empty and '{name}' is not in the actor "
                                                   "registry, so its actor type is unknown",
                                                   name=name))
        return None

    def ensure(self, name: str, inter: int | None, *, main: bool) -> str:
        found = self.lookup(name)
        if found is not None and self.names[found] != name:
            found = self._variant(name, found)
        if found is None:
            found = new_id()
            self.created[found] = NewActor(name, self.hints[name], id=found)
            self.names[found] = name
            self.types[found] = self.hints[name]
            self.by_name[name] = found
            self.lower.setdefault(name.casefold(), []).append(found)
        if main and inter is not None and self.types[found] != inter:
            self.type_clashes[(self.names[found], self.types[found], inter)] += 1
        return found

    def _variant(self, name: str, known: str) -> str:
        """An ACLED name the registry knows only as another actor's alias or spelling
        (ACLED's earlier name for a group): kept as ACLED writes it, as a variant in the
        same family, so exports give the file's name and searches find both."""
        family, parent_id = self.families[known]
        found = new_id()
        self.created[found] = NewActor(name, self.types[known], id=found, family=family,
                                       parent_id=parent_id)
        self.names[found] = name
        self.types[found] = self.types[known]
        self.families[found] = (family, parent_id)
        self.by_name[name] = found
        self.lower.setdefault(name.casefold(), []).append(found)
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


def _exact_key(row: _PlaceRow | Location, cc: str) -> tuple[Any, ...]:
    return (cc, row.name, row.admin1 or None, row.admin2 or None, row.admin3 or None,
            round(row.latitude, 4), round(row.longitude, 4))


class _Places:
    """Gazetteer places named like ACLED's locations, and the custom places to add."""

    def __init__(self, session: Session, names: Iterable[str]):
        self.candidates: dict[str, list[_PlaceRow]] = {}
        keys = sorted({fold(n) for n in names})
        for chunk in _chunks(keys):
            rows = session.execute(
                select(PlaceName.folded, Place.id, Place.name, Place.country_code, Place.admin1,
                       Place.admin2, Place.admin3, Place.latitude, Place.longitude)
                .join(Place, Place.id == PlaceName.place_id)
                .where(PlaceName.folded.in_(chunk)))
            for folded, place_id, name, cc, admin1, admin2, admin3, lat, lon in rows:
                found = self.candidates.setdefault(folded, [])
                if all(p.id != place_id for p in found):
                    found.append(_PlaceRow(place_id, name, cc, admin1, admin2, admin3, lat, lon))
        self.resolved: dict[tuple[Any, ...], _PlaceRow] = {}
        self.created: dict[str, NewPlace] = {}

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
        self.created[place.id] = NewPlace(loc.name, cc, loc.latitude, loc.longitude,
                                          loc.admin1, loc.admin2, loc.admin3, id=place.id)
        return place

    def label(self, place_id: str) -> str:
        place = self.created[place_id]
        where = ", ".join(x for x in (place.admin1, place.country_code) if x)
        return f"{place.name} ({where})"


@cache
def _country_code(name: str, iso3: str | None) -> str | None:
    found = by_name_or_code(name) if name else None
    if found is None and iso3:
        found = by_name_or_code(iso3)
    return found.iso2 if found else None


# --- the plan ----------------------------------------------------------------------


def _load_options() -> tuple[Any, ...]:
    return (
        selectinload(Incident.actor_links).selectinload(IncidentActor.actor),
        selectinload(Incident.tags),
        selectinload(Incident.sources),
        selectinload(Incident.claims).selectinload(Claim.claimant),
    )


class _Plan:
    """Everything an import will do, worked out and checked before anything is written."""

    def __init__(self, writing: _Writing, reading: AcledReading, state: str, tick: _Ticker):
        session = writing.session
        self.writing = writing
        self.batch = writing.batch
        self.status = state
        self.bad_rows: list[tuple[int, str]] = []
        self.bad_events = 0
        self.added = 0
        self.changed = 0
        self.unchanged = 0
        self.kept_newer = 0
        #: actors and places the events written use (a bad event's new ones are not added)
        self.used: set[str] = set()
        #: the incidents added or updated, in the file's order
        self.written: list[str] = []
        #: the file's events that are stored once it is written (added, updated or not)
        self.in_file: list[str] = []
        self.actors = _Actors(session)
        self.actors.learn(reading.events)
        self.places = _Places(session, (e.location.name for e in reading.events))
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
                found[inc.acled_event_id or ""] = inc
        return found

    def _bad(self, event: AcledEvent, reasons: Iterable[FieldError]) -> None:
        self.bad_rows.append((event.line, Text("event {event}: {reasons}", event=event.event_id,
                                               reasons=joined([r.text() for r in reasons]))))
        self.bad_events += 1

    def _plan_event(self, event: AcledEvent, inc: Incident | None) -> None:
        loc = event.location
        cc = _country_code(loc.country, loc.iso3)
        values = {
            **event.values, "status": self.status, "place_id": "(ACLED location)",
            # ACLED's own location, kept as written; the place is only linked
            "location": loc.name, "country_code": cc, "admin1": loc.admin1,
            "admin2": loc.admin2, "admin3": loc.admin3, "latitude": loc.latitude,
            "longitude": loc.longitude,
            "actor1": event.side1.actor, "assoc_actor_1": list(event.side1.assoc),
            "actor2": event.side2.actor if event.side2 else None,
            "assoc_actor_2": list(event.side2.assoc) if event.side2 else [],
            "sources": [{"publication": p, "source_scale": s} for p, s in event.sources],
        }
        cleaned = clean_incident_values(values)
        state = {**DEFAULT_STATE, **cleaned.values}
        state["tags"] = sorted(state["tags"])  # a set: stored and compared in one order
        complete_children(state)
        errors = list(cleaned.errors)
        if cc is None:
            shown = event.location.country or event.location.iso3
            errors.append(FieldError("country", Text("'{shown}' is not a known country",
                                                     shown=shown)))
        sides = [("inter1", event.side1)] + ([("inter2", event.side2)] if event.side2 else [])
        if why := self.actors.missing_type(sides):
            errors.append(why)
        if errors:  # the codebook's other rules too, so that the row's report is whole
            unreadable = {e.field for e in cleaned.errors}
            errors[len(cleaned.errors):len(cleaned.errors)] = [
                e for e in check_incident(state) if e.field not in unreadable]
            self._bad(event, errors)
            return
        # Else the store checks every rule on the state as written (try_add, try_replace).
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
            self.batch.human_ids.know_places([(place.id, place.country_code)])
            incident_id = new_id()
            errors = self.batch.try_add(state, {"id": incident_id},
                                        history=self.writing.history)
            written = not errors
            self.added += written
        else:
            incident_id = inc.id
            errors, written = self._plan_update(event, inc, state)
        if errors:
            self._bad(event, errors)
            return
        self.in_file.append(event.event_id)
        if written:
            self.written.append(incident_id)
            self.used.update(
                (place.id, state["actor1"], state["actor2"], *state["assoc_actor_1"],
                 *state["assoc_actor_2"]))

    def _plan_update(self, event: AcledEvent, inc: Incident, imported: dict[str, Any]
                     ) -> tuple[list[FieldError], bool]:
        """The stored incident's next state, if the event changes it: (its problems,
        whether it is written)."""
        stamp = imported.get("acled_timestamp")
        if inc.acled_timestamp and stamp and stamp < inc.acled_timestamp:
            self.kept_newer += 1
            return [], False
        old = state_of(inc)
        # ACLED's fields only (tags when the layout has them): the rest is the desk's own.
        fields = [*event.values, "place_id", *LOCATION_FIELDS, "actor1", "assoc_actor_1",
                  "actor2", "assoc_actor_2"]
        new = {**old, **{k: imported[k] for k in fields}}
        new["sources"] = _merged_sources(old["sources"], event.sources)
        complete_children(new)
        if new == old:
            self.unchanged += 1
            return [], False
        errors = self.batch.try_replace(inc.id, inc.human_id, inc.revision, old, new,
                                        history=self.writing.history)
        self.changed += not errors
        return errors, not errors

    # --- reporting and writing ------------------------------------------------------

    def _created_actors(self) -> list[NewActor]:
        return [a for actor_id, a in self.actors.created.items() if actor_id in self.used]

    def _created_places(self) -> list[str]:
        return [place_id for place_id in self.places.created if place_id in self.used]

    def report(self, reading: AcledReading, *, dry_run: bool) -> AcledImportReport:
        return AcledImportReport(
            path=str(reading.path), layout=reading.layout, rows_read=reading.rows_read,
            events=len(reading.events) + reading.bad_events, added=self.added,
            updated=self.changed, unchanged=self.unchanged,
            skipped=reading.bad_events + self.bad_events,
            bad_rows=tuple(sorted(reading.bad_rows + self.bad_rows)),
            actors_created=tuple(sorted(a.name for a in self._created_actors())),
            places_created=tuple(sorted(self.places.label(p) for p in self._created_places())),
            kept_newer=self.kept_newer, warnings=tuple(self.actors.warnings()),
            state=self.status, dry_run=dry_run,
        )

    def write(self, tick: _Ticker) -> None:
        """Refused as a whole before anything is written (a value that does not fit, an
        action the user may not take); else the new actors and places, then the rows."""
        session, history = self.writing.session, self.writing.history
        self.batch.check()
        add_actors(session, history, self._created_actors())
        add_places(session, history,
                   [self.places.created[place_id] for place_id in self._created_places()])
        self.batch.write(session.connection())
        tick.advance(self.added + self.changed)


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
