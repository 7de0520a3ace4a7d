"""`--create`: drafts saved through the store, all or none, never twice."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from sahel_desk.errors import ValidationError
from sahel_desk.services.desk import Desk
from sahel_desk.store.records import IncidentFilter
from tests.desk_state import run_cli

REPORT = """Mali – Sahel: March 2017 security incidents

[05 MAR 17](#): Gunmen attacked a military post at Gao. 3 soldiers killed. JNIM claimed it.

20 MAR 17: Unknown gunmen killed 2 civilians near Mopti.

19-20 MAR 17: An IED hit a MINUSMA convoy outside Kidal. 1 peacekeeper wounded.
"""


def _write(tmp_path: Path) -> Path:
    path = tmp_path / "mali_2017_03.md"
    path.write_text(REPORT, encoding="utf-8")
    return path


def test_create_saves_drafts_once(data_dir: Path, tmp_path: Path) -> None:
    path = _write(tmp_path)
    first = run_cli(["--data-dir", str(data_dir), "--user", "amina", "report", "read",
                     str(path), "--create"])
    assert first.code == 0, first.err
    assert "3 drafts saved (tag mali_2017_03); 0 already saved" in first.err
    second = run_cli(["--data-dir", str(data_dir), "--user", "amina", "report", "read",
                      str(path), "--create"])
    assert second.code == 0, second.err
    assert "0 drafts saved (tag mali_2017_03); 3 already saved" in second.err
    with Desk.open(data_dir, user="amina") as desk:
        found = desk.incidents.query(IncidentFilter(tag="mali_2017_03"), limit=10).rows
        assert len(found) == 3
        records = {str(r.event_date): desk.incidents.get(r.id) for r in found}
    gao = records["2017-03-05"]
    assert gao.status == "draft"
    assert gao.event_type == "Battles" and gao.fatalities == 3
    assert gao.sources[0].publication == "mali_2017_03.md"
    assert "line 3" in (gao.sources[0].citation or "")
    assert [c.claimant.name for c in gao.claims if c.claimant] == [
        "JNIM: Group for Support of Islam and Muslims"]
    kidal = records["2017-03-19"]
    assert kidal.event_date_end is not None and str(kidal.event_date_end) == "2017-03-20"
    assert kidal.time_precision == 2
    assert kidal.sub_event_type == "Remote explosive/landmine/IED"
    assert kidal.injured == 1 and kidal.fatalities == 0


def test_one_refused_draft_saves_none(data_dir: Path, tmp_path: Path) -> None:
    with Desk.open(data_dir, user="amina") as desk:
        reading = desk.reports.read_file(_write(tmp_path))
        bad = dataclasses.replace(reading.drafts[1],
                                  values={**reading.drafts[1].values, "fatalities": -4})
        broken = dataclasses.replace(reading, drafts=(reading.drafts[0], bad,
                                                      reading.drafts[2]))
        before = desk.incidents.count()
        with pytest.raises(ValidationError, match="line 5: fatalities"):
            desk.reports.create(broken)
        assert desk.incidents.count() == before


def test_saved_keys_name_the_entries_saved_from_that_report(data_dir: Path,
                                                           tmp_path: Path) -> None:
    with Desk.open(data_dir, user="amina") as desk:
        reading = desk.reports.read_file(_write(tmp_path))
        assert desk.reports.saved_keys(reading.name) == frozenset()
        desk.reports.create(reading)
        assert desk.reports.saved_keys(reading.name) == {d.key for d in reading.drafts}
        assert len({d.key for d in reading.drafts}) == 3
        assert desk.reports.saved_keys("another_report.md") == frozenset()


class _Stop(Exception):
    pass


def test_reading_tells_progress_per_entry_and_stops_when_told(data_dir: Path,
                                                              tmp_path: Path) -> None:
    heard: list[tuple[int, int]] = []
    path = _write(tmp_path)
    with Desk.open(data_dir, user="amina") as desk:
        desk.reports.read_file(path, progress=lambda done, total: heard.append((done, total)))
        assert heard == [(0, 3), (1, 3), (2, 3), (3, 3)]

        def stop_after_one(done: int, _total: int) -> None:
            if done == 1:
                raise _Stop

        with pytest.raises(_Stop):
            desk.reports.read_file(path, progress=stop_after_one)
