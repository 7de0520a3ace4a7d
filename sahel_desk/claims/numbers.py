"""Arabic number words to integers, for the counts a claim asserts.

Claims spell counts in words ("أربعة عشر جنديا"), in Western or Eastern
digits, or as a dual noun ("سيارتين" = two cars). Vague quantities ("عدد من",
"العشرات") are recognised so that the reader can say a count was claimed
without inventing one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from sahel_desk.claims import vocabulary
from sahel_desk.claims.tokens import bare_variants, variants
from sahel_desk.text.normalize import fold

_UNITS_RAW: dict[int, tuple[str, ...]] = {
    1: ("واحد", "واحدة", "أحد", "إحدى"),
    2: ("اثنان", "اثنين", "اثنتان", "اثنتين"),
    3: ("ثلاث", "ثلاثة"),
    4: ("أربع", "أربعة"),
    5: ("خمس", "خمسة"),
    6: ("ست", "ستة"),
    7: ("سبع", "سبعة"),
    8: ("ثمان", "ثماني", "ثمانية"),
    9: ("تسع", "تسعة"),
    10: ("عشر", "عشرة"),
}
# First words of 11-19 beyond the plain units ("اثنا عشر", "اثنتي عشرة").
_TEEN_TWO_RAW = ("اثنا", "اثني", "اثنتا", "اثنتي")
_TENS_RAW: dict[int, tuple[str, ...]] = {
    20: ("عشرون", "عشرين"),
    30: ("ثلاثون", "ثلاثين"),
    40: ("أربعون", "أربعين"),
    50: ("خمسون", "خمسين"),
    60: ("ستون", "ستين"),
    70: ("سبعون", "سبعين"),
    80: ("ثمانون", "ثمانين"),
    90: ("تسعون", "تسعين"),
}
_HUNDREDS_RAW: dict[int, tuple[str, ...]] = {
    100: ("مئة", "مائة"),
    200: ("مئتين", "مئتان", "مائتين", "مائتان", "مئتا", "مائتا"),
}
_AND = "و"


def _table(raw: dict[int, tuple[str, ...]]) -> dict[str, int]:
    return {fold(word): value for value, words in raw.items() for word in words}


_UNITS = _table(_UNITS_RAW)
_TENS = _table(_TENS_RAW)
_HUNDREDS = _table(_HUNDREDS_RAW)
_TEEN_FIRST = {w: v for w, v in _UNITS.items() if v < 10} | dict.fromkeys(
    (fold(w) for w in _TEEN_TWO_RAW), 2
)
_TEN_WORDS = frozenset(w for w, v in _UNITS.items() if v == 10)
_HUNDRED_WORDS = frozenset(w for w, v in _HUNDREDS.items() if v == 100)


@dataclass(frozen=True)
class NumberRead:
    """A count read from ``length`` words: ``value`` is None when only vague."""

    value: int | None
    length: int
    vague: bool = False


@cache
def _dual_stems() -> frozenset[str]:
    return vocabulary.folded(vocabulary.DUAL_SINGULARS)


def dual_singular(word: str) -> str | None:
    """The folded singular when ``word`` is the dual of a known noun ("سيارتين" -> "سياره")."""
    for w in bare_variants(word):
        for ending in ("ين", "ان"):
            if len(w) > 4 and w.endswith(ending):
                stem = w[: -len(ending)]
                if stem in _dual_stems():
                    return stem
                if stem.endswith("ت") and stem[:-1] + "ه" in _dual_stems():
                    return stem[:-1] + "ه"
    return None


def dual_value(word: str) -> int | None:
    """2 when ``word`` (folded) is the dual of a known noun ("سيارتين", "هجومان")."""
    return 2 if dual_singular(word) else None


@cache
def _vague_words() -> frozenset[str]:
    return vocabulary.folded(vocabulary.VAGUE)


def is_vague(word: str) -> bool:
    """Tell whether a folded word stands for an unspecified quantity ("العشرات")."""
    return any(w in _vague_words() for w in bare_variants(word))


def _hundreds(words: Sequence[str], i: int) -> tuple[int, int] | None:
    """Read 100-900 at ``i``: "مئة", "مئتين", "ثلاثمئة", "ثلاث مئة"."""
    w = words[i]
    if w in _HUNDREDS:
        return _HUNDREDS[w], 1
    for hundred in _HUNDRED_WORDS:
        head = w.removesuffix(hundred)
        if head != w and _UNITS.get(head, 0) in range(3, 10):
            return _UNITS[head] * 100, 1
    if i + 1 < len(words) and words[i + 1] in _HUNDRED_WORDS:
        unit = _UNITS.get(w, 0)
        if 3 <= unit <= 9:
            return unit * 100, 2
    return None


def _and_word(words: Sequence[str], i: int) -> tuple[str, int] | None:
    """The word after a conjunction at ``i``: joined ("وعشرون") or apart ("و عشرون")."""
    if i >= len(words):
        return None
    w = words[i]
    if w == _AND and i + 1 < len(words):
        return words[i + 1], 2
    if len(w) > 1 and w.startswith(_AND):
        return w[1:], 1
    return None


def _below_hundred(words: Sequence[str], i: int) -> tuple[int, int] | None:
    """Read 1-99 at ``i`` in words: teens, units, tens and "unit و tens"."""
    w = words[i]
    if w in _TEEN_FIRST and i + 1 < len(words) and words[i + 1] in _TEN_WORDS:
        return 10 + _TEEN_FIRST[w], 2
    if w in _TENS:
        return _TENS[w], 1
    if w in _UNITS:
        unit = _UNITS[w]
        after = _and_word(words, i + 1)
        if unit < 10 and after and after[0] in _TENS:
            return unit + _TENS[after[0]], 1 + after[1]
        return unit, 1
    return None


def read_number(words: Sequence[str], i: int) -> NumberRead | None:
    """Read a count starting at folded word ``i``; None when there is none.

    Handles digits, number words up to 999, dual nouns and vague words.
    """
    if not 0 <= i < len(words):
        return None
    w = words[i]
    if w.isdigit() and w.isascii():
        return NumberRead(int(w), 1)
    hundreds = _hundreds(words, i)
    if hundreds:
        value, length = hundreds
        after = _and_word(words, i + length)
        if after:
            rest_words = [after[0], *words[i + length + after[1] :]]
            rest = _below_hundred(rest_words, 0)
            if rest:
                return NumberRead(value + rest[0], length + after[1] + rest[1] - 1)
        return NumberRead(value, length)
    below = _below_hundred(words, i)
    if below:
        return NumberRead(*below)
    if dual_value(w):
        return NumberRead(2, 1)
    if is_vague(w):
        return NumberRead(None, 1, vague=True)
    return None


@cache
def _noun_classes() -> dict[str, str]:
    return {fold(w): cls for cls, words in vocabulary.NOUNS.items() for w in words}


def noun_class(word: str) -> str | None:
    """What a folded noun counts ("person", "vehicle", ...), duals included; else None."""
    classes = _noun_classes()
    for w in bare_variants(word):
        if w in classes:
            return classes[w]
    singular = dual_singular(word)
    return classes.get(singular) if singular else None


def is_singular(word: str) -> bool:
    """Tell whether a folded noun is a listed singular ("جندي", "سيارة")."""
    return any(w in _dual_stems() for w in bare_variants(word))


def words_to_int(text: str) -> int | None:
    """The number a phrase spells ("خمسة وعشرون" -> 25, "أحد الجنود" -> 1), else None.

    A leading conjunction and a trailing counted noun ("من الجنود") are allowed;
    vague phrases ("عدد من") give None.
    """
    words = fold(text).split()
    if not words:
        return None
    for head in variants(words[0]):
        read = read_number([head, *words[1:]], 0)
        if read is None or read.value is None:
            continue
        rest = words[read.length :]
        if all(w == "من" or noun_class(w) for w in rest):
            return read.value
    return None
