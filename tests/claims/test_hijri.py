"""Hijri dates: Umm al-Qura conversion checked against the written weekday."""

from __future__ import annotations

import datetime as dt

import pytest

from sahel_desk.claims import find_hijri_date, hijri_to_gregorian
from sahel_desk.errors import InputError


def test_eastern_arabic_digits_and_weekday() -> None:
    found = find_hijri_date("#مؤسسة_الزلاقة\nالإثنين ٠٩/٠٦/١٤٤٤\nهجوم")
    assert found is not None
    assert (found.year, found.month, found.day) == (1444, 6, 9)
    assert found.gregorian == dt.date(2023, 1, 2)
    assert found.written == "الإثنين ٠٩/٠٦/١٤٤٤"
    assert found.note == ""


@pytest.mark.parametrize(
    "text",
    ["الاربعاء 7-8-1438", "يوم الأربعاء، 1438/08/07", "الأربعاء ٠٧ / ٠٨ / ١٤٣٨"],
)
def test_separators_orders_and_spellings(text: str) -> None:
    found = find_hijri_date(text)
    assert found is not None
    assert found.gregorian == dt.date(2017, 5, 3)
    assert found.weekday == 2
    assert found.note == ""


def test_wrong_weekday_moves_to_the_nearest_matching_day_with_a_note() -> None:
    # 09/06/1444 is Monday 2 January 2023; the text says Sunday.
    found = find_hijri_date("الأحد 09/06/1444")
    assert found is not None
    assert found.gregorian == dt.date(2023, 1, 1)
    assert "Sunday" in found.note and "1 day earlier" in found.note

    # Saturday is two days back.
    day, note = hijri_to_gregorian(1444, 6, 9, weekday=5)
    assert day == dt.date(2022, 12, 31)
    assert "2 days earlier" in note


def test_weekday_three_days_off_keeps_the_date_and_says_so() -> None:
    day, note = hijri_to_gregorian(1444, 6, 9, weekday=3)  # Thursday
    assert day == dt.date(2023, 1, 2)
    assert "check" in note


def test_day_30_of_a_29_day_month_is_the_next_day() -> None:
    # Rajab 1438 has 29 days in Umm al-Qura; 1 Sha'ban 1438 is 27 April 2017.
    day, note = hijri_to_gregorian(1438, 7, 30)
    assert day == dt.date(2017, 4, 27)
    assert "29-day month" in note


def test_impossible_date_names_the_line() -> None:
    with pytest.raises(InputError) as caught:
        find_hijri_date("#مؤسسة_الزلاقة\nالسبت 31/13/1438", first_line=10, source="claims.txt")
    assert caught.value.line == 11
    assert "31/13/1438" in str(caught.value)
    assert "claims.txt, line 11" in str(caught.value)


@pytest.mark.parametrize("text", ["00/05/1440", "31/05/1440", "15/00/1440"])
def test_day_or_month_out_of_range_is_an_error(text: str) -> None:
    with pytest.raises(InputError):
        find_hijri_date(text)


def test_year_outside_the_umm_al_qura_table_is_an_error() -> None:
    with pytest.raises(InputError, match="Umm al-Qura"):
        find_hijri_date("01/01/1342")


def test_gregorian_dates_are_not_read_as_hijri() -> None:
    assert find_hijri_date("03/05/2017") is None
    found = find_hijri_date("الموافق 03/05/2017 الأربعاء 07/08/1438")
    assert found is not None and found.gregorian == dt.date(2017, 5, 3)


def test_no_date() -> None:
    assert find_hijri_date("هجوم على معسكر") is None


@pytest.mark.timeout(20)
def test_a_long_run_of_letters_before_the_date_is_read_in_one_pass() -> None:
    # A damaged claim: 100,000 digits glued to a weekday name. Looking for the weekday
    # used to try every start in the run (minutes); the window keeps it linear.
    text = "#مؤسسة_الزلاقة\nالثلاثا" + "9" * 100_000 + "ء 03/08/1440\nهجوم"
    found = find_hijri_date(text)
    assert found is not None
    assert (found.year, found.month, found.day) == (1440, 8, 3)
    assert found.weekday is None and found.written == "03/08/1440"


@pytest.mark.timeout(20)
def test_a_weekday_after_a_long_line_is_still_found() -> None:
    text = "x" * 100_000 + " " + "الثلاثاء 03/08/1440"
    found = find_hijri_date(text)
    assert found is not None and found.weekday == 1
