"""An advisory lock beside a SQLite file so that a second Sahel Desk process
is told plainly that the database is in use, instead of the two desks
interleaving their writes. SQLite itself would stay consistent, but two
people editing the same records on one laptop without knowing is what the
lock prevents. The operating system releases the lock when the process dies,
so a crash or power cut never leaves a stale lock behind.

While held, the lock file says who holds it. A desk that closes cleanly leaves
in it a *stamp* of the database file as it left it (size, modification time,
file id, SQLite's change counter), so that the next open can tell a file that
nobody touched since from one that was changed by something else, and skip
the whole-file check on the first (see storage/health.py)."""

from __future__ import annotations

import errno
import getpass
import json
import os
import socket
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sahel_desk.errors import DatabaseInUseError, DiskFullError, StorageError
from sahel_desk.text.message import Text

#: errno values that mean "no room": a full disk, a full quota, a file size limit.
NO_ROOM = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG})

if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds only
    import msvcrt

    def try_lock(fd: int) -> bool:
        """Take the exclusive lock on an open file without waiting; False when held."""
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def unlock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def try_lock(fd: int) -> bool:
        """Take the exclusive lock on an open file without waiting; False when held."""
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


def read_stamp(db_path: Path) -> dict[str, Any] | None:
    """The stamp the last desk to close cleanly left, or None (none, or a desk holds it)."""
    try:
        with lock_path(db_path).open("rb") as fh:
            info = json.loads(fh.read(4096) or b"{}")
    except (OSError, ValueError):
        return None
    stamp = info.get("closed") if isinstance(info, dict) else None
    return stamp if isinstance(stamp, dict) else None


class DatabaseLock:
    """Exclusive lock on ``<database>.lock``; holds who and since when for the message."""

    def __init__(self, db_path: Path, user: str):
        self.path = lock_path(db_path)
        self.db_path = db_path
        self.user = user
        self._fd: int | None = None
        #: the stamp found on taking the lock (the last clean close), if any
        self.stamp: dict[str, Any] | None = None

    def acquire(self) -> None:
        existed = self.path.exists()
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            if exc.errno in NO_ROOM:
                raise self._no_room() from exc
            raise StorageError(Text("Cannot create the lock file {path}: {reason}.",
                                    path=self.path, reason=exc.strerror)) from exc
        if not try_lock(fd):
            holder = self._read_holder(fd)
            os.close(fd)
            raise DatabaseInUseError(
                Text("The database {db_path} is in use by another Sahel Desk ({holder}). Close "
                     "it there first, or open this one read-only.",
                     db_path=self.db_path, holder=holder)
            )
        info = {
            "pid": os.getpid(),
            "user": self.user,
            "account": _account(),
            "host": socket.gethostname(),
            "since": datetime.now(UTC).isoformat(timespec="seconds"),
        }
        try:
            self.stamp = _stamp_in(self._read(fd))
            os.ftruncate(fd, 0)
            os.lseek(fd, 0, os.SEEK_SET)
            _write_all(fd, json.dumps(info).encode())
        except OSError as exc:
            unlock(fd)
            os.close(fd)
            if not existed:
                self.path.unlink(missing_ok=True)
            if exc.errno in NO_ROOM:
                raise self._no_room() from exc
            raise StorageError(Text("Cannot write the lock file {path}: {reason}.",
                                    path=self.path, reason=exc.strerror)) from exc
        self._fd = fd

    def _no_room(self) -> DiskFullError:
        return DiskFullError(
            Text("The disk holding {db_path} is full: Sahel Desk cannot even write its lock "
                 "file {file} there. Free some space, then open the desk again; nothing was "
                 "changed.",
                 db_path=self.db_path, file=self.path.name))

    @staticmethod
    def _read(fd: int) -> dict[str, Any]:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            info = json.loads(os.read(fd, 4096) or b"{}")
        except (OSError, ValueError):
            return {}
        return info if isinstance(info, dict) else {}

    @classmethod
    def _read_holder(cls, fd: int) -> str:
        info = cls._read(fd)
        if "pid" not in info:
            return "holder unknown"
        return (
            f"user {info.get('user', '?')}, process {info.get('pid', '?')} "
            f"on {info.get('host', '?')} since {info.get('since', '?')}"
        )

    def release(self, stamp: dict[str, Any] | None = None) -> None:
        """Let go; ``stamp`` (the file as this desk leaves it) is kept for the next open."""
        if self._fd is None:
            return
        try:
            os.ftruncate(self._fd, 0)
            if stamp is not None:
                try:
                    os.lseek(self._fd, 0, os.SEEK_SET)
                    _write_all(self._fd, json.dumps({"closed": stamp}).encode())
                except OSError:  # a full disk: the next open checks the whole file instead
                    os.ftruncate(self._fd, 0)
            unlock(self._fd)
        finally:
            os.close(self._fd)
            self._fd = None


def _write_all(fd: int, data: bytes) -> None:
    """``os.write`` until all is written: near a size limit the first write is short,
    and only the next one fails (EFBIG)."""
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def _stamp_in(info: dict[str, Any]) -> dict[str, Any] | None:
    stamp = info.get("closed")
    return stamp if isinstance(stamp, dict) else None


def _account() -> str:
    try:
        return getpass.getuser()
    except OSError:  # no login name in some service environments
        return "?"
