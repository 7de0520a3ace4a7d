"""A day as researchers in Mali type it, read the same way by the form, the API and the CLI.

Accepted, with any of ``/ - .`` or spaces between the parts:

* ``2017-05-07`` (ISO; a four-digit first number is a year, then month and day) and
  ``20170507`` (ISO without separators);
* ``07/05/2017``, ``7-5-2017``, ``7.5.17``: numbers are read **day first**, as in Mali
  and in French. A month-first date is never guessed: ``05/13/2017`` is refused as
  "month 13 does not exist";
* a month name in French, English or Arabic, with or without accents, abbreviated
  or not (``7 mai 2017``, ``7 May 2017``, ``May 7, 2017``, ``1er févr. 2017``,
  ``7 sept 17``, ``٧ مايو ٢٠١٧``, ``7 ماي 2017``, ``7 أيار 2017``); a weekday may lead
  (``dimanche 7 mai 2017``, ``Sunday, May 7, 2017``, ``الأحد، 7 مايو 2017``) and
  must then be the date's;
* digits of any script (Arabic-Indic ٠-٩, Persian ۰-۹...), read as the digits they are;
  superscripts and circled digits are not digits.

A two-digit year is in the 2000s, unless that would put it more than
:data:`TWO_DIGIT_YEARS_AHEAD` years after today: then in the 1900s (``17`` is 2017,
``98`` is 1998). A date written without its year takes the ``year`` the caller gives
(the start date's, for an end date) and is refused without one.

What cannot be read raises :class:`UnreadableDate`, which says which part is wrong
("month 13 does not exist", "31 April does not exist", "the year is missing",
'"mao" is not a month') and carries that part; its reason is a domain message
(sahel_desk.text.message.Text) that the GUI shows in the user's language.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from sahel_desk.errors import UserError
from sahel_desk.text.message import Text
from sahel_desk.text.normalize import fold, to_ascii_digits

__all__ = [
    "MAX_LENGTH",
    "MONTH_NAMES",
    "TWO_DIGIT_YEARS_AHEAD",
    "WEEKDAY_NAMES",
    "DateProblem",
    "UnreadableDate",
    "month_number",
    "parse_date",
    "read_date_text",
    "starts_a_name",
]

#: Longer text is not a date (the longest written day, "mercredi 27 septembre 2017", has 26).
MAX_LENGTH = 64
#: A two-digit year is in the 2000s unless that is more than this many years after today.
TWO_DIGIT_YEARS_AHEAD = 10

_MONTH_NAMES: dict[int, tuple[str, ...]] = {
    1: ("january", "jan", "janvier", "janv", "يناير", "جانفي", "كانون الثاني", "كانون ثاني"),
    2: ("february", "feb", "février", "févr", "fév", "فبراير", "فيفري", "شباط"),
    3: ("march", "mar", "mars", "مارس", "آذار"),
    4: ("april", "apr", "avril", "avr", "أبريل", "إبريل", "أفريل", "نيسان"),
    5: ("may", "mai", "مايو", "ماي", "أيار"),
    6: ("june", "jun", "juin", "يونيو", "يونيه", "جوان", "حزيران"),
    7: ("july", "jul", "juillet", "juil", "juill", "يوليو", "يوليه", "جويلية", "يوليوز", "تموز"),
    8: ("august", "aug", "août", "أغسطس", "أوت", "غشت", "آب"),
    9: ("september", "sep", "sept", "septembre", "سبتمبر", "شتنبر", "أيلول"),
    10: ("october", "oct", "octobre", "أكتوبر", "تشرين الأول", "تشرين أول"),
    11: ("november", "nov", "novembre", "نوفمبر", "نونبر", "تشرين الثاني", "تشرين ثاني"),
    12: ("december", "dec", "décembre", "déc", "ديسمبر", "دجنبر", "كانون الأول", "كانون أول"),
}
#: Weekdays, Monday = 0. French "mar." is left out: it is also March.
_WEEKDAY_NAMES: dict[int, tuple[str, ...]] = {
    0: ("monday", "mon", "lundi", "lun", "الاثنين", "الإثنين"),
    1: ("tuesday", "tue", "tues", "mardi", "الثلاثاء"),
    2: ("wednesday", "wed", "mercredi", "mer", "الأربعاء"),
    3: ("thursday", "thu", "thur", "thurs", "jeudi", "jeu", "الخميس"),
    4: ("friday", "fri", "vendredi", "ven", "الجمعة"),
    5: ("saturday", "sat", "samedi", "sam", "السبت"),
    6: ("sunday", "sun", "dimanche", "dim", "الأحد"),
}
_MONTHS = {fold(name): number for number, names in _MONTH_NAMES.items() for name in names}
_WEEKDAYS = {fold(name): day for day, names in _WEEKDAY_NAMES.items() for name in names}
#: "1er", "1re", "1st", "2nd", "3rd", "7th" (and the superscript "1ᵉʳ", which folds to "er")
_ORDINALS = frozenset({"er", "re", "ere", "st", "nd", "rd", "th"})
#: after a year: "2017م" (of the Common Era) is a Gregorian year, "1438هـ" a Hijri one
_GREGORIAN_MARK = fold("م")
_HIJRI_MARK = fold("هـ")
_SEPARATORS = frozenset("/-.,،\u060d\u2010\u2011\u2012\u2013\u2014\u2212\u2044\u2215")
#: bidi marks and other invisible characters that copied dates carry (Qt's Arabic
#: dates hold RLM between their parts)
_INVISIBLE = frozenset(
    "\u200b\u200c\u200d\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e"
    "\u2066\u2067\u2068\u2069\ufeff\u00ad\u0640")
_ISO = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
#: the names in messages (a GUI shows them in its language): MONTH_NAMES[5] is May
MONTH_NAMES = ("", Text("January"), Text("February"), Text("March"), Text("April"),
               Text("May"), Text("June"), Text("July"), Text("August"), Text("September"),
               Text("October"), Text("November"), Text("December"))
#: Monday first, as date.weekday() counts
WEEKDAY_NAMES = (Text("Monday"), Text("Tuesday"), Text("Wednesday"), Text("Thursday"),
                 Text("Friday"), Text("Saturday"), Text("Sunday"))


class DateProblem(StrEnum):
    """Why a text is not a date; :class:`UnreadableDate` carries the part at fault."""

    EMPTY = "empty"
    TOO_LONG = "too long"
    NOT_A_DATE = "not a date"            # word: no number and no month in it
    UNEXPECTED = "unexpected"            # word: a part that has no place in a date
    NOT_A_MONTH = "not a month"          # word
    MISSING = "missing"                  # missing: the parts not written
    NO_SEPARATORS = "no separators"      # word: "07052017"
    DAY_OUT_OF_RANGE = "day out of range"      # word: the day as written
    MONTH_OUT_OF_RANGE = "month out of range"  # word; swapped: the day-first reading
    YEAR_DIGITS = "year digits"          # word: a year of 1, 3 or 5+ digits
    YEAR_OUT_OF_RANGE = "year out of range"    # word
    DAY_NOT_IN_MONTH = "day not in month"      # day, month
    NOT_A_LEAP_YEAR = "not a leap year"        # year (29 February)
    WRONG_WEEKDAY = "wrong weekday"      # weekday (written), day (the date)
    HIJRI = "hijri"                      # a year marked هـ


@dataclass(frozen=True)
class _Part:
    kind: str  # "num", "word" or "other"
    text: str
    spaced: bool  # a separator or space came before it


class UnreadableDate(UserError):
    """The text is not a day of the calendar; the message says which part is wrong.

    ``problem`` says what kind of fault; ``word`` is the part as written (shortened when
    long), ``day``/``month``/``year`` the numbers read, ``missing`` the parts not given
    ("day", "month", "year"), ``weekday`` the weekday written (Monday = 0) and ``found``
    the date it does not match, ``swapped`` the day-first way to write a month-first date.
    A GUI builds its own sentence from these in the user's language.
    """

    def __init__(self, problem: DateProblem, text: str, *, word: str = "",
                 day: int | None = None, month: int | None = None, year: int | None = None,
                 missing: tuple[str, ...] = (), weekday: int | None = None,
                 found: date | None = None, swapped: str = ""):
        self.problem = problem
        self.text = text
        self.word = _shortened(word)
        self.day = day
        self.month = month
        self.year = year
        self.missing = missing
        self.weekday = weekday
        self.found = found
        self.swapped = swapped
        super().__init__(self.reason())

    def reason(self) -> Text:
        """What is wrong, in English (the CLI's and the codebook's words), as a Text the
        GUI shows in the user's language."""
        p, word = self.problem, self.word
        if p is DateProblem.EMPTY:
            return Text("nothing is written")
        if p is DateProblem.TOO_LONG:
            return Text("{length:,} characters are too many for a date", length=len(self.text))
        if p is DateProblem.NOT_A_DATE:
            return Text('"{word}" is not a date (write it like 07/05/2017 or 7 May 2017)',
                        word=word)
        if p is DateProblem.UNEXPECTED:
            return Text('"{word}" has no place in a date', word=word)
        if p is DateProblem.NOT_A_MONTH:
            return Text('"{word}" is not a month', word=word)
        if p is DateProblem.MISSING:
            return _missing(self.missing)
        if p is DateProblem.NO_SEPARATORS:
            return Text('"{word}": separate the day, the month and the year '
                        "(07/05/2017 or 2017-05-07)", word=word)
        if p is DateProblem.DAY_OUT_OF_RANGE:
            return Text("day {day} does not exist", day=word)
        if p is DateProblem.MONTH_OUT_OF_RANGE and self.swapped:
            return Text("month {month} does not exist (the day comes first: {example})",
                        month=word, example=self.swapped)
        if p is DateProblem.MONTH_OUT_OF_RANGE:
            return Text("month {month} does not exist", month=word)
        if p is DateProblem.YEAR_DIGITS:
            return Text('the year "{year}" needs four digits', year=word)
        if p is DateProblem.YEAR_OUT_OF_RANGE:
            return Text("year {year} does not exist", year=word)
        if p is DateProblem.DAY_NOT_IN_MONTH and self.month is not None:
            if self.month == 2:
                return Text("{day} {month} does not exist", day=self.day,
                            month=MONTH_NAMES[self.month])
            return Text("{day} {month} does not exist ({month} has {count} days)",
                        day=self.day, month=MONTH_NAMES[self.month],
                        count=calendar.monthrange(2001, self.month)[1])
        if p is DateProblem.NOT_A_LEAP_YEAR:
            return Text("{day} {month} {year} does not exist ({year} is not a leap year)",
                        day=29, month=MONTH_NAMES[2], year=self.year)
        if p is DateProblem.WRONG_WEEKDAY and self.found is not None:
            found = self.found
            return Text("{day} {month} {year} is a {weekday}, not a {written}",
                        day=found.day, month=MONTH_NAMES[found.month], year=found.year,
                        weekday=WEEKDAY_NAMES[found.weekday()],
                        written=WEEKDAY_NAMES[self.weekday or 0])
        return Text("a Hijri date (هـ): write the Gregorian date")


def _missing(parts: tuple[str, ...]) -> Text:
    if parts == ("year",):
        return Text("the year is missing")
    if parts == ("day",):
        return Text("the day is missing")
    if parts == ("month",):
        return Text("the month is missing")
    if parts == ("month", "year"):
        return Text("the month and the year are missing")
    if parts == ("day", "month"):
        return Text("the day and the month are missing")
    return Text("the day and the year are missing")


def _shortened(word: str) -> str:
    return word if len(word) <= 16 else f"{word[:15]}…"


def month_number(word: str) -> int | None:
    """The month a name writes (French, English or Arabic, any accents or case), or None."""
    return _MONTHS.get(fold(word).rstrip("."))


def starts_a_name(word: str) -> bool:
    """Whether ``word`` begins a month or weekday name ("ma", "sept", "جان"): a field can
    wait for the rest of it instead of calling it wrong."""
    key = fold(word).rstrip(".")
    return bool(key) and any(name.startswith(key) for name in (*_MONTHS, *_WEEKDAYS))


def read_date_text(text: str, *, year: int | None = None, today: date | None = None
                   ) -> date | None:
    """:func:`parse_date`, with empty (or blank) text being no date."""
    if not text.strip():
        return None
    return parse_date(text, year=year, today=today)


def parse_date(text: str, *, year: int | None = None, today: date | None = None) -> date:
    """The day ``text`` writes, or :class:`UnreadableDate` naming the part at fault.

    ``year`` is taken by a date written without one ("7 mai"); ``today`` (default: the
    system's) places two-digit years.
    """
    if len(text) == 10 and _ISO.fullmatch(text):  # the stored form, read in bulk
        try:
            return date.fromisoformat(text)
        except ValueError:
            pass  # the reader below says which part is wrong
    if len(text) > 4 * MAX_LENGTH or len(text.strip()) > MAX_LENGTH:
        raise UnreadableDate(DateProblem.TOO_LONG, text)
    clean = "".join(ch for ch in unicodedata.normalize("NFC", text) if ch not in _INVISIBLE)
    if not clean.strip():
        raise UnreadableDate(DateProblem.EMPTY, text)
    return _Reader(text, _parts(to_ascii_digits(clean)), year, today or date.today()).read()


def _parts(text: str) -> list[_Part]:
    """Runs of digits, of letters (with their marks) and single other characters;
    separators and spaces only mark that the part after them was set apart."""
    parts: list[_Part] = []
    kind, run, spaced, gap = "", "", False, False
    for ch in text:
        if ch.isspace() or ch in _SEPARATORS:
            gap = True
            continue
        if "0" <= ch <= "9":
            new = "num"
        elif ch.isalpha() or unicodedata.category(ch).startswith("M"):
            new = "word"
        else:
            new = "other"
        if gap or new != kind or new == "other":
            if run:
                parts.append(_Part(kind, run, spaced))
            kind, run, spaced = new, "", gap
        run += ch
        gap = False
    if run:
        parts.append(_Part(kind, run, spaced))
    return parts


class _Reader:
    """One reading of the parts: names and marks first, then the numbers by position."""

    def __init__(self, text: str, parts: list[_Part], year: int | None, today: date):
        self.text = text
        self.parts = parts
        self.default_year = year
        self.today = today

    def fail(self, problem: DateProblem, **details: Any) -> UnreadableDate:
        return UnreadableDate(problem, self.text, **details)

    def read(self) -> date:
        for part in self.parts:
            if part.kind == "other":
                raise self.fail(DateProblem.UNEXPECTED, word=part.text)
        items, weekday = self._items()
        numbers = [text for kind, text, _ in items if kind == "num"]
        months = [(int(value), written) for kind, value, written in items if kind == "month"]
        if len(months) > 1:
            raise self.fail(DateProblem.UNEXPECTED, word=months[1][1])
        found = self._with_month_name(months[0][0], numbers) if months else self._numeric(numbers)
        if weekday is not None and found.weekday() != weekday:
            raise self.fail(DateProblem.WRONG_WEEKDAY, weekday=weekday, found=found)
        return found

    # --- words --------------------------------------------------------------------

    def _items(self) -> tuple[list[tuple[str, str, str]], int | None]:
        """("num", digits, written) and ("month", number, written) in order, and the
        weekday written first."""
        items: list[tuple[str, str, str]] = []
        weekday: int | None = None
        parts, i = self.parts, 0
        has_numbers = any(p.kind == "num" for p in parts)
        while i < len(parts):
            part = parts[i]
            if part.kind == "num":
                items.append(("num", part.text, part.text))
                i += 1
                continue
            key = fold(part.text)
            after_number = i > 0 and parts[i - 1].kind == "num"
            pair = fold(f"{part.text} {parts[i + 1].text}") if i + 1 < len(parts) else ""
            if pair in _MONTHS:
                items.append(("month", str(_MONTHS[pair]), f"{part.text} {parts[i + 1].text}"))
                i += 2
                continue
            if key in _MONTHS:
                items.append(("month", str(_MONTHS[key]), part.text))
            elif not items and weekday is None and key in _WEEKDAYS:
                weekday = _WEEKDAYS[key]
            elif after_number and not part.spaced and key in _ORDINALS:
                pass  # 1er, 7th: the number is read as it is
            elif after_number and key == _GREGORIAN_MARK and i == len(parts) - 1:
                pass
            elif after_number and key == _HIJRI_MARK and i == len(parts) - 1:
                raise self.fail(DateProblem.HIJRI, word=part.text)
            elif not has_numbers and not any(item[0] == "month" for item in items):
                raise self.fail(DateProblem.NOT_A_DATE, word=self.text.strip())
            elif any(item[0] == "month" for item in items) or len(
                    [p for p in parts if p.kind == "num"]) >= 3:
                raise self.fail(DateProblem.UNEXPECTED, word=part.text)
            else:
                raise self.fail(DateProblem.NOT_A_MONTH, word=part.text)
            i += 1
        return items, weekday

    # --- numbers ------------------------------------------------------------------

    def _with_month_name(self, month: int, numbers: list[str]) -> date:
        """7 mai 2017, May 7, 2017, 2017 mai 7: the four-digit number is the year."""
        if len(numbers) > 2:
            raise self.fail(DateProblem.UNEXPECTED, word=numbers[2])
        if not numbers:
            return self._complete(None, month, None, missing_day=True)
        if len(numbers) == 1:
            [only] = numbers
            if len(only) >= 3:
                return self._complete(None, month, only, missing_day=True)
            return self._complete(only, month, None)
        first, second = numbers
        if len(first) >= 3 > len(second):
            first, second = second, first
        return self._complete(first, month, second)

    def _numeric(self, numbers: list[str]) -> date:
        if not numbers:
            raise self.fail(DateProblem.NOT_A_DATE, word=self.text.strip())
        if len(numbers) > 3:
            raise self.fail(DateProblem.UNEXPECTED, word=numbers[3])
        if len(numbers) == 1:
            [only] = numbers
            if len(only) == 8 and only[0] != "0":  # ISO without separators: 20170507
                return self._complete(only[6:], self._month(only[4:6]), only[:4])
            if len(only) <= 2:
                self._day(only)
                missing = ("month",) if self.default_year is not None else ("month", "year")
                raise self.fail(DateProblem.MISSING, missing=missing)
            if len(only) == 4:
                raise self.fail(DateProblem.MISSING, missing=("day", "month"))
            raise self.fail(DateProblem.NO_SEPARATORS, word=only)
        if len(numbers) == 2:
            first, second = numbers
            if len(first) == 4:  # 2017-05
                return self._complete(None, self._month(second), first, missing_day=True)
            if len(second) == 4:  # 05/2017
                return self._complete(None, self._month(first), second, missing_day=True)
            return self._complete(first, self._month(second, day=first), None)
        first, second, third = numbers
        if len(first) == 4:  # 2017-05-07, 2017/5/7
            return self._complete(third, self._month(second), first)
        return self._complete(first, self._month(second, day=first, year=third), third)

    def _month(self, digits: str, *, day: str = "", year: str = "") -> int:
        number = int(digits)
        if not 1 <= number <= 12:
            swapped = ""
            if day and 1 <= int(day) <= 12 and number <= 31:
                swapped = "/".join(part for part in (digits.zfill(2), day.zfill(2), year) if part)
            raise self.fail(DateProblem.MONTH_OUT_OF_RANGE, word=digits.lstrip("0") or "0",
                            month=number, swapped=swapped)
        return number

    def _day(self, digits: str) -> int:
        number = int(digits)
        if not 1 <= number <= 31:
            raise self.fail(DateProblem.DAY_OUT_OF_RANGE, word=digits.lstrip("0") or "0",
                            day=number)
        return number

    def _year(self, digits: str) -> int:
        if len(digits) == 2:
            year = 2000 + int(digits)
            return year if year <= self.today.year + TWO_DIGIT_YEARS_AHEAD else year - 100
        if len(digits) != 4:
            raise self.fail(DateProblem.YEAR_DIGITS, word=digits)
        if digits == "0000":
            raise self.fail(DateProblem.YEAR_OUT_OF_RANGE, word="0", year=0)
        return int(digits)

    def _complete(self, day_digits: str | None, month: int, year_digits: str | None, *,
                  missing_day: bool = False) -> date:
        """Check the parts in the order a reader names them: month, year, then the day."""
        year = self._year(year_digits) if year_digits is not None else self.default_year
        if missing_day or day_digits is None:
            missing = ("day",) if year is not None else ("day", "year")
            raise self.fail(DateProblem.MISSING, missing=missing)
        day = self._day(day_digits)
        if year is None:
            raise self.fail(DateProblem.MISSING, missing=("year",))
        if day > calendar.monthrange(year, month)[1]:
            if month == 2 and day == 29:
                raise self.fail(DateProblem.NOT_A_LEAP_YEAR, day=day, month=month, year=year)
            raise self.fail(DateProblem.DAY_NOT_IN_MONTH, day=day, month=month, year=year)
        return date(year, month, day)
