"""Field names as a coder reads them, for error messages and the problem summary."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from sahel_desk.gui.i18n.labels import field_label

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


def label(field: str) -> str:
    """A top-level field's name in the user's language (``fatalities`` -> "Fatalities (best)")."""
    english = FIELD_LABELS.get(field)
    return field_label(english) if english else field.replace("_", " ").capitalize()


def child_label(child: str, key: str) -> str:
    """A source's or claim's field in the user's language (``url`` -> "URL")."""
    labels = SOURCE_LABELS if child == "sources" else CLAIM_LABELS
    return field_label(labels[key]) if key in labels else key


def describe(field: str) -> str:
    """A field name a coder recognises: ``sources[0].published`` -> "Source 1, date"."""
    child = split_child(field)
    if child is not None:
        name, row, key = child
        if name == "sources":
            what = QCoreApplication.translate("ProblemList", "Source {number}")
        else:
            what = QCoreApplication.translate("ProblemList", "Claim {number}")
        what = what.format(number=row + 1)
        if not key:
            return what
        return QCoreApplication.translate("ProblemList", "{row}, {field}").format(
            row=what, field=child_label(name, key))
    match = _LISTED.match(field)
    if match:
        return QCoreApplication.translate("ProblemList", "{field} #{number}").format(
            field=label(match["name"]), number=int(match["row"]) + 1)
    return label(field)
