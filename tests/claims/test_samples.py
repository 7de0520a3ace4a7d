"""The five sample claims in ../shared read as their "# expect:" lines say."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from sahel_desk.claims import ClaimReading, parse_claim, split_claims
from sahel_desk.claims.vocabulary import FAMA, JNIM
from sahel_desk.text.normalize import fold

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
SAMPLES = SHARED / "samples" / "claims_ar.txt"

# The gazetteer's part, played by a dict: folded Arabic name -> English name.
PLACES = {
    fold(arabic): english
    for arabic, english in {
        "تمبكتو": "Timbuktu",
        "المسترات": "Almoustarat",
        "غاو": "Gao",
        "ماركاكونغو": "Marka-Coungo",
        "كاسيلا": "Kassela",
        "كوليكورو": "Koulikoro",
        "ديا": "Dia",
        "ديافارابي": "Diafarabe",
        "موبتي": "Mopti",
        "ماسينا": "Macina",
        "كومارا": "Kumara",
        "سيغو": "Segou",
        "باماكو": "Bamako",
    }.items()
}
ACTORS = {"JNIM": JNIM, "FAMa": FAMA, "MINUSMA": "MINUSMA"}


def place_lookup(name: str) -> list[tuple[str, float]]:
    english = PLACES.get(fold(name))
    return [(english, 1.0)] if english else []


def _expectations(block: str) -> dict[str, str]:
    line = next(x for x in block.splitlines() if x.startswith("# expect:"))
    return dict(re.findall(r"(\w+)=(\S+)", line))


def _blocks() -> list[tuple[int, str, dict[str, str]]]:
    """(first line, claim text, expectations) per sample block, comments kept for expect."""
    content = SAMPLES.read_text(encoding="utf-8")
    raw = content.split("\n---\n")
    claims = split_claims(content)
    return [
        (line, text, _expectations(block)) for (line, text), block in zip(claims, raw, strict=True)
    ]


@pytest.fixture(scope="module")
def samples() -> list[tuple[int, str, dict[str, str]]]:
    if not SAMPLES.is_file():
        pytest.skip(f"../shared sample claims are absent (looked for {SAMPLES})")
    return _blocks()


def _read(sample: tuple[int, str, dict[str, str]]) -> ClaimReading:
    line, text, _ = sample
    return parse_claim(text, first_line=line, place_lookup=place_lookup)


@pytest.mark.shared
def test_the_file_holds_five_claims(samples: list[tuple[int, str, dict[str, str]]]) -> None:
    assert len(samples) == 5


@pytest.mark.shared
@pytest.mark.parametrize("index", range(5))
def test_sample_claim_reads_as_expected(
    samples: list[tuple[int, str, dict[str, str]]], index: int
) -> None:
    sample = samples[index]
    expect = sample[2]
    reading = _read(sample)

    assert reading.gregorian_date == dt.date.fromisoformat(expect["date"])
    assert reading.gregorian_date.strftime("%A") == expect["weekday"]
    assert reading.weekday_note == ""
    assert reading.channel == "az-Zallaqa"
    assert reading.claimant == JNIM

    places = {s.value for s in reading.of_kind("place")}
    assert set(expect["places"].split(",")) <= places

    actors = {s.value for s in reading.suggestions if s.kind in ("claimant", "actor")}
    assert {ACTORS[a] for a in expect["actors"].split(",")} <= actors

    killed = expect["killed_claimed"]
    if killed.isdigit():
        assert reading.count("killed") == int(killed)
    else:
        assert reading.count("killed") is None
        assert any("vague" in s.note for s in reading.of_kind("killed"))
    vehicles = expect.get("vehicles_seized")
    assert reading.count("vehicles_seized") == (int(vehicles) if vehicles else None)


@pytest.mark.shared
def test_sample_spans_point_at_their_words(
    samples: list[tuple[int, str, dict[str, str]]],
) -> None:
    for sample in samples:
        reading = _read(sample)
        assert reading.suggestions
        for s in reading.suggestions:
            assert reading.text[s.start : s.end] == s.source_text


@pytest.mark.shared
def test_first_sample_dates_from_its_line_in_the_file(
    samples: list[tuple[int, str, dict[str, str]]],
) -> None:
    line, text, _ = samples[0]
    lines = SAMPLES.read_text(encoding="utf-8").splitlines()
    assert lines[line - 1] == text.splitlines()[0]
    assert _read(samples[0]).hijri_written == "الأربعاء 07/08/1438"
