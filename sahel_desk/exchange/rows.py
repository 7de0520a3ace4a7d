"""New incidents from a bundle as plain table rows, written in batches.

Thousands of incidents arrive at once when a desk first receives another's
work; building ORM objects one by one costs seconds per thousand, so new
incidents and history entries are inserted as rows with Core statements.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, bindparam, delete, select
from sqlalchemy.orm import Session

from sahel_desk.exchange.merge import Entry
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
from sahel_desk.reference.countries import country
from sahel_desk.storage.portable import last_number
from sahel_desk.store.history import encode
from sahel_desk.store.state import (
    CLAIM_COLUMNS,
    ROLE_FIELDS,
    SCALAR_FIELDS,
    SOURCE_COLUMNS,
)

BATCH = 1000


class HumanIds:
    """Free human ids (MLI-2017-0042): the sender's when free here, else the next one."""

    def __init__(self, session: Session, default_country: str):
        self.session = session
        self.default_country = default_country
        self._taken: set[str] | None = None
        self._next: dict[str, int] = {}

    def taken(self, human_id: str) -> bool:
        if self._taken is None:
            self._taken = set(self.session.scalars(select(Incident.human_id)))
        return human_id in self._taken

    def claim(self, wanted: str | None, iso3: str | None, year: int) -> str:
        if wanted and not self.taken(wanted):
            self._taken.add(wanted)  # type: ignore[union-attr]
            return wanted
        prefix = f"{iso3 or self.default_country}-{year}-"
        if prefix not in self._next:
            self._next[prefix] = last_number(self.session, Incident.human_id, prefix) + 1
        while True:
            candidate = f"{prefix}{self._next[prefix]:04d}"
            self._next[prefix] += 1
            if not self.taken(candidate):
                self._taken.add(candidate)  # type: ignore[union-attr]
                return candidate


def iso3_of(country_code: str | None) -> str | None:
    found = country(country_code) if country_code else None
    return found.iso3 if found else None


class RowBatch:
    """Rows waiting to be inserted, table by table, in dependency order."""

    def __init__(self) -> None:
        self.tables: dict[Any, list[dict[str, Any]]] = {
            Incident: [], IncidentActor: [], IncidentTag: [], Source: [], Claim: [],
            HistoryEntry: [],
        }
        self.updated: list[dict[str, Any]] = []
        self.reset: list[str] = []
        self.deleted: list[str] = []

    def incident(self, row: dict[str, Any], state: dict[str, Any]) -> None:
        """One new incident: ``row`` holds its own columns, ``state`` its typed values."""
        self.tables[Incident].append({**row, **{name: state[name] for name in SCALAR_FIELDS}})
        self._children(row["id"], state)

    def replace(self, incident_id: str, row: dict[str, Any], state: dict[str, Any], *,
                children: bool = True) -> None:
        """An existing incident's next state: its row updated and, unless ``children`` is
        False (the merge left them as they are), its children written anew (sources and
        claims keep their ids)."""
        self.updated.append({"b_id": incident_id, **row,
                             **{name: state[name] for name in SCALAR_FIELDS}})
        if children:
            self.reset.append(incident_id)
            self._children(incident_id, state)

    def delete(self, incident_id: str) -> None:
        """An incident to remove (its children and pending revision go with it)."""
        self.deleted.append(incident_id)

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

    def history(self, incident_id: str, entries: Iterable[Entry]) -> None:
        self.tables[HistoryEntry] += [
            {"change_id": e.change_id, "incident_id": incident_id, "entity": e.entity,
             "entity_id": e.entity_id, "field": e.field, "old_value": e.old_value,
             "new_value": e.new_value, "user": e.user, "at": e.at, "reason": e.reason}
            for e in entries]

    def write(self, conn: Connection) -> None:
        """Deletions, then updates, then inserts: every table in a few statements."""
        for start in range(0, len(self.deleted), BATCH):
            conn.execute(delete(Incident).where(
                Incident.id.in_(self.deleted[start:start + BATCH])))
        for start in range(0, len(self.reset), BATCH):
            chunk = self.reset[start:start + BATCH]
            for model in (IncidentActor, IncidentTag, Source, Claim):
                conn.execute(delete(model).where(model.incident_id.in_(chunk)))
        if self.updated:
            table = Incident.__table__
            conn.execute(table.update().where(table.c.id == bindparam("b_id")), self.updated)
        self.deleted.clear()
        self.reset.clear()
        self.updated.clear()
        for model, rows in self.tables.items():
            for start in range(0, len(rows), BATCH):
                conn.execute(model.__table__.insert(), rows[start:start + BATCH])
            rows.clear()


class BatchHistory:
    """A HistoryWriter whose entries wait in a RowBatch, so that the sender's entries and
    the merge's own stay in order and are inserted together (see HistoryWriter)."""

    def __init__(self, batch: RowBatch, user: str, reason: str | None):
        self.batch = batch
        self.user = user
        self.reason = reason
        self.change_id = new_id()
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
