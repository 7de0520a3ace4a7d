"""Opening databases safely: pragmas, migrations, locks and refusals."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, text

from sahel_desk.errors import (
    DatabaseInUseError,
    DiskFullError,
    NewerSchemaError,
    NotADatabaseError,
    ReadOnlyError,
    StorageError,
)
from sahel_desk.model import Base
from sahel_desk.paths import DATABASE_FILE
from sahel_desk.services.desk import Desk
from sahel_desk.storage import migrate
from tests.core.helpers import complete_values

#: Opening and migrating run on both; what is about SQLite files stays SQLite-only.
BOTH = pytest.mark.backends("sqlite", "postgresql")


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_sqlite_runs_in_wal_with_foreign_keys(desk: Desk) -> None:
    with desk.db.read() as session:
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert session.execute(text("PRAGMA busy_timeout")).scalar() == 5000


@BOTH
def test_a_new_database_is_migrated_to_head_and_seeded(tmp_path: Path, empty_db_url: str
                                                       ) -> None:
    with Desk.open(tmp_path, empty_db_url, user="amina") as desk:
        assert desk.schema.revision == migrate.head_revision()
        assert desk.schema.upgraded_from is None
        counts = desk.check().counts
    assert counts["actor"] >= 30
    assert counts["place"] > 100
    assert not (tmp_path / "backups").exists()


@BOTH
def test_migrations_build_exactly_the_model(empty_db_url: str) -> None:
    engine = create_engine(empty_db_url)
    migrate.upgrade(engine)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    engine.dispose()
    assert diff == []


@BOTH
@pytest.mark.parametrize("previous", ["0001", "0002"])
def test_upgrade_from_an_earlier_revision_keeps_data_and_backs_up(
        tmp_path: Path, previous: str, backend: str, empty_db_url: str) -> None:
    db_file = tmp_path / DATABASE_FILE
    url = f"sqlite:///{db_file}" if backend == "sqlite" else empty_db_url
    engine = create_engine(url)
    migrate.upgrade(engine, previous)
    with engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO place (id, name, ascii_name, country_code, admin1, latitude, longitude, "
            "population, origin, edited, created_at, updated_at) VALUES ('p1', 'Ségou', "
            "'Segou', 'ML', 'Segou', 13.4, -6.3, 0, 'custom', FALSE, '2017-01-01', "
            "'2017-01-01')"))
        conn.execute(text(
            "INSERT INTO actor (id, name, actor_type, created_by, created_at, updated_at) "
            "VALUES ('a1', 'Katiba Macina', 2, 'old', '2017-01-01', '2017-01-01')"))
        conn.execute(text(
            "INSERT INTO incident (id, human_id, notes, status, near, place_id, created_by, "
            "created_at, updated_by, updated_at, revision) VALUES ('i1', 'MLI-2017-0001', "
            "'Embuscade près de Ségou', 'draft', FALSE, 'p1', 'old', '2017-05-01', 'old', "
            "'2017-05-01', 1)"))
        conn.execute(text(
            "INSERT INTO incident_actor (incident_id, actor_id, role, position) "
            "VALUES ('i1', 'a1', 'actor1', 0)"))
    engine.dispose()
    with Desk.open(tmp_path, None if backend == "sqlite" else url, user="amina",
                   seed=False) as desk:
        assert desk.schema.upgraded_from == previous
        assert desk.schema.revision == migrate.head_revision()
        backup = desk.schema.backup
        if backend == "postgresql":  # backups of a server are its administrator's (pg_dump)
            assert backup is None
        else:
            assert backup is not None and backup.parent == tmp_path / "backups"
        record = desk.incidents.get("MLI-2017-0001")
        assert record.notes == "Embuscade près de Ségou"
        assert record.actor1.name == "Katiba Macina"
        from sahel_desk.store.records import IncidentFilter

        if previous == "0001":  # 0002 builds the search key for existing rows
            assert desk.incidents.count(IncidentFilter(text="segou embuscade")) == 1
        row = desk.incidents.query(sort="actor1").rows[0]
        assert (row.actor1, row.location, row.admin1) == ("Katiba Macina", "Ségou", "Segou")
    if backup is None:
        return
    old = sqlite3.connect(backup)
    assert old.execute("SELECT version_num FROM alembic_version").fetchone() == (previous,)
    old.close()


def test_a_database_from_a_newer_version_is_refused_unchanged(data_dir: Path) -> None:
    db_file = data_dir / DATABASE_FILE
    conn = sqlite3.connect(db_file)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    before = _digest(db_file)
    with pytest.raises(NewerSchemaError, match="newer version of Sahel Desk"):
        Desk.open(data_dir, user="amina")
    assert _digest(db_file) == before
    assert not (data_dir / "backups").exists()


@pytest.mark.parametrize("content", [b"incident,date\nMLI-1,2017-05-07\n", b"\x00\x01binary",
                                     b"SQLite format 2\x00 not really"])
def test_a_file_that_is_not_a_database_is_refused_unchanged(tmp_path: Path, content: bytes
                                                            ) -> None:
    bogus = tmp_path / "events.csv"
    bogus.write_bytes(content)
    with pytest.raises(NotADatabaseError, match="is not a Sahel Desk database"):
        Desk.open(tmp_path, url=str(bogus), user="amina")
    assert bogus.read_bytes() == content
    assert not (tmp_path / "events.csv.lock").exists()


def test_another_programs_sqlite_database_is_refused_unchanged(tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE people (name TEXT)")
    conn.commit()
    conn.close()
    before = _digest(other)
    with pytest.raises(NotADatabaseError, match="not a Sahel Desk one"):
        Desk.open(tmp_path, url=f"sqlite:///{other}", user="amina")
    assert _digest(other) == before


def test_a_second_process_is_told_the_database_is_in_use(data_dir: Path) -> None:
    script = textwrap.dedent(f"""
        import sys
        from sahel_desk.errors import DatabaseInUseError
        from sahel_desk.services.desk import Desk
        try:
            Desk.open({str(data_dir)!r}, user="moussa")
        except DatabaseInUseError as exc:
            print(exc)
            sys.exit(3)
        sys.exit(0)
    """)
    with Desk.open(data_dir, user="amina"):
        done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                              timeout=60)
        assert done.returncode == 3, done.stderr
        assert "in use by another Sahel Desk" in done.stdout
        assert "user amina" in done.stdout
        with Desk.open(data_dir, user="moussa", readonly=True) as reader:
            assert reader.incidents.count() == 0
    # Once the first desk closes, the second one may open.
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr


def test_in_use_in_the_same_process_too(data_dir: Path) -> None:
    with Desk.open(data_dir, user="amina"), pytest.raises(DatabaseInUseError):
        Desk.open(data_dir, user="amina")


def test_a_read_only_desk_cannot_write(data_dir: Path) -> None:
    with Desk.open(data_dir, user="amina", readonly=True) as desk, pytest.raises(ReadOnlyError):
        desk.incidents.create({"notes": "x"})


def test_a_full_disk_is_said_plainly_and_nothing_is_saved(desk: Desk) -> None:
    before = desk.incidents.count()
    with pytest.raises(DiskFullError, match="is full"), desk.db.write() as session:
        pages = session.execute(text("PRAGMA page_count")).scalar()
        session.execute(text(f"PRAGMA max_page_count = {pages}"))
        session.execute(text(
            "INSERT INTO history (change_id, entity, entity_id, field, new_value, user, at) "
            "VALUES ('c', 'incident', 'x', 'notes', :big, 'amina', '2020-01-01')"),
            {"big": "x" * 2_000_000})
    with desk.db.write() as session:
        session.execute(text("PRAGMA max_page_count = 1073741823"))
    assert desk.incidents.count() == before
    desk.incidents.create(complete_values(desk))


def test_backup_is_a_consistent_copy_while_a_desk_writes(desk: Desk, tmp_path: Path) -> None:
    desk.incidents.create(complete_values(desk))
    with Desk.open(desk.data_dir, user="reviewer", readonly=True) as reader:
        copy = reader.backup(tmp_path / "copy.sqlite")
    conn = sqlite3.connect(copy)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert conn.execute("SELECT human_id FROM incident").fetchall() == [("MLI-2017-0001",)]
    conn.close()
    assert not (tmp_path / "copy.sqlite.partial").exists()


def test_backup_refuses_to_overwrite_the_database(desk: Desk) -> None:
    with pytest.raises(StorageError, match="must not be the database"):
        desk.backup(desk.db.target.sqlite_path)


def test_check_reports_a_broken_foreign_key(data_dir: Path) -> None:
    conn = sqlite3.connect(data_dir / DATABASE_FILE)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("INSERT INTO actor_alias (actor_id, alias, folded) VALUES ('ghost', 'x', 'x')")
    conn.commit()
    conn.close()
    with Desk.open(data_dir, user="amina", readonly=True) as desk:
        report = desk.check()
    assert not report.ok
    assert "actor_alias" in report.foreign_keys[0]
