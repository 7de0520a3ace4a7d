"""Dates as Malian researchers type them (sahel_desk.text.dates), and through the Desk API.

The expected days are written out by hand from the calendar (7 May 2017 was a Sunday);
numbers are read day first, and a month-first date is refused, never guessed.
"""

from __future__ import annotations

import calendar
import random
from datetime import date, timedelta
from typing import Any

import pytest

from sahel_desk.codebook.validation import UnreadableValue, read_date
from sahel_desk.errors import UserError, ValidationError
from sahel_desk.services.desk import Desk
from sahel_desk.text.dates import (
    MAX_LENGTH,
    DateProblem,
    UnreadableDate,
    month_number,
    parse_date,
    read_date_text,
    starts_a_name,
)
from tests.core.helpers import complete_values

TODAY = date(2025, 6, 1)
MAY_7 = date(2017, 5, 7)

ACCEPTED = [
    # ISO, with or without zeros, and its other separators
    "2017-05-07", "2017-5-7", "2017/05/07", "2017.05.07", " 2017-05-07 ", "20170507",
    # day first, as in Mali
    "07/05/2017", "7/5/2017", "07-05-2017", "07.05.2017", "7 5 2017", "07/05/17", "7/5/17",
    "7.5.17", "7-5-17", "07 / 05 / 2017", "7/5-2017",
    # French month names, accents or not, abbreviated, any case
    "7 mai 2017", "7 Mai 2017", "7 MAI 2017", "07 mai 2017", "7 mai 17", "7-mai-2017",
    "7/mai/2017", "dimanche 7 mai 2017", "Dimanche 7 mai 2017", "dim. 7 mai 2017",
    "7 mai 2017.",
    # English
    "7 May 2017", "7 may 2017", "May 7, 2017", "May 7 2017", "7th May 2017", "May 7th, 2017",
    "Sunday, May 7, 2017", "Sunday, 7 May 2017", "Sun 7 May 2017", "07-May-17",
    # Arabic, digits of any script, Qt's bidi marks
    "7 مايو 2017", "٧ مايو ٢٠١٧", "7 ماي 2017", "7 أيار 2017", "7 ايار 2017",
    "الأحد، ٧ مايو ٢٠١٧", "الاحد 7 مايو 2017", "7 مايو 2017م", "٧/٥/٢٠١٧", "۷/۵/۲۰۱۷",
    "\u200f٧\u200f/\u200f٥\u200f/\u200f٢٠١٧", "٠٧-٠٥-٢٠١٧", "７/５/２０１７", "7 مَايُو 2017",
    "\u202b7 مايو 2017\u202c", "7\u00a0mai\u00a02017", "7 mai 2017\t",
]


@pytest.mark.parametrize("text", ACCEPTED)
def test_the_ways_of_writing_7_may_2017(text: str) -> None:
    assert parse_date(text, today=TODAY) == MAY_7


@pytest.mark.parametrize(("text", "expected"), [
    ("1er mai 2017", date(2017, 5, 1)), ("1ᵉʳ mai 2017", date(2017, 5, 1)),
    ("1re janvier 2018", date(2018, 1, 1)), ("1st January 2018", date(2018, 1, 1)),
    ("2nd Feb 2018", date(2018, 2, 2)), ("3rd March 2018", date(2018, 3, 3)),
    ("5 janv. 2018", date(2018, 1, 5)), ("5 janvier 2018", date(2018, 1, 5)),
    ("5 févr. 2018", date(2018, 2, 5)), ("5 fevr 2018", date(2018, 2, 5)),
    ("5 fév 2018", date(2018, 2, 5)), ("5 février 2018", date(2018, 2, 5)),
    ("5 FÉVRIER 2018", date(2018, 2, 5)), ("5 fe\u0301vrier 2018", date(2018, 2, 5)),
    ("5 mars 2018", date(2018, 3, 5)), ("5 avr. 2018", date(2018, 4, 5)),
    ("5 juin 2018", date(2018, 6, 5)), ("5 juil. 2018", date(2018, 7, 5)),
    ("5 juillet 2018", date(2018, 7, 5)), ("5 août 2018", date(2018, 8, 5)),
    ("5 aout 2018", date(2018, 8, 5)), ("5 sept. 2018", date(2018, 9, 5)),
    ("5 septembre 2018", date(2018, 9, 5)), ("5 oct. 2018", date(2018, 10, 5)),
    ("5 nov. 2018", date(2018, 11, 5)), ("5 déc. 2018", date(2018, 12, 5)),
    ("5 decembre 2018", date(2018, 12, 5)),
    ("5 Jan 2018", date(2018, 1, 5)), ("5 Feb 2018", date(2018, 2, 5)),
    ("5 Mar 2018", date(2018, 3, 5)), ("5 Apr 2018", date(2018, 4, 5)),
    ("5 Jun 2018", date(2018, 6, 5)), ("5 Jul 2018", date(2018, 7, 5)),
    ("5 Aug 2018", date(2018, 8, 5)), ("5 Sep 2018", date(2018, 9, 5)),
    ("5 Sept 2018", date(2018, 9, 5)), ("5 Oct 2018", date(2018, 10, 5)),
    ("5 Nov 2018", date(2018, 11, 5)), ("5 Dec 2018", date(2018, 12, 5)),
    ("September 5, 2018", date(2018, 9, 5)), ("2018 mai 5", date(2018, 5, 5)),
    ("5 يناير 2018", date(2018, 1, 5)), ("5 جانفي 2018", date(2018, 1, 5)),
    ("5 كانون الثاني 2018", date(2018, 1, 5)), ("5 فبراير 2018", date(2018, 2, 5)),
    ("5 فيفري 2018", date(2018, 2, 5)), ("5 شباط 2018", date(2018, 2, 5)),
    ("5 مارس 2018", date(2018, 3, 5)), ("5 آذار 2018", date(2018, 3, 5)),
    ("5 أبريل 2018", date(2018, 4, 5)), ("5 ابريل 2018", date(2018, 4, 5)),
    ("5 إبريل 2018", date(2018, 4, 5)), ("5 أفريل 2018", date(2018, 4, 5)),
    ("5 نيسان 2018", date(2018, 4, 5)), ("5 يونيو 2018", date(2018, 6, 5)),
    ("5 يونيه 2018", date(2018, 6, 5)), ("5 جوان 2018", date(2018, 6, 5)),
    ("5 حزيران 2018", date(2018, 6, 5)), ("5 يوليو 2018", date(2018, 7, 5)),
    ("5 جويلية 2018", date(2018, 7, 5)), ("5 يوليوز 2018", date(2018, 7, 5)),
    ("5 تموز 2018", date(2018, 7, 5)), ("5 أغسطس 2018", date(2018, 8, 5)),
    ("5 أوت 2018", date(2018, 8, 5)), ("5 غشت 2018", date(2018, 8, 5)),
    ("5 آب 2018", date(2018, 8, 5)), ("5 سبتمبر 2018", date(2018, 9, 5)),
    ("5 شتنبر 2018", date(2018, 9, 5)), ("5 أيلول 2018", date(2018, 9, 5)),
    ("5 أكتوبر 2018", date(2018, 10, 5)), ("5 تشرين الأول 2018", date(2018, 10, 5)),
    ("5 نوفمبر 2018", date(2018, 11, 5)), ("5 نونبر 2018", date(2018, 11, 5)),
    ("5 تشرين الثاني 2018", date(2018, 11, 5)), ("5 ديسمبر 2018", date(2018, 12, 5)),
    ("5 دجنبر 2018", date(2018, 12, 5)), ("5 كانون الأول 2018", date(2018, 12, 5)),
    ("29/02/2016", date(2016, 2, 29)), ("31/12/1999", date(1999, 12, 31)),
    ("1/1/1", None),  # a one-digit year: refused below
])
def test_month_names_ordinals_and_the_calendar(text: str, expected: date | None) -> None:
    if expected is None:
        with pytest.raises(UnreadableDate):
            parse_date(text, today=TODAY)
    else:
        assert parse_date(text, today=TODAY) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("7/5/17", 2017), ("7/5/00", 2000), ("7/5/35", 2035), ("7/5/36", 1936),
    ("7/5/98", 1998), ("7/5/99", 1999), ("7 mai 97", 1997),
])
def test_two_digit_years_are_in_the_2000s_up_to_ten_years_ahead(text: str,
                                                               expected: int) -> None:
    assert parse_date(text, today=TODAY).year == expected


def test_the_two_digit_window_follows_today() -> None:
    assert parse_date("1/1/40", today=date(2030, 1, 1)) == date(2040, 1, 1)
    assert parse_date("1/1/41", today=date(2030, 1, 1)) == date(1941, 1, 1)


def test_a_date_without_its_year_takes_the_year_given() -> None:
    assert parse_date("9 mai", year=2017) == date(2017, 5, 9)
    assert parse_date("9/5", year=2017) == date(2017, 5, 9)
    assert parse_date("May 9", year=2017) == date(2017, 5, 9)
    assert parse_date("9 mai 2018", year=2017) == date(2018, 5, 9)  # a written year wins
    with pytest.raises(UnreadableDate, match="the day is missing"):
        parse_date("mai", year=2017)
    with pytest.raises(UnreadableDate, match="the month is missing"):
        parse_date("9", year=2017)
    with pytest.raises(UnreadableDate, match="29 February 2017 does not exist"):
        parse_date("29 février", year=2017)


REFUSED: list[tuple[str, DateProblem, str]] = [
    ("", DateProblem.EMPTY, "nothing is written"),
    ("   ", DateProblem.EMPTY, "nothing is written"),
    ("\u200f\u200e", DateProblem.EMPTY, "nothing is written"),
    ("13/13/2017", DateProblem.MONTH_OUT_OF_RANGE, "month 13 does not exist"),
    ("05/13/2017", DateProblem.MONTH_OUT_OF_RANGE,
     "month 13 does not exist (the day comes first: 13/05/2017)"),
    ("5/31/17", DateProblem.MONTH_OUT_OF_RANGE,
     "month 31 does not exist (the day comes first: 31/05/17)"),
    ("2017-13-01", DateProblem.MONTH_OUT_OF_RANGE, "month 13 does not exist"),
    ("7/0/2017", DateProblem.MONTH_OUT_OF_RANGE, "month 0 does not exist"),
    ("31/04/2017", DateProblem.DAY_NOT_IN_MONTH, "31 April does not exist (April has 30 days)"),
    ("31 juin 2017", DateProblem.DAY_NOT_IN_MONTH, "31 June does not exist"),
    ("30/02/2016", DateProblem.DAY_NOT_IN_MONTH, "30 February does not exist"),
    ("2017-02-30", DateProblem.DAY_NOT_IN_MONTH, "30 February does not exist"),
    ("29/02/2017", DateProblem.NOT_A_LEAP_YEAR,
     "29 February 2017 does not exist (2017 is not a leap year)"),
    ("29/02/1900", DateProblem.NOT_A_LEAP_YEAR, "1900 is not a leap year"),
    ("32/01/2017", DateProblem.DAY_OUT_OF_RANGE, "day 32 does not exist"),
    ("0/5/2017", DateProblem.DAY_OUT_OF_RANGE, "day 0 does not exist"),
    ("00/05/2017", DateProblem.DAY_OUT_OF_RANGE, "day 0 does not exist"),
    ("40 mai 2017", DateProblem.DAY_OUT_OF_RANGE, "day 40 does not exist"),
    ("99999999999999999999/5/2017", DateProblem.DAY_OUT_OF_RANGE,
     "day 999999999999999… does not exist"),
    ("7 mai", DateProblem.MISSING, "the year is missing"),
    ("7/5", DateProblem.MISSING, "the year is missing"),
    ("mai 2017", DateProblem.MISSING, "the day is missing"),
    ("05/2017", DateProblem.MISSING, "the day is missing"),
    ("2017-05", DateProblem.MISSING, "the day is missing"),
    ("7", DateProblem.MISSING, "the month and the year are missing"),
    ("2017", DateProblem.MISSING, "the day and the month are missing"),
    ("mai", DateProblem.MISSING, "the day and the year are missing"),
    ("7 mao 2017", DateProblem.NOT_A_MONTH, '"mao" is not a month'),
    ("7/mao/2017", DateProblem.NOT_A_MONTH, '"mao" is not a month'),
    ("7 Maybe 2017", DateProblem.NOT_A_MONTH, '"Maybe" is not a month'),
    ("mao", DateProblem.NOT_A_DATE, '"mao" is not a date'),
    ("hier", DateProblem.NOT_A_DATE, '"hier" is not a date'),
    ("None", DateProblem.NOT_A_DATE, '"None" is not a date'),
    ("NaN", DateProblem.NOT_A_DATE, '"NaN" is not a date'),
    ("7/5/201", DateProblem.YEAR_DIGITS, 'the year "201" needs four digits'),
    ("7/5/20175", DateProblem.YEAR_DIGITS, 'the year "20175" needs four digits'),
    ("7/5/7", DateProblem.YEAR_DIGITS, 'the year "7" needs four digits'),
    ("7 mai 201", DateProblem.YEAR_DIGITS, 'the year "201" needs four digits'),
    ("0000-05-07", DateProblem.YEAR_OUT_OF_RANGE, "year 0 does not exist"),
    ("07052017", DateProblem.NO_SEPARATORS, "separate the day, the month and the year"),
    ("070517", DateProblem.NO_SEPARATORS, "separate the day, the month and the year"),
    ("7/5/2017/3", DateProblem.UNEXPECTED, '"3" has no place in a date'),
    ("7 mai 2017 12", DateProblem.UNEXPECTED, '"12" has no place in a date'),
    ("7 mai juin 2017", DateProblem.UNEXPECTED, '"juin" has no place in a date'),
    ("5 كانون الثاني mai 2017", DateProblem.UNEXPECTED, '"mai" has no place in a date'),
    ("5 mai تشرين الأول 2017", DateProblem.UNEXPECTED,
     '"تشرين الأول" has no place in a date'),
    ("7 mai 2017 xyz", DateProblem.UNEXPECTED, '"xyz" has no place in a date'),
    ("7/5/2017 ?", DateProblem.UNEXPECTED, '"?" has no place in a date'),
    ("(7/5/2017)", DateProblem.UNEXPECTED, '"(" has no place in a date'),
    ("7 mai 2017 dimanche", DateProblem.UNEXPECTED, '"dimanche" has no place in a date'),
    ("7/5/2017 10:30", DateProblem.UNEXPECTED, '":" has no place in a date'),
    ("7/5/2017 🙂", DateProblem.UNEXPECTED, '"🙂" has no place in a date'),
    ("7/5/²⁰¹⁷", DateProblem.UNEXPECTED, '"²" has no place in a date'),
    ("２⁰¹⁹-03-05", DateProblem.UNEXPECTED, '"⁰" has no place in a date'),
    ("①/5/2017", DateProblem.UNEXPECTED, '"①" has no place in a date'),
    ("½/5/2017", DateProblem.UNEXPECTED, '"½" has no place in a date'),
    ("Ⅻ/5/2017", DateProblem.UNEXPECTED, '"Ⅻ" has no place in a date'),
    ("7/5/2017\x00", DateProblem.UNEXPECTED, "has no place in a date"),
    ("lundi 7 mai 2017", DateProblem.WRONG_WEEKDAY, "7 May 2017 is a Sunday, not a Monday"),
    ("Monday, May 7, 2017", DateProblem.WRONG_WEEKDAY, "is a Sunday, not a Monday"),
    ("الاثنين 7 مايو 2017", DateProblem.WRONG_WEEKDAY, "is a Sunday, not a Monday"),
    ("11/08/1438هـ", DateProblem.HIJRI, "a Hijri date"),
    ("11/08/1438 هـ", DateProblem.HIJRI, "a Hijri date"),
    ("7" * 65, DateProblem.TOO_LONG, "65 characters are too many for a date"),
    ("7" * 1_000_000, DateProblem.TOO_LONG, "1,000,000 characters are too many for a date"),
]


@pytest.mark.parametrize(("text", "problem", "words"), REFUSED)
def test_a_bad_date_names_the_part_at_fault(text: str, problem: DateProblem,
                                            words: str) -> None:
    with pytest.raises(UnreadableDate) as caught:
        parse_date(text, today=TODAY)
    assert caught.value.problem is problem
    assert words in str(caught.value)
    assert isinstance(caught.value, UserError)
    assert caught.value.text == text


def test_the_error_carries_the_part_for_a_translated_message() -> None:
    with pytest.raises(UnreadableDate) as caught:
        parse_date("31/04/2017")
    assert (caught.value.day, caught.value.month, caught.value.year) == (31, 4, 2017)
    with pytest.raises(UnreadableDate) as caught:
        parse_date("7 mao 2017")
    assert caught.value.word == "mao"
    with pytest.raises(UnreadableDate) as caught:
        parse_date("7 mai")
    assert caught.value.missing == ("year",)
    with pytest.raises(UnreadableDate) as caught:
        parse_date("lundi 7 mai 2017")
    assert (caught.value.weekday, caught.value.found) == (0, MAY_7)
    with pytest.raises(UnreadableDate) as caught:
        parse_date("05/13/2017")
    assert (caught.value.month, caught.value.swapped) == (13, "13/05/2017")
    with pytest.raises(UnreadableDate) as caught:
        parse_date("09/13/2017")
    assert caught.value.swapped == "13/09/2017"
    with pytest.raises(UnreadableDate) as caught:
        parse_date("20/13/2017")  # no day-first reading either: no hint
    assert caught.value.swapped == ""


def test_month_first_is_never_guessed() -> None:
    """Every day of 2017 written day first reads back as itself, never swapped."""
    day = date(2017, 1, 1)
    while day.year == 2017:
        for text in (f"{day.day}/{day.month}/{day.year}", f"{day.day:02d}.{day.month:02d}.17"):
            assert parse_date(text, today=TODAY) == day
        day += timedelta(days=1)


def test_empty_is_no_date_for_read_date_text() -> None:
    assert read_date_text("") is None and read_date_text("  \t") is None
    assert read_date_text("7/5/17", today=TODAY) == MAY_7


def test_month_number() -> None:
    assert [month_number(w) for w in ("Janv.", "AOÛT", "أغسطس", "sept", "maybe")] == [
        1, 8, 8, 9, None]


# --- seeded round trips and mutations -------------------------------------------------------

FRENCH = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
          "septembre", "octobre", "novembre", "décembre")
ARABIC = ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
          "أكتوبر", "نوفمبر", "ديسمبر")
INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def _written(day: date, rng: random.Random) -> str:
    sep = rng.choice("/-. ")
    d = str(day.day) if rng.random() < 0.5 else f"{day.day:02d}"
    m = str(day.month) if rng.random() < 0.5 else f"{day.month:02d}"
    forms = [
        day.isoformat(), f"{d}{sep}{m}{sep}{day.year}",
        f"{day.day} {FRENCH[day.month - 1]} {day.year}",
        f"{day.day} {calendar.month_name[day.month]} {day.year}",
        f"{calendar.month_abbr[day.month]} {day.day}, {day.year}",
        f"{day.day} {ARABIC[day.month - 1]} {day.year}".translate(INDIC),
    ]
    if TODAY.year - 89 <= day.year <= TODAY.year + 10:  # the two-digit years' window
        forms.append(f"{d}{sep}{m}{sep}{day.year % 100:02d}")
    return rng.choice(forms)


def test_random_days_written_many_ways_read_back() -> None:
    rng = random.Random(20170507)
    for _ in range(3000):
        day = date(1926, 1, 1) + timedelta(days=rng.randrange(0, 40_000))
        text = _written(day, rng)
        assert parse_date(text, today=TODAY) == day, text


def _mutated(text: str, rng: random.Random) -> str:
    alphabet = "0123456789/-. ,:?x٣۷²①éآمـ\u200f\x00" + "".join(FRENCH[rng.randrange(12)])
    chars = list(text)
    for _ in range(rng.randint(1, 4)):
        action = rng.randrange(4)
        at = rng.randrange(len(chars) + 1)
        if action == 0 and chars:
            del chars[min(at, len(chars) - 1)]
        elif action == 1:
            chars.insert(at, rng.choice(alphabet))
        elif action == 2 and chars:
            chars[min(at, len(chars) - 1)] = rng.choice(alphabet)
        else:
            chars[at:at] = list(str(rng.randrange(10 ** rng.randint(1, 30))))
    return "".join(chars)


def test_mutated_dates_give_a_date_or_say_why_never_crash() -> None:
    rng = random.Random(7)
    refused = 0
    for _ in range(5000):
        day = date(1990, 1, 1) + timedelta(days=rng.randrange(0, 12_000))
        text = _mutated(_written(day, rng), rng)
        try:
            found = parse_date(text, today=TODAY)
        except UnreadableDate as exc:
            refused += 1
            assert str(exc) and exc.problem in DateProblem
        else:
            assert isinstance(found, date)
    assert 1000 < refused < 5000  # the mutations did reach both outcomes


def test_the_length_limit_counts_the_written_date_not_the_spaces_around() -> None:
    assert parse_date(" " * 100 + "7/5/2017" + " " * 100, today=TODAY) == MAY_7
    assert parse_date(" " * (MAX_LENGTH - 10) + "2017-05-07", today=TODAY) == MAY_7


# --- through the codebook and the Desk API ----------------------------------------------


@pytest.mark.parametrize("text", ["07/05/2017", "7/5/17", "7 mai 2017", "7 May 2017",
                                  "2017-05-07", "٧ مايو ٢٠١٧"])
def test_the_codebook_reads_what_the_form_reads(text: str) -> None:
    assert read_date(text) == MAY_7
    assert read_date(MAY_7) == MAY_7 and read_date("") is None and read_date(None) is None


def test_the_codebook_says_which_part_is_wrong() -> None:
    with pytest.raises(UnreadableValue) as caught:
        read_date("31/04/2017")
    assert str(caught.value) == "'31/04/2017' is not a date: 31 April does not exist " \
                                "(April has 30 days)"
    with pytest.raises(UnreadableValue, match="month 13 does not exist"):
        read_date("2017-13-01")
    with pytest.raises(UnreadableValue, match=r"^'7{40}…' is not a date: 80 characters"):
        read_date("7" * 80)


def _with(desk: Desk, **changes: Any) -> dict[str, Any]:
    values = complete_values(desk, status="draft")
    values.update(changes)
    return values


def test_the_desk_stores_a_day_first_date_as_iso(desk: Desk) -> None:
    record = desk.incidents.create(_with(desk, event_date="7/5/17",
                                         event_date_end="9 mai 2017"))
    assert (record.event_date, record.event_date_end) == (MAY_7, date(2017, 5, 9))
    assert desk.incidents.get(record.id).event_date.isoformat() == "2017-05-07"


def test_the_desk_refuses_a_bad_date_naming_field_and_part(desk: Desk) -> None:
    before = desk.check().counts
    with pytest.raises(ValidationError) as caught:
        desk.incidents.create(_with(desk, event_date="31/04/2017"))
    assert caught.value.fields == ["event_date"]
    assert "31 April does not exist" in str(caught.value)
    assert "YYYY-MM-DD" not in str(caught.value)
    assert desk.check().counts == before


def test_starts_a_name() -> None:
    assert all(starts_a_name(w) for w in ("ma", "Sept", "déc", "dim", "جان", "كانون"))
    assert not any(starts_a_name(w) for w in ("", "mao", "x", "2017", "ـ"))
