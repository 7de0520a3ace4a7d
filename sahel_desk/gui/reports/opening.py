"""Reading a report off the GUI thread, with what the reader window shows beside it:
the entries already saved from it, and each draft's values as the form takes them."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sahel_desk.errors import NotFoundError
from sahel_desk.reports.model import ProposedDraft, ReportReading
from sahel_desk.services.report_reader import draft_values, report_tag
from sahel_desk.store.location import FROM_PLACE

if TYPE_CHECKING:
    from sahel_desk.services.desk import Desk


@dataclass(frozen=True)
class OpenedReport:
    reading: ReportReading
    #: keys of the entries saved from this report before
    saved_keys: frozenset[str]
    #: for each draft, in order, the values the incident form is filled with
    form_values: tuple[dict[str, Any], ...]


def open_report(desk: Desk, path: Path, report_date: dt.date | None, *,
                progress: Callable[[int, int], None]) -> OpenedReport:
    reading = desk.reports.read_file(path, report_date=report_date, progress=progress)
    tag = report_tag(reading.name)
    return OpenedReport(reading, desk.reports.saved_keys(reading.name),
                        tuple(form_values(desk, reading, d, tag) for d in reading.drafts))


def form_values(desk: Desk, reading: ReportReading, draft: ProposedDraft,
                tag: str) -> dict[str, Any]:
    """The values saving the draft would store (the service's own), with the location
    taken from its place, as a save would, so that the coder sees it in the form."""
    values = draft_values(draft, reading, tag)
    place_id = values.get("place_id")
    if place_id:
        with contextlib.suppress(NotFoundError):
            place = desk.places.get(place_id)
            values.update({name: getattr(place, attribute)
                           for name, attribute in FROM_PLACE.items()})
    return values
