"""Translate driver errors into the user-facing error tree.

SQLite and PostgreSQL say the same things differently; the user should read
one plain sentence either way, naming the database concerned.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError

from sahel_desk.errors import (
    ConflictError,
    DamagedDatabaseError,
    DatabaseBusyError,
    DiskFullError,
    ReadOnlyError,
    SahelDeskError,
    StorageError,
)
from sahel_desk.storage.health import is_damage

# PostgreSQL SQLSTATE codes for the same situations (see its errcodes appendix).
_PG_DISK_FULL = {"53100"}
_PG_BUSY = {"55P03", "40P01", "57014"}
_PG_READ_ONLY = {"25006"}
# Values SQLite would have stored as they are: text longer than its column, a number
# beyond a 32-bit integer. Validation refuses them first; this is the safety net.
_PG_DOES_NOT_FIT = {"22001", "22003"}
_PG_NO_DATABASE = {"3D000"}
_PG_LOGIN_REFUSED = {"28000", "28P01"}
#: Free space under which a disk error on a SQLite file is taken for a full disk.
_FULL_BELOW = 1 << 20


def translate(exc: BaseException, where: str) -> SahelDeskError | None:
    """Return the user error for a driver exception, or None when it is a bug."""
    if isinstance(exc, SahelDeskError):
        return exc
    orig: BaseException
    if isinstance(exc, DBAPIError) and exc.orig is not None:
        orig = exc.orig
    elif isinstance(exc, sqlite3.Error):  # the driver's own, from a raw connection
        orig = exc
    else:
        return None
    message = str(orig).lower()
    sqlstate = getattr(orig, "sqlstate", None) or getattr(orig, "pgcode", None)
    if "database or disk is full" in message or sqlstate in _PG_DISK_FULL:
        return DiskFullError(
            f"The disk holding {where} is full; nothing was saved. Free some space and retry."
        )
    if "database is locked" in message or "database is busy" in message or sqlstate in _PG_BUSY:
        return DatabaseBusyError(
            f"{where} is locked by another program that is writing; nothing was saved. "
            "Retry in a moment."
        )
    if isinstance(orig, sqlite3.Error) and is_damage(orig):
        # The header was checked on opening: a file SQLite now finds bad is damaged.
        first = " ".join(str(orig).split()) or type(orig).__name__
        return DamagedDatabaseError(f"The desk file {where} is damaged: {first}. Nothing "
                                    "was written to it.", problems=(first,))
    if "readonly database" in message or "read-only" in message or sqlstate in _PG_READ_ONLY:
        return ReadOnlyError(f"{where} is read-only here; nothing was saved.")
    if "disk i/o error" in message:
        if _no_room_beside(where):
            # SQLite could not even write its small side files (-shm, -wal).
            return DiskFullError(f"The disk holding {where} is full; nothing was saved. "
                                 "Free some space and retry.")
        return StorageError(f"The disk reported an error while writing {where}; nothing was saved.")
    if "unable to open database" in message:
        return StorageError(f"{where} cannot be opened (missing folder or no permission).")
    first_line = str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__
    if sqlstate in _PG_DOES_NOT_FIT or "cannot contain nul" in message:
        return StorageError(f"A value does not fit in {where} ({first_line}); nothing was saved.")
    # A server says at connection time what SQLite says on opening a file; the driver
    # gives no SQLSTATE then, only the server's FATAL line.
    fatal = str(orig).rsplit("FATAL:", 1)[-1].strip() if "FATAL:" in str(orig) else first_line
    if sqlstate in _PG_NO_DATABASE or ('database "' in message and "does not exist" in message):
        return StorageError(f"{where}: {fatal}. Create it on the server first (createdb), "
                            "then open it again.")
    if sqlstate in _PG_LOGIN_REFUSED or any(
            words in message for words in ("password authentication failed",
                                           "no pg_hba.conf entry", "role \"")):
        return StorageError(f"The server refused the login to {where}: {fatal}.")
    if isinstance(exc, OperationalError) and (
            sqlstate is None or sqlstate.startswith("08")) and "connect" in message:
        return StorageError(f"Cannot connect to {where}: {fatal}.")
    if isinstance(exc, IntegrityError):
        return ConflictError(f"The change conflicts with data already in {where}: {orig}")
    return None


def _no_room_beside(where: str) -> bool:
    """Whether the folder of the file ``where`` names is (all but) full."""
    try:
        return shutil.disk_usage(Path(where).parent).free < _FULL_BELOW
    except (OSError, ValueError):
        return False
