"""The Incidents layout as CSV: UTF-8 with a byte-order mark, so that Excel
reads Arabic and accented text right, and dates as ACLED writes them
(YYYY-MM-DD).

Text that a spreadsheet would take for a formula (= + - @ first) gets a
leading apostrophe (``cells.guard_csv``; ``cells.unguard_csv`` undoes it).
Long text is kept whole: CSV has no cell limit.
"""

from __future__ import annotations

import contextlib
import csv
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from sahel_desk.interop.acled_rows import HEADER, export_rows
from sahel_desk.interop.cells import guard_csv
from sahel_desk.store.records import IncidentRecord

ENCODING = "utf-8-sig"


def csv_value(value: Any) -> str:
    """One cell's text."""
    if value is None:
        return ""
    if isinstance(value, str):
        return guard_csv(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


class CsvIncidents:
    """Incident rows appended to an open CSV file."""

    def __init__(self, path: Path, *, split_ranges: bool = False):
        self.split_ranges = split_ranges
        self.file: TextIO = path.open("w", encoding=ENCODING, newline="")
        self.writer = csv.writer(self.file)
        self.writer.writerow(HEADER)
        self.incidents = 0
        self.rows = 0

    def add(self, record: IncidentRecord) -> None:
        self.incidents += 1
        for row in export_rows(record, split_ranges=self.split_ranges):
            self.writer.writerow([csv_value(v) for v in row])
            self.rows += 1

    def finish(self, **_end: object) -> dict[str, int]:
        return {"incidents": self.incidents, "rows": self.rows}

    def close(self) -> None:
        self.file.close()

    def discard(self) -> None:
        # Closing flushes what is buffered, which fails again on a full disk; the file
        # is closed all the same, and thrown away.
        with contextlib.suppress(OSError):
            self.file.close()
