"""Reading ACLED exports into events: CSV or xlsx, in any of ACLED's three layouts.

The header tells the layouts apart:

* current (since March 2023): the 31 columns of the codebook, with
  ``disorder_type``, ``civilian_targeting`` and ``tags``;
* dyadic (older): both sides of an event on one row, with ``data_id``,
  ``event_id_no_cnty`` and ``iso3``;
* monadic: one row per actor (no ``actor2``, ``assoc_actor_2``, ``inter2``);
  the rows sharing an ``event_id_cnty`` are merged into one event here.

Only what ACLED writes in its own ways is read here (dates in three formats,
inter codes as numbers or text, ``;``-separated lists, the monadic merge);
event types, precision codes and counts are left raw for the codebook's
checks, so the importer reports them with the same words as the form.
"""

from __future__ import annotations

import csv
import io
import posixpath
import re
import struct
import warnings
import zipfile
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

from sahel_desk.codebook import taxonomy as tx
from sahel_desk.codebook.validation import check_coordinates
from sahel_desk.errors import InputError
from sahel_desk.model import Actor, ActorAlias, Place
from sahel_desk.storage.fit import value_problem
from sahel_desk.text.message import Text, joined
from sahel_desk.text.message import text_of as said
from sahel_desk.text.normalize import fold
from sahel_desk.text.numbers import whole_number

CURRENT, DYADIC, MONADIC = "current", "dyadic", "monadic"

DYADIC_COLUMNS: tuple[str, ...] = (
    "data_id", "iso", "event_id_cnty", "event_id_no_cnty", "event_date", "year",
    "time_precision", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1",
    "actor2", "assoc_actor_2", "inter2", "interaction", "region", "country", "admin1", "admin2",
    "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
    "notes", "fatalities", "timestamp", "iso3",
)
SIDE1 = ("actor1", "assoc_actor_1", "inter1")
SIDE2 = ("actor2", "assoc_actor_2", "inter2")
MONADIC_COLUMNS = tuple(c for c in DYADIC_COLUMNS if c not in SIDE2)
LAYOUT_COLUMNS = {CURRENT: tx.ACLED_COLUMNS, DYADIC: DYADIC_COLUMNS, MONADIC: MONADIC_COLUMNS}

# What the importer reads; other columns (year, region, disorder type...) are derived.
_EVENT_COLUMNS = (
    "event_id_cnty", "event_date", "time_precision", "event_type", "sub_event_type", "country",
    "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
    "source", "source_scale", "notes", "fatalities", "timestamp",
)
REQUIRED_COLUMNS = {
    CURRENT: _EVENT_COLUMNS + SIDE1 + SIDE2,
    DYADIC: _EVENT_COLUMNS + SIDE1 + SIDE2,
    MONADIC: (*_EVENT_COLUMNS, *SIDE1, "interaction"),
}
DATE_FORMATS = "2020-12-31, 31 December 2020 or 16-Feb-21"

_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december")
_MONTH_NUMBER = {**{m: i for i, m in enumerate(_MONTHS, 1)},
                 **{m[:3]: i for i, m in enumerate(_MONTHS, 1)}, "sept": 9}
_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]00:00(?::00)?)?")
_WORDY_DATE = re.compile(r"(\d{1,2})[ -]([A-Za-z]+)\.?[ -](\d{4}|\d{2})")

Row = tuple[int, dict[str, Any]]


class BadValue(ValueError):
    """A cell ACLED would not have written; the message says which and why."""


@dataclass(frozen=True)
class Side:
    """One side of an event: its actor, associated actors and inter code (None if blank)."""

    actor: str
    assoc: tuple[str, ...]
    inter: int | None


@dataclass(frozen=True)
class Location:
    name: str
    admin1: str | None
    admin2: str | None
    admin3: str | None
    latitude: float
    longitude: float
    country: str
    iso3: str | None


@dataclass(frozen=True)
class AcledEvent:
    """One event, merged from its rows; ``values`` are incident fields, raw for the codebook."""

    line: int
    event_id: str
    values: dict[str, Any]
    side1: Side
    side2: Side | None
    location: Location
    #: (publication, source scale); ACLED's whole scale string is on the first one
    sources: tuple[tuple[str, str | None], ...]


@dataclass
class AcledReading:
    path: Path
    layout: str
    rows_read: int
    events: list[AcledEvent] = field(default_factory=list)
    bad_rows: list[tuple[int, str]] = field(default_factory=list)
    #: events (or rows without an event id) left out because of a bad row
    bad_events: int = 0


# --- values ------------------------------------------------------------------------


def text_of(value: Any) -> str:
    if value is None:
        return ""
    return value.strip() if isinstance(value, str) else str(value).strip()


def parse_date(value: Any) -> date:
    """An ACLED date: ``2020-12-31``, ``31 December 2020`` or ``16-Feb-21`` (or a cell date)."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = text_of(value)
    try:  # ``\d`` is any script's digit, as whole_number reads them; "²" is none
        if found := _ISO_DATE.fullmatch(text):
            return date(*(whole_number(part, signed=False) for part in found.groups()))
        if found := _WORDY_DATE.fullmatch(text):
            month = _MONTH_NUMBER.get(found[2].casefold())
            if month is not None:
                return date(_full_year(found[3]), month, whole_number(found[1], signed=False))
    except ValueError:
        pass
    raise BadValue(Text("'{text}' is not a date (ACLED writes {formats})",
                        text=text, formats=DATE_FORMATS))


def _full_year(text: str) -> int:
    if len(text) == 4:
        return whole_number(text, signed=False)
    year = 2000 + whole_number(text, signed=False)
    return year if year <= date.today().year + 1 else year - 100


def parse_inter(value: Any, column: str) -> int | None:
    """An actor type written as a number (old files) or as text (new files); None if blank."""
    if text_of(value) == "":
        return None
    code = tx.actor_type_code(value if isinstance(value, int) else text_of(value))
    if code is None:
        labels = ", ".join(t.label for t in tx.ACTOR_TYPES)
        raise BadValue(Text("{column}: '{value}' is not an actor type (1-8, or {labels})",
                            column=column, value=text_of(value), labels=labels))
    return code


def parse_interaction(value: Any) -> tuple[int, int | None]:
    """The two sides' types from ``27``/``20`` (old) or ``Rebel group-Civilians`` /
    ``Rebel group only`` (new); the second is None for a lone actor."""
    text = text_of(value)
    pair: tuple[int | None, int | None] = (None, None)
    if text.isdecimal() and len(text) == 2:
        first, second = whole_number(text[0]), whole_number(text[1])
        pair = (tx.actor_type_code(first), tx.actor_type_code(second) if second else 0)
    elif text.casefold().endswith(" only"):
        pair = (tx.actor_type_code(text[:-5]), 0)
    elif text.count("-") == 1:
        left, right = text.split("-")
        pair = (tx.actor_type_code(left), tx.actor_type_code(right))
    if pair[0] is None or pair[1] is None:
        raise BadValue(Text("interaction: '{text}' is not an interaction code (e.g. 27, 20, "
                            "Rebel group-Civilians or Rebel group only)",
                            text=text))
    return pair[0], pair[1] or None


def split_list(value: Any) -> tuple[str, ...]:
    """A ``;``-separated list (associated actors, sources), blanks dropped, order kept."""
    return tuple(part.strip() for part in text_of(value).split(";") if part.strip())


def split_sources(source: Any, scale: Any) -> tuple[tuple[str, str | None], ...]:
    """One source per publication. ACLED's scale describes the sources together and its
    parts are not in source order (``AFP; Menastream`` can be ``Local partner-International``),
    so the whole string goes on the first source: joining the sources' scales in order
    gives it back exactly."""
    scale_text = text_of(scale) or None
    return tuple((pub, scale_text if i == 0 else None)
                 for i, pub in enumerate(split_list(source)))


# --- the table ---------------------------------------------------------------------


@dataclass
class _Table:
    layout: str
    columns: tuple[str, ...]
    rows: list[Row]
    bad_rows: list[tuple[int, str]]


def read_table(path: str | Path) -> _Table:
    """The header and rows of a CSV or xlsx file, with its layout; file-level problems
    (missing, empty, binary, wrong columns) raise :class:`InputError`."""
    path = Path(path)
    name = path.name
    try:
        with path.open("rb") as handle:
            start = handle.read(8192)
    except FileNotFoundError:
        raise InputError(Text("there is no such file"), source=str(path)) from None
    except OSError as exc:
        raise InputError(Text("cannot be read ({reason})", reason=exc.strerror or exc),
                         source=str(path)) from None
    if not start.strip():
        raise InputError(Text("the file is empty"), source=name)
    header: Sequence[Any]
    cells: Sequence[tuple[int, Sequence[Any]]]
    if start.startswith(b"PK\x03\x04"):
        header, cells = _xlsx_cells(path)
    elif start.startswith(b"\xd0\xcf\x11\xe0"):
        raise InputError(Text("is an old Excel (.xls) workbook: save it as .xlsx or CSV"),
                         source=name)
    elif b"\x00" in start:
        raise InputError(Text("is not a CSV file (it holds binary data)"), source=name)
    else:
        header, cells = _csv_cells(path.read_bytes(), name)
    columns = tuple(text_of(c).lstrip("\ufeff").casefold() for c in header)
    while columns and columns[-1] == "":
        columns = columns[:-1]
    layout = detect_layout(columns, name)
    rows: list[Row] = []
    bad: list[tuple[int, str]] = []
    width = len(columns)
    for line, values in cells:
        if len(values) > width and any(text_of(v) for v in values[width:]):
            bad.append((line, f"has {len(values)} fields where the header has {width}"))
            continue
        if len(values) < width:
            bad.append((line, f"has {len(values)} fields where the header has {width} "
                              "(a quote or separator may be missing)"))
            continue
        rows.append((line, dict(zip(columns, values, strict=False))))
    return _Table(layout, columns, rows, bad)


def detect_layout(columns: Sequence[str], source: str = "") -> str:
    """current, dyadic or monadic, from the header; wrong or missing columns raise."""
    present = set(columns)
    if not {"event_id_cnty", "event_date"} <= present:
        shown = ", ".join(c for c in columns[:8] if c) or "nothing"
        raise InputError(Text("is not an ACLED export: the header has no event_id_cnty and "
                              "event_date columns (it starts with {shown})",
                              shown=shown), source=source, line=1)
    doubled = sorted({c for c in columns if c and columns.count(c) > 1})
    if doubled:
        raise InputError(Text("the header names {names} twice", names=', '.join(doubled)),
                         source=source, line=1)
    if "actor2" in present:
        layout = CURRENT if present & {"disorder_type", "civilian_targeting", "tags"} else DYADIC
    else:
        layout = MONADIC
    missing = [c for c in REQUIRED_COLUMNS[layout] if c not in present]
    if missing:
        raise InputError(Text("the {layout} ACLED layout needs the column(s) {names}, missing "
                              "from the header",
                              layout=layout, names=', '.join(missing)), source=source, line=1)
    return layout


def _csv_cells(data: bytes, name: str) -> tuple[list[str], list[tuple[int, list[str]]]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(Text("is not UTF-8 text (bad byte at offset {start}); ACLED files are "
                              "UTF-8: save the CSV as UTF-8",
                              start=exc.start), source=name) from None
    first = text.split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=first.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    cells: list[tuple[int, list[str]]] = []
    header: list[str] = []
    end = 0
    try:
        for values in reader:
            line, end = end + 1, reader.line_num
            if not values or (len(values) == 1 and not values[0].strip()):
                continue
            if not header:
                header = values
            else:
                cells.append((line, values))
    except csv.Error as exc:
        raise InputError(Text("is not a readable CSV file ({reason})", reason=exc), source=name,
                         line=reader.line_num) from None
    return header, cells


#: What a damaged workbook makes the zip, XML and cell readers raise (``SyntaxError``
#: covers the XML parsers' errors): each becomes an InputError naming the file.
_XLSX_FAULTS: tuple[type[BaseException], ...] = (
    zipfile.BadZipFile, zlib.error, EOFError, OSError, KeyError, ValueError, IndexError,
    TypeError, AttributeError, SyntaxError, NotImplementedError, RuntimeError, struct.error,
)
_WORKBOOK_RELS = "xl/_rels/workbook.xml.rels"
_WORKSHEET = "/relationships/worksheet"


_Cells = tuple[tuple[Any, ...], list[tuple[int, tuple[Any, ...]]]]


def _xlsx_cells(path: Path) -> _Cells:
    """The header and rows of the sheet holding the events. A damaged workbook (a bad zip
    member, a part that is not XML, a missing or cut sheet, a cell that is not what its
    type says) raises InputError naming the file, the part and the row when known."""
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    _check_archive(path)
    with path.open("rb") as handle:  # closed even when openpyxl fails halfway
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", UserWarning)  # style notes, foreign workbooks
                book = load_workbook(handle, read_only=True, data_only=True)
        except (InvalidFileException, *_XLSX_FAULTS) as exc:
            raise _unreadable(path, exc) from None
        return _sheet_cells(path, book)


def _sheet_cells(path: Path, book: Any) -> _Cells:
    sheet: Any = None
    line: int | None = None  # the row being read, once past the header search
    try:
        sheets = [book[name] for name in book.sheetnames]
        if not sheets:
            raise InputError(Text("is not a readable xlsx workbook: it has no sheets"),
                             source=path.name)
        chosen = sheets[0]
        for sheet in sheets:
            if "event_id_cnty" in _header_of(sheet):
                chosen = sheet
                break
        sheet, line = chosen, 1
        rows = chosen.iter_rows(values_only=True)
        header = next(rows, ())
        width = len(header)
        cells = []
        line = 2
        for values in rows:
            if any(v is not None and text_of(v) for v in values):
                cells.append((line, tuple(_cell(v) for v in values)
                              + ("",) * (width - len(values))))
            line += 1
        return header, cells
    except _XLSX_FAULTS as exc:
        raise _unreadable(path, exc, sheet=sheet, line=line) from None
    finally:
        book.close()


def _check_archive(path: Path) -> None:
    """Every member of the zip decompresses, and every sheet the workbook lists is there
    (openpyxl would silently leave a missing sheet out, or fail on it halfway)."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            for info in archive.infolist():
                try:
                    with archive.open(info) as member:
                        while member.read(1 << 20):
                            pass
                except _XLSX_FAULTS as exc:
                    raise InputError(Text("is not a readable xlsx workbook: its part {filename} "
                                          "is damaged ({reason})",
                                          filename=info.filename, reason=exc),
                                     source=path.name) from None
            if _WORKBOOK_RELS not in names:
                return  # not where Excel puts it: openpyxl says what it makes of that
            try:
                relations = ElementTree.fromstring(archive.read(_WORKBOOK_RELS))
            except SyntaxError as exc:
                raise InputError(Text("is not a readable xlsx workbook: its part {part} is "
                                      "damaged ({reason})", part=_WORKBOOK_RELS, reason=exc),
                                 source=path.name) from None
            for relation in relations:
                target = relation.get("Target") or ""
                if not (relation.get("Type") or "").endswith(_WORKSHEET) or "://" in target:
                    continue
                part = target.lstrip("/") if target.startswith("/") else posixpath.normpath(
                    posixpath.join("xl", target))
                if part not in names:
                    raise InputError(Text("is not a readable xlsx workbook: its sheet part "
                                          "{part} is missing",
                                          part=part), source=path.name)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, struct.error) as exc:
        raise InputError(Text("is not a readable xlsx workbook ({reason})", reason=exc),
                         source=path.name) from None


def _unreadable(path: Path, exc: BaseException, *, sheet: Any = None,
                line: int | None = None) -> InputError:
    """The error for a workbook that failed while being read, naming the damaged part:
    the first that is not XML, else the sheet being read."""
    part = _damaged_part(path) or getattr(sheet, "_worksheet_path", None)
    kind, error = type(exc).__name__, str(exc)[:200]
    if part and sheet is not None:
        why = Text("is not a readable xlsx workbook: its part {part} is damaged (sheet "
                   "'{sheet}'): {kind}: {error}", part=part.lstrip("/"), sheet=sheet.title,
                   kind=kind, error=error)
    elif part:
        why = Text("is not a readable xlsx workbook: its part {part} is damaged: {kind}: "
                   "{error}", part=part.lstrip("/"), kind=kind, error=error)
    elif sheet is not None:
        why = Text("is not a readable xlsx workbook: it is damaged (sheet '{sheet}'): "
                   "{kind}: {error}", sheet=sheet.title, kind=kind, error=error)
    else:
        why = Text("is not a readable xlsx workbook: it is damaged: {kind}: {error}",
                   kind=kind, error=error)
    return InputError(why, source=path.name, line=line)


def _damaged_part(path: Path) -> str | None:
    """The first XML part of the workbook that does not parse, if one does not."""
    try:
        with zipfile.ZipFile(path) as archive:
            for name in archive.namelist():
                if not name.endswith((".xml", ".rels")):
                    continue
                try:
                    with archive.open(name) as member:
                        for _ in ElementTree.iterparse(member):
                            pass
                except _XLSX_FAULTS:
                    return name
    except _XLSX_FAULTS:
        return None
    return None


def _header_of(sheet: Any) -> set[str]:
    first = next(sheet.iter_rows(max_row=1, values_only=True), ())
    return {text_of(c).casefold() for c in first}


def _cell(value: Any) -> Any:
    """Cells as a CSV would hold them, except that numbers and dates stay typed."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, datetime):
        return value.date()
    return value


# --- rows into events --------------------------------------------------------------


def read_acled(path: str | Path) -> AcledReading:
    """Read an ACLED file into events, collecting each bad row with its line and reason."""
    table = read_table(path)
    reading = AcledReading(Path(path), table.layout, len(table.rows) + len(table.bad_rows))
    reading.bad_rows.extend(table.bad_rows)
    reading.bad_events += len(table.bad_rows)
    if not table.rows and not table.bad_rows:
        raise InputError(Text("has a header but no events"), source=Path(path).name)
    groups = _groups(table.rows, reading)
    event_columns = [c for c in table.columns if c in MONADIC_COLUMNS
                     and c not in (*SIDE1, "data_id")]
    for event_id, members in groups.items():
        problems: list[tuple[int, str]] = []
        first_line, first = members[0]
        if table.layout == MONADIC:
            for line, row in members[1:]:
                differ = [c for c in event_columns if text_of(row.get(c)) != text_of(first.get(c))]
                if differ:
                    problems.append((line, Text("event {event}: differs from line {first} "
                                                "in {columns}", event=event_id,
                                                first=first_line, columns=", ".join(differ))))
        else:
            problems += [(line, Text("event {event} appears again (first on line {first})",
                                     event=event_id, first=first_line))
                         for line, _ in members[1:]]
        event, reasons = _event(event_id, table.layout, members)
        if reasons:
            problems.insert(0, (first_line, Text("event {event}: {reasons}", event=event_id,
                                                 reasons=joined(reasons))))
        if problems:
            reading.bad_rows.extend(problems)
            reading.bad_events += 1
        elif event is not None:
            reading.events.append(event)
    reading.bad_rows.sort()
    return reading


def _groups(rows: Iterable[Row], reading: AcledReading) -> dict[str, list[Row]]:
    groups: dict[str, list[Row]] = {}
    for line, row in rows:
        event_id = text_of(row.get("event_id_cnty"))
        if not event_id:
            reading.bad_rows.append((line, Text("event_id_cnty is empty")))
            reading.bad_events += 1
            continue
        groups.setdefault(event_id, []).append((line, row))
    return groups


def _columns(model: Any, name: str) -> Any:
    return model.__table__.c[name].type


#: Where the desk stores the text of each column it keeps as it is (the rest goes through
#: the codebook's checks, or is derived): the fit checks the database would make.
_STORED_AS: dict[str, Any] = {
    **{c: _columns(Actor, "name") for c in ("actor1", "actor2", "assoc_actor_1",
                                            "assoc_actor_2")},
    **{c: _columns(Place, c) for c in ("admin1", "admin2", "admin3")},
    "location": _columns(Place, "name"),
}
_KEY_TYPE = _columns(ActorAlias, "folded")
_LISTS = frozenset({"assoc_actor_1", "assoc_actor_2"})


def fit_problems(row: dict[str, Any]) -> list[str]:
    """Why a cell of ``row`` cannot be stored (too long for its column, a NUL character),
    with the column named; on SQLite as on PostgreSQL, which refuses both."""
    reasons: list[str] = []
    for column, value in row.items():
        if not isinstance(value, str):
            continue
        kind = _STORED_AS.get(column)
        for item in split_list(value) if column in _LISTS else (value.strip(),):
            problem = value_problem(kind, item)
            if problem is None and kind is not None and not item.isascii():
                key = fold(item)  # the search key is stored too, and can be longer
                if value_problem(_KEY_TYPE, key):
                    problem = Text("is {length:,} characters long once folded for search; "
                                   "at most {limit:,} fit", length=len(key),
                                   limit=_KEY_TYPE.length)
            if problem and column not in _LISTS:
                reasons.append(Text("{column}: {problem}", column=column, problem=problem))
            elif problem:
                reasons.append(Text("{column}: '{item}' {problem}", column=column,
                                    item=item if len(item) <= 40 else f"{item[:40]}…",
                                    problem=problem))
    return reasons


def _event(event_id: str, layout: str, members: list[Row]) -> tuple[AcledEvent | None, list[str]]:
    line, row = members[0]
    reasons = fit_problems(row)
    for other, member in members[1:]:
        reasons += [Text("{reason} (line {line})", reason=reason, line=other)
                    for reason in fit_problems(member)]
    if reasons:
        return None, reasons
    try:
        sides = _monadic_sides(members) if layout == MONADIC else _dyadic_sides(row)
    except BadValue as exc:
        reasons.append(said(exc))
        sides = None
    try:
        event_date: Any = parse_date(row.get("event_date"))
    except BadValue as exc:
        reasons.append(Text("event_date: {reason}", reason=said(exc)))
        event_date = None
    place, place_reasons = _location(row)
    reasons += place_reasons
    if reasons or sides is None or place is None:
        return None, reasons
    values: dict[str, Any] = {
        "acled_event_id": event_id,
        "acled_timestamp": row.get("timestamp"),
        "event_date": event_date,
        "time_precision": row.get("time_precision"),
        "event_type": text_of(row.get("event_type")),
        "sub_event_type": text_of(row.get("sub_event_type")),
        "geo_precision": row.get("geo_precision"),
        "fatalities": row.get("fatalities"),
        "notes": text_of(row.get("notes")),
    }
    if "tags" in row:
        values["tags"] = list(split_list(row["tags"]))
    sources = split_sources(row.get("source"), row.get("source_scale"))
    return AcledEvent(line, event_id, values, sides[0], sides[1], place, sources), []


def _side(row: dict[str, Any], columns: tuple[str, str, str]) -> Side | None:
    actor, assoc, inter = columns
    name = text_of(row.get(actor))
    code = parse_inter(row.get(inter), inter)
    if not name:
        if split_list(row.get(assoc)):
            raise BadValue(Text("{assoc} is given but {actor} is empty", assoc=assoc, actor=actor))
        return None
    return Side(name, split_list(row.get(assoc)), code)


def _dyadic_sides(row: dict[str, Any]) -> tuple[Side, Side | None]:
    first = _side(row, SIDE1)
    if first is None:
        raise BadValue(Text("actor1 is empty"))
    return first, _side(row, SIDE2)


def _monadic_sides(members: list[Row]) -> tuple[Side, Side | None]:
    """Rows in file order are actor 1 then actor 2; the interaction says how many sides
    there are and their types, and a civilian side is never actor 1 against another."""
    sides = []
    for _line, row in members:
        side = _side(row, SIDE1)
        if side is None:
            raise BadValue(Text("actor1 is empty"))
        sides.append(side)
    raw = text_of(members[0][1].get("interaction"))
    first_type, second_type = parse_interaction(raw)
    lines = ", ".join(str(line) for line, _ in members)
    if second_type is None:
        if len(sides) != 1:
            raise BadValue(Text("interaction {raw} names one side but the event has {count} "
                                "rows (lines {lines})",
                                raw=raw, count=len(sides), lines=lines))
        if sides[0].inter != first_type:
            raise BadValue(Text("inter1 {inter} does not match interaction {raw}",
                                inter=sides[0].inter, raw=raw))
        return sides[0], None
    if len(sides) == 1:
        raise BadValue(Text("interaction {raw} names two sides but the file has one row for the "
                            "event: the other side's row is missing",
                            raw=raw))
    if len(sides) > 2:
        raise BadValue(Text("has {count} rows (lines {lines}); a monadic event has one row per "
                            "side",
                            count=len(sides), lines=lines))
    one, two = sides
    if sorted((one.inter or 0, two.inter or 0)) != sorted((first_type, second_type)):
        raise BadValue(Text("the rows' inter codes {inter} and {other} do not match "
                            "interaction {raw}",
                            inter=one.inter, other=two.inter, raw=raw))
    if one.inter == tx.CIVILIANS and two.inter != tx.CIVILIANS:
        one, two = two, one
    return one, two


def _location(row: dict[str, Any]) -> tuple[Location | None, list[str]]:
    reasons: list[str] = []
    name = text_of(row.get("location"))
    if not name:
        reasons.append(Text("location is empty"))
    country = text_of(row.get("country"))
    if not country and not text_of(row.get("iso3")):
        reasons.append(Text("country is empty"))
    latitude: Any = row.get("latitude")
    longitude: Any = row.get("longitude")
    latitude = text_of(latitude) if isinstance(latitude, str) else latitude
    longitude = text_of(longitude) if isinstance(longitude, str) else longitude
    reasons += [e.text() for e in check_coordinates(latitude, longitude)]
    if reasons:
        return None, reasons
    return Location(
        name=name, admin1=text_of(row.get("admin1")) or None,
        admin2=text_of(row.get("admin2")) or None, admin3=text_of(row.get("admin3")) or None,
        latitude=float(latitude), longitude=float(longitude), country=country,
        iso3=text_of(row.get("iso3")) or None,
    ), []
