"""What the GUI shows for values that stay English in the data: codebook labels
(event and sub-event types, precision codes, actor types), field names, and the
messages the Qt-free domain writes. The data and the ACLED export keep ACLED's
English; only the screen speaks the user's language.

The English words reach Qt Linguist through codebook_terms.py and
domain_messages.py (written by sahel_desk.gui.i18n.noop from the domain's code).
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication

from sahel_desk.codebook.taxonomy import ACTOR_TYPE_BY_CODE
from sahel_desk.services.readable import STATUS_LABELS
from sahel_desk.text.message import FieldName, Text

log = logging.getLogger(__name__)

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


def status_label(status: str | None) -> str:
    """A review state (``"changes_requested"``) as the user reads it."""
    if not status:
        return ""
    return codebook_label(STATUS_LABELS.get(status, status))


def role_label(role: str | None) -> str:
    """A profile's role (``"reviewer"``) as the user reads it."""
    return codebook_label(role)


def interaction_label(inter1: int | None, inter2: int | None) -> str:
    """The interaction of two actor types (taxonomy.interaction_text) in the user's
    language: ``State forces-Rebel group``, ``Rebel group only``."""
    if inter1 is None or inter1 not in ACTOR_TYPE_BY_CODE:
        return ""
    if inter2 is None or inter2 not in ACTOR_TYPE_BY_CODE:
        return QCoreApplication.translate("Codebook", "{actor_type} only").format(
            actor_type=codebook_label(ACTOR_TYPE_BY_CODE[inter1].label))
    low, high = sorted((inter1, inter2))
    return QCoreApplication.translate("Codebook", "{first}-{second}").format(
        first=codebook_label(ACTOR_TYPE_BY_CODE[low].label),
        second=codebook_label(ACTOR_TYPE_BY_CODE[high].label))


def message(text: str) -> str:
    """A message from the domain (validation, import, exchange) in the user's language.

    A :class:`~sahel_desk.text.message.Text` is translated by its template and filled
    with its values (values that are Texts themselves translated too); any other text,
    or a translation whose placeholders do not fit, is shown as it is."""
    if not isinstance(text, Text):
        return QCoreApplication.translate(MESSAGE_CONTEXT, text) if text else text
    translated = QCoreApplication.translate(MESSAGE_CONTEXT, text.template)
    if not text.params:
        return translated
    params: dict[str, Any] = {name: _shown(value) for name, value in text.params.items()}
    try:
        return translated.format(**params)
    except (KeyError, IndexError, ValueError) as exc:
        log.warning("the translation of %r does not fit its values (%s)", text.template, exc)
        return str(text)


def _shown(value: Any) -> Any:
    """A value of a Text as the user reads it: nested Texts translated, field names
    by their label; data as it is."""
    if isinstance(value, Text):
        return message(value)
    if isinstance(value, FieldName):
        from sahel_desk.gui.form.labels import describe  # the form's labels import this module

        return describe(str(value))
    return value
