"""Conflicts as a reviewer reads them, fetched off the GUI thread in one go.

``desk.exchange.conflicts()`` gives plain JSON values: actor and place ids, a
path such as ``sources/<uuid>/killed``. A reviewer must see "JNIM" and
"Source 1 (RFI): killed" to decide, so every value and path is turned into
words here with services.readable, in one read session, and into the user's
language with review.fields.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from sahel_desk.errors import UserError
from sahel_desk.gui.review.bidi import isolated
from sahel_desk.gui.review.fields import child_title, top_label, value_text
from sahel_desk.gui.review.text import role_word, yes_no
from sahel_desk.services.exchange import ConflictRecord
from sahel_desk.services.readable import Readable
from sahel_desk.store.policy import REVIEWER_ROLES
from sahel_desk.text.numbers import read_whole_number

if TYPE_CHECKING:
    from sahel_desk.services.desk import Desk

WHOLE_RECORD = "*"
#: fields whose value is a reference a person cannot type exactly, so only
#: "keep" and "take" are offered
_NOT_TYPED = frozenset({"place_id"})
_ACTORS = frozenset({"actor1", "actor2"})
_ACTOR_LISTS = frozenset({"assoc_actor_1", "assoc_actor_2"})


def _record_word(value: Any) -> Any:
    """What became of the whole record on one desk."""
    if value == "kept":
        return QCoreApplication.translate("ConflictItems", "kept (edited on this desk)")
    if value == "deleted":
        return QCoreApplication.translate("ConflictItems", "deleted")
    return value


def _removed() -> str:
    return QCoreApplication.translate("ConflictItems", "removed")


@dataclass(frozen=True)
class ConflictItem:
    """One open conflict with its values in words; ``editable`` says whether another
    value may be typed, ``typed`` is this desk's value as it would be typed."""

    record: ConflictRecord
    incident: str
    label: str
    base: Any
    local: Any
    remote: Any
    sender: str
    editable: bool
    typed: str

    @property
    def id(self) -> str:
        return self.record.id

    @property
    def when(self) -> Any:
        return self.record.remote_at or self.record.found_at


@dataclass(frozen=True)
class ConflictList:
    """The open conflicts, and whether the current user may settle them (and why not)."""

    items: tuple[ConflictItem, ...]
    user: str
    role: str
    may_resolve: bool

    @property
    def refusal(self) -> str:
        if self.may_resolve:
            return ""
        return QCoreApplication.translate(
            "ConflictItems", "{user} is a {role}: only reviewers and administrators may "
            "resolve conflicts. Ask one, or switch user (File > Switch user).").format(
                **isolated(user=self.user), role=role_word(self.role))


def load_conflicts(desk: Desk) -> ConflictList:
    """The open conflicts in words, oldest first (runs on a worker thread)."""
    records = desk.exchange.conflicts()
    states: dict[str, dict[str, Any]] = {}
    for record in records:
        if record.incident_id not in states:
            try:
                states[record.incident_id] = desk.incidents.working_state(record.incident_id)
            except UserError:  # deleted meanwhile: the values still read
                states[record.incident_id] = {}
    items = []
    with desk.db.read() as session:
        readable = Readable(session)
        for record in records:
            items.append(describe(readable, record, states[record.incident_id]))
    role = desk.role
    may = role in REVIEWER_ROLES or not desk.profiles.list()
    return ConflictList(tuple(items), desk.user, role, may)


def describe(readable: Readable, record: ConflictRecord, state: dict[str, Any]
             ) -> ConflictItem:
    """One conflict in words: its field's label and the three values as a reader sees them,
    in the user's language."""
    path = record.path
    parts = path.split("/")
    values = (record.base_value, record.local_value, record.remote_value)
    shown: list[Any]
    if path == WHOLE_RECORD:
        label = QCoreApplication.translate("ConflictItems",
                                           "Whole record (kept here, deleted there)")
        shown = [_record_word(v) for v in values]
        editable, typed = False, ""
    elif len(parts) == 1:
        label = top_label(path)
        shown = [_words(path, readable.value(path, v)) for v in values]
        editable = path not in _NOT_TYPED
        typed = _typed(readable, path, record.local_value)
    else:
        kind, child_id = parts[0], parts[1]
        number, name = _child_place(readable, kind, child_id, state, record)
        if len(parts) == 2:  # the whole source or claim: present or removed
            label = child_title(kind, number=number, name=name)
            shown = [value_text(kind, readable.child(kind, v)) if isinstance(v, dict)
                     else _removed() for v in values]
            shown[0] = shown[0] if record.base_value is not None else None
            editable, typed = False, ""
        else:
            key = parts[2]
            label = child_title(kind, number=number, name=name, key=key)
            shown = [_words(key, readable.child_value(kind, key, v)) for v in values]
            editable = True
            typed = _typed(readable, "claimant" if key == "claimant" else key,
                           record.local_value)
    if record.part == "revision":
        label = QCoreApplication.translate("ConflictItems", "{label} (pending revision)"
                                           ).format(label=label)
    return ConflictItem(
        record=record, incident=record.human_id or record.incident_id[:8], label=label,
        base=shown[0], local=shown[1], remote=shown[2], sender=sender_of(record),
        editable=editable, typed=typed)


def _words(field: str, value: Any) -> Any:
    """A readable value in the user's language; None stays None (not coded)."""
    return None if value is None else value_text(field, value)


def sender_of(record: ConflictRecord) -> str:
    """Who changed it on the other desk, and which desk: "amina@1f3b9c2d" (the peer's
    name already holds the user, so "amina (amina@1f3b9c2d)" is said once)."""
    user, desk = record.remote_user, record.remote_desk
    named = re.fullmatch(r"(.*) \((.*)\)", desk or "")
    if user and named and named.group(1) == user and named.group(2).startswith(user):
        return named.group(2)
    if user and desk and user in desk:
        return desk
    if user and desk:
        return QCoreApplication.translate("ConflictItems", "{user}, via {desk}").format(
            **isolated(user=user, desk=desk))
    return user or desk or QCoreApplication.translate("ConflictItems", "another desk")


def _child_place(readable: Readable, kind: str, child_id: str, state: dict[str, Any],
                 record: ConflictRecord) -> tuple[int | None, str]:
    """Where a source or claim is in the record (None: removed here) and what it is
    called: (2, "Studio Tamani")."""
    rows = state.get(kind) or []
    index = next((i for i, row in enumerate(rows) if row.get("id") == child_id), None)
    row = rows[index] if index is not None else next(
        (v for v in (record.local_value, record.remote_value, record.base_value)
         if isinstance(v, dict)), None)
    name = (value_text(kind, readable.child_name(kind, row)) if isinstance(row, dict)
            else QCoreApplication.translate("ConflictItems", "removed here"))
    return (index + 1 if index is not None else None), name


def _typed(readable: Readable, field: str, value: Any) -> str:
    """A value as a person would type it: names for actors, yes/no, ';' between items."""
    if value is None:
        return ""
    if field in _ACTORS or field == "claimant":
        return readable.actor(value)
    if field in _ACTOR_LISTS:
        return "; ".join(readable.actor(a) for a in value)
    if isinstance(value, bool):
        return yes_no(value)
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return str(value)


def typed_value(item: ConflictItem, text: str) -> Any:
    """What a typed value means for this conflict: nothing, a number, yes/no, a list or
    text. What cannot be read is passed on as text, so the service says why it is wrong."""
    text = text.strip()
    if not text:
        return None
    record = item.record
    samples = [v for v in (record.local_value, record.remote_value, record.base_value)
               if v is not None]
    if any(isinstance(v, bool) for v in samples):
        answer = {"yes": True, "no": False, "true": True, "false": False,
                  yes_no(True).casefold(): True, yes_no(False).casefold(): False}
        return answer.get(text.casefold(), text)
    if any(isinstance(v, int) for v in samples):
        number = text.split(":")[0].strip()  # "1: exact date" reads as 1
        whole = read_whole_number(number)
        return text if whole is None else whole
    if any(isinstance(v, list) for v in samples) or record.path in _ACTOR_LISTS:
        return [part.strip() for part in text.split(";") if part.strip()]
    return text
