"""An incident as a flat dict of plain values (its *state*), and back.

The state is what validation checks, what history diffs and what a revert
restores: references are ids, children are lists of dicts carrying their ids.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from sahel_desk.codebook.validation import (
    ASSOC_FIELDS,
    CLAIM_FIELDS,
    INCIDENT_FIELDS,
    SOURCE_FIELDS,
)
from sahel_desk.errors import FieldError
from sahel_desk.model import (
    Actor,
    ActorAlias,
    Claim,
    Incident,
    IncidentActor,
    IncidentTag,
    Place,
    Source,
    new_id,
)
from sahel_desk.storage.fit import INT_MAX
from sahel_desk.store.location import LOCATION_FIELDS
from sahel_desk.text.message import Text
from sahel_desk.text.normalize import fold
from sahel_desk.text.numbers import read_whole_number

SCALAR_FIELDS = tuple(
    name for name in INCIDENT_FIELDS
    if name not in ("actor1", "actor2", *ASSOC_FIELDS, "tags")
)
ROLE_FIELDS = ("actor1", "assoc_actor_1", "actor2", "assoc_actor_2")
SOURCE_COLUMNS = tuple(k for k in SOURCE_FIELDS if k != "id")
CLAIM_COLUMNS = tuple(k for k in CLAIM_FIELDS if k not in ("id", "claimant"))

DEFAULT_STATE: dict[str, Any] = {
    **{name: None for name in INCIDENT_FIELDS},
    "near": False, "notes": "", "status": "draft",
    "assoc_actor_1": [], "assoc_actor_2": [], "tags": [], "sources": [], "claims": [],
}


def state_of(inc: Incident) -> dict[str, Any]:
    state: dict[str, Any] = {name: getattr(inc, name) for name in SCALAR_FIELDS}
    roles: dict[str, list[str]] = {role: [] for role in ROLE_FIELDS}
    for link in sorted(inc.actor_links, key=lambda link: (link.role, link.position)):
        roles[link.role].append(link.actor_id)
    state["actor1"] = roles["actor1"][0] if roles["actor1"] else None
    state["actor2"] = roles["actor2"][0] if roles["actor2"] else None
    state["assoc_actor_1"] = roles["assoc_actor_1"]
    state["assoc_actor_2"] = roles["assoc_actor_2"]
    state["tags"] = sorted(t.tag for t in inc.tags)
    state["sources"] = [
        {"id": s.id, **{k: getattr(s, k) for k in SOURCE_COLUMNS}} for s in inc.sources
    ]
    state["claims"] = [
        {"id": c.id, "claimant": c.claimant_id, **{k: getattr(c, k) for k in CLAIM_COLUMNS}}
        for c in inc.claims
    ]
    return state


def complete_children(state: dict[str, Any]) -> None:
    """Give new children ids and every child all its fields, so diffs are exact."""
    for child, columns in (("sources", SOURCE_COLUMNS), ("claims", CLAIM_COLUMNS)):
        rows = []
        for item in state.get(child) or []:
            row = {"id": item.get("id") or new_id()}
            if child == "claims":
                row["claimant"] = item.get("claimant")
            for col in columns:
                row[col] = item.get(col)
            if child == "sources" and row["publication"] is None:
                row["publication"] = ""
            if child == "claims":
                row["original_text"] = row["original_text"] or ""
                row["competing"] = bool(row["competing"])
            rows.append(row)
        state[child] = rows


class RefResolver:
    """Turns actor and place references (id, exact name or unique alias) into ids."""

    def __init__(self, session: Session):
        self.session = session

    def actor(self, ref: str | None, field: str, errors: list[FieldError]) -> str | None:
        if ref is None:
            return None
        if self.session.get(Actor, ref) is not None:
            return ref
        by_name = self.session.scalars(
            select(Actor.id).where(func.lower(Actor.name) == ref.lower())
        ).all()
        if len(by_name) == 1:
            return by_name[0]
        key = fold(ref)
        by_alias = self.session.scalars(
            select(ActorAlias.actor_id).where(ActorAlias.folded == key).distinct()
        ).all()
        if len(by_alias) == 1:
            return by_alias[0]
        if len(by_alias) > 1:
            names = self.session.scalars(select(Actor.name).where(Actor.id.in_(by_alias))).all()
            errors.append(FieldError(field, Text("'{ref}' could mean {names}", ref=ref,
                                                 names=" or ".join(sorted(names)))))
        else:
            errors.append(FieldError(field, Text("no actor is called '{ref}'", ref=ref)))
        return None

    def place(self, ref: str | None, errors: list[FieldError]) -> str | None:
        if ref is None:
            return None
        if self.session.get(Place, ref) is not None:
            return ref
        geonames_id = read_whole_number(ref, signed=False, most=INT_MAX)
        if geonames_id is not None:
            found = self.session.scalar(select(Place.id).where(Place.geonames_id == geonames_id))
            if found:
                return found
        errors.append(FieldError("place_id", Text("no place has the id '{ref}'", ref=ref)))
        return None

    def resolve(self, state: dict[str, Any], errors: list[FieldError]) -> None:
        for field in ("actor1", "actor2"):
            state[field] = self.actor(state.get(field), field, errors)
        for field in ASSOC_FIELDS:
            state[field] = [
                actor_id for i, ref in enumerate(state.get(field) or [])
                if (actor_id := self.actor(ref, f"{field}[{i}]", errors))
            ]
        state["place_id"] = self.place(state.get("place_id"), errors)
        for i, claim in enumerate(state.get("claims") or []):
            claim["claimant"] = self.actor(claim.get("claimant"), f"claims[{i}].claimant", errors)


def apply_state(session: Session, inc: Incident, state: dict[str, Any]) -> None:
    """Write a validated state onto the ORM object, touching only what changed (a new
    place or location is compared with its place again: see store/location.py)."""
    if any(getattr(inc, name) != state[name] for name in ("place_id", *LOCATION_FIELDS)):
        inc.place_version = None
    for name in SCALAR_FIELDS:
        if getattr(inc, name) != state[name]:
            setattr(inc, name, state[name])
    wanted = [
        (role, pos, actor_id)
        for role in ROLE_FIELDS
        for pos, actor_id in enumerate(
            ([state[role]] if state[role] else []) if role in ("actor1", "actor2") else state[role]
        )
    ]
    current = [(link.role, link.position, link.actor_id) for link in inc.actor_links]
    if sorted(current) != sorted(wanted):
        inc.actor_links.clear()
        session.flush()
        inc.actor_links.extend(
            IncidentActor(role=role, position=pos, actor_id=actor_id)
            for role, pos, actor_id in wanted
        )
    if sorted(t.tag for t in inc.tags) != sorted(state["tags"]):
        inc.tags.clear()
        session.flush()
        inc.tags.extend(IncidentTag(tag=tag) for tag in state["tags"])
    _apply_children(inc.sources, state["sources"], Source, SOURCE_COLUMNS, {})
    _apply_children(inc.claims, state["claims"], Claim, CLAIM_COLUMNS, {"claimant": "claimant_id"})


def _apply_children(existing, rows, model, columns, renamed) -> None:
    by_id = {child.id: child for child in existing}
    keep = []
    for position, row in enumerate(rows):
        child = by_id.get(row["id"]) or model(id=row["id"])
        child.position = position
        for col in columns:
            if getattr(child, col) != row[col]:
                setattr(child, col, row[col])
        for key, attr in renamed.items():
            if getattr(child, attr) != row[key]:
                setattr(child, attr, row[key])
        keep.append(child)
    existing[:] = keep


def resolve_search_scope(session: Session, actor_ref: str) -> list[str]:
    """An actor and every group under it (JNIM includes Katiba Macina), by id."""
    roots = session.scalars(
        select(Actor.id).where(or_(Actor.id == actor_ref, Actor.family == actor_ref,
                                   func.lower(Actor.name) == actor_ref.lower()))
    ).all()
    if not roots:
        roots = session.scalars(
            select(ActorAlias.actor_id).where(ActorAlias.folded == fold(actor_ref)).distinct()
        ).all()
    found = set(roots)
    frontier = list(roots)
    while frontier:
        children = session.scalars(select(Actor.id).where(Actor.parent_id.in_(frontier))).all()
        frontier = [c for c in children if c not in found]
        found.update(frontier)
    return sorted(found)
