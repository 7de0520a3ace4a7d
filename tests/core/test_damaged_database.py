"""A damaged desk file: every way in refuses it plainly (exit 2), says how to recover,
and writes nothing to it.

The damage is done to a real desk file that was closed cleanly (so the check on
opening cannot lean on the stamp a clean close leaves): cut to half its length,
a page in the middle overwritten with random bytes, overwritten with text,
emptied, or a folder in its place.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from sahel_desk.cli.main import main
from sahel_desk.errors import DamagedDatabaseError, NotADatabaseError
from sahel_desk.paths import DATABASE_FILE
from sahel_desk.services.desk import Desk
from sahel_desk.storage.lock import read_stamp
from tests.core.helpers import complete_values

PAGE = 4096


def _half(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[:len(data) // 2])


def _middle_page(path: Path) -> None:
    con = sqlite3.connect(path)
    # Every page is in use (no free pages, whose contents no check can judge).
    assert con.execute("PRAGMA freelist_count").fetchone() == (0,)
    con.close()
    data = bytearray(path.read_bytes())
    at = (len(data) // PAGE // 2) * PAGE
    data[at:at + PAGE] = random.Random(7).randbytes(PAGE)
    path.write_bytes(bytes(data))


def _text(path: Path) -> None:
    path.write_text("event_id_cnty,event_date\nMLI1,2017-05-07\n", encoding="utf-8")


def _empty(path: Path) -> None:
    path.write_bytes(b"")


def _folder(path: Path) -> None:
    path.unlink()
    path.mkdir()
    (path / "something.txt").write_text("not a desk", encoding="utf-8")


DAMAGES: dict[str, Callable[[Path], None]] = {
    "cut to half": _half, "middle page overwritten": _middle_page,
    "not SQLite": _text, "empty": _empty, "a folder": _folder}


@dataclass
class Damaged:
    data_dir: Path
    db: Path
    backup: Path
    kind: str
    incidents: int

    def state(self) -> dict[str, str]:
        """The desk file's bytes and its side files: what must not change."""
        found: dict[str, str] = {}
        for side in ("", "-wal", "-journal"):
            path = self.db.with_name(self.db.name + side)
            if path.is_file() and (side == "" or path.stat().st_size):
                found[side or "file"] = hashlib.sha256(path.read_bytes()).hexdigest()
            elif path.is_dir():
                found[side or "file"] = "folder:" + ",".join(sorted(os.listdir(path)))
        return found

    def backups(self) -> list[str]:
        return sorted(p.name for p in self.backup.parent.iterdir())


def _make_desk(folder: Path, template_dir: Path) -> tuple[Path, int]:
    folder.mkdir()
    shutil.copy2(template_dir / DATABASE_FILE, folder / DATABASE_FILE)
    with Desk.open(folder, user="amina") as desk:
        for day in ("2017-05-07", "2017-05-08", "2017-05-09"):
            desk.incidents.create(complete_values(desk, event_date=day, status="approved"))
        backup = desk.backup()
        count = desk.incidents.count()
    return backup, count


@pytest.fixture(params=list(DAMAGES))
def damaged(request: pytest.FixtureRequest, tmp_path: Path, template_dir: Path) -> Damaged:
    folder = tmp_path / "desk"
    backup, count = _make_desk(folder, template_dir)
    db = folder / DATABASE_FILE
    # Closed cleanly: the lock file holds the stamp the next open may trust.
    assert read_stamp(db) is not None
    DAMAGES[request.param](db)
    return Damaged(folder, db, backup, request.param, count)


def cli(data_dir: Path, *args: str, capsys: pytest.CaptureFixture[str]
        ) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data_dir), "--user", "amina", *args])
    out, err = capsys.readouterr()
    return code, out, err


def _says_how_to_recover(message: str, d: Damaged) -> None:
    assert str(d.db) in message
    if d.kind == "a folder":
        assert "is a folder" in message
    else:
        assert "is damaged" in message
        assert "Nothing was written to it" in message or "No backup was made" in message
    assert d.backup.name in message
    assert f'db restore "{d.backup}"' in message
    assert "db check" in message


@pytest.mark.parametrize("readonly", [False, True], ids=["writable", "read-only"])
def test_opening_a_damaged_desk_is_refused_and_changes_nothing(damaged: Damaged,
                                                               readonly: bool) -> None:
    before = damaged.state()
    with pytest.raises(NotADatabaseError) as caught:
        Desk.open(damaged.data_dir, user="amina", readonly=readonly)
    _says_how_to_recover(str(caught.value), damaged)
    if damaged.kind != "a folder":
        assert isinstance(caught.value, DamagedDatabaseError)
        assert caught.value.backups == (damaged.backup,)
        assert caught.value.problems
    assert damaged.state() == before
    # And a second try says the same: nothing was half-done the first time.
    with pytest.raises(NotADatabaseError):
        Desk.open(damaged.data_dir, user="amina", readonly=readonly)
    assert damaged.state() == before


COMMANDS = {
    "db check": ["db", "check"],
    "db check --json": ["db", "check", "--json"],
    "incidents list": ["incidents", "list"],
    "demo": ["demo", "--incidents", "3"],
    "export excel": ["export", "excel", "OUT.xlsx"],
    "export csv": ["export", "csv", "OUT.csv"],
    "db backup": ["db", "backup"],
}


@pytest.mark.parametrize("command", list(COMMANDS))
def test_every_command_on_a_damaged_desk_exits_2_and_changes_nothing(
        damaged: Damaged, command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    argv = [str(out_dir / a) if a.startswith("OUT.") else a for a in COMMANDS[command]]
    before, backups = damaged.state(), damaged.backups()
    code, out, err = cli(damaged.data_dir, *argv, capsys=capsys)
    assert code == 2, (out, err)
    assert err.startswith("sahel-desk: error: ")
    assert "internal error" not in err
    _says_how_to_recover(err, damaged)
    assert damaged.state() == before
    assert damaged.backups() == backups
    assert list(out_dir.iterdir()) == []


def test_db_check_says_what_sqlite_found_and_which_backups_there_are(
        tmp_path: Path, template_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "desk"
    backup, _ = _make_desk(folder, template_dir)
    _middle_page(folder / DATABASE_FILE)
    said = _sqlite_says(folder / DATABASE_FILE)
    code, out, _ = cli(folder, "db", "check", capsys=capsys)
    assert code == 2
    assert "DAMAGED" in out and f"  {said}" in out  # SQLite's own words
    assert f"  {backup}" in out
    code, out, _ = cli(folder, "db", "check", "--json", capsys=capsys)
    report = json.loads(out)
    assert code == 2 and report["ok"] is False and report["damaged"] is True
    assert report["backups"] == [str(backup)]
    assert report["problems"][0] == said


def _sqlite_says(db: Path) -> str:
    """The first thing SQLite's integrity check says of a file."""
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return str(con.execute("PRAGMA integrity_check").fetchone()[0])
    except sqlite3.DatabaseError as exc:
        return str(exc)
    finally:
        con.close()


def _break_an_index(db: Path) -> None:
    """An index that no longer matches its table: a damage only integrity_check sees."""
    con = sqlite3.connect(db)
    con.execute("PRAGMA writable_schema = ON")
    con.execute("UPDATE sqlite_master SET sql = 'CREATE INDEX ix_incident_event_date ON "
                "incident (event_type)' WHERE name = 'ix_incident_event_date'")
    con.commit()
    con.close()


def test_db_check_finds_the_damage_an_open_lets_through(
        tmp_path: Path, template_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "desk"
    backup, count = _make_desk(folder, template_dir)
    _break_an_index(folder / DATABASE_FILE)
    code, out, _ = cli(folder, "incidents", "list", "--json", capsys=capsys)
    assert code == 0 and json.loads(out)["total"] == count
    with Desk.open(folder, user="amina", readonly=True) as desk:
        report = desk.check()
    assert not report.ok
    assert report.integrity[0] == "row 1 missing from index ix_incident_event_date"
    code, out, err = cli(folder, "db", "check", capsys=capsys)
    assert code == 2
    assert all(f"row {n} missing from index ix_incident_event_date" in out for n in (1, 2, 3))
    assert "row 1 missing from index ix_incident_event_date" in err
    assert "REINDEX" in err  # only an index is damaged: it can be rebuilt
    assert backup.name in err


def test_db_backup_refuses_a_damaged_file_unless_forced(
        tmp_path: Path, template_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "desk"
    backup, _ = _make_desk(folder, template_dir)
    db = folder / DATABASE_FILE
    _half(db)
    damaged_bytes = db.read_bytes()
    code, _, err = cli(folder, "db", "backup", capsys=capsys)
    assert code == 2 and "No backup was made" in err and "--force" in err
    assert [p.name for p in backup.parent.iterdir()] == [backup.name]
    code, out, _ = cli(folder, "db", "backup", "--force", capsys=capsys)
    assert code == 0 and "DAMAGED" in out
    [forced] = [p for p in backup.parent.iterdir() if p != backup]
    assert "damaged" in forced.name and forced.read_bytes() == damaged_bytes
    assert db.read_bytes() == damaged_bytes
    # The damaged copy is never offered as the one to restore.
    code, _, err = cli(folder, "incidents", "list", capsys=capsys)
    assert code == 2 and f'db restore "{backup}"' in err and forced.name not in err


def test_db_restore_puts_the_backup_back_and_keeps_the_damaged_file(
        tmp_path: Path, template_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "desk"
    backup, count = _make_desk(folder, template_dir)
    db = folder / DATABASE_FILE
    _middle_page(db)
    damaged_bytes = db.read_bytes()
    code, out, _ = cli(folder, "db", "restore", str(backup), capsys=capsys)
    assert code == 0, out
    [kept] = folder.glob("sahel-desk-*-replaced.sqlite")
    assert kept.read_bytes() == damaged_bytes and str(kept) in out
    code, out, _ = cli(folder, "db", "check", "--json", capsys=capsys)
    assert code == 0 and json.loads(out)["counts"]["incident"] == count


def test_db_restore_refuses_a_damaged_copy_and_a_desk_in_use(
        tmp_path: Path, template_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "desk"
    backup, _ = _make_desk(folder, template_dir)
    db = folder / DATABASE_FILE
    before = db.read_bytes()
    bad = tmp_path / "bad.sqlite"
    shutil.copy(backup, bad)
    _half(bad)
    code, _, err = cli(folder, "db", "restore", str(bad), capsys=capsys)
    assert code == 2 and "is damaged" in err and "not restored" in err
    with Desk.open(folder, user="moussa"):
        code, _, err = cli(folder, "db", "restore", str(backup), capsys=capsys)
    assert code == 2 and "in use by another Sahel Desk" in err
    assert db.read_bytes() == before
    assert sorted(p.name for p in folder.iterdir() if p.name.startswith("sahel-desk-")) == []


@pytest.mark.parametrize("lock", ["garbage", "a folder"])
def test_a_damaged_lock_file_is_no_crash(tmp_path: Path, template_dir: Path, lock: str,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "desk"
    _make_desk(folder, template_dir)
    db = folder / DATABASE_FILE
    lock_file = db.with_name(db.name + ".lock")
    lock_file.unlink()
    if lock == "garbage":
        lock_file.write_bytes(b"\xff\x00{not json" * 50)
    else:
        lock_file.mkdir()
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    code, _, err = cli(folder, "demo", "--incidents", "2", capsys=capsys)
    assert "internal error" not in err
    if lock == "garbage":
        assert code == 0, err  # whatever was in it, the lock is taken and rewritten
    else:
        assert code == 2 and "lock file" in err
        assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    code, _, err = cli(folder, "incidents", "list", capsys=capsys)
    assert code == 0, err
