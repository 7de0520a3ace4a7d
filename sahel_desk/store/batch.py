"""The store's batch entry: thousands of incidents written as plain rows.

ACLED imports, bundles and the demo add or replace thousands of incidents at
once; building ORM objects one by one costs seconds per thousand, so their
rows are inserted with Core statements. They pass the same rules as a form's
save all the same: every state is cleaned and checked against the codebook,
every row against the database's limits, the access policy is asked before
anything is written, human ids come from the one allocator, and the derived
columns (search text, list columns) are computed here.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol, cast

from sqlalchemy import Connection, Table, bindparam, delete
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
from sahel_desk.storage.fit import check_rows
from sahel_desk.store import policy
from sahel_desk.store.history import encode
from sahel_desk.store.human_ids import HumanIds
from sahel_desk.store.list_columns import refresh_list_columns
from sahel_desk.store.search_text import build_search_text
from sahel_desk.store.state import (
    CLAIM_COLUMNS,
    DEFAULT_STATE,
    ROLE_FIELDS,
    SCALAR_FIELDS,
    SOURCE_COLUMNS,
)

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


def check_state(state: dict[str, Any], label: str) -> list[FieldError]:
    """Every codebook rule over a typed state, as a form's save applies them: the
    cleaning (types, codes, lengths) and the rules across fields."""
    plain = {k: v for k, v in state.items() if k in DEFAULT_STATE}
    cleaned = clean_incident_values(plain)
    errors = list(cleaned.errors)
    unreadable = {e.field for e in errors}
    errors += [e for e in check_incident(state) if e.field not in unreadable]
    return [FieldError(f"{label}: {e.field}", e.message) for e in errors]


@dataclass(frozen=True)
class Publishing:
    """What a bulk write is, for the access policy: the action asked always, and the
    one asked when it adds approved incidents or changes approved ones."""

    action: policy.Action
    published: policy.Action
    what: str


class IncidentBatch:
    """Rows waiting to be written, table by table, in dependency order."""

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
        self.errors: list[FieldError] = []
        self.publishes = False
        self.asked = False

    # --- what to write -------------------------------------------------------------

    def add(self, state: dict[str, Any], row: dict[str, Any], *, label: str,
            wanted_human_id: str | None = None) -> str:
        """One new incident: ``state`` its typed values, ``row`` its own columns (id,
        created_by, ...). Returns its human id: ``wanted_human_id`` when free here,
        else the next one for its country and year."""
        self._check(state, label)
        human_id = self.human_ids.claim(
            wanted_human_id, self.human_ids.country_of_place(state["place_id"]),
            state["event_date"])
        now = utcnow()
        self.tables[Incident].append({
            "revision": 1, "created_by": self.user, "updated_by": self.user,
            "created_at": now, "updated_at": now, **row, "human_id": human_id,
            **{name: state[name] for name in SCALAR_FIELDS},
            "search_text": _search_text(human_id, state)})
        self._children(row["id"], state)
        self.touched.append(row["id"])
        if state["status"] == "approved":
            self.publishes = True
        return human_id

    def replace(self, incident_id: str, human_id: str, revision: int, state: dict[str, Any],
                *, before_status: str, children: bool = True) -> None:
        """An existing incident's next state as its next revision: its row updated and,
        unless ``children`` is False (they are as they were), its children written anew
        (sources and claims keep their ids)."""
        self._check(state, human_id)
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
        check_rows(Incident.__table__, self.tables[Incident], "human_id")
        check_rows(Incident.__table__, self.updated, "b_id")
        for model in (IncidentActor, IncidentTag, Source, Claim, HistoryEntry):
            check_rows(model.__table__, self.tables[model])

    def write(self, conn: Connection | None = None) -> list[str]:
        """Deletions, then updates, then inserts, every table in a few statements, then
        the list columns of every incident written. Returns the ids written."""
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
            conn.execute(table.update().where(table.c.id == bindparam("b_id")), self.updated)
        for model, rows in self.tables.items():
            for start in range(0, len(rows), BATCH):
                conn.execute(model.__table__.insert(), rows[start:start + BATCH])
            rows.clear()
        written = list(dict.fromkeys(self.touched))
        refresh_list_columns(conn, written)
        self.deleted.clear()
        self.reset.clear()
        self.updated.clear()
        self.touched.clear()
        return written


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
            "entity_id": entity_id, "field": field, "old_value": encode(old),
            "new_value": encode(new), "user": self.user, "at": self.at,
            "reason": self.reason})
        self.count += 1
