"""The Desk API: the one service layer the GUI, the CLI and scripts share.

    from sahel_desk import Desk
    with Desk.open(data_dir="~/sahel", user="amina") as desk:
        record = desk.incidents.create({...})

Every write is one transaction that records who and when, writes
field-level history and either happens whole or not at all. ``desk.user``
is who works now and ``desk.role`` their role (store/policy.py says what
each role may do); ``switch_user`` changes both for later writes.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path

from sqlalchemy import func, select, text

from sahel_desk.errors import DamagedDatabaseError, InputError, NotFoundError, StorageError
from sahel_desk.model import Base
from sahel_desk.paths import backups_dir, resolve_data_dir
from sahel_desk.storage.backup import (
    BackupReport,
    backup_sqlite,
    restore_sqlite,
    timestamped_name,
)
from sahel_desk.storage.database import Database, Target, resolve_target
from sahel_desk.storage.health import damaged, problems_of
from sahel_desk.storage.migrate import SchemaState
from sahel_desk.storage.scratch import sweep, sweep_export_folders
from sahel_desk.store.records import CheckReport
from sahel_desk.text.message import Text

log = logging.getLogger(__name__)


class Desk:
    """An open desk: its database and the services over it."""

    def __init__(self, db: Database, data_dir: Path, user: str, default_country: str = "MLI"):
        from sahel_desk.services.acled_import import AcledImporter
        from sahel_desk.services.actors import ActorService
        from sahel_desk.services.children import ChildService
        from sahel_desk.services.claim_reader import ClaimReader
        from sahel_desk.services.duplicates import DuplicateService
        from sahel_desk.services.exchange import ExchangeService
        from sahel_desk.services.exports import ExportService
        from sahel_desk.services.gazetteer import GazetteerService
        from sahel_desk.services.history import CommentService, HistoryService
        from sahel_desk.services.incidents import IncidentService
        from sahel_desk.services.places import PlaceService
        from sahel_desk.services.profiles import ProfileService
        from sahel_desk.services.report_reader import ReportReader
        from sahel_desk.services.review import ReviewService
        from sahel_desk.store.incidents import IncidentStore

        self.db = db
        self.data_dir = data_dir
        self.user = user
        self.default_country = default_country
        self.store = IncidentStore(default_country)
        self.incidents = IncidentService(self, self.store)
        self.actors = ActorService(self)
        self.places = PlaceService(self)
        self.gazetteer = GazetteerService(self)
        self.claim_reader = ClaimReader(self)
        self.reports = ReportReader(self)
        self.sources = ChildService(self, "sources", "source")
        self.claims = ChildService(self, "claims", "claim")
        self.history = HistoryService(self)
        self.comments = CommentService(self)
        self.exports = ExportService(self)
        self.profiles = ProfileService(self)
        self.review = ReviewService(self)
        self.acled = AcledImporter(self)
        self.exchange = ExchangeService(self)
        self.duplicates = DuplicateService(self)

    @classmethod
    def open(
        cls, data_dir: str | os.PathLike[str] | None = None, url: str | None = None, *,
        user: str | None = None, readonly: bool = False, seed: bool = True,
        gazetteer: str | None = None,
    ) -> Desk:
        """Open (creating and migrating as needed) the desk's database.

        ``url`` is any SQLAlchemy URL or a SQLite file path; the default is the
        SQLite file in ``data_dir`` (the platform's user data folder when None).
        A new desk gets the built-in gazetteer, or with ``gazetteer="starter"`` (or
        ``SAHEL_DESK_GAZETTEER=starter``) the small starter set the tests use.
        """
        from sahel_desk.services.seed import GAZETTEERS

        places = gazetteer or os.environ.get("SAHEL_DESK_GAZETTEER") or "builtin"
        if places not in GAZETTEERS:
            raise InputError(Text("There is no gazetteer called '{places}' for a new desk; use "
                                  "{names} (SAHEL_DESK_GAZETTEER).",
                                  places=places, names=' or '.join(GAZETTEERS)))
        folder = resolve_data_dir(data_dir)
        user = (user or os.environ.get("SAHEL_DESK_USER") or _login_name()).strip()
        if not user:
            raise StorageError(Text("A user name is needed to record who changes what."))
        target = resolve_target(folder, url)
        db = Database(target, readonly=readonly, user=user, backups=backups_dir(folder))
        desk = cls(db, folder, user)
        try:
            if not readonly:
                # Backups a killed `db backup` or migration left half-made, and
                # exports killed in the folders this desk exported into lately.
                sweep(backups_dir(folder))
                sweep_export_folders(folder)
            if seed and not readonly:
                desk._seed_if_new(places)
        except BaseException:
            db.close()
            raise
        return desk

    def _seed_if_new(self, gazetteer: str) -> None:
        from sahel_desk.model import Actor, Place
        from sahel_desk.services.seed import seed_actors, seed_places

        with self.db.write() as session:
            if session.scalar(select(func.count(Actor.id))) == 0:
                log.info("new desk: %d built-in actors added", seed_actors(session))
            if session.scalar(select(func.count(Place.id))) == 0:
                log.info("new desk: %d places of the %s gazetteer added",
                         seed_places(session, gazetteer), gazetteer)

    @property
    def role(self) -> str:
        """The current user's role: their profile's, or researcher without one."""
        from sahel_desk.store.policy import role_of

        with self.db.read() as session:
            return role_of(session, self.user)

    def switch_user(self, name: str) -> str:
        """Work as someone else from now on; returns their role.

        On a desk with profiles the name must be one of them; on a desk without
        any, any name is taken (as a researcher).
        """
        from sahel_desk.store.policy import profiles_exist, role_of

        name = (name or "").strip()
        if not name:
            raise StorageError(Text("A user name is needed to record who changes what."))
        with self.db.read() as session:
            if profiles_exist(session) and not self._has_profile(session, name):
                raise NotFoundError(Text("There is no profile called '{name}'.", name=name))
            role = role_of(session, name)
        self.user = name
        return role

    @staticmethod
    def _has_profile(session, name: str) -> bool:
        from sahel_desk.model import Profile

        return session.scalar(select(Profile.id).where(Profile.name == name)) is not None

    @property
    def schema(self) -> SchemaState:
        return self.db.schema

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Desk:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- maintenance -----------------------------------------------------------

    def check(self) -> CheckReport:
        """Integrity and foreign-key check plus row counts; never changes anything.

        A damaged file gives a report with ``ok`` False and what SQLite found in
        ``integrity`` (and no counts: they would be read from the damage).
        """
        integrity: list[str] = []
        foreign: list[str] = []
        path = self.db.target.sqlite_path
        # No PostgreSQL twin is needed: it enforces foreign keys on every write (SQLite
        # only with the pragma on), and checking its pages is the server's (amcheck).
        if path is not None:
            integrity = problems_of(path, thorough=True)
            if integrity:
                self.db.damaged(integrity)  # the file is not stamped as whole on closing
                return CheckReport(ok=False, schema_revision=self.db.schema.revision,
                                   integrity=tuple(integrity), foreign_keys=(), counts={})
        with self.db.read() as session:
            if path is not None:
                foreign = [
                    f"table {r[0]} row {r[1]} points at a missing {r[2]}"
                    for r in session.execute(text("PRAGMA foreign_key_check"))
                ]
            counts = {
                name: int(session.scalar(select(func.count()).select_from(table)) or 0)
                for name, table in sorted(Base.metadata.tables.items())
            }
        return CheckReport(
            ok=not foreign, schema_revision=self.db.schema.revision,
            integrity=("ok",), foreign_keys=tuple(foreign), counts=counts,
        )

    def backup(self, dest: str | os.PathLike[str] | None = None, *,
               force: bool = False) -> Path:
        """A consistent copy of the database, safe while another desk writes to it.

        A damaged file is refused (:class:`DamagedDatabaseError`) unless ``force``.
        """
        from sahel_desk.store import policy

        if self.db.is_sqlite:
            with self.db.read() as session:
                policy.require(session, self.user, policy.Action.EXPORT,
                               Text("back up the database"))
        return back_up(self.data_dir, self.db.target, dest, force=force).path


def back_up(data_dir: str | os.PathLike[str] | Path | None, url: str | Target | None,
            dest: str | os.PathLike[str] | None = None, *,
            force: bool = False) -> BackupReport:
    """Back up a desk without opening it (so a damaged one can be copied with
    ``force``); the default destination is the data folder's backups folder, with
    ``-damaged`` in the name of a forced copy of a damaged file."""
    folder = resolve_data_dir(data_dir)
    target = url if isinstance(url, Target) else resolve_target(folder, url)
    source = target.sqlite_path
    if source is None:
        raise StorageError(Text("Backups of a PostgreSQL database are made on the server "
                                "(pg_dump)."))
    backups = backups_dir(folder)
    if dest is not None:
        return backup_sqlite(source, Path(dest), force=force, backups=backups)
    return backup_sqlite(
        source, backups / timestamped_name(source.stem, "manual"), force=force,
        backups=backups, damaged_dest=backups / timestamped_name(source.stem, "manual-damaged"))


def diagnose(data_dir: str | os.PathLike[str] | None, url: str | None
             ) -> DamagedDatabaseError | None:
    """SQLite's thorough check of a desk file without opening the desk: the error
    naming what is wrong and how to recover, or None when the file is whole (or is not
    a SQLite file at all)."""
    folder = resolve_data_dir(data_dir)
    path = resolve_target(folder, url).sqlite_path
    if path is None or not path.is_file():
        return None
    problems = problems_of(path, thorough=True)
    return damaged(path, problems, backups_dir(folder)) if problems else None


def restore(data_dir: str | os.PathLike[str] | None, url: str | None,
            backup: str | os.PathLike[str], *, user: str | None = None) -> Path | None:
    """Put a backup in place of the desk file (checked first; the file it replaces is
    kept beside it, renamed): returns where that file went, or None."""
    folder = resolve_data_dir(data_dir)
    target = resolve_target(folder, url)
    if target.sqlite_path is None:
        raise StorageError(Text("A PostgreSQL database is restored on the server (pg_restore)."))
    who = (user or os.environ.get("SAHEL_DESK_USER") or _login_name()).strip() or "?"
    return restore_sqlite(Path(backup), target.sqlite_path, user=who)


def _login_name() -> str:
    try:
        import getpass

        return getpass.getuser()
    except (OSError, KeyError):
        return "researcher"


def sqlite_version() -> str:
    return sqlite3.sqlite_version
