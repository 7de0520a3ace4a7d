"""The folded free-text key stored on each incident (notes, tags, sources, claims).

Kept in one column so that list filtering is one indexed scan in any
database; written by the store on every save (migration 0002 keeps its own frozen copy).
"""

from __future__ import annotations

from collections.abc import Iterable

from sahel_desk.text.normalize import fold


def build_search_text(
    human_id: str, notes: str, tags: Iterable[str], sources: Iterable[dict], claims: Iterable[dict]
) -> str:
    parts: list[str] = [human_id, notes or "", *tags]
    for src in sources:
        parts.extend(str(src.get(k) or "") for k in ("publication", "author", "url", "citation"))
    for claim in claims:
        parts.extend(str(claim.get(k) or "") for k in ("original_text", "translation", "channel"))
    return " ".join(p for p in (fold(part) for part in parts) if p)

