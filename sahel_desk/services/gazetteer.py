"""The gazetteer: GeoNames import, type-ahead search, nearest places and
custom places, all through one in-memory index kept in step with the database.

The index answers a keystroke in milliseconds; it is rebuilt after this desk
writes places, and when another desk's writes show up in the place table.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from sahel_desk.errors import InputError
from sahel_desk.model import Incident, Place, PlaceName, new_id, utcnow
from sahel_desk.reference.countries import ADMIN1_NAMES
from sahel_desk.reference.geonames import GeoNamesRecord, is_wanted, read_geonames
from sahel_desk.reference.place_index import Place as IndexPlace
from sahel_desk.reference.place_index import PlaceIndex, places_from_geonames
from sahel_desk.store import policy
from sahel_desk.store.location import PLACE_LOCATION_COLUMNS
from sahel_desk.store.records import PlaceRecord
from sahel_desk.text.message import Text
from sahel_desk.text.normalize import fold

if TYPE_CHECKING:
    from sahel_desk.services.desk import Desk

Progress = Callable[[int, int], None]
#: told what an import does now: ("reading", file), then ("checking", ""), ("writing", "")
Stage = Callable[[str, str], None]
STALE_CHECK_SECONDS = 2.0
BATCH = 5000


@dataclass(frozen=True)
class PlaceHit:
    place: PlaceRecord
    matched_name: str
    kind: str
    score: float


@dataclass(frozen=True)
class NearbyPlace:
    place: PlaceRecord
    distance_km: float


@dataclass(frozen=True)
class ImportReport:
    files: tuple[str, ...]
    rows_read: int
    added: int
    updated: int
    #: places a researcher edited, left as they are
    kept_edited: int
    #: rows of kinds the gazetteer does not keep (scrubland, hotels, ...)
    not_wanted: int
    #: places already as the files have them
    unchanged: int = 0
    #: rows repeating a place another file gave (a border feature in two dumps)
    repeated: int = 0
    #: the kinds not kept, as (GeoNames feature class.code, rows), most rows first
    not_wanted_kinds: tuple[tuple[str, int], ...] = ()


class _Snapshot:
    def __init__(self, index: PlaceIndex, records: dict[Hashable, PlaceRecord], stamp: tuple):
        self.index = index
        self.records = records
        self.stamp = stamp
        self.checked = time.monotonic()


class GazetteerService:
    def __init__(self, desk: Desk):
        self.desk = desk
        self._snapshot: _Snapshot | None = None
        self._lock = threading.Lock()

    # --- the index ------------------------------------------------------------

    def _stamp(self) -> tuple:
        with self.desk.db.read() as session:
            return tuple(session.execute(
                select(func.count(Place.id), func.max(Place.updated_at))).one())

    def _current(self) -> _Snapshot:
        with self._lock:
            snap = self._snapshot
            if snap is not None and time.monotonic() - snap.checked < STALE_CHECK_SECONDS:
                return snap
            stamp = self._stamp()
            if snap is not None and snap.stamp == stamp:
                snap.checked = time.monotonic()
                return snap
            self._snapshot = self._build(stamp)
            return self._snapshot

    def invalidate(self) -> None:
        with self._lock:
            self._snapshot = None

    def warm_up(self) -> None:
        """Build the index now (e.g. off the GUI thread at start) rather than on first use."""
        self._current()

    def _build(self, stamp: tuple) -> _Snapshot:
        with self.desk.db.read() as session:
            names: dict[str, list[str]] = {}
            for place_id, name in session.execute(select(PlaceName.place_id, PlaceName.name)):
                names.setdefault(place_id, []).append(name)
            records: dict[Hashable, PlaceRecord] = {}
            entries = []
            for p in session.scalars(select(Place)):
                alternates = tuple(names.get(p.id, ()))
                records[p.id] = PlaceRecord(
                    id=p.id, name=p.name, country_code=p.country_code, latitude=p.latitude,
                    longitude=p.longitude, admin1=p.admin1, admin2=p.admin2, admin3=p.admin3,
                    ascii_name=p.ascii_name, alternate_names=alternates,
                    feature_class=p.feature_class, feature_code=p.feature_code,
                    population=p.population, origin=p.origin, geonames_id=p.geonames_id,
                    added_by=p.added_by, location_version=p.location_version)
                entries.append(IndexPlace(
                    id=p.id, name=p.name, latitude=p.latitude, longitude=p.longitude,
                    asciiname=p.ascii_name, alternate_names=alternates,
                    country_code=p.country_code, admin1_name=p.admin1 or "",
                    admin2_name=p.admin2 or "", feature_class=p.feature_class or "",
                    feature_code=p.feature_code or "", population=p.population))
        return _Snapshot(PlaceIndex(entries), records, stamp)

    # --- reading ----------------------------------------------------------------

    def search(self, query: str, *, country: str | None = None, admin1: str | None = None,
               limit: int = 10) -> list[PlaceHit]:
        """Type-ahead: exact, then prefix, then fuzzy; towns and admin centres first."""
        if not query.strip():
            return []
        snap = self._current()
        hits = snap.index.search(query, country=country, admin1=admin1, limit=limit)
        return [PlaceHit(snap.records[h.key], h.matched_name, h.kind, h.score) for h in hits]

    def near(self, latitude: float, longitude: float, limit: int = 10) -> list[NearbyPlace]:
        snap = self._current()
        return [NearbyPlace(snap.records[key], distance)
                for key, distance in snap.index.near(latitude, longitude, limit)]

    def lookup_arabic(self, text: str) -> list[tuple[str, float]]:
        """For the claim reader: candidate (place name, score) for a name written in Arabic."""
        return [(hit.place.name, hit.score) for hit in self.search(text, limit=3)]

    # --- writing -----------------------------------------------------------------

    def import_geonames(self, paths: Sequence[str | Path], *, progress: Progress | None = None,
                        stage: Stage | None = None) -> ImportReport:
        """Import GeoNames dumps (.txt, or .zip as geonames.org serves them); all files are
        read and checked before anything is written.

        Re-importing updates places by GeoNames id; custom places and places a
        researcher edited are never touched. Who may import depends on what the
        files would change, decided before anything is written: new places and
        places no approved incident uses are anyone's (IMPORT_GAZETTEER); a change
        to a place approved incidents use is a publisher's (IMPORT_PUBLISHED_PLACES).

        ``stage(name, file)`` is told each step (reading each file, checking, writing)
        and ``progress(done, total)`` how far the step is: bytes read, then places
        checked, then places written. Raising from either stops the import; nothing
        is written then.
        """
        if not paths:
            raise InputError(Text("Name at least one GeoNames file to import."))
        records: list[GeoNamesRecord] = []
        for path in paths:
            if stage:
                stage("reading", Path(path).name)
            records.extend(read_geonames(path, progress=progress))
        places = places_from_geonames(records)
        # A border feature can stand in two country dumps: keep one, the last read.
        wanted = list({p.id: p for p in places}.values())
        skipped = Counter(f"{r.feature_class}.{r.feature_code}" for r in records
                          if not is_wanted(r))
        with self.desk.db.write() as session:
            policy.require(session, self.desk.user, policy.Action.IMPORT_GAZETTEER,
                           Text("import GeoNames places"))
            if stage:
                stage("checking", "")
            plan = plan_places(session, wanted, progress)
            if plan.published:
                shown = ", ".join(plan.published[:5]) + (
                    ", ..." if len(plan.published) > 5 else "")
                count = len(plan.published)
                what = Text("import GeoNames changes to {count} place approved incidents "
                            "use ({shown})", count=f"{count:,}", shown=shown) if count == 1 \
                    else Text("import GeoNames changes to {count} places approved incidents "
                              "use ({shown})", count=f"{count:,}", shown=shown)
                policy.require(session, self.desk.user,
                               policy.Action.IMPORT_PUBLISHED_PLACES, what)
            if stage:
                stage("writing", "")
            write_plan(session, plan, progress)
        self.invalidate()
        return ImportReport(tuple(str(p) for p in paths), len(records), len(plan.new_rows),
                            len(plan.changed), plan.kept, skipped.total(), plan.unchanged,
                            len(places) - len(wanted), tuple(skipped.most_common()))

    def admin_units_near(self, latitude: float, longitude: float,
                         country_code: str | None = None) -> dict[str, str | None]:
        """Country and admin units of the nearest known places (in ``country_code`` when
        given), for a new custom place."""
        wanted = country_code.upper() if country_code else None
        for nearby in self.near(latitude, longitude, limit=60):
            if nearby.place.admin1 and wanted in (None, nearby.place.country_code):
                return {"country_code": nearby.place.country_code,
                        "admin1": nearby.place.admin1, "admin2": nearby.place.admin2}
        return {"country_code": None, "admin1": None, "admin2": None}


def _place_row(p: IndexPlace, place_id: str, now: Any) -> dict[str, Any]:
    return {
        "id": place_id, "geonames_id": _gid(p), "name": p.name, "ascii_name": p.asciiname,
        "country_code": p.country_code, "admin1": _admin1_name(p),
        "admin2": p.admin2_name or None, "admin3": None, "latitude": p.latitude,
        "longitude": p.longitude, "feature_class": p.feature_class,
        "feature_code": p.feature_code, "population": p.population, "origin": "geonames",
        "added_by": None, "edited": False, "created_at": now, "updated_at": now,
    }


def _name_rows(place_id: str, p: IndexPlace) -> Iterable[dict[str, Any]]:
    seen: set[str] = set()
    for name in (p.name, p.asciiname, *p.alternate_names):
        name = (name or "").strip()
        if name and name not in seen and len(name) <= 300:
            seen.add(name)
            yield {"place_id": place_id, "name": name, "folded": fold(name)[:300]}


def _admin1_name(p: IndexPlace) -> str | None:
    """ACLED's spelling for known regions, else GeoNames' name without ' Region'."""
    return ADMIN1_NAMES.get((p.country_code, p.admin1_code)) or _region(p.admin1_name) or None


def _region(name: str) -> str:
    """GeoNames writes 'Mopti Region'; ACLED and researchers write 'Mopti'."""
    return name[: -len(" Region")] if name.endswith(" Region") else name


@dataclass
class ImportPlan:
    """What an import would write, worked out before anything is."""

    new_rows: list[dict[str, Any]] = field(default_factory=list)
    changed: list[dict[str, Any]] = field(default_factory=list)
    names: list[dict[str, Any]] = field(default_factory=list)
    kept: int = 0
    unchanged: int = 0
    #: names of the changed places that approved incidents use
    published: list[str] = field(default_factory=list)


#: the columns an import writes that count as a change of the place when they differ
_COMPARED = ("name", "ascii_name", "country_code", "admin1", "admin2", "admin3", "latitude",
             "longitude", "feature_class", "feature_code", "population", "origin", "added_by")


def plan_places(session: Session, wanted: list[IndexPlace], progress: Progress | None = None
                ) -> ImportPlan:
    """What writing these GeoNames places would add and change: places are matched by
    GeoNames id, so the built-in gazetteer and any import update one another's places."""
    plan = ImportPlan()
    now = utcnow()
    columns = [getattr(Place, c) for c in _COMPARED]
    existing: dict[int | None, Any] = {
        row.geonames_id: row for row in session.execute(
            select(Place.geonames_id, Place.id, Place.edited, Place.location_version, *columns)
            .where(Place.geonames_id.is_not(None)))}
    found_ids = [existing[_gid(p)].id for p in wanted
                 if _gid(p) in existing and not existing[_gid(p)].edited]
    have = _names_of(session, found_ids)
    approved = set(session.scalars(
        select(Incident.place_id).where(Incident.status == "approved",
                                        Incident.place_id.is_not(None)).distinct()))
    for done, p in enumerate(wanted, start=1):
        if progress and done % BATCH == 0:
            progress(done, len(wanted))
        found = existing.get(_gid(p))
        if found is not None and found.edited:
            plan.kept += 1
            continue
        place_id = found.id if found is not None else new_id()
        row = _place_row(p, place_id, now)
        names = [n for n in _name_rows(place_id, p) if (place_id, n["name"]) not in have]
        if found is None:
            plan.new_rows.append(row)
        elif names or any(row[c] != getattr(found, c) for c in _COMPARED):
            if any(row[c] != getattr(found, c) for c in PLACE_LOCATION_COLUMNS):
                row["location_version"] = found.location_version + 1
            plan.changed.append(row)
            if place_id in approved:
                plan.published.append(found.name)
        else:
            plan.unchanged += 1
        # Spellings are only ever added: one a researcher or an older dump gave stays
        # findable.
        plan.names.extend(names)
    if progress:
        progress(len(wanted), len(wanted))
    return plan


def _names_of(session: Session, place_ids: list[str]) -> set[tuple[str, str]]:
    have: set[tuple[str, str]] = set()
    for start in range(0, len(place_ids), BATCH):
        chunk = place_ids[start:start + BATCH]
        have.update((str(place_id), str(name)) for place_id, name in session.execute(
            select(PlaceName.place_id, PlaceName.name).where(PlaceName.place_id.in_(chunk))))
    return have


def write_plan(session: Session, plan: ImportPlan, progress: Progress | None = None) -> None:
    """Write what :func:`plan_places` worked out, in the caller's transaction."""
    conn = session.connection()
    total = len(plan.changed) + len(plan.new_rows)
    for done, row in enumerate(plan.changed, start=1):
        conn.execute(update(Place).where(Place.id == row["id"]).values(
            {k: v for k, v in row.items() if k not in ("id", "created_at")}))
        if progress and done % BATCH == 0:
            progress(done, total)
    for start in range(0, len(plan.new_rows), BATCH):
        conn.execute(insert(Place), plan.new_rows[start:start + BATCH])
        if progress:
            progress(len(plan.changed) + min(start + BATCH, len(plan.new_rows)), total)
    for start in range(0, len(plan.names), BATCH):
        conn.execute(insert(PlaceName), plan.names[start:start + BATCH])
    if progress:
        progress(total, total)


def _gid(p: IndexPlace) -> int:
    """The GeoNames id of a place read from a dump (the index's key)."""
    assert isinstance(p.id, int)
    return p.id
