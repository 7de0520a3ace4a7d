"""Consistent copies of a SQLite database, safe while the app is writing, and
putting one back over a damaged desk file.

SQLite's online backup API copies a consistent snapshot even with a writer
active (WAL mode), unlike a plain file copy which can tear. A file that fails
SQLite's integrity check is not copied (a damaged copy taken for a good one
is how the last good backup gets rotated away) unless asked with ``force``;
the copy is then named and reported as damaged.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sahel_desk.errors import DiskFullError, StorageError
from sahel_desk.storage.health import a_folder, damaged, is_damage, problems_of, read_only_uri
from sahel_desk.storage.lock import NO_ROOM, DatabaseLock
from sahel_desk.storage.scratch import scratch_folder, sweep
from sahel_desk.text.message import Text


@dataclass(frozen=True)
class BackupReport:
    """Where a copy went, and what was wrong with the file copied (nothing, usually)."""

    path: Path
    problems: tuple[str, ...] = ()

    @property
    def damaged(self) -> bool:
        return bool(self.problems)


def backup_sqlite(source: Path, dest: Path, *, force: bool = False,
                  backups: Path | None = None, damaged_dest: Path | None = None
                  ) -> BackupReport:
    """Copy ``source`` to ``dest`` atomically: a failed backup leaves no partial file.

    The source is checked first (``PRAGMA integrity_check``); a damaged one is
    refused unless ``force``, which copies it as well as it can be read (to
    ``damaged_dest`` when given). ``backups`` is the folder whose copies the
    refusal names.
    """
    if source.is_dir():
        raise a_folder(source, backups, Text("No backup was made."))
    if not source.exists():
        raise StorageError(Text("There is no database at {source} to back up.", source=source))
    dest = dest.expanduser().resolve()
    if dest == source.resolve():
        raise StorageError(Text("The backup file must not be the database itself."))
    problems = tuple(problems_of(source, thorough=True))
    if problems and not force:
        raise damaged(source, problems, backups, done=Text(
            "No backup was made (a damaged copy could be taken for a good one); "
            "`db backup --force` copies it anyway, named as damaged."))
    if problems and damaged_dest is not None:
        dest = damaged_dest.expanduser().resolve()
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _failed(dest, exc) from exc
    sweep(dest.parent)
    needed = source.stat().st_size * 1.1 + 1_000_000
    if shutil.disk_usage(dest.parent).free < needed:
        raise DiskFullError(Text("Not enough free space in {parent} for a backup of {source}.",
                                 parent=dest.parent, source=source))
    with scratch_folder(dest, "backup") as folder:
        partial = folder / dest.name
        try:
            try:
                _copy(source, partial)
            except sqlite3.DatabaseError as exc:
                if not (problems and is_damage(exc)):
                    raise
                # Damaged past what SQLite will read page by page: the bytes as they are.
                partial.unlink(missing_ok=True)
                shutil.copyfile(source, partial)
            with partial.open("rb") as done:
                os.fsync(done.fileno())
            os.replace(partial, dest)
        except sqlite3.DatabaseError as exc:
            if "full" in str(exc):
                raise DiskFullError(Text("The disk holding {dest} is full; no backup was made.",
                                         dest=dest)
                                    ) from exc
            raise StorageError(Text("Backup of {source} to {dest} failed: {reason}",
                                    source=source, dest=dest, reason=exc)) from exc
        except OSError as exc:
            raise _failed(dest, exc) from exc
    return BackupReport(dest, problems)


def _copy(source: Path, dest: Path) -> None:
    src = sqlite3.connect(read_only_uri(source), uri=True)
    try:
        out = sqlite3.connect(dest)
        try:
            src.backup(out)
        finally:
            out.close()
    finally:
        src.close()


def _failed(dest: Path, exc: OSError, done: str | None = None) -> StorageError:
    done = done or Text("no backup was made")
    if exc.errno in NO_ROOM:
        return DiskFullError(Text("The disk holding {dest} is full; {done}.",
                                  dest=dest, done=done))
    return StorageError(Text("Writing {dest} failed ({reason}); {done}.",
                             dest=dest, reason=exc.strerror or exc, done=done))


def timestamped_name(stem: str, label: str) -> str:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return f"{stem}-{stamp}-{label}.sqlite"


def restore_sqlite(backup: Path, dest: Path, *, user: str) -> Path | None:
    """Put the copy ``backup`` in place of the desk file ``dest``; returns where the
    file it replaces was kept (renamed beside it, never deleted), or None when there
    was none.

    The copy must pass the integrity check and no Sahel Desk may have ``dest``
    open (its lock is taken for the time of the swap).
    """
    backup = backup.expanduser().resolve()
    if not backup.is_file():
        raise StorageError(Text("There is no backup file at {backup}.", backup=backup))
    if backup == dest.resolve():
        raise StorageError(Text("The backup to restore is the desk file itself."))
    if dest.is_dir():
        raise StorageError(Text("{dest} is a folder: move it away first, then restore.",
                                dest=dest))
    problems = problems_of(backup, thorough=True)
    if problems:
        raise damaged(backup, problems, backup.parent, done=Text(
            "It was not restored; choose another copy."))
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _failed(dest, exc, Text("nothing was restored")) from exc
    lock = DatabaseLock(dest, user)
    lock.acquire()
    moved: list[tuple[Path, Path]] = []
    kept = None
    try:
        if dest.exists():
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            kept = dest.with_name(f"{dest.stem}-{stamp}-replaced{dest.suffix}")
            for side in ("", "-wal", "-shm", "-journal"):
                old = dest.with_name(dest.name + side)
                if old.exists():
                    os.replace(old, kept.with_name(kept.name + side))
                    moved.append((kept.with_name(kept.name + side), old))
        with scratch_folder(dest, "restore") as folder:
            partial = folder / dest.name
            _copy(backup, partial)
            with partial.open("rb") as done:
                os.fsync(done.fileno())
            os.replace(partial, dest)
    except (sqlite3.DatabaseError, OSError) as exc:
        for now, before in reversed(moved):  # the desk file back as it was
            os.replace(now, before)
        if isinstance(exc, OSError) and exc.errno in NO_ROOM:
            raise DiskFullError(Text("The disk holding {dest} is full; nothing was restored.",
                                     dest=dest)
                                ) from exc
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
        raise StorageError(Text("Restoring {backup} to {dest} failed ({reason}); nothing was "
                                "changed.",
                                backup=backup, dest=dest, reason=reason)) from exc
    finally:
        lock.release()
    return kept
