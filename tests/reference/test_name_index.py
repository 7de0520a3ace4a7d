"""Type-ahead search: tier order, weights, filters, and the spellings of real reports."""

from __future__ import annotations

import math
import random
from pathlib import Path

import pytest

from sahel_desk.reference.geonames import GeoNamesRecord, read_geonames
from sahel_desk.reference.name_index import IndexEntry, NameIndex
from sahel_desk.reference.place_aliases import PLACE_ALIASES, aliases_for
from sahel_desk.reference.place_index import (
    Place,
    PlaceIndex,
    haversine_km,
    place_weight,
    places_from_geonames,
)

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
DUMPS = SHARED / "data" / "geonames"

TIMBUKTU = 2449067
SEGOU = 2451478
MOPTI = 2453348
GAO = 2457163
AGUELHOK = 2461247
TINZAOUATEN = 2476086
ALMOUSTARAST = 2596476


def small_index() -> NameIndex:
    return NameIndex(
        [
            IndexEntry("gao-town", ["Gao", "Gawo", "جاو"], weight=5),
            IndexEntry("gao-well", ["Gao"], weight=1),
            IndexEntry("gaobi", ["Gaobi"], weight=2),
            IndexEntry("tinza", ["Ti-n-Zaouâtene", "Tinzaouaten"], weight=2),
            IndexEntry("adrar", ["Adrar Ti-n-Zaouâtene"], weight=1),
            IndexEntry("aguelhok", ["Aguelhok", "Aguel-Hoc"], weight=2),
            IndexEntry("mopti", ["Mopti", "مُوبْتِي"], weight=5),
            IndexEntry("segou", ["Ségou"], weight=5),
        ]
    )


def keys(hits: list) -> list:
    return [h.key for h in hits]


def test_exact_before_prefix_and_weight_orders_within_tier() -> None:
    hits = small_index().search("gao")
    assert keys(hits) == ["gao-town", "gao-well", "gaobi"]
    assert [h.kind for h in hits] == ["exact", "exact", "prefix"]
    assert hits[0].score == 100.0


def test_one_hit_per_key_with_best_name() -> None:
    hits = small_index().search("Tinzaouaten")
    assert keys(hits).count("tinza") == 1
    assert hits[0].key == "tinza"
    assert hits[0].kind == "exact"


def test_prefix_from_any_word_and_across_words() -> None:
    index = small_index()
    assert set(keys(index.search("zaou"))) == {"tinza", "adrar"}
    assert keys(index.search("tin-zaou"))[0] == "tinza"
    assert keys(index.search("adrar ti"))[0] == "adrar"


def test_fuzzy_after_prefix() -> None:
    hits = small_index().search("Aguelhocq")
    assert hits[0].key == "aguelhok"
    assert hits[0].kind == "fuzzy"
    assert 80 <= hits[0].score < 100


def test_short_queries_use_prefix_only() -> None:
    index = small_index()
    assert {h.kind for h in index.search("g")} == {"prefix"}
    assert index.search("xq") == []  # no fuzzy guessing on two letters


def test_arabic_query_is_normalised() -> None:
    index = small_index()
    assert keys(index.search("موبتي")) == ["mopti"]
    assert keys(index.search("مـوبتى")) == ["mopti"]  # tatweel, alef maqsura
    assert keys(index.search("جاو"))[0] == "gao-town"


def test_accept_filters_before_limit() -> None:
    hits = small_index().search("gao", limit=1, accept=lambda key: key != "gao-town")
    assert keys(hits) == ["gao-well"]


def test_limit_and_empty_queries() -> None:
    index = small_index()
    assert len(index.search("g", limit=2)) == 2
    assert index.search("") == []
    assert index.search(" - ' ") == []
    assert index.search("gao", limit=0) == []
    assert NameIndex([]).search("gao") == []


def test_entries_without_usable_names_are_harmless() -> None:
    index = NameIndex([IndexEntry(1, ["", "--"], 1.0), IndexEntry(2, ["Kidal"], 1.0)])
    assert keys(index.search("kidal")) == [2]
    assert len(index) == 2


def test_place_from_mapping_and_weight() -> None:
    town = Place.from_mapping(
        {"id": 1, "name": "Gao", "latitude": 16.27, "longitude": -0.04, "feature_class": "P",
         "feature_code": "PPLA", "population": 87000, "alternate_names": ["Gawo"], "extra": 1}
    )  # fmt: skip
    region = Place(2, "Gao Region", 16.5, 0.5, feature_class="A", feature_code="ADM1")
    well = Place(3, "Gao", 16.0, 0.0, feature_class="H", feature_code="WLL")
    assert town.alternate_names == ("Gawo",)
    assert place_weight(town) > place_weight(region) > place_weight(well)
    index = PlaceIndex([town, region, well])
    assert keys(index.search("gao")) == [1, 3, 2]


def test_haversine() -> None:
    assert haversine_km(0, 0, 0, 0) == 0
    # Bamako to Gao: about 960 km as the crow flies.
    assert 940 < haversine_km(12.65, -8.0, 16.27, -0.04) < 980


def test_aliases_table() -> None:
    assert "Almoustarat" in aliases_for(ALMOUSTARAST)
    assert aliases_for(1) == ()
    assert all(isinstance(k, int) and v for k, v in PLACE_ALIASES.items())


# -- on the real GeoNames dumps of Mali, Burkina Faso and Niger -----------


@pytest.fixture(scope="module")
def records() -> list[GeoNamesRecord]:
    if not DUMPS.is_dir():
        pytest.skip(f"../shared reference data is absent: {DUMPS}")
    return [r for cc in ("ML", "BF", "NE") for r in read_geonames(DUMPS / f"{cc}.txt")]


@pytest.fixture(scope="module")
def places(records: list[GeoNamesRecord]) -> list[Place]:
    return places_from_geonames(records)


@pytest.fixture(scope="module")
def without_aliases(records: list[GeoNamesRecord]) -> PlaceIndex:
    return PlaceIndex(places_from_geonames(records, aliases={}))


@pytest.fixture(scope="module")
def gazetteer(places: list[Place]) -> PlaceIndex:
    return PlaceIndex(places)


def top3(index: PlaceIndex, query: str) -> list:
    return keys(index.search(query, limit=3))


@pytest.mark.shared
@pytest.mark.parametrize(
    ("query", "target"),
    [
        ("Aguelhoc", AGUELHOK),
        ("Aguel'hoc", AGUELHOK),
        ("Aguelhok", AGUELHOK),
        ("Tombouctou", TIMBUKTU),
        ("Timbuktu", TIMBUKTU),
        ("Tin-Zaouatene", TINZAOUATEN),
        ("Tinzaouaten", TINZAOUATEN),
        ("Tinzawatene", TINZAOUATEN),
        ("Ségou", SEGOU),
        ("Segou", SEGOU),
        ("Almoustarat", ALMOUSTARAST),
        ("Al-Moustarat", ALMOUSTARAST),
        ("موبتي", MOPTI),
        ("جاو", GAO),
    ],
)
def test_spelling_variants_find_their_place(gazetteer: PlaceIndex, query: str, target: int) -> None:
    assert target in top3(gazetteer, query)


@pytest.mark.shared
@pytest.mark.parametrize(
    ("query", "target"),
    [
        ("Almoustarat", ALMOUSTARAST),  # GeoNames spells it Almoustarast
        ("Al-Moustarat", ALMOUSTARAST),
        ("Tinzaouatenne", TINZAOUATEN),
        ("Agelhok", AGUELHOK),
        ("Tombuctou", TIMBUKTU),
    ],
)
def test_fuzzy_tier_finds_variants_without_aliases(
    without_aliases: PlaceIndex, query: str, target: int
) -> None:
    hits = without_aliases.search(query, limit=3)
    assert target in keys(hits)
    assert next(h for h in hits if h.key == target).kind == "fuzzy"


@pytest.mark.shared
def test_keystrokes_reach_the_town(gazetteer: PlaceIndex) -> None:
    assert top3(gazetteer, "Tomb")[0] in {TIMBUKTU, 2449066, 7701470}  # town, region, cercle
    assert TIMBUKTU in top3(gazetteer, "Tombou")
    assert top3(gazetteer, "Bamak")[0] == 2460596
    assert all(h.kind == "prefix" for h in gazetteer.search("ou"))


@pytest.mark.shared
def test_places_carry_admin_names(gazetteer: PlaceIndex) -> None:
    mopti = gazetteer.get(MOPTI)
    assert mopti is not None
    assert mopti.admin1_name == "Mopti Region"
    assert mopti.country_code == "ML"
    assert gazetteer.get(8299590).admin1_name == "Mopti Region"  # Djenne Cercle


@pytest.mark.shared
def test_country_and_admin1_filters(gazetteer: PlaceIndex) -> None:
    assert top3(gazetteer, "Dori")[0] == 2361082  # the Burkina Faso town, largest
    niger = gazetteer.search("Dori", country="ne")
    assert niger and all(gazetteer.get(h.key).country_code == "NE" for h in niger)
    konna = gazetteer.search("Konna", admin1="Mopti Region", limit=3)
    assert keys(konna)[0] == 2454857
    by_code = gazetteer.search("Kona", country="ML", admin1="06")
    assert by_code and all(gazetteer.get(h.key).admin1_code == "06" for h in by_code)


@pytest.mark.shared
def test_near_matches_brute_force(places: list[Place], gazetteer: PlaceIndex) -> None:
    nearest = gazetteer.near(16.7735, -3.0074, limit=1)
    assert nearest[0][0] == TIMBUKTU
    assert nearest[0][1] < 1.0
    rng = random.Random(7)
    for _ in range(5):
        lat, lon = rng.uniform(10, 24), rng.uniform(-12, 16)
        found = gazetteer.near(lat, lon, limit=5)
        brute = sorted(haversine_km(lat, lon, p.latitude, p.longitude) for p in places)[:5]
        assert [d for _, d in found] == pytest.approx(brute, abs=1e-3)
        assert all(math.isfinite(d) for _, d in found)
