"""The values of two records side by side, as a coder reads them: one line per field
or group of fields (a date with its precision, a place with its region, the toll
with its range), codebook words in the user's language, data as coded."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication

from sahel_desk.gui.duplicates.reasons import separator
from sahel_desk.gui.i18n.bidi import isolate
from sahel_desk.gui.i18n.labels import codebook_label, field_label
from sahel_desk.gui.i18n.marks import QT_TRANSLATE_NOOP
from sahel_desk.gui.review.text import yes_no
from sahel_desk.services.readable import FIELD_LABELS
from sahel_desk.store.records import IncidentRecord

CONTEXT = "PairValues"
NOTHING = "—"

#: the groups' names, as the rows' first column says them
GROUP_LABELS = {
    "date": QT_TRANSLATE_NOOP("PairValues", "Date"),
    "place": QT_TRANSLATE_NOOP("PairValues", "Place"),
    "type": QT_TRANSLATE_NOOP("PairValues", "Type"),
    "actors": QT_TRANSLATE_NOOP("PairValues", "Actors"),
    "fatalities": QT_TRANSLATE_NOOP("PairValues", "Fatalities"),
}
#: what is kept from both records, after the choices
BOTH_LABELS = {
    "sources": QT_TRANSLATE_NOOP("PairValues", "Sources"),
    "claims": QT_TRANSLATE_NOOP("PairValues", "Claims"),
    "tags": QT_TRANSLATE_NOOP("PairValues", "Tags"),
    "assoc_actors": QT_TRANSLATE_NOOP("PairValues", "Associated actors"),
    "notes": QT_TRANSLATE_NOOP("PairValues", "Notes"),
}
#: the precisions in a word (the codebook's own labels are sentences)
TIME_WORDS = {
    1: QT_TRANSLATE_NOOP("PairValues", "day known"),
    2: QT_TRANSLATE_NOOP("PairValues", "week known"),
    3: QT_TRANSLATE_NOOP("PairValues", "month known"),
}
GEO_WORDS = {
    1: QT_TRANSLATE_NOOP("PairValues", "town"),
    2: QT_TRANSLATE_NOOP("PairValues", "near a town"),
    3: QT_TRANSLATE_NOOP("PairValues", "region only"),
}
#: fields whose values are codebook words
CODEBOOK_FIELDS = frozenset({"attack_type", "target_type", "weapon_type", "property_damage"})


def term(text: str) -> str:
    """A text marked with QT_TRANSLATE_NOOP in this module's context, translated."""
    return QCoreApplication.translate(CONTEXT, text)


def label_of(name: str) -> str:
    """A row's name: a group's, or the field's label."""
    if name in GROUP_LABELS:
        return term(GROUP_LABELS[name])
    if name in BOTH_LABELS:
        return term(BOTH_LABELS[name])
    return field_label(FIELD_LABELS.get(name, name))


def _day(value: Any) -> str:
    if isinstance(value, date):
        return value.isoformat()
    return str(value) if value else ""


def _date(value: Mapping[str, Any]) -> str:
    first, last = _day(value.get("event_date")), _day(value.get("event_date_end"))
    if not first:
        return NOTHING
    shown = isolate(first)
    if last and last != first:
        shown = QCoreApplication.translate("PairValues", "{first} to {last}").format(
            first=isolate(first), last=isolate(last))
    word = TIME_WORDS.get(value.get("time_precision") or 0)
    if not word:
        return shown
    return QCoreApplication.translate("PairValues", "{date} ({precision})").format(
        date=shown, precision=term(word))


def _place(value: Mapping[str, Any]) -> str:
    location = value.get("location") or ""
    regions = [r for r in (value.get("admin2"), value.get("admin1")) if r and r != location]
    if not location and not regions:
        return NOTHING
    where = ", ".join(isolate(p) for p in [location, *regions] if p)
    word = GEO_WORDS.get(value.get("geo_precision") or 0)
    if not word:
        return where
    return QCoreApplication.translate("PairValues", "{place} ({precision})").format(
        place=where, precision=term(word))


def with_point(text: str, value: Mapping[str, Any]) -> str:
    """A place's words with its coordinates, for two places the words do not tell apart."""
    lat, lon = value.get("latitude"), value.get("longitude")
    if lat is None or lon is None:
        return text
    return QCoreApplication.translate("PairValues", "{place} at {latitude}, {longitude}").format(
        place=text, latitude=isolate(f"{lat:.4f}"), longitude=isolate(f"{lon:.4f}"))


def _type(value: Mapping[str, Any]) -> str:
    event, sub = value.get("event_type"), value.get("sub_event_type")
    if not event and not sub:
        return NOTHING
    if event and sub:
        return QCoreApplication.translate("PairValues", "{event_type}: {sub_event_type}").format(
            event_type=codebook_label(event), sub_event_type=codebook_label(sub))
    return codebook_label(event or sub)


def _toll(value: Mapping[str, Any]) -> str:
    best, low, high = (value.get(k) for k in ("fatalities", "fatalities_low", "fatalities_high"))
    if best is None:
        return NOTHING
    if (low is None and high is None) or (low == best and high == best):
        return str(best)
    return QCoreApplication.translate("PairValues", "{best} (between {low} and {high})").format(
        best=best, low=NOTHING if low is None else low, high=NOTHING if high is None else high)


def _single(name: str, value: Any) -> str:
    if value is None or value == "":
        return NOTHING
    if isinstance(value, bool):
        return yes_no(value)
    if name in CODEBOOK_FIELDS:
        return codebook_label(str(value))
    return isolate(value)


def choice_text(name: str, value: Any) -> str:
    """One side's value of a choice (but the actors': :func:`actors_of`)."""
    if name == "date":
        return _date(value)
    if name == "place":
        return _place(value)
    if name == "type":
        return _type(value)
    if name == "fatalities":
        return _toll(value)
    return _single(name, value)


def listed(items: Iterable[str]) -> str:
    """Names (publications, tags, actors) one after the other, each once."""
    shown = list(dict.fromkeys(i for i in items if i))
    return separator().join(isolate(i) for i in shown) if shown else NOTHING


def sources_of(record: IncidentRecord) -> list[str]:
    return [s.publication for s in record.sources]


def claims_of(record: IncidentRecord) -> list[str]:
    unnamed = QCoreApplication.translate("PairValues", "a claim")
    return [" · ".join(p for p in (c.claimant.name if c.claimant else "", c.channel or "") if p)
            or unnamed for c in record.claims]


def actors_of(record: IncidentRecord) -> str:
    """Both main actors, each in its role."""
    first, second = record.actor1, record.actor2
    if first is None and second is None:
        return NOTHING
    if second is None:
        return isolate(first.name) if first is not None else NOTHING
    return QCoreApplication.translate("PairValues", "1: {actor1} · 2: {actor2}").format(
        actor1=isolate(first.name) if first is not None else NOTHING,
        actor2=isolate(second.name))


def assoc_of(record: IncidentRecord) -> list[str]:
    return [a.name for a in (*record.assoc_actor_1, *record.assoc_actor_2)]


def notes_text(notes: str) -> str:
    """Notes on one line (a cell wraps them), in the direction of their own words."""
    return isolate(" ".join(notes.split())) if notes.strip() else NOTHING


def notes_of(record: IncidentRecord) -> str:
    return notes_text(record.notes)
