"""What is wrong with a typed date, said in the user's language.

The Qt-free reader (sahel_desk.text.dates) says it in English for the command line
and the codebook; here each kind of problem is a translatable sentence filled with
the part at fault, with month and weekday names and digits from the user's locale.
"""

from __future__ import annotations

import calendar

from PySide6.QtCore import QCoreApplication, QLocale

from sahel_desk.gui.dates.formats import to_qdate
from sahel_desk.text.dates import DateProblem, UnreadableDate


def _number(written: str | int | None, locale: QLocale) -> str:
    """A number in the locale's digits (٣١ in Arabic), without grouping (a year is not
    "2 017"); very long numbers as written."""
    text = str(written if written is not None else "")
    if not text.isdigit() or len(text) > 9:
        return text
    plain = QLocale(locale)
    plain.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return plain.toString(int(text))


def _missing(parts: tuple[str, ...]) -> str:
    if parts == ("year",):
        return QCoreApplication.translate("DateProblem", "The year is missing")
    if parts == ("day",):
        return QCoreApplication.translate("DateProblem", "The day is missing")
    if parts == ("month",):
        return QCoreApplication.translate("DateProblem", "The month is missing")
    if parts == ("month", "year"):
        return QCoreApplication.translate("DateProblem", "The month and the year are missing")
    if parts == ("day", "month"):
        return QCoreApplication.translate("DateProblem", "The day and the month are missing")
    return QCoreApplication.translate("DateProblem", "The day and the year are missing")


def describe(error: UnreadableDate, locale: QLocale) -> str:
    """One sentence naming the part of the date that is wrong."""
    p = error.problem
    if p is DateProblem.MISSING:
        return _missing(error.missing)
    if p is DateProblem.EMPTY:
        return QCoreApplication.translate("DateProblem", "Nothing is written")
    if p is DateProblem.TOO_LONG:
        return QCoreApplication.translate("DateProblem", "Too long to be a date")
    if p is DateProblem.NOT_A_DATE:
        return QCoreApplication.translate(
            "DateProblem", "“{text}” is not a date: write it like 07/05/2017 or 7 May 2017"
        ).format(text=error.word)
    if p is DateProblem.UNEXPECTED:
        return QCoreApplication.translate(
            "DateProblem", "“{part}” has no place in a date").format(part=error.word)
    if p is DateProblem.NOT_A_MONTH:
        return QCoreApplication.translate(
            "DateProblem", "“{word}” is not a month").format(word=error.word)
    if p is DateProblem.NO_SEPARATORS:
        return QCoreApplication.translate(
            "DateProblem", "Separate the day, the month and the year: 07/05/2017")
    if p is DateProblem.DAY_OUT_OF_RANGE:
        return QCoreApplication.translate(
            "DateProblem", "Day {day} does not exist").format(day=_number(error.word, locale))
    if p is DateProblem.MONTH_OUT_OF_RANGE:
        if error.swapped:
            return QCoreApplication.translate(
                "DateProblem", "Month {month} does not exist: the day comes first ({example})"
            ).format(month=_number(error.word, locale), example=error.swapped)
        return QCoreApplication.translate(
            "DateProblem", "Month {month} does not exist").format(
                month=_number(error.word, locale))
    if p is DateProblem.YEAR_DIGITS:
        return QCoreApplication.translate(
            "DateProblem", "Write the year with four digits, not “{year}”").format(
                year=error.word)
    if p is DateProblem.YEAR_OUT_OF_RANGE:
        return QCoreApplication.translate(
            "DateProblem", "Year {year} does not exist").format(year=_number(error.word, locale))
    if p is DateProblem.DAY_NOT_IN_MONTH and error.month is not None:
        month = locale.monthName(error.month)
        if error.month == 2:
            return QCoreApplication.translate(
                "DateProblem", "{day} {month} does not exist").format(
                    day=_number(error.day, locale), month=month)
        return QCoreApplication.translate(
            "DateProblem", "{day} {month} does not exist: {month} has {count} days").format(
                day=_number(error.day, locale), month=month,
                count=_number(calendar.monthrange(2001, error.month)[1], locale))
    if p is DateProblem.NOT_A_LEAP_YEAR:
        return QCoreApplication.translate(
            "DateProblem", "{day} {month} {year} does not exist: {year} is not a leap year"
        ).format(day=_number(29, locale), month=locale.monthName(2),
                 year=_number(error.year, locale))
    if p is DateProblem.WRONG_WEEKDAY and error.found is not None and error.weekday is not None:
        found = to_qdate(error.found)
        return QCoreApplication.translate(
            "DateProblem", "{date} is a {weekday}, not a {written}").format(
                date=locale.toString(found, "d MMMM yyyy"),
                weekday=locale.dayName(found.dayOfWeek()),
                written=locale.dayName(error.weekday + 1))
    if p is DateProblem.HIJRI:
        return QCoreApplication.translate(
            "DateProblem", "This is a Hijri date: write its Gregorian date")
    return str(error)
