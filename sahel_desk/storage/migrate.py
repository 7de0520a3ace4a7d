"""Schema versions through Alembic, run when a database is opened.

An existing database is copied to the backups folder before any migration;
a database written by a newer Sahel Desk is refused rather than guessed at.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

from sahel_desk.errors import NewerSchemaError, NotADatabaseError, StorageError
from sahel_desk.storage.backup import backup_sqlite, timestamped_name
from sahel_desk.text.message import Text

if TYPE_CHECKING:
    from sahel_desk.storage.database import Database

log = logging.getLogger(__name__)

SCRIPT_LOCATION = Path(__file__).with_name("migrations")
VERSION_TABLE = "alembic_version"


@dataclass(frozen=True)
class SchemaState:
    revision: str
    head: str
    upgraded_from: str | None
    backup: Path | None


def _config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(SCRIPT_LOCATION))
    return cfg


def script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(_config())


def head_revision() -> str:
    head = script_directory().get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> tuple[str | None, list[str]]:
    """The stored revision and the tables present (to spot foreign databases)."""
    with engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
        tables = inspect(conn).get_table_names()
        conn.rollback()
    return current, tables


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Run migrations up to ``revision`` in one transaction."""
    cfg = _config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def ensure_current(db: Database, backups: Path) -> SchemaState:
    """Bring the database to the current schema, backing it up first if it has data."""
    head = head_revision()
    current, tables = current_revision(db.read_engine)
    label = db.target.label
    if current is None and [t for t in tables if t != VERSION_TABLE]:
        raise NotADatabaseError(
            Text("{label} is a database, but not a Sahel Desk one (tables: {names}). Nothing "
                 "was changed.",
                 label=label, names=', '.join(tables[:5]))
        )
    known = {rev.revision for rev in script_directory().walk_revisions()}
    if current is not None and current not in known:
        raise NewerSchemaError(
            Text("{label} was written by a newer version of Sahel Desk (schema {current}). "
                 "Install the newer version to open it; nothing was changed.",
                 label=label, current=current)
        )
    if not db.readonly:
        db.allow_wal()
    if current == head:
        return SchemaState(head, head, None, None)
    if db.readonly:
        raise StorageError(
            Text("{label} needs setting up before it can be read; open it once for writing.",
                 label=label) if current is None else
            Text("{label} needs an upgrade before it can be read; open it once for writing.",
                 label=label)
        )
    backup = None
    if current is not None and db.target.sqlite_path is not None:
        path = db.target.sqlite_path
        backup = backup_sqlite(path, backups / timestamped_name(path.stem, f"before-{head}"),
                               backups=backups).path
        log.info("backed up %s to %s before migrating %s -> %s", path, backup, current, head)
    # PostgreSQL: server-side backups (pg_dump) are the administrator's; we only migrate.
    upgrade(db.write_engine, "head")
    return SchemaState(head, head, current, backup)
