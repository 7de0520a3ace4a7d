"""Dates shown in the user's locale, always in a form the field reads back as the same day.

The locale's short format is used when it writes the day before the month (French,
British English, Arabic) or starts with the year; a month-first one (American
English's M/d/yy) would read back as another day, since fields read numbers day
first, so those locales get dd/MM/yyyy. Years always have four digits.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale

from sahel_desk.text.dates import UnreadableDate, parse_date

DAY_FIRST = "dd/MM/yyyy"


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def short_format(locale: QLocale) -> str:
    """The locale's short date format, day first (or year first) and with a four-digit year."""
    if locale.language() == QLocale.Language.C:
        return DAY_FIRST  # the C locale's "d MM yyyy" is no one's way of writing a date
    written = locale.dateFormat(QLocale.FormatType.ShortFormat)
    unquoted = written.split("'")[::2]  # quoted literals can hold d, M or y
    plain = "".join(unquoted)
    day, month, year = plain.find("d"), plain.find("M"), plain.find("y")
    if min(day, month, year) < 0 or "MMM" in plain or "ddd" in plain:
        return DAY_FIRST
    if month < day and not year < month:
        return DAY_FIRST
    if "yyyy" not in plain:
        written = written.replace("yy", "yyyy", 1)
    return written


def short_text(day: date, locale: QLocale | None = None) -> str:
    """``day`` as the locale (by default the user's) writes it briefly (07/05/2017,
    ٧/٥/٢٠١٧), or ISO when that would not read back as the same day."""
    locale = locale if locale is not None else QLocale()
    text = locale.toString(to_qdate(day), short_format(locale))
    try:
        if parse_date(text) == day:
            return text
    except UnreadableDate:
        pass
    return day.isoformat()


def long_text(day: date, locale: QLocale) -> str:
    """``day`` in full, as the locale writes it: "dimanche 7 mai 2017"."""
    return locale.toString(to_qdate(day), QLocale.FormatType.LongFormat)

