"""Consistent copies of a SQLite database, safe while the app is writing.

SQLite's online backup API copies a consistent snapshot even with a writer
active (WAL mode), unlike a plain file copy which can tear.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

from sahel_desk.errors import DiskFullError, NotADatabaseError, StorageError


def backup_sqlite(source: Path, dest: Path) -> Path:
    """Copy ``source`` to ``dest`` atomically: a failed backup leaves no partial file."""
    if not source.exists():
        raise StorageError(f"There is no database at {source} to back up.")
    dest = dest.expanduser().resolve()
    if dest == source.resolve():
        raise StorageError("The backup file must not be the database itself.")
    dest.parent.mkdir(parents=True, exist_ok=True)
    needed = source.stat().st_size * 1.1 + 1_000_000
    if shutil.disk_usage(dest.parent).free < needed:
        raise DiskFullError(f"Not enough free space in {dest.parent} for a backup of {source}.")
    partial = dest.with_name(dest.name + ".partial")
    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            out = sqlite3.connect(partial)
            try:
                src.backup(out)
            finally:
                out.close()
        finally:
            src.close()
        os.replace(partial, dest)
    except sqlite3.DatabaseError as exc:
        partial.unlink(missing_ok=True)
        if "not a database" in str(exc):
            raise NotADatabaseError(f"{source} is not a Sahel Desk database.") from exc
        if "full" in str(exc):
            raise DiskFullError(f"The disk holding {dest} is full; no backup was made.") from exc
        raise StorageError(f"Backup of {source} to {dest} failed: {exc}") from exc
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise StorageError(f"Backup to {dest} failed: {exc.strerror or exc}") from exc
    return dest


def timestamped_name(stem: str, label: str) -> str:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return f"{stem}-{stamp}-{label}.sqlite"
