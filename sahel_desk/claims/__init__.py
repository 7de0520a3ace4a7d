"""Reading armed groups' claim statements into suggestions for the coder.

Headless: the GUI shows each :class:`Suggestion` next to the words it came
from (``text[start:end]``) and the coder decides what to apply.
"""

from sahel_desk.claims.hijri import HijriDate, find_hijri_date, hijri_to_gregorian
from sahel_desk.claims.numbers import words_to_int
from sahel_desk.claims.parser import parse_claim, parse_claims_file, split_claims
from sahel_desk.claims.reading import KINDS, ClaimReading, Suggestion

__all__ = [
    "KINDS",
    "ClaimReading",
    "HijriDate",
    "Suggestion",
    "find_hijri_date",
    "hijri_to_gregorian",
    "parse_claim",
    "parse_claims_file",
    "split_claims",
    "words_to_int",
]
