"""Opening a database safely: SQLite file checks, lock, pragmas, migrations.

One :class:`Database` per open desk. Units of work get their own Session from
:meth:`Database.write` or :meth:`Database.read`; a write unit is one
transaction that either commits whole or leaves the database as it was.

The services rely on what SQLite gives, so PostgreSQL is set up to give the
same (see :func:`_postgresql_engines`): write units one at a time (SQLite's
``BEGIN IMMEDIATE``), a wait of at most the busy timeout for a lock, one
snapshot per read unit, and a read-only desk that cannot write.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, make_url
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from sahel_desk.errors import DamagedDatabaseError, DiskFullError, ReadOnlyError, StorageError
from sahel_desk.paths import DATABASE_FILE
from sahel_desk.storage import migrate
from sahel_desk.storage.errors import translate
from sahel_desk.storage.fit import check_fit_before_flush
from sahel_desk.storage.health import damaged, identity, problems_of, refuse_unusable
from sahel_desk.storage.lock import NO_ROOM, DatabaseLock, read_stamp
from sahel_desk.text.message import Text

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5000
#: PostgreSQL advisory lock every write unit takes first (per database): the twin of
#: SQLite's BEGIN IMMEDIATE, so two desks' saves never interleave (the value spells "sahel").
WRITE_LOCK_KEY = 0x736168656C


@dataclass(frozen=True)
class Target:
    """Where the data lives: a SQLite file, or any other SQLAlchemy URL."""

    url: URL
    sqlite_path: Path | None

    @property
    def label(self) -> str:
        return str(self.sqlite_path) if self.sqlite_path else self.url.render_as_string()


def resolve_target(data_dir: Path, url: str | None) -> Target:
    """``--db`` may be a URL or a plain file path; the default is the data folder's file."""
    if url is None:
        path = data_dir / DATABASE_FILE
        return Target(make_url(f"sqlite:///{path}"), path)
    if "://" not in url:
        path = Path(url).expanduser().resolve()
        return Target(make_url(f"sqlite:///{path}"), path)
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if not parsed.database or parsed.database == ":memory:":
            raise StorageError(Text("An in-memory SQLite database cannot hold a desk; give a "
                                    "file."))
        path = Path(parsed.database).expanduser().resolve()
        return Target(parsed.set(database=str(path)), path)
    return Target(parsed, None)


class Database:
    """An open database: engines, the writer lock and session factories.

    A SQLite file is checked before anything may write to it: its header and
    length always, and the whole file (``PRAGMA quick_check``) unless it is as
    the last desk to close it cleanly left it. A damaged file is refused with
    :class:`DamagedDatabaseError` (what is wrong, the backups that could replace
    it) and is not written to: no migration, no seeding, not even a change of
    journal mode.
    """

    def __init__(self, target: Target, *, readonly: bool, user: str, backups: Path):
        self.target = target
        self.readonly = readonly
        self.backups = backups
        self._lock: DatabaseLock | None = None
        # WAL is switched on only once the file is known to be ours: a foreign
        # file must be left byte for byte as it was.
        self._wal_allowed = False
        # Whether the file is known whole: only then does a clean close stamp it.
        self._whole = False
        path = target.sqlite_path
        created = False
        if path is not None:
            refuse_unusable(path, backups, DATABASE_FILE)
            if readonly and not path.exists():
                raise StorageError(Text("There is no database at {path}.", path=path))
            if not readonly:
                _make_folder(path.parent)
                self._lock = DatabaseLock(path, user)
                self._lock.acquire()
            created = not path.exists()
        try:
            if path is not None and not created:
                self._check_whole(path)
            if self.is_sqlite:
                self.write_engine = self._make_engine(immediate=True)
                self.read_engine = self._make_engine(immediate=False)
            else:
                self.write_engine, self.read_engine = _postgresql_engines(target.url, readonly)
            self._writer = sessionmaker(self.write_engine, expire_on_commit=False)
            self._reader = sessionmaker(self.read_engine, expire_on_commit=False)
            for factory in (self._writer, self._reader):
                event.listen(factory, "before_flush", check_fit_before_flush)
            try:
                self.schema = migrate.ensure_current(self, backups)
            except DBAPIError as exc:
                # Cannot connect, no such database, login refused: said plainly, as a
                # SQLite file that cannot be opened is.
                error = self._translated(exc)
                if error is exc:
                    raise
                raise error from exc
            self._whole = self._whole or created
        except BaseException:
            self.close()
            if created and path is not None:
                _remove_new_file(path)
            raise

    def _check_whole(self, path: Path) -> None:
        """Refuse a damaged file before anything touches it (see the class docstring)."""
        stamp = self._lock.stamp if self._lock is not None else read_stamp(path)
        if stamp is None or stamp != identity(path):
            problems = problems_of(path)
            if problems:
                raise self.damaged(problems)
        self._whole = True

    def damaged(self, problems: list[str] | tuple[str, ...], *,
                done: str = Text("Nothing was written to it.")) -> DamagedDatabaseError:
        """The error for this desk's file found damaged: the problems and how to recover."""
        self._whole = False
        path = self.target.sqlite_path
        assert path is not None
        return damaged(path, problems, self.backups, done=done)

    @property
    def is_sqlite(self) -> bool:
        return self.target.sqlite_path is not None

    def _make_engine(self, *, immediate: bool) -> Engine:
        url = self.target.url
        connect_args: dict[str, object] = {"timeout": BUSY_TIMEOUT_MS / 1000}
        if self.readonly:
            url = make_url(f"sqlite:///file:{self.target.sqlite_path}?mode=ro&uri=true")
        engine = create_engine(url, connect_args=connect_args)
        readonly = self.readonly
        owner = self

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_conn, _record):
            # Take transaction control from the sqlite3 module so that BEGIN is ours.
            dbapi_conn.isolation_level = None
            cur = dbapi_conn.cursor()
            cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            cur.execute("PRAGMA foreign_keys = ON")
            if readonly:
                cur.execute("PRAGMA query_only = ON")
            elif owner._wal_allowed:
                cur.execute("PRAGMA journal_mode = WAL")
                # FULL: a commit reaches the disk before we report it saved (power cuts).
                cur.execute("PRAGMA synchronous = FULL")
            cur.close()

        @event.listens_for(engine, "begin")
        def _on_begin(conn):
            # IMMEDIATE takes the write lock up front, so a busy database waits the
            # busy timeout instead of failing half-way through a unit of work.
            conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate and not readonly else "BEGIN")

        return engine

    def allow_wal(self) -> None:
        """Called once the schema check passed: new connections use WAL from now on."""
        if not self.is_sqlite:
            return
        self._wal_allowed = True
        self.write_engine.dispose()
        self.read_engine.dispose()

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One unit of work in one transaction: commit on success, roll back on any error."""
        if self.readonly:
            raise ReadOnlyError(Text("{label} is open read-only; nothing can be saved.",
                                     label=self.target.label))
        session = self._writer()
        try:
            with session.begin():
                yield session
        except Exception as exc:
            raise self._translated(exc) from exc
        finally:
            session.close()

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only unit of work: a consistent snapshot, never committed."""
        session = self._reader()
        try:
            with session.begin():
                yield session
                session.rollback()
        except Exception as exc:
            raise self._translated(exc) from exc
        finally:
            session.close()

    def _translated(self, exc: Exception) -> Exception:
        user_error = translate(exc, self.target.label)
        if isinstance(user_error, DamagedDatabaseError) and self.is_sqlite:
            return self.damaged(user_error.problems)
        if user_error is not None:
            return user_error
        return exc

    def close(self) -> None:
        """Close every connection and release the SQLite lock file."""
        for name in ("write_engine", "read_engine"):
            engine = getattr(self, name, None)
            if engine is not None:
                engine.dispose()
        if self._lock is not None:
            path = self.target.sqlite_path
            stamp = identity(path) if self._whole and path is not None else None
            self._lock.release(stamp)
            self._lock = None


def _make_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        if exc.errno in NO_ROOM:
            raise DiskFullError(Text("The disk is full: the folder {folder} cannot be made; "
                                     "nothing was changed.",
                                     folder=folder)) from exc
        raise StorageError(Text("The folder {folder} cannot be made: {reason}.",
                                folder=folder, reason=exc.strerror or exc)
                           ) from exc


def _remove_new_file(path: Path) -> None:
    """A desk this open was creating and could not finish: leave no empty or half-made
    file behind (it would read as a damaged desk next time)."""
    for side in ("", "-wal", "-shm", "-journal"):
        try:
            path.with_name(path.name + side).unlink(missing_ok=True)
        except OSError:
            log.warning("could not remove the unfinished %s%s", path, side)



def _postgresql_engines(url: URL, readonly: bool) -> tuple[Engine, Engine]:
    """The write and read engines of a PostgreSQL desk, behaving as SQLite's do.

    - Each write unit first takes one advisory lock (:data:`WRITE_LOCK_KEY`), held
      until it commits or rolls back: saves run one at a time as with SQLite's
      ``BEGIN IMMEDIATE``, so a revision check, the next human id or a name's
      uniqueness cannot be overtaken by another desk between the check and the write.
    - ``lock_timeout`` is the busy timeout: a desk waits that long for a lock, then
      says the database is busy (SQLSTATE 55P03) instead of hanging.
    - Read units run REPEATABLE READ: one snapshot for all their statements, as a
      SQLite read transaction gives (an export's queries must agree with each other).
    - A read-only desk's transactions are READ ONLY (SQLite's ``query_only``).
    """
    try:
        write = create_engine(url, pool_pre_ping=True)
        read = create_engine(url, pool_pre_ping=True, isolation_level="REPEATABLE READ")
    except ImportError as exc:  # the driver is an extra: sahel-desk[postgres]
        raise StorageError(
            Text("Opening {url} needs the PostgreSQL driver ({module}): pip install "
                 "'sahel-desk[postgres]'.",
                 url=url.render_as_string(), module=exc.name)) from exc
    if readonly:
        write = write.execution_options(postgresql_readonly=True)
        read = read.execution_options(postgresql_readonly=True)

    for engine in {write.engine, read.engine}:
        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_conn, _record):
            with dbapi_conn.cursor() as cur:
                cur.execute(f"SET lock_timeout = {BUSY_TIMEOUT_MS}")
            dbapi_conn.commit()

    if not readonly:
        @event.listens_for(write.engine, "begin")
        def _on_begin(conn):
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK_KEY})")

    return write, read
