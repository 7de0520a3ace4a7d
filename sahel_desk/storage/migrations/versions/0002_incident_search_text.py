"""Free-text search key on incidents: folded notes, tags, sources and claims.

The backfill is a frozen copy of the key as the application built it when this
revision was written (``fold`` from sahel_desk/text/normalize.py and
``build_search_text`` from sahel_desk/store/search_text.py). It is copied, not
imported, so that later changes to the application never change what this
revision does to an old desk; it reads and writes the tables as they are at
this revision, with plain SQL.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


# --- frozen copy of fold() ---------------------------------------------------

_INVISIBLE = (
    "\u200b\u200c\u200d\u200e\u200f"  # zero width space, ZWNJ, ZWJ, LRM, RLM
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"  # bidi embeddings
    "\ufeff\u00ad"  # BOM, soft hyphen
)
_APOSTROPHES = "'\u2019\u2018\u02bc\u02bb\u02bf\u02be`\u00b4\u2032\u05f3"
_ARABIC_MARKS = "".join(chr(c) for c in range(0x064B, 0x0660)) + "\u0670\u0640\u0621"
_LATIN_MARKS = "".join(chr(c) for c in range(0x0300, 0x0370))
_DROPPED = frozenset(_INVISIBLE + _APOSTROPHES + _ARABIC_MARKS + _LATIN_MARKS)
_LETTERS = {
    "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe", "ı": "i",
    "ɛ": "e", "ɔ": "o", "ɲ": "ny", "ŋ": "ng", "ɓ": "b", "ɗ": "d", "ƴ": "y",
    "\u0671": "\u0627",  # alef wasla
    "\u0629": "\u0647",  # ta marbuta
    "\u0649": "\u064a",  # alef maqsura
    "\u06cc": "\u064a",  # Persian yeh
    "\u06a9": "\u0643",  # keheh
}


class _FoldTable(dict[int, int | str | None]):
    """Per-character part of the fold, applied to NFD text and cached per code point."""

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


_FOLD = _FoldTable()


def _fold(text: str) -> str:
    if text.isascii():
        return " ".join(text.lower().translate(_FOLD).split())
    folded = unicodedata.normalize("NFKC", text).casefold()
    folded = unicodedata.normalize("NFD", folded).translate(_FOLD)
    return " ".join(unicodedata.normalize("NFC", folded).split())


# --- frozen copy of build_search_text() and the backfill ---------------------

_SOURCE_FIELDS = ("publication", "author", "url", "citation")
_CLAIM_FIELDS = ("original_text", "translation", "channel")


def _search_text(human_id: str, notes: str | None, tags: Iterable[str],
                 sources: Iterable[dict], claims: Iterable[dict]) -> str:
    parts: list[str] = [human_id, notes or "", *tags]
    for src in sources:
        parts.extend(str(src.get(k) or "") for k in _SOURCE_FIELDS)
    for claim in claims:
        parts.extend(str(claim.get(k) or "") for k in _CLAIM_FIELDS)
    return " ".join(p for p in (_fold(part) for part in parts) if p)


def _backfill(conn: sa.Connection) -> None:
    """Compute every incident's key from its tags, sources and claims."""
    tags: dict[str, list[str]] = {}
    for incident_id, tag in conn.execute(sa.text(
            "SELECT incident_id, tag FROM incident_tag ORDER BY incident_id, tag")):
        tags.setdefault(incident_id, []).append(tag)
    sources: dict[str, list[dict]] = {}
    for row in conn.execute(sa.text(
            "SELECT incident_id, publication, author, url, citation FROM source "
            "ORDER BY incident_id, position")).mappings():
        sources.setdefault(row["incident_id"], []).append(dict(row))
    claims: dict[str, list[dict]] = {}
    for row in conn.execute(sa.text(
            "SELECT incident_id, original_text, translation, channel FROM claim "
            "ORDER BY incident_id, position")).mappings():
        claims.setdefault(row["incident_id"], []).append(dict(row))
    updates = [
        {"id": row.id, "key": _search_text(row.human_id, row.notes, tags.get(row.id, []),
                                           sources.get(row.id, []), claims.get(row.id, []))}
        for row in conn.execute(sa.text("SELECT id, human_id, notes FROM incident"))
    ]
    if updates:
        conn.execute(sa.text("UPDATE incident SET search_text = :key WHERE id = :id"), updates)


def upgrade() -> None:
    with op.batch_alter_table("incident") as batch_op:
        batch_op.add_column(sa.Column("search_text", sa.Text(), nullable=False, server_default=""))
    _backfill(op.get_bind())


def downgrade() -> None:
    with op.batch_alter_table("incident") as batch_op:
        batch_op.drop_column("search_text")
