"""Three-way, field-by-field merge of one incident as two desks changed it.

Both desks keep every change in the history, and a change set keeps its id
wherever it travels, so the change sets both desks hold are their common
past. A field changed only by change sets the other desk has not seen was
changed on that side alone and its value is taken; a field both sides changed
to different values is a conflict: the local value stays and both are kept
for a reviewer. Where both changed a field, the value after the last common
change to it (the base) still decides when one side merely set it back.

Pure functions over plain values: no database, no Qt.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sahel_desk.store.records import to_plain

#: the state's child lists and the history entity of their rows, per part of an incident
PARTS: dict[str, dict[str, str | None]] = {
    "record": {"incident": None, "source": "sources", "claim": "claims"},
    "revision": {"revision": None, "revision_source": "sources", "revision_claim": "claims"},
}
CHILD_LISTS = ("sources", "claims")


@dataclass(slots=True)
class Entry:
    """One history entry as it travels: values are JSON text, as stored. (Not frozen:
    the batch writer takes it as a plain record of attributes; nothing changes one.)"""

    change_id: str
    entity: str
    entity_id: str
    field: str
    old_value: str | None
    new_value: str | None
    user: str
    at: datetime
    reason: str | None

    def as_list(self) -> list[Any]:
        return [self.change_id, self.entity, self.entity_id, self.field, self.old_value,
                self.new_value, self.user, self.at.isoformat(), self.reason]

    @classmethod
    def from_list(cls, row: Sequence[Any]) -> Entry:
        return cls(row[0], row[1], row[2], row[3], row[4], row[5], row[6],
                   datetime.fromisoformat(row[7]), row[8])


@dataclass(frozen=True)
class FieldConflict:
    """A field both sides changed differently; values are plain (JSON-ready)."""

    path: str
    base: Any
    local: Any
    remote: Any
    remote_user: str | None
    remote_at: datetime | None


@dataclass
class MergeResult:
    state: dict[str, Any]
    conflicts: list[FieldConflict] = field(default_factory=list)
    #: paths whose value came from the other desk
    taken: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.taken)


def _key(entry: Entry, entities: dict[str, str | None]) -> tuple[str, ...] | None:
    """What an entry changed: ("field",), ("sources", id, "field") or (..., "*")."""
    if entry.entity not in entities:
        return None
    child = entities[entry.entity]
    if child is None:
        if entry.field.endswith(".order"):
            return ("order", entry.field.removesuffix(".order"))
        return (entry.field,)
    return (child, entry.entity_id, entry.field)


def _touched(entries: Iterable[Entry], entities: dict[str, str | None]
             ) -> dict[tuple[str, ...], Entry]:
    """Each key changed by ``entries``, with the last entry that changed it."""
    touched: dict[tuple[str, ...], Entry] = {}
    for entry in entries:
        key = _key(entry, entities)
        if key is not None:
            touched[key] = entry
    return touched


def _copied(value: Any) -> Any:
    if isinstance(value, list):
        return [dict(v) if isinstance(v, dict) else v for v in value]
    return dict(value) if isinstance(value, dict) else value


def _decoded(text: str | None) -> Any:
    return None if text is None else json.loads(text)


def merge(
    local: dict[str, Any], remote: dict[str, Any], local_entries: Sequence[Entry],
    remote_entries: Sequence[Entry], *, part: str = "record",
) -> MergeResult:
    """Merge ``remote`` into ``local`` (both plain states) using their histories.

    ``local_entries`` are in local order and ``remote_entries`` in the other
    desk's; only the entries of ``part`` ("record" or "revision") count.
    """
    entities = PARTS[part]
    remote_ids = {e.change_id for e in remote_entries}
    local_ids = {e.change_id for e in local_entries}
    common = [e for e in local_entries if e.change_id in remote_ids]
    mine = _touched((e for e in local_entries if e.change_id not in remote_ids), entities)
    theirs = _touched((e for e in remote_entries if e.change_id not in local_ids), entities)
    if not theirs:  # nothing new from the other side for this part: nothing to merge
        return MergeResult(state=local)
    base = _touched(common, entities)
    merger = _Merger(mine, theirs, base)
    return merger.run(local, remote)


class _Merger:
    def __init__(self, mine: dict, theirs: dict, base: dict):
        self.mine = mine
        self.theirs = theirs
        self.base = base

    def run(self, local: dict[str, Any], remote: dict[str, Any]) -> MergeResult:
        # values are JSON scalars, lists of them or child rows of scalars: copying one
        # level below a list is a full copy, for a fraction of deepcopy's time
        # (the child lists are rebuilt below: their rows are copied there)
        result = MergeResult(state={
            k: _copied(v) if type(v) in (list, dict) and k not in CHILD_LISTS else v
            for k, v in local.items()})
        for name, value in remote.items():
            if name in CHILD_LISTS or local.get(name) == value:  # the common case first
                continue
            before = len(result.taken)
            self.field(result, (name,), name, local.get(name), value)
            if len(result.taken) > before:
                result.state[name] = _copied(value)
        for name in CHILD_LISTS:
            result.state[name] = self.children(result, name, local.get(name) or [],
                                               remote.get(name) or [])
        return result

    def _base_value(self, key: tuple[str, ...]) -> tuple[bool, Any]:
        """The value after the last common change to ``key``: its own entry, else the
        common creation of its record or child, which holds every field."""
        entry = self.base.get(key)
        if entry is not None:
            return True, _decoded(entry.new_value)
        whole = self.base.get(("*",) if len(key) == 1 else (*key[:2], "*"))
        value = _decoded(whole.new_value) if whole is not None else None
        if value is None and len(key) == 3 and ("*",) in self.base:
            record = _decoded(self.base[("*",)].new_value) or {}
            value = next((row for row in record.get(key[0]) or []
                          if isinstance(row, dict) and row.get("id") == key[1]), None)
        if not isinstance(value, dict) or key[-1] not in value:
            return False, None
        return True, value[key[-1]]

    def field(self, result: MergeResult, key: tuple[str, ...], path: str, local: Any,
              remote: Any) -> None:
        """Decide one value: keep local, take remote (noted in ``taken``) or conflict."""
        if local == remote:
            return
        ours, theirs = key in self.mine, key in self.theirs
        if theirs and not ours:
            result.taken.append(path)
            return
        if ours and not theirs:
            return
        known, base = self._base_value(key)
        if known and local == base:
            result.taken.append(path)
            return
        if known and remote == base:
            return
        entry = self.theirs.get(key)
        result.conflicts.append(FieldConflict(
            path, base if known else None, _copied(local), _copied(remote),
            entry.user if entry else None, entry.at if entry else None))

    def _touches(self, side: dict, kind: str, child_id: str) -> bool:
        return any(k[0] == kind and len(k) == 3 and k[1] == child_id for k in side)

    def children(self, result: MergeResult, kind: str, local_rows: list[dict],
                 remote_rows: list[dict]) -> list[dict]:
        merged: list[dict] = []
        remote_by_id = {row["id"]: row for row in remote_rows}
        local_ids = {row["id"] for row in local_rows}
        for row in local_rows:
            child_id = row["id"]
            other = remote_by_id.get(child_id)
            if other is None:
                removed_there = (kind, child_id, "*") in self.theirs
                if removed_there and not self._touches(self.mine, kind, child_id):
                    result.taken.append(f"{kind}/{child_id}")
                    continue
                if removed_there:
                    entry = self.theirs[(kind, child_id, "*")]
                    result.conflicts.append(FieldConflict(
                        f"{kind}/{child_id}", None, _copied(row), None,
                        entry.user, entry.at))
                merged.append(_copied(row))
                continue
            kept = _copied(row)
            if other == row:  # most children are as they were on both sides
                merged.append(kept)
                continue
            for column in sorted(set(row) | set(other)):
                if column == "id":
                    continue
                path = f"{kind}/{child_id}/{column}"
                before = len(result.taken)
                self.field(result, (kind, child_id, column), path, row.get(column),
                           other.get(column))
                if len(result.taken) > before:
                    kept[column] = _copied(other.get(column))
            merged.append(kept)
        for row in remote_rows:
            child_id = row["id"]
            if child_id in local_ids:
                continue
            if (kind, child_id, "*") in self.mine:  # removed here
                if self._touches(self.theirs, kind, child_id):  # and edited there since
                    entry = next(e for k, e in self.theirs.items()
                                 if k[0] == kind and len(k) == 3 and k[1] == child_id)
                    result.conflicts.append(FieldConflict(
                        f"{kind}/{child_id}", None, None, _copied(row),
                        entry.user, entry.at))
                continue
            result.taken.append(f"{kind}/{child_id}")
            merged.append(_copied(row))
        return merged


def changed_keys(before: dict[str, Any], after: dict[str, Any]) -> set[tuple[str, ...]]:
    """The merge keys whose values differ between two plain states."""
    keys: set[tuple[str, ...]] = set()
    for name in set(before) | set(after):
        if name in CHILD_LISTS:
            old = {row["id"]: row for row in before.get(name) or []}
            new = {row["id"]: row for row in after.get(name) or []}
            for child_id in set(old) ^ set(new):
                keys.add((name, child_id, "*"))
            for child_id in set(old) & set(new):
                keys.update((name, child_id, column)
                            for column in set(old[child_id]) | set(new[child_id])
                            if old[child_id].get(column) != new[child_id].get(column))
        elif before.get(name) != after.get(name):
            keys.add((name,))
    return keys


def three_way(base: dict[str, Any], local: dict[str, Any], remote: dict[str, Any], *,
              remote_user: str | None = None, remote_at: datetime | None = None
              ) -> MergeResult:
    """Merge by values alone, when the common base state is known (a form's stale save:
    ``base`` is what the form loaded, ``local`` what is stored now, ``remote`` the form)."""
    at = remote_at or datetime.min

    def marks(keys: set[tuple[str, ...]], user: str) -> dict[tuple[str, ...], Entry]:
        return {key: Entry("", "", "", "", None, None, user, at, None) for key in keys}

    base_entries: dict[tuple[str, ...], Entry] = {}
    for key in changed_keys(base, local) | changed_keys(base, remote):
        if len(key) == 1:
            value = base.get(key[0])
        else:
            row = next((r for r in base.get(key[0]) or [] if r["id"] == key[1]), None)
            value = row if key[2] == "*" else (row or {}).get(key[2])
        base_entries[key] = Entry("", "", "", "", None, json.dumps(value), "", at, None)
    merger = _Merger(marks(changed_keys(base, local), ""),
                     marks(changed_keys(base, remote), remote_user or ""), base_entries)
    return merger.run(local, remote)


def value_at(state: dict[str, Any], path: str) -> Any:
    """The plain value at a conflict path ("*" is "kept" while the record exists)."""
    if path == "*":
        return "kept"
    parts = path.split("/")
    if len(parts) == 1:
        return to_plain(state.get(path))
    row = next((r for r in state.get(parts[0]) or [] if r["id"] == parts[1]), None)
    if len(parts) == 2 or row is None:
        return to_plain(row)
    return to_plain(row.get(parts[2]))
