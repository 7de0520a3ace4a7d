"""A bundle lists the likely duplicates it brought in: a record it adds or changes that
may be the same event as one of the receiving desk's, as ``duplicates find`` gives the
pair (and its JSON), never the pairs among the records already there."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.core.helpers import complete_values
from tests.desk_state import run_cli
from tests.duplicates.test_brought_in import old_pair, pairs_of
from tests.duplicates.test_find import second_coder
from tests.exchange.conftest import MakeDesk, send

pytestmark = pytest.mark.backends("sqlite", "postgresql")


def test_a_bundle_bringing_a_record_that_duplicates_a_local_one_lists_it(
        make_desk: MakeDesk, tmp_path: Path) -> None:
    amina, hawa = make_desk("amina"), make_desk("hawa")
    sent = amina.incidents.create(complete_values(amina))
    amina.incidents.create(complete_values(amina, event_date="2019-01-10"))
    local = hawa.incidents.create(second_coder(hawa))
    old = set(old_pair(hawa))
    report = send(amina, hawa, tmp_path, "records")
    assert len(report.added) == 2
    # (amina's record is renumbered here: hawa's own took its number)
    assert [{pair.a.id, pair.b.id} for pair in report.duplicates] == [{sent.id, local.id}]
    assert old not in pairs_of(report.duplicates)
    [pair] = report.duplicates
    assert local.human_id in {pair.a.human_id, pair.b.human_id}
    # Brought in again: nothing new came, so nothing is listed.
    again = hawa.exchange.import_bundle(tmp_path / "records.sdb")
    assert again.duplicates == ()


@pytest.mark.backends("sqlite")  # the command line opens the desk by its folder
def test_bundle_import_prints_and_gives_the_duplicates_in_find_json(
        make_desk: MakeDesk, tmp_path: Path) -> None:
    amina, hawa = make_desk("amina"), make_desk("hawa")
    sent = amina.incidents.create(complete_values(amina))
    local = hawa.incidents.create(second_coder(hawa))
    send(amina, hawa, tmp_path, "first")  # trusts amina's key
    amina.incidents.update(sent.id, {"fatalities": 8, "fatalities_low": 8,
                                     "fatalities_high": 8})
    amina.exchange.export_bundle(tmp_path / "second.sdb", peer="hawa")
    amina.exchange.export_bundle(tmp_path / "third.sdb", peer="hawa", since_last=False)
    hawa_dir = str(hawa.data_dir)
    hawa.close()
    done = run_cli(["--data-dir", hawa_dir, "--user", "hawa", "bundle", "import",
                    str(tmp_path / "second.sdb"), "--json"])
    assert done.code == 0, done.err
    data = json.loads(done.out)
    [pair] = data["duplicates"]
    assert set(pair) == {"a", "b", "score", "reasons"}
    assert {pair["a"]["id"], pair["b"]["id"]} == {sent.id, local.id}
    assert local.human_id in {pair["a"]["human_id"], pair["b"]["human_id"]}
    assert pair["reasons"][0]["aspect"] == "date" and 0.2 <= pair["score"] <= 1
    found = json.loads(run_cli(["--data-dir", hawa_dir, "duplicates", "find",
                                "--json"]).out)
    assert found["pairs"] == data["duplicates"]
    text = run_cli(["--data-dir", hawa_dir, "--user", "hawa", "bundle", "import",
                    str(tmp_path / "third.sdb")])
    assert text.code == 0, text.err
    assert "brought in" not in text.out  # nothing changed: nothing brought in
