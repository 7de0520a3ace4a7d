"""How review values read in tables and sentences: minutes not microseconds, a dash for
nothing, yes/no, review states and roles in the user's language (the data and the
services keep the English words; gui.i18n.labels translates the codebook's)."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from sahel_desk.gui.i18n.labels import codebook_label, role_label, status_label
from sahel_desk.gui.i18n.marks import QT_TRANSLATE_NOOP
from sahel_desk.services.readable import STATUS_LABELS

NOTHING = "—"
#: how an English source marks its plural: "incident(s)", "box(es)", "was/were"
_MARKS = re.compile(r"(?<=\w)\((e?s)\)")
_VERBS = re.compile(r"\b(was|is|has)/(were|are|have)\b")



_STATES = frozenset(STATUS_LABELS.values())


class Said(str):
    """Text already in the user's language (a line the GUI wrote itself), shown as it is
    where an English value from the services would be translated."""


def counted(text: str, n: int) -> str:
    """A translated "%n thread(s)" as English reads it when no translation was loaded
    (English is the source text): "1 thread", "2 threads"."""
    if n == 1:
        return _VERBS.sub(r"\1", _MARKS.sub("", text))
    return _VERBS.sub(r"\2", _MARKS.sub(r"\1", text))


def when(value: datetime | None) -> str:
    """A time to the minute (history times are UTC), written the same in every language
    so that it sorts and compares at a glance."""
    return value.strftime("%Y-%m-%d %H:%M") if value is not None else ""


def yes_no(value: bool) -> str:
    return (QCoreApplication.translate("ReviewWords", "yes") if value
            else QCoreApplication.translate("ReviewWords", "no"))


def shown(value: Any) -> str:
    """One value as a cell shows it; None is "not coded", not an empty string."""
    if value is None or value == "":
        return NOTHING
    if isinstance(value, bool):
        return yes_no(value)
    if isinstance(value, datetime):
        return when(value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def state_label(status: str | None) -> str:
    """A review state (``changes_requested``) in the user's language."""
    return status_label(status)


def status_word(label: Any) -> Any:
    """A state as the services word it ("Changes requested") in the user's language."""
    return codebook_label(label) if isinstance(label, str) and label in _STATES else label


def role_word(role: str | None) -> str:
    return role_label(role) if role else ""


def rejection_choice(label: str) -> str:
    """A reason to reject ("not an event") as a choice in a list: "Not an event"."""
    word = codebook_label(label)
    return word[:1].upper() + word[1:]


#: above the fields of an approved incident with edits waiting (the form shows it too)
PENDING_NOTE = QT_TRANSLATE_NOOP(
    "ReviewWords", "Pending revision: the approved version stays in reports until this is "
    "approved.")


def pending_note() -> str:
    """:data:`PENDING_NOTE` in the user's language."""
    return QCoreApplication.translate("ReviewWords", PENDING_NOTE)
