"""Field names as a coder reads them, for error messages and the problem summary."""

from __future__ import annotations

import re

# The review diff's and the history's names: one set of words for a field everywhere.
from sahel_desk.services.readable import CHILD_LABELS, FIELD_LABELS

SOURCE_LABELS = CHILD_LABELS["sources"]
CLAIM_LABELS = CHILD_LABELS["claims"]

_CHILD = re.compile(r"^(?P<child>sources|claims)\[(?P<row>\d+)\](?:\.(?P<key>\w+))?$")
_LISTED = re.compile(r"^(?P<name>\w+)\[(?P<row>\d+)\]$")


def split_child(field: str) -> tuple[str, int, str | None] | None:
    """``sources[1].url`` as ("sources", 1, "url"); None for a top-level field."""
    match = _CHILD.match(field)
    if match is None:
        return None
    return match["child"], int(match["row"]), match["key"]


def top_field(field: str) -> str:
    """The form field an error belongs to (``assoc_actor_1[0]`` -> ``assoc_actor_1``)."""
    child = split_child(field)
    if child is not None:
        return child[0]
    match = _LISTED.match(field)
    return match["name"] if match else field


def describe(field: str) -> str:
    """A field name a coder recognises: ``sources[0].published`` -> "Source 1, date"."""
    child = split_child(field)
    if child is not None:
        name, row, key = child
        labels = SOURCE_LABELS if name == "sources" else CLAIM_LABELS
        what = f"{'Source' if name == 'sources' else 'Claim'} {row + 1}"
        return f"{what}, {labels.get(key, key)}" if key else what
    match = _LISTED.match(field)
    if match:
        return f"{FIELD_LABELS.get(match['name'], match['name'])} #{int(match['row']) + 1}"
    return FIELD_LABELS.get(field, field.replace("_", " ").capitalize())
