"""Search keys for names written in Latin or Arabic script.

Reports spell the same place many ways (Ségou/Segou, Aguel'hoc/Aguelhok,
Tin-Zaouatene/Tinzaouaten, موبتي with or without vowel marks). :func:`fold`
reduces a name to a key on which those variants compare equal or close, so
that lookup and fuzzy matching work on the key rather than on raw spellings.

Choices made for Arabic script:

* harakat (U+064B-U+065F), the superscript alef (U+0670) and tatweel (U+0640)
  are dropped: they are optional and usually absent;
* hamza carriers fold to their bare letter (أ إ آ ٱ -> ا, ؤ -> و, ئ -> ي) and a
  standalone hamza ء is dropped, since writers often omit it entirely;
* ta marbuta ة -> ه and alef maqsura ى -> ي, the two most common final-letter
  variants; Persian yeh ی -> ي and keheh ک -> ك, as found in GeoNames;
* words, including the article "ال", are kept; :func:`compact` removes spaces
  so "ال موستارات" and "الموستارات" still meet.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["compact", "fold", "is_arabic", "to_ascii_digits"]

_INVISIBLE = (
    "\u200b\u200c\u200d\u200e\u200f"  # zero width space, ZWNJ, ZWJ, LRM, RLM
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"  # bidi embeddings
    "\ufeff\u00ad"  # BOM, soft hyphen
)
_APOSTROPHES = "'\u2019\u2018\u02bc\u02bb\u02bf\u02be`\u00b4\u2032\u05f3"
_ARABIC_MARKS = "".join(chr(c) for c in range(0x064B, 0x0660)) + "\u0670\u0640\u0621"
_LATIN_MARKS = "".join(chr(c) for c in range(0x0300, 0x0370))  # combining marks after NFD
_DROPPED = frozenset(_INVISIBLE + _APOSTROPHES + _ARABIC_MARKS + _LATIN_MARKS)

# Letters with no Unicode decomposition, plus the Bambara/Fulfulde letters seen
# in GeoNames (ɛ, ɔ, ɲ, ŋ) spelled the way French-language reports spell them.
_LETTERS = {
    "ø": "o",
    "ł": "l",
    "đ": "d",
    "ð": "d",
    "þ": "th",
    "æ": "ae",
    "œ": "oe",
    "ı": "i",
    "ɛ": "e",
    "ɔ": "o",
    "ɲ": "ny",
    "ŋ": "ng",
    "ɓ": "b",
    "ɗ": "d",
    "ƴ": "y",
    "\u0671": "\u0627",  # alef wasla
    "\u0629": "\u0647",  # ta marbuta
    "\u0649": "\u064a",  # alef maqsura
    "\u06cc": "\u064a",  # Persian yeh
    "\u06a9": "\u0643",  # keheh
}

_ARABIC_LETTER_RE = re.compile(
    "[\u0620-\u063f\u0641-\u064a\u066e-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06ff"
    "\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefc]"
)


class _DigitTable(dict[int, int | str | None]):
    """Maps every Unicode decimal digit to its ASCII digit, computed on first use."""

    def __missing__(self, code: int) -> int | str | None:
        char = chr(code)
        value: int | str | None = code
        if unicodedata.category(char) == "Nd":
            value = str(unicodedata.decimal(char))
        self[code] = value
        return value


class _FoldTable(dict[int, int | str | None]):
    """Per-character part of :func:`fold`, applied to NFD text and cached per code point."""

    def __missing__(self, code: int) -> int | str | None:
        char = chr(code)
        value: int | str | None
        category = unicodedata.category(char)
        if char in _DROPPED:
            value = None
        elif char in _LETTERS:
            value = _LETTERS[char]
        elif category == "Nd":
            value = str(unicodedata.decimal(char))
        elif category[0] in "PSZ" or category == "Cc":
            value = " "
        elif category in ("Cf", "Co", "Cn", "Cs"):
            value = None
        else:
            value = code
        self[code] = value
        return value


_DIGITS = _DigitTable()
_FOLD = _FoldTable()


def to_ascii_digits(text: str) -> str:
    """Replace Arabic-Indic, Persian and other Unicode digits with 0-9, leaving the rest."""
    if text.isascii():
        return text
    return text.translate(_DIGITS)


def fold(text: str) -> str:
    """Return the search key of ``text``: lower case, unaccented, Arabic variants unified.

    Apostrophes vanish without a space (Aguel'hoc -> aguelhoc); other
    punctuation becomes a single space (Tin-Zaouatene -> tin zaouatene).
    """
    if text.isascii():
        # Fast path for the bulk of names: Unicode normalisation cannot change them.
        return " ".join(text.lower().translate(_FOLD).split())
    folded = unicodedata.normalize("NFKC", text).casefold()
    folded = unicodedata.normalize("NFD", folded).translate(_FOLD)
    return " ".join(unicodedata.normalize("NFC", folded).split())


def compact(text: str) -> str:
    """Return :func:`fold` without spaces, so joined and split spellings meet."""
    return fold(text).replace(" ", "")


def is_arabic(text: str) -> bool:
    """Tell whether ``text`` contains at least one Arabic-script letter."""
    return _ARABIC_LETTER_RE.search(text) is not None


def strip_accents(text: str) -> str:
    """Latin letters without their accents, case kept (Ségou -> Segou): an ASCII name."""
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize(
        "NFC", "".join(ch for ch in decomposed if not unicodedata.combining(ch)))
