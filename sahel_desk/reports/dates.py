"""Dates as reports and articles write them, in English and French.

Entry headings of monthly lists ("[05 MAR 17](#):", "19-20 MAR 17:",
"5 mars 2017 :", "Le 5 mars, ...", "05/03/2017 -") and the dates told in prose
("On Jan. 2", "April 26 and 27", "two days later", "last week", "on Sunday",
"le 12 courant", "dans la nuit de samedi à dimanche", "in November").
Numeric dates are read day first, as in French and in ACLED's sources. A
date without its year takes the year that puts it on or before the report's
date; relative ones count from the report's date or from the event told just
before. The codebook's time precision: 1 a day, 2 a span (a range keeps its
end date), 3 a month (coded mid-month); a year alone is not coded.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

from sahel_desk.text.message import Text
from sahel_desk.text.normalize import strip_accents

_MONTH_NAMES = {
    1: ("january", "jan", "janvier", "janv"),
    2: ("february", "feb", "fevrier", "fevr", "fev"),
    3: ("march", "mar", "mars"),
    4: ("april", "apr", "avril", "avr"),
    5: ("may", "mai"),
    6: ("june", "jun", "juin"),
    7: ("july", "jul", "juillet", "juil"),
    8: ("august", "aug", "aout"),
    9: ("september", "sep", "sept", "septembre"),
    10: ("october", "oct", "octobre"),
    11: ("november", "nov", "novembre"),
    12: ("december", "dec", "decembre"),
}
MONTHS = {name: number for number, names in _MONTH_NAMES.items() for name in names}
_WEEKDAY_NAMES = (
    ("monday", "lundi"), ("tuesday", "mardi"), ("wednesday", "mercredi"),
    ("thursday", "jeudi"), ("friday", "vendredi"), ("saturday", "samedi"),
    ("sunday", "dimanche"),
)
WEEKDAYS = {name: number for number, names in enumerate(_WEEKDAY_NAMES) for name in names}

_MONTH_ALT = "|".join(sorted(
    {n for names in _MONTH_NAMES.values() for n in names}
    | {"février", "févr", "août", "décembre"}, key=len, reverse=True))
_WEEKDAY_ALT = "|".join(WEEKDAYS)
_MON = rf"(?P<mon>{_MONTH_ALT})\.?"
_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "un": 1, "une": 1, "deux": 2, "trois": 3,
    "quatre": 4, "cinq": 5, "sept": 7, "huit": 8, "neuf": 9, "dix": 10,
}
_COUNT = r"(?P<n>\d{1,2}|" + "|".join(_NUMBER_WORDS) + ")"


@dataclass(frozen=True)
class DateFound:
    """A date read from ``text[start:end]``; ``end_date`` for a span."""

    start: int
    end: int
    text: str
    date: dt.date | None
    end_date: dt.date | None
    precision: int
    confidence: float
    note: str = ""
    #: True when the date is counted from another one (the event before it)
    relative: bool = False


def month_number(word: str) -> int | None:
    return MONTHS.get(strip_accents(word).lower().rstrip("."))


def full_year(text: str | None, anchor: dt.date | None) -> int | None:
    """A four-digit year; two digits are taken in the anchor's century (2000s without one)."""
    if not text:
        return None
    year = int(text)
    if len(text) == 4:
        return year
    century = (anchor.year // 100) * 100 if anchor else 2000
    return century + year


# --- entry headings of a monthly list --------------------------------------------

_LEAD = r"^[ \t]*(?:[-*•+][ \t]+|\d{1,3}[.)][ \t]+)?(?:\*\*|__)?\[?[ \t]*"
_TAIL = r"[ \t]*\]?(?:\([^)\n]*\))?[ \t]*(?:\*\*|__)?[ \t]*(?P<sep>[:\-–—,]|$)"
_HEADINGS = (
    re.compile(
        _LEAD + r"(?:(?:le|on|du)[ \t]+)?(?P<d1>\d{1,2})(?:er|st|nd|rd|th)?"
        r"(?:[ \t]*(?:-|–|au|to|and|et)[ \t]*(?P<d2>\d{1,2})(?:er|st|nd|rd|th)?)?"
        rf"[ \t]+{_MON}(?:[ \t]+(?P<y>\d{{4}}|\d{{2}}))?" + _TAIL, re.I | re.M),
    re.compile(
        _LEAD + rf"(?:on[ \t]+)?{_MON}[ \t]+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?"
        r"(?:[ \t]*(?:-|–|to|and)[ \t]*(?P<d2>\d{1,2})(?:st|nd|rd|th)?)?"
        r"(?:,?[ \t]+(?P<y>\d{4}))?" + _TAIL, re.I | re.M),
    re.compile(
        _LEAD + r"(?:(?:le|on)[ \t]+)?(?P<d1>\d{1,2})[/.](?P<m>\d{1,2})[/.](?P<y>\d{4}|\d{2})"
        + _TAIL, re.I | re.M),
    re.compile(
        _LEAD + r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d1>\d{2})" + _TAIL, re.I | re.M),
)


def entry_heading(line: str, anchor: dt.date | None) -> DateFound | None:
    """The date a list entry starts with, or None when the line is not an entry."""
    for pattern in _HEADINGS:
        m = pattern.match(line)
        if m is None:
            continue
        if m.group("sep") == "" and len(line.strip()) > m.end() - m.start() + 2:
            continue
        if "mon" in m.groupdict() and m.group("mon") and m.group("mon") == "may" \
                and not m.group("y"):
            continue  # the verb, not the month
        found = _heading_date(m, anchor)
        if found is not None:
            return found
    return None


def _heading_date(m: re.Match[str], anchor: dt.date | None) -> DateFound | None:
    groups = m.groupdict()
    month = int(groups["m"]) if groups.get("m") else month_number(groups.get("mon") or "")
    if month is None:
        return None
    day = int(groups["d1"])
    year = full_year(groups.get("y"), anchor)
    note = ""
    confidence = 0.95
    if year is None:
        year = _year_for(month, day, anchor)
        if year is None:
            return DateFound(m.start(), m.end(), m.group(0), None, None, 1, 0.0,
                             Text("the entry gives no year and the report's date is not known"))
        note = Text("year {year} taken from the report's date", year=year)
        confidence = 0.8
    start = _safe_date(year, month, day)
    if start is None:
        return DateFound(m.start(), m.end(), m.group(0), None, None, 1, 0.0,
                         Text("{date} is not a date of the calendar", date=m.group(0).strip()))
    end = None
    if groups.get("d2"):
        end = _safe_date(year, month, int(groups["d2"]))
        if end is None or end <= start:
            end = None
    return DateFound(m.start(), m.end(), m.group(0), start, end, 2 if end else 1, confidence,
                     note)


# --- dates told in prose ----------------------------------------------------------

_DAY_MONTH = re.compile(
    r"\b(?:(?:le|the)\s+)?(?P<d1>\d{1,2})(?:er|st|nd|rd|th)?"
    r"(?:\s*(?:-|–|and|et|au|to)\s*(?P<d2>\d{1,2})(?:er|st|nd|rd|th)?)?"
    rf"\s+(?:of\s+)?{_MON}(?:,?\s+(?P<y>\d{{4}}))?\b", re.I)
_MONTH_DAY = re.compile(
    rf"\b{_MON}\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\b"
    r"(?:\s*(?:-|–|and|to|through)\s*(?P<d2>\d{1,2})(?:st|nd|rd|th)?\b)?"
    r"(?:,?\s+(?P<y>\d{4}))?", re.I)
_NUMERIC = re.compile(r"\b(?P<d1>\d{1,2})[/.](?P<m>\d{1,2})[/.](?P<y>\d{4}|\d{2})\b")
_ISO = re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d1>\d{2})\b")
_COURANT = re.compile(r"\b(?:le\s+)?(?P<d1>\d{1,2})(?:er)?\s+(?:courant|de ce mois)\b", re.I)
_NIGHT = re.compile(
    rf"\b(?:dans\s+)?la\s+nuit\s+d[ue]\s+(?P<w1>{_WEEKDAY_ALT})\s+(?:à|au|a)\s+"
    rf"(?P<w2>{_WEEKDAY_ALT})\b|\b(?:in\s+the\s+|during\s+the\s+)?night\s+(?:of|from)\s+"
    rf"(?P<w3>{_WEEKDAY_ALT})\s+(?:to|into)\s+(?P<w4>{_WEEKDAY_ALT})\b", re.I)
_WEEKDAY = re.compile(
    rf"\b(?P<last>last\s+|this\s+past\s+|on\s+)?(?P<w>{_WEEKDAY_ALT})(?P<dernier>\s+dernier)?\b",
    re.I)
_DAYS_LATER = re.compile(
    rf"\b{_COUNT}\s+(?:days?\s+later|jours?\s+plus\s+tard)\b"
    r"|\b(?P<next>the\s+(?:next|following)\s+day|le\s+lendemain|a\s+day\s+later)\b"
    r"|\b(?P<same>(?:on\s+)?the\s+same\s+day|le\s+même\s+jour|that\s+same\s+day)\b", re.I)
_NEXT_DAYS = re.compile(
    rf"\b(?:over|during|in|within)\s+the\s+(?:next|following)\s+{_COUNT}\s+days\b"
    r"|\b(?:au\s+cours\s+des|dans\s+les)\s+(?P<fr>\d{1,2}|deux|trois|quatre|cinq|six|sept)"
    r"\s+jours\s+suivants\b", re.I)
_SIMPLE = re.compile(
    r"\b(?P<yesterday>yesterday|hier)\b|\b(?P<today>earlier\s+today|today|aujourd'hui)\b"
    r"|\b(?P<lastweek>last\s+week|la\s+semaine\s+(?:dernière|derniere|passée|passee))\b"
    r"|\b(?P<thisweek>this\s+week|cette\s+semaine)\b"
    r"|\b(?P<weekend>(?:last|this\s+past)\s+weekend|(?:le|ce)\s+week-end(?:\s+dernier)?)\b",
    re.I)
_MONTH_ONLY = re.compile(
    rf"\b(?P<lead>in|during|en|au\s+mois\s+de|last|early|late|mid|début|fin|mi)[\s-]+"
    rf"(?:(?P<part>early|late|mid|début|fin|mi)[\s-]+)?{_MON}(?:\s+(?P<y>\d{{4}}))?\b", re.I)
_MONTH_RELATIVE = re.compile(
    r"\b(?P<this>earlier\s+this\s+month|this\s+month|ce\s+mois(?:-ci)?|"
    r"plus\s+tôt\s+ce\s+mois)\b"
    r"|\b(?P<last>last\s+month|le\s+mois\s+(?:dernier|passé))\b"
    r"|\b(?P<same>that\s+same\s+month|the\s+same\s+month|le\s+même\s+mois)\b", re.I)
#: words before a date saying it is not when the event happened
_NOT_EVENT = re.compile(r"(?:since|until|depuis|jusqu'(?:au|à)|before|avant|by|as\s+of)\s*$",
                        re.I)


def dates_in(text: str, anchor: dt.date | None, previous: DateFound | None
             ) -> list[DateFound]:
    """Dates told in a piece of prose, in text order; relative ones only when no
    absolute date is given in the same piece (an absolute date is the better evidence)."""
    absolute = list(_absolute_dates(text, anchor))
    if absolute:
        return _non_overlapping(absolute)
    relative = list(_relative_dates(text, anchor, previous))
    return _non_overlapping(relative)


def _non_overlapping(found: list[DateFound]) -> list[DateFound]:
    found.sort(key=lambda d: (d.start, -(d.end - d.start)))
    kept: list[DateFound] = []
    for d in found:
        if kept and d.start < kept[-1].end:
            continue
        kept.append(d)
    return kept


def _absolute_dates(text: str, anchor: dt.date | None) -> Iterator[DateFound]:
    for pattern in (_DAY_MONTH, _MONTH_DAY, _NUMERIC, _ISO):
        for m in pattern.finditer(text):
            if _NOT_EVENT.search(text[max(0, m.start() - 12):m.start()]):
                continue
            mon = m.groupdict().get("mon")
            if mon is not None and mon == "may":
                continue  # lower-case "may" is the verb
            found = _heading_date(m, anchor)
            if found is not None and found.date is not None:
                yield found
    for m in _COURANT.finditer(text):
        if anchor is None:
            continue
        day = _safe_date(anchor.year, anchor.month, int(m.group("d1")))
        if day is not None:
            yield DateFound(m.start(), m.end(), m.group(0), day, None, 1, 0.85,
                            "'courant': the month of the report's date")


def _relative_dates(text: str, anchor: dt.date | None, previous: DateFound | None
                    ) -> Iterator[DateFound]:
    before = previous.end_date or previous.date if previous else None
    since = previous.date if previous else None
    for m in _DAYS_LATER.finditer(text):
        if since is None:
            continue
        if m.group("next"):
            days = 1
        elif m.group("same"):
            days = 0
        else:
            days = _count(m.group("n"))
        yield DateFound(m.start(), m.end(), m.group(0), since + dt.timedelta(days=days), None,
                        1, 0.8, Text("counted from the event told before"), relative=True)
    for m in _NEXT_DAYS.finditer(text):
        if before is None:
            continue
        days = _count(m.group("n") or m.group("fr") or "")
        yield DateFound(m.start(), m.end(), m.group(0), before + dt.timedelta(days=1),
                        before + dt.timedelta(days=max(1, days)), 2, 0.7,
                        Text("a span counted from the event told before"), relative=True)
    if anchor is None:
        return
    for m in _NIGHT.finditer(text):
        first = WEEKDAYS[(m.group("w1") or m.group("w3")).lower()]
        day = _last_weekday(anchor, first, strictly_before=True)
        yield DateFound(m.start(), m.end(), m.group(0), day, day + dt.timedelta(days=1), 2, 0.7,
                        Text("a night across two days, the latest before the report's date"))
    for m in _WEEKDAY.finditer(text):
        if _NIGHT.search(text[max(0, m.start() - 40):m.end() + 40]):
            continue
        strictly = bool((m.group("last") and m.group("last").strip().lower() != "on")
                        or m.group("dernier"))
        day = _last_weekday(anchor, WEEKDAYS[m.group("w").lower()], strictly_before=strictly)
        yield DateFound(m.start(), m.end(), m.group(0), day, None, 1, 0.7,
                        Text("the latest such weekday before the report's date"))
    for m in _SIMPLE.finditer(text):
        if m.group("yesterday"):
            yield DateFound(m.start(), m.end(), m.group(0), anchor - dt.timedelta(days=1), None,
                            1, 0.85, Text("the day before the report's date"))
        elif m.group("today"):
            yield DateFound(m.start(), m.end(), m.group(0), anchor, None, 1, 0.85,
                            Text("the report's date"))
        elif m.group("lastweek"):
            monday = anchor - dt.timedelta(days=anchor.weekday() + 7)
            yield DateFound(m.start(), m.end(), m.group(0), monday,
                            monday + dt.timedelta(days=6), 2, 0.6,
                            Text("the week before the report's date"))
        elif m.group("thisweek"):
            monday = anchor - dt.timedelta(days=anchor.weekday())
            yield DateFound(m.start(), m.end(), m.group(0), monday, anchor, 2, 0.6,
                            Text("the report's week"))
        elif m.group("weekend"):
            saturday = _last_weekday(anchor, 5, strictly_before=False)
            yield DateFound(m.start(), m.end(), m.group(0), saturday,
                            saturday + dt.timedelta(days=1), 2, 0.6,
                            Text("the weekend before the report's date"))
    yield from _months(text, anchor, previous)


def _months(text: str, anchor: dt.date, previous: DateFound | None) -> Iterator[DateFound]:
    for m in _MONTH_ONLY.finditer(text):
        if m.group("mon") == "may":
            continue
        month = month_number(m.group("mon"))
        if month is None:
            continue
        year = int(m.group("y")) if m.group("y") else None
        lead = (m.group("lead") or "").lower()
        if year is None:
            year = anchor.year if month <= anchor.month else anchor.year - 1
            if lead == "last" and month == anchor.month:
                year -= 1
        part = (m.group("part") or lead).lower()
        yield _month_date(m, year, month, part)
    for m in _MONTH_RELATIVE.finditer(text):
        if m.group("this"):
            year, month = anchor.year, anchor.month
        elif m.group("last"):
            first = anchor.replace(day=1) - dt.timedelta(days=1)
            year, month = first.year, first.month
        elif previous is not None and previous.date is not None:
            year, month = previous.date.year, previous.date.month
        else:
            continue
        yield _month_date(m, year, month, "")


def _month_date(m: re.Match[str], year: int, month: int, part: str) -> DateFound:
    last = calendar.monthrange(year, month)[1]
    if part in ("early", "début"):
        day, note = 1, Text("the start of the month")
    elif part in ("late", "fin"):
        day, note = last, Text("the end of the month")
    else:
        day, note = 15, Text("only the month is known: coded mid-month")
    return DateFound(m.start(), m.end(), m.group(0), dt.date(year, month, day), None, 3, 0.6,
                     note)


def _count(word: str) -> int:
    word = word.lower()
    return int(word) if word.isdigit() else _NUMBER_WORDS.get(word, 1)


def _last_weekday(anchor: dt.date, weekday: int, *, strictly_before: bool) -> dt.date:
    back = (anchor.weekday() - weekday) % 7
    if back == 0 and strictly_before:
        back = 7
    return anchor - dt.timedelta(days=back)


def _year_for(month: int, day: int, anchor: dt.date | None) -> int | None:
    """The year putting day/month on or shortly before the anchor (a week's grace)."""
    if anchor is None:
        return None
    for year in (anchor.year + 1, anchor.year, anchor.year - 1):
        candidate = _safe_date(year, month, day)
        if candidate is not None and candidate <= anchor + dt.timedelta(days=7):
            return year
    return anchor.year


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


_TITLE_MONTH = re.compile(rf"\b{_MON}\s+(?P<y>\d{{4}})\b", re.I)


def report_date(lines: list[str]) -> tuple[dt.date | None, str]:
    """The report's own date: a full date on the lines under the title, else the end
    of the last month its title names ("April–May 2017" -> 2017-05-31)."""
    head = [line for line in lines[:6] if line.strip()]
    for line in head[1:4]:
        for pattern in (_DAY_MONTH, _MONTH_DAY, _NUMERIC, _ISO):
            m = pattern.search(line)
            if m and m.groupdict().get("y"):
                found = _heading_date(m, None)
                if found is not None and found.date is not None:
                    return found.date, Text("the line under the title")
    if head:
        months = [m for m in _TITLE_MONTH.finditer(head[0]) if m.group("mon") != "may"]
        if months:
            last = months[-1]
            month = month_number(last.group("mon"))
            if month is not None:
                year = int(last.group("y"))
                return (dt.date(year, month, calendar.monthrange(year, month)[1]),
                        Text("the end of the month the title names"))
    return None, Text("not found")
