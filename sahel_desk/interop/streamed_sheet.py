"""Big record sheets written as SpreadsheetML rows straight to a scratch file.

XlsxWriter spends most of an export's time on the Incidents, Sources and Claims
rows (a method call and an XML writer per cell). These sheets hold plain typed
cells only, so their rows are built here as text instead (most of them by filling
a template cached per pattern of value types: one string format per row, the
others cell by cell), and spliced into the package XlsxWriter writes. XlsxWriter
still writes the sheet around them (header, widths, frozen panes, autofilter,
right-to-left view) and the styles, so the cells can use its formats by their
xf index.

The cells follow the same rules as ``workbook.Sheet``: text is always an inline
string (never a formula), formula-like text also gets the quote prefix, control
characters get Excel's ``_xHHHH_`` escape, over-long text is cut with a marker
and kept whole on the "Long text" sheet.
"""

from __future__ import annotations

import math
import re
import shutil
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from operator import itemgetter
from pathlib import Path
from types import NoneType
from typing import IO, TYPE_CHECKING, Any

from xlsxwriter.format import Format
from xlsxwriter.utility import xl_col_to_name, xl_rowcol_to_cell

from sahel_desk.interop.cells import EXCEL_CELL_LIMIT, FORMULA_TRIGGERS, fits_in_cell

if TYPE_CHECKING:
    from sahel_desk.interop.workbook import Column, Workbook

#: Text this long or shorter fits whatever its characters (two UTF-16 units at most each).
SURELY_FITS = EXCEL_CELL_LIMIT // 2
_TRIGGERS = frozenset(t[0] for t in FORMULA_TRIGGERS)
#: Rows gathered before one write to the scratch file.
_BATCH_ROWS = 2_000
_COPY_CHUNK = 1 << 20
#: Deflate level for the rewritten package: 1 is several times faster than 6 on these
#: sheets for a file about a third bigger.
COMPRESS_LEVEL = 1
#: Characters that need more than a copy: XML specials, control characters (Excel's
#: escape), text that looks like that escape, and code points XML cannot hold at all.
_SPECIAL = re.compile("[&<>\x00-\x08\x0b-\x1f\ud800-\udfff\ufffe\uffff]|_x[0-9a-fA-F]{4}_")
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f]")
_NOT_XML = re.compile("[\ud800-\udfff\ufffe\uffff]")
_LITERAL_ESCAPE = re.compile("(_x[0-9a-fA-F]{4}_)")
#: Row templates kept per sheet (one per pattern of value types).
_MAX_TEMPLATES = 4096
_FIRST = itemgetter(0)
#: Stands for the row number in a row template (a control character, so never in a
#: plain row's text).
_ROW_NUMBER = "\x00"
class _No(Enum):
    TEMPLATE = "no template"


#: rows of these value types are built cell by cell (a cached answer, like a template)
_NO_TEMPLATE = _No.TEMPLATE
#: a row's markup with ``%s`` slots, the picker of its non-blank values, and the
#: converters of values not written as they are
_Template = tuple[str, Callable[[Sequence[Any]], Sequence[Any]],
                  tuple[tuple[int, Callable[[Any], Any]], ...]]
_DIMENSION = re.compile(r'<dimension ref="[^"]*"/>')
#: ``date.toordinal()`` of Excel's day 0 in the 1900 system (1899-12-30), valid from
#: 1900-03-01 on; Excel counts a 29 February 1900 that never was.
_EXCEL_DAY_0 = date(1899, 12, 30).toordinal()
_FIRST_TRUE_SERIAL = date(1900, 3, 1).toordinal() - _EXCEL_DAY_0
_SECONDS_PER_DAY = 86_400.0


def xml_text(text: str) -> str:
    """``text`` as the content of an XML element, the way XlsxWriter writes cells."""
    if _SPECIAL.search(text) is None:
        return text
    text = _NOT_XML.sub("", text)
    text = _LITERAL_ESCAPE.sub(r"_x005F\1", text)
    text = _CONTROL.sub(lambda m: f"_x{ord(m.group()):04X}_", text)
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def excel_serial(value: date) -> int | float:
    """A date or datetime as Excel's serial day number (1900 date system)."""
    days = value.toordinal() - _EXCEL_DAY_0
    if days < _FIRST_TRUE_SERIAL:
        days -= 1
    if not isinstance(value, datetime):
        return days
    if value.tzinfo is not None:
        raise TypeError("Excel has no time zones: convert the datetime to naive first")
    seconds = value.hour * 3600 + value.minute * 60 + value.second + value.microsecond / 1e6
    return days + seconds / _SECONDS_PER_DAY


def number_text(value: Any) -> str:
    """A number as a ``<v>`` value; NaN and infinity have no Excel number."""
    if type(value) is int:
        return str(value)
    number = float(value)
    if not math.isfinite(number):
        raise TypeError(f"Excel cannot store the number {number!r}")
    return repr(number) if number != int(number) or abs(number) >= 1e15 else str(int(number))


def _bool_value(value: Any) -> int:
    return 1 if value else 0


def _picker(indices: Sequence[int]) -> Callable[[Sequence[Any]], Sequence[Any]]:
    """``itemgetter`` that returns a tuple also for one index or none."""
    if not indices:
        return lambda values: ()
    if len(indices) == 1:
        only = indices[0]
        return lambda values: (values[only],)
    return itemgetter(*indices)


def style_index(book_format: Format) -> int:
    """The xf index of an XlsxWriter format, assigned now if it has none yet.

    XlsxWriter numbers a format the first time a cell uses it; rows built here
    need the number before XlsxWriter writes anything, so this is that first use,
    and the format then goes into styles.xml like any other.
    """
    index: int = book_format._get_xf_index()  # XlsxWriter ships no types
    return index


@dataclass(frozen=True)
class _CellShape:
    """A column's cell around its value: ``<c r="B7"`` + opening + value + closing.

    ``convert`` turns a value into the text of ``<v>``; text columns have none (their
    text is checked and escaped instead)."""

    letters: str
    kind: str
    opening: str
    closing: str
    convert: Callable[[Any], Any] | None


class StreamedSheet:
    """A record sheet filled with :meth:`append` like ``workbook.Sheet``, rows on disk."""

    def __init__(self, workbook: Workbook, name: str, columns: Sequence[Column], *,
                 freeze_columns: int = 0, right_to_left: bool = False):
        self.workbook = workbook
        self.name = name
        self.columns = tuple(columns)
        self.ws = workbook.book.add_worksheet(name)
        if right_to_left:
            self.ws.right_to_left()
        for index, column in enumerate(self.columns):
            self.ws.set_column(index, index, max(column.width, len(column.name) + 3))
            self.ws.write_string(0, index, column.name, workbook.header)
        self.ws.freeze_panes(1, freeze_columns)
        self.record_key: str | None = None
        self.next_row = 1
        self.path = Path(workbook.scratch, f"rows-{self.ws.index + 1}.xml")
        self._file: IO[str] | None = self.path.open("w", encoding="utf-8", newline="")
        self._pending: list[str] = []
        self._quoted = f' s="{style_index(workbook.quoted)}"'
        self._shapes = [self._shape(index, column.kind)
                        for index, column in enumerate(self.columns)]
        text_columns = [i for i, column in enumerate(self.columns) if column.kind == "text"]
        #: the row's text values, for one check of them all
        self._texts_of: Callable[[Sequence[Any]], Sequence[Any]] = (
            itemgetter(*text_columns) if len(text_columns) > 1
            else (lambda values: [values[text_columns[0]]]) if text_columns
            else (lambda values: ()))
        self._templates: dict[tuple[type, ...], _Template | _No] = {}

    @property
    def part(self) -> str:
        """The package part XlsxWriter writes this sheet to."""
        return f"xl/worksheets/sheet{self.ws.index + 1}.xml"

    def _shape(self, col: int, kind: str) -> _CellShape:
        """How this column's cells are written, for both ways of building a row."""
        letters = xl_col_to_name(col)
        if kind == "text":
            return _CellShape(letters, kind, ' t="inlineStr"><is><t>', "</t></is></c>", None)
        if kind == "number":
            return _CellShape(letters, kind, "><v>", "</v></c>", number_text)
        if kind in ("date", "datetime"):
            style = style_index(self.workbook.date if kind == "date" else
                                self.workbook.datetime)
            return _CellShape(letters, kind, f' s="{style}"><v>', "</v></c>", excel_serial)
        if kind == "bool":
            return _CellShape(letters, kind, ' t="b"><v>', "</v></c>", _bool_value)
        raise ValueError(f"unknown column kind {kind!r} for a streamed sheet")

    def append(self, values: Sequence[Any], key: str | None = None) -> int:
        """Write one row (None and "" leave a cell blank); returns its row index."""
        row = self.next_row
        self.workbook.check_row(self.name, row)
        self.record_key = key
        row_text = str(row + 1)
        xml = self._plain_row(values, row_text)
        self._pending.append(xml if xml is not None else self._careful_row(values, row, row_text))
        if len(self._pending) >= _BATCH_ROWS:
            self._flush()
        self.next_row = row + 1
        return row

    def _plain_row(self, values: Sequence[Any], row_text: str) -> str | None:
        """The row from a cached template, or None when some cell needs care.

        The hot loop of every export (millions of cells). Most rows hold only
        short plain text, whole numbers, dates and blanks: a few checks over all
        the row's text at once show that, and then the template made for the
        row's pattern of value types is filled in. Anything else (XML specials,
        formula-like text, edge spaces, empty or over-long text, a value of an
        unexpected type) goes through :meth:`_careful_row`.
        """
        texts = list(filter(None, self._texts_of(values)))
        try:
            joined = " ".join(texts)
        except TypeError:
            return None
        # isprintable() is False for control characters (also tab and newline, which
        # only send the row the careful way), surrogates and U+FFFE/U+FFFF.
        if (len(joined) > SURELY_FITS or not joined.isprintable() or "&" in joined
                or "<" in joined or ">" in joined or "_x" in joined or "" in values
                or not _TRIGGERS.isdisjoint(map(_FIRST, texts))
                or list(map(str.strip, texts)) != texts):
            return None
        types = tuple(map(type, values))
        template = self._templates.get(types)
        if template is None:
            template = self._template(types)
        if template is _NO_TEMPLATE:
            return None
        markup, pick, converters = template
        if converters:
            values = list(values)
            for index, convert in converters:
                values[index] = convert(values[index])
        return (markup % pick(values)).replace(_ROW_NUMBER, row_text)

    def _template(self, types: tuple[type, ...]) -> _Template | _No:
        """How to build a row whose values have these types (cached), or _NO_TEMPLATE.

        A template is the row's markup with ``%s`` where a value goes and
        ``_ROW_NUMBER`` where the row number goes (a character the checks keep
        out of plain rows), the function that picks the values that are not
        blank, and the converters of values not written as they are (dates,
        fractions, booleans).
        """
        markup = [f'<row r="{_ROW_NUMBER}">']
        picks: list[int] = []
        converters: list[tuple[int, Callable[[Any], Any]]] = []
        found: _Template | _No = _NO_TEMPLATE
        for index, (shape, value_type) in enumerate(zip(self._shapes, types, strict=False)):
            if value_type is NoneType:
                continue
            if shape.convert is None:
                if value_type is not str:  # text columns take text as it is, nothing else
                    break
            elif not (shape.kind == "number" and value_type is int):
                converters.append((index, shape.convert))
            markup.append(f'<c r="{shape.letters}{_ROW_NUMBER}"{shape.opening}%s{shape.closing}')
            picks.append(index)
        else:
            markup.append("</row>")
            found = ("".join(markup), _picker(picks), tuple(converters))
        if len(self._templates) < _MAX_TEMPLATES:
            self._templates[types] = found
        return found

    def _careful_row(self, values: Sequence[Any], row: int, row_text: str) -> str:
        """The row cell by cell, each value checked and escaped as it needs."""
        cells: list[str] = []
        add = cells.append
        for col, (value, shape) in enumerate(zip(values, self._shapes, strict=False)):
            if value is None or value == "":
                continue
            ref = f'<c r="{shape.letters}{row_text}"'
            if shape.convert is not None:
                add(f"{ref}{shape.opening}{shape.convert(value)}{shape.closing}")
                continue
            text = value if type(value) is str else str(value)
            if len(text) > SURELY_FITS and not fits_in_cell(text):
                text = self.workbook.long_texts.keep(self, row, col, text)
            style = self._quoted if text[0] in _TRIGGERS else ""
            space = (' xml:space="preserve"' if text[0].isspace() or text[-1].isspace()
                     else "")
            if _SPECIAL.search(text) is not None:
                text = xml_text(text)
            add(f'{ref}{style} t="inlineStr"><is><t{space}>{text}</t></is></c>')
        return f'<row r="{row_text}">{"".join(cells)}</row>'

    def _flush(self) -> None:
        if self._file is not None and self._pending:
            self._file.write("".join(self._pending))
        self._pending.clear()

    def finish(self) -> None:
        """Autofilter over the header and the rows; the rows file is complete."""
        self.ws.autofilter(0, 0, max(self.next_row - 1, 0), len(self.columns) - 1)
        self.close()

    def close(self) -> None:
        """Write what is pending and close the rows file (safe to call twice)."""
        if self._file is not None:
            try:
                self._flush()
            finally:  # closed even when the flush fails (a full disk)
                file, self._file = self._file, None
                self._pending.clear()
                file.close()

    @property
    def dimension(self) -> str:
        last = xl_rowcol_to_cell(max(self.next_row - 1, 0), len(self.columns) - 1)
        return f"A1:{last}"


def splice_package(package: Path, out: Path, sheets: Sequence[StreamedSheet], *,
                   level: int = COMPRESS_LEVEL) -> None:
    """Copy the ``package`` XlsxWriter wrote to ``out``, each streamed sheet's rows
    added after its header row; everything is streamed, so memory stays flat."""
    by_part = {sheet.part: sheet for sheet in sheets}
    with zipfile.ZipFile(package) as source, zipfile.ZipFile(
            out, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=level,
            allowZip64=True) as target:
        missing = set(by_part) - set(source.namelist())
        if missing:
            raise RuntimeError(f"the workbook has no part {sorted(missing)[0]}")
        for info in source.infolist():
            sheet = by_part.get(info.filename)
            if sheet is None:
                target.writestr(info.filename, source.read(info.filename))
                continue
            xml = source.read(info.filename).decode("utf-8")
            end = xml.index("</sheetData>")
            head = _DIMENSION.sub(f'<dimension ref="{sheet.dimension}"/>', xml[:end], count=1)
            size = len(xml) + sheet.path.stat().st_size
            with target.open(info.filename, "w",
                             force_zip64=size > zipfile.ZIP64_LIMIT // 2) as part, \
                    sheet.path.open("rb") as rows:
                part.write(head.encode("utf-8"))
                shutil.copyfileobj(rows, part, _COPY_CHUNK)
                part.write(xml[end:].encode("utf-8"))
