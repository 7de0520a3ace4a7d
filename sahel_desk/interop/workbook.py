"""A streaming Excel workbook with the desk's conventions built in.

Every data sheet gets a bold frozen header, an autofilter and set widths; values
become real date, number and boolean cells; text is always a text cell (text
that looks like a formula also gets Excel's quote prefix, so editing it keeps
it text); text over Excel's cell limit is cut with a marker that points at the
"Long text" sheet, which keeps it whole in pieces.

XlsxWriter in constant-memory mode writes each row to disk as it goes, so
memory stays flat however many rows are written; rows of a sheet must come in
order, which is how exports produce them. All XlsxWriter calls live here and
in ``summary.py`` (charts).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, Protocol

import xlsxwriter
import xlsxwriter.exceptions
from xlsxwriter.utility import xl_rowcol_to_cell

from sahel_desk.errors import UserError
from sahel_desk.interop.cells import (
    FORMULA_TRIGGERS,
    chunks,
    cut_for_cell,
    fits_in_cell,
)
from sahel_desk.interop.streamed_sheet import SURELY_FITS, StreamedSheet, splice_package
from sahel_desk.text.message import Text

#: Last row index Excel can hold (1,048,576 rows, counted from 0).
MAX_ROW = 1_048_575
LONG_TEXT_SHEET = "Long text"
DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm:ss"
_TRIGGERS = frozenset(t[0] for t in FORMULA_TRIGGERS)


class TooManyRowsError(UserError):
    """More rows than an Excel sheet holds."""


def check_row(sheet: str, row: int) -> None:
    """Refuse a row past Excel's last one, saying what to do instead."""
    if row > MAX_ROW:
        raise TooManyRowsError(
            Text("The '{sheet}' sheet would need more than {most:,} rows, Excel's limit: "
                 "narrow the filter (a shorter period) or export CSV instead.",
                 sheet=sheet, most=MAX_ROW))


@dataclass(frozen=True)
class Column:
    """A sheet column: its header, the kind of cells it holds and its width.

    Kinds: ``text``, ``number``, ``date``, ``datetime``, ``bool`` and ``any``
    (chosen per value, for key/value sheets).
    """

    name: str
    kind: str = "text"
    width: float = 14


class Workbook:
    """An .xlsx file being written; close() finishes it."""

    def __init__(self, path: Path, scratch: Path, *, title: str, author: str):
        self.path = path
        self.scratch = scratch
        # With streamed sheets XlsxWriter writes a package without their rows, which
        # close() then copies to ``path`` with the rows added.
        self.package = scratch / f"package-{path.name}"
        self.streamed: list[StreamedSheet] = []
        self.book = xlsxwriter.Workbook(str(self.package), {
            "constant_memory": True, "tmpdir": str(scratch), "use_zip64": True,
            "strings_to_formulas": False, "strings_to_urls": False,
            "strings_to_numbers": False,
        })
        self.book.set_properties({"title": title, "author": author,
                                  "comments": "Exported from Sahel Desk"})
        self.header = self.book.add_format({
            "bold": True, "bg_color": "#DDEBF7", "bottom": 1, "valign": "top"})
        self.date = self.book.add_format({"num_format": DATE_FORMAT})
        self.datetime = self.book.add_format({"num_format": DATETIME_FORMAT})
        self.quoted = self.book.add_format({"quote_prefix": True})
        self.bold = self.book.add_format({"bold": True})
        self.long_texts = LongTexts(self)

    def add_sheet(self, name: str, columns: Sequence[Column], *, freeze_columns: int = 0,
                  right_to_left: bool = False, header: bool = True) -> Sheet:
        return Sheet(self, name, columns, freeze_columns=freeze_columns,
                     right_to_left=right_to_left, header=header)

    @staticmethod
    def check_row(sheet: str, row: int) -> None:
        """Every sheet checks its rows here, so one limit (MAX_ROW) holds for all."""
        check_row(sheet, row)

    def add_streamed_sheet(self, name: str, columns: Sequence[Column], *,
                           freeze_columns: int = 0, right_to_left: bool = False
                           ) -> StreamedSheet:
        """A record sheet with the same rules as :meth:`add_sheet`, many times faster to
        fill: for the big sheets of plain text, number, date and bool cells."""
        sheet = StreamedSheet(self, name, columns, freeze_columns=freeze_columns,
                              right_to_left=right_to_left)
        self.streamed.append(sheet)
        return sheet

    def close(self) -> None:
        self.long_texts.finish()
        for sheet in self.streamed:
            sheet.close()
        try:
            self.book.close()
        except xlsxwriter.exceptions.FileCreateError as exc:
            # XlsxWriter wraps the OSError (disk full, permission): hand it on as such.
            cause = exc.args[0] if exc.args and isinstance(exc.args[0], OSError) else None
            raise (cause or OSError(str(exc))) from exc
        splice_package(self.package, self.path, self.streamed)
        self.package.unlink()
        for sheet in self.streamed:
            sheet.path.unlink()

    def discard(self) -> None:
        """Give up an unfinished workbook: close the row files XlsxWriter keeps open, so
        that its scratch folder can be removed (XlsxWriter has no public way to abort)."""
        for ws in self.book.worksheets():
            ws._opt_close()
        for sheet in self.streamed:
            # Every one closed, even when flushing one fails as the writing did.
            with contextlib.suppress(OSError):
                sheet.close()


class RecordSheet(Protocol):
    """What a long text's note says of the sheet it was cut from (a Sheet or a
    StreamedSheet): its name, its columns and the record being written."""

    @property
    def name(self) -> str: ...

    @property
    def columns(self) -> Sequence[Column]: ...

    @property
    def record_key(self) -> str | None: ...


class Sheet:
    """One worksheet filled row by row with :meth:`append`."""

    def __init__(self, workbook: Workbook, name: str, columns: Sequence[Column], *,
                 freeze_columns: int = 0, right_to_left: bool = False, header: bool = True):
        self.workbook = workbook
        self.name = name
        self.columns = tuple(columns)
        self.ws = workbook.book.add_worksheet(name)
        if right_to_left:
            self.ws.right_to_left()
        self.record_key: str | None = None
        self.next_row = 0
        self._writers = [self._writer_for(c.kind) for c in self.columns]
        for index, column in enumerate(self.columns):
            # Wide enough for the header too (bold text needs a little more room).
            width = max(column.width, len(column.name) + 3) if header else column.width
            self.ws.set_column(index, index, width)
        self.has_header = header
        if header:
            for index, column in enumerate(self.columns):
                self.ws.write_string(0, index, column.name, workbook.header)
            self.ws.freeze_panes(1, freeze_columns)
            self.next_row = 1

    def _writer_for(self, kind: str) -> Callable[[int, int, Any], None]:
        ws, wb = self.ws, self.workbook
        # XlsxWriter ships no types: its write methods are declared here for what they take.
        write_number: Callable[[int, int, Any], None] = ws.write_number
        write_boolean: Callable[[int, int, Any], None] = ws.write_boolean
        if kind == "text":
            return self._text
        if kind == "number":
            return write_number
        if kind == "date":
            return lambda row, col, value: ws.write_datetime(row, col, value, wb.date)
        if kind == "datetime":
            return lambda row, col, value: ws.write_datetime(row, col, value, wb.datetime)
        if kind == "bool":
            return write_boolean
        if kind == "any":
            return self._any
        raise ValueError(f"unknown column kind {kind!r}")

    def append(self, values: Sequence[Any], key: str | None = None) -> int:
        """Write one row (None and "" leave a cell blank); returns its row index.

        ``key`` names the record the row belongs to, for the Long text sheet.
        """
        row = self.next_row
        check_row(self.name, row)
        self.record_key = key
        for col, (write, value) in enumerate(zip(self._writers, values, strict=False)):
            if value is not None and value != "":
                write(row, col, value)
        self.next_row = row + 1
        return row

    def heading(self, values: Sequence[str], *, bold_only: bool = False) -> int:
        """A row of labels in the header style (or just bold), for report sheets."""
        row = self.next_row
        style = self.workbook.bold if bold_only else self.workbook.header
        for col, value in enumerate(values):
            if value:
                self.ws.write_string(row, col, value, style)
        self.next_row = row + 1
        return row

    def skip(self, rows: int = 1) -> None:
        """Leave blank rows (between the blocks of a key/value sheet)."""
        self.next_row += rows

    def finish(self) -> None:
        """Autofilter over the header and the rows written."""
        if self.has_header:
            last = max(self.next_row - 1, 0)
            self.ws.autofilter(0, 0, last, len(self.columns) - 1)

    def _text(self, row: int, col: int, value: Any) -> None:
        text = value if isinstance(value, str) else str(value)
        if len(text) > SURELY_FITS and not fits_in_cell(text):
            text = self.workbook.long_texts.keep(self, row, col, text)
        if text[0] in _TRIGGERS:
            self.ws.write_string(row, col, text, self.workbook.quoted)
        else:
            self.ws.write_string(row, col, text)

    def _any(self, row: int, col: int, value: Any) -> None:
        if isinstance(value, bool):
            self.ws.write_boolean(row, col, value)
        elif isinstance(value, int | float):
            self.ws.write_number(row, col, value)
        elif isinstance(value, datetime):
            self.ws.write_datetime(row, col, value, self.workbook.datetime)
        elif isinstance(value, date):
            self.ws.write_datetime(row, col, value, self.workbook.date)
        else:
            self._text(row, col, value)


_LONG_TEXT_COLUMNS = (
    Column("ref", width=9), Column("sheet", width=12), Column("cell", width=10),
    Column("column", width=16), Column("record", width=18), Column("part", "number", 6),
    Column("parts", "number", 6), Column("characters", "number", 11),
    Column("text", width=100),
)


class LongTexts:
    """Texts too long for a cell, kept whole in pieces on their own sheet."""

    def __init__(self, workbook: Workbook):
        self.workbook = workbook
        self.sheet: Sheet | None = None
        self.count = 0

    def keep(self, sheet: RecordSheet, row: int, col: int, text: str) -> str:
        """Store ``text`` and return what its cell shows instead: a cut with a marker."""
        if self.sheet is None:
            self.sheet = self.workbook.add_sheet(LONG_TEXT_SHEET, _LONG_TEXT_COLUMNS)
        self.count += 1
        ref = f"LT-{self.count}"
        pieces = chunks(text)
        first = self.sheet.next_row
        for number, piece in enumerate(pieces, start=1):
            self.sheet.append([
                ref, sheet.name, xl_rowcol_to_cell(row, col), sheet.columns[col].name,
                sheet.record_key, number, len(pieces), len(text), piece,
            ])
        rows = f"rows {first + 1}-{first + len(pieces)}" if len(pieces) > 1 else (
            f"row {first + 1}")
        marker = (f" [... cut here: the whole text ({len(text):,} characters) is in sheet "
                  f"'{LONG_TEXT_SHEET}', {ref}, {rows}]")
        return cut_for_cell(text, marker)

    def finish(self) -> None:
        if self.sheet is not None:
            self.sheet.finish()
