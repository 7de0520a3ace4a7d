"""The Hijri date a claim is written under, converted to a Gregorian day.

Bulletins write "weekday dd/mm/yyyy" in the Hijri calendar. Umm al-Qura
(hijridate) and the local moon sighting a group follows can differ by a day
or two, so the written weekday decides: when it disagrees with the
conversion, the nearest day within two that matches it is taken, with a note.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from hijridate import Hijri

from sahel_desk.errors import InputError
from sahel_desk.text.message import Text
from sahel_desk.text.normalize import fold, to_ascii_digits

WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

_WEEKDAYS_RAW: dict[int, tuple[str, ...]] = {
    0: ("الإثنين", "الاثنين", "الأثنين", "الإتنين"),
    1: ("الثلاثاء", "الثلاثا"),
    2: ("الأربعاء", "الاربعاء", "الأربعا"),
    3: ("الخميس",),
    4: ("الجمعة", "الجمعه"),
    5: ("السبت",),
    6: ("الأحد", "الاحد"),
}
_WEEKDAYS = {fold(name): day for day, names in _WEEKDAYS_RAW.items() for name in names}

_D = "[0-9\u0660-\u0669\u06f0-\u06f9]"
_SEP = r"\s*[/\-]\s*"
_DATE_RE = re.compile(
    rf"(?<!{_D})(?:(?P<d>{_D}{{1,2}}){_SEP}(?P<m>{_D}{{1,2}}){_SEP}(?P<y>{_D}{{4}})"
    rf"|(?P<y2>{_D}{{4}}){_SEP}(?P<m2>{_D}{{1,2}}){_SEP}(?P<d2>{_D}{{1,2}}))(?!{_D})"
)
# The last word before the date on its line, past spaces and light punctuation.
_WORD_BEFORE_RE = re.compile(r"(\w[\w\u064b-\u065f\u0670]*)[\s,،:\-]*$")
_WORD_CHAR_RE = re.compile(r"[\w\u064b-\u065f\u0670]")
# Four-digit years in this range are Gregorian dates written alongside: skipped.
_GREGORIAN_YEARS = range(1800, 2201)
#: how far before a date its weekday name is looked for: a weekday and the spaces
#: after it are short, and a bounded window keeps a long run of letters linear
_WEEKDAY_WINDOW = 40
_MAX_SHIFT = 2
_SHIFTS = (-1, 1, -2, 2)  # nearest first; within two days a weekday occurs once


@dataclass(frozen=True)
class HijriDate:
    """A Hijri date found in text: as written, where, and its Gregorian reading."""

    written: str
    start: int
    end: int
    year: int
    month: int
    day: int
    weekday: int | None  # the written weekday, Monday = 0
    gregorian: dt.date
    note: str = ""


def hijri_to_gregorian(
    year: int,
    month: int,
    day: int,
    *,
    weekday: int | None = None,
    line: int | None = None,
    source: str | None = None,
) -> tuple[dt.date, str]:
    """Convert with Umm al-Qura, let the written weekday correct by up to two days.

    Returns the day and a note saying what was adjusted (empty when nothing).
    Raises InputError for impossible or unsupported dates.
    """
    written = f"{day:02d}/{month:02d}/{year}"
    if not 1 <= month <= 12:
        raise InputError(
            Text("impossible Hijri date {written}: month {month} is not 1-12",
                 written=written, month=month), source=source, line=line
        )
    if not 1 <= day <= 30:
        raise InputError(
            Text("impossible Hijri date {written}: day {day} is not 1-30",
                 written=written, day=day), source=source, line=line
        )
    notes: list[str] = []
    try:
        length = Hijri(year, month, 1).month_length()
        if day > length:
            # Day 30 where Umm al-Qura has 29: the writer's month ran a day longer.
            base = _to_date(Hijri(year, month, length)) + dt.timedelta(days=1)
            notes.append(
                f"day 30 of a 29-day month in Umm al-Qura: read as the day after "
                f"29/{month:02d}/{year}, {base.isoformat()}"
            )
        else:
            base = _to_date(Hijri(year, month, day))
    except (OverflowError, ValueError) as exc:
        raise InputError(
            Text("Hijri date {written} is outside what Umm al-Qura conversion covers ({reason})",
                 written=written, reason=exc),
            source=source,
            line=line,
        ) from exc

    if weekday is not None and base.weekday() != weekday:
        notes.append(_weekday_shift(base, weekday))
        base = _nearest_weekday(base, weekday) or base
    return base, "; ".join(notes)


def _to_date(hijri: Hijri) -> dt.date:
    g = hijri.to_gregorian()
    return dt.date(g.year, g.month, g.day)


def _nearest_weekday(base: dt.date, weekday: int) -> dt.date | None:
    for shift in _SHIFTS:
        day = base + dt.timedelta(days=shift)
        if day.weekday() == weekday:
            return day
    return None


def _weekday_shift(base: dt.date, weekday: int) -> str:
    written, converted = WEEKDAY_NAMES[weekday], WEEKDAY_NAMES[base.weekday()]
    found = _nearest_weekday(base, weekday)
    head = f"written {written}, but Umm al-Qura gives {base.isoformat()} ({converted})"
    if found is None:
        return f"{head}; no {written} within {_MAX_SHIFT} days, date kept: check it"
    shift = (found - base).days
    direction = "earlier" if shift < 0 else "later"
    days = "day" if abs(shift) == 1 else "days"
    return f"{head}; took {found.isoformat()}, {abs(shift)} {days} {direction}"


def weekday_of(word: str) -> int | None:
    """The weekday (Monday = 0) an Arabic day name means, any common spelling."""
    return _WEEKDAYS.get(fold(word).replace(" ", ""))


def find_hijri_date(
    text: str, *, first_line: int = 1, source: str | None = None
) -> HijriDate | None:
    """The first Hijri date in ``text`` with its weekday, or None when there is none.

    ``first_line`` is the line number of the text's first line, for errors.
    """
    for match in _DATE_RE.finditer(text):
        parts = [match.group(g) for g in ("y", "m", "d")]
        if parts[0] is None:
            parts = [match.group(g) for g in ("y2", "m2", "d2")]
        year, month, day = (int(to_ascii_digits(p)) for p in parts)
        if year in _GREGORIAN_YEARS:
            continue
        start = match.start()
        line_start = text.rfind("\n", 0, start) + 1
        weekday = None
        window_start = max(line_start, start - _WEEKDAY_WINDOW)
        before = _WORD_BEFORE_RE.search(text, window_start, start)
        if before and before.start(1) == window_start and window_start > line_start \
                and _WORD_CHAR_RE.match(text, window_start - 1):
            before = None  # the window cut a longer word: no weekday name
        if before and (weekday := weekday_of(before.group(1))) is not None:
            start = before.start(1)
        line = first_line + text.count("\n", 0, match.start())
        gregorian, note = hijri_to_gregorian(
            year, month, day, weekday=weekday, line=line, source=source
        )
        return HijriDate(
            text[start : match.end()],
            start,
            match.end(),
            year,
            month,
            day,
            weekday,
            gregorian,
            note,
        )
    return None
