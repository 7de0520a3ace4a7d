"""What the GUI shows for values that stay English in the data: codebook labels
(event and sub-event types, precision codes, actor types), field names, and the
messages the Qt-free domain writes. The data and the ACLED export keep ACLED's
English; only the screen speaks the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

CODEBOOK_CONTEXT = "Codebook"
FIELD_CONTEXT = "Field"
MESSAGE_CONTEXT = "Message"


def codebook_label(value: str | None) -> str:
    """An English codebook value (``"Battles"``) as the user reads it."""
    if not value:
        return ""
    return QCoreApplication.translate(CODEBOOK_CONTEXT, value)


def field_label(english: str) -> str:
    """A field's English label (from services.readable.FIELD_LABELS) in the user's language."""
    return QCoreApplication.translate(FIELD_CONTEXT, english)


def message(text: str) -> str:
    """A message from the domain (validation, import, exchange) in the user's language;
    an English text no translation knows is shown as it is."""
    return text
