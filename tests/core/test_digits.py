"""Digits other than 0-9 through the Desk API: real digits of other scripts are read as
the digits they are, superscripts and circled digits are refused as not a number, and
neither ever crashes (``"²".isdigit()`` is true, ``int("²")`` is not a number)."""

from __future__ import annotations

from typing import Any

import pytest

from sahel_desk.errors import ValidationError
from sahel_desk.services.desk import Desk
from sahel_desk.text.numbers import NotAWholeNumber, read_whole_number, whole_number
from tests.core.helpers import complete_values

NOT_DIGITS = ["²", "①", "3²", "¾", "Ⅻ", "٣²"]


def _with(desk: Desk, path: str, value: Any) -> dict[str, Any]:
    values = complete_values(desk, status="draft")
    if "." in path:
        child, key = path.split(".")
        values[child][0][key] = value
    else:
        values[path] = value
    return values


def _refused(desk: Desk, values: dict[str, Any]) -> ValidationError:
    before = desk.check().counts
    with pytest.raises(ValidationError) as validated:
        desk.incidents.validate(values)
    with pytest.raises(ValidationError) as created:
        desk.incidents.create(values)
    assert str(validated.value) == str(created.value)
    assert desk.check().counts == before
    return created.value


@pytest.mark.parametrize("text", NOT_DIGITS)
@pytest.mark.parametrize(("path", "field"), [
    ("fatalities", "fatalities"), ("injured", "injured"), ("time_precision", "time_precision"),
    ("geo_precision", "geo_precision"), ("acled_timestamp", "acled_timestamp"),
    ("sources.killed", "sources[0].killed"), ("claims.wounded", "claims[0].wounded"),
])
def test_a_superscript_or_circled_digit_is_not_a_number(desk: Desk, text: str, path: str,
                                                        field: str) -> None:
    caught = _refused(desk, _with(desk, path, text))
    assert [(e.field, e.message) for e in caught.errors] == [
        (field, f"'{text}' is not a whole number")]


@pytest.mark.parametrize(("text", "number"), [("٧", 7), ("۷", 7), ("١٢", 12), ("۱۲", 12),
                                              (" 9 ", 9), ("٠", 0)])
def test_eastern_arabic_and_persian_digits_are_read_as_digits(desk: Desk, text: str,
                                                              number: int) -> None:
    values = _with(desk, "fatalities", text)
    values.update(fatalities_low=None, fatalities_high=None)
    values["sources"][0]["killed"] = text
    record = desk.incidents.create(values)
    assert record.fatalities == number
    assert record.sources[0].killed == number


def test_a_code_written_in_arabic_digits_is_the_code(desk: Desk) -> None:
    record = desk.incidents.create(_with(desk, "time_precision", "٢"))
    assert record.time_precision == 2


def test_a_number_of_a_million_digits_is_refused_without_a_crash(desk: Desk) -> None:
    caught = _refused(desk, _with(desk, "fatalities", "7" * 1_000_000))
    assert caught.fields == ["fatalities"]
    assert "1,000,000 characters" in caught.errors[0].message
    assert "too large" in caught.errors[0].message


@pytest.mark.parametrize("ref", ["²", "①", "99999999999999999999", "-5"])
def test_a_place_reference_that_is_no_geonames_id_is_not_found(desk: Desk, ref: str) -> None:
    caught = _refused(desk, _with(desk, "place_id", ref))
    assert [(e.field, e.message) for e in caught.errors] == [
        ("place_id", f"no place has the id '{ref}'")]


def test_the_reader_says_what_a_whole_number_is() -> None:
    assert whole_number("-٣") == -3
    assert whole_number("007") == 7
    for text in [*NOT_DIGITS, "", "-", "1,000", "1 000", "1_000", "+3", "3.0", "0x10"]:
        with pytest.raises(NotAWholeNumber, match="is not a whole number"):
            whole_number(text)
    with pytest.raises(NotAWholeNumber):
        whole_number("-3", signed=False)
    assert read_whole_number("²") is None
    assert read_whole_number("2147483648", most=2**31 - 1) is None
    assert read_whole_number("٧", signed=False) == 7
