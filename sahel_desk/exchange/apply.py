"""Bringing another desk's changes into this one, incident by incident.

Inside one transaction (the caller's): map the sender's actors and places,
then for each incident either create it, fast-forward it, merge it field by
field (exchange/merge.py), or leave it alone; the sender's history entries
are added under their own change ids, so a bundle imported twice, or
relayed by a third desk, changes nothing the second time.

What a bundle may do follows what its desk is trusted as. A reviewer's desk
brings everything. A researcher's desk brings new records and edits, as a
researcher's save would: its changes to an approved record become (or join)
that record's pending revision, for a reviewer here; a new record it sends in a
reviewed state comes in as submitted; its review decisions (a status past
submitted, the approval or another person's discarding of a revision, the
deletion of an approved record or another person's, the settling of a
conflict) do not count here, and the report says so.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import Connection, Table, bindparam, delete, or_, select, update
from sqlalchemy.orm import Session

from sahel_desk.codebook.validation import check_incident, clean_incident_values
from sahel_desk.errors import FieldError
from sahel_desk.exchange.collect import dated, history_of, plain_states, undated
from sahel_desk.exchange.merge import Entry, FieldConflict, MergeResult, merge, value_at
from sahel_desk.exchange.refs import RefMap
from sahel_desk.model import (
    Comment,
    Conflict,
    Incident,
    PendingRevision,
    new_id,
    utcnow,
)
from sahel_desk.storage.fit import check_rows
from sahel_desk.store import dismissals, policy
from sahel_desk.store.batch import IncidentBatch, Publishing
from sahel_desk.store.history import encode, record_diff
from sahel_desk.store.state import (
    DEFAULT_STATE,
    ROLE_FIELDS,
    complete_children,
)
from sahel_desk.text.message import Text

if TYPE_CHECKING:
    pass

BATCH = 500
#: The parts of a state kept in child tables.
CHILD_FIELDS = (*ROLE_FIELDS, "tags", "sources", "claims")


@dataclass
class Outcome:
    """What an import did (or, in a dry run, would do)."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    unchanged: int = 0
    conflicts: list[tuple[str, str]] = field(default_factory=list)
    left_alone: list[str] = field(default_factory=list)
    renumbered: list[tuple[str, str]] = field(default_factory=list)
    comments: int = 0
    #: pairs marked "not the same event" on the sending desk, new here
    dismissals: int = 0
    history_entries: int = 0
    changed_ids: list[str] = field(default_factory=list)
    #: what came in only to wait for a reviewer here, or did not count (a researcher's
    #: desk's review decisions)
    waiting: list[str] = field(default_factory=list)


def typed_checked(plain: dict[str, Any]) -> tuple[dict[str, Any], list[FieldError]]:
    """``typed``, and what could not be read (a value another desk should never send)."""
    cleaned = clean_incident_values({k: v for k, v in plain.items() if k in DEFAULT_STATE})
    state = {**DEFAULT_STATE, **cleaned.values}
    complete_children(state)
    return state, list(cleaned.errors)


def _at(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


@dataclass(frozen=True)
class Local:
    """An incident this desk holds, as the merge needs it."""

    id: str
    human_id: str
    revision: int
    state: dict[str, Any]
    created_by: str


@dataclass
class LocalPending:
    """This desk's pending revision of an incident, as read (and, merged, written back
    in one statement with the others)."""

    id: str
    state: str
    status: str
    revision: int
    created_by: str


def _has_news(item: dict[str, Any], local_entries: list[Entry]) -> bool:
    """Whether the item carries a change set this desk has not seen."""
    known = {e.change_id for e in local_entries}
    return any(row[0] not in known for row in item["history"])


class Applier:
    def __init__(self, session: Session, payload: dict[str, Any], sender: str, *, user: str,
                 default_country: str, dry_run: bool, reviewer_desk: bool = True):
        self.user = user
        #: whether the sender is trusted as a reviewer's desk (else a researcher's)
        self.reviewer_desk = reviewer_desk
        self.session = session
        self.sender = sender
        self.dry_run = dry_run
        self.refs = RefMap(session, payload.get("actors") or {}, payload.get("places") or {},
                           write=not dry_run)
        self.payload = payload
        self.outcome = Outcome()
        self.reason = f"merged from {sender}"
        self.batch = IncidentBatch(session, user=user, default_country=default_country,
                                   publishing=Publishing(policy.Action.IMPORT_BUNDLE,
                                                         policy.Action.IMPORT_BUNDLE_PUBLISHED,
                                                         Text("bundle from {desk}", desk=sender)))
        self._known: set[str] = set()
        self._loaded: dict[str, Local] = {}
        self._new_pendings: list[PendingRevision] = []
        self._countries: dict[str, str | None] = {}
        self._open_conflicts: set[str] | None = None
        self._pendings: dict[str, LocalPending] = {}
        #: merged pending revisions to write, and closed ones to remove
        self._pending_rows: list[dict[str, Any]] = []
        self._closed_pendings: list[str] = []

    def run(self) -> Outcome:
        self.refs.custom_places()
        items = self.payload.get("incidents") or []
        local_ids = self._local_ids(items)
        local_history = history_of(self.session, local_ids)
        self._preload([local_id for local_id, item in zip(local_ids, items, strict=True)
                       if local_id in self._known
                       and _has_news(item, local_history.get(local_id, []))])
        # Writes are flushed once, in batches, rather than before each query.
        with self.session.no_autoflush:
            for item in items:
                self._incident(item, local_history)
        if self.dry_run:
            self.batch.check()
            self.outcome.dismissals = dismissals.unknown(self.session, self._dismissals())
            return self.outcome
        conn = self.session.connection()
        self.batch.write(conn)
        self._write_pendings(conn)
        self.session.add_all(self._new_pendings)
        self.session.flush()
        self._comments(self.payload.get("comments") or [])
        self.outcome.dismissals = dismissals.receive(self.session, self._dismissals())
        self.session.flush()
        return self.outcome

    def _dismissals(self) -> list[dict[str, Any]]:
        """The sender's dismissals, with its incidents' ids as this desk knows them (an
        ACLED event is matched by its event id) and its times as times."""
        mapped = self.refs.incident_ids
        return [{**row, "incident_a": mapped.get(row["incident_a"], row["incident_a"]),
                 "incident_b": mapped.get(row["incident_b"], row["incident_b"]),
                 "dismissed_at": _at(row["dismissed_at"])}
                for row in self.payload.get("dismissals") or []]

    def _local_ids(self, items: list[dict[str, Any]]) -> list[str]:
        """Map each item to this desk's incident: same id, else same ACLED event id."""
        ids = [item["id"] for item in items]
        for start in range(0, len(ids), BATCH):
            self._known.update(self.session.scalars(
                select(Incident.id).where(Incident.id.in_(ids[start:start + BATCH]))))
        acled = {item["acled_event_id"]: item["id"] for item in items
                 if item["id"] not in self._known and item.get("acled_event_id")}
        events = list(acled)
        for start in range(0, len(events), BATCH):
            for local_id, event_id in self.session.execute(
                    select(Incident.id, Incident.acled_event_id)
                    .where(Incident.acled_event_id.in_(events[start:start + BATCH]))):
                self.refs.incident_ids[acled[event_id]] = local_id
                self._known.add(local_id)
        return [self.refs.incident_ids.get(i, i) for i in ids]

    def _preload(self, incident_ids: list[str]) -> None:
        """Read the incidents that may be merged, as plain states, in a few queries."""
        for start in range(0, len(incident_ids), BATCH):
            chunk = incident_ids[start:start + BATCH]
            states = plain_states(self.session, chunk)
            for incident_id, human_id, revision, created_by in self.session.execute(
                    select(Incident.id, Incident.human_id, Incident.revision,
                           Incident.created_by)
                    .where(Incident.id.in_(chunk))):
                self._loaded[incident_id] = Local(incident_id, human_id, revision,
                                                  states[incident_id], created_by)
            self._pendings.update(
                (row.incident_id, LocalPending(row.id, row.state, row.status, row.revision,
                                               row.created_by))
                for row in self.session.connection().execute(
                    select(PendingRevision.incident_id, PendingRevision.id,
                           PendingRevision.state, PendingRevision.status,
                           PendingRevision.revision, PendingRevision.created_by)
                    .where(PendingRevision.incident_id.in_(chunk))))

    # --- one incident --------------------------------------------------------------

    def _incident(self, item: dict[str, Any], local_history: dict[str, list[Entry]]) -> None:
        local_id = self.refs.incident_ids.get(item["id"], item["id"])
        local_entries = local_history.get(local_id, [])
        known = {e.change_id for e in local_entries}
        # Entries this desk already holds count only by their change ids (the common
        # past); only new ones get this desk's ids in their values, which for a
        # creation entry means decoding and encoding the whole record.
        remote_entries = [self.refs.entry(entry) if entry.change_id not in known else entry
                          for entry in map(Entry.from_list, item["history"])]
        new_entries = [e for e in remote_entries if e.change_id not in known]
        if not new_entries:
            self.outcome.unchanged += 1
            return
        inc = self._loaded.get(local_id)
        remote_state = self.refs.state(item["state"])
        label = item.get("human_id") or local_id
        if inc is None:
            if any(e.entity == "incident" and e.field == "*" and e.new_value is None
                   for e in local_entries):
                self.outcome.left_alone.append(
                    Text("{record}: deleted on this desk; its changes from {desk} were kept "
                         "in its history only", record=label, desk=self.sender))
                self._add_history(local_id, new_entries)
            elif remote_state is not None:
                self._create(item, local_id, remote_state, new_entries)
            else:
                self._add_history(local_id, new_entries)
            return
        label = inc.human_id
        if remote_state is None:
            self._deleted_there(inc, local_entries, remote_entries, new_entries)
            return
        local_plain = inc.state
        result = merge(local_plain, remote_state, local_entries, remote_entries, part="record")
        held = [] if self.reviewer_desk else self._hold_decisions(label, local_plain, result)
        if not self.reviewer_desk and local_plain["status"] == "approved" and result.taken:
            self._into_revision(inc, item, result, new_entries, held)
            return
        merged = self._checked(result, local_plain, remote_state)
        self._add_history(local_id, new_entries)
        self._record_held(inc.id, held)
        changed = result.changed
        if merged is not None and not self.dry_run:
            new_state, unreadable = merged
            self.batch.refuse(FieldError(f"{label}: {e.field}", e.message) for e in unreadable)
            # both sides plain: the stored state was read plain, and the typed new one
            # reads back as the same JSON its history entries hold
            record_diff(self.batch.writer(self.reason), inc.id, local_plain,
                        undated(new_state))
            self._store(inc, new_state, children=any(
                local_plain.get(name) != result.state.get(name) for name in CHILD_FIELDS))
        changed |= self._pending(inc, item, local_entries, remote_entries)
        if self.reviewer_desk:  # settling a conflict is a reviewer's decision
            self._settle(inc.id, result.state, remote_state, new_entries)
        self._conflicts(inc.id, label, "record", result.conflicts, item)
        if changed:
            self.outcome.updated.append(label)
            self.outcome.changed_ids.append(inc.id)
        elif not result.conflicts:
            self.outcome.unchanged += 1

    # --- what a researcher's desk may not decide ----------------------------------

    def _hold_decisions(self, label: str, local: dict[str, Any], result: MergeResult
                        ) -> list[tuple[Any, Any]]:
        """Take back a status a researcher could not have saved (a review decision) and
        drop status conflicts; returns (theirs, ours) for the history to say so."""
        held: list[tuple[Any, Any]] = []
        ours = local.get("status")
        if "status" in result.taken:
            theirs = result.state.get("status")
            if theirs not in policy.OPEN_STATUSES or ours not in policy.RESEARCHER_STATUSES:
                result.taken.remove("status")
                result.state["status"] = ours
                held.append((theirs, ours))
        for conflict in [c for c in result.conflicts if c.path == "status"]:
            result.conflicts.remove(conflict)
            held.append((conflict.remote, ours))
        for theirs, _ours in held:
            self.outcome.waiting.append(
                Text("{record}: status {theirs} from {desk}, a researcher's desk, does not "
                     "count here; it stays {ours}", record=label, theirs=_status(theirs),
                     desk=self.sender, ours=_status(ours)))
        return held

    def _record_held(self, incident_id: str, held: list[tuple[Any, Any]]) -> None:
        """After the sender's entries, one saying the status they set did not count."""
        if held and not self.dry_run:
            writer = self.batch.writer(f"a review decision from {self.sender}, a "
                                       "researcher's desk, does not count here")
            for theirs, ours in held:
                writer.record("incident", incident_id, "status", theirs, ours, incident_id)

    def _into_revision(self, inc: Local, item: dict[str, Any], result: MergeResult,
                       new_entries: list[Entry], held: list[tuple[Any, Any]]) -> None:
        """A researcher's desk's changes to an approved record: they join its pending
        revision (made here if it has none), submitted for a reviewer; the approved
        row stays as it is. The sender's entries are kept as entries of that revision."""
        pending = self._pendings.get(inc.id)
        base = ({**json.loads(pending.state), "status": pending.status} if pending
                else {**inc.state, "status": "submitted"})
        state = _with_paths(base, result.state, result.taken)
        status = "submitted" if base["status"] == "draft" else base["status"]
        state["status"] = status
        fields = sorted({path.split("/")[0] for path in result.taken})
        self.outcome.waiting.append(
            Text("{record}: {fields} from {desk}, a researcher's desk, wait as a pending "
                 "revision of the approved record", record=inc.human_id,
                 fields=", ".join(fields), desk=self.sender))
        self.outcome.changed_ids.append(inc.id)
        self._conflicts(inc.id, inc.human_id, "record", result.conflicts, item)
        self.batch.validate(dated(state), f"{inc.human_id} (pending revision)")
        revision_id = pending.id if pending else new_id()
        author = new_entries[-1].user if new_entries else self.user
        if not self.dry_run and pending is None:
            self.batch.writer(f"changes from {self.sender}, a researcher's desk").record(
                "revision", revision_id, "*", None, base, inc.id)
        self._add_history(inc.id, [_as_revision(e, revision_id) for e in new_entries])
        self._record_held(inc.id, held)
        if self.dry_run:
            return
        text = json.dumps(state, ensure_ascii=False, sort_keys=True)
        if pending is None:
            self._new_pendings.append(PendingRevision(
                id=revision_id, incident_id=inc.id, state=text, base_revision=inc.revision,
                revision=inc.revision + 1, status=status, created_by=author,
                created_at=utcnow(), updated_by=author, updated_at=utcnow()))
            self._pendings[inc.id] = LocalPending(revision_id, text, status, inc.revision + 1,
                                                  author)
        else:
            self._pending_rows.append({
                "b_id": pending.id, "state": text, "status": status,
                "revision": pending.revision + 1, "updated_by": author,
                "updated_at": utcnow()})

    def _store(self, inc: Local, state: dict[str, Any], *, children: bool) -> None:
        """The merged state as the row's next revision (list columns are refreshed once,
        for every changed incident, at the end of the import); actor links, tags,
        sources and claims are rewritten only when the merge changed some."""
        self.batch.replace(inc.id, inc.human_id, inc.revision, state,
                           before_status=inc.state["status"], children=children)

    def _checked(self, result: MergeResult, local: dict[str, Any], remote: dict[str, Any]
                 ) -> tuple[dict[str, Any], list[FieldError]] | None:
        """A merge of two valid records can still break a rule across fields (low above
        best): then the fields taken from the sender that the rule names become
        conflicts, and the local values stay. Returns the merged state typed, with what
        of it could not be read (None: nothing was taken, the record stays)."""
        if not result.taken:
            return None
        merged = typed_checked(result.state)
        errors = check_incident(merged[0])
        if not errors:
            return merged
        named = {e.field.split("[")[0].split(".")[0] for e in errors}
        for path in [p for p in result.taken if "/" not in p and p in named]:
            self._keep_local(result, path, local, remote)
        merged = typed_checked(result.state)
        if check_incident(merged[0]):
            for path in [p for p in result.taken if "/" not in p]:
                self._keep_local(result, path, local, remote)
            result.taken.clear()
            result.state = dict(local)
            return None
        return merged if result.taken else None

    @staticmethod
    def _keep_local(result: MergeResult, path: str, local: dict[str, Any],
                    remote: dict[str, Any]) -> None:
        result.taken.remove(path)
        result.state[path] = local.get(path)
        result.conflicts.append(FieldConflict(path, None, local.get(path), remote.get(path),
                                              None, None))

    def _create(self, item: dict[str, Any], local_id: str, plain: dict[str, Any],
                entries: list[Entry]) -> None:
        wanted = item.get("human_id")
        state = self._typed(plain, wanted or local_id)
        sent_as = state["status"]
        if not self.reviewer_desk and sent_as not in policy.OPEN_STATUSES:
            state["status"] = "submitted"
            self.outcome.waiting.append(
                Text("{record}: new record sent as {status} by {desk}, a researcher's desk; "
                     "it comes in as submitted, for a reviewer here", record=wanted or local_id,
                     status=_status(sent_as), desk=self.sender))
        now = utcnow()
        human_id = self.batch.add(state, {
            "id": local_id, "acled_event_id": item.get("acled_event_id"),
            "created_by": item.get("created_by") or "?",
            "created_at": _at(item.get("created_at")) or now,
            "updated_by": item.get("updated_by") or "?",
            "updated_at": _at(item.get("updated_at")) or now,
            "revision": item.get("revision") or 1}, label=wanted or local_id,
            wanted_human_id=wanted)
        if human_id != wanted:
            self.outcome.renumbered.append((wanted or "", human_id))
        self.outcome.added.append(human_id)
        self.outcome.changed_ids.append(local_id)
        self.outcome.history_entries += len(entries)
        self.batch.history(local_id, entries)
        if state["status"] != sent_as:
            self._record_held(local_id, [(sent_as, state["status"])])
            if item.get("pending"):
                self.outcome.waiting.append(Text(
                    "{record}: its pending revision stays on {desk} (the record is not "
                    "approved here)", record=human_id, desk=self.sender))
            return
        if item.get("pending"):
            self._new_pendings.append(self._new_pending(local_id, item["pending"],
                                                        wanted or local_id))

    def _typed(self, plain: dict[str, Any], label: str) -> dict[str, Any]:
        """A state from the sender, typed; what cannot be read is refused with the rest."""
        state, errors = typed_checked(plain)
        self.batch.refuse(FieldError(f"{label}: {e.field}", e.message) for e in errors)
        return state

    def _new_pending(self, incident_id: str, pending: dict[str, Any], label: str
                     ) -> PendingRevision:
        state = self.refs.state(pending["state"])
        # stored as sent, so checked as sent: the batch reads each value and applies
        # the codebook's rules (which compare dates as dates)
        self.batch.validate(dated(state), f"{label} (pending revision)")
        status = pending["status"]
        if not self.reviewer_desk and status not in policy.OPEN_STATUSES:
            self.outcome.waiting.append(Text(
                "{record}: its revision, {status} on {desk} (a researcher's desk), is "
                "submitted here", record=label, status=_status(status), desk=self.sender))
            status = "submitted"
        return PendingRevision(
            incident_id=incident_id,
            state=json.dumps(state, ensure_ascii=False, sort_keys=True),
            base_revision=pending["base_revision"], revision=pending["revision"],
            status=status, created_by=pending["created_by"],
            created_at=_at(pending["created_at"]), updated_by=pending["updated_by"],
            updated_at=_at(pending["updated_at"]))

    def _deleted_there(self, inc: Local, local_entries: list[Entry],
                       remote_entries: list[Entry], new_entries: list[Entry]) -> None:
        remote_ids = {e.change_id for e in remote_entries}
        edited_here = any(e.change_id not in remote_ids for e in local_entries)
        self._add_history(inc.id, new_entries)
        deletion = next((e for e in reversed(new_entries) if e.field == "*"), None)
        if not self.reviewer_desk and (inc.state["status"] == "approved" or (
                deletion is not None and deletion.user != inc.created_by)):
            self.outcome.waiting.append(
                Text("{record}: deleted on {desk}, a researcher's desk; a reviewer here "
                     "decides (a conflict)", record=inc.human_id, desk=self.sender))
            edited_here = True
        if edited_here:
            deletion = next(e for e in reversed(new_entries) if e.field == "*")
            self._conflicts(inc.id, inc.human_id, "record", [FieldConflict(
                "*", None, "kept", "deleted", deletion.user, deletion.at)], {})
            return
        self.outcome.deleted.append(inc.human_id)
        if not self.dry_run:
            self.batch.delete(inc.id, status=inc.state["status"])

    # --- pending revisions -------------------------------------------------------

    def _pending(self, inc: Local, item: dict[str, Any], local_entries: list[Entry],
                 remote_entries: list[Entry]) -> bool:
        local_ids = {e.change_id for e in local_entries}
        theirs = [e for e in remote_entries if e.change_id not in local_ids
                  and e.entity.startswith("revision")]
        if not theirs:
            return False
        remote = item.get("pending")
        local = self._pendings.get(inc.id)
        remote_ids = {e.change_id for e in remote_entries}
        mine = [e for e in local_entries if e.change_id not in remote_ids
                and e.entity.startswith("revision")]
        if local is None and remote is not None:
            pending = self._new_pending(inc.id, remote, inc.human_id)
            if not self.dry_run:
                self.session.add(pending)
            return True
        if local is not None and remote is None:
            if not self.reviewer_desk and not self._may_close(local, theirs):
                self.outcome.waiting.append(
                    Text("{record}: its pending revision was approved or discarded on "
                         "{desk}, a researcher's desk; it stays open here for a reviewer",
                         record=inc.human_id, desk=self.sender))
                return False
            if mine:
                self.outcome.left_alone.append(
                    Text("{record}: its pending revision was closed on {desk} but edited "
                         "here since; it stays open", record=inc.human_id, desk=self.sender))
                return False
            if not self.dry_run:
                self._closed_pendings.append(local.id)
            return True
        if local is None or remote is None:
            return False
        local_plain = {**json.loads(local.state), "status": local.status}
        remote_plain = {**self.refs.state(remote["state"]), "status": remote["status"]}
        result = merge(local_plain, remote_plain, local_entries, remote_entries,
                       part="revision")
        self._conflicts(inc.id, inc.human_id, "revision", result.conflicts, item)
        if (not self.reviewer_desk and "status" in result.taken
                and result.state["status"] not in policy.OPEN_STATUSES):
            result.taken.remove("status")
            result.state["status"] = local.status
            self.outcome.waiting.append(
                Text("{record}: a review step on its revision from {desk}, a researcher's "
                     "desk, does not count here", record=inc.human_id, desk=self.sender))
        if result.changed and not self.dry_run:
            status = result.state.pop("status")
            merged = {**result.state, "status": status}
            self.batch.validate(dated(merged), f"{inc.human_id} (pending revision)")
            history = self.batch.writer(self.reason)
            record_diff(history, inc.id, local_plain, merged,
                        entity="revision", entity_id=local.id, child_prefix="revision_")
            self._pending_rows.append({
                "b_id": local.id, "state": json.dumps(result.state, ensure_ascii=False,
                                                      sort_keys=True),
                "status": status, "revision": max(local.revision, remote["revision"]) + 1,
                "updated_by": self.user, "updated_at": utcnow()})
        return result.changed

    @staticmethod
    def _may_close(local: LocalPending, theirs: list[Entry]) -> bool:
        """Whether a researcher's desk's end of a revision counts: its author's own
        discarding does; an approval, or discarding another person's revision, does not."""
        ends = [e for e in theirs if e.entity == "revision" and e.field == "status"
                and e.new_value in ('"approved"', '"discarded"')]
        return bool(ends) and all(e.new_value == '"discarded"' and e.user == local.created_by
                                  for e in ends)

    def _write_pendings(self, conn: Connection) -> None:
        """The merged pending revisions in one statement (checked to fit their columns
        first, as a flush would), and the closed ones removed."""
        table = cast(Table, PendingRevision.__table__)
        if self._pending_rows:
            check_rows(table, self._pending_rows, "b_id")
            conn.execute(update(table).where(table.c.id == bindparam("b_id")),
                         self._pending_rows)
        for start in range(0, len(self._closed_pendings), BATCH):
            conn.execute(delete(table).where(
                table.c.id.in_(self._closed_pendings[start:start + BATCH])))
        self._pending_rows.clear()
        self._closed_pendings.clear()

    # --- history, conflicts, comments -------------------------------------------

    def _add_history(self, incident_id: str, entries: list[Entry]) -> None:
        self.outcome.history_entries += len(entries)
        if not self.dry_run:
            self.batch.history(incident_id, entries)

    def _conflicts(self, incident_id: str, label: str, part: str,
                   conflicts: list[FieldConflict], item: dict[str, Any]) -> None:
        for c in conflicts:
            self.outcome.conflicts.append((label, c.path))
            if self.dry_run:
                continue
            remote_value = encode(c.remote)
            open_same = self.session.scalar(select(Conflict.id).where(
                Conflict.incident_id == incident_id, Conflict.part == part,
                Conflict.path == c.path, Conflict.resolved_at.is_(None),
                or_(Conflict.remote_value == remote_value,
                    Conflict.remote_value.is_(None) & (remote_value is None))))
            if open_same:
                continue
            self.session.add(Conflict(
                incident_id=incident_id, part=part, path=c.path, base_value=encode(c.base),
                local_value=encode(c.local), remote_value=remote_value,
                remote_user=c.remote_user or item.get("updated_by"), remote_desk=self.sender,
                remote_at=c.remote_at))

    def _settle(self, incident_id: str, merged: dict[str, Any], remote: dict[str, Any],
                new_entries: list[Entry]) -> None:
        """Close open conflicts on this record that both desks now agree on (the other desk
        resolved it, or both arrived at one value): nothing is left to decide."""
        if self.dry_run:
            return
        if self._open_conflicts is None:
            self._open_conflicts = set(self.session.scalars(
                select(Conflict.incident_id).where(Conflict.resolved_at.is_(None))))
        if incident_id not in self._open_conflicts:
            return
        for conflict in self.session.scalars(select(Conflict).where(
                Conflict.incident_id == incident_id, Conflict.part == "record",
                Conflict.resolved_at.is_(None))):
            here, there = value_at(merged, conflict.path), value_at(remote, conflict.path)
            if here != there:
                continue
            last = new_entries[-1]
            conflict.resolved_by = last.user
            conflict.resolved_at = utcnow()
            conflict.resolution = encode({"choice": "agreed", "value": here,
                                          "by": self.sender})

    def _comments(self, comments: list[dict[str, Any]]) -> None:
        for row in comments:
            incident_id = self.refs.incident_ids.get(row["incident_id"], row["incident_id"])
            existing = self.session.get(Comment, row["id"])
            if existing is None:
                if self.session.get(Incident, incident_id) is None:
                    continue
                if row["parent_id"] and self.session.get(Comment, row["parent_id"]) is None:
                    continue
                self.session.add(Comment(
                    id=row["id"], incident_id=incident_id, field=row["field"],
                    parent_id=row["parent_id"], user=row["user"], at=_at(row["at"]),
                    text=row["text"], resolved=row["resolved"], resolved_by=row["resolved_by"],
                    resolved_at=_at(row["resolved_at"])))
                self.session.flush()
                self.outcome.comments += 1
                continue
            resolved_at = _at(row["resolved_at"])
            if not self.reviewer_desk and row["resolved_by"] != existing.user:
                continue  # closing another person's thread is a reviewer's step
            if resolved_at is not None and (existing.resolved_at is None
                                            or resolved_at > existing.resolved_at):
                existing.resolved = row["resolved"]
                existing.resolved_by = row["resolved_by"]
                existing.resolved_at = resolved_at
                self.outcome.comments += 1


def _with_paths(base: dict[str, Any], merged: dict[str, Any], paths: list[str]
                ) -> dict[str, Any]:
    """``base`` with the merge's values at ``paths`` ("field", "sources/<id>" for a
    row added or removed, "sources/<id>/<column>")."""
    state = {k: [dict(r) for r in v] if k in ("sources", "claims") else v
             for k, v in base.items()}
    for path in paths:
        parts = path.split("/")
        if len(parts) == 1:
            state[path] = merged.get(path)
            continue
        kind, child_id = parts[0], parts[1]
        rows = state.setdefault(kind, [])
        there = next((r for r in merged.get(kind) or [] if r.get("id") == child_id), None)
        here = next((r for r in rows if r.get("id") == child_id), None)
        if len(parts) == 2 or here is None:
            rows[:] = [r for r in rows if r.get("id") != child_id]
            if there is not None:
                rows.append(dict(there))
        elif there is not None:
            here[parts[2]] = there.get(parts[2])
    return state


#: a record's history entities and their pending revision's
_REVISION_ENTITIES = {"incident": "revision", "source": "revision_source",
                      "claim": "revision_claim"}


def _as_revision(entry: Entry, revision_id: str) -> Entry:
    """A sender's change of an approved record, kept here as a change of its revision."""
    entity = _REVISION_ENTITIES.get(entry.entity)
    if entity is None or (entry.entity == "incident" and entry.field == "status"):
        return entry
    return Entry(entry.change_id, entity,
                 revision_id if entry.entity == "incident" else entry.entity_id, entry.field,
                 entry.old_value, entry.new_value, entry.user, entry.at, entry.reason)


def _status(status: Any) -> Any:
    """A review state as a report line names it (translated in the GUI)."""
    return policy.STATUS_TEXTS.get(status, status) if isinstance(status, str) else status
