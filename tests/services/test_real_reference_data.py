"""The three real GeoNames dumps and the sample claims, through the Desk API.

Skipped with a reason when ../shared is absent.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from rapidfuzz import fuzz

from sahel_desk.services.desk import Desk
from sahel_desk.text.normalize import compact
from tests.conftest import SHARED

pytestmark = pytest.mark.skipif(not SHARED.is_dir(),
                                reason=f"../shared reference data is absent ({SHARED})")


@pytest.fixture(scope="module")
def loaded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    folder = tmp_path_factory.mktemp("real-gazetteer")
    with Desk.open(folder, user="amina") as desk:
        report = desk.gazetteer.import_geonames(
            sorted((SHARED / "data" / "geonames").glob("*.txt")))
        assert report.rows_read == 59_350
        assert report.added + report.updated > 58_000
        desk.gazetteer.warm_up()
        yield desk


@pytest.mark.parametrize(("query", "expected", "country"), [
    ("Aguelhoc", "Aguelhok", "ML"),
    ("Aguel'hoc", "Aguelhok", "ML"),
    ("Tombouctou", "Timbuktu", "ML"),
    ("Tin-Zaouatene", "Ti-n-Zaouâtene", "ML"),
    ("Tinzawatene", "Ti-n-Zaouâtene", "ML"),
    ("Tinzaouaten", "Ti-n-Zaouâtene", "ML"),
    ("Segou", "Ségou", "ML"),
    ("Al-Moustarat", "Almoustarast", "ML"),
    ("موبتي", "Mopti", None),
    ("جنه", "Djénné", None),
    ("غاو", "Gao", None),
    ("Djibo", "Djibo", "BF"),
    ("Tillaberi", "Tillabéri", "NE"),
])
def test_spelling_variants_find_their_place_in_the_top_3(loaded: Desk, query: str,
                                                         expected: str, country: str | None
                                                         ) -> None:
    names = [h.place.name for h in loaded.gazetteer.search(query, country=country, limit=3)]
    assert any(expected.casefold() in n.casefold() for n in names), names


def test_places_have_admin_names_from_the_adm_rows(loaded: Desk) -> None:
    gao = next(h.place for h in loaded.gazetteer.search("Gao", country="ML")
               if h.place.feature_code.startswith("PPL"))
    assert gao.admin1 == "Gao"
    assert "جاو" in gao.alternate_names or "غاو" in gao.alternate_names


def _expectations() -> list[tuple[str, dict[str, str]]]:
    text = (SHARED / "samples" / "claims_ar.txt").read_text(encoding="utf-8")
    out = []
    for block in text.split("\n---\n"):
        expect = re.search(r"^# expect: (.*)$", block, re.M)
        if expect:
            fields = dict(re.findall(r"(\w+)=(\S+)", expect.group(1)))
            out.append((block, fields))
    return out


def _same_place(expected: str, found: str) -> bool:
    """Spellings differ (Marka-Coungo / Markakoungo, Kumara / Komara): compare loosely."""
    a, b = compact(expected), compact(found)
    return a in b or fuzz.ratio(a, b) >= 80


def test_every_sample_claim_reads_as_expected(loaded: Desk) -> None:
    readings = loaded.claim_reader.parse_file(SHARED / "samples" / "claims_ar.txt")
    expectations = _expectations()
    assert len(readings) == len(expectations) == 5
    for reading, (_, expected) in zip(readings, expectations, strict=True):
        assert reading.gregorian_date == date.fromisoformat(expected["date"])
        assert reading.channel == "az-Zallaqa"
        assert reading.claimant.startswith("JNIM")
        killed = expected.get("killed_claimed", "")
        assert reading.count("killed") == (int(killed) if killed.isdigit() else None)
        vehicles = expected.get("vehicles_seized")
        assert reading.count("vehicles_seized") == (int(vehicles) if vehicles else None)
        found = [str(s.value) for s in reading.of_kind("place")]
        for name in expected["places"].split(","):
            assert any(_same_place(name, value) for value in found), (name, found)
        for suggestion in reading.suggestions:
            assert reading.text[suggestion.start:suggestion.end] == suggestion.source_text


def test_actor_suggestions_use_the_variant_of_the_claim_date(loaded: Desk) -> None:
    reading = loaded.claim_reader.parse_file(SHARED / "samples" / "claims_ar.txt")[1]
    actors = {s.value for s in reading.of_kind("actor")}
    assert "Military Forces of Mali (2013-2020)" in actors


def test_a_claim_file_path_that_does_not_exist(loaded: Desk, tmp_path: Path) -> None:
    from sahel_desk.errors import InputError

    with pytest.raises(InputError):
        loaded.claim_reader.parse_file(tmp_path / "missing.txt")
