"""GeoNames dumps with values no dump should hold: refused whole, naming the file, the
line and the field, through the Desk API and `gazetteer import-geonames` (exit 2), and
nothing changed.

The reader refuses rather than skipping the line: a dump with such a value is damaged
or is not a GeoNames dump, and an import that went on would leave the gazetteer half
old, half new. The limits are GeoNames' own (names of 200 characters at most, two-letter
country codes) and the database's (ids and populations in 32-bit integers, as on
PostgreSQL).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from sahel_desk.errors import InputError
from sahel_desk.paths import DATABASE_FILE
from sahel_desk.services.desk import Desk
from tests.desk_state import changed_tables, fingerprint, run_cli
from tests.services.test_gazetteer import geonames_row

GOOD = geonames_row(9000002, "Boni", 15.07, -1.85, "P", "PPL", population=5000)


def _row(**cells: str) -> str:
    """GOOD with some of its cells replaced, by GeoNames' column names."""
    names = ["geonameid", "name", "asciiname", "alternatenames", "latitude", "longitude",
             "feature class", "feature code", "country code", "cc2", "admin1", "admin2",
             "admin3", "admin4", "population", "elevation", "dem", "timezone", "date"]
    values = GOOD.split("\t")
    for key, value in cells.items():
        values[names.index(key.replace("_", " "))] = value
    return "\t".join(values)


BAD_LINES = {
    "huge population": (_row(population="99999999999999999999"),
                        ["line 2", "population", "out of range"]),
    "negative population": (_row(population="-5"), ["line 2", "population", "out of range"]),
    "id just above 2^31 - 1": (_row(geonameid=str(2**31)),
                               ["line 2", "geonameid", "'2147483648' is out of range"]),
    "id far above 2^31": (_row(geonameid="99999999999999"),
                          ["line 2", "geonameid", "out of range"]),
    "id zero": (_row(geonameid="0"), ["line 2", "geonameid", "out of range"]),
    "million-character name": (_row(name="x" * 1_000_000),
                               ["line 2", "name is 1,000,000 characters long",
                                "at most 200"]),
    "long ascii name": (_row(asciiname="y" * 201),
                        ["line 2", "asciiname is 201 characters long"]),
    "three-letter country code": (_row(country_code="MLI"),
                                  ["line 2", "country code is 3 characters long"]),
    "long feature code": (_row(feature_code="PPLXXXXXXXX"),
                          ["line 2", "feature code is 11 characters long"]),
}


def _dump(folder: Path, text: str | bytes, name: str = "ML.txt") -> Path:
    path = folder / name
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return path


def _refused_everywhere(data_dir: Path, path: Path, words: list[str]) -> None:
    """The API raises an InputError and the CLI exits 2, each saying ``words`` and the
    file's name; neither changes the database."""
    db = data_dir / DATABASE_FILE
    before = fingerprint(db)
    with Desk.open(data_dir, user="sam") as desk, pytest.raises(InputError) as caught:
        desk.gazetteer.import_geonames([path])
    message = str(caught.value)
    assert path.name in message
    for word in words:
        assert word in message
    assert len(message) < 500  # a million-character value is not echoed back
    assert fingerprint(db) == before, changed_tables(before, fingerprint(db))

    done = run_cli(["--data-dir", str(data_dir), "--user", "sam", "gazetteer",
                    "import-geonames", str(path)])
    assert done.code == 2, done.err
    assert done.err.startswith("sahel-desk: error: ")
    assert path.name in done.err and all(word in done.err for word in words)
    assert "internal error" not in done.err
    assert fingerprint(db) == before, changed_tables(before, fingerprint(db))


@pytest.mark.parametrize("case", list(BAD_LINES))
def test_a_value_no_dump_holds_is_refused_naming_line_and_field(
        data_dir: Path, tmp_path: Path, case: str) -> None:
    line, words = BAD_LINES[case]
    path = _dump(tmp_path, GOOD + "\n" + line + "\n")
    _refused_everywhere(data_dir, path, words)


def test_the_largest_allowed_values_are_imported(data_dir: Path, tmp_path: Path) -> None:
    """The limits are where the message says: 2^31 - 1 and 200 characters still go in."""
    top = 2**31 - 1
    path = _dump(tmp_path, _row(geonameid=str(top), population=str(top), name="N" * 200)
                 + "\n")
    done = run_cli(["--data-dir", str(data_dir), "--user", "sam", "gazetteer",
                    "import-geonames", str(path)])
    assert done.code == 0, done.err
    with Desk.open(data_dir, user="sam") as desk:
        place = desk.places.get(str(top))
    assert (place.geonames_id, place.population, place.name) == (top, top, "N" * 200)


def test_a_missing_file_is_named(data_dir: Path, tmp_path: Path) -> None:
    _refused_everywhere(data_dir, tmp_path / "ML.txt", ["ML.txt: does not exist"])


def test_a_folder_given_as_the_file_is_named(data_dir: Path, tmp_path: Path) -> None:
    folder = tmp_path / "geonames"
    folder.mkdir()
    _refused_everywhere(data_dir, folder, ["geonames: is a folder, not a GeoNames file"])


def test_a_truncated_file_names_its_last_line(data_dir: Path, tmp_path: Path) -> None:
    path = _dump(tmp_path, GOOD + "\n" + GOOD.replace("9000002", "9000003")[:60])
    _refused_everywhere(data_dir, path, ["line 2", "cut short", "download it again"])


@pytest.mark.parametrize(("content", "words"), [
    (b"9000002\tBoni\x00\x01\x02\xff\n", ["line 1", "binary file"]),
    (GOOD.encode() + b"\n\xff\xfe\xfa garbage\n", ["line 2", "not UTF-8"]),
    (b"PK\x03\x04 zipped", ["ZIP archive"]),
    (b"\x1f\x8b\x08 gzipped", ["gzip"]),
], ids=["nul bytes", "not utf-8", "zip", "gzip"])
def test_a_binary_file_is_refused(data_dir: Path, tmp_path: Path, content: bytes,
                                  words: list[str]) -> None:
    _refused_everywhere(data_dir, _dump(tmp_path, content), words)
