"""Every table of a desk, fingerprinted: equal before and after means nothing changed.

The fuzz tests fingerprint the SQLite file itself (tests/fuzz/runner.py); this
one reads through the desk's own connection, so that the same check holds on
PostgreSQL too.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from sqlalchemy import select

from sahel_desk.model import Base
from sahel_desk.services.desk import Desk

Fingerprint = dict[str, tuple[int, str]]


def fingerprint(desk: Desk) -> Fingerprint:
    """Each table's row count and a hash of its rows (sorted, so order does not count)."""
    found: Fingerprint = {}
    with desk.db.read() as session:
        for table in Base.metadata.sorted_tables:
            rows = sorted(repr(tuple(row)) for row in session.execute(select(table)))
            digest = hashlib.sha256("\n".join(rows).encode("utf-8", "surrogatepass"))
            found[table.name] = (len(rows), digest.hexdigest()[:16])
    return found


def fingerprint_of(data_dir: Path, db_url: str | None) -> Fingerprint:
    """The fingerprint of the desk in ``data_dir`` (or at ``db_url``), opened read-only."""
    with Desk.open(data_dir, db_url, user="checker", readonly=True) as desk:
        return fingerprint(desk)


def changed(before: Fingerprint, after: Fingerprint) -> list[str]:
    """The tables whose rows differ."""
    return sorted(name for name in set(before) | set(after)
                  if before.get(name) != after.get(name))
