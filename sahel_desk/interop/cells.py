"""Cell-level rules shared by the Excel and CSV writers.

Spreadsheet programs treat text that starts with ``=``, ``+``, ``-`` or ``@``
as a formula, so a note copied from a hostile page could run when the file is
opened. Excel also refuses cells over 32,767 characters (counted in UTF-16
units), so longer text is cut with a visible marker and kept whole elsewhere.
"""

from __future__ import annotations

#: Excel's hard limit for one cell, in UTF-16 code units.
EXCEL_CELL_LIMIT = 32_767
#: Size of the pieces a long text is kept in (leaves room under the limit).
CHUNK_SIZE = 32_000
#: First characters that make a spreadsheet read text as a formula.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
#: What the CSV writer puts before such text so that it stays text.
CSV_GUARD = "'"


def starts_like_formula(text: str) -> bool:
    """True when a spreadsheet would read ``text`` as a formula."""
    return text.startswith(FORMULA_TRIGGERS)


def guard_csv(text: str) -> str:
    """Text for a CSV cell that Excel shows as written, never evaluates."""
    return CSV_GUARD + text if text.startswith(FORMULA_TRIGGERS) else text


def unguard_csv(text: str) -> str:
    """Undo :func:`guard_csv` (for importers reading our CSV files back)."""
    if text.startswith(CSV_GUARD) and text[1:].startswith(FORMULA_TRIGGERS):
        return text[1:]
    return text


def utf16_length(text: str) -> int:
    """Length as Excel counts it: characters outside the BMP count twice."""
    if text.isascii():
        return len(text)
    return len(text.encode("utf-16-le")) // 2


def fits_in_cell(text: str) -> bool:
    # A code point is at most two UTF-16 units, so short text needs no encoding.
    return len(text) * 2 <= EXCEL_CELL_LIMIT or utf16_length(text) <= EXCEL_CELL_LIMIT


def _prefix_within(text: str, units: int) -> str:
    """The longest prefix of ``text`` at most ``units`` UTF-16 units long."""
    head = text[:units]
    while utf16_length(head) > units:
        excess = utf16_length(head) - units
        head = head[: len(head) - max(1, excess // 2)]
    return head


def cut_for_cell(text: str, marker: str) -> str:
    """``text`` cut so that it and ``marker`` after it fit in one cell."""
    room = EXCEL_CELL_LIMIT - utf16_length(marker)
    return _prefix_within(text, room) + marker


def chunks(text: str, size: int = CHUNK_SIZE) -> list[str]:
    """``text`` in pieces that each fit in a cell; joined they give ``text`` back."""
    pieces = []
    rest = text
    while rest:
        piece = _prefix_within(rest, size)
        pieces.append(piece)
        rest = rest[len(piece):]
    return pieces
