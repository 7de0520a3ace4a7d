"""Exchange with other desks: bundles on a USB stick, or a sync with a server.

    summary = desk.exchange.export_bundle("to-hawa.sdb", peer="hawa")
    report = desk.exchange.import_bundle("from-amina.sdb")
    desk.exchange.sync(server_desk)     # the same bundles, passed in memory

Nothing comes in from a desk whose key this desk has not chosen to trust: the
first bundle from a new key is refused, naming the desk, its user and the
key's fingerprint, and the key is noted as seen; an administrator then trusts
it as a researcher's desk (new records and edits; edits of approved records
wait as pending revisions, review decisions do not count) or a reviewer's
desk (everything, review decisions too), or revokes it.

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
from sahel_desk.errors import (
    ConflictError,
    InputError,
    NotFoundError,
    StorageError,
    UntrustedDeskError,
)
from sahel_desk.exchange import collect
from sahel_desk.exchange.apply import Applier, Outcome
from sahel_desk.exchange.container import (
    MAX_PAYLOAD_BYTES,
    BundleError,
    BundleTooLargeError,
    fingerprint,
    new_signing_key,
    open_bundle,
    seal,
)
from sahel_desk.exchange.schema import check_payload
from sahel_desk.model import Conflict, DeskIdentity, ExchangePeer, Incident, utcnow
from sahel_desk.services.duplicates import DuplicatePair
from sahel_desk.services.stale_merge import FORM_ORIGIN
from sahel_desk.store import policy
from sahel_desk.store.history import HistoryWriter, decode, encode
from sahel_desk.store.records import to_plain
from sahel_desk.text.message import Text

if TYPE_CHECKING:
    from sahel_desk.services.desk import Desk

ANYONE = "anyone"
#: what an administrator may trust a desk's bundles to carry
TRUST_LEVELS = ("researcher", "reviewer")
SEEN, REVOKED = "none", "revoked"


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
    #: what the sending desk is trusted as: "researcher" or "reviewer"
    trust: str = "reviewer"
    #: what came in (or would) only to wait for a reviewer here, or did not count
    waiting: tuple[str, ...] = ()
    #: pairs the sending desk marked "not the same event", new here
    dismissals: int = 0
    #: the likely duplicates the bundle brought in (none for a dry run): pairs with an
    #: incident it added or changed, as ``duplicates find`` gives them
    duplicates: tuple[DuplicatePair, ...] = ()

    def lines(self) -> list[str]:
        """The report in words, for the CLI and the GUI."""
        verb = "would be" if self.dry_run else ("was" if len(self.added) == 1 else "were")
        out = [f"From {self.sender}, trusted as a {self.trust}'s desk:",
               f"  {_count(len(self.added), 'incident')} {verb} added, "
               f"{len(self.updated):,} updated, {len(self.deleted):,} deleted, "
               f"{self.unchanged:,} already up to date",
               f"  {_count(len(self.conflicts), 'conflict')} for a reviewer, "
               f"{_count(self.comments, 'comment')}, "
               f"{_count(self.history_entries, 'history entry', 'history entries')}"
               + (f", {_count(self.dismissals, 'pair')} marked not the same event"
                  if self.dismissals else "")]
        if self.actors_added or self.places_added:
            out.append(f"  new actors: {len(self.actors_added)}, new places: "
                       f"{len(self.places_added)}")
        out += [f"  conflict: {label} {path}" for label, path in self.conflicts[:50]]
        out += [f"  renumbered: {old} is {new} here" for old, new in self.renumbered]
        out += [f"  left alone: {why}" for why in self.left_alone]
        if self.waiting:
            out.append(f"  {_count(len(self.waiting), 'part')} "
                       f"{_wait_verb(self.dry_run, len(self.waiting))} "
                       "for a reviewer here:")
            out += [f"    {why}" for why in self.waiting]
        return out


def _wait_verb(dry_run: bool, count: int) -> str:
    return "will wait" if dry_run else ("waits" if count == 1 else "wait")


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


@dataclass(frozen=True)
class DeskRecord:
    """Another desk as this one knows it: its key, and what its bundles may carry."""

    name: str
    desk_id: str | None
    user: str | None
    fingerprint: str
    #: "none" (seen, not trusted), "researcher", "reviewer" or "revoked"
    trust: str
    trusted_by: str | None
    trusted_at: Any
    received_at: Any
    sent_at: Any

    @property
    def trusted(self) -> bool:
        return self.trust in TRUST_LEVELS


def _desk_record(peer: ExchangePeer) -> DeskRecord:
    return DeskRecord(peer.name, peer.desk_id, peer.last_user, peer.fingerprint or "",
                      peer.trust or SEEN, peer.trusted_by, peer.trusted_at, peer.received_at,
                      peer.sent_at)


def untrusted(desk: DeskRecord, source: str) -> UntrustedDeskError:
    """The refusal of a bundle from a key not trusted here, saying how to trust it."""
    who = Text("desk {desk} (user {user}), key {key}", desk=desk.name,
               user=desk.user or "?", key=desk.fingerprint)
    if desk.trust == REVOKED and desk.trusted_by:
        message = Text("{source} comes from {who}, which was revoked on this desk by {admin}. "
                       "It was refused; nothing was brought in.", source=source, who=who,
                       admin=desk.trusted_by)
    elif desk.trust == REVOKED:
        message = Text("{source} comes from {who}, which was revoked on this desk. It was "
                       "refused; nothing was brought in.", source=source, who=who)
    else:
        message = Text("{source} comes from {who}, which this desk does not trust yet. Nothing "
                       "was brought in. Compare the fingerprint with the one `sahel-desk desks "
                       "list` shows on that desk; then an administrator trusts it with "
                       "`sahel-desk desks trust {key} --as researcher` (or --as reviewer, to "
                       "let its review decisions count).", source=source, who=who,
                       key=desk.fingerprint)
    return UntrustedDeskError(message, fingerprint=desk.fingerprint, desk=desk.name,
                              user=desk.user or "", revoked=desk.trust == REVOKED)


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

    def identity(self) -> tuple[str, bytes]:
        """This desk's id and public key (made the first time they are asked for)."""
        with self.desk.db.write() as session:
            me = self._identity(session)
            return me.desk_id, me.public_key

    def own_fingerprint(self) -> str:
        """This desk's key fingerprint: what another desk's administrator compares
        before trusting it."""
        return fingerprint(self.identity()[1])

    # --- trust in other desks ----------------------------------------------------------

    def desks(self) -> list[DeskRecord]:
        """Every desk whose key this desk has met, trusted or not."""
        with self.desk.db.read() as session:
            return [_desk_record(p) for p in session.scalars(
                select(ExchangePeer).where(ExchangePeer.public_key.is_not(None))
                .order_by(ExchangePeer.name))]

    def may_trust(self) -> bool:
        """Whether the current user may trust or revoke desk keys here."""
        with self.desk.db.read() as session:
            return policy.allowed(session, self.desk.user, policy.Action.TRUST_DESK)

    def trust(self, key: str, level: str, *, reason: str | None = None) -> DeskRecord:
        """Trust the desk whose key fingerprint is (or begins with) ``key``: as a
        "researcher"'s desk or a "reviewer"'s; recorded in the history."""
        if level not in TRUST_LEVELS:
            raise InputError(Text("A desk is trusted as {names}, not '{level}'.",
                                  names=' or '.join(TRUST_LEVELS), level=level))
        return self._set_trust(key, level, reason,
                               Text("trust the desk key {key}", key=key.strip()))

    def revoke(self, key: str, *, reason: str | None = None) -> DeskRecord:
        """Stop trusting a desk's key: its bundles are refused from now on."""
        return self._set_trust(key, REVOKED, reason,
                               Text("revoke the desk key {key}", key=key.strip()))

    def _set_trust(self, key: str, level: str, reason: str | None, what: Text) -> DeskRecord:
        with self.desk.db.write() as session:
            policy.require(session, self.desk.user, policy.Action.TRUST_DESK, what)
            peer = self._by_fingerprint(session, key)
            if peer.trust != level:
                HistoryWriter(session, self.desk.user, reason or f"key {peer.fingerprint} of "
                              f"{peer.name}").record("desk", peer.desk_id or peer.name,
                                                     "trust", peer.trust, level)
                peer.trust = level
                peer.trusted_by = self.desk.user
                peer.trusted_at = utcnow()
                session.flush()
            return _desk_record(peer)

    @staticmethod
    def _by_fingerprint(session: Session, key: str) -> ExchangePeer:
        """The known desk whose fingerprint is ``key`` or begins with it (at least 8
        characters of its hash, with or without "SHA256:")."""
        wanted = key.strip()
        if not wanted.startswith("SHA256:"):
            wanted = "SHA256:" + wanted
        if len(wanted) < len("SHA256:") + 8:
            raise InputError(Text("'{key}' is too short to name a desk key: give its "
                                  "fingerprint as `desks list` shows it (at least 8 characters "
                                  "after SHA256:).",
                                  key=key))
        found = [p for p in session.scalars(select(ExchangePeer).where(
            ExchangePeer.fingerprint.is_not(None))) if (p.fingerprint or "").startswith(wanted)]
        if not found:
            raise NotFoundError(Text("No desk key {key} is known here: a key is known once a "
                                     "bundle or a sync from it was refused (see `desks list`).",
                                     key=key))
        if len(found) > 1:
            raise InputError(Text("{key} begins {count} desk keys' fingerprints: give more of "
                                  "it.",
                                  key=key, count=len(found)))
        return found[0]

    def meet(self, desk_id: str, user: str, public_key: bytes, source: str = "the bundle"
             ) -> DeskRecord:
        """The desk that signed with ``public_key``, noted as seen if it is new here.

        A desk already known under another key, or a key known under another desk id,
        is refused (BundleError): someone else signed in its name."""
        key_print = fingerprint(public_key)
        with self.desk.db.read() as session:
            peer = self._known(session, desk_id, public_key, key_print, source)
            if peer is not None and peer.last_user == user and peer.fingerprint:
                return _desk_record(peer)
        with self.desk.db.write() as session:
            peer = self._known(session, desk_id, public_key, key_print, source)
            if peer is None:
                name = f"{user}@{desk_id[:8]}"
                peer = session.scalars(select(ExchangePeer).where(
                    ExchangePeer.name == name)).first() or ExchangePeer(
                        name=name, sent_history_id=0)
                peer.desk_id, peer.public_key, peer.trust = desk_id, public_key, SEEN
                session.add(peer)
            peer.fingerprint, peer.last_user = key_print, user
            session.flush()
            return _desk_record(peer)

    @staticmethod
    def _known(session: Session, desk_id: str, public_key: bytes, key_print: str,
               source: str) -> ExchangePeer | None:
        peer = session.scalars(select(ExchangePeer).where(ExchangePeer.desk_id == desk_id)
                               ).first()
        if peer is not None and peer.public_key is not None and peer.public_key != public_key:
            raise BundleError(
                Text("{source} claims to come from desk {peer} but is signed with another key "
                     "than its earlier bundles. It was refused; nothing was changed.",
                     source=source, peer=peer.name))
        other = session.scalars(select(ExchangePeer).where(
            ExchangePeer.fingerprint == key_print, ExchangePeer.desk_id != desk_id)).first()
        if other is not None:
            raise BundleError(
                Text("{source} is signed with the key of desk {other} but claims another desk "
                     "id. It was refused; nothing was changed.",
                     source=source, other=other.name))
        return peer

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
                           Text("write a bundle for {desk}", desk=peer))
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
                "dismissals": collect.dismissal_items(
                    session, target.sent_at if since_last else None),
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
                raise StorageError(Text("Could not write {dest}: {reason}.",
                                        dest=dest, reason=exc.strerror or exc)) from exc

        _data, summary = self.bundle_bytes(peer=peer, since_last=since_last, password=password,
                                           write=write)
        return dataclasses.replace(summary, path=str(dest))

    # --- receiving -------------------------------------------------------------------

    def import_bundle(self, path: str | os.PathLike[str], *, password: str | None = None,
                      dry_run: bool = False) -> ImportReport:
        source = Path(path).expanduser()
        too_large = BundleTooLargeError(
            Text("{source} is larger than a bundle may be ({value:g} GiB); it was refused. "
                 "Nothing was changed.",
                 source=source.name, value=MAX_PAYLOAD_BYTES / (1 << 30)))
        try:
            if source.is_file() and source.stat().st_size > MAX_PAYLOAD_BYTES:
                raise too_large
            data = _read_at_most(source, MAX_PAYLOAD_BYTES)
            if data is None:
                raise too_large
        except OSError as exc:
            raise StorageError(Text("Could not read {source}: {reason}.",
                                    source=source, reason=exc.strerror or exc)) from exc
        return self.import_bytes(data, password=password, dry_run=dry_run, source=source.name)

    @fewer_collections()
    def import_bytes(self, data: bytes, *, password: str | None = None, dry_run: bool = False,
                     source: str = "the bundle") -> ImportReport:
        """Check, then merge a bundle in one transaction (a dry run writes nothing but
        the note of a desk key met for the first time)."""
        opened = open_bundle(data, password, source)
        header = opened.header
        with self.desk.db.read() as session:
            mine = session.scalar(select(DeskIdentity.desk_id))
        if header.get("desk_id") == mine:
            raise BundleError(Text("{source} was written by this desk; nothing to bring in.",
                                   source=source))
        desk_id, user = header.get("desk_id"), header.get("user") or "desk"
        if not (isinstance(desk_id, str) and 0 < len(desk_id) <= 36
                and isinstance(user, str) and len(user) <= 100):
            raise BundleError(Text("{source} does not say plainly which desk and user wrote it "
                                   "(its header is damaged). Nothing was changed.",
                                   source=source))
        # who signed is settled before what they sent is looked at
        seen = self.meet(desk_id, user, base64.b64decode(header["public_key"]), source)
        if not seen.trusted:
            raise untrusted(seen, source)
        check_payload(opened.payload, source)
        sender = f"{user} ({seen.name})"
        if dry_run:
            with self.desk.db.read() as session:
                return self._report(sender, True, seen.trust, self._apply(
                    session, opened.payload, sender, seen.trust, dry_run=True))
        with self.desk.db.write() as session:
            peer = session.scalars(select(ExchangePeer).where(
                ExchangePeer.desk_id == desk_id).with_for_update()).one()
            if peer.trust != seen.trust:  # changed meanwhile: ask again
                raise ConflictError(Text("The trust in desk {peer} changed while {source} was "
                                         "read; import it again.",
                                         peer=peer.name, source=source))
            peer.received_at = utcnow()
            result = self._apply(session, opened.payload, sender, peer.trust, dry_run=False)
            report = self._report(sender, False, peer.trust, result)
        found = self.desk.duplicates.brought_in(result[0].changed_ids)
        return dataclasses.replace(report, duplicates=found.pairs)

    def _apply(self, session: Session, payload: dict[str, Any], sender: str, trust: str, *,
               dry_run: bool) -> tuple[Outcome, Applier]:
        applier = Applier(session, payload, sender, user=self.desk.user,
                          default_country=self.desk.default_country, dry_run=dry_run,
                          reviewer_desk=trust == "reviewer")
        return applier.run(), applier

    @staticmethod
    def _report(sender: str, dry_run: bool, trust: str, result: tuple[Outcome, Applier]
                ) -> ImportReport:
        outcome, applier = result
        return ImportReport(
            sender=sender, dry_run=dry_run, added=tuple(outcome.added),
            updated=tuple(outcome.updated), deleted=tuple(outcome.deleted),
            unchanged=outcome.unchanged, conflicts=tuple(outcome.conflicts),
            left_alone=tuple(outcome.left_alone), renumbered=tuple(outcome.renumbered),
            comments=outcome.comments, history_entries=outcome.history_entries,
            actors_added=tuple(applier.refs.actors_added),
            places_added=tuple(applier.refs.places_added), trust=trust,
            waiting=tuple(outcome.waiting), dismissals=outcome.dismissals)

    # --- one code path online: sync with another desk ----------------------------------

    def sync(self, other: Desk, *, other_url: str | None = None
             ) -> tuple[ImportReport, ImportReport]:
        """Send our changes to ``other`` and bring theirs here, as bundles in memory
        (each desk must trust the other's key first; ``other_url``, how the other
        database is reached, goes into the refusal's command).

        Returns (what ``other`` received, what this desk received).
        """
        self.require_trust_with(other, other_url)
        mine, theirs = self.desk_id(), other.exchange.desk_id()
        data, _ = self.bundle_bytes(peer=f"desk:{theirs}")
        there = other.exchange.import_bytes(data, source="this desk's changes")
        back, _ = other.exchange.bundle_bytes(peer=f"desk:{mine}")
        here = self.import_bytes(back, source="the other desk's changes")
        return there, here

    def require_trust_with(self, other: Desk, other_url: str | None = None) -> None:
        """Refuse a sync (UntrustedDeskError, nothing sent) unless each desk trusts the
        other's key; the first time, both keys are noted as seen and the refusal says
        which fingerprint to trust where."""
        my_id, my_key = self.identity()
        their_id, their_key = other.exchange.identity()
        me_there = other.exchange.meet(my_id, self.desk.user, my_key, "this desk's changes")
        them_here = self.meet(their_id, other.user, their_key, "the other database")
        problems = []
        if not them_here.trusted:
            problems.append(
                f"this desk {'revoked' if them_here.trust == REVOKED else 'does not trust'} "
                f"the other database's key {them_here.fingerprint}; an administrator here "
                f"trusts it with `sahel-desk desks trust {them_here.fingerprint} --as "
                "reviewer`")
        if not me_there.trusted:
            problems.append(
                f"the other database {'revoked' if me_there.trust == REVOKED else 'does not trust'}"
                f" this desk's key {me_there.fingerprint}; its administrator trusts it with "
                f"`sahel-desk --db {other_url or 'URL'} desks trust {me_there.fingerprint} "
                "--as researcher`")
        if problems:
            first = them_here if not them_here.trusted else me_there
            raise UntrustedDeskError("Nothing was synced: " + "; ".join(problems) + ".",
                                     fingerprint=first.fingerprint, desk=first.name,
                                     user=first.user or "", revoked=first.trust == REVOKED)

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
            raise InputError(Text("A conflict is resolved with local, remote or value, not "
                                  "'{choice}'.",
                                  choice=choice))
        with self.desk.db.write() as session:
            conflict = session.get(Conflict, conflict_id)
            if conflict is None:
                raise NotFoundError(Text("There is no conflict '{conflict_id}'.",
                                         conflict_id=conflict_id))
            if conflict.resolved_at is not None:
                raise ConflictError(Text("This conflict was already resolved by {resolved_by}.",
                                         resolved_by=conflict.resolved_by))
            own_form = (conflict.remote_desk == FORM_ORIGIN
                        and conflict.remote_user == self.desk.user)
            if not own_form:
                policy.require(session, self.desk.user, policy.Action.RESOLVE_ANY_CONFLICT,
                               Text("resolve an exchange conflict from another desk"))
            else:
                policy.require(session, self.desk.user, policy.Action.RESOLVE_CONFLICT,
                               Text("resolve a conflict on your own save"))
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
