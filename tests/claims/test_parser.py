"""Claims read into suggestions with spans; blocks split; files checked."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from sahel_desk.claims import KINDS, ClaimReading, parse_claim, parse_claims_file, split_claims
from sahel_desk.claims.vocabulary import FAMA, ISGS, JNIM
from sahel_desk.errors import InputError
from sahel_desk.text.normalize import fold

CLAIM = (
    "#مؤسسة_الزلاقة\n"
    "الأحد 11/08/1438\n"
    "عملية على قاعدة للجيش المالي في #المسترات قرب مدينة #غاو أسفرت عن #مقتل سبعة من "
    "الجنود و#غنيمة ثلاث سيارات وكمية كبيرة من الأسلحة.\n"
    "#نصرة_الإسلام_والمسلمين"
)


def _values(reading: ClaimReading, kind: str) -> list[object]:
    return [s.value for s in reading.of_kind(kind)]


def test_claim_fields_and_suggestions() -> None:
    reading = parse_claim(CLAIM)
    assert reading.hijri_written == "الأحد 11/08/1438"
    assert reading.hijri == (1438, 8, 11)
    assert reading.gregorian_date == dt.date(2017, 5, 7)
    assert reading.channel == "az-Zallaqa"
    assert reading.claimant == JNIM
    assert _values(reading, "actor") == [FAMA]
    assert _values(reading, "place") == ["المسترات", "غاو"]
    assert _values(reading, "killed") == [7]
    assert _values(reading, "vehicles_seized") == [3]
    assert _values(reading, "weapons_seized") == [None]
    assert "vague" in reading.of_kind("weapons_seized")[0].note
    assert {s.kind for s in reading.suggestions} <= set(KINDS)


def test_every_span_is_the_source_text() -> None:
    reading = parse_claim(CLAIM)
    by_kind = {s.kind: s.source_text for s in reading.suggestions}
    assert by_kind["date"] == "الأحد 11/08/1438"
    assert by_kind["channel"] == "#مؤسسة_الزلاقة"
    assert by_kind["actor"] == "للجيش المالي"
    assert by_kind["killed"] == "مقتل سبعة من الجنود"
    assert by_kind["vehicles_seized"] == "غنيمة ثلاث سيارات"
    assert by_kind["weapons_seized"] == "كمية كبيرة من الأسلحة"
    for s in reading.suggestions:
        assert CLAIM[s.start : s.end] == s.source_text


def test_lookups_are_tried_first() -> None:
    asked: list[str] = []

    def places(name: str) -> list[tuple[str, float]]:
        asked.append(name)
        return {"غاو": [("Gao", 0.98), ("Gao (cercle)", 0.7)]}.get(name, [])

    def actors(name: str) -> str | None:
        return "Military Forces of Mali (2021-)" if fold(name) == fold("الجيش المالي") else None

    reading = parse_claim(CLAIM, place_lookup=places, actor_lookup=actors)
    assert "المسترات" in asked and "غاو" in asked
    gao = next(s for s in reading.of_kind("place") if s.source_text == "#غاو")
    assert gao.value == "Gao" and gao.candidates[1] == ("Gao (cercle)", 0.7)
    unknown = next(s for s in reading.of_kind("place") if s.source_text == "#المسترات")
    assert unknown.value == "المسترات" and "gazetteer" in unknown.note
    assert _values(reading, "actor") == ["Military Forces of Mali (2021-)"]
    assert reading.claimant == JNIM


def test_place_words_after_prepositions_need_the_gazetteer_to_agree() -> None:
    text = "كمين في منطقة بوني قرب مدينة دوينتزا في إطار الجهاد"
    plain = parse_claim(text)
    assert _values(plain, "place") == ["بوني", "دوينتزا"]

    def places(name: str) -> list[tuple[str, float]]:
        return [("Douentza", 0.9)] if name == "دوينتزا" else []

    checked = parse_claim(text, place_lookup=places)
    assert _values(checked, "place") == ["Douentza"]


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("مقتل أحد الجنود", "killed", 1),
        ("مقتل أربعة عشر جنديا", "killed", 14),
        ("مقتل ما لا يقل عن عشرين جنديا", "killed", 20),
        ("أسفر عن ٥ قتلى", "killed", 5),
        ("إصابة جنديين", "wounded", 2),
        ("وجرح ثلاثة آخرين", "wounded", 3),
        ("أسر خمسة جنود", "captured", 5),
        ("غنيمة سيارتين عسكريتين", "vehicles_seized", 2),
        ("اغتنام 4 دراجات نارية", "vehicles_seized", 4),
        ("الاستيلاء على ثلاث بنادق", "weapons_seized", 3),
    ],
)
def test_counts(text: str, kind: str, value: int) -> None:
    reading = parse_claim(text)
    assert reading.count(kind) == value
    for s in reading.suggestions:
        assert text[s.start : s.end] == s.source_text


def test_vague_losses_give_no_number() -> None:
    reading = parse_claim("أسفرت عن خسائر بشرية ومادية كبيرة وتدمير عدد من الطائرات")
    (killed,) = reading.of_kind("killed")
    assert killed.value is None and "vague" in killed.note
    assert reading.count("killed") is None


def test_killed_and_wounded_counted_together_say_so() -> None:
    reading = parse_claim("مقتل وإصابة ١٢ جنديا")
    assert reading.count("killed") == reading.count("wounded") == 12
    assert all("one count" in s.note for s in reading.suggestions)


def test_claimant_from_hashtag_other_group_is_an_actor() -> None:
    text = "اشتباك مع عناصر الدولة الإسلامية في الصحراء الكبرى\n#نصرة_الإسلام_والمسلمين"
    reading = parse_claim(text)
    assert reading.claimant == JNIM
    assert _values(reading, "actor") == [ISGS]
    assert _values(reading, "place") == []


def test_channel_alone_suggests_its_owner_as_claimant() -> None:
    reading = parse_claim("مؤسسة الزلاقة: هجوم على القوات الفرنسية و #فاغنر")
    assert reading.claimant == JNIM
    (claimant,) = reading.of_kind("claimant")
    assert "media wing" in claimant.note
    assert len(reading.of_kind("actor")) == 2


def test_keyword_hashtags_are_not_places() -> None:
    reading = parse_claim("#عاجل #مقتل جندي و#غنيمة سلاح في #ولاية_موبتي")
    assert _values(reading, "place") == ["موبتي"]


def test_split_claims_keeps_line_numbers_and_drops_comments() -> None:
    text = (
        "# header comment\n"
        "\n"
        "#مؤسسة_الزلاقة\n"
        "الأحد 11/08/1438\n"
        "# expect: something\n"
        "---\n"
        "# only a comment\n"
        "---\n"
        "\n"
        "#نصرة_الإسلام_والمسلمين\n"
        "# note\n"
        "هجوم\n"
    )
    assert split_claims(text) == [
        (3, "#مؤسسة_الزلاقة\nالأحد 11/08/1438"),
        (10, "#نصرة_الإسلام_والمسلمين\n\nهجوم"),
    ]
    assert split_claims("---\n\n---\n") == []


def test_file_with_bad_date_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "claims.txt"
    path.write_text("الأحد 11/08/1438\n---\n# comment\nهجوم\nالسبت 31/13/1438\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        parse_claims_file(path)
    assert caught.value.line == 5
    assert str(path) in str(caught.value)


def test_file_reading(tmp_path: Path) -> None:
    path = tmp_path / "claims.txt"
    path.write_text("\ufeffالأحد 11/08/1438 مقتل سبعة\n---\nهجوم\n", encoding="utf-8")
    readings = parse_claims_file(path)
    assert [r.first_line for r in readings] == [1, 3]
    assert readings[0].count("killed") == 7


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"  \n\n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "binary"),
        (b"ok\n\xff\xfe broken", "UTF-8"),
        (b"# only comments\n---\n", "no claim"),
    ],
)
def test_unusable_files(tmp_path: Path, data: bytes, message: str) -> None:
    path = tmp_path / "claims.txt"
    path.write_bytes(data)
    with pytest.raises(InputError, match=message):
        parse_claims_file(path)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read"):
        parse_claims_file(tmp_path / "absent.txt")


def test_joined_conjunction_is_left_out_of_the_span() -> None:
    text = "هجوم على القوات الفرنسية وبرخان"
    reading = parse_claim(text)
    assert [s.source_text for s in reading.of_kind("actor")] == ["القوات الفرنسية", "برخان"]
