"""Exchange with other desks: bundles on a USB stick, or a sync with a server.

    summary = desk.exchange.export_bundle("to-hawa.sdb", peer="hawa")
    report = desk.exchange.import_bundle("from-amina.sdb")
    desk.exchange.sync(server_desk)     # the same bundles, passed in memory

A bundle holds every change since the last one for that peer; importing
merges each incident field by field (exchange/merge.py), keeps both values of
a field two desks changed differently as a conflict for a reviewer, and is
idempotent. All of an import is one transaction: a bundle that cannot be read
in full changes nothing.
"""

from __future__ import annotations

import base64
import dataclasses
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sahel_desk.bulk import fewer_collections
from sahel_desk.errors import ConflictError, InputError, NotFoundError, StorageError
from sahel_desk.exchange import collect
from sahel_desk.exchange.apply import Applier, Outcome
from sahel_desk.exchange.container import (
    MAX_PAYLOAD_BYTES,
    BundleError,
    BundleTooLargeError,
    new_signing_key,
    open_bundle,
    seal,
)
from sahel_desk.exchange.schema import check_payload
from sahel_desk.model import Conflict, DeskIdentity, ExchangePeer, Incident, utcnow
from sahel_desk.services.stale_merge import FORM_ORIGIN
from sahel_desk.store import policy
from sahel_desk.store.history import decode, encode
from sahel_desk.store.records import to_plain

if TYPE_CHECKING:
    from sahel_desk.services.desk import Desk

ANYONE = "anyone"


@dataclass(frozen=True)
class BundleSummary:
    path: str | None
    peer: str
    incidents: int
    history_entries: int
    comments: int
    encrypted: bool
    size: int


@dataclass(frozen=True)
class ImportReport:
    """What came in (or, in a dry run, would come in)."""

    sender: str
    dry_run: bool
    added: tuple[str, ...]
    updated: tuple[str, ...]
    deleted: tuple[str, ...]
    unchanged: int
    conflicts: tuple[tuple[str, str], ...]
    left_alone: tuple[str, ...]
    renumbered: tuple[tuple[str, str], ...]
    comments: int
    history_entries: int
    actors_added: tuple[str, ...]
    places_added: tuple[str, ...]

    def lines(self) -> list[str]:
        """The report in words, for the CLI and the GUI."""
        verb = "would be" if self.dry_run else ("was" if len(self.added) == 1 else "were")
        out = [f"From {self.sender}:",
               f"  {_count(len(self.added), 'incident')} {verb} added, "
               f"{len(self.updated):,} updated, {len(self.deleted):,} deleted, "
               f"{self.unchanged:,} already up to date",
               f"  {_count(len(self.conflicts), 'conflict')} for a reviewer, "
               f"{_count(self.comments, 'comment')}, "
               f"{_count(self.history_entries, 'history entry', 'history entries')}"]
        if self.actors_added or self.places_added:
            out.append(f"  new actors: {len(self.actors_added)}, new places: "
                       f"{len(self.places_added)}")
        out += [f"  conflict: {label} {path}" for label, path in self.conflicts[:50]]
        out += [f"  renumbered: {old} is {new} here" for old, new in self.renumbered]
        out += [f"  left alone: {why}" for why in self.left_alone]
        return out


def _count(number: int, one: str, many: str | None = None) -> str:
    return f"{number:,} {one if number == 1 else (many or one + 's')}"


@dataclass(frozen=True)
class ConflictRecord:
    id: str
    incident_id: str
    human_id: str | None
    part: str
    path: str
    base_value: Any
    local_value: Any
    remote_value: Any
    remote_user: str | None
    remote_desk: str | None
    remote_at: Any
    found_at: Any
    resolved_by: str | None
    resolved_at: Any
    resolution: Any


@dataclass(frozen=True)
class PeerRecord:
    name: str
    desk_id: str | None
    sent_at: Any
    received_at: Any


class ExchangeService:
    """Bundles, sync and conflicts through the Desk API."""

    def __init__(self, desk: Desk):
        self.desk = desk

    # --- identity and peers ----------------------------------------------------------

    def _identity(self, session: Session) -> DeskIdentity:
        found = session.scalars(select(DeskIdentity)).first()
        if found is None:
            private, public = new_signing_key()
            found = DeskIdentity(private_key=private, public_key=public)
            session.add(found)
            session.flush()
        return found

    def desk_id(self) -> str:
        """This desk's id (made, with its signing key, the first time it is asked for)."""
        with self.desk.db.write() as session:
            return self._identity(session).desk_id

    def peers(self) -> list[PeerRecord]:
        with self.desk.db.read() as session:
            return [PeerRecord(p.name, p.desk_id, p.sent_at, p.received_at)
                    for p in session.scalars(select(ExchangePeer).order_by(ExchangePeer.name))]

    @staticmethod
    def _peer(session: Session, name: str) -> ExchangePeer:
        peer = session.scalars(select(ExchangePeer).where(ExchangePeer.name == name)).first()
        if peer is None:
            peer = ExchangePeer(name=name, sent_history_id=0)
            session.add(peer)
            session.flush()
        return peer

    # --- sending ---------------------------------------------------------------------

    @fewer_collections()
    def bundle_bytes(self, *, peer: str = ANYONE, since_last: bool = True,
                     password: str | None = None,
                     write: Callable[[bytes], None] | None = None) -> tuple[bytes, BundleSummary]:
        """The bundle for ``peer``; the peer's mark moves only once ``write`` succeeded."""
        peer = (peer or ANYONE).strip()
        with self.desk.db.write() as session:
            policy.require(session, self.desk.user, policy.Action.EXPORT,
                           f"write a bundle for {peer}")
            me = self._identity(session)
            target = self._peer(session, peer)
            after = target.sent_history_id if since_last else 0
            upto = collect.last_history_id(session)
            if since_last and after:
                ids = collect.changed_incident_ids(session, after)
            else:
                ids = list(session.scalars(select(Incident.id).order_by(Incident.created_at)))
                present = set(ids)
                ids += [i for i in collect.changed_incident_ids(session, 0) if i not in present]
            items = collect.incident_items(session, ids)
            comments = collect.comment_items(session, ids, target.sent_at if since_last
                                             else None)
            payload = {
                "incidents": items, "comments": comments,
                "actors": collect.actor_table(session),
                "places": collect.place_table(session, items, include_custom=True),
            }
            history_count = sum(len(i["history"]) for i in items)
            header = {"desk_id": me.desk_id, "user": self.desk.user, "peer": peer,
                      "created": utcnow().isoformat(timespec="seconds"),
                      "since_history_id": after,
                      "counts": {"incidents": len(items), "history": history_count,
                                 "comments": len(comments)}}
            data = seal(payload, header, me.private_key, password)
            if write is not None:
                write(data)
            target.sent_history_id = upto
            target.sent_at = utcnow()
            return data, BundleSummary(None, peer, len(items), history_count, len(comments),
                                       password is not None, len(data))

    def export_bundle(self, path: str | os.PathLike[str], *, peer: str = ANYONE,
                      since_last: bool = True, password: str | None = None) -> BundleSummary:
        """Write the bundle to ``path`` (whole or not at all: a partial file never stays)."""
        dest = Path(path).expanduser()
        part = dest.with_name(dest.name + ".part")

        def write(data: bytes) -> None:
            try:
                with part.open("wb") as fh:
                    fh.write(data)
                    fh.flush()
                    os.fsync(fh.fileno())
                os.replace(part, dest)
            except OSError as exc:
                part.unlink(missing_ok=True)
                raise StorageError(f"Could not write {dest}: {exc.strerror or exc}.") from exc

        _data, summary = self.bundle_bytes(peer=peer, since_last=since_last, password=password,
                                           write=write)
        return dataclasses.replace(summary, path=str(dest))

    # --- receiving -------------------------------------------------------------------

    def import_bundle(self, path: str | os.PathLike[str], *, password: str | None = None,
                      dry_run: bool = False) -> ImportReport:
        source = Path(path).expanduser()
        too_large = BundleTooLargeError(
            f"{source.name} is larger than a bundle may be ({MAX_PAYLOAD_BYTES / (1 << 30):g} "
            "GiB); it was refused. Nothing was changed.")
        try:
            if source.is_file() and source.stat().st_size > MAX_PAYLOAD_BYTES:
                raise too_large
            data = _read_at_most(source, MAX_PAYLOAD_BYTES)
            if data is None:
                raise too_large
        except OSError as exc:
            raise StorageError(f"Could not read {source}: {exc.strerror or exc}.") from exc
        return self.import_bytes(data, password=password, dry_run=dry_run, source=source.name)

    @fewer_collections()
    def import_bytes(self, data: bytes, *, password: str | None = None, dry_run: bool = False,
                     source: str = "the bundle") -> ImportReport:
        """Check, then merge a bundle in one transaction (a dry run writes nothing)."""
        opened = open_bundle(data, password, source)
        check_payload(opened.payload, source)
        header = opened.header
        with self.desk.db.read() as session:
            mine = session.scalar(select(DeskIdentity.desk_id))
        if header.get("desk_id") == mine:
            raise BundleError(f"{source} was written by this desk; nothing to bring in.")
        if dry_run:
            with self.desk.db.read() as session:
                sender = self._sender(session, header, source, create=False)
                return self._report(sender, True, self._apply(
                    session, opened.payload, sender, dry_run=True))
        with self.desk.db.write() as session:
            sender = self._sender(session, header, source, create=True)
            result = self._apply(session, opened.payload, sender, dry_run=False)
            return self._report(sender, False, result)

    def _apply(self, session: Session, payload: dict[str, Any], sender: str, *,
               dry_run: bool) -> tuple[Outcome, Applier]:
        applier = Applier(session, payload, sender, user=self.desk.user,
                          default_country=self.desk.default_country, dry_run=dry_run)
        return applier.run(), applier

    @staticmethod
    def _report(sender: str, dry_run: bool, result: tuple[Outcome, Applier]) -> ImportReport:
        outcome, applier = result
        return ImportReport(
            sender=sender, dry_run=dry_run, added=tuple(outcome.added),
            updated=tuple(outcome.updated), deleted=tuple(outcome.deleted),
            unchanged=outcome.unchanged, conflicts=tuple(outcome.conflicts),
            left_alone=tuple(outcome.left_alone), renumbered=tuple(outcome.renumbered),
            comments=outcome.comments, history_entries=outcome.history_entries,
            actors_added=tuple(applier.refs.actors_added),
            places_added=tuple(applier.refs.places_added))

    @staticmethod
    def _sender(session: Session, header: dict[str, Any], source: str, *, create: bool
                ) -> str:
        """The sending desk in words; its key is pinned the first time it is met, and a
        later bundle claiming to be from it with another key is refused."""
        desk_id = str(header.get("desk_id"))
        user = str(header.get("user") or "desk")
        key = base64.b64decode(header["public_key"])
        peer = session.scalars(select(ExchangePeer).where(ExchangePeer.desk_id == desk_id)
                               ).first()
        if peer is not None and peer.public_key is not None and peer.public_key != key:
            raise BundleError(
                f"{source} claims to come from desk {peer.name} but is signed with another "
                "key than its earlier bundles. It was refused; nothing was changed.")
        if peer is None and create:
            name = f"{user}@{desk_id[:8]}"
            peer = session.scalars(select(ExchangePeer).where(ExchangePeer.name == name)
                                   ).first() or ExchangePeer(name=name, sent_history_id=0)
            peer.desk_id, peer.public_key = desk_id, key
            session.add(peer)
        if peer is not None and create:
            peer.received_at = utcnow()
            session.flush()
        return f"{user} ({peer.name if peer else f'desk {desk_id[:8]}'})"

    # --- one code path online: sync with another desk ----------------------------------

    def sync(self, other: Desk) -> tuple[ImportReport, ImportReport]:
        """Send our changes to ``other`` and bring theirs here, as bundles in memory.

        Returns (what ``other`` received, what this desk received).
        """
        mine, theirs = self.desk_id(), other.exchange.desk_id()
        data, _ = self.bundle_bytes(peer=f"desk:{theirs}")
        there = other.exchange.import_bytes(data, source="this desk's changes")
        back, _ = other.exchange.bundle_bytes(peer=f"desk:{mine}")
        here = self.import_bytes(back, source="the other desk's changes")
        return there, here

    # --- conflicts -------------------------------------------------------------------

    def conflicts(self, *, include_resolved: bool = False, incident: str | None = None
                  ) -> list[ConflictRecord]:
        with self.desk.db.read() as session:
            stmt = select(Conflict, Incident.human_id).outerjoin(
                Incident, Incident.id == Conflict.incident_id)
            if not include_resolved:
                stmt = stmt.where(Conflict.resolved_at.is_(None))
            if incident:
                stmt = stmt.where((Conflict.incident_id == incident)
                                  | (Incident.human_id == incident))
            rows = session.execute(stmt.order_by(Conflict.found_at, Conflict.path))
            return [_conflict_record(c, human_id) for c, human_id in rows]

    def resolve(self, conflict_id: str, choice: str, value: Any = None, *,
                reason: str | None = None) -> ConflictRecord:
        """Settle a conflict: keep ``local``, take ``remote``, or set ``value`` (choice
        "value"); the change and the decision are recorded in the history."""
        from sahel_desk.services.conflict_resolution import changes_for

        if choice not in ("local", "remote", "value"):
            raise InputError(f"A conflict is resolved with local, remote or value, not "
                             f"'{choice}'.")
        with self.desk.db.write() as session:
            conflict = session.get(Conflict, conflict_id)
            if conflict is None:
                raise NotFoundError(f"There is no conflict '{conflict_id}'.")
            if conflict.resolved_at is not None:
                raise ConflictError(f"This conflict was already resolved by "
                                    f"{conflict.resolved_by}.")
            own_form = (conflict.remote_desk == FORM_ORIGIN
                        and conflict.remote_user == self.desk.user)
            if not own_form:
                policy.require(session, self.desk.user, policy.Action.RESOLVE_ANY_CONFLICT,
                               "resolve an exchange conflict from another desk")
            else:
                policy.require(session, self.desk.user, policy.Action.RESOLVE_CONFLICT,
                               "resolve a conflict on your own save")
            chosen = {"local": decode(conflict.local_value),
                      "remote": decode(conflict.remote_value), "value": to_plain(value)}[choice]
            why = reason or f"conflict on {conflict.path} resolved ({choice})"
            changes_for(self.desk, session, conflict, chosen, why)
            conflict.resolved_by = self.desk.user
            conflict.resolved_at = utcnow()
            conflict.resolution = encode({"choice": choice, "value": chosen})
            session.flush()
            human_id = session.scalar(select(Incident.human_id).where(
                Incident.id == conflict.incident_id))
            return _conflict_record(conflict, human_id)


def _read_at_most(path: Path, limit: int) -> bytes | None:
    """The file's bytes, or None past ``limit`` (read in pieces: a pipe or a device has no
    size to check first, and one read of ``limit`` bytes would reserve them all)."""
    parts: list[bytes] = []
    total = 0
    with path.open("rb") as fh:
        while piece := fh.read(1 << 20):
            total += len(piece)
            if total > limit:
                return None
            parts.append(piece)
    return b"".join(parts)


def _conflict_record(c: Conflict, human_id: str | None) -> ConflictRecord:
    return ConflictRecord(
        id=c.id, incident_id=c.incident_id, human_id=human_id, part=c.part, path=c.path,
        base_value=decode(c.base_value), local_value=decode(c.local_value),
        remote_value=decode(c.remote_value), remote_user=c.remote_user,
        remote_desk=c.remote_desk, remote_at=c.remote_at, found_at=c.found_at,
        resolved_by=c.resolved_by, resolved_at=c.resolved_at,
        resolution=decode(c.resolution))
