"""Consonant skeletons: Arabic hashtags of claims must reach French gazetteer spellings."""

from __future__ import annotations

from pathlib import Path

import pytest
from rapidfuzz.distance import Levenshtein

from sahel_desk.reference.geonames import read_geonames
from sahel_desk.reference.name_index import IndexEntry
from sahel_desk.reference.place_index import Place, PlaceIndex, places_from_geonames
from sahel_desk.reference.transliterate import SkeletonIndex, arabic_skeleton, latin_skeleton

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
DUMPS = SHARED / "data" / "geonames"


@pytest.mark.parametrize(
    ("arabic", "latin"),
    [
        ("ماركاكونغو", "Markacoungo"),
        ("ماركاكونغو", "Marka-Coungo"),
        ("ماركاكونغو", "Markakoungo"),
        ("كاسيلا", "Kassela"),
        ("كاسيلا", "Kasséla"),
        ("ديافارابي", "Diafarabé"),
        ("المسترات", "Almoustarat"),
        ("المسترات", "Al-Moustarat"),
        ("غاو", "Gao"),
        ("جاو", "Gao"),
        ("كومارا", "Kumara"),
        ("كومارا", "Koumara"),
        ("ماسينا", "Macina"),
        ("ماسينا", "Massina"),
        ("تمبكتو", "Tombouctou"),
        ("تمبكتو", "Timbuktu"),
        ("تنبكتو", "Tombouctou"),
        ("موبتي", "Mopti"),
        ("سيغو", "Ségou"),
        ("كيدال", "Kidal"),
        ("باماكو", "Bamako"),
        ("ديا", "Dia"),
        ("واغادوغو", "Ouagadougou"),
        ("أغاديس", "Agadez"),
        ("تينزاواتين", "Tinzaouaten"),
        ("يليماني", "Yélimané"),
        ("جيبو", "Djibo"),
    ],
)
def test_pairs_share_a_skeleton(arabic: str, latin: str) -> None:
    assert arabic_skeleton(arabic) == latin_skeleton(latin) != ""


def test_skeleton_values() -> None:
    assert latin_skeleton("Marka-Coungo") == "mrkkng"  # a vowel keeps both k
    assert latin_skeleton("Kassela") == "ksl"  # a doubled letter counts once
    assert arabic_skeleton("#غاو") == "g"
    assert arabic_skeleton("مُوبْتِي") == arabic_skeleton("موبتي")  # vowel marks are optional


def test_almoustarast_is_one_edit_from_its_arabic_name() -> None:
    arabic, latin = arabic_skeleton("المسترات"), latin_skeleton("Almoustarast")
    assert arabic != latin
    assert Levenshtein.distance(arabic, latin) == 1


@pytest.mark.parametrize(
    ("arabic", "latin"),
    [
        ("كيدال", "Gao"),
        ("موبتي", "Kidal"),
        ("باماكو", "Mopti"),
        ("كاسيلا", "Markacoungo"),
        ("سيغو", "Sikasso"),
        ("ديافارابي", "Diabaly"),
        ("كومارا", "Kamarabougou"),
        ("ماسينا", "Ménaka"),
    ],
)
def test_unrelated_names_differ(arabic: str, latin: str) -> None:
    assert arabic_skeleton(arabic) != latin_skeleton(latin)


def test_nothing_to_skeleton() -> None:
    assert arabic_skeleton("") == latin_skeleton("") == ""
    assert arabic_skeleton("#") == ""
    assert latin_skeleton("Aïa") == ""  # vowels only


def skeleton_index() -> SkeletonIndex:
    return SkeletonIndex(
        [
            IndexEntry("gao", ["Gao", "GAQ"], weight=8.0),
            IndexEntry("gao-well", ["Gao"], weight=1.0),
            IndexEntry("gaya", ["Gaya"], weight=4.0),
            IndexEntry("almoustarast", ["Almoustarast"], weight=1.0),
            IndexEntry("belekosso", ["Bélékosso"], weight=2.0),
            IndexEntry("kassela", ["Kasséla", "Kassela"], weight=2.0),
            IndexEntry("kassela-2", ["Kasséla"], weight=2.5),
            IndexEntry("code-only", ["BKO", "باماكو"], weight=9.0),
        ],
        short_min_weight=2.0,
    )


def keys(hits: list) -> list:
    return [h.key for h in hits]


def test_index_finds_latin_names_from_arabic() -> None:
    hits = skeleton_index().search("#كاسيلا")
    assert keys(hits) == ["kassela-2", "kassela"]  # by weight
    assert {h.kind for h in hits} == {"transliterated"}
    assert hits[0].matched_name == "Kasséla"
    assert hits[0].score == 100.0


def test_long_skeleton_one_edit_away() -> None:
    assert keys(skeleton_index().search("المسترات")) == ["almoustarast"]


def test_short_skeleton_needs_weight_and_vowels() -> None:
    index = skeleton_index()
    assert keys(index.search("غاو")) == ["gao"]  # not the well, not Gaya
    assert keys(index.search("قاو")) == ["gao"]  # ق read as g


def test_clashing_vowels_and_non_latin_names_do_not_match() -> None:
    index = skeleton_index()
    assert index.search("بولكيسي") == []  # Boulkessi is not Bélékosso
    assert index.search("باماكو") == []  # Arabic names and codes are not indexed


def test_index_query_limits() -> None:
    index = skeleton_index()
    assert index.search("Kassela") == []
    assert index.search("كا") == []  # under three Arabic letters
    assert index.search("كاسيلا", limit=0) == []
    assert keys(index.search("كاسيلا", limit=1)) == ["kassela-2"]
    assert keys(index.search("كاسيلا", exclude={"kassela-2"})) == ["kassela"]
    assert keys(index.search("كاسيلا", accept=lambda key: key == "kassela")) == ["kassela"]


def test_place_index_ranks_transliterated_between_exact_and_fuzzy() -> None:
    index = PlaceIndex(
        [
            Place(1, "Mopti", 14.5, -4.2, alternate_names=("موبتي",), feature_class="P",
                  feature_code="PPLA", population=100000),
            Place(2, "Mopti Region", 14.6, -4.0, alternate_names=("Mopti",), feature_class="A",
                  feature_code="ADM1"),
            Place(3, "Kasséla", 12.9, -7.5, feature_class="P", feature_code="PPL"),
            Place(4, "Bir Kasilo", 16.0, -1.0, alternate_names=("كاسيلو",),
                  feature_class="H", feature_code="WLL"),
        ]
    )  # fmt: skip
    mopti = index.search("موبتي")
    assert [(h.key, h.kind) for h in mopti] == [(1, "exact"), (2, "transliterated")]
    kassela = index.search("كاسيلا")
    assert [(h.key, h.kind) for h in kassela] == [(3, "transliterated"), (4, "fuzzy")]
    assert keys(index.search("كاسيلا", limit=1)) == [3]
    assert all(h.kind != "transliterated" for h in index.search("Kasela"))


# -- on the real GeoNames dumps of Mali, Burkina Faso and Niger -----------


@pytest.fixture(scope="module")
def gazetteer() -> PlaceIndex:
    if not DUMPS.is_dir():
        pytest.skip(f"the GeoNames dumps in ../shared are absent: {DUMPS}")
    records = [r for cc in ("ML", "BF", "NE") for r in read_geonames(DUMPS / f"{cc}.txt")]
    return PlaceIndex(places_from_geonames(records))


@pytest.mark.shared
@pytest.mark.parametrize(
    ("query", "targets"),
    [
        ("#ماركاكونغو", {2594157, 6906552}),  # Markakoungo, alias Marka Coungo
        ("#كاسيلا", {2455578, 2594063, 6798700}),  # Kasséla
        ("#ديافارابي", {2459126}),  # Diafarabé
        ("#المسترات", {2596476}),  # Almoustarast
        ("#غاو", {2457163}),  # Gao, the town
        ("#كومارا", {2454482, 6778376, 2454887}),  # Koumara, and Komara alias Kumara
        ("#ماسينا", {2454025, 6880202, 8631515}),  # Macina villages, Cercle de Macina
    ],
)
def test_claim_hashtags_find_their_place(
    gazetteer: PlaceIndex, query: str, targets: set[int]
) -> None:
    hits = gazetteer.search(query, country="ML", limit=3)
    assert targets & set(keys(hits))
    found = next(h for h in hits if h.key in targets)
    assert found.kind == "transliterated"


@pytest.mark.shared
def test_arabic_names_known_to_geonames_stay_exact(gazetteer: PlaceIndex) -> None:
    hits = gazetteer.search("موبتي", country="ML", limit=3)
    assert hits[0].key == 2453348
    assert hits[0].kind == "exact"
