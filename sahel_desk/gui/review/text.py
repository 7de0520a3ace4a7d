"""How review values read in tables and sentences: minutes not microseconds, a dash for
nothing, and the words for review states, roles, rejection reasons and yes/no in the
user's language (the data and the services keep the English ones)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from sahel_desk.services.readable import STATUS_LABELS

CONTEXT = "ReviewWords"
NOTHING = "—"

#: review states as services.readable.STATUS_LABELS names them, marked for translation
STATUS_WORDS: dict[str, str] = {
    "draft": QT_TRANSLATE_NOOP("ReviewWords", "Draft"),
    "submitted": QT_TRANSLATE_NOOP("ReviewWords", "Submitted"),
    "in_review": QT_TRANSLATE_NOOP("ReviewWords", "In review"),
    "changes_requested": QT_TRANSLATE_NOOP("ReviewWords", "Changes requested"),
    "approved": QT_TRANSLATE_NOOP("ReviewWords", "Approved"),
    "rejected": QT_TRANSLATE_NOOP("ReviewWords", "Rejected"),
    "discarded": QT_TRANSLATE_NOOP("ReviewWords", "Discarded"),
}
_BY_LABEL = {label: STATUS_WORDS.get(status, label) for status, label in STATUS_LABELS.items()}

ROLE_WORDS: dict[str, str] = {
    "researcher": QT_TRANSLATE_NOOP("ReviewWords", "researcher"),
    "reviewer": QT_TRANSLATE_NOOP("ReviewWords", "reviewer"),
    "administrator": QT_TRANSLATE_NOOP("ReviewWords", "administrator"),
}

#: why a record is rejected (services.review.REJECTION_REASONS), as a choice in a list
REJECTION_CHOICES: dict[str, str] = {
    "not_an_event": QT_TRANSLATE_NOOP("ReviewWords", "Not an event"),
    "out_of_scope": QT_TRANSLATE_NOOP("ReviewWords", "Out of scope"),
    "duplicate": QT_TRANSLATE_NOOP("ReviewWords", "Duplicate"),
}
#: the same reasons as services.readable.REJECTION_LABELS words them inside a value
REJECTION_WORDS: dict[str, str] = {
    "not an event": QT_TRANSLATE_NOOP("ReviewWords", "not an event"),
    "out of scope": QT_TRANSLATE_NOOP("ReviewWords", "out of scope"),
    "duplicate": QT_TRANSLATE_NOOP("ReviewWords", "duplicate"),
    "rejected": QT_TRANSLATE_NOOP("ReviewWords", "rejected"),
}


class Said(str):
    """Text already in the user's language (a line the GUI wrote itself), shown as it is
    where an English value from the services would be translated."""


def words(english: str) -> str:
    """One of this module's English words in the user's language."""
    return QCoreApplication.translate(CONTEXT, english)


def counted(text: str, n: int) -> str:
    """A translated "%n thread(s)" as English reads it when no translation was found
    (English is the source text, and has no plural forms of its own)."""
    return text.replace("(s)", "" if n == 1 else "s") if "(s)" in text else text


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
    english = STATUS_WORDS.get(status or "")
    return words(english) if english else (status or "")


def status_word(label: Any) -> Any:
    """A state as the services word it ("Changes requested") in the user's language."""
    english = _BY_LABEL.get(label) if isinstance(label, str) else None
    return words(english) if english else label


def role_word(role: str | None) -> str:
    english = ROLE_WORDS.get(role or "")
    return words(english) if english else (role or "")


#: above the fields of an approved incident with edits waiting (the form shows it too)
PENDING_NOTE = QT_TRANSLATE_NOOP(
    "ReviewWords", "Pending revision: the approved version stays in reports until this is "
    "approved.")


def pending_note() -> str:
    """:data:`PENDING_NOTE` in the user's language."""
    return words(PENDING_NOTE)
