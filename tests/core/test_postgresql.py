"""What SQLite gives the desk for free, PostgreSQL gives it too: one writer at a
time, a stale save refused even between two processes, one snapshot per read,
a bounded wait for locks, values refused alike, NULLs sorted alike.

The server is the throwaway one from tests/pg_server.py; the tests marked for
both backends show that the behaviour is the same on SQLite."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from sahel_desk.cli.main import main
from sahel_desk.errors import (
    DatabaseBusyError,
    NewerSchemaError,
    NotADatabaseError,
    ReadOnlyError,
    StorageError,
    ValidationError,
)
from sahel_desk.model import Incident
from sahel_desk.services.desk import Desk
from sahel_desk.storage import database, migrate
from sahel_desk.store.records import IncidentFilter
from tests.core.helpers import complete_values

ON_POSTGRESQL = pytest.mark.backends("postgresql")
ON_BOTH = pytest.mark.backends("sqlite", "postgresql")
#: seconds a child process may take to start and open its desk
START_S = 120

SAVE = textwrap.dedent("""
    import json, sys
    from sahel_desk.errors import StaleRevisionError
    from sahel_desk.services.desk import Desk

    url, folder, user, ref, revision, fatalities = sys.argv[1:]
    with Desk.open(folder, url, user=user) as desk:
        assert desk.incidents.get(ref).revision == int(revision)
        print("loaded", flush=True)
        sys.stdin.readline()  # go: the other process has loaded the same revision
        try:
            saved = desk.incidents.update(ref, {"fatalities": int(fatalities)},
                                          expected_revision=int(revision),
                                          reason=f"count from {user}")
        except StaleRevisionError as exc:
            print(json.dumps({"stale": str(exc), "changed_by": exc.changed_by}), flush=True)
        else:
            print(json.dumps({"saved": saved.revision}), flush=True)
""")

CREATE = textwrap.dedent("""
    import json, sys
    from tests.core.helpers import complete_values
    from sahel_desk.services.desk import Desk

    url, folder, user, count = sys.argv[1:]
    with Desk.open(folder, url, user=user) as desk:
        print("loaded", flush=True)
        sys.stdin.readline()
        ids = [desk.incidents.create(complete_values(desk)).human_id for _ in range(int(count))]
        print(json.dumps({"created": ids}), flush=True)
""")


def _start(script: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", script, *args], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            cwd=Path(__file__).resolve().parents[2])


def _wait_loaded(procs: list[subprocess.Popen[str]]) -> None:
    for proc in procs:
        line = proc.stdout.readline()
        if line.strip() != "loaded":
            proc.kill()
            raise AssertionError(f"child did not start: {line!r} {proc.stderr.read()}")


def _go(procs: list[subprocess.Popen[str]]) -> None:
    for proc in procs:
        proc.stdin.write("\n")
        proc.stdin.flush()


def _finish(procs: list[subprocess.Popen[str]]) -> list[dict]:
    results = []
    for proc in procs:
        out, err = proc.communicate(timeout=START_S)
        assert proc.returncode == 0, err
        results.append(json.loads(out.strip().splitlines()[-1]))
    return results


def _waiting_for_locks(session, count: int, within_s: float = 20.0) -> None:
    """Wait until ``count`` other sessions of this database wait for a lock."""
    deadline = time.monotonic() + within_s
    while time.monotonic() < deadline:
        waiting = session.scalar(text(
            "SELECT count(*) FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
            "WHERE NOT l.granted AND a.datname = current_database() "
            "AND a.pid <> pg_backend_pid()"))
        if waiting >= count:
            return
        time.sleep(0.02)
    raise AssertionError(f"fewer than {count} sessions came to wait for a lock")


@ON_POSTGRESQL
def test_two_processes_saving_the_same_incident_one_wins_the_other_is_told(
        desk: Desk, data_dir: Path, db_url: str) -> None:
    record = desk.incidents.create(complete_values(desk))
    record = desk.incidents.update(record.id, {"injured": 2}, expected_revision=1)
    base = record.revision
    change_sets = {h.change_id for h in desk.history.for_incident(record.id)}
    moussa = _start(SAVE, db_url, str(data_dir), "moussa", record.human_id, str(base), "8")
    fatou = _start(SAVE, db_url, str(data_dir), "fatou", record.human_id, str(base), "9")
    procs = [moussa, fatou]
    try:
        _wait_loaded(procs)
        # Hold the incident so that both saves are inside the database at the same time.
        with desk.db.write() as holder:
            holder.execute(select(Incident.id).where(Incident.id == record.id)
                           .with_for_update())
            _go(procs)
            _waiting_for_locks(holder, 2)
        results = _finish(procs)
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
    saved = [r for r in results if "saved" in r]
    stale = [r for r in results if "stale" in r]
    assert len(saved) == 1 and len(stale) == 1, results
    winner = "moussa" if "saved" in results[0] else "fatou"
    assert saved[0]["saved"] == base + 1
    assert stale[0]["changed_by"] == winner
    assert f"changed by {winner}" in stale[0]["stale"]
    assert f"stored revision {base + 1}" in stale[0]["stale"]
    after = desk.incidents.get(record.id)
    assert after.revision == base + 1
    assert after.fatalities == (8 if winner == "moussa" else 9)
    assert after.updated_by == winner
    history = desk.history.for_incident(record.id)
    new_sets = {h.change_id for h in history} - change_sets
    assert len(new_sets) == 1
    assert {(h.field, h.user) for h in history if h.change_id in new_sets} == {
        ("fatalities", winner)}


@ON_POSTGRESQL
def test_two_processes_creating_at_once_get_distinct_human_ids(
        desk: Desk, data_dir: Path, db_url: str) -> None:
    """The next number is read then written: saves one at a time keep that safe."""
    procs = [_start(CREATE, db_url, str(data_dir), user, "6") for user in ("moussa", "fatou")]
    try:
        _wait_loaded(procs)
        _go(procs)
        results = _finish(procs)
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
    ids = [human_id for r in results for human_id in r["created"]]
    assert sorted(ids) == [f"MLI-2017-{n:04d}" for n in range(1, 13)]
    assert desk.incidents.count() == 12


@ON_POSTGRESQL
def test_a_read_unit_reads_one_snapshot(desk: Desk, data_dir: Path, db_url: str) -> None:
    with desk.db.read() as session:
        before = session.scalar(select(func.count(Incident.id)))
        with Desk.open(data_dir, db_url, user="moussa") as other:
            other.incidents.create(complete_values(other))
        assert session.scalar(select(func.count(Incident.id))) == before
    assert desk.incidents.count() == before + 1


@ON_POSTGRESQL
def test_a_locked_record_makes_a_save_wait_the_busy_timeout_then_say_so(
        desk: Desk, data_dir: Path, db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    record = desk.incidents.create(complete_values(desk))
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 300)
    with Desk.open(data_dir, db_url, user="moussa") as other, desk.db.read() as holder:
        holder.execute(select(Incident.id).where(Incident.id == record.id).with_for_update())
        started = time.monotonic()
        with pytest.raises(DatabaseBusyError, match="Retry in a moment"):
            other.incidents.update(record.id, {"fatalities": 8})
        assert time.monotonic() - started < 5
    assert desk.incidents.get(record.id).fatalities == record.fatalities


@ON_POSTGRESQL
def test_a_read_only_desk_cannot_write_even_by_hand(data_dir: Path, db_url: str) -> None:
    with Desk.open(data_dir, db_url, user="amina", readonly=True) as desk:
        with pytest.raises(ReadOnlyError):
            desk.incidents.create({"notes": "x"})
        with pytest.raises(ReadOnlyError), desk.db.read() as session:
            session.execute(text("DELETE FROM incident_tag"))
        assert desk.places.count() > 100


@ON_BOTH
@pytest.mark.parametrize(("values", "field", "words"), [
    ({"sources": [{"publication": "R" * 301}]}, "sources[0].publication", "at most 300 fit"),
    ({"tags": ["t" * 101]}, "tags", "at most 100 fit"),
    ({"fatalities": 2**31, "fatalities_high": 2**31}, "fatalities", "too large"),
    ({"notes": "JNIM\x00claims"}, "notes", "NUL character"),
])
def test_values_postgresql_cannot_store_are_refused_on_both(
        desk: Desk, values: dict, field: str, words: str) -> None:
    with pytest.raises(ValidationError) as caught:
        desk.incidents.create(complete_values(desk, **values))
    assert words in {e.field: e.message for e in caught.value.errors}[field]
    assert desk.incidents.count() == 0


@ON_BOTH
def test_a_value_too_long_for_its_column_is_refused_by_any_service(desk: Desk) -> None:
    before = desk.check().counts
    with pytest.raises(ValidationError, match=r"actor\.name: is 301 characters long"):
        desk.actors.create(name="K" * 301, actor_type=2)
    with pytest.raises(ValidationError, match=r"profile\.name"):
        desk.profiles.create("p" * 101, "administrator")
    assert desk.check().counts == before


@ON_BOTH
def test_undated_drafts_sort_the_same_on_both(desk: Desk, tmp_path: Path) -> None:
    dated = desk.incidents.create(complete_values(desk, fatalities=3, fatalities_low=3))
    undated = desk.incidents.create({"notes": "Heard of an attack near Boni."})

    def order(**kwargs) -> list[str]:
        return [r.id for r in desk.incidents.query(**kwargs).rows]

    assert order(sort="event_date", descending=True) == [dated.id, undated.id]
    assert order(sort="event_date", descending=False) == [undated.id, dated.id]
    assert order(sort="fatalities", descending=False) == [undated.id, dated.id]
    assert order(sort="fatalities", descending=True) == [dated.id, undated.id]
    assert desk.incidents.ids() == [undated.id, dated.id]
    report = desk.exports.csv(tmp_path / "all.csv", IncidentFilter(statuses=("draft",
                                                                              "submitted")))
    lines = (tmp_path / "all.csv").read_text(encoding="utf-8-sig").splitlines()
    assert report.incidents == 2
    assert undated.human_id in lines[1] and dated.human_id in lines[2]


@ON_POSTGRESQL
def test_the_command_line_runs_on_postgresql(db_url: str, capsys: pytest.CaptureFixture,
                                             desk: Desk) -> None:
    desk.incidents.create(complete_values(desk, status="approved"))
    assert main(["--db", db_url, "db", "init"]) == 0
    assert f"schema {migrate.head_revision()}" in capsys.readouterr().out
    assert main(["--db", db_url, "db", "check", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["counts"]["incident"] == 1
    assert main(["--db", db_url, "incidents", "list", "--json", "--text", "almoustarat"]) == 0
    assert json.loads(capsys.readouterr().out)["total"] == 1
    assert main(["--db", db_url, "db", "backup"]) == 2
    assert "pg_dump" in capsys.readouterr().err


@ON_POSTGRESQL
def test_a_database_from_a_newer_version_is_refused(data_dir: Path, db_url: str,
                                                    desk: Desk) -> None:
    with desk.db.write() as session:
        session.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(NewerSchemaError, match="newer version of Sahel Desk"):
        Desk.open(data_dir, db_url, user="amina")


@ON_POSTGRESQL
def test_another_programs_database_is_refused_unchanged(empty_db_url: str, tmp_path: Path
                                                       ) -> None:
    from sqlalchemy import create_engine

    engine = create_engine(empty_db_url)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE people (name TEXT)"))
    with pytest.raises(NotADatabaseError, match="not a Sahel Desk one"):
        Desk.open(tmp_path, empty_db_url, user="amina")
    with engine.connect() as conn:
        tables = conn.execute(text(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")).scalars().all()
    engine.dispose()
    assert tables == ["people"]


def test_a_missing_database_is_said_plainly(pg_server, tmp_path: Path) -> None:
    with pytest.raises(StorageError, match=r"does not exist.*createdb"):
        Desk.open(tmp_path, pg_server.url("no_such_desk"), user="amina")


def test_a_server_that_cannot_be_reached_is_said_plainly(tmp_path: Path) -> None:
    pytest.importorskip("psycopg")
    with pytest.raises(StorageError, match="Cannot connect to postgresql"):
        Desk.open(tmp_path, "postgresql+psycopg://amina@127.0.0.1:1/sahel", user="amina")
