"""Validation of incident values: types first, then the codebook's rules.

Works on plain values (dicts of field -> value) so the GUI can validate as
the user types, the importer per row, and the service before every write,
all with the same messages. Every problem is reported, not just the first.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sahel_desk.codebook import taxonomy as tx
from sahel_desk.errors import FieldError
from sahel_desk.reference.countries import country
from sahel_desk.text.dates import DateProblem, UnreadableDate, parse_date
from sahel_desk.text.message import Text, text_of
from sahel_desk.text.normalize import to_ascii_digits
from sahel_desk.text.numbers import NotAWholeNumber, whole_number

COUNT_FIELDS = (
    "fatalities", "fatalities_low", "fatalities_high", "injured", "kidnapped", "arrested",
    "seized_vehicles", "seized_weapons",
)
SOURCE_COUNT_FIELDS = ("killed", "injured", "kidnapped", "arrested")
CLAIM_COUNT_FIELDS = ("killed", "wounded", "vehicles_seized", "weapons_seized")
ACTOR_FIELDS = ("actor1", "actor2")
ASSOC_FIELDS = ("assoc_actor_1", "assoc_actor_2")
#: The largest whole number stored (a 32-bit integer, PostgreSQL's INTEGER; SQLite would
#: take more, so the limit is checked here for both).
MAX_NUMBER = 2**31 - 1
#: Characters that fit each short text field (the columns' sizes; tests keep them equal).
TEXT_LIMITS = {
    "acled_event_id": 40, "tags": 100,
    "location": 200, "admin1": 200, "admin2": 200, "admin3": 200,
    "sources.publication": 300, "sources.author": 300, "sources.language": 8,
    "sources.source_scale": 60,
    "claims.channel": 60, "claims.language": 8, "claims.date_written": 100,
}


class UnreadableValue(Exception):
    """A value could not be read as its field's type; the message says why, and the
    caller, who knows the field, turns it into a FieldError naming it."""


def read_date(value: Any) -> date | None:
    """A date from a ``date`` or a text as coders write it (2017-05-07, 07/05/2017,
    7 mai 2017: see sahel_desk.text.dates; stored as a date); empty is None."""
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return parse_date(value)
        except UnreadableDate as exc:
            if exc.problem is DateProblem.NOT_A_DATE:  # the reason says so itself
                raise UnreadableValue(exc.reason()) from None
            shown = value if len(value) <= 40 else f"{value[:40]}…"
            raise UnreadableValue(Text("'{value}' is not a date: {reason}", value=shown,
                                       reason=exc.reason())) from None
    raise UnreadableValue(Text("{value!r} is not a date", value=value))


def _int(value: Any) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise UnreadableValue(Text("'{value}' is not a whole number", value=value))
    if isinstance(value, int):
        return _in_range(value)
    if isinstance(value, float) and value.is_integer():
        return _in_range(int(value))
    if isinstance(value, str):
        try:
            return _in_range(whole_number(value))
        except NotAWholeNumber as exc:
            raise UnreadableValue(text_of(exc)) from None
    raise UnreadableValue(Text("'{value}' is not a whole number", value=value))


def _in_range(number: int) -> int:
    if abs(number) > MAX_NUMBER:
        raise UnreadableValue(Text("{number:,} is too large (at most {most:,})", number=number,
                                   most=MAX_NUMBER))
    return number


def _storable(text: str) -> str:
    """PostgreSQL cannot store NUL in text (SQLite can): refused on both alike."""
    if "\x00" in text:
        raise UnreadableValue(Text("contains a NUL character (\\x00), which cannot be stored"))
    return text


def _limited(reader: Callable[[Any], Any], limit: int) -> Callable[[Any], Any]:
    """``reader`` whose text must fit ``limit`` characters (the column's size)."""
    def read(value: Any) -> Any:
        text = reader(value)
        if isinstance(text, str) and len(text) > limit:
            raise UnreadableValue(Text("is {length:,} characters long; at most {limit:,} fit",
                                       length=len(text), limit=limit))
        if isinstance(text, list):
            for item in text:
                if len(item) > limit:
                    raise UnreadableValue(Text(
                        "'{start}…' is {length:,} characters long; at most {limit:,} fit",
                        start=item[:40], length=len(item), limit=limit))
        return text
    return read


def _bool(value: Any) -> bool | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return value
    text = str(value).strip().casefold()
    if text in ("1", "true", "yes", "y", "oui"):
        return True
    if text in ("0", "false", "no", "n", "non"):
        return False
    raise UnreadableValue(Text("'{value}' is not yes or no", value=value))


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise UnreadableValue(Text("{value!r} is not text", value=value))
    return _storable(value.strip()) or None


def _notes(value: Any) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise UnreadableValue(Text("{value!r} is not text", value=value))
    return _storable(value.strip())


def _choice(choices: tuple[str, ...] | Mapping[int, str], what: Text) -> Callable[[Any], Any]:
    def read(value: Any) -> Any:
        if value is None or value == "":
            return None
        if isinstance(choices, Mapping):
            number = _int(value)
            if number not in choices:
                allowed = ", ".join(map(str, choices))
                raise UnreadableValue(Text("{value!r} is not a {what} (use {allowed})",
                                           value=value, what=what, allowed=allowed))
            return number
        if value not in choices:
            raise UnreadableValue(Text("'{value}' is not a known {what}", value=value,
                                       what=what))
        return value
    return read


def _text_list(value: Any) -> list[str]:
    if value is None or value == "":
        return []
    if isinstance(value, str):
        value = [part for part in value.split(";")]
    if not isinstance(value, list | tuple):
        raise UnreadableValue(Text("{value!r} is not a list", value=value))
    out: list[str] = []
    for item in value:
        if not isinstance(item, str):
            raise UnreadableValue(Text("{value!r} is not text", value=item))
        _storable(item)
        if item.strip() and item.strip() not in out:
            out.append(item.strip())
    return out


def _ref(value: Any) -> str | None:
    """A reference to an actor or place: its id or exact name, resolved by the service."""
    return _text(value)


def _country_code(value: Any) -> str | None:
    """A country as its two-letter ISO code (ML, BF, NE), as the gazetteer has them."""
    text = _text(value)
    if text is None:
        return None
    code = text.upper()
    if len(code) != 2 or not code.isascii() or not code.isalpha() or country(code) is None:
        raise UnreadableValue(Text("'{value}' is not a two-letter country code (ML, BF, NE...)",
                                   value=text[:40]))
    return code


def _coordinate(limit: int) -> Callable[[Any], float | None]:
    """A latitude (``limit`` 90) or longitude (180) in decimal degrees; a decimal comma
    is read as a point, as French keyboards type it."""
    def read(value: Any) -> float | None:
        if value is None or value == "":
            return None
        if isinstance(value, bool):
            raise UnreadableValue(Text("'{value}' is not a number", value=value))
        if isinstance(value, int | float):
            number = float(value)
        elif isinstance(value, str):
            text = to_ascii_digits(value.strip()).replace(",", ".")
            if not _DECIMAL.fullmatch(text):
                raise UnreadableValue(Text("'{value}' is not a number of degrees",
                                           value=value[:40]))
            number = float(text)
        else:
            raise UnreadableValue(Text("{value!r} is not a number", value=value))
        if not math.isfinite(number) or not -limit <= number <= limit:
            raise UnreadableValue(Text("{value} is outside -{limit}..{limit}", value=value,
                                       limit=limit))
        return number
    return read


_DECIMAL = re.compile(r"[+-]?(\d{1,3}(\.\d{0,12})?|\.\d{1,12})", re.ASCII)


def _status(value: Any) -> str:
    if value not in tx.STATUSES:
        raise UnreadableValue(Text("'{value}' is not a review state (use {allowed})",
                                   value=value, allowed=", ".join(tx.STATUSES)))
    return str(value)


INCIDENT_FIELDS: dict[str, Callable[[Any], Any]] = {
    "acled_event_id": _limited(_text, TEXT_LIMITS["acled_event_id"]),
    "acled_timestamp": _int,
    "event_date": read_date,
    "event_date_end": read_date,
    "time_precision": _choice(tx.TIME_PRECISION, Text("time precision")),
    "event_type": _choice(tx.EVENT_TYPES, Text("event type")),
    "sub_event_type": _choice(tuple(tx.SUB_EVENTS_BY_NAME), Text("sub-event type")),
    "place_id": _ref,
    "location": _limited(_text, TEXT_LIMITS["location"]),
    "country_code": _country_code,
    **{name: _limited(_text, TEXT_LIMITS[name]) for name in ("admin1", "admin2", "admin3")},
    "latitude": _coordinate(90),
    "longitude": _coordinate(180),
    "geo_precision": _choice(tx.GEO_PRECISION, Text("geo precision")),
    "near": lambda v: bool(_bool(v)),
    "actor1": _ref,
    "assoc_actor_1": _text_list,
    "actor2": _ref,
    "assoc_actor_2": _text_list,
    **{name: _int for name in COUNT_FIELDS},
    "attack_type": _choice(tx.ATTACK_TYPES, Text("attack type")),
    "target_type": _choice(tx.TARGET_TYPES, Text("target type")),
    "weapon_type": _choice(tx.WEAPON_TYPES, Text("weapon type")),
    "suicide": _bool,
    "property_damage": _choice(tx.PROPERTY_DAMAGE, Text("property damage level")),
    "items_seized": _text,
    "notes": _notes,
    "tags": _limited(_text_list, TEXT_LIMITS["tags"]),
    "status": _status,
}

SOURCE_FIELDS: dict[str, Callable[[Any], Any]] = {
    "id": _text,
    "publication": _limited(lambda v: _text(v) or "", TEXT_LIMITS["sources.publication"]),
    "author": _limited(_text, TEXT_LIMITS["sources.author"]),
    "url": _text,
    "published": read_date,
    "language": _limited(_text, TEXT_LIMITS["sources.language"]),
    "source_scale": _limited(_text, TEXT_LIMITS["sources.source_scale"]),
    "reliability": _choice(tx.SOURCE_RELIABILITY, Text("reliability")),
    "citation": _text,
    **{name: _int for name in SOURCE_COUNT_FIELDS},
}

CLAIM_FIELDS: dict[str, Callable[[Any], Any]] = {
    "id": _text,
    "claimant": _ref,
    "channel": _limited(_text, TEXT_LIMITS["claims.channel"]),
    "original_text": lambda v: _notes(v),
    "language": _limited(_text, TEXT_LIMITS["claims.language"]),
    "translation": _text,
    "date_written": _limited(_text, TEXT_LIMITS["claims.date_written"]),
    "claim_date": read_date,
    **{name: _int for name in CLAIM_COUNT_FIELDS},
    "competing": lambda v: bool(_bool(v)),
}

CHILD_FIELDS = {"sources": SOURCE_FIELDS, "claims": CLAIM_FIELDS}


@dataclass(frozen=True)
class Cleaned:
    values: dict[str, Any]
    errors: list[FieldError]


def _clean_mapping(
    values: Mapping[str, Any], readers: Mapping[str, Callable[[Any], Any]], prefix: str = ""
) -> Cleaned:
    out: dict[str, Any] = {}
    errors: list[FieldError] = []
    for name, raw in values.items():
        reader = readers.get(name)
        if reader is None:
            errors.append(FieldError(f"{prefix}{name}", Text("is not a field of this record")))
            continue
        try:
            out[name] = reader(raw)
        except UnreadableValue as exc:
            errors.append(FieldError(f"{prefix}{name}", text_of(exc)))
    return Cleaned(out, errors)


def clean_incident_values(values: Mapping[str, Any]) -> Cleaned:
    """Read each given value as its field's type; sources and claims are lists of dicts."""
    top = {k: v for k, v in values.items() if k not in CHILD_FIELDS}
    cleaned = _clean_mapping(top, INCIDENT_FIELDS)
    for child, readers in CHILD_FIELDS.items():
        if child not in values:
            continue
        items = values[child] or []
        if not isinstance(items, list | tuple):
            cleaned.errors.append(FieldError(child, Text("must be a list")))
            continue
        rows = []
        for i, item in enumerate(items):
            if not isinstance(item, Mapping):
                cleaned.errors.append(FieldError(f"{child}[{i}]",
                                                 Text("must be a set of fields")))
                continue
            sub = _clean_mapping(item, readers, prefix=f"{child}[{i}].")
            cleaned.errors.extend(sub.errors)
            rows.append(sub.values)
        cleaned.values[child] = rows
    return cleaned


def _non_negative(record: Mapping[str, Any], names: tuple[str, ...], prefix: str = ""):
    for name in names:
        value = record.get(name)
        if value is not None and value < 0:
            yield FieldError(f"{prefix}{name}", Text("cannot be negative ({value})", value=value))


def _valid_source_scale(value: str) -> bool:
    return all(part.strip() in tx.SOURCE_SCALES for part in value.split("-"))


def check_incident(record: Mapping[str, Any], *, today: date | None = None) -> list[FieldError]:
    """The codebook's rules over a whole (merged) record of cleaned values."""
    today = today or date.today()
    errors: list[FieldError] = []
    event_type, sub = record.get("event_type"), record.get("sub_event_type")
    if sub and event_type and sub not in tx.sub_event_types_of(event_type):
        errors.append(FieldError("sub_event_type", Text(
            "'{sub}' does not belong to event type '{event_type}' (allowed: {allowed})",
            sub=sub, event_type=event_type,
            allowed=", ".join(tx.sub_event_types_of(event_type)))))
    if sub and not event_type:
        errors.append(FieldError("event_type", Text("is needed for sub-event type '{sub}'",
                                                    sub=sub)))
    start, end = record.get("event_date"), record.get("event_date_end")
    if end and not start:
        errors.append(FieldError("event_date", Text("is needed when an end date is given")))
    if start and end and end < start:
        errors.append(FieldError("event_date_end", Text("{end} is before the start date {start}",
                                                        end=end, start=start)))
    for name in ("event_date", "event_date_end"):
        value = record.get(name)
        if value and value > today:
            errors.append(FieldError(name, Text("{value} is in the future", value=value)))
        if value and value.year < 1900:
            errors.append(FieldError(name, Text("{value} is too early for this dataset",
                                                value=value)))
    errors.extend(_non_negative(record, COUNT_FIELDS))
    low, best, high = (record.get(k) for k in ("fatalities_low", "fatalities", "fatalities_high"))
    if low is not None and best is not None and low > best:
        errors.append(FieldError("fatalities_low", Text(
            "{low} is more than the best estimate {best}", low=low, best=best)))
    if high is not None and best is not None and best > high:
        errors.append(FieldError("fatalities_high", Text(
            "{high} is less than the best estimate {best}", high=high, best=best)))
    if best is None and low is not None and high is not None and low > high:
        errors.append(FieldError("fatalities_high", Text(
            "{high} is less than the low estimate {low}", high=high, low=low)))
    for i, src in enumerate(record.get("sources") or []):
        errors.extend(_non_negative(src, SOURCE_COUNT_FIELDS, f"sources[{i}]."))
        scale = src.get("source_scale")
        if scale and not _valid_source_scale(scale):
            errors.append(FieldError(f"sources[{i}].source_scale", Text(
                "'{scale}' is not a source scale (use {allowed}, joined by -)", scale=scale,
                allowed=", ".join(tx.SOURCE_SCALES))))
        if not (src.get("publication") or src.get("url") or src.get("citation")):
            errors.append(FieldError(f"sources[{i}].publication",
                                     Text("a source needs a publication, a URL or a citation")))
        published = src.get("published")
        if published and published > today:
            errors.append(FieldError(f"sources[{i}].published",
                                     Text("{value} is in the future", value=published)))
    for i, claim in enumerate(record.get("claims") or []):
        errors.extend(_non_negative(claim, CLAIM_COUNT_FIELDS, f"claims[{i}]."))
    if record.get("actor2") is None and record.get("assoc_actor_2"):
        errors.append(FieldError("actor2", Text(
            "is needed when associated actors of side 2 are given")))
    if record.get("actor1") is None and record.get("assoc_actor_1"):
        errors.append(FieldError("actor1", Text(
            "is needed when associated actors of side 1 are given")))
    if record.get("near") and record.get("geo_precision") == 1:
        errors.append(FieldError("geo_precision", Text(
            "a place coded 'near' a town has geo precision 2 (or 3 for a larger area), not 1")))
    errors.extend(_location_problems(record))
    if record.get("status") in tx.COMPLETE_STATUSES:
        errors.extend(_missing_for_submission(record))
    return errors


def _location_problems(record: Mapping[str, Any]) -> list[FieldError]:
    """A coded location is whole: a name, a country and both coordinates, or nothing."""
    parts = ("location", "country_code", "admin1", "admin2", "admin3", "latitude",
             "longitude")
    if all(record.get(name) in (None, "") for name in parts):
        return []
    needed = (("location", Text("a location name")), ("country_code", Text("a country")),
              ("latitude", Text("a latitude")), ("longitude", Text("a longitude")))
    return [FieldError(name, Text("a location needs {what}", what=what)) for name, what in needed
            if record.get(name) in (None, "")]


REQUIRED_WHEN_COMPLETE = (
    ("event_date", Text("a date")), ("time_precision", Text("a time precision")),
    ("event_type", Text("an event type")), ("sub_event_type", Text("a sub-event type")),
    ("actor1", Text("actor 1")), ("location", Text("a location")),
    ("geo_precision", Text("a geo precision")),
    ("fatalities", Text("a fatality count (0 when none were reported)")),
)
#: The states a record must be complete in, as the messages name them.
_STATE_WORDS = {"submitted": Text("submitted"), "in_review": Text("in_review"),
                "approved": Text("approved")}


def _missing_for_submission(record: Mapping[str, Any]) -> list[FieldError]:
    status = _STATE_WORDS.get(str(record.get("status")), record.get("status"))
    errors = [
        FieldError(name, Text("a {status} record needs {what}", status=status, what=what))
        for name, what in REQUIRED_WHEN_COMPLETE
        if record.get(name) in (None, "")
    ]
    if not record.get("sources"):
        errors.append(FieldError("sources", Text("a {status} record needs at least one source",
                                                 status=status)))
    return errors


def check_coordinates(latitude: Any, longitude: Any) -> list[FieldError]:
    """Latitude in [-90, 90] and longitude in [-180, 180], given as numbers."""
    errors = []
    for name, value, limit in (("latitude", latitude, 90), ("longitude", longitude, 180)):
        try:
            number = float(value)
        except (TypeError, ValueError):
            errors.append(FieldError(name, Text("{value!r} is not a number", value=value)))
            continue
        if not -limit <= number <= limit or number != number:
            errors.append(FieldError(name, Text("{value} is outside -{limit}..{limit}",
                                                value=number, limit=limit)))
    return errors
