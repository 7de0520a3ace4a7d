"""What tests compare a desk by, and the command line run in the test's process.

``fingerprint`` is every table's row count and a hash of its rows: equal
fingerprints before and after mean a refused input changed nothing (the fuzz
tests and the access-table test both rely on it); ``desk_fingerprint`` is the
same read through a desk's own connection, on SQLite or PostgreSQL;
``file_fingerprint`` is the file's bytes, for a file SQLite cannot read and as a
quicker first look. ``run_cli`` runs the real
``sahel-desk`` entry point in-process, as a user runs it, and hands back the
exit status and what was printed.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import logging
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any


def fingerprint(db: Path) -> dict[str, Any]:
    """Every table's row count and a hash of its rows in order; a file that SQLite cannot
    read is fingerprinted by its bytes."""
    if not db.exists():
        return {"(file)": "absent"}
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        try:
            tables = [r[0] for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
            result: dict[str, Any] = {}
            for table in tables:
                rows = sorted(repr(r) for r in con.execute(f'SELECT * FROM "{table}"'))
                digest = hashlib.sha256("\n".join(rows).encode("utf-8", "surrogatepass"))
                result[table] = (len(rows), digest.hexdigest()[:16])
            return result
        finally:
            con.close()
    except sqlite3.DatabaseError:
        return {"(file)": hashlib.sha256(db.read_bytes()).hexdigest()[:16]}


def desk_fingerprint(desk: Any) -> dict[str, Any]:
    """Every table's row count and a hash of its rows (sorted), read through the desk
    (a Desk, open): the same check on PostgreSQL as on a SQLite file."""
    from sqlalchemy import select

    from sahel_desk.model import Base

    found: dict[str, Any] = {}
    with desk.db.read() as session:
        for table in Base.metadata.sorted_tables:
            rows = sorted(repr(tuple(row)) for row in session.execute(select(table)))
            digest = hashlib.sha256("\n".join(rows).encode("utf-8", "surrogatepass"))
            found[table.name] = (len(rows), digest.hexdigest()[:16])
    return found


def desk_fingerprint_at(data_dir: Path, db_url: str | None) -> dict[str, Any]:
    """:func:`desk_fingerprint` of the desk in ``data_dir`` (or at ``db_url``), opened
    read-only for the look."""
    from sahel_desk.services.desk import Desk

    with Desk.open(data_dir, db_url, user="checker", readonly=True) as desk:
        return desk_fingerprint(desk)


def file_fingerprint(db: Path) -> dict[str, Any]:
    """A desk file's bytes (and whether SQLite's side files stayed): for a damaged file,
    and as a quick first look. Equal means equal tables too; different bytes may still
    hold the same rows (``fingerprint`` says)."""
    found: dict[str, Any] = {
        "(file)": hashlib.sha256(db.read_bytes()).hexdigest()[:16] if db.exists() else "absent"}
    for side in ("-wal", "-journal"):
        other = db.with_name(db.name + side)
        if other.exists() and other.stat().st_size:
            found[side] = other.stat().st_size
    return found


def changed_tables(before: dict[str, Any], after: dict[str, Any]) -> str:
    """The tables whose fingerprints differ, for a failure message."""
    names = sorted(set(before) | set(after))
    changed = [n for n in names if before.get(n) != after.get(n)]
    return ", ".join(f"{n} {before.get(n)} -> {after.get(n)}" for n in changed[:6])


@dataclass(frozen=True)
class CliRun:
    code: int
    out: str
    err: str


def run_cli(argv: Sequence[str]) -> CliRun:
    """``sahel-desk ARGV`` in this process: its exit status, stdout and stderr. The log
    handlers a run adds are closed after it, so that many runs do not pile them up."""
    from sahel_desk.cli.main import main

    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = main(list(argv))
            except SystemExit as exc:  # argparse refusing the arguments
                code = exc.code if isinstance(exc.code, int) else 2
    finally:
        for handler in root.handlers[:]:
            if handler not in handlers:
                root.removeHandler(handler)
                handler.close()
        root.setLevel(level)
    return CliRun(code, out.getvalue(), err.getvalue())
