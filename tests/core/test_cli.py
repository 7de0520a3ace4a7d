"""The command line, run as a user runs it: a real process, real files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from sahel_desk.cli.main import main
from sahel_desk.paths import DATABASE_FILE
from sahel_desk.storage import migrate


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "sahel_desk", *args], capture_output=True,
                          text=True, timeout=300, env={**os.environ, **(env or {})})


def test_init_demo_check_list_show(tmp_path: Path) -> None:
    folder = str(tmp_path / "desk")
    init = run("--data-dir", folder, "db", "init")
    assert init.returncode == 0, init.stderr
    assert f"schema {migrate.head_revision()}" in init.stdout
    demo = run("--data-dir", folder, "demo", "--incidents", "300", "--seed", "7")
    assert demo.returncode == 0, demo.stderr
    assert "Added 300 demo incidents" in demo.stdout
    check = run("--data-dir", folder, "db", "check", "--json")
    assert check.returncode == 0, check.stderr
    report = json.loads(check.stdout)
    assert report["ok"] is True and report["counts"]["incident"] == 300
    listing = run("--data-dir", folder, "incidents", "list", "--json", "--limit", "500")
    data = json.loads(listing.stdout)
    assert data["total"] == 300 and len(data["incidents"]) == 300
    first = data["incidents"][0]
    shown = run("--data-dir", folder, "incidents", "show", first["human_id"], "--json")
    record = json.loads(shown.stdout)
    assert record["id"] == first["id"]
    assert record["sources"] and record["actor1"]["name"]
    text = run("--data-dir", folder, "incidents", "show", first["human_id"])
    assert first["human_id"] in text.stdout and "Fatalities:" in text.stdout


def test_same_seed_gives_the_same_demo(tmp_path: Path) -> None:
    outputs = []
    for name in ("a", "b"):
        folder = str(tmp_path / name)
        assert main(["--data-dir", folder, "demo", "--incidents", "50", "--seed", "3"]) == 0
        done = run("--data-dir", folder, "incidents", "list", "--json", "--limit", "100")
        outputs.append([(r["human_id"], r["event_type"], r["fatalities"])
                        for r in json.loads(done.stdout)["incidents"]])
    assert outputs[0] == outputs[1]


def test_list_filters_from_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture
                                            ) -> None:
    folder = str(tmp_path)
    assert main(["--data-dir", folder, "demo", "--incidents", "200"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", folder, "incidents", "list", "--json", "--status", "approved",
                 "--actor", "JNIM", "--from", "2020-01-01", "--limit", "300"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["total"] > 0
    assert all(r["status"] == "approved" and r["event_date"] >= "2020-01-01"
               for r in data["incidents"])


@pytest.mark.parametrize(("args", "words"), [
    (["incidents", "show", "MLI-1999-9999"], "There is no incident 'MLI-1999-9999'"),
    (["incidents", "list", "--status", "published"], "'published' is not a review state"),
    (["incidents", "list", "--actor", "Nobody"], "No actor is called 'Nobody'"),
    (["incidents", "list", "--limit", "0"], "argument --limit: 0 is below 1"),
    (["demo", "--incidents", "-5"], "argument --incidents: -5 is below 1"),
])
def test_bad_input_is_named_on_stderr_with_a_failing_status(tmp_path: Path, args: list[str],
                                                            words: str) -> None:
    folder = str(tmp_path)
    assert main(["--data-dir", folder, "db", "init"]) == 0
    done = run("--data-dir", folder, *args)
    assert done.returncode == 2
    assert words in done.stderr
    assert done.stdout == ""


@pytest.mark.parametrize(("args", "words"), [
    (["incidents", "list", "--from", "2017-13-01"],
     "argument --from: '2017-13-01' is not a date: month 13 does not exist"),
    (["incidents", "list", "--to", "31/02/2017"],
     "argument --to: '31/02/2017' is not a date: 31 February does not exist"),
    (["duplicates", "find", "--since", "hier"], "argument --since: \"hier\" is not a date"),
    (["actors", "search", "JNIM", "--on", "05/13/2017"],
     "argument --on: '05/13/2017' is not a date: month 13 does not exist (the day comes "
     "first: 13/05/2017)"),
])
def test_a_bad_date_argument_is_refused_naming_the_part_at_fault(
        tmp_path: Path, args: list[str], words: str) -> None:
    done = run("--data-dir", str(tmp_path), *args)
    assert done.returncode == 2
    assert words in done.stderr


def test_dates_are_written_on_the_command_line_as_in_the_form(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A French researcher writes 01/03/2020 or "1 mars 2020", as in the form's date
    field: the same days as 2020-03-01, in any script's digits."""
    folder = str(tmp_path)
    assert main(["--data-dir", folder, "demo", "--incidents", "200"]) == 0
    capsys.readouterr()
    found = []
    for first, last in (("2020-03-01", "2020-06-30"), ("01/03/2020", "30 juin 2020"),
                        ("١/٣/٢٠٢٠", "June 30, 2020")):
        assert main(["--data-dir", folder, "incidents", "list", "--json", "--from", first,
                     "--to", last, "--limit", "300"]) == 0
        found.append([r["human_id"] for r in json.loads(capsys.readouterr().out)["incidents"]])
    assert found[0] and found[0] == found[1] == found[2]


def test_a_non_database_file_given_as_db_is_refused_unchanged(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.txt"
    bogus.write_text("Attaque à Boulkessi, 11 morts\n", encoding="utf-8")
    for args in (["db", "init"], ["db", "check"], ["incidents", "list"], ["demo",
                                                                          "--incidents", "5"]):
        done = run("--db", str(bogus), *args)
        assert done.returncode == 2, args
        assert "is not a Sahel Desk database" in done.stderr
    assert bogus.read_text(encoding="utf-8") == "Attaque à Boulkessi, 11 morts\n"


def test_backup_and_upgrade_commands(tmp_path: Path) -> None:
    folder = tmp_path / "desk"
    assert main(["--data-dir", str(folder), "db", "init"]) == 0
    done = run("--data-dir", str(folder), "db", "backup", str(tmp_path / "copy.sqlite"))
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "copy.sqlite").stat().st_size > 0
    default = run("--data-dir", str(folder), "db", "backup")
    assert "backups" in default.stdout
    upgrade = run("--data-dir", str(folder), "db", "upgrade")
    assert "nothing to do" in upgrade.stdout


def test_check_of_a_missing_database_says_so(tmp_path: Path) -> None:
    done = run("--data-dir", str(tmp_path / "nowhere"), "db", "check")
    assert done.returncode == 2
    assert "No Sahel Desk database in" in done.stderr and "db init" in done.stderr
    assert not (tmp_path / "nowhere" / DATABASE_FILE).exists()


def test_main_py_and_the_console_script_agree(tmp_path: Path) -> None:
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, str(root / "main.py"), "--version"],
                          capture_output=True, text=True, timeout=60)
    assert done.stdout.startswith("sahel-desk ")


@pytest.mark.parametrize("command", [["incidents", "list"], ["incidents", "show", "MLI-2017-0001"],
                                     ["actors", "search", "JNIM"], ["db", "check"],
                                     ["export", "excel", "out.xlsx"]])
def test_a_reading_command_refuses_a_folder_without_a_desk(
        tmp_path: Path, command: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    """A mistyped --data-dir must not show an empty desk as if it were the real one."""
    mistyped = tmp_path / "sahel-dsek"
    code = main(["--data-dir", str(mistyped), *command])
    said = capsys.readouterr()
    assert code == 2
    assert f"No Sahel Desk database in {mistyped}" in said.err
    assert "db init" in said.err
    assert not (mistyped / DATABASE_FILE).exists()
