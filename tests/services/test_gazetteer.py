"""The gazetteer through the Desk API: import, re-import, search, custom places."""

from __future__ import annotations

from pathlib import Path

import pytest

from sahel_desk.errors import InputError, ValidationError
from sahel_desk.services.desk import Desk

pytestmark = pytest.mark.backends("sqlite", "postgresql")

COLUMNS = 19


def geonames_row(gid: int, name: str, lat: float, lon: float, fclass: str, fcode: str,
                 admin1: str = "04", admin2: str = "", alternates: str = "",
                 population: int = 0, country: str = "ML") -> str:
    ascii_name = name.encode("ascii", "ignore").decode()
    cells = [str(gid), name, ascii_name, alternates, str(lat), str(lon), fclass, fcode,
             country, "", admin1, admin2, "", "", str(population), "", "300", "Africa/Bamako",
             "2023-01-01"]
    assert len(cells) == COLUMNS
    return "\t".join(cells)


def write_dump(path: Path, rows: list[str]) -> Path:
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def small_dump(tmp_path: Path) -> Path:
    return write_dump(tmp_path / "ML.txt", [
        geonames_row(2453347, "Mopti Region", 14.7, -3.4, "A", "ADM1", admin1="04"),
        geonames_row(9000001, "Cercle de Douentza", 15.0, -2.9, "A", "ADM2", admin2="9101"),
        geonames_row(9000002, "Boni", 15.07, -1.85, "P", "PPL", admin2="9101",
                     alternates="Boni Village,بوني", population=5000),
        geonames_row(9000003, "Hombori", 15.28, -1.70, "P", "PPL", admin2="9101",
                     alternates="Homburi"),
        geonames_row(9000004, "Puits de Boni", 15.08, -1.86, "H", "WLL"),
        geonames_row(9000005, "Somewhere Hotel", 15.1, -1.8, "S", "HTL"),
    ])


def test_import_resolves_admin_names_and_keeps_every_spelling(desk: Desk, small_dump: Path
                                                              ) -> None:
    report = desk.gazetteer.import_geonames([small_dump])
    # The ADM1 row updates the starter entry with the same GeoNames id.
    assert (report.rows_read, report.added, report.updated, report.not_wanted) == (6, 4, 1, 1)
    hit = desk.gazetteer.search("boni", country="ML")[0]
    assert hit.place.name == "Boni"
    assert (hit.place.admin1, hit.place.admin2) == ("Mopti", "Cercle de Douentza")
    assert "بوني" in hit.place.alternate_names
    assert desk.gazetteer.search("بوني")[0].place.name == "Boni"
    assert desk.gazetteer.search("puits de boni")[0].place.feature_code == "WLL"
    assert all(h.place.name != "Somewhere Hotel"
               for h in desk.gazetteer.search("Somewhere Hotel"))


def test_reimport_updates_by_id_and_leaves_custom_and_edited_places(
        desk: Desk, small_dump: Path, tmp_path: Path) -> None:
    desk.gazetteer.import_geonames([small_dump])
    custom = desk.places.add_custom(name="Boulkessi", latitude=14.58, longitude=-1.09,
                                    country_code="ML")
    hombori = desk.gazetteer.search("Hombori")[0].place
    with desk.db.write() as session:
        from sahel_desk.model import Place

        session.get(Place, hombori.id).edited = True
    newer = write_dump(tmp_path / "ML-2024.txt", [
        geonames_row(9000002, "Boni", 15.071, -1.851, "P", "PPL", admin2="9101",
                     alternates="Bonì", population=7000),
        geonames_row(9000003, "Hombori Renamed", 15.3, -1.7, "P", "PPL", admin2="9101"),
        geonames_row(9000006, "Gossi", 15.82, -1.30, "P", "PPL", admin2="9101"),
    ])
    report = desk.gazetteer.import_geonames([newer])
    assert (report.added, report.updated, report.kept_edited) == (1, 1, 1)
    boni = desk.gazetteer.search("boni", country="ML")[0].place
    assert boni.population == 7000 and boni.latitude == 15.071
    assert {"Boni Village", "بوني", "Bonì"} <= set(boni.alternate_names)
    assert desk.gazetteer.search("Hombori")[0].place.name == "Hombori"
    assert desk.places.get(custom.id).name == "Boulkessi"
    assert desk.gazetteer.search("Gossi")[0].place.name == "Gossi"


def test_a_zip_as_geonames_org_serves_it_imports_like_its_dump(desk: Desk, small_dump: Path,
                                                                tmp_path: Path) -> None:
    import zipfile

    archive = tmp_path / "ML.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as out:
        out.write(small_dump, "ML.txt")
        out.writestr("readme.txt", "Readme for GeoNames Gazetteer extract files")
    report = desk.gazetteer.import_geonames([archive])
    assert (report.rows_read, report.added, report.updated, report.not_wanted) == (6, 4, 1, 1)
    assert desk.gazetteer.import_geonames([small_dump]).unchanged == 5


def test_the_report_says_why_rows_were_skipped(desk: Desk, small_dump: Path, tmp_path: Path
                                              ) -> None:
    twice = write_dump(tmp_path / "NE.txt", small_dump.read_text("utf-8").splitlines())
    report = desk.gazetteer.import_geonames([small_dump, twice])
    assert (report.rows_read, report.added, report.repeated, report.not_wanted) == (12, 4, 5, 2)
    assert report.not_wanted_kinds == (("S.HTL", 2),)


class _Stop(Exception):
    pass


@pytest.mark.parametrize("stop_at", ["reading", "checking", "writing"])
def test_the_import_tells_its_stages_and_stopping_in_any_writes_nothing(
        desk: Desk, small_dump: Path, stop_at: str) -> None:
    stages: list[tuple[str, str]] = []

    def progress(done: int, total: int) -> None:
        assert 0 <= done <= total
        if stages[-1][0] == stop_at:
            raise _Stop

    before = desk.places.count()
    with pytest.raises(_Stop):
        desk.gazetteer.import_geonames([small_dump], progress=progress,
                                       stage=lambda name, file: stages.append((name, file)))
    assert desk.places.count() == before
    assert desk.gazetteer.search("Hombori") == []
    stages.clear()
    desk.gazetteer.import_geonames([small_dump], stage=lambda *a: stages.append(a))
    assert stages == [("reading", "ML.txt"), ("checking", ""), ("writing", "")]


@pytest.mark.parametrize(("content", "words"), [
    (b"", "contains no GeoNames rows"),
    (b"\x00\x01\x02PK binary", ""),
    (b"1\tBoni\tBoni\n", "line 1"),
])
def test_a_bad_file_is_refused_with_where_and_nothing_changes(
        desk: Desk, small_dump: Path, tmp_path: Path, content: bytes, words: str) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    before = desk.places.count()
    with pytest.raises(InputError) as caught:
        desk.gazetteer.import_geonames([small_dump, bad])
    assert "bad.txt" in str(caught.value)
    assert words in str(caught.value)
    assert desk.places.count() == before
    assert desk.gazetteer.search("Hombori") == []


def test_a_truncated_or_malformed_row_names_its_line(desk: Desk, tmp_path: Path) -> None:
    good = geonames_row(9000002, "Boni", 15.07, -1.85, "P", "PPL")
    bad_lat = geonames_row(9000003, "Hombori", 95.0, -1.70, "P", "PPL")
    dump = write_dump(tmp_path / "ML.txt", [good, good.replace("9000002", "9000007"), bad_lat])
    with pytest.raises(InputError, match="line 3"):
        desk.gazetteer.import_geonames([dump])
    truncated = tmp_path / "cut.txt"
    truncated.write_text(good + "\n" + good[:40], encoding="utf-8")
    with pytest.raises(InputError, match="line 2"):
        desk.gazetteer.import_geonames([truncated])


def test_a_new_desk_has_the_starter_gazetteer_offline(desk: Desk) -> None:
    regions = [h.place for h in desk.gazetteer.search("Mopti", country="ML")]
    assert any(p.feature_code == "ADM1" for p in regions)
    for region in ("Kidal", "Menaka", "Taoudeni", "Tombouctou", "Segou"):
        assert desk.gazetteer.search(region, country="ML"), region
    assert desk.gazetteer.search("Ouagadougou", country="BF")
    assert desk.gazetteer.search("Niamey", country="NE")


def test_custom_place_gets_admin_units_from_the_nearest_places(desk: Desk, small_dump: Path
                                                               ) -> None:
    desk.gazetteer.import_geonames([small_dump])
    # Boulkessi lies on the border: the country is given, the admin units are found.
    place = desk.places.add_custom(name="Boulkessi", latitude=14.58, longitude=-1.09,
                                   country_code="ml", alternate_names=["Boulkessy"])
    assert (place.country_code, place.admin1, place.admin2) == (
        "ML", "Mopti", "Cercle de Douentza")
    hit = desk.gazetteer.search("boulkessy")[0]
    assert hit.place.id == place.id and hit.place.origin == "custom"
    nearest = desk.gazetteer.near(14.58, -1.09, limit=1)[0]
    assert nearest.place.id == place.id and nearest.distance_km == 0
    with pytest.raises(ValidationError, match="latitude"):
        desk.places.add_custom(name="Nowhere", latitude=91, longitude=0, country_code="ML")
    inland = desk.places.add_custom(name="Camp de Boni", latitude=15.06, longitude=-1.84)
    assert (inland.country_code, inland.admin1) == ("ML", "Mopti")


def test_near_lists_the_closest_places_with_distances(desk: Desk) -> None:
    found = desk.gazetteer.near(16.27, -0.04, limit=3)
    assert found[0].place.name == "Gao"
    assert found[0].distance_km < 2
    assert [n.distance_km for n in found] == sorted(n.distance_km for n in found)


def test_near_a_town_needs_geo_precision_two(desk: Desk) -> None:
    from tests.core.helpers import complete_values

    with pytest.raises(ValidationError, match="geo_precision"):
        desk.incidents.create(complete_values(desk, near=True, geo_precision=1))
    record = desk.incidents.create(complete_values(desk, near=True, geo_precision=2))
    assert record.near and record.geo_precision == 2


# --- editing places, and who may import what --------------------------------------------

GAO = 2457163  # the starter gazetteer's Gao, which the approved incidents below use


def _gao_dump(tmp_path: Path, name: str = "gao.txt", population: int = 140000,
              extra: tuple[str, ...] = ()) -> Path:
    return write_dump(tmp_path / name, [
        geonames_row(GAO, "Gao", 16.27167, -0.04472, "P", "PPLA", admin1="09",
                     population=population), *extra])


def test_an_edited_place_is_recorded_and_left_alone_by_a_reimport(
        desk: Desk, small_dump: Path, tmp_path: Path) -> None:
    desk.gazetteer.import_geonames([small_dump])
    boni = desk.places.get("9000002")
    edited = desk.places.update(boni.id, name="Boni (village)", latitude=15.072,
                                alternate_names=[*boni.alternate_names, "Bɔni"])
    assert (edited.name, edited.latitude, edited.longitude) == ("Boni (village)", 15.072,
                                                                boni.longitude)
    assert desk.gazetteer.search("Bɔni")[0].place.id == boni.id
    changes = {h.field: (h.old_value, h.new_value)
               for h in desk.history.for_entity("place", boni.id)}
    assert changes["name"] == ("Boni", "Boni (village)")
    assert changes["latitude"] == (15.07, 15.072)
    assert changes["alternate_names"][1][-1] == "Bɔni"
    assert set(changes) == {"name", "latitude", "alternate_names"}
    report = desk.gazetteer.import_geonames([small_dump])
    assert (report.added, report.updated, report.kept_edited) == (0, 0, 1)
    assert desk.places.get(boni.id).name == "Boni (village)"
    with pytest.raises(ValidationError) as caught:
        desk.places.update(boni.id, name=" ", latitude=91, country_code="XX", colour="red")
    assert {e.field for e in caught.value.errors} == {"name", "latitude", "country_code",
                                                       "colour"}
    assert desk.places.get(boni.id).name == "Boni (village)"


def test_a_reimport_of_the_same_dump_rewrites_nothing(desk: Desk, small_dump: Path) -> None:
    desk.gazetteer.import_geonames([small_dump])
    again = desk.gazetteer.import_geonames([small_dump])
    assert (again.added, again.updated, again.unchanged) == (0, 0, 5)


def test_who_may_import_is_decided_by_what_the_import_would_change(
        desk: Desk, tmp_path: Path) -> None:
    """Anyone may add places and change places no approved incident uses; changing one an
    approved incident uses needs a reviewer, and a refused import writes nothing at all."""
    from sahel_desk.errors import PermissionDeniedError
    from tests.core.helpers import complete_values

    desk.profiles.create("hawa", "administrator")
    desk.switch_user("hawa")
    desk.profiles.create("amina", "researcher")
    desk.profiles.create("boubacar", "reviewer")
    desk.incidents.create(complete_values(desk, status="approved"))  # at Gao
    desk.switch_user("amina")
    new_place = geonames_row(9000002, "Boni", 15.07, -1.85, "P", "PPL")
    both = _gao_dump(tmp_path, "both.txt", extra=(new_place,))
    with pytest.raises(PermissionDeniedError) as caught:
        desk.gazetteer.import_geonames([both])
    assert str(caught.value) == (
        "amina is a researcher and may not import GeoNames changes to 1 place approved "
        "incidents use (Gao); reviewers and administrators may.")
    assert desk.places.find("Boni", country_code="ML") == []
    assert desk.places.get(str(GAO)).population != 140000
    # New places alone are anyone's.
    alone = write_dump(tmp_path / "boni.txt", [new_place])
    assert desk.gazetteer.import_geonames([alone]).added == 1
    # A reviewer may change Gao; a dump that leaves it as it is then is anyone's again.
    desk.switch_user("boubacar")
    assert desk.gazetteer.import_geonames([both]).updated == 1
    desk.switch_user("amina")
    same = desk.gazetteer.import_geonames([both])
    assert (same.updated, same.unchanged) == (0, 2)
    # A new spelling of Gao is a change of published data too.
    spelled = write_dump(tmp_path / "spelled.txt", [geonames_row(
        GAO, "Gao", 16.27167, -0.04472, "P", "PPLA", admin1="09", population=140000,
        alternates="Gawgaw")])
    with pytest.raises(PermissionDeniedError, match="Gao"):
        desk.gazetteer.import_geonames([spelled])
