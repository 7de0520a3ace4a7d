"""An incident as ACLED rows: the 31 current ACLED columns, then Sahel Desk's extras.

Values are Python values of the right kind (dates, ints, floats, text, None
for blank); each writer turns them into its own cells. ``inter1``, ``inter2``
and ``interaction`` carry the current ACLED text; the numeric codes of the
older layout travel in ``inter1_code``, ``inter2_code`` and ``interaction_code``.

A date range is one row dated on its first day with the range in
``range_start``/``range_end``; with ``split_ranges`` it follows ACLED's rule
instead: one row per day, counts split evenly with the remainder on the first
day, and a sentence in the notes saying so.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Any

from sahel_desk.codebook.taxonomy import ACLED_COLUMNS, ACTOR_TYPE_BY_CODE
from sahel_desk.reference.countries import country
from sahel_desk.store.records import ActorRef, IncidentRecord

EXTRA_COLUMNS: tuple[str, ...] = (
    "status", "range_start", "range_end",
    "fatalities_low", "fatalities_high", "injured", "kidnapped", "arrested",
    "claimed_killed", "claimed_wounded", "claimed_vehicles_seized", "claimed_weapons_seized",
    "claimant", "sources_count",
    "inter1_code", "inter2_code", "interaction_code",
    "human_id", "uuid",
)
HEADER: tuple[str, ...] = ACLED_COLUMNS + EXTRA_COLUMNS
_UNIX_EPOCH = datetime(1970, 1, 1)
_SECOND = timedelta(seconds=1)
INDEX: dict[str, int] = {name: i for i, name in enumerate(HEADER)}

#: What each extra column holds (shown in the workbook's Export info sheet).
EXTRA_MEANINGS: dict[str, str] = {
    "status": "review state of the incident",
    "range_start": "first day of a date range (blank for a single day)",
    "range_end": "last day of a date range (blank for a single day)",
    "fatalities_low": "lowest fatality figure reported",
    "fatalities_high": "highest fatality figure reported",
    "injured": "people injured",
    "kidnapped": "people kidnapped",
    "arrested": "people arrested",
    "claimed_killed": "largest number killed that a claim asserts (never the coded figure)",
    "claimed_wounded": "largest number wounded that a claim asserts",
    "claimed_vehicles_seized": "largest number of vehicles a claim says were seized",
    "claimed_weapons_seized": "largest number of weapons a claim says were seized",
    "claimant": "who claimed the incident (several joined with '; ')",
    "sources_count": "number of sources",
    "inter1_code": "actor 1 type as the older numeric code (1-8); inter1 has its text",
    "inter2_code": "actor 2 type as the older numeric code (1-8); inter2 has its text",
    "interaction_code": "interaction as the older two-digit code; interaction has its text",
    "human_id": "Sahel Desk id (country-year-number)",
    "uuid": "Sahel Desk's stable id of the incident",
}

#: Columns holding counts: what a split date range divides between its days.
SPLIT_COUNTS: tuple[str, ...] = (
    "fatalities", "fatalities_low", "fatalities_high", "injured", "kidnapped", "arrested",
)
#: Claimed figures stay on the first day of a split range, so that sums stay right.
FIRST_DAY_ONLY: tuple[str, ...] = (
    "claimed_killed", "claimed_wounded", "claimed_vehicles_seized", "claimed_weapons_seized",
)


def _names(refs: Iterable[ActorRef]) -> str | None:
    return "; ".join(a.name for a in refs) or None


def _inter_text(code: int | None) -> str | None:
    found = ACTOR_TYPE_BY_CODE.get(code) if code is not None else None
    return found.label if found else None


def _joined(values: Iterable[str | None], sep: str) -> str | None:
    return sep.join(dict.fromkeys(v for v in values if v)) or None


def _largest(values: Iterable[int | None]) -> int | None:
    present = [v for v in values if v is not None]
    return max(present) if present else None


def acled_timestamp(record: IncidentRecord) -> int:
    """ACLED's ``timestamp``: the one kept from the last ACLED import (the service
    forgets it when a desk edits the event's data), else the time of the last
    change (unix seconds; stored times are naive UTC)."""
    if record.acled_timestamp is not None:
        return record.acled_timestamp
    return (record.updated_at - _UNIX_EPOCH) // _SECOND


#: What a record without claims has in the claimed_* and claimant columns.
_NO_CLAIMS: tuple[None, ...] = (None,) * 5


def _claimed(claims: tuple) -> tuple[int | str | None, ...]:
    """claimed_killed, _wounded, _vehicles_seized, _weapons_seized and claimant."""
    if not claims:
        return _NO_CLAIMS
    return (
        _largest(c.killed for c in claims),
        _largest(c.wounded for c in claims),
        _largest(c.vehicles_seized for c in claims),
        _largest(c.weapons_seized for c in claims),
        _joined((c.claimant.name if c.claimant else None for c in claims), "; "),
    )


def acled_row(record: IncidentRecord) -> list[Any]:
    """One row in :data:`HEADER` order; a date range is dated on its first day."""
    found = country(record.country_code) if record.country_code else None
    day = record.event_date
    ranged = record.event_date_end is not None and day is not None and (
        record.event_date_end != day)
    sources = record.sources
    if len(sources) == 1:  # the common case, without the joins
        publications, scales = sources[0].publication or None, sources[0].source_scale or None
    else:
        publications = _joined((s.publication for s in sources), "; ")
        scales = _joined((s.source_scale for s in sources), "-")
    killed, wounded, vehicles, weapons, claimants = _claimed(record.claims)
    return [
        record.acled_event_id or record.human_id,
        day,
        day.year if day else None,
        record.time_precision,
        record.disorder_type,
        record.event_type,
        record.sub_event_type,
        record.actor1.name if record.actor1 else None,
        _names(record.assoc_actor_1),
        _inter_text(record.inter1),
        record.actor2.name if record.actor2 else None,
        _names(record.assoc_actor_2),
        _inter_text(record.inter2),
        record.interaction,
        record.civilian_targeting,
        found.iso_numeric if found else None,
        found.region if found else None,
        found.name if found else None,
        record.admin1,
        record.admin2,
        record.admin3,
        record.location,
        record.latitude,
        record.longitude,
        record.geo_precision,
        publications,
        scales,
        record.notes or None,
        record.fatalities,
        "; ".join(record.tags) or None,
        acled_timestamp(record),
        # Sahel Desk extras
        record.status,
        day if ranged else None,
        record.event_date_end if ranged else None,
        record.fatalities_low,
        record.fatalities_high,
        record.injured,
        record.kidnapped,
        record.arrested,
        killed,
        wounded,
        vehicles,
        weapons,
        claimants,
        len(sources),
        record.inter1,
        record.inter2,
        record.interaction_code,
        record.human_id,
        record.id,
    ]


def split_share(total: int | None, days: int, index: int) -> int | None:
    """Day ``index``'s part of ``total`` split evenly over ``days``; the remainder
    goes to the first day (ACLED's rule)."""
    if total is None:
        return None
    base, remainder = divmod(total, days)
    return base + remainder if index == 0 else base


def export_rows(record: IncidentRecord, *, split_ranges: bool = False) -> list[list[Any]]:
    """The rows one incident becomes: one, or one per day of its range when split."""
    row = acled_row(record)
    start, end = record.event_date, record.event_date_end
    if not split_ranges or start is None or end is None or end <= start:
        return [row]
    days = (end - start).days + 1
    note = (f"Date range {start.isoformat()} to {end.isoformat()} split into {days} daily "
            "events; totals divided evenly, the remainder on the first day.")
    rows = []
    for index in range(days):
        day = start + timedelta(days=index)
        part = list(row)
        part[INDEX["event_id_cnty"]] = f"{row[INDEX['event_id_cnty']]}-{index + 1}"
        part[INDEX["event_date"]] = day
        part[INDEX["year"]] = day.year
        part[INDEX["notes"]] = f"{row[INDEX['notes']]} {note}" if row[INDEX["notes"]] else note
        for name in SPLIT_COUNTS:
            part[INDEX[name]] = split_share(row[INDEX[name]], days, index)
        if index:
            for name in FIRST_DAY_ONLY:
                part[INDEX[name]] = None
        rows.append(part)
    return rows


def row_dict(row: list[Any]) -> dict[str, Any]:
    """A row as ``{column: value}``, for tests and scripts."""
    return dict(zip(HEADER, row, strict=True))

