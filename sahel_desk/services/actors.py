"""The actor registry: list, find, add and edit actors with their aliases."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, selectinload

from sahel_desk.codebook.taxonomy import ACTOR_TYPE_BY_CODE
from sahel_desk.codebook.validation import UnreadableValue, read_date
from sahel_desk.errors import FieldError, NotFoundError, ValidationError
from sahel_desk.model import Actor, ActorAlias, Claim, Incident, IncidentActor, utcnow
from sahel_desk.reference.name_index import IndexEntry, NameIndex
from sahel_desk.store import policy, revisions
from sahel_desk.store.history import HistoryWriter, record_diff
from sahel_desk.store.list_columns import incidents_of_actor, refresh_list_columns
from sahel_desk.store.names import set_aliases, unique_aliases
from sahel_desk.store.records import ActorRecord
from sahel_desk.store.state import RefResolver, state_of
from sahel_desk.text.message import Text
from sahel_desk.text.normalize import fold
from sahel_desk.text.numbers import read_whole_number

if TYPE_CHECKING:
    from sahel_desk.services.desk import Desk

EDITABLE = ("name", "actor_type", "aliases", "parent", "valid_from", "valid_to", "country",
            "family", "description")


def actor_record(actor: Actor, parent_name: str | None = None) -> ActorRecord:
    return ActorRecord(
        id=actor.id, name=actor.name, actor_type=actor.actor_type,
        aliases=tuple(a.alias for a in actor.aliases), parent_id=actor.parent_id,
        parent_name=parent_name, valid_from=actor.valid_from, valid_to=actor.valid_to,
        country=actor.country, family=actor.family, description=actor.description,
    )


@dataclass(frozen=True)
class ActorHit:
    actor: ActorRecord
    matched_name: str
    kind: str
    score: float


#: a list of actors (the name ``list`` is ActorService.list inside the class body)
ActorRecords = list[ActorRecord]


class ActorService:
    def __init__(self, desk: Desk):
        self.desk = desk
        self._index: tuple[tuple, NameIndex[str], dict[str, ActorRecords]] | None = None

    # --- search -------------------------------------------------------------------

    def search(self, query: str, *, on: date | None = None, limit: int = 10) -> list[ActorHit]:
        """Type-ahead over names and aliases in any script ("GSIM", "نصرة الإسلام", "Barkhane").

        Dated variants of one actor (Military Forces of Mali (2013-2020), ...) count
        as one hit; ``on`` picks the variant valid on the incident's date.
        """
        if not query.strip():
            return []
        index, families = self._current_index()
        hits = []
        for hit in index.search(query, limit=limit):
            variants = families[hit.key]
            hits.append(ActorHit(_variant_on(variants, on), hit.matched_name, hit.kind,
                                 hit.score))
        return hits

    def variant_on(self, ref: str, day: date) -> ActorRecord:
        """The variant of an actor's family valid on ``day`` (the actor itself if undated)."""
        actor = self.get(ref)
        _, families = self._current_index()
        return _variant_on(families.get(actor.family or actor.id, [actor]), day)

    def _current_index(self) -> tuple[NameIndex[str], dict[str, ActorRecords]]:
        with self.desk.db.read() as session:
            stamp = tuple(session.execute(
                select(func.count(Actor.id), func.max(Actor.updated_at))).one())
        if self._index is None or self._index[0] != stamp:
            actors = self.list()
            families: dict[str, list[ActorRecord]] = {}
            for actor in actors:
                families.setdefault(actor.family or actor.id, []).append(actor)
            entries = [
                IndexEntry(key, [n for a in members for n in (a.name, *a.aliases)]
                           + ([key] if members[0].family else []),
                           1.0 if all(a.parent_id is None for a in members) else 0.5)
                for key, members in families.items()
            ]
            self._index = (stamp, NameIndex(entries), families)
        return self._index[1], self._index[2]

    def list(self) -> list[ActorRecord]:
        with self.desk.db.read() as session:
            actors = session.scalars(
                select(Actor).options(selectinload(Actor.aliases))
                .where(Actor.merged_into_id.is_(None)).order_by(Actor.name)
            ).all()
            names = {a.id: a.name for a in actors}
            return [actor_record(a, names.get(a.parent_id or "")) for a in actors]

    def get(self, ref: str) -> ActorRecord:
        with self.desk.db.read() as session:
            actor = self._load(session, ref)
            parent = session.get(Actor, actor.parent_id) if actor.parent_id else None
            return actor_record(actor, parent.name if parent else None)

    def _load(self, session: Session, ref: str) -> Actor:
        actor = session.scalars(
            select(Actor).options(selectinload(Actor.aliases))
            .where(or_(Actor.id == ref, func.lower(Actor.name) == ref.lower()))
        ).first()
        if actor is None:
            raise NotFoundError(Text("There is no actor '{ref}'.", ref=ref))
        return actor

    def find(self, text: str, limit: int = 20) -> ActorRecords:
        """Actors whose name or an alias starts with or contains ``text`` (folded)."""
        key = fold(text)
        with self.desk.db.read() as session:
            ids = session.scalars(
                select(ActorAlias.actor_id).where(ActorAlias.folded.contains(key, autoescape=True))
                .distinct()
            ).all()
            # Escaped: in LIKE, PostgreSQL reads a backslash as an escape, SQLite as itself.
            actors = session.scalars(
                select(Actor).options(selectinload(Actor.aliases))
                .where(or_(Actor.id.in_(ids),
                           func.lower(Actor.name).contains(text.lower(), autoescape=True)))
                .order_by(Actor.name).limit(limit)
            ).all()
            return [actor_record(a) for a in actors]

    def create(self, **values: Any) -> ActorRecord:
        """Add an actor: name and actor_type (1-8) are required."""
        with self.desk.db.write() as session:
            policy.require(session, self.desk.user, policy.Action.CREATE_ACTOR,
                           _adding_actor(values.get("name")))
            actor = Actor(created_by=self.desk.user)
            clean = self._validated(session, values, actor=None)
            self._apply(actor, clean)
            session.add(actor)
            session.flush()
            HistoryWriter(session, self.desk.user).record(
                "actor", actor.id, "*", None, {k: v for k, v in clean.items()})
            return actor_record(actor)

    def update(self, ref: str, **changes: Any) -> ActorRecord:
        with self.desk.db.write() as session:
            actor = self._load(session, ref)
            clean = self._validated(session, changes, actor=actor)
            _require_edit(session, self.desk.user, actor)
            history = HistoryWriter(session, self.desk.user)
            for key, value in clean.items():
                old = [a.alias for a in actor.aliases] if key == "aliases" else getattr(
                    actor, "parent_id" if key == "parent" else key)
                if old != value:
                    history.record("actor", actor.id, key, old, value)
            self._apply(actor, clean)
            if "name" in clean:
                session.flush()
                refresh_list_columns(session, incidents_of_actor(session, actor.id))
            return actor_record(actor)

    def merge(self, source_ref: str, target_ref: str, *, reason: str | None = None
              ) -> ActorRecord:
        """Fold ``source`` into ``target``: every incident, claim and component group is
        repointed, all names are kept as aliases, and each change is in the history."""
        with self.desk.db.write() as session:
            source = self._load(session, source_ref)
            target = self._load(session, target_ref)
            if source.id == target.id:
                raise ValidationError([FieldError("target", Text("an actor cannot be merged "
                                                                 "into itself"))], what="merge")
            policy.require(session, self.desk.user, policy.Action.MERGE_ACTORS,
                           Text("merge {actor} into {target}", actor=source.name,
                                target=target.name))
            history = HistoryWriter(session, self.desk.user, reason or
                                    f"merged {source.name} into {target.name}")
            incident_ids = set(session.scalars(
                select(IncidentActor.incident_id).where(IncidentActor.actor_id == source.id)))
            incident_ids |= set(session.scalars(
                select(Claim.incident_id).where(Claim.claimant_id == source.id)))
            store = self.desk.store
            for incident_id in sorted(incident_ids):
                inc = store.load(session, incident_id, for_update=True)
                old = state_of(inc)
                new = store.validated(session, old, _repointed(old, source.id, target.id))
                record_diff(history, inc.id, old, new)
                store.write_state(session, inc, new, user=self.desk.user)
            revisions.repoint_pending(
                session, lambda state: _repointed(state, source.id, target.id), history)
            for child in session.scalars(select(Actor).where(Actor.parent_id == source.id)):
                history.record("actor", child.id, "parent", source.id, target.id)
                child.parent_id = target.id
            old_aliases = [a.alias for a in target.aliases]
            merged = unique_aliases(
                [*old_aliases, source.name, *(a.alias for a in source.aliases)])
            set_aliases(target, merged)
            history.record("actor", target.id, "aliases", old_aliases, merged)
            history.record("actor", source.id, "merged_into", None, target.id)
            source.merged_into_id = target.id
            source.aliases.clear()
            source.updated_at = target.updated_at = utcnow()
            session.flush()
            refresh_list_columns(session, incident_ids)
            return actor_record(target)

    def _validated(self, session: Session, values: dict[str, Any], actor: Actor | None) -> dict:
        errors: list[FieldError] = []
        clean: dict[str, Any] = {}
        for key, value in values.items():
            if key not in EDITABLE:
                errors.append(FieldError(key, Text("is not a field of an actor")))
                continue
            try:
                clean[key] = self._read(session, key, value, actor)
            except UnreadableValue as exc:
                errors.append(FieldError(key, str(exc)))
        if actor is None:
            for required in ("name", "actor_type"):
                if clean.get(required) in (None, "") and required not in values:
                    errors.append(FieldError(required, Text("is required")))
        start = clean.get("valid_from", actor.valid_from if actor else None)
        end = clean.get("valid_to", actor.valid_to if actor else None)
        if start and end and end < start:
            errors.append(FieldError("valid_to", Text("{end} is before valid_from {start}",
                                                      end=end, start=start)))
        if errors:
            raise ValidationError(errors, what="actor")
        return clean

    def _read(self, session: Session, key: str, value: Any, actor: Actor | None) -> Any:
        if key == "name":
            name = (value or "").strip()
            if not name:
                raise UnreadableValue(Text("cannot be empty"))
            taken = session.scalar(select(Actor.id).where(func.lower(Actor.name) == name.lower()))
            if taken and (actor is None or taken != actor.id):
                raise UnreadableValue(Text("an actor called '{name}' already exists", name=name))
            return name
        if key == "actor_type":
            try:
                code = read_whole_number(value) if isinstance(value, str) else int(value)
            except (TypeError, ValueError, OverflowError):
                code = None
            if code not in ACTOR_TYPE_BY_CODE:
                raise UnreadableValue(Text("{value!r} is not an actor type (1-8)", value=value))
            return code
        if key == "aliases":
            return unique_aliases(value or [])
        if key == "parent":
            if value in (None, ""):
                return None
            problems: list[FieldError] = []
            parent_id = RefResolver(session).actor(str(value), "parent", problems)
            if problems:
                raise UnreadableValue(problems[0].message)
            if actor is not None and parent_id == actor.id:
                raise UnreadableValue(Text("an actor cannot be its own parent"))
            return parent_id
        if key in ("valid_from", "valid_to"):
            return read_date(value)
        return (str(value).strip() or None) if value is not None else None

    @staticmethod
    def _apply(actor: Actor, clean: dict[str, Any]) -> None:
        for key, value in clean.items():
            if key == "parent":
                actor.parent_id = value
            elif key != "aliases":
                setattr(actor, key, value)
        if "aliases" in clean or "name" in clean:
            set_aliases(actor, clean.get("aliases", [a.alias for a in actor.aliases]))
        actor.updated_at = utcnow()  # alias-only edits must still refresh search indexes


def _repointed(state: dict[str, Any], old_id: str, new_id: str) -> dict[str, Any]:
    """An incident state with one actor replaced by another, without duplicates."""
    new = dict(state)
    for role in ("actor1", "actor2"):
        if new[role] == old_id:
            new[role] = new_id
    for role, main in (("assoc_actor_1", "actor1"), ("assoc_actor_2", "actor2")):
        ids = [new_id if a == old_id else a for a in new[role]]
        new[role] = [a for i, a in enumerate(ids) if a not in ids[:i] and a != new[main]]
    new["claims"] = [
        {**c, "claimant": new_id if c["claimant"] == old_id else c["claimant"]}
        for c in new["claims"]
    ]
    return new


def active_on(actor: ActorRecord, day: date) -> bool:
    return (actor.valid_from is None or actor.valid_from <= day) and (
        actor.valid_to is None or day <= actor.valid_to)


def _variant_on(variants: list[ActorRecord], day: date | None) -> ActorRecord:
    """The variant valid on ``day``; without a day (or none valid), the most recent one."""
    if day is not None:
        for actor in variants:
            if active_on(actor, day):
                return actor
    return max(variants, key=lambda a: a.valid_from or date.min)


def _require_edit(session: Session, user: str, actor: Actor) -> None:
    """Renaming or editing an actor that approved incidents use changes published data
    (their exports, their interaction codes): a publisher's act. Others are anyone's."""
    published = session.scalar(
        select(IncidentActor.incident_id).join(Incident, Incident.id == IncidentActor.incident_id)
        .where(IncidentActor.actor_id == actor.id, Incident.status == "approved").limit(1))
    if published is None:
        published = session.scalar(
            select(Claim.incident_id).join(Incident, Incident.id == Claim.incident_id)
            .where(Claim.claimant_id == actor.id, Incident.status == "approved").limit(1))
    if published:
        policy.require(session, user, policy.Action.EDIT_PUBLISHED_ACTOR,
                       Text("edit {actor}, which approved incidents use", actor=actor.name))
    else:
        policy.require(session, user, policy.Action.EDIT_ACTOR,
                       Text("edit {actor}", actor=actor.name))


def _adding_actor(name: str | None) -> Text:
    if name:
        return Text("add the actor {actor}", actor=name)
    return Text("add the actor")
