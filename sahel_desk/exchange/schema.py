"""The shape of a bundle's content, checked whole before anything is merged.

A signed bundle proves who wrote it, not that what it holds is what a desk
writes: a script with a desk's key, another version or a damaged disk can
put a string where an object belongs, a number past what a column holds or
a history value that is not JSON. The merge and the batch writer trust the
shape (they index rows, compare values, decode history), so every part of
the payload is checked here first, against the shape ``exchange/collect.py``
writes: each part, key, type, timestamp, code and number range, and the
JSON inside history entries. A problem is named by its place, e.g.
``incidents[3] (MLI-2019-0042): state.sources[0].published: '2019-13-45'
is not a date``; the codebook's rules across fields are the batch's to
check (store/batch.py), as for every write.

Pure functions over the decoded payload: no database.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Collection, Mapping
from datetime import date, datetime
from typing import Any

from sqlalchemy import String

from sahel_desk.codebook import taxonomy as tx
from sahel_desk.codebook.validation import MAX_NUMBER, TEXT_LIMITS
from sahel_desk.exchange.container import BundleError
from sahel_desk.model import (
    Actor,
    ActorAlias,
    Claim,
    Comment,
    DuplicateDismissal,
    HistoryEntry,
    Incident,
    Place,
    PlaceName,
    Source,
)
from sahel_desk.storage.fit import INT_MAX, INT_MIN
from sahel_desk.text.message import Text, joined

#: a refusal names at most this many problems
SHOWN = 12

#: A check returns what is wrong with a value, or None.
Check = Callable[[Any], str | None]
#: The check of a value in a history entry, where it differs: an entry records what was
#: true then, so a code since dropped from the codebook or a text since given a shorter
#: column still reads; the type and the number range still hold.
ARCHIVAL: dict[Check, Check] = {}


class PayloadError(BundleError):
    """A signed bundle whose content does not have the shape a desk writes."""

    def __init__(self, source: str, problems: list[str]):
        self.problems = tuple(problems)
        shown = joined(list(problems[:SHOWN]))
        if len(problems) >= SHOWN:
            said = Text("{source} holds records this desk cannot take, so nothing was changed: "
                        "{problems} (the first dozen problems; there may be more).",
                        source=source, problems=shown)
        else:
            said = Text("{source} holds records this desk cannot take, so nothing was changed: "
                        "{problems}.", source=source, problems=shown)
        super().__init__(said)


# --- values ------------------------------------------------------------------------


def _shown(value: Any) -> str:
    text = repr(value) if not isinstance(value, str) else f"'{value}'"
    return text if len(text) <= 60 else text[:57] + "..."


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def _text_problem(value: str, limit: int | None) -> str | None:
    if limit is not None and len(value) > limit:
        return f"is {len(value):,} characters long; at most {limit:,} fit"
    if "\x00" in value:
        return "contains a NUL character (\\x00), which cannot be stored"
    if not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return "contains a lone surrogate (\\ud800-\\udfff), which is not text"
    return None


def text(limit: int | None = None, *, null: bool = True, empty: bool = True) -> Check:
    def check(value: Any) -> str | None:
        if value is None:
            return None if null else "is missing (null)"
        if not isinstance(value, str):
            return f"{_shown(value)} is {_kind(value)}, not text"
        if not empty and not value.strip():
            return "is empty"
        return _text_problem(value, limit)
    if limit is not None:
        ARCHIVAL[check] = text(None, null=null, empty=empty)
    return check


def whole(low: int = -MAX_NUMBER, high: int = MAX_NUMBER, *, null: bool = True) -> Check:
    def check(value: Any) -> str | None:
        if value is None:
            return None if null else "is missing (null)"
        if isinstance(value, bool) or not isinstance(value, int):
            return f"{_shown(value)} is {_kind(value)}, not a whole number"
        if not low <= value <= high:
            return f"{value:,} is out of range ({low:,} to {high:,})"
        return None
    return check


def number(low: float, high: float, *, null: bool = False) -> Check:
    def check(value: Any) -> str | None:
        if value is None and null:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            return f"{_shown(value)} is {_kind(value)}, not a number"
        if not math.isfinite(value) or not low <= value <= high:
            return f"{value} is out of range ({low:g} to {high:g})"
        return None
    return check


def flag(*, null: bool = True) -> Check:
    def check(value: Any) -> str | None:
        if value is None:
            return None if null else "is missing (null)"
        if not isinstance(value, bool):
            return f"{_shown(value)} is {_kind(value)}, not true or false"
        return None
    return check


def choice(values: Any, what: str, *, null: bool = True) -> Check:
    allowed = frozenset(values)
    kind = int if all(isinstance(v, int) for v in allowed) else str

    def check(value: Any) -> str | None:
        if value is None:
            return None if null else "is missing (null)"
        if isinstance(value, bool) or not isinstance(value, kind) or value not in allowed:
            return f"{_shown(value)} is not a known {what}"
        return None

    def archival(value: Any) -> str | None:
        if value is None or (isinstance(value, kind) and not isinstance(value, bool)):
            return None
        return f"{_shown(value)} is not a {what}"
    ARCHIVAL[check] = archival
    return check


def _day(value: Any) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        return f"{_shown(value)} is {_kind(value)}, not a date"
    try:
        date.fromisoformat(value)
    except ValueError:
        return f"{_shown(value)} is not a date (YYYY-MM-DD)"
    if len(value) != 10:
        return f"{_shown(value)} is not a date (YYYY-MM-DD)"
    return None


def moment(*, null: bool = True) -> Check:
    def check(value: Any) -> str | None:
        if value is None:
            return None if null else "is missing (null)"
        if not isinstance(value, str):
            return f"{_shown(value)} is {_kind(value)}, not a time"
        try:
            at = datetime.fromisoformat(value)
        except ValueError:
            return f"{_shown(value)} is not a time (YYYY-MM-DDTHH:MM:SS)"
        if at.tzinfo is not None:
            return f"{_shown(value)} has a time zone; a desk writes UTC times without one"
        return None
    return check


def list_of(item: Check, limit: int | None = None, *, null: bool = True) -> Check:
    def check(value: Any) -> str | None:
        if value is None:
            return None if null else "is missing (null)"
        if not isinstance(value, list):
            return f"{_shown(value)} is {_kind(value)}, not a list"
        if limit is not None and len(value) > limit:
            return f"has {len(value):,} items; at most {limit:,}"
        for i, one in enumerate(value):
            problem = item(one)
            if problem:
                return f"[{i}] {problem}"
        return None
    if item in ARCHIVAL:
        ARCHIVAL[check] = list_of(ARCHIVAL[item], limit, null=null)
    return check


def any_json(value: Any) -> str | None:
    return None


def _limit(table: Any, name: str) -> int | None:
    column = table.c[name]
    return column.type.length if isinstance(column.type, String) else None


def _columns(table: Any, names: tuple[str, ...]) -> dict[str, int | None]:
    return {name: _limit(table, name) for name in names}


# --- the parts of an incident --------------------------------------------------------

INCIDENT = Incident.__table__
IDS = text(36, null=False, empty=False)
REF = text(36)

STATE: dict[str, Check] = {
    "acled_event_id": text(TEXT_LIMITS["acled_event_id"]),
    "acled_timestamp": whole(INT_MIN, INT_MAX),
    "event_date": _day,
    "event_date_end": _day,
    "time_precision": choice(tx.TIME_PRECISION, "time precision"),
    "event_type": choice(tx.EVENT_TYPES, "event type"),
    "sub_event_type": choice(tx.SUB_EVENTS_BY_NAME, "sub-event type"),
    "place_id": REF,
    "geo_precision": choice(tx.GEO_PRECISION, "geo precision"),
    "near": flag(null=False),
    "actor1": REF,
    "assoc_actor_1": list_of(IDS, null=False),
    "actor2": REF,
    "assoc_actor_2": list_of(IDS, null=False),
    **{name: whole() for name in (
        "fatalities", "fatalities_low", "fatalities_high", "injured", "kidnapped",
        "arrested", "seized_vehicles", "seized_weapons")},
    "attack_type": choice(tx.ATTACK_TYPES, "attack type"),
    "target_type": choice(tx.TARGET_TYPES, "target type"),
    "weapon_type": choice(tx.WEAPON_TYPES, "weapon type"),
    "suicide": flag(),
    "property_damage": choice(tx.PROPERTY_DAMAGE, "property damage level"),
    "items_seized": text(_limit(INCIDENT, "items_seized")),
    "notes": text(),
    "tags": list_of(text(TEXT_LIMITS["tags"], null=False), null=False),
    "status": choice(tx.STATUSES, "review state", null=False),
}
SOURCE: dict[str, Check] = {
    "id": IDS,
    **{name: text(limit) for name, limit in _columns(Source.__table__, (
        "publication", "author", "url", "language", "source_scale", "citation")).items()},
    "published": _day,
    "reliability": choice(tx.SOURCE_RELIABILITY, "reliability"),
    **{name: whole() for name in ("killed", "injured", "kidnapped", "arrested")},
}
CLAIM: dict[str, Check] = {
    "id": IDS,
    "claimant": REF,
    **{name: text(limit) for name, limit in _columns(Claim.__table__, (
        "channel", "original_text", "language", "translation", "date_written")).items()},
    "claim_date": _day,
    **{name: whole() for name in ("killed", "wounded", "vehicles_seized", "weapons_seized")},
    "competing": flag(),
}
CHILDREN: dict[str, dict[str, Check]] = {"sources": SOURCE, "claims": CLAIM}


def _archival(checks: dict[str, Check]) -> dict[str, Check]:
    return {name: ARCHIVAL.get(check, check) for name, check in checks.items()}


#: the same, for the values history entries hold
STATE_THEN, SOURCE_THEN, CLAIM_THEN = _archival(STATE), _archival(SOURCE), _archival(CLAIM)
CHILDREN_THEN: dict[str, dict[str, Check]] = {"sources": SOURCE_THEN, "claims": CLAIM_THEN}

#: the location as coded: optional, since a desk from before coded locations sends none
#: (the receiving store then takes it from the linked place)
LOCATION: dict[str, Check] = {
    **{name: text(TEXT_LIMITS[name]) for name in ("location", "admin1", "admin2", "admin3")},
    "country_code": text(2),
    "latitude": number(-90, 90, null=True),
    "longitude": number(-180, 180, null=True),
}
#: the child lists, checked apart from the fields, and the optional location
_CHILD_LISTS: dict[str, Check] = {name: any_json for name in CHILDREN}
_OPTIONAL: dict[str, Check] = {**_CHILD_LISTS, **LOCATION}
_OPTIONAL_THEN: dict[str, Check] = {**_CHILD_LISTS, **_archival(LOCATION)}

ITEM_ROW: dict[str, Check] = {
    "human_id": text(_limit(INCIDENT, "human_id"), null=False, empty=False),
    "acled_event_id": text(TEXT_LIMITS["acled_event_id"]),
    "revision": whole(1, INT_MAX, null=False),
    "created_by": text(_limit(INCIDENT, "created_by"), null=False),
    "created_at": moment(null=False),
    "updated_by": text(_limit(INCIDENT, "updated_by"), null=False),
    "updated_at": moment(null=False),
}
PENDING: dict[str, Check] = {
    "status": choice(tx.STATUSES, "review state", null=False),
    "base_revision": whole(0, INT_MAX, null=False),
    "revision": whole(0, INT_MAX, null=False),
    "created_by": text(100, null=False),
    "created_at": moment(null=False),
    "updated_by": text(100, null=False),
    "updated_at": moment(null=False),
}

_HISTORY = HistoryEntry.__table__
#: history entities of an incident, and the state part each edits (None: the record)
ENTITIES: dict[str, dict[str, Check] | None] = {
    "incident": None, "source": SOURCE_THEN, "claim": CLAIM_THEN,
    "revision": None, "revision_source": SOURCE_THEN, "revision_claim": CLAIM_THEN,
}
HISTORY_ROW: tuple[tuple[str, Check], ...] = (
    ("change_id", text(_limit(_HISTORY, "change_id"), null=False, empty=False)),
    ("entity", choice(ENTITIES, "history entity", null=False)),
    ("entity_id", text(_limit(_HISTORY, "entity_id"), null=False, empty=False)),
    ("field", text(_limit(_HISTORY, "field"), null=False, empty=False)),
    ("old_value", text()),
    ("new_value", text()),
    ("user", text(_limit(_HISTORY, "user"), null=False)),
    ("at", moment(null=False)),
    ("reason", text()),
)
ORDER = list_of(IDS, null=False)
#: record fields that are not state fields, with what their values are
RECORD_EXTRA: dict[str, Check] = {
    "rejection": any_json, "sources.order": ORDER, "claims.order": ORDER,
}

COMMENT: dict[str, Check] = {
    "id": IDS,
    "incident_id": IDS,
    "field": text(_limit(Comment.__table__, "field")),
    "parent_id": REF,
    "user": text(_limit(Comment.__table__, "user"), null=False),
    "at": moment(null=False),
    "text": text(null=False),
    "resolved": flag(null=False),
    "resolved_by": text(_limit(Comment.__table__, "resolved_by")),
    "resolved_at": moment(),
}

DISMISSAL: dict[str, Check] = {
    "incident_a": IDS,
    "incident_b": IDS,
    "dismissed_by": text(_limit(DuplicateDismissal.__table__, "dismissed_by"), null=False),
    "dismissed_at": moment(null=False),
    "reason": text(),
}

_ACTOR = Actor.__table__
_ALIAS_NAME = text(_limit(ActorAlias.__table__, "alias"), null=False)
_ALIAS_LANGUAGE = text(_limit(ActorAlias.__table__, "language"))


def _alias(value: Any) -> str | None:
    if not isinstance(value, list) or len(value) != 2:
        return f"{_shown(value)} is not an alias (a name and a language)"
    return _ALIAS_NAME(value[0]) or _ALIAS_LANGUAGE(value[1])


ACTOR: dict[str, Check] = {
    "name": text(_limit(_ACTOR, "name"), null=False, empty=False),
    "actor_type": choice(tx.ACTOR_TYPE_BY_CODE, "actor type", null=False),
    "parent": text(_limit(_ACTOR, "name")),
    "valid_from": _day,
    "valid_to": _day,
    "country": text(_limit(_ACTOR, "country")),
    "family": text(_limit(_ACTOR, "family")),
    "description": text(),
    "merged_into": text(_limit(_ACTOR, "name")),
    "created_by": text(_limit(_ACTOR, "created_by")),
    "aliases": list_of(_alias, null=False),
}
_PLACE = Place.__table__
PLACE: dict[str, Check] = {
    "geonames_id": whole(0, INT_MAX),
    "name": text(_limit(_PLACE, "name"), null=False, empty=False),
    "ascii_name": text(_limit(_PLACE, "ascii_name")),
    "country_code": text(_limit(_PLACE, "country_code"), null=False, empty=False),
    **{name: text(_limit(_PLACE, name)) for name in (
        "admin1", "admin2", "admin3", "feature_class", "feature_code", "added_by")},
    "latitude": number(-90, 90, null=True),
    "longitude": number(-180, 180, null=True),
    "population": whole(0, INT_MAX),
    "origin": choice(("geonames", "starter", "custom"), "place origin"),
    "names": list_of(text(_limit(PlaceName.__table__, "name"), null=False), null=False),
}


# --- the checker ---------------------------------------------------------------------


class _Checker:
    def __init__(self, actors: Collection[str], places: Collection[str]) -> None:
        self.problems: list[str] = []
        self.actors = actors
        self.places = places
        #: which incident each source or claim id, and each ACLED event id, belongs to
        self.children: dict[str, str] = {}
        self.events: dict[str, str] = {}

    def bad(self, where: str, problem: str) -> None:
        self.problems.append(f"{where}: {problem}")

    def full(self) -> bool:
        return len(self.problems) >= SHOWN

    def fields(self, where: str, value: Any, checks: Mapping[str, Check], *,
               partial: bool = False, also: Mapping[str, Check] | None = None) -> bool:
        """Check an object's keys (all of ``checks``, unless ``partial``; none besides
        them and ``also``) and values; True when it passed."""
        if not isinstance(value, dict):
            self.bad(where, f"{_shown(value)} is {_kind(value)}, not an object")
            return False
        before = len(self.problems)
        present = 0
        for name, check in checks.items():
            if name in value:
                present += 1
                problem = check(value[name])
                if problem:
                    self.bad(f"{where}.{name}", problem)
            elif not partial:
                self.bad(f"{where}.{name}", "is missing")
        if len(value) > present:
            for name in value:
                if name in checks:
                    continue
                if also is not None and name in also:
                    problem = also[name](value[name])
                    if problem:
                        self.bad(f"{where}.{name}", problem)
                    continue
                self.bad(f"{where}.{_shown(name)}", "is not a field a desk sends")
        return len(self.problems) == before

    def state(self, where: str, value: Any, *, partial: bool = False,
              whole: bool = False, then: bool = False) -> bool:
        """An incident's plain state (``partial``: some fields, as a creation entry of demo
        data holds): its fields, and its sources and claims as lists of rows. A ``whole``
        state (a record's or a pending revision's) names only actors and places the
        bundle lists. ``then``: a state a history entry holds (see ``ARCHIVAL``)."""
        if not self.fields(where, value, STATE_THEN if then else STATE, partial=partial,
                           also=_OPTIONAL_THEN if then else _OPTIONAL):
            return False
        ok = True
        for child, checks in (CHILDREN_THEN if then else CHILDREN).items():
            rows = value.get(child)
            if child not in value:
                if not partial:
                    self.bad(f"{where}.{child}", "is missing")
                    ok = False
                continue
            if not isinstance(rows, list):
                self.bad(f"{where}.{child}", f"{_shown(rows)} is {_kind(rows)}, not a list")
                ok = False
                continue
            seen: set[str] = set()
            for i, row in enumerate(rows):
                if not self.fields(f"{where}.{child}[{i}]", row, checks):
                    ok = False
                    continue
                if row["id"] in seen:
                    self.bad(f"{where}.{child}[{i}].id", f"{_shown(row['id'])} is given twice")
                    ok = False
                seen.add(row["id"])
                if whole and child == "claims" and row["claimant"] is not None:
                    ok &= self.named(f"{where}.claims[{i}].claimant", row["claimant"],
                                     self.actors, "actor")
        if ok and whole:
            for name in ("actor1", "actor2"):
                if value[name] is not None:
                    ok &= self.named(f"{where}.{name}", value[name], self.actors, "actor")
            for name in ("assoc_actor_1", "assoc_actor_2"):
                for i, ref in enumerate(value[name]):
                    ok &= self.named(f"{where}.{name}[{i}]", ref, self.actors, "actor")
            if value["place_id"] is not None:
                ok &= self.named(f"{where}.place_id", value["place_id"], self.places, "place")
        return ok

    def named(self, where: str, ref: str, table: Collection[str], what: str) -> bool:
        if ref in table:
            return True
        self.bad(where, f"names {what} {_shown(ref)}, which the bundle does not list")
        return False

    def owned(self, where: str, state: dict[str, Any]) -> None:
        """A record's sources, claims and ACLED event id are its own: no other incident
        of the bundle may hold them (each is unique on the receiving desk)."""
        for child in CHILDREN:
            for i, row in enumerate(state[child]):
                other = self.children.setdefault(row["id"], where)
                if other != where:
                    self.bad(f"{where}.state.{child}[{i}].id",
                             f"{_shown(row['id'])} belongs to {other} too")
        event = state["acled_event_id"]
        if event is not None:
            other = self.events.setdefault(event, where)
            if other != where:
                self.bad(f"{where}.state.acled_event_id", f"{_shown(event)} is {other}'s too")

    def history(self, where: str, rows: Any) -> None:
        if not isinstance(rows, list):
            self.bad(where, f"{_shown(rows)} is {_kind(rows)}, not a list")
            return
        for i, row in enumerate(rows):
            at = f"{where}[{i}]"
            if not isinstance(row, list) or len(row) != len(HISTORY_ROW):
                self.bad(at, f"{_shown(row)} is not a history entry (a list of "
                             f"{len(HISTORY_ROW)} values)")
                continue
            good = True
            for (name, check), value in zip(HISTORY_ROW, row, strict=True):
                problem = check(value)
                if problem:
                    self.bad(f"{at}.{name}", problem)
                    good = False
            if good:
                self.entry_values(at, row)
            if self.full():
                return

    def entry_values(self, where: str, row: list[Any]) -> None:
        """The JSON inside one entry: it parses, and holds what its field holds."""
        entity, field = row[1], row[3]
        child = ENTITIES[entity]
        for name, text_value in (("old_value", row[4]), ("new_value", row[5])):
            if text_value is None:
                continue
            at = f"{where}.{name}"
            try:
                value = json.loads(text_value)
            except (ValueError, RecursionError):
                self.bad(at, f"{_shown(text_value)} is not JSON")
                continue
            if value is None:
                continue
            if child is None:
                if field == "*":
                    self.state(at, value, partial=True, then=True)
                    continue
                # (a revision's status ends as "discarded", no state of a record: the
                # archival check of a code asks only for its type)
                check = STATE_THEN.get(field) or RECORD_EXTRA.get(field)
                if check is None and field in CHILDREN:
                    check = list_of(any_json)
                if check is None:
                    self.bad(f"{where}.field", f"{_shown(field)} is not a field of an "
                             "incident")
                    return
            elif field == "*":
                self.fields(at, value, child, partial=True)
                continue
            else:
                check = child.get(field)
                if check is None:
                    self.bad(f"{where}.field", f"{_shown(field)} is not a field of a "
                             f"{entity.removeprefix('revision_')}")
                    return
            problem = check(value)
            if problem:
                self.bad(at, problem)

    def item(self, where: str, item: Any, ids: set[str]) -> None:
        """One incident; ``ids``: those of the incidents before it."""
        if not isinstance(item, dict):
            self.bad(where, f"{_shown(item)} is {_kind(item)}, not an incident")
            return None
        label = item.get("human_id")
        if isinstance(label, str) and label and len(label) <= 40:
            where = f"{where} ({label})"
        bad_id = IDS(item.get("id")) if "id" in item else "is missing"
        if not bad_id and item["id"] in ids:
            bad_id = f"{_shown(item['id'])} is given twice"
        if bad_id:
            self.bad(f"{where}.id", bad_id)
        else:
            ids.add(item["id"])
        if "history" in item:
            self.history(f"{where}.history", item["history"])
        else:
            self.bad(f"{where}.history", "is missing")
        for name in ("state", "pending"):
            if name not in item:
                self.bad(f"{where}.{name}", "is missing")
        state = item.get("state")
        known = {"id", "history", "state", "pending"}
        if state is not None and self.state(f"{where}.state", state, whole=True):
            self.owned(where, state)
        if state is not None:
            known |= set(ITEM_ROW)
            for name, check in ITEM_ROW.items():
                if name not in item:
                    self.bad(f"{where}.{name}", "is missing")
                elif problem := check(item[name]):
                    self.bad(f"{where}.{name}", problem)
        pending = item.get("pending")
        if pending is not None and self.fields(f"{where}.pending", pending, PENDING,
                                               also={"state": any_json}):
            if "state" in pending:
                self.state(f"{where}.pending.state", pending["state"], whole=True)
            else:
                self.bad(f"{where}.pending.state", "is missing")
        for name in item:
            if name not in known:
                self.bad(f"{where}.{_shown(name)}", "is not a part of an incident a desk "
                         "sends")

    def table(self, where: str, value: Any, checks: Mapping[str, Check]) -> None:
        """The actors or places: an object of id -> fields."""
        if not isinstance(value, dict):
            self.bad(where, f"{_shown(value)} is {_kind(value)}, not an object")
            return
        for key, spec in value.items():
            if problem := IDS(key):
                self.bad(f"{where}[{_shown(key)}]", problem)
            self.fields(f"{where}[{_shown(key)}]", spec, checks)
            if self.full():
                return


PARTS = ("incidents", "comments", "actors", "places")
#: parts a desk of an earlier version did not send
OPTIONAL_PARTS = ("dismissals",)


def problems_of(payload: Any) -> list[str]:
    """What is wrong with a payload, place by place (empty: it has the shape a desk
    writes); stops after a dozen."""
    if not isinstance(payload, dict):
        return [f"the content is {_kind(payload)}, not an object"]
    actors, places = payload.get("actors"), payload.get("places")
    check = _Checker(actors if isinstance(actors, dict) else {},
                     places if isinstance(places, dict) else {})
    for name in payload:
        if name not in PARTS and name not in OPTIONAL_PARTS:
            check.bad(_shown(name), "is not a part of a bundle")
    for name in PARTS:
        if name not in payload:
            check.bad(name, "is missing")
    incidents = payload.get("incidents", [])
    if not isinstance(incidents, list):
        check.bad("incidents", f"{_shown(incidents)} is {_kind(incidents)}, not a list")
        incidents = []
    ids: set[str] = set()
    for i, item in enumerate(incidents):
        check.item(f"incidents[{i}]", item, ids)
        if check.full():
            return check.problems[:SHOWN]
    comments = payload.get("comments", [])
    if not isinstance(comments, list):
        check.bad("comments", f"{_shown(comments)} is {_kind(comments)}, not a list")
        comments = []
    seen: set[Any] = set()
    for i, comment in enumerate(comments):
        if check.fields(f"comments[{i}]", comment, COMMENT):
            if comment["id"] in seen:
                check.bad(f"comments[{i}].id", f"{_shown(comment['id'])} is given twice")
            seen.add(comment["id"])
        if check.full():
            return check.problems[:SHOWN]
    dismissals = payload.get("dismissals", [])
    if not isinstance(dismissals, list):
        check.bad("dismissals", f"{_shown(dismissals)} is {_kind(dismissals)}, not a list")
        dismissals = []
    for i, row in enumerate(dismissals):
        if (check.fields(f"dismissals[{i}]", row, DISMISSAL)
                and row["incident_a"] == row["incident_b"]):
            check.bad(f"dismissals[{i}].incident_b", "names the same incident twice")
        if check.full():
            return check.problems[:SHOWN]
    check.table("actors", payload.get("actors", {}), ACTOR)
    check.table("places", payload.get("places", {}), PLACE)
    return check.problems[:SHOWN]


def check_payload(payload: Any, source: str = "the bundle") -> None:
    """Refuse a payload that does not have the shape a desk writes (PayloadError, every
    problem named by its place, up to a dozen)."""
    found = problems_of(payload)
    if found:
        raise PayloadError(source, found)
