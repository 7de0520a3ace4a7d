"""The drafts `report read --json` prints, scored by ../shared/tools/score_drafts.py
against hand-coded expectations: the two sample reports with the issue's targets,
and the two articles that tell the same events in prose (expectations in
tests/reports/expect/, written by hand from the articles)."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from tests.conftest import SHARED
from tests.desk_state import run_cli

SCORER = SHARED / "tools" / "score_drafts.py"
SAMPLES = SHARED / "samples"
EXPECT = Path(__file__).parent / "expect"
ARTICLES = {"003_23958e37953c3e1d": "2023-01-20", "004_3f6f327567535d76": "2017-06-30"}

pytestmark = pytest.mark.shared


def _read(mali_dir: Path, path: Path, *extra: str) -> dict:
    done = run_cli(["--data-dir", str(mali_dir), "report", "read", str(path), "--json",
                    *extra])
    assert done.code == 0, done.err
    return json.loads(done.out)


@pytest.mark.parametrize("name", ["report_2017_05", "report_2023_01"])
def test_sample_reports_meet_the_targets(mali_dir: Path, tmp_path: Path, name: str) -> None:
    if not SCORER.is_file():
        pytest.skip(f"../shared scorer is absent (looked for {SCORER})")
    drafts = tmp_path / "drafts.json"
    drafts.write_text(json.dumps(_read(mali_dir, SAMPLES / f"{name}.md")), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(SCORER), str(drafts), str(SAMPLES / f"{name}.expect.json"), "-v",
         "--min-found", "1", "--min-field", "event_date=1", "--min-field", "place=0.85",
         "--min-field", "event_type=0.85", "--min-field", "actor1=0.8",
         "--min-field", "fatalities=0.9", "--max-spurious", "1"],
        capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("score_drafts", SCORER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_articles_find_their_events_with_date_and_place(mali_dir: Path, name: str) -> None:
    article = SHARED / "sources" / f"{name}.txt"
    if not article.is_file() or not SCORER.is_file():
        pytest.skip(f"../shared article or scorer is absent (looked for {article})")
    drafts = _read(mali_dir, article, "--date", ARTICLES[name])["drafts"]
    events = json.loads((EXPECT / f"{name}.expect.json").read_text(encoding="utf-8"))["events"]
    scorer = _scorer()
    found = scorer.match(events, drafts)
    right = [e["id"] for i, e in enumerate(events) if i in found
             and scorer.field_ok("event_date", found[i], e["event_date"])
             and scorer.field_ok("place", found[i], e["place"])]
    assert len(right) >= 0.8 * len(events), (
        f"{len(right)}/{len(events)} with date and place: missing "
        f"{sorted(set(e['id'] for e in events) - set(right))}")


def test_the_arabic_statement_is_a_claim_of_the_entries_it_repeats(mali_dir: Path) -> None:
    report = SAMPLES / "report_2023_01.md"
    if not report.is_file():
        pytest.skip(f"../shared sample is absent (looked for {report})")
    data = _read(mali_dir, report)
    assert data["report"]["claims"] == 1
    by_line = {d["line"]: d for d in data["drafts"]}
    assert sorted(by_line) == [10, 12, 14, 16, 18, 20, 22, 24, 26]  # no draft for the claim
    for line in (10, 12):  # Marka-coungo and Kassela, 2 Jan: the statement's two attacks
        assert [c["language"] for c in by_line[line]["claims"]] == ["en", "ar"]
        assert by_line[line]["fatalities_claimed"] == 7
    assert by_line[10]["fatalities"] == 4  # the report's toll, not the claimed 7
    assert all(c["language"] != "ar" for c in by_line[14]["claims"])
