"""Why two incidents may be one event: the phrases of duplicates/scoring.py's LEVELS,
for Qt Linguist; gui/duplicates/reasons.py shows them translated.

Written by `python -m sahel_desk.gui.i18n.noop`: do not edit."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

REASONS = (
    QT_TRANSLATE_NOOP('DuplicateReason', 'same day'),
    QT_TRANSLATE_NOOP('DuplicateReason', '1 day apart'),
    QT_TRANSLATE_NOOP('DuplicateReason', '2 days apart'),
    QT_TRANSLATE_NOOP('DuplicateReason', '3 days apart'),
    QT_TRANSLATE_NOOP('DuplicateReason', '{days} days apart'),
    QT_TRANSLATE_NOOP('DuplicateReason', 'dates overlap ({first} to {last})'),
    QT_TRANSLATE_NOOP('DuplicateReason', 'same place'),
    QT_TRANSLATE_NOOP('DuplicateReason', '{km} km apart'),
    QT_TRANSLATE_NOOP('DuplicateReason', '{km} km apart, within the reach of a location coded near a town'),
    QT_TRANSLATE_NOOP('DuplicateReason', 'same region ({admin1})'),
    QT_TRANSLATE_NOOP('DuplicateReason', 'same {admin2}'),
    QT_TRANSLATE_NOOP('DuplicateReason', 'same region ({admin1}), other admin2'),
    QT_TRANSLATE_NOOP('DuplicateReason', 'other regions ({a} / {b})'),
    QT_TRANSLATE_NOOP('DuplicateReason', 'same type ({a})'),
    QT_TRANSLATE_NOOP('DuplicateReason', 'related types ({a} / {b})'),
    QT_TRANSLATE_NOOP('DuplicateReason', 'neighbouring types ({a} / {b})'),
    QT_TRANSLATE_NOOP('DuplicateReason', 'other kinds of event ({a} / {b})'),
    QT_TRANSLATE_NOOP('DuplicateReason', 'same actors ({names})'),
    QT_TRANSLATE_NOOP('DuplicateReason', 'share {names}, not {others}'),
    QT_TRANSLATE_NOOP('DuplicateReason', 'different actors ({names} / {others})'),
    QT_TRANSLATE_NOOP('DuplicateReason', 'no fatalities on either side'),
    QT_TRANSLATE_NOOP('DuplicateReason', 'same fatalities ({a})'),
    QT_TRANSLATE_NOOP('DuplicateReason', 'fatalities {a} vs {b}'),
    QT_TRANSLATE_NOOP('DuplicateReason', '{what} agree'),
    QT_TRANSLATE_NOOP('DuplicateReason', '{what} differ'),
    QT_TRANSLATE_NOOP('DuplicateReason', 'both cite {url}'),
    QT_TRANSLATE_NOOP('DuplicateReason', 'both cite {names}'),
    QT_TRANSLATE_NOOP('DuplicateReason', 'the same words'),
    QT_TRANSLATE_NOOP('DuplicateReason', 'the same words for another {what}: one report coded as several events'),
    QT_TRANSLATE_NOOP('DuplicateReason', 'many words and a source in common for another {what}: one report coded as several events'),
    QT_TRANSLATE_NOOP('DuplicateReason', 'many words in common ({share:.0%})'),
    QT_TRANSLATE_NOOP('DuplicateReason', 'some words in common ({share:.0%})'),
    QT_TRANSLATE_NOOP('DuplicateReason', 'few words in common ({share:.0%})'),
    QT_TRANSLATE_NOOP('DuplicateReason', 'no words in common'),
)
