"""The store's batch entry: thousands of incidents written as plain rows.

ACLED imports, bundles and the demo add or replace thousands of incidents at
once; building ORM objects one by one costs seconds per thousand, so their
rows are inserted with Core statements. They pass the same rules as a form's
save all the same: every state is cleaned and checked against the codebook,
every row against the database's limits, the access policy is asked before
anything is written, human ids come from the one allocator, history is
recorded, and the derived columns (search text, list columns) are computed
here. An import that reports bad rows one by one (and may skip them) offers
each state with :meth:`IncidentBatch.try_add` or :meth:`~IncidentBatch.try_replace`,
which check it as the others are checked and leave out a state that breaks a rule.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Protocol, cast

from sqlalchemy import Connection, Table, bindparam, delete, select
from sqlalchemy.orm import Session

from sahel_desk.codebook.validation import check_incident, clean_incident_values
from sahel_desk.errors import FieldError, ValidationError
from sahel_desk.model import (
    Claim,
    HistoryEntry,
    Incident,
    IncidentActor,
    IncidentTag,
    Source,
    new_id,
    utcnow,
)
from sahel_desk.storage.fit import RowChecker, check_rows, value_problem
from sahel_desk.store import policy, revisions
from sahel_desk.store.history import HistorySink, record_diff
from sahel_desk.store.human_ids import HumanIds
from sahel_desk.store.list_columns import ListNames, refresh_list_columns
from sahel_desk.store.location import LOCATION_FIELDS, PlaceLocations
from sahel_desk.store.records import to_plain
from sahel_desk.store.search_text import build_search_text
from sahel_desk.store.state import (
    CLAIM_COLUMNS,
    DEFAULT_STATE,
    ROLE_FIELDS,
    SCALAR_FIELDS,
    SOURCE_COLUMNS,
)
from sahel_desk.text.message import Text

BATCH = 1000
#: at most this many bad incidents are named in one refusal
SHOWN_ERRORS = 20


class HistoryItem(Protocol):
    """A history entry that already exists (a sender's), as bundles carry them."""

    change_id: str
    entity: str
    entity_id: str
    field: str
    old_value: str | None
    new_value: str | None
    user: str
    at: datetime
    reason: str | None


def state_problems(state: dict[str, Any]) -> list[FieldError]:
    """Every codebook rule over a typed state, as a form's save applies them: the
    cleaning (types, codes, lengths) and the rules across fields, by field."""
    plain = (state if state.keys() <= DEFAULT_STATE.keys()
             else {k: v for k, v in state.items() if k in DEFAULT_STATE})
    cleaned = clean_incident_values(plain)
    errors = list(cleaned.errors)
    unreadable = {e.field for e in errors}
    errors += [e for e in check_incident(state) if e.field not in unreadable]
    return errors


def check_state(state: dict[str, Any], label: str) -> list[FieldError]:
    """:func:`state_problems`, each named after the incident (``label``)."""
    return [FieldError(f"{label}: {e.field}", e.message) for e in state_problems(state)]


@dataclass(frozen=True)
class Publishing:
    """What a bulk write is, for the access policy: the action asked always, and the
    one asked when it adds approved incidents or changes approved ones."""

    action: policy.Action
    published: policy.Action
    what: str
    #: whether a new incident in a reviewed state (in review, rejected...) needs the
    #: published action too, as a form's create needs a reviewer for it
    reviewed_states: bool = False


class IncidentBatch:
    """Rows waiting to be written, table by table, in dependency order. Made for a
    user whose name does not fit the database, it refuses at once (ValidationError)."""

    def __init__(self, session: Session, *, user: str, default_country: str,
                 publishing: Publishing):
        self.session = session
        self.user = user
        self.publishing = publishing
        self.human_ids = HumanIds(session, default_country)
        self.tables: dict[Any, list[dict[str, Any]]] = {
            Incident: [], IncidentActor: [], IncidentTag: [], Source: [], Claim: [],
            HistoryEntry: [],
        }
        self.updated: list[dict[str, Any]] = []
        self.reset: list[str] = []
        self.deleted: list[str] = []
        self.touched: list[str] = []
        #: approved incidents replaced whose pending revisions follow (see revisions.py)
        self.carried: list[_Carried] = []
        self.errors: list[FieldError] = []
        self.publishes = False
        self.asked = False
        self.list_names = ListNames()
        self.locations = PlaceLocations(session)
        #: how many rows of each table (and of ``updated``) were fit-checked already
        self._fitted: dict[Any, int] = dict.fromkeys([*self.tables, "updated"], 0)
        self._check_user()

    # --- what to write -------------------------------------------------------------

    def add(self, state: dict[str, Any], row: dict[str, Any], *, label: str,
            wanted_human_id: str | None = None, history: HistorySink | None = None) -> str:
        """One new incident: ``state`` its typed values, ``row`` its own columns (id,
        created_by, ...). Returns its human id: ``wanted_human_id`` when free here,
        else the next one for its country and year. With ``history``, its creation
        is recorded there (a bundle brings the sender's entries instead)."""
        self.locations.fill(state)
        self._check(state, label)
        return self._add(state, row, wanted_human_id, history)

    def try_add(self, state: dict[str, Any], row: dict[str, Any], *,
                history: HistorySink | None = None) -> list[FieldError]:
        """:meth:`add`, unless the state breaks a codebook rule or a value does not fit
        its column: then nothing is added and its problems are returned, by field, for
        the caller to report (or skip). ``history`` is then a writer of this batch."""
        self.locations.fill(state)
        errors = state_problems(state)
        if errors:
            return errors
        return self._fitting(lambda: self._add(state, row, None, history))

    def _add(self, state: dict[str, Any], row: dict[str, Any], wanted_human_id: str | None,
             history: HistorySink | None) -> str:
        human_id = self.human_ids.claim(
            wanted_human_id, self.human_ids.country_of_state(state), state["event_date"])
        now = utcnow()
        self.tables[Incident].append({
            "revision": 1, "created_by": self.user, "updated_by": self.user,
            "created_at": now, "updated_at": now, **row, "human_id": human_id,
            **{name: state[name] for name in SCALAR_FIELDS},
            "search_text": _search_text(human_id, state)})
        incident_id = row["id"]
        self._children(incident_id, state)
        self.touched.append(incident_id)
        if history is not None:
            history.record("incident", incident_id, "*", None, state, incident_id)
        status = state["status"]
        if status == "approved" or (self.publishing.reviewed_states
                                    and status not in policy.OPEN_STATUSES):
            self.publishes = True
        return human_id

    def replace(self, incident_id: str, human_id: str, revision: int, state: dict[str, Any],
                *, before_status: str, children: bool = True) -> None:
        """An existing incident's next state as its next revision: its row updated and,
        unless ``children`` is False (they are as they were), its children written anew
        (sources and claims keep their ids). History is the caller's."""
        self.locations.fill(state)
        self._check(state, human_id)
        self._replace(incident_id, human_id, revision, state, before_status, children)

    def try_replace(self, incident_id: str, human_id: str, revision: int,
                    before: dict[str, Any], state: dict[str, Any], *,
                    history: HistorySink) -> list[FieldError]:
        """A direct write of an incident's next state (a re-import), unless it breaks a
        codebook rule: then nothing changes and its problems are returned, by field.
        The changes from ``before`` are recorded in ``history``; an approved incident's
        pending revision takes them too, for every field it had not changed itself."""
        self.locations.fill(state)
        errors = state_problems(state)
        if errors:
            return errors

        def write() -> None:
            record_diff(history, incident_id, before, state)
            self._replace(incident_id, human_id, revision, state, before["status"], True)

        errors = self._fitting(write)
        if not errors and before["status"] == "approved":
            self.carried.append(_Carried(incident_id, revision + 1, before, state, history))
        return errors

    def _fitting(self, write: Callable[[], object]) -> list[FieldError]:
        """Run ``write``, then fit-check the rows it queued; if one does not fit, take
        them all back out and return the problems."""
        marks = {model: len(rows) for model, rows in self.tables.items()}
        marks["updated"] = len(self.updated)
        kept = (len(self.reset), len(self.touched), self.publishes)
        write()
        errors = [e for model, rows in self.tables.items()
                  for row in rows[marks[model]:] for e in _checker(model).problems(row)]
        errors += [e for row in self.updated[marks["updated"]:]
                   for e in _checker(Incident).problems(row)]
        lists = {**self.tables, "updated": self.updated}
        if errors:
            for key, rows in lists.items():
                del rows[marks[key]:]
            del self.reset[kept[0]:]
            del self.touched[kept[1]:]
            self.publishes = kept[2]
            return errors
        for key, rows in lists.items():
            if self._fitted[key] == marks[key]:  # every row before these was checked too
                self._fitted[key] = len(rows)
        return []

    def _replace(self, incident_id: str, human_id: str, revision: int, state: dict[str, Any],
                 before_status: str, children: bool) -> None:
        self.updated.append({
            "b_id": incident_id, **{name: state[name] for name in SCALAR_FIELDS},
            "search_text": _search_text(human_id, state), "revision": revision + 1,
            "updated_by": self.user, "updated_at": utcnow()})
        if children:
            self.reset.append(incident_id)
            self._children(incident_id, state)
        self.touched.append(incident_id)
        if "approved" in (before_status, state["status"]):
            self.publishes = True

    def delete(self, incident_id: str, *, status: str) -> None:
        """An incident to remove (its children and pending revision go with it)."""
        self.deleted.append(incident_id)
        if status == "approved":
            self.publishes = True

    def history(self, incident_id: str, entries: Iterable[HistoryItem]) -> None:
        """Entries made elsewhere (a sender's), kept under their own change ids."""
        self.tables[HistoryEntry] += [
            {"change_id": e.change_id, "incident_id": incident_id, "entity": e.entity,
             "entity_id": e.entity_id, "field": e.field, "old_value": e.old_value,
             "new_value": e.new_value, "user": e.user, "at": e.at, "reason": e.reason}
            for e in entries]

    def writer(self, reason: str | None, change_id: str | None = None) -> BatchHistory:
        """A history writer whose entries wait here, in order with the others."""
        return BatchHistory(self, self.user, reason, change_id)

    def validate(self, state: dict[str, Any], label: str) -> None:
        """Check a state that is not written as a row (a pending revision's) all the same."""
        self.locations.fill(state)
        self._check(state, label)

    def refuse(self, errors: Iterable[FieldError]) -> None:
        """Add problems found by the caller (values it could not read): ``check`` refuses."""
        self.errors += errors

    def _check(self, state: dict[str, Any], label: str) -> None:
        if len(self.errors) < SHOWN_ERRORS:
            self.errors += check_state(state, label)

    def _children(self, incident_id: str, state: dict[str, Any]) -> None:
        for role in ROLE_FIELDS:
            ids = state[role] if isinstance(state[role], list) else [state[role]]
            self.tables[IncidentActor] += [
                {"incident_id": incident_id, "actor_id": actor_id, "role": role,
                 "position": position}
                for position, actor_id in enumerate(i for i in ids if i)]
        self.tables[IncidentTag] += [{"incident_id": incident_id, "tag": tag}
                                     for tag in state["tags"]]
        self.tables[Source] += [
            {"id": s["id"], "incident_id": incident_id, "position": i,
             **{k: s[k] for k in SOURCE_COLUMNS}} for i, s in enumerate(state["sources"])]
        self.tables[Claim] += [
            {"id": c["id"], "incident_id": incident_id, "position": i,
             "claimant_id": c["claimant"], **{k: c[k] for k in CLAIM_COLUMNS}}
            for i, c in enumerate(state["claims"])]

    # --- writing -------------------------------------------------------------------

    def check(self) -> None:
        """Refuse before anything is written: a rule broken, a value that does not fit,
        or an action the user may not take. Safe to call more than once."""
        if self.errors:
            raise ValidationError(self.errors[:SHOWN_ERRORS], what=self.publishing.what)
        if not self.asked:
            policy.require(self.session, self.user, self.publishing.action)
        if self.publishes:
            policy.require(self.session, self.user, self.publishing.published)
        self.asked = True
        fitted = self._fitted
        check_rows(Incident.__table__, self.tables[Incident][fitted[Incident]:], "human_id")
        check_rows(Incident.__table__, self.updated[fitted["updated"]:], "b_id")
        for model in (IncidentActor, IncidentTag, Source, Claim, HistoryEntry):
            check_rows(model.__table__, self.tables[model][fitted[model]:])

    def _check_user(self) -> None:
        """The user's name is written on every row: a name no column holds refuses the
        batch at once, said once rather than once a row."""
        for column in (Incident.__table__.c.created_by, HistoryEntry.__table__.c.user):
            problem = value_problem(column.type, self.user)
            if problem:
                shown = self.user if len(self.user) <= 40 else f"{self.user[:40]}…"
                shown = shown.replace("\x00", "\\x00")
                raise ValidationError([FieldError("user", Text("'{user}' {problem}", user=shown,
                                                                problem=problem))],
                                      what=self.publishing.what)

    def write(self, conn: Connection | None = None) -> list[str]:
        """Deletions, then updates, then inserts, every table in a few statements (the
        list columns of new rows filled in on the way), then the list columns of every
        incident updated. Returns the ids written."""
        self.check()
        conn = conn or self.session.connection()
        for start in range(0, len(self.deleted), BATCH):
            conn.execute(delete(Incident).where(
                Incident.id.in_(self.deleted[start:start + BATCH])))
        for start in range(0, len(self.reset), BATCH):
            chunk = self.reset[start:start + BATCH]
            for model in (IncidentActor, IncidentTag, Source, Claim):
                conn.execute(delete(model).where(model.incident_id.in_(chunk)))
        if self.updated:
            table = cast(Table, Incident.__table__)
            _keep_place_versions(conn, self.updated)
            conn.execute(table.update().where(table.c.id == bindparam("b_id")), self.updated)
        checked = len(self.tables[HistoryEntry])
        for carried in self.carried:  # their history entries join the others, below
            revisions.carry_into_pending(self.session, carried, carried.before, carried.state,
                                         carried.history)
        self.carried.clear()
        check_rows(HistoryEntry.__table__, self.tables[HistoryEntry][checked:])
        inserted = {row["id"] for row in self.tables[Incident]}
        self.list_names.fill(conn, self.tables[Incident], self.tables[IncidentActor])
        for model, rows in self.tables.items():
            for start in range(0, len(rows), BATCH):
                conn.execute(model.__table__.insert(), rows[start:start + BATCH])
            rows.clear()
        self._fitted = dict.fromkeys(self._fitted, 0)
        written = list(dict.fromkeys(self.touched))
        refresh_list_columns(conn, [i for i in written if i not in inserted])
        self.deleted.clear()
        self.reset.clear()
        self.updated.clear()
        self.touched.clear()
        return written


def _keep_place_versions(conn: Connection, rows: list[dict[str, Any]]) -> None:
    """Each updated row's place_version: as it was, unless its place link or location
    changes (then None, for refresh_list_columns to set from the place)."""
    table = cast(Table, Incident.__table__)
    columns = [table.c[name] for name in ("place_id", *LOCATION_FIELDS)]
    for start in range(0, len(rows), BATCH):
        chunk = rows[start:start + BATCH]
        now = {row[0]: row[1:] for row in conn.execute(
            select(table.c.id, table.c.place_version, *columns)
            .where(table.c.id.in_([r["b_id"] for r in chunk])))}
        for row in chunk:
            version, *values = now.get(row["b_id"], (None,))
            moved = [row.get(c.name) for c in columns] != values
            row["place_version"] = None if moved else version


_CHECKERS: dict[Any, RowChecker] = {}


def _checker(model: Any) -> RowChecker:
    if model not in _CHECKERS:
        _CHECKERS[model] = RowChecker(model.__table__)
    return _CHECKERS[model]


@dataclass(frozen=True)
class _Carried:
    """A replaced approved incident, for its pending revision (``id`` and the
    ``revision`` it is now are what revisions.carry_into_pending reads)."""

    id: str
    revision: int
    before: dict[str, Any]
    state: dict[str, Any]
    history: HistorySink


def _search_text(human_id: str, state: dict[str, Any]) -> str:
    return build_search_text(human_id, state["notes"], state["tags"], state["sources"],
                             state["claims"])


class BatchHistory:
    """A history sink (see store/history.py) whose entries wait in a batch, so that a
    sender's entries and a merge's own stay in order and are inserted together."""

    def __init__(self, batch: IncidentBatch, user: str, reason: str | None,
                 change_id: str | None = None):
        self.batch = batch
        self.user = user
        self.reason = reason
        self.change_id = change_id or new_id()
        self.at = utcnow()
        self.count = 0

    def record(self, entity: str, entity_id: str, field: str, old: Any, new: Any,
               incident_id: str | None = None) -> None:
        self.batch.tables[HistoryEntry].append({
            "change_id": self.change_id, "incident_id": incident_id, "entity": entity,
            "entity_id": entity_id, "field": field, "old_value": encode_fast(old),
            "new_value": encode_fast(new), "user": self.user, "at": self.at,
            "reason": self.reason})
        self.count += 1


def encode_fast(value: Any) -> str | None:
    """What store/history.py ``encode`` gives, without first copying the whole value
    into plain lists and dicts: json converts the containers, and only dates and
    dataclasses are turned into plain values on the way (a few times faster, which
    counts for the 100,000 creation entries of a demo)."""
    if value is None:
        return None
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=_plain)


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):  # as to_plain writes them
        return value.isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return to_plain(value)
    raise TypeError(f"{type(value).__name__} is not plain data")
