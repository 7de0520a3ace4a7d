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
from sahel_desk.text.message import Text

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
            Text("The disk holding {where} is full; nothing was saved. Free some space and "
                 "retry.",
                 where=where)
        )
    if "database is locked" in message or "database is busy" in message or sqlstate in _PG_BUSY:
        return DatabaseBusyError(
            Text("{where} is locked by another program that is writing; nothing was saved. "
                 "Retry in a moment.",
                 where=where)
        )
    if isinstance(orig, sqlite3.Error) and is_damage(orig):
        # The header was checked on opening: a file SQLite now finds bad is damaged.
        first = " ".join(str(orig).split()) or type(orig).__name__
        return DamagedDatabaseError(Text("The desk file {where} is damaged: {problem}. Nothing "
                                         "was written to it.",
                                         where=where, problem=first), problems=(first,))
    if "readonly database" in message or "read-only" in message or sqlstate in _PG_READ_ONLY:
        return ReadOnlyError(Text("{where} is read-only here; nothing was saved.", where=where))
    if "disk i/o error" in message:
        if _no_room_beside(where):
            # SQLite could not even write its small side files (-shm, -wal).
            return DiskFullError(Text("The disk holding {where} is full; nothing was saved. "
                                      "Free some space and retry.",
                                      where=where))
        return StorageError(Text("The disk reported an error while writing {where}; nothing was "
                                 "saved.",
                                 where=where))
    if "unable to open database" in message:
        return StorageError(Text("{where} cannot be opened (missing folder or no permission).",
                                 where=where))
    first_line = str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__
    if sqlstate in _PG_DOES_NOT_FIT or "cannot contain nul" in message:
        return StorageError(Text("A value does not fit in {where} ({error}); nothing was "
                                 "saved.",
                                 where=where, error=first_line))
    # A server says at connection time what SQLite says on opening a file; the driver
    # gives no SQLSTATE then, only the server's FATAL line.
    fatal = str(orig).rsplit("FATAL:", 1)[-1].strip() if "FATAL:" in str(orig) else first_line
    if sqlstate in _PG_NO_DATABASE or ('database "' in message and "does not exist" in message):
        return StorageError(Text("{where}: {error}. Create it on the server first (createdb), "
                                 "then open it again.",
                                 where=where, error=fatal))
    if sqlstate in _PG_LOGIN_REFUSED or any(
            words in message for words in ("password authentication failed",
                                           "no pg_hba.conf entry", "role \"")):
        return StorageError(Text("The server refused the login to {where}: {error}.",
                                 where=where, error=fatal))
    if isinstance(exc, OperationalError) and (
            sqlstate is None or sqlstate.startswith("08")) and "connect" in message:
        return StorageError(Text("Cannot connect to {where}: {error}.", where=where, error=fatal))
    if isinstance(exc, IntegrityError):
        return ConflictError(Text("The change conflicts with data already in {where}: {error}",
                                  where=where, error=orig))
    return None


def _no_room_beside(where: str) -> bool:
    """Whether the folder of the file ``where`` names is (all but) full."""
    try:
        return shutil.disk_usage(Path(where).parent).free < _FULL_BELOW
    except (OSError, ValueError):
        return False
