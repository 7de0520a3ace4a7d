"""The folded free-text key stored on each incident (notes, tags, sources, claims).

Kept in one column so that list filtering is one indexed scan in any
database; written by the service on every save and rebuilt by migrations.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, text

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


def rebuild_all(conn: Connection) -> None:
    """Recompute every incident's key (used by migrations, with plain SQL)."""
    tags: dict[str, list[str]] = {}
    for incident_id, tag in conn.execute(text("SELECT incident_id, tag FROM incident_tag")):
        tags.setdefault(incident_id, []).append(tag)
    sources: dict[str, list[dict]] = {}
    for row in conn.execute(
        text("SELECT incident_id, publication, author, url, citation FROM source")
    ).mappings():
        sources.setdefault(row["incident_id"], []).append(dict(row))
    claims: dict[str, list[dict]] = {}
    for row in conn.execute(
        text("SELECT incident_id, original_text, translation, channel FROM claim")
    ).mappings():
        claims.setdefault(row["incident_id"], []).append(dict(row))
    updates = [
        {
            "id": row.id,
            "key": build_search_text(
                row.human_id, row.notes, tags.get(row.id, []), sources.get(row.id, []),
                claims.get(row.id, []),
            ),
        }
        for row in conn.execute(text("SELECT id, human_id, notes FROM incident"))
    ]
    if updates:
        conn.execute(text("UPDATE incident SET search_text = :key WHERE id = :id"), updates)
