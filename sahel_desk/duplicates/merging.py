"""Two records of one event made one: which value each field takes.

Plain states in (store/state.py's shape), the merged values and every choice out;
the store writes them (store/merging.py). By default each field takes the value
the codebook prefers:

- the **date** (date, end date, time precision, as one) of the record whose time
  is the finer (a known day before a week before a month), and the **place** (the
  gazetteer link, the location as coded, geo precision, "near", as one) of the
  record whose place is the finer;
- the **toll**: the lowest credible fatality figure (the smaller best estimate,
  the smaller low and the larger high, so the spread of both reports stays);
- every other field: the approved record's value over a draft's, else the kept
  record's; a value only one record has is taken from it;
- **sources, claims, tags and associated actors** of both are kept, and the
  other's notes follow the kept record's.

Each choice of a field or group can be turned the other way (``prefer``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sahel_desk.text.message import Text

#: fields chosen together, by group name; a group takes both records' values or none
GROUPS: dict[str, tuple[str, ...]] = {
    "date": ("event_date", "event_date_end", "time_precision"),
    "place": ("place_id", "location", "country_code", "admin1", "admin2", "admin3",
              "latitude", "longitude", "geo_precision", "near"),
    "type": ("event_type", "sub_event_type"),
    "actors": ("actor1", "actor2"),
    "fatalities": ("fatalities", "fatalities_low", "fatalities_high"),
}
#: fields a merge never takes from the other record: its identity and its review state
OWN = frozenset({"acled_event_id", "acled_timestamp", "status"})
#: fields whose values of both records are kept
BOTH = ("assoc_actor_1", "assoc_actor_2", "tags", "sources", "claims", "notes")
#: the other single fields, chosen one by one
SINGLE = ("injured", "kidnapped", "arrested", "seized_vehicles", "seized_weapons",
          "attack_type", "target_type", "weapon_type", "suicide", "property_damage",
          "items_seized")
CHOICES = (*GROUPS, *SINGLE)
#: a record is finer the smaller its precision code; unknown counts as coarsest
_COARSEST = 99


@dataclass(frozen=True)
class Choice:
    """One field or group: both records' values, which was taken, and why."""

    name: str
    kept: Any
    other: Any
    #: "keep", "other", or "both" (the toll mixes the two)
    taken: str
    #: why, in English; a Text, so a GUI shows it in the user's language
    why: str
    value: Any
    #: both values as a reader sees them (names, not ids), when the caller gave them
    kept_text: str = ""
    other_text: str = ""


def _values(state: Mapping[str, Any], name: str) -> Any:
    fields = GROUPS.get(name, (name,))
    return {f: state.get(f) for f in fields} if name in GROUPS else state.get(name)


def _empty(value: Any) -> bool:
    """Nothing coded: None, "" or (in a group) False; a count of 0 is a value."""
    if isinstance(value, dict):
        return all(v is None or v == "" or v is False for v in value.values())
    return value is None or value == ""


def _precision(value: Any) -> int:
    return value if isinstance(value, int) else _COARSEST


def _default(name: str, keep: Mapping[str, Any], other: Mapping[str, Any],
             keep_approved: bool, other_approved: bool) -> tuple[str, Text]:
    mine, theirs = _values(keep, name), _values(other, name)
    if mine == theirs:
        return "keep", Text("the same in both")
    if _empty(theirs):
        return "keep", Text("only the kept record has it")
    if _empty(mine):
        return "other", Text("only the other record has it")
    precision = {"date": "time_precision", "place": "geo_precision"}.get(name)
    if precision:
        a, b = _precision(keep.get(precision)), _precision(other.get(precision))
        if a != b:
            finer = Text("the finer precision")
            return ("keep", finer) if a < b else ("other", finer)
    if keep_approved != other_approved:
        return ("keep", Text("the approved value")) if keep_approved else (
            "other", Text("the approved value"))
    return "keep", Text("the kept record's")


def _lowest_toll(keep: Mapping[str, Any], other: Mapping[str, Any]) -> dict[str, Any]:
    def pick(field: str, how: Any) -> Any:
        known = [v for v in (keep.get(field), other.get(field)) if v is not None]
        return how(known) if known else None

    best = pick("fatalities", min)
    low, high = pick("fatalities_low", min), pick("fatalities_high", max)
    if best is not None:  # the spread holds the best estimate, as the codebook asks
        low = min(low, best) if low is not None else None
        high = max(high, best) if high is not None else None
    return {"fatalities": best, "fatalities_low": low, "fatalities_high": high}


def _children(mine: list[dict[str, Any]], theirs: list[dict[str, Any]], columns: tuple[str, ...]
              ) -> list[dict[str, Any]]:
    """Both records' sources (or claims): the other's as new rows, but those that repeat
    one of the kept record's exactly."""
    seen = [{c: row.get(c) for c in columns} for row in mine]
    merged = [dict(row) for row in mine]
    for row in theirs:
        plain = {c: row.get(c) for c in columns}
        if plain not in seen:
            seen.append(plain)
            merged.append(plain)  # no id: a new row of the kept record
    return merged


def merge_states(keep: Mapping[str, Any], other: Mapping[str, Any], *, keep_approved: bool,
                 other_approved: bool, other_label: str,
                 prefer: Mapping[str, str] | None = None,
                 child_columns: Mapping[str, tuple[str, ...]] | None = None
                 ) -> tuple[dict[str, Any], tuple[Choice, ...]]:
    """The kept record's changes that make it the merge of both, and every choice.

    ``prefer`` turns a choice: a group or field name -> "keep" or "other".
    ``child_columns``: the columns that tell two sources (claims) apart.
    """
    prefer = dict(prefer or {})
    unknown = sorted(set(prefer) - set(CHOICES))
    if unknown:
        raise ValueError(f"cannot choose {', '.join(unknown)} (use {', '.join(CHOICES)})")
    changes: dict[str, Any] = {}
    choices: list[Choice] = []
    for name in CHOICES:
        mine, theirs = _values(keep, name), _values(other, name)
        taken, why = _default(name, keep, other, keep_approved, other_approved)
        value: Any = mine
        if name == "fatalities" and mine != theirs and not (_empty(mine) or _empty(theirs)):
            value, taken = _lowest_toll(keep, other), "both"
            why = Text("the lowest credible figure")
        elif taken == "other":
            value = theirs
        if prefer.get(name) in ("keep", "other"):
            taken, why = prefer[name], Text("chosen")
            value = mine if taken == "keep" else theirs
        choices.append(Choice(name, mine, theirs, taken, why, value))
        fields = GROUPS.get(name, (name,))
        new = value if name in GROUPS else {name: value}
        changes.update({f: new[f] for f in fields if new[f] != keep.get(f)})
    for role in ("assoc_actor_1", "assoc_actor_2"):
        joined = list(dict.fromkeys([*(keep.get(role) or []), *(other.get(role) or [])]))
        if joined != list(keep.get(role) or []):
            changes[role] = joined
    tags = sorted({*(keep.get("tags") or []), *(other.get("tags") or [])})
    if tags != sorted(keep.get("tags") or []):
        changes["tags"] = tags
    columns = child_columns or {}
    for child in ("sources", "claims"):
        merged = _children(list(keep.get(child) or []), list(other.get(child) or []),
                           columns.get(child, ()))
        if len(merged) != len(keep.get(child) or []):
            changes[child] = merged
    mine_notes, their_notes = (keep.get("notes") or "").strip(), (other.get("notes") or "").strip()
    if their_notes and their_notes not in mine_notes:
        changes["notes"] = (f"{mine_notes}\n\n{other_label}: {their_notes}" if mine_notes
                            else their_notes)
    return changes, tuple(choices)
