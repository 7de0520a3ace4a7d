"""`gazetteer`, `actors` and `claims` commands, run as a user runs them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from tests.services.test_gazetteer import geonames_row, write_dump


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "sahel_desk", *args], capture_output=True,
                          text=True, timeout=300, input=stdin, env=dict(os.environ))


def test_gazetteer_import_search_near_and_add(tmp_path: Path) -> None:
    folder = str(tmp_path / "desk")
    dump = write_dump(tmp_path / "ML.txt", [
        geonames_row(2453347, "Mopti Region", 14.7, -3.4, "A", "ADM1"),
        geonames_row(9000002, "Boni", 15.07, -1.85, "P", "PPL", alternates="بوني"),
    ])
    done = run("--data-dir", folder, "gazetteer", "import-geonames", str(dump))
    assert done.returncode == 0, done.stderr
    assert "1 places added, 1 updated" in done.stdout
    found = json.loads(run("--data-dir", folder, "gazetteer", "search", "بوني", "--json").stdout)
    assert found[0]["name"] == "Boni" and found[0]["admin1"] == "Mopti"
    near = json.loads(run("--data-dir", folder, "gazetteer", "near", "15.07", "-1.85",
                          "--json", "--limit", "2").stdout)
    assert near[0]["name"] == "Boni" and near[0]["distance_km"] == 0
    added = run("--data-dir", folder, "gazetteer", "add", "Boulkessi", "--lat", "14.58",
                "--lon", "-1.09", "--country", "ML", "--alt", "Boulkessy", "--json")
    assert added.returncode == 0, added.stderr
    assert json.loads(added.stdout)["admin1"] == "Mopti"
    again = json.loads(run("--data-dir", folder, "gazetteer", "search", "boulkesy",
                           "--json").stdout)
    assert again[0]["name"] == "Boulkessi"


def test_a_bad_geonames_file_names_the_line_and_changes_nothing(tmp_path: Path) -> None:
    folder = str(tmp_path / "desk")
    good = geonames_row(9000002, "Boni", 15.07, -1.85, "P", "PPL")
    dump = write_dump(tmp_path / "ML.txt", [good, good.replace("\t15.07\t", "\tnorth\t")])
    done = run("--data-dir", folder, "gazetteer", "import-geonames", str(dump))
    assert done.returncode == 2
    assert "ML.txt, line 2" in done.stderr
    search = json.loads(run("--data-dir", folder, "gazetteer", "search", "Boni", "--json",
                            "--country", "ML").stdout)
    assert all(hit["name"] != "Boni" for hit in search)
    bad = run("--data-dir", folder, "gazetteer", "add", "X", "--lat", "91", "--lon", "0")
    assert bad.returncode == 2 and "latitude" in bad.stderr


def test_actor_search_and_merge(tmp_path: Path) -> None:
    folder = str(tmp_path)
    assert run("--data-dir", folder, "db", "init").returncode == 0  # reading needs a desk
    hits = json.loads(run("--data-dir", folder, "actors", "search", "GSIM", "--json").stdout)
    assert hits[0]["actor"]["name"].startswith("JNIM")
    dated = json.loads(run("--data-dir", folder, "actors", "search", "FAMa", "--on",
                           "2017-05-07", "--json").stdout)
    assert dated[0]["actor"]["name"] == "Military Forces of Mali (2013-2020)"
    merged = run("--data-dir", folder, "actors", "merge", "Dogon Ethnic Militia (Mali)",
                 "Dan Na Ambassagou")
    assert merged.returncode == 0, merged.stderr
    after = json.loads(run("--data-dir", folder, "actors", "search", "Dogon Ethnic Militia",
                           "--json").stdout)
    assert after[0]["actor"]["name"] == "Dan Na Ambassagou"
    missing = run("--data-dir", folder, "actors", "merge", "Nobody", "JNIM")
    assert missing.returncode == 2 and "There is no actor 'Nobody'" in missing.stderr


CLAIMS = """#مؤسسة_الزلاقة
الأحد 11/08/1438
عملية على قاعدة للجيش المالي قرب مدينة #غاو أسفرت عن مقتل سبعة من الجنود.
#نصرة_الإسلام_والمسلمين
---
#مؤسسة_الزلاقة
الإثنين ٠٩/٠٦/١٤٤٤
هجوم على نقطة عسكرية في #كوليكورو أسفر عن مقتل أربعة عشر جنديا.
#نصرة_الإسلام_والمسلمين
"""


def test_claims_parse_from_standard_input(tmp_path: Path) -> None:
    assert run("--data-dir", str(tmp_path), "db", "init").returncode == 0
    done = run("--data-dir", str(tmp_path), "claims", "parse", "-", "--json", stdin=CLAIMS)
    assert done.returncode == 0, done.stderr
    readings = json.loads(done.stdout)
    assert [r["gregorian_date"] for r in readings] == ["2017-05-07", "2023-01-02"]
    killed = [[s["value"] for s in r["suggestions"] if s["kind"] == "killed"] for r in readings]
    assert killed == [[7], [14]]
    places = [s["value"] for s in readings[1]["suggestions"] if s["kind"] == "place"]
    assert places == ["Koulikoro"]


def test_a_claim_with_an_impossible_date_names_its_line(tmp_path: Path) -> None:
    bad = tmp_path / "claims.txt"
    bad.write_text(CLAIMS.replace("٠٩/٠٦/١٤٤٤", "31/13/1438"), encoding="utf-8")
    assert run("--data-dir", str(tmp_path), "db", "init").returncode == 0
    done = run("--data-dir", str(tmp_path), "claims", "parse", str(bad))
    assert done.returncode == 2
    assert "line 7" in done.stderr
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    assert run("--data-dir", str(tmp_path), "claims", "parse", str(empty)).returncode == 2


def test_actors_add_and_edit_and_places_edit(data_dir: Path) -> None:
    from tests.desk_state import run_cli

    def cli(*args: str) -> Any:
        return run_cli(["--data-dir", str(data_dir), "--user", "amina", *args])

    added = cli("actors", "add", "Koglweogo (Soum)", "--type", "4", "--country", "BFA",
                "--alias", "Koglwéogo", "--json")
    assert added.code == 0, added.err
    assert json.loads(added.out)["actor_type"] == 4
    edited = cli("actors", "edit", "Koglweogo (Soum)", "--alias", "Kogl-weogo",
                 "--description", "Self-defence group", "--json")
    assert edited.code == 0, edited.err
    actor = json.loads(edited.out)
    assert {"Koglwéogo", "Kogl-weogo"} <= set(actor["aliases"])
    assert actor["description"] == "Self-defence group"
    bad = cli("actors", "add", "Nobody", "--type", "9")
    assert bad.code == 2 and "'9' is not an actor type (1-8)" in bad.err
    assert cli("actors", "edit", "Koglweogo (Soum)").code == 2

    place = cli("gazetteer", "edit", "2457163", "--admin2", "Gao Cercle", "--add-alt",
                "Gawgaw", "--json")
    assert place.code == 0, place.err
    assert json.loads(place.out)["admin2"] == "Gao Cercle"
    found = json.loads(cli("gazetteer", "search", "Gawgaw", "--json").out)
    assert found[0]["geonames_id"] == 2457163
    wrong = cli("gazetteer", "edit", "2457163", "--lat", "north")
    assert wrong.code == 2 and "latitude" in wrong.err
    assert cli("gazetteer", "edit", "nowhere", "--name", "X").code == 2
