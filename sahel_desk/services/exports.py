"""Exports through the Desk API: an Excel workbook or the Incidents rows as CSV.

    report = desk.exports.excel("mali-2017.xlsx", IncidentFilter(date_from=...))

Only approved incidents are exported unless the filter names review states
(``ALL_STATUSES`` for every state). Incidents are read in bulk in one read
transaction (a consistent snapshot) and written as they stream, so memory
stays bounded. ``progress(done, total)`` is called after each batch and may
raise to cancel; a cancelled or failed export leaves nothing behind.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Generator, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from sahel_desk import __version__
from sahel_desk.bulk import fewer_collections
from sahel_desk.codebook.taxonomy import STATUSES
from sahel_desk.errors import InputError
from sahel_desk.interop.incident_reader import (
    ActorRegistry,
    PlaceCache,
    count_matching,
    incident_batches,
    load_registry,
)
from sahel_desk.interop.output import ScratchOutput, write_failure
from sahel_desk.model import utcnow
from sahel_desk.storage.scratch import claim, remember_export_folder, sweep
from sahel_desk.store import policy
from sahel_desk.store.records import IncidentFilter, IncidentRecord
from sahel_desk.text.message import Text

if TYPE_CHECKING:
    from sqlalchemy import Select
    from sqlalchemy.orm import Session

    from sahel_desk.services.desk import Desk

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]

#: What an export includes when the filter names no review state.
DEFAULT_STATUSES: tuple[str, ...] = ("approved",)
#: Pass as ``IncidentFilter(statuses=ALL_STATUSES)`` to export every review state.
ALL_STATUSES: tuple[str, ...] = STATUSES


@dataclass(frozen=True)
class ExportReport:
    """What an export wrote."""

    path: Path
    format: str
    incidents: int
    rows: int
    sources: int
    claims: int
    actors: int
    places: int
    long_texts: int
    statuses: tuple[str, ...]
    split_ranges: bool
    seconds: float


def export_filter(flt: IncidentFilter | None) -> IncidentFilter:
    """The filter with the export's default review state (approved) filled in."""
    flt = flt or IncidentFilter()
    if not flt.statuses:
        return replace(flt, statuses=DEFAULT_STATUSES)
    unknown = [s for s in flt.statuses if s not in STATUSES]
    if unknown:
        raise InputError(Text("Unknown review state {states} (use {allowed}).",
                              states=', '.join(unknown), allowed=', '.join(STATUSES)))
    return flt


def _all_states(statuses: tuple[str, ...]) -> bool:
    # Every state asked for: no condition at all, so the database reads in date order.
    return set(statuses) >= set(STATUSES)


def describe_statuses(statuses: tuple[str, ...]) -> str:
    if _all_states(statuses):
        return f"all ({', '.join(STATUSES)})"
    return ", ".join(s for s in STATUSES if s in statuses)


class ExportWriter(Protocol):
    """What the service needs of a writer (interop's ExcelExport and CsvIncidents)."""

    def add(self, record: IncidentRecord) -> None: ...

    def finish(self, *, session: Session, places: PlaceCache,
               info: Sequence[tuple[str, Any]], statuses: str) -> dict[str, int]: ...

    def close(self) -> None: ...

    def discard(self) -> None: ...


class ExportService:
    def __init__(self, desk: Desk):
        self.desk = desk

    def excel(
        self, path: str | os.PathLike[str], flt: IncidentFilter | None = None, *,
        progress: Progress | None = None, split_ranges: bool = False,
    ) -> ExportReport:
        """Write the workbook: Incidents, Sources, Claims, Actors, Places, Codebook,
        Summary, Export info (and Long text when a text is too long for a cell)."""
        from sahel_desk.interop.excel_export import ExcelExport

        def writer(part: Path, scratch: Path, registry: ActorRegistry) -> ExcelExport:
            return ExcelExport(part, scratch, registry, author=self.desk.user,
                               split_ranges=split_ranges)

        return self._run(path, flt, progress, "xlsx", split_ranges, writer)

    def csv(
        self, path: str | os.PathLike[str], flt: IncidentFilter | None = None, *,
        progress: Progress | None = None, split_ranges: bool = False,
    ) -> ExportReport:
        """Write the Incidents rows (ACLED's 31 columns, then the extras) as CSV."""
        from sahel_desk.interop.csv_export import CsvIncidents

        def writer(part: Path, _scratch: Path, _registry: ActorRegistry) -> CsvIncidents:
            return CsvIncidents(part, split_ranges=split_ranges)

        return self._run(path, flt, progress, "csv", split_ranges, writer)

    def _run(self, path: str | os.PathLike[str], flt: IncidentFilter | None,
             progress: Progress | None, kind: str, split_ranges: bool,
             make_writer: Callable[[Path, Path, ActorRegistry], ExportWriter]) -> ExportReport:
        started = time.perf_counter()
        flt = export_filter(flt)
        with self.desk.db.read() as session:
            policy.require(session, self.desk.user, policy.Action.EXPORT,
                           Text("export incidents to {format}", format=kind.upper()))
        # What an export killed earlier left beside this one's destination; the folder
        # is remembered, so that the next start sweeps it if this export is killed.
        folder = Path(path).expanduser().absolute().parent
        sweep(folder)
        remember_export_folder(self.desk.data_dir, folder)
        with fewer_collections(), ScratchOutput(path) as out, \
                _claimed(out.scratch), self.desk.db.read() as session:
            query_flt = replace(flt, statuses=()) if _all_states(flt.statuses) else flt

            def apply_filter(stmt: Select[Any]) -> Select[Any]:
                # The list's own filter code, so that a filter means the same everywhere.
                return self.desk.incidents.filtered(stmt, query_flt, session)

            total = count_matching(session, apply_filter)
            registry = load_registry(session)
            places = PlaceCache()
            writer: ExportWriter | None = None
            finished = False
            try:
                writer = make_writer(out.part, out.scratch, registry)
                _report(progress, 0, total)
                done = 0
                batches = incident_batches(session, apply_filter, registry, places)
                try:
                    for batch in batches:
                        for record in batch:
                            writer.add(record)
                        done += len(batch)
                        _report(progress, done, total)
                finally:
                    if isinstance(batches, Generator):  # its read cursor, at once
                        batches.close()
                counts = writer.finish(session=session, places=places,
                                       info=self._info(flt, split_ranges),
                                       statuses=describe_statuses(flt.statuses))
                writer.close()
                finished = True
            except OSError as exc:
                raise write_failure(out.path, exc) from exc
            finally:
                if not finished and writer is not None:
                    _discard(writer)
            out.commit()
        return ExportReport(
            path=out.path, format=kind, incidents=counts["incidents"], rows=counts["rows"],
            sources=counts.get("sources", 0), claims=counts.get("claims", 0),
            actors=counts.get("actors", 0), places=counts.get("places", 0),
            long_texts=counts.get("long_texts", 0), statuses=flt.statuses,
            split_ranges=split_ranges, seconds=round(time.perf_counter() - started, 3))

    def _info(self, flt: IncidentFilter, split_ranges: bool) -> list[tuple[str, Any]]:
        """Export info rows that do not depend on what was written."""
        any_ = "(any)"
        ranges = (
            "Split as ACLED does: one row per day, fatalities and other counts divided "
            "evenly with the remainder on the first day, said in the notes; event_id_cnty "
            "gets -1, -2, ... per day; claimed figures stay on the first day."
            if split_ranges else
            "One row per incident, dated on the first day of its range; range_start and "
            "range_end give the range (blank for a single day).")
        return [
            ("Application", f"Sahel Desk {__version__}"),
            ("Exported at (UTC)", utcnow().replace(microsecond=0)),
            ("Exported by", self.desk.user),
            ("Database", self.desk.db.target.label),
            ("Review states included", describe_statuses(flt.statuses)),
            ("Period from", flt.date_from or any_),
            ("Period to", flt.date_to or any_),
            ("Country", flt.country or any_),
            ("Region (admin1)", flt.admin1 or any_),
            ("Actor (with its component groups)", flt.actor or any_),
            ("Event type", flt.event_type or any_),
            ("Sub-event type", flt.sub_event_type or any_),
            ("Text", flt.text or any_),
            ("Tag", flt.tag or any_),
            ("Last changed by", flt.updated_by or any_),
            ("Date ranges", ranges),
            ("inter1, inter2, interaction",
             "Current ACLED text (e.g. 'State forces', 'State forces-Rebel group'); the "
             "older numeric codes are in inter1_code, inter2_code and interaction_code."),
            ("timestamp",
             "Unix seconds of the last change; an incident imported from ACLED and unchanged "
             "since keeps ACLED's timestamp."),
            ("Formulas",
             "No cell holds a formula: text starting with = + - @ is a text cell (with "
             "Excel's quote prefix)."),
            ("Long text",
             "Text over Excel's 32,767-character cell limit is cut with a marker naming its "
             "rows on the 'Long text' sheet, which keeps it whole in pieces."),
            ("Summary",
             "Counts incidents (a split date range is one incident); a group counts the "
             "incidents of its component groups."),
        ]


@contextmanager
def _claimed(scratch: Path) -> Iterator[None]:
    """Mark the scratch folder as being written, so that no other export sweeps it away
    while this one lives, and the next one does if this one is killed."""
    held = claim(scratch, "export")
    try:
        yield
    finally:
        if held is not None:
            held.release()


def _discard(writer: ExportWriter) -> None:
    """Let go of a failed export's files. Closing them may fail the same way the writing
    did (a full disk flushing what is buffered): that must not hide the first error, and
    the scratch folder is removed in any case."""
    try:
        writer.discard()
    except OSError as exc:
        log.info("closing a failed export's files: %s", exc)


def _report(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None:
        progress(done, total)
