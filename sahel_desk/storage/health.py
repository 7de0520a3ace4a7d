"""Is a desk file whole, and what to do when it is not.

Three levels, cheapest first:

- :func:`header_problems` reads the first 100 bytes and the file's length: an
  empty file, a header that is no SQLite header, a file shorter than its header
  says (an interrupted copy, a full disk). Every open runs it.
- :func:`sqlite_problems` asks SQLite itself on a read-only connection
  (``PRAGMA quick_check``, or the slower ``integrity_check`` that also compares
  the indexes with their tables). An open runs the quick one unless the file is
  exactly as the last desk to close it cleanly left it (the stamp in the lock
  file, see :func:`identity`); ``db check`` and backups run the thorough one.
- :func:`damaged` makes the error a damaged file is refused with: what was found,
  the copies in the backups folder that could replace it, newest first, and the
  commands that restore one and check the result.

Nothing here writes to the database file.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path
from typing import Any

from sahel_desk.errors import DamagedDatabaseError, NotADatabaseError, StorageError
from sahel_desk.text.message import Text, text_of

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100
BUSY_TIMEOUT_S = 5.0
#: SQLite's primary result codes that mean the file itself is bad.
_SQLITE_CORRUPT, _SQLITE_NOTADB = 11, 26
#: ... and its messages for the same, for errors that carry no code.
DAMAGE_WORDS = ("malformed", "not a database", "unsupported file format", "corrupt",
                "file is encrypted")
#: Names a desk file usually has: such a file that is not SQLite was overwritten.
DESK_SUFFIXES = (".sqlite", ".sqlite3", ".db")
#: How many problems a message names (the rest are counted).
SHOWN = 3
#: How many backups a message names.
BACKUPS_SHOWN = 3
EMPTY = "the file is empty (0 bytes)"
NOT_SQLITE = "it is not a SQLite file"


def is_damage(exc: BaseException) -> bool:
    """True when a SQLite error says the file is damaged (not busy, not missing)."""
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int) and (code & 0xFF) in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
        return True
    message = str(exc).lower()
    return any(words in message for words in DAMAGE_WORDS)


def read_only_uri(path: Path) -> str:
    """A URI that opens ``path`` read-only whatever characters its name holds."""
    return f"{path.absolute().as_uri()}?mode=ro"


def header_problems(path: Path) -> list[str]:
    """What the header and the length of an existing SQLite file show is wrong."""
    size = path.stat().st_size
    if size == 0:
        return [EMPTY]
    with path.open("rb") as fh:
        head = fh.read(HEADER_SIZE)
    if not head.startswith(SQLITE_MAGIC[:len(head)]):
        return [NOT_SQLITE]
    if len(head) < HEADER_SIZE:
        return [f"it is cut short inside its header ({size} bytes)"]
    raw_page = int.from_bytes(head[16:18], "big")
    page = 65536 if raw_page == 1 else raw_page
    if page < 512 or page > 65536 or page & (page - 1):
        return [f"its header is damaged (page size {raw_page})"]
    if head[21:24] != b"\x40\x20\x20" or head[18] not in (1, 2) or head[19] not in (1, 2):
        return ["its header is damaged (the format bytes are wrong)"]
    pages = int.from_bytes(head[28:32], "big")
    header_valid = pages > 0 and head[24:28] == head[92:96]
    if header_valid and not _wal_pending(path) and size < pages * page:
        return [f"it is cut short: {size:,} bytes of the {pages * page:,} its header records "
                "(an interrupted copy or a full disk?)"]
    return []


def _wal_pending(path: Path) -> bool:
    """A write-ahead log not yet folded into the file: its header may be out of date."""
    wal = path.with_name(path.name + "-wal")
    try:
        return wal.stat().st_size > 0
    except OSError:
        return False


def sqlite_problems(path: Path, *, thorough: bool = False, limit: int = 100) -> list[str]:
    """SQLite's own check of the whole file on a read-only connection; [] when whole.

    Raises the plain :class:`StorageError` when the file cannot be read at all for
    another reason (busy, no permission): that is not damage.
    """
    from sahel_desk.storage.errors import translate

    pragma = "integrity_check" if thorough else "quick_check"
    try:
        con = sqlite3.connect(read_only_uri(path), uri=True, timeout=BUSY_TIMEOUT_S)
        try:
            rows = con.execute(f"PRAGMA {pragma}({int(limit)})").fetchall()
        finally:
            con.close()
    except sqlite3.Error as exc:
        if is_damage(exc):
            return [str(exc)]
        plain = translate(exc, str(path))
        if plain is None:
            raise
        raise plain from exc
    problems = [str(row[0]) for row in rows if row and row[0] != "ok"]
    if len(problems) >= limit:
        problems.append(f"(SQLite lists no more than {limit} problems: there may be more)")
    return problems


def problems_of(path: Path, *, thorough: bool = False) -> list[str]:
    """Everything wrong with an existing SQLite desk file, the header first; [] when whole."""
    try:
        found = header_problems(path)
    except OSError as exc:
        raise StorageError(Text("{path} cannot be read: {reason}.",
                                path=path, reason=exc.strerror or exc)) from exc
    return found or sqlite_problems(path, thorough=thorough)


def identity(path: Path) -> dict[str, Any] | None:
    """What a clean close stamps, to know the file untouched since: None while a
    write-ahead log holds changes not yet in the file."""
    try:
        st = path.stat()
        with path.open("rb") as fh:
            head = fh.read(HEADER_SIZE)
    except OSError:
        return None
    if _wal_pending(path):
        return None
    return {"size": st.st_size, "mtime_ns": st.st_mtime_ns, "ino": st.st_ino,
            "dev": st.st_dev, "counter": head[24:28].hex()}


def summary(problems: list[str] | tuple[str, ...]) -> str:
    """The first few problems SQLite reported, one line, and how many more."""
    shown = [" ".join(p.split())[:200] for p in problems[:SHOWN]]
    more = len(problems) - len(shown)
    text = "; ".join(shown)
    return text + (f" (and {more} more)" if more > 0 else "")


def backups_for(db_path: Path, folder: Path | None) -> list[Path]:
    """The copies in ``folder`` that could replace ``db_path``, newest first: its own
    (named after it) when there are any, else any SQLite copy; never one made of a
    damaged file (``db backup --force`` names those ``...-damaged``)."""
    if folder is None or not folder.is_dir():
        return []
    try:
        found = [p for p in folder.iterdir()
                 if p.suffix == ".sqlite" and p.is_file() and "damaged" not in p.name]
    except OSError:
        return []
    own = [p for p in found if p.name.startswith(f"{db_path.stem}-")]
    chosen = own or found

    def modified(p: Path) -> float:
        try:
            return p.stat().st_mtime
        except OSError:
            return 0.0

    return sorted(chosen, key=modified, reverse=True)


def only_indexes(problems: list[str] | tuple[str, ...]) -> bool:
    """True when every problem is an index out of step with its table (REINDEX mends it)."""
    listed = [p for p in problems if not p.startswith("(SQLite lists")]
    return bool(listed) and all(" from index " in p or " in index " in p for p in listed)


def recovery(db_path: Path, backups: list[Path], folder: Path | None,
             problems: list[str] | tuple[str, ...] = ()) -> str:
    """What to do about a damaged desk file, with the commands to type."""
    where = f'--db "{db_path}"'
    advice = []
    if only_indexes(problems):
        # Rebuilding the indexes keeps the latest work, which a backup would not.
        advice.append(Text('Only indexes are damaged; they can be rebuilt from the tables '
                           '(with no Sahel Desk open): `sqlite3 "{db_path}" "REINDEX;"`, then '
                           '`sahel-desk {where} db check`.', db_path=db_path, where=where))
    if backups:
        listed = ", ".join(f"{p.name} ({_when(p)})" for p in backups[:BACKUPS_SHOWN])
        more = len(backups) - BACKUPS_SHOWN
        if more > 0:
            listed = Text("{listed} and {more} older", listed=listed, more=more)
        copies = Text("1 copy") if len(backups) == 1 else Text("{count} copies",
                                                               count=len(backups))
        advice.append(Text(
            "To recover, put a good copy back: the backups folder {folder} holds {copies}: "
            '{listed}. `sahel-desk {where} db restore "{newest}"` restores the newest '
            "(the damaged file is kept beside it), then `sahel-desk {where} db check` "
            "checks the result.", folder=folder, copies=copies, listed=listed, where=where,
            newest=backups[0]))
    elif not problems or problems[0] in (EMPTY, NOT_SQLITE):
        advice.append(Text(
            "There is no backup of it in {folder}, and nothing in this file can be read "
            "back. A copy from elsewhere (another computer, an older backup) can be put in "
            'its place with `sahel-desk {where} db restore "COPY.sqlite"`.', folder=folder,
            where=where))
    else:
        rescued = db_path.with_name(f"{db_path.stem}-recovered{db_path.suffix or '.sqlite'}")
        advice.append(Text(
            "There is no backup of it in {folder}. SQLite's own tool can often save what "
            'is still readable: `sqlite3 "{db_path}" .recover | sqlite3 "{rescued}"`, then '
            '`sahel-desk --db "{rescued}" db check`. Keep the damaged file until then.',
            folder=folder, db_path=db_path, rescued=rescued))
    return _sentences(advice)


def _sentences(parts: list[Text]) -> str:
    """Sentences one after the other, still Texts (each translated in the GUI)."""
    if len(parts) == 1:
        return parts[0]
    return Text("{first} {rest}", first=parts[0], rest=_sentences(parts[1:])) if parts else ""


def _when(path: Path) -> str:
    try:
        return datetime.fromtimestamp(path.stat().st_mtime).strftime("%Y-%m-%d %H:%M")
    except OSError:
        return "?"


def damaged(db_path: Path, problems: list[str] | tuple[str, ...], backups_folder: Path | None,
            *, done: str = Text("Nothing was written to it.")) -> DamagedDatabaseError:
    """The error a damaged desk file is refused with; ``done`` says what was (not) done."""
    backups = backups_for(db_path, backups_folder)
    found = tuple(problems) or ("damaged",)
    return DamagedDatabaseError(
        Text("The desk file {db_path} is damaged: {problems}. {done} {advice}",
             db_path=db_path, problems=summary(found), done=done,
             advice=recovery(db_path, backups, backups_folder, found)),
        problems=found, backups=tuple(backups))


def looks_like_a_desk(path: Path, default_name: str) -> bool:
    """Whether a file that is not SQLite was meant to be a desk (and so is damaged)."""
    return path.name == default_name or path.suffix.lower() in DESK_SUFFIXES


def a_folder(path: Path, backups_folder: Path | None,
             done: str = Text("Nothing was changed.")) -> NotADatabaseError:
    """The error for a folder where the desk file should be."""
    backups = backups_for(path, backups_folder)
    return NotADatabaseError(
        Text("{path} is a folder, not a Sahel Desk database. {done} If your desk file should be "
             "there, move the folder away first. {advice}",
             path=path, done=done, advice=recovery(path, backups, backups_folder)))


def refuse_unusable(path: Path, backups_folder: Path | None, default_name: str) -> None:
    """Refuse a desk file that cannot be one before SQLite or a lock touches it: a
    folder, an empty file, a file that is not SQLite, a file cut short."""
    if path.is_dir():
        raise a_folder(path, backups_folder)
    if not path.exists():
        return
    try:
        problems = header_problems(path)
    except OSError as exc:
        raise StorageError(Text("{path} cannot be read: {reason}.",
                                path=path, reason=exc.strerror or exc)) from exc
    if not problems:
        return
    if problems == [NOT_SQLITE] and not looks_like_a_desk(path, default_name):
        raise NotADatabaseError(Text("{path} is not a Sahel Desk database (it is not a SQLite "
                                     "file). Nothing was changed.",
                                     path=path))
    if problems == [EMPTY]:
        error = damaged(path, problems, backups_folder)
        raise DamagedDatabaseError(
            Text("{error} To start a new desk there instead, delete the empty file first.",
                 error=text_of(error)),
            problems=error.problems, backups=error.backups)
    raise damaged(path, problems, backups_folder)
