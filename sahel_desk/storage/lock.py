"""An advisory lock beside a SQLite file so that a second Sahel Desk process
is told plainly that the database is in use, instead of the two desks
interleaving their writes. SQLite itself would stay consistent, but two
people editing the same records on one laptop without knowing is what the
lock prevents. The operating system releases the lock when the process dies,
so a crash or power cut never leaves a stale lock behind."""

from __future__ import annotations

import getpass
import json
import os
import socket
import sys
from datetime import UTC, datetime
from pathlib import Path

from sahel_desk.errors import DatabaseInUseError, StorageError

if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


class DatabaseLock:
    """Exclusive lock on ``<database>.lock``; holds who and since when for the message."""

    def __init__(self, db_path: Path, user: str):
        self.path = db_path.with_name(db_path.name + ".lock")
        self.user = user
        self._fd: int | None = None

    def acquire(self) -> None:
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise StorageError(f"Cannot create the lock file {self.path}: {exc.strerror}.") from exc
        if not _try_lock(fd):
            holder = self._read_holder(fd)
            os.close(fd)
            raise DatabaseInUseError(
                f"The database {self.path.with_suffix('')} is in use by another Sahel Desk "
                f"({holder}). Close it there first, or open this one read-only."
            )
        info = {
            "pid": os.getpid(),
            "user": self.user,
            "account": _account(),
            "host": socket.gethostname(),
            "since": datetime.now(UTC).isoformat(timespec="seconds"),
        }
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, json.dumps(info).encode())
        self._fd = fd

    @staticmethod
    def _read_holder(fd: int) -> str:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            info = json.loads(os.read(fd, 4096) or b"{}")
        except (OSError, ValueError):
            return "holder unknown"
        return (
            f"user {info.get('user', '?')}, process {info.get('pid', '?')} "
            f"on {info.get('host', '?')} since {info.get('since', '?')}"
        )

    def release(self) -> None:
        if self._fd is None:
            return
        try:
            os.ftruncate(self._fd, 0)
            _unlock(self._fd)
        finally:
            os.close(self._fd)
            self._fd = None


def _account() -> str:
    try:
        return getpass.getuser()
    except OSError:  # no login name in some service environments
        return "?"
