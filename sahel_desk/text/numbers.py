"""Whole numbers written as text, read the same way by the form, the API and the imports.

``str.isdigit()`` is true for superscripts and circled digits ("²", "①"), which
``int()`` then refuses, and ``int()`` itself reads any decimal digit and gives
up on very long strings. This reader says in one place what a whole number is:

* decimal digits of any script (ASCII, Eastern Arabic ٠-٩, Persian ۰-۹, ...),
  read as the digits they are, as the claim reader does;
* an optional leading ``-`` where a sign is allowed (a negative count is then
  refused by the codebook's rule, which says so, rather than as unreadable);
* spaces around the number are ignored; nothing else is accepted: no
  thousands separators (the codebook never took them), no superscripts,
  circled digits, fractions or Roman numerals.
"""

from __future__ import annotations

from sahel_desk.text.message import Text
from sahel_desk.text.normalize import to_ascii_digits

__all__ = ["MAX_DIGITS", "NotAWholeNumber", "read_whole_number", "whole_number"]

#: More digits than any stored number can have (a 64-bit integer has 19); longer text is
#: refused before ``int()`` sees it, so a million digits cost nothing.
MAX_DIGITS = 40


class NotAWholeNumber(ValueError):
    """The text is not a whole number; the message quotes it (shortened when long)."""


def _shown(text: str) -> str:
    if len(text) <= 40:
        return f"'{text}'"
    return Text("'{start}…' ({length:,} characters)", start=text[:40], length=len(text))


def whole_number(text: str, *, signed: bool = True) -> int:
    """The whole number ``text`` writes, or :class:`NotAWholeNumber` saying why not."""
    stripped = text.strip()
    digits = stripped[1:] if signed and stripped.startswith("-") else stripped
    if not digits or not digits.isdecimal():
        raise NotAWholeNumber(Text("{shown} is not a whole number", shown=_shown(text)))
    if len(digits.lstrip("0")) > MAX_DIGITS:
        raise NotAWholeNumber(Text("{shown} is too large to be a count or a code",
                                   shown=_shown(text)))
    number = int(to_ascii_digits(digits))
    return -number if stripped.startswith("-") else number


def read_whole_number(text: str, *, signed: bool = True, most: int | None = None
                      ) -> int | None:
    """:func:`whole_number`, or None when ``text`` is not one (an editor then keeps the
    text for the check to name), or is above ``most`` (an id no column can hold)."""
    try:
        number = whole_number(text, signed=signed)
    except NotAWholeNumber:
        return None
    return None if most is not None and number > most else number
