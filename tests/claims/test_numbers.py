"""Arabic number words, digits and dual nouns to counts."""

from __future__ import annotations

import pytest

from sahel_desk.claims import words_to_int
from sahel_desk.claims.numbers import dual_value, is_vague, read_number
from sahel_desk.text.normalize import fold


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("واحد", 1),
        ("إحدى", 1),
        ("أحد الجنود", 1),
        ("اثنان", 2),
        ("اثنتين", 2),
        ("ثلاث", 3),
        ("ثلاثة", 3),
        ("أربعة", 4),
        ("خمس", 5),
        ("ستة", 6),
        ("سبعة من الجنود", 7),
        ("ثمان", 8),
        ("ثماني", 8),
        ("ثمانية", 8),
        ("تسعة", 9),
        ("عشر", 10),
        ("عشرة", 10),
        ("أحد عشر", 11),
        ("إحدى عشرة", 11),
        ("اثنا عشر", 12),
        ("اثنتي عشرة", 12),
        ("ثلاثة عشر", 13),
        ("أربعة عشر جنديا", 14),
        ("تسعة عشر", 19),
        ("عشرون", 20),
        ("عشرين", 20),
        ("خمسة وعشرون", 25),
        ("خمسة و عشرون", 25),
        ("تسعين", 90),
        ("مئة", 100),
        ("مائة وخمسون", 150),
        ("مئتين", 200),
        ("ثلاثمائة", 300),
        ("مئة وخمسة وعشرون", 125),
        ("12", 12),
        ("١٤", 14),
        ("سيارتين", 2),
        ("جنديين", 2),
        ("هجومان", 2),
        ("سبعةَ", 7),
    ],
)
def test_number_words(words: str, value: int) -> None:
    assert words_to_int(words) == value


@pytest.mark.parametrize(
    "words", ["عدد من", "العشرات", "خسائر بشرية كبيرة", "جنود", "", "المسلمين", "عسكريتين"]
)
def test_no_number(words: str) -> None:
    assert words_to_int(words) is None


def test_vague_words_are_recognised_not_counted() -> None:
    assert is_vague(fold("العشرات"))
    assert is_vague(fold("عدد"))
    read = read_number([fold("كمية"), fold("كبيرة")], 0)
    assert read is not None and read.value is None and read.vague


def test_dual_needs_a_known_noun() -> None:
    assert dual_value(fold("عربتين")) == 2
    assert dual_value(fold("المسلمين")) is None


def test_read_number_reports_its_length() -> None:
    words = fold("أربعة عشر جنديا").split()
    read = read_number(words, 0)
    assert read is not None and (read.value, read.length) == (14, 2)
