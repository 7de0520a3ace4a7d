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

from sahel_desk.errors import NotFoundError, StorageError
from sahel_desk.model import Base
from sahel_desk.paths import backups_dir, resolve_data_dir
from sahel_desk.storage.backup import backup_sqlite
from sahel_desk.storage.database import Database, resolve_target
from sahel_desk.storage.migrate import SchemaState

log = logging.getLogger(__name__)


class Desk:
    """An open desk: its database and the services over it."""

    def __init__(self, db: Database, data_dir: Path, user: str, default_country: str = "MLI"):
        from sahel_desk.services.acled_import import AcledImporter
        from sahel_desk.services.actors import ActorService
        from sahel_desk.services.children import ChildService
        from sahel_desk.services.claim_reader import ClaimReader
        from sahel_desk.services.exchange import ExchangeService
        from sahel_desk.services.exports import ExportService
        from sahel_desk.services.gazetteer import GazetteerService
        from sahel_desk.services.history import CommentService, HistoryService
        from sahel_desk.services.incidents import IncidentService
        from sahel_desk.services.places import PlaceService
        from sahel_desk.services.profiles import ProfileService
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
        self.sources = ChildService(self, "sources", "source")
        self.claims = ChildService(self, "claims", "claim")
        self.history = HistoryService(self)
        self.comments = CommentService(self)
        self.exports = ExportService(self)
        self.profiles = ProfileService(self)
        self.review = ReviewService(self)
        self.acled = AcledImporter(self)
        self.exchange = ExchangeService(self)

    @classmethod
    def open(
        cls, data_dir: str | os.PathLike[str] | None = None, url: str | None = None, *,
        user: str | None = None, readonly: bool = False, seed: bool = True,
    ) -> Desk:
        """Open (creating and migrating as needed) the desk's database.

        ``url`` is any SQLAlchemy URL or a SQLite file path; the default is the
        SQLite file in ``data_dir`` (the platform's user data folder when None).
        """
        folder = resolve_data_dir(data_dir)
        user = (user or os.environ.get("SAHEL_DESK_USER") or _login_name()).strip()
        if not user:
            raise StorageError("A user name is needed to record who changes what.")
        target = resolve_target(folder, url)
        db = Database(target, readonly=readonly, user=user, backups=backups_dir(folder))
        desk = cls(db, folder, user)
        try:
            if seed and not readonly:
                desk._seed_if_new()
        except BaseException:
            db.close()
            raise
        return desk

    def _seed_if_new(self) -> None:
        from sahel_desk.model import Actor, Place
        from sahel_desk.services.seed import seed_actors, seed_places

        with self.db.write() as session:
            if session.scalar(select(func.count(Actor.id))) == 0:
                log.info("new desk: %d built-in actors added", seed_actors(session))
            if session.scalar(select(func.count(Place.id))) == 0:
                log.info("new desk: %d starter places added", seed_places(session))

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
            raise StorageError("A user name is needed to record who changes what.")
        with self.db.read() as session:
            if profiles_exist(session) and not self._has_profile(session, name):
                raise NotFoundError(f"There is no profile called '{name}'.")
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

    def check(self):
        """Integrity and foreign-key check plus row counts; never changes anything."""
        from sahel_desk.store.records import CheckReport

        integrity: list[str] = []
        foreign: list[str] = []
        with self.db.read() as session:
            # No PostgreSQL twin is needed: it enforces foreign keys on every write (SQLite
            # only with the pragma on), and checking its pages is the server's (amcheck).
            if self.db.is_sqlite:
                integrity = [r[0] for r in session.execute(text("PRAGMA integrity_check"))]
                foreign = [
                    f"table {r[0]} row {r[1]} points at a missing {r[2]}"
                    for r in session.execute(text("PRAGMA foreign_key_check"))
                ]
            counts = {
                name: int(session.scalar(select(func.count()).select_from(table)) or 0)
                for name, table in sorted(Base.metadata.tables.items())
            }
        problems = [i for i in integrity if i != "ok"]
        return CheckReport(
            ok=not problems and not foreign, schema_revision=self.db.schema.revision,
            integrity=tuple(integrity) or ("ok",), foreign_keys=tuple(foreign), counts=counts,
        )

    def backup(self, dest: str | os.PathLike[str] | None = None) -> Path:
        """A consistent copy of the database, safe while another desk writes to it."""
        if not self.db.is_sqlite:
            raise StorageError(
                "Backups of a PostgreSQL database are made on the server (pg_dump).")
        from sahel_desk.store import policy

        source = self.db.target.sqlite_path
        assert source is not None
        with self.db.read() as session:
            policy.require(session, self.user, policy.Action.EXPORT, "back up the database")
        if dest is None:
            from sahel_desk.storage.backup import timestamped_name

            dest = backups_dir(self.data_dir) / timestamped_name(source.stem, "manual")
        return backup_sqlite(source, Path(dest))


def _login_name() -> str:
    try:
        import getpass

        return getpass.getuser()
    except (OSError, KeyError):
        return "researcher"


def sqlite_version() -> str:
    return sqlite3.sqlite_version
