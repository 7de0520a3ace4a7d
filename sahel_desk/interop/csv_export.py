"""The Incidents layout as CSV: UTF-8 with a byte-order mark, so that Excel
reads Arabic and accented text right, and dates as ACLED writes them
(YYYY-MM-DD).

Text never reaches a spreadsheet as a formula, whichever separator it reads the
file with. Every text field is quoted (numbers are not: a negative number stays
a number), and a single quote ``'`` is put before any part of the text that
would start a cell and looks like a formula (``= + - @``, after any spaces),
where a part starts the field or follows a comma, a semicolon, a tab or a line
break: French-locale Excel splits on ``;``, other programs on tabs, and they do
not all honour the quotes. A field starting with a tab or a carriage return gets
the quote too. :func:`unguard_text` gives the text back exactly.
Long text is kept whole: CSV has no cell limit.
"""

from __future__ import annotations

import contextlib
import csv
import re
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from sahel_desk.interop.acled_rows import HEADER, export_rows
from sahel_desk.interop.cells import CSV_GUARD
from sahel_desk.store.records import IncidentRecord

ENCODING = "utf-8-sig"
#: What can start a new cell inside a field, for a reader splitting on something else.
PIECE_STARTS = ",;\t\r\n"
# A part of the text (the field's start or after a separator), its leading spaces, then
# any quotes already there and a formula character: the guard goes before those quotes,
# so that text which already starts with quotes comes back exactly too.
_PIECE = re.compile(r"(^|[,;\t\r\n])( *)('*[=+\-@])")
_GUARDED = re.compile(r"(^|[,;\t\r\n])( *)'('*[=+\-@])")
_FIELD = re.compile(r"^'*[\t\r]")


def guard_text(text: str) -> str:
    """Text for a CSV field that no spreadsheet evaluates, however it splits the line."""
    text = _PIECE.sub(rf"\1\2{CSV_GUARD}\3", text)
    return CSV_GUARD + text if _FIELD.match(text) else text


def unguard_text(text: str) -> str:
    """Undo :func:`guard_text` (for importers reading our CSV files back)."""
    if text.startswith(CSV_GUARD) and _FIELD.match(text[1:]):
        text = text[1:]
    return _GUARDED.sub(r"\1\2\3", text)


def csv_cell(value: Any) -> str | int | float:
    """One cell as the writer gets it: numbers as numbers (written bare), the rest text
    (written quoted)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return guard_text(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return value
    if isinstance(value, date):
        return value.isoformat()
    return guard_text(str(value))


def csv_value(value: Any) -> str:
    """One cell's text, as a CSV reader gives it back."""
    return str(csv_cell(value))


class CsvIncidents:
    """Incident rows appended to an open CSV file."""

    def __init__(self, path: Path, *, split_ranges: bool = False):
        self.split_ranges = split_ranges
        self.file: TextIO = path.open("w", encoding=ENCODING, newline="")
        self.writer = csv.writer(self.file, quoting=csv.QUOTE_NONNUMERIC)
        self.writer.writerow(HEADER)
        self.incidents = 0
        self.rows = 0

    def add(self, record: IncidentRecord) -> None:
        self.incidents += 1
        for row in export_rows(record, split_ranges=self.split_ranges):
            self.writer.writerow([csv_cell(v) for v in row])
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
