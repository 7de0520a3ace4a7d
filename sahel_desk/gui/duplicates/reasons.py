"""Why two incidents may be one event, in the user's language.

The scorer (duplicates/scoring.py) words each reason in English from its level's
phrase and values; here the phrase is translated (the generated
gui/i18n/duplicate_reasons.py brings every phrase to Qt Linguist) and filled with
the same values, the codebook words among them translated too (types, the
counts' and the words' ``{what}``). Names, places and URLs are data and stay as
coded, isolated so that they read their own way in an Arabic sentence.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication

from sahel_desk.duplicates.scoring import LEVELS, Reason
from sahel_desk.gui.i18n.bidi import isolate
from sahel_desk.gui.i18n.labels import codebook_label
from sahel_desk.gui.i18n.marks import QT_TRANSLATE_NOOP
from sahel_desk.gui.i18n.noop import REASON_CONTEXT

log = logging.getLogger(__name__)

CONTEXT = "DuplicateReasons"

#: the counts' reason names each count that both give: "injured 3 vs 4"
COUNT_WORDS = {
    "injured": QT_TRANSLATE_NOOP("DuplicateReasons", "injured {a} vs {b}"),
    "kidnapped": QT_TRANSLATE_NOOP("DuplicateReasons", "kidnapped {a} vs {b}"),
    "arrested": QT_TRANSLATE_NOOP("DuplicateReasons", "arrested {a} vs {b}"),
}
_COUNT = re.compile(r"(injured|kidnapped|arrested) (\d+) vs (\d+)")
#: what differs where the same words tell one report coded as several events
OTHER_WORDS = {
    frozenset({"day"}): QT_TRANSLATE_NOOP("DuplicateReasons", "day"),
    frozenset({"place"}): QT_TRANSLATE_NOOP("DuplicateReasons", "place"),
    frozenset({"type"}): QT_TRANSLATE_NOOP("DuplicateReasons", "type"),
    frozenset({"day", "place"}): QT_TRANSLATE_NOOP("DuplicateReasons", "day and place"),
    frozenset({"day", "type"}): QT_TRANSLATE_NOOP("DuplicateReasons", "day and type"),
    frozenset({"place", "type"}): QT_TRANSLATE_NOOP("DuplicateReasons", "place and type"),
    frozenset({"day", "place", "type"}): QT_TRANSLATE_NOOP("DuplicateReasons",
                                                           "day, place and type"),
}
#: a list's separator in the user's language (Arabic has its own comma)
SEPARATOR = QT_TRANSLATE_NOOP("DuplicateReasons", ", ")


def separator() -> str:
    return QCoreApplication.translate(CONTEXT, SEPARATOR)


def _counts(what: str) -> str:
    found = _COUNT.findall(what)
    if not found:
        return isolate(what)
    return separator().join(
        QCoreApplication.translate(CONTEXT, COUNT_WORDS[name]).format(a=a, b=b)
        for name, a, b in found)


def _others(what: str) -> str:
    words = frozenset(part.strip() for part in what.split(" and "))
    phrase = OTHER_WORDS.get(words)
    return QCoreApplication.translate(CONTEXT, phrase) if phrase else isolate(what)


def _value(reason: Reason, name: str, value: Any) -> Any:
    """One value of the reason as the user reads it."""
    if reason.aspect == "type" and name in ("a", "b"):
        return codebook_label(str(value))
    if reason.aspect == "counts" and name == "what":
        return _counts(str(value))
    if reason.aspect == "words" and name == "what":
        return _others(str(value))
    if name == "share":
        return value  # formatted by the phrase ({share:.0%})
    return isolate(value)


def reason_text(reason: Reason) -> str:
    """One reason ("same day", "3 km apart") in the user's language."""
    phrase = LEVELS[reason.aspect, reason.level].phrase
    translated = QCoreApplication.translate(REASON_CONTEXT, phrase)
    values = {name: _value(reason, name, value) for name, value in reason.values}
    try:
        return translated.format(**values)
    except (KeyError, IndexError, ValueError) as exc:
        log.warning("the translation of %r does not fit its values (%s)", phrase, exc)
        return reason.text


def reasons_text(reasons: Iterable[Reason]) -> str:
    """The reasons of a pair, one after the other, as the command line lists them."""
    return separator().join(reason_text(r) for r in reasons)
