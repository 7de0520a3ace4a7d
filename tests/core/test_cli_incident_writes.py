"""`incidents create|edit|delete`: the Desk API's writes from the command line, with the
same rules; a bad file or a broken rule exits 2 and changes nothing."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from sahel_desk.paths import DATABASE_FILE
from sahel_desk.services.desk import Desk
from tests.core.helpers import complete_values
from tests.desk_state import fingerprint, run_cli


@pytest.fixture
def folder(tmp_path: Path, template_dir: Path) -> Path:
    desk_dir = tmp_path / "desk"
    desk_dir.mkdir()
    shutil.copy2(template_dir / DATABASE_FILE, desk_dir / DATABASE_FILE)
    return desk_dir


def _cli(folder: Path, *argv: str) -> tuple[int, str]:
    done = run_cli(["--data-dir", str(folder), "--user", "amina", *argv])
    return done.code, done.out + done.err


def test_create_edit_delete_round_trip(folder: Path, tmp_path: Path) -> None:
    with Desk.open(folder, user="amina") as desk:
        values = complete_values(desk, status="draft")
    new = tmp_path / "new.json"
    new.write_text(json.dumps(values, ensure_ascii=False), encoding="utf-8")
    code, said = _cli(folder, "incidents", "create", str(new))
    assert code == 0, said
    human_id = said.split()[1]
    change = tmp_path / "change.json"
    change.write_text('{"fatalities": 8, "notes": "Toll revised by the army."}')
    code, said = _cli(folder, "incidents", "edit", human_id, str(change))
    assert code == 0, said
    with Desk.open(folder, user="amina", readonly=True) as desk:
        record = desk.incidents.get(human_id)
        assert (record.fatalities, record.notes) == (8, "Toll revised by the army.")
        assert record.sub_event_type == "Armed clash" and record.created_by == "amina"
    code, said = _cli(folder, "incidents", "delete", human_id)
    assert code == 0, said
    code, said = _cli(folder, "incidents", "show", human_id)
    assert code == 2 and human_id in said, said


@pytest.mark.parametrize(("text", "said"), [
    ("{not json", "is not JSON"),
    ("[1, 2]", "must hold one JSON object"),
    ('{"event_date": "2099-01-01", "event_type": "Battles"}', "event_date"),
    ('{"fatalities": "²"}', "fatalities"),
    ('{"fatalities": 99999999999999999999}', "fatalities"),
])
def test_bad_input_exits_2_and_changes_nothing(folder: Path, tmp_path: Path, text: str,
                                               said: str) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(text, encoding="utf-8")
    before = fingerprint(folder / DATABASE_FILE)
    code, out = _cli(folder, "incidents", "create", str(bad))
    assert code == 2, out
    assert said in out
    assert "bug" not in out.lower()
    assert fingerprint(folder / DATABASE_FILE) == before


def test_a_missing_file_and_an_unknown_incident_are_said_plainly(folder: Path,
                                                                 tmp_path: Path) -> None:
    code, out = _cli(folder, "incidents", "create", str(tmp_path / "absent.json"))
    assert code == 2 and "cannot read" in out
    change = tmp_path / "change.json"
    change.write_text('{"fatalities": 1}')
    code, out = _cli(folder, "incidents", "edit", "MLI-2017-9999", str(change))
    assert code == 2, out
    code, out = _cli(folder, "incidents", "delete", "MLI-2017-9999")
    assert code == 2, out


def test_a_moved_place_is_shown_and_taken_or_kept_on_the_command_line(folder: Path) -> None:
    with Desk.open(folder, user="amina") as desk:
        first = desk.incidents.create(complete_values(desk, status="draft"))
        second = desk.incidents.create(complete_values(desk, status="draft"))
        desk.places.update(first.place.id, name="Gao (ville)", latitude=16.2717)
    code, said = _cli(folder, "incidents", "show", first.human_id)
    assert code == 0 and "its place changed in the gazetteer: Gao (ville)" in said, said
    code, said = _cli(folder, "incidents", "take-place", first.human_id)
    assert code == 0 and "location Gao (ville), 16.2717" in said, said
    code, said = _cli(folder, "incidents", "keep-location", second.human_id)
    assert code == 0, said
    with Desk.open(folder, user="amina") as desk:
        taken, kept = desk.incidents.get(first.human_id), desk.incidents.get(second.human_id)
    assert (taken.location, taken.latitude, taken.place_changed) == ("Gao (ville)", 16.2717,
                                                                     False)
    assert (kept.location, kept.latitude, kept.place_changed) == (
        second.location, second.latitude, False)
    code, said = _cli(folder, "incidents", "take-place", "MLI-1999-0042")
    assert code == 2 and "no incident" in said.lower(), said
