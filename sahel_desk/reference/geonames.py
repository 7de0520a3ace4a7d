"""Streaming reader for GeoNames country dumps (e.g. ML.txt from download.geonames.org,
or the ML.zip it is served in: the dump inside is read, the readme skipped).

The importer reads a whole file before writing anything, so this reader simply
raises :class:`~sahel_desk.errors.InputError` at the first bad row, naming the
file, the line and the field; the user can then fetch a fresh copy of the dump.
A value GeoNames' own format would not hold (a name over 200 characters, a
population or id past 2,147,483,647, a three-letter country code) is such an
error too: the desk's databases could not store it either, and a dump holding
one is damaged or is not a GeoNames dump.
"""

from __future__ import annotations

import math
import re
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from os import PathLike
from pathlib import Path, PurePosixPath
from typing import IO

from sahel_desk.errors import InputError
from sahel_desk.text.message import Text, text_of

__all__ = [
    "COLUMN_COUNT",
    "KEEP_FEATURE_CLASSES",
    "KEEP_FEATURE_CODES",
    "AdminNames",
    "GeoNamesRecord",
    "admin_names",
    "coder_names",
    "is_wanted",
    "read_geonames",
]

COLUMN_COUNT = 19
#: the largest id or population the desk stores (a 32-bit integer column, as PostgreSQL's)
LARGEST_NUMBER = 2**31 - 1
#: the longest text of each column GeoNames' format allows and the desk stores
LONGEST = {"name": 200, "asciiname": 200, "country code": 2, "feature class": 1,
           "feature code": 10}

# Every populated place is kept, abandoned and destroyed ones included: reports
# name them. From the other classes, only features a researcher would use to
# say where something happened.
KEEP_FEATURE_CLASSES = frozenset({"P"})
KEEP_FEATURE_CODES: dict[str, frozenset[str]] = {
    "A": frozenset({"PCLI", "ADM1", "ADM2", "ADM3", "ADM4"}),
    "H": frozenset(
        {
            "WLL", "WLLQ", "WLLS", "WTRH", "SPNG", "OAS",
            "WAD", "WADB", "WADX", "WADS",
            "STM", "STMA", "STMD", "STMI", "STMX", "STMS", "CNL", "FLLS", "RPDS",
            "LK", "LKI", "LKO", "LKS", "PND", "PNDI", "POOL", "POOLI",
            "MRSH", "SWMP", "WTLD", "WTLDI", "RSV", "RSVT", "SBKH",
        }
    ),
    "L": frozenset(
        {"LCTY", "AREA", "RGN", "OAS", "SALT", "PRK", "RES", "RESF", "RESP", "RESV", "RESW"}
    ),
    "R": frozenset({"RD"}),
    "S": frozenset(
        {
            "CMP", "CMPRF", "CMPMN",
            "AIRP", "AIRF", "AIRQ", "AIRB", "AIRH",
            "INSM", "MILB", "FT", "PP", "CSTM", "PRN",
            "BDG", "DAM", "MKT", "MN", "MNN", "MNAU", "MNQ",
            "MSQE", "TMB", "SHRN", "RUIN", "HSP", "CTRM", "SCH", "UNIV", "GOVL", "ADMF",
        }
    ),
    "T": frozenset(
        {
            "MT", "MTS", "PK", "HLL", "HLLS", "MESA", "BUTE", "PLAT", "PLATX", "RDGE",
            "SCRP", "CLF", "VAL", "CNYN", "GRGE", "PASS", "GAP", "SDL", "DPR",
            "DUNE", "ERG", "SAND", "DSRT", "REG", "HMDA", "PLN", "ISL", "ISLS", "ISLM", "PEN",
        }
    ),
    "V": frozenset({"FRST"}),
}  # fmt: skip

_NO_DATA_DEM = -9999
#: a row longer than this (16 MiB) is no GeoNames row (the longest, a country's, is a few
#: KB): reading stops there instead of holding a damaged file's endless "line" in memory
LONGEST_LINE = 16 * 2**20
#: how often (in rows) reading reports its progress
_PROGRESS_ROWS = 5000

# Scripts a Sahel coder reads or types: Latin (French, English and the Latin spellings
# of Bambara, Fulfulde, Songhay and Tamasheq, with their letters ɛ ɔ ɲ ŋ), Arabic, N'Ko
# and Tifinagh. GeoNames also gives Gao in Cyrillic, Greek, Chinese and two dozen other
# scripts; nobody coding Sahel incidents looks a place up in them.
_CODER_SCRIPTS = (
    (0x0000, 0x036F),  # Basic Latin to IPA, spacing modifiers and combining marks
    (0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF),  # Arabic
    (0x07C0, 0x07FF),  # N'Ko
    (0x1D00, 0x1DBF), (0x1E00, 0x1EFF), (0x2C60, 0x2C7F), (0xA720, 0xA7FF),  # more Latin
    (0x2D30, 0x2D7F),  # Tifinagh
    (0xFB50, 0xFDFF), (0xFE70, 0xFEFF),  # Arabic presentation forms
)
_OTHER_SCRIPTS = re.compile(
    "[^" + "".join(f"\\u{low:04x}-\\u{high:04x}" for low, high in _CODER_SCRIPTS) + "]")
_LETTER = re.compile(r"[^\W\d_]")

Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class GeoNamesRecord:
    """One row of a GeoNames dump, typed; empty optional numbers become None."""

    geonameid: int
    name: str
    asciiname: str
    alternatenames: tuple[str, ...]
    latitude: float
    longitude: float
    feature_class: str
    feature_code: str
    country_code: str
    cc2: str
    admin1_code: str
    admin2_code: str
    admin3_code: str
    admin4_code: str
    population: int
    elevation: int | None
    dem: int | None
    timezone: str
    modification_date: date | None


AdminNames = dict[tuple[str, ...], str]
"""Admin unit names keyed by (country, admin1) or (country, admin1, admin2)."""


class _RowError(ValueError):
    """A problem with one row; turned into an InputError with file and line."""


def read_geonames(path: str | PathLike[str], *, progress: Progress | None = None
                  ) -> Iterator[GeoNamesRecord]:
    """Yield the rows of a GeoNames dump one at a time, validating each as it is read.

    ``path`` is a dump (ML.txt) or a ZIP archive holding dumps (ML.zip as
    geonames.org serves it). ``progress(done, total)`` is told the bytes read so far
    of the text, now and then.
    """
    source = str(path)
    found_rows = False
    for member, stream, size in _texts(Path(path), source):
        with stream:
            for record in _rows(stream, member, size, progress):
                found_rows = True
                yield record
    if not found_rows:
        raise InputError(Text("contains no GeoNames rows"), source=source)


def _rows(stream: IO[bytes], source: str, size: int, progress: Progress | None
          ) -> Iterator[GeoNamesRecord]:
    line_no = 0
    done = 0
    while True:
        raw = _next_line(stream, source, line_no + 1)
        if not raw:
            break
        line_no += 1
        done += len(raw)
        if progress is not None and line_no % _PROGRESS_ROWS == 0:
            progress(min(done, size), size)
        if line_no == 1:
            _reject_archive(raw, source)
        complete = raw.endswith(b"\n")
        text = _decode(raw, source, line_no)
        if not text.strip():
            continue
        try:
            record = _parse_row(text)
        except _RowError as exc:
            if not complete:
                raise InputError(
                    Text("the last row is cut short ({reason}); the file looks incomplete, "
                         "download it again",
                         reason=text_of(exc)),
                    source=source,
                    line=line_no,
                ) from None
            said = text_of(exc)
            if line_no == 1 and text.lower().startswith("geonameid"):
                said = Text("{reason} (GeoNames dumps have no header row; is this another "
                            "format?)", reason=said)
            raise InputError(said, source=source, line=line_no) from None
        yield record
    if progress is not None:
        progress(size, size)


def _next_line(stream: IO[bytes], source: str, line_no: int) -> bytes:
    try:
        raw = stream.readline(LONGEST_LINE + 1)
    except (zipfile.BadZipFile, EOFError, OSError) as exc:  # a damaged archive member
        # no line number: the archive is read ahead of the rows, and checked at its end
        raise InputError(Text("cannot be read to the end ({reason}); the file looks damaged, "
                              "download it again",
                              reason=exc), source=source) from None
    if len(raw) > LONGEST_LINE:
        raise InputError(Text("is longer than {most:,} bytes: not a GeoNames row",
                              most=LONGEST_LINE),
                         source=source, line=line_no)
    return raw


def _texts(path: Path, source: str) -> Iterator[tuple[str, IO[bytes], int]]:
    """The texts to read as (name for messages, stream, size): the file itself, or the
    dumps inside a ZIP archive."""
    stream = _open(path, source)
    if stream.read(4) != b"PK\x03\x04":
        stream.seek(0)
        yield source, stream, path.stat().st_size
        return
    stream.close()
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise InputError(Text("is a damaged ZIP archive ({reason}); download it again",
                              reason=exc),
                         source=source) from None
    with archive:
        members = [m for m in archive.infolist() if _is_dump(m)]
        if not members:
            held = ", ".join(m.filename for m in archive.infolist()[:5]) or "nothing"
            raise InputError(Text("is a ZIP archive without a GeoNames .txt dump inside (it "
                                  "holds {held})",
                                  held=held), source=source)
        for member in sorted(members, key=lambda m: m.filename):
            where = f"{source} ({member.filename})"
            try:
                inner = archive.open(member)
            except (zipfile.BadZipFile, NotImplementedError, RuntimeError, OSError,
                    EOFError) as exc:
                raise InputError(Text("is a ZIP archive whose dump cannot be read ({reason})",
                                      reason=exc),
                                 source=where) from None
            yield where, inner, member.file_size


def _is_dump(member: zipfile.ZipInfo) -> bool:
    name = PurePosixPath(member.filename).name.lower()
    return not member.is_dir() and name.endswith(".txt") and name != "readme.txt"


def _open(path: Path, source: str) -> IO[bytes]:
    """The file opened for reading, or an InputError saying plainly why it cannot be."""
    try:
        return path.open("rb")
    except FileNotFoundError:
        raise InputError(Text("does not exist"), source=source) from None
    except IsADirectoryError:
        raise InputError(Text("is a folder, not a GeoNames file; choose the .txt file inside it"),
                         source=source) from None
    except OSError as exc:
        if path.is_dir():  # Windows says "permission denied" for a folder
            raise InputError(Text("is a folder, not a GeoNames file; choose the .txt file "
                                  "inside it"), source=source) from None
        raise InputError(Text("cannot be read ({reason})", reason=exc.strerror or exc),
                         source=source) from None


def _reject_archive(first: bytes, source: str) -> None:
    if first.startswith(b"PK\x03\x04"):  # a ZIP archive inside the ZIP archive
        raise InputError(
            Text("is a ZIP archive; unzip it and choose the .txt file inside"), source=source
        )
    if first.startswith(b"\x1f\x8b"):
        raise InputError(Text("is gzip-compressed; decompress it first"), source=source)


def _decode(raw: bytes, source: str, line_no: int) -> str:
    if b"\x00" in raw:
        raise InputError(
            Text("is a binary file (NUL byte found), not a GeoNames text dump"),
            source=source,
            line=line_no,
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            Text("is not UTF-8 text (bad byte at column {value}); GeoNames dumps are UTF-8",
                 value=exc.start + 1),
            source=source,
            line=line_no,
        ) from None
    if line_no == 1:
        text = text.removeprefix("\ufeff")
    return text.rstrip("\r\n")


def _parse_row(text: str) -> GeoNamesRecord:
    cols = text.split("\t")
    if len(cols) != COLUMN_COUNT:
        raise _RowError(Text("expected {expected} tab-separated columns, found {count}",
                             expected=COLUMN_COUNT, count=len(cols)))
    try:
        geonameid = int(cols[0])
    except ValueError:
        raise _RowError(Text("geonameid {geonameid} is not a number",
                             geonameid=_shown(cols[0]))) from None
    if not 1 <= geonameid <= LARGEST_NUMBER:
        raise _RowError(Text("geonameid {geonameid} is out of range (1 to {most:,})",
                             geonameid=_shown(cols[0]), most=LARGEST_NUMBER))
    name = _text(cols[1], "name")
    if not name:
        raise _RowError(Text("place {geonameid} has no name", geonameid=geonameid))
    population = _optional_int(cols[14], "population") or 0
    if not 0 <= population <= LARGEST_NUMBER:
        raise _RowError(Text("population {population} is out of range (0 to {most:,})",
                             population=_shown(cols[14]), most=LARGEST_NUMBER))
    return GeoNamesRecord(
        geonameid=geonameid,
        name=name,
        asciiname=_text(cols[2], "asciiname"),
        alternatenames=tuple(n for n in (p.strip() for p in cols[3].split(",")) if n),
        latitude=_coordinate(cols[4], "latitude", 90.0),
        longitude=_coordinate(cols[5], "longitude", 180.0),
        feature_class=_text(cols[6], "feature class"),
        feature_code=_text(cols[7], "feature code"),
        country_code=_text(cols[8], "country code"),
        cc2=cols[9].strip(),
        admin1_code=cols[10].strip(),
        admin2_code=cols[11].strip(),
        admin3_code=cols[12].strip(),
        admin4_code=cols[13].strip(),
        population=population,
        elevation=_optional_int(cols[15], "elevation"),
        dem=_dem(cols[16]),
        timezone=cols[17].strip(),
        modification_date=_optional_date(cols[18]),
    )


def _shown(value: str) -> str:
    """A value for a message: quoted, and cut short when it is long."""
    value = value.strip()
    return repr(value) if len(value) <= 40 else f"{value[:30]!r}... ({len(value):,} characters)"


def _text(value: str, what: str) -> str:
    text = value.strip()
    if len(text) > LONGEST[what]:
        raise _RowError(Text("{what} is {count:,} characters long ({text}); GeoNames allows at "
                             "most {most:,}",
                             what=what,
                             count=len(text),
                             text=_shown(text),
                             most=LONGEST[what]))
    return text


def _coordinate(value: str, what: str, limit: float) -> float:
    try:
        number = float(value)
    except ValueError:
        raise _RowError(Text("{what} {value} is not a number", what=what,
                             value=_shown(value))) from None
    if not math.isfinite(number) or not -limit <= number <= limit:
        raise _RowError(Text("{what} {value} is outside -{limit:g}..{limit:g}",
                             what=what, value=value.strip()[:40], limit=limit))
    return number


def _optional_int(value: str, what: str) -> int | None:
    value = value.strip()
    if not value:
        return None
    try:
        return int(value)
    except ValueError:
        raise _RowError(Text("{what} {value} is not a whole number",
                             what=what, value=_shown(value))) from None


def _dem(value: str) -> int | None:
    number = _optional_int(value, "dem")
    return None if number == _NO_DATA_DEM else number


def _optional_date(value: str) -> date | None:
    value = value.strip()
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise _RowError(Text("modification date {value} is not a YYYY-MM-DD date",
                             value=_shown(value))
                        ) from None


def is_wanted(record: GeoNamesRecord) -> bool:
    """Tell whether a researcher may name this feature as the location of an event."""
    if record.feature_class in KEEP_FEATURE_CLASSES:
        return True
    codes = KEEP_FEATURE_CODES.get(record.feature_class)
    return codes is not None and record.feature_code in codes


def coder_names(names: Iterable[str]) -> tuple[str, ...]:
    """The spellings a Sahel coder may type: names in Latin, Arabic, N'Ko or Tifinagh
    script with at least one letter (not "23", not 城市)."""
    return tuple(name for name in names if _coder_name(name))


def _coder_name(name: str) -> bool:
    if _LETTER.search(name) is None:
        return False
    return all(not c.isalpha() for c in _OTHER_SCRIPTS.findall(name))


def admin_names(records: Iterable[GeoNamesRecord]) -> AdminNames:
    """Collect ADM1 and ADM2 names so each place can show the region and cercle it lies in.

    Keys are ``(country, admin1_code)`` for ADM1 rows and
    ``(country, admin1_code, admin2_code)`` for ADM2 rows.
    """
    names: AdminNames = {}
    for record in records:
        if record.feature_class != "A":
            continue
        if record.feature_code == "ADM1" and record.admin1_code:
            names[(record.country_code, record.admin1_code)] = record.name
        elif record.feature_code == "ADM2" and record.admin2_code:
            key = (record.country_code, record.admin1_code, record.admin2_code)
            names[key] = record.name
    return names
