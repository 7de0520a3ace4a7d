"""`sahel-desk duplicates find|dismiss`, run as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

from sahel_desk.services.desk import Desk
from tests.core.helpers import complete_values
from tests.desk_state import fingerprint, run_cli
from tests.duplicates.test_find import second_coder

DB = "sahel-desk.sqlite"


def _two_reports(data_dir: Path) -> tuple[str, str, str]:
    with Desk.open(data_dir, user="amina") as desk:
        first = desk.incidents.create(complete_values(desk))
        second = desk.incidents.create(second_coder(desk))
        return first.human_id, second.human_id, second.id


def test_find_prints_each_pair_with_its_score_and_reasons(data_dir: Path) -> None:
    first, second, _ = _two_reports(data_dir)
    done = run_cli(["--data-dir", str(data_dir), "duplicates", "find"])
    assert done.code == 0, done.err
    lines = done.out.splitlines()
    assert lines[0].split()[1:3] == [first, "(2017-05-07,"]
    assert f"~  {second} (2017-05-08, Gao)" in lines[0]
    assert lines[1].strip().startswith("1 day apart, same place, same type (Armed clash)")
    assert lines[-1] == ("-- 1 possible duplicate pair(s) at a score of at least 0.2, "
                         "among 1 pairs compared")


def test_find_json_names_each_side_and_the_reasons(data_dir: Path) -> None:
    first, second, second_id = _two_reports(data_dir)
    done = run_cli(["--data-dir", str(data_dir), "duplicates", "find", "--json",
                    "--min-score", "0.3"])
    assert done.code == 0, done.err
    data = json.loads(done.out)
    assert list(data) == ["pairs"]
    [pair] = data["pairs"]
    assert set(pair) == {"a", "b", "score", "reasons"}
    assert (pair["a"]["human_id"], pair["b"]["human_id"]) == (first, second)
    assert pair["b"]["id"] == second_id
    assert pair["a"]["event_id_cnty"] is None  # not from ACLED
    assert 0.3 <= pair["score"] <= 1
    assert pair["reasons"][0] == {"aspect": "date", "level": "one_day",
                                  "weight": pair["reasons"][0]["weight"],
                                  "text": "1 day apart"}
    assert [r["aspect"] for r in pair["reasons"]][:4] == ["date", "place", "type", "actors"]
    high = run_cli(["--data-dir", str(data_dir), "duplicates", "find", "--json",
                    "--min-score", "0.99"])
    assert json.loads(high.out) == {"pairs": []}


def test_dismiss_by_human_id_or_id_and_find_no_more(data_dir: Path) -> None:
    first, second, second_id = _two_reports(data_dir)
    done = run_cli(["--data-dir", str(data_dir), "--user", "moussa", "duplicates", "dismiss",
                    first, second_id, "--reason", "two attacks that day"])
    assert done.code == 0, done.err
    assert done.out == f"{first} and {second_id} are marked as not the same event.\n"
    again = run_cli(["--data-dir", str(data_dir), "duplicates", "dismiss", second, first])
    assert again.out == (f"{second} and {first} were already marked as not the same event "
                         "(by moussa).\n")
    found = run_cli(["--data-dir", str(data_dir), "duplicates", "find", "--json"])
    assert json.loads(found.out) == {"pairs": []}


def test_unknown_incidents_and_bad_scores_exit_2_and_change_nothing(data_dir: Path) -> None:
    first, _, _ = _two_reports(data_dir)
    before = fingerprint(data_dir / DB)
    done = run_cli(["--data-dir", str(data_dir), "duplicates", "dismiss", first,
                    "MLI-2099-0042"])
    assert done.code == 2
    assert done.err == "sahel-desk: error: There is no incident 'MLI-2099-0042'.\n"
    bad = run_cli(["--data-dir", str(data_dir), "duplicates", "find", "--min-score", "2"])
    assert bad.code == 2 and "2 is not between 0 and 1" in bad.err
    assert fingerprint(data_dir / DB) == before


def test_find_refuses_a_folder_without_a_desk(tmp_path: Path) -> None:
    done = run_cli(["--data-dir", str(tmp_path / "nowhere"), "duplicates", "find"])
    assert done.code == 2
    assert "No Sahel Desk database in" in done.err
