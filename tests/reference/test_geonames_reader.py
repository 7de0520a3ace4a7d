"""The GeoNames reader: typed rows from good dumps, located errors from bad ones."""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

import pytest

from sahel_desk.errors import InputError
from sahel_desk.reference.geonames import (
    GeoNamesRecord,
    admin_names,
    coder_names,
    is_wanted,
    read_geonames,
)

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
DUMPS = SHARED / "data" / "geonames"

GAO = (
    "2457163\tGao\tGao\tGAQ,Gao,Gawo,جاو\t16.26666\t-0.04406\tP\tPPLA\tML\t\t09\t"
    "\t\t\t87000\t\t263\tAfrica/Bamako\t2019-08-14"
)
GAO_REGION = (
    "2457161\tGao Region\tGao Region\tGao\t16.5\t0.5\tA\tADM1\tML\t\t09\t"
    "\t\t\t0\t\t270\tAfrica/Bamako\t2022-03-01"
)
GAO_CERCLE = (
    "7701453\tGao Cercle\tGao Cercle\t\t16.6\t0.1\tA\tADM2\tML\t\t09\t7701453"
    "\t\t\t0\t\t-9999\tAfrica/Bamako\t"
)
WELL = (
    "2461246\tAguelhok\tAguelhok\t\t19.45\t0.85\tH\tWLL\tML\t\t10\t"
    "\t\t\t0\t312\t\tAfrica/Bamako\t2012-01-18"
)
HOTEL = (
    "9999999\tHotel X\tHotel X\t\t12.6\t-8.0\tS\tHTL\tML\t\t01\t"
    "\t\t\t0\t\t350\tAfrica/Bamako\t2012-01-18"
)


def write(tmp_path: Path, text: str | bytes, name: str = "ML.txt") -> Path:
    path = tmp_path / name
    if isinstance(text, str):
        text = text.encode("utf-8")
    path.write_bytes(text)
    return path


def read_all(path: Path) -> list[GeoNamesRecord]:
    return list(read_geonames(path))


def test_reads_typed_record(tmp_path: Path) -> None:
    path = write(tmp_path, "\n".join([GAO, GAO_REGION, GAO_CERCLE]) + "\n")
    gao, region, cercle = read_all(path)
    assert gao.geonameid == 2457163
    assert gao.name == "Gao"
    assert gao.alternatenames == ("GAQ", "Gao", "Gawo", "جاو")
    assert (gao.latitude, gao.longitude) == (16.26666, -0.04406)
    assert (gao.feature_class, gao.feature_code, gao.country_code) == ("P", "PPLA", "ML")
    assert gao.admin1_code == "09"
    assert gao.population == 87000
    assert gao.elevation is None
    assert gao.dem == 263
    assert gao.modification_date == date(2019, 8, 14)
    assert cercle.dem is None  # -9999 means no data
    assert cercle.modification_date is None
    assert region.alternatenames == ("Gao",)


def test_accepts_crlf_and_missing_final_newline(tmp_path: Path) -> None:
    path = write(tmp_path, GAO + "\r\n" + WELL)
    assert [r.geonameid for r in read_all(path)] == [2457163, 2461246]


def test_is_streaming(tmp_path: Path) -> None:
    path = write(tmp_path, GAO + "\n" + "garbage\n")
    rows = read_geonames(path)
    assert next(rows).name == "Gao"
    with pytest.raises(InputError, match="line 2"):
        next(rows)


def test_empty_file(tmp_path: Path) -> None:
    path = write(tmp_path, "")
    with pytest.raises(InputError, match="contains no GeoNames rows") as caught:
        read_all(path)
    assert str(path) in str(caught.value)


def test_blank_lines_only(tmp_path: Path) -> None:
    path = write(tmp_path, "\n\n")
    with pytest.raises(InputError, match="contains no GeoNames rows"):
        read_all(path)


def test_binary_file(tmp_path: Path) -> None:
    path = write(tmp_path, GAO.encode() + b"\n" + b"\x00\x01\x02\xff binary\n")
    with pytest.raises(InputError, match="binary") as caught:
        read_all(path)
    assert caught.value.line == 2
    assert f"{path}, line 2" in str(caught.value)


def test_not_utf8(tmp_path: Path) -> None:
    path = write(tmp_path, GAO.encode() + b"\n" + "Ségou".encode("latin-1") + b"\n")
    with pytest.raises(InputError, match="not UTF-8") as caught:
        read_all(path)
    assert "line 2" in str(caught.value)


def test_zip_archive(tmp_path: Path) -> None:
    path = write(tmp_path, b"PK\x03\x04\x14\x00rest", name="ML.zip")
    with pytest.raises(InputError, match="damaged ZIP archive"):
        read_all(path)


def _zip(path: Path, members: dict[str, str]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in members.items():
            archive.writestr(name, text)
    return path


def test_the_zip_geonames_org_serves_is_read_without_its_readme(tmp_path: Path) -> None:
    path = _zip(tmp_path / "ML.zip", {
        "ML.txt": "\n".join([GAO, GAO_REGION]) + "\n",
        "readme.txt": "Readme for GeoNames Gazetteer extract files\n\nThis work is licensed "
                      "under a Creative Commons Attribution 4.0 License\n"})
    seen: list[tuple[int, int]] = []
    names = [r.name for r in read_geonames(path, progress=lambda d, t: seen.append((d, t)))]
    assert names == ["Gao", "Gao Region"]
    size = len(f"{GAO}\n{GAO_REGION}\n".encode())
    assert seen[-1] == (size, size)


def test_a_bad_row_inside_a_zip_names_the_member_and_line(tmp_path: Path) -> None:
    path = _zip(tmp_path / "ML.zip", {"ML.txt": f"{GAO}\n{GAO[:50]}\n"})
    with pytest.raises(InputError) as caught:
        read_all(path)
    assert str(caught.value).startswith(f"{path} (ML.txt), line 2: ")


def test_a_zip_without_a_dump_says_what_it_holds(tmp_path: Path) -> None:
    path = _zip(tmp_path / "ML.zip", {"readme.txt": "Readme", "ML.csv": GAO})
    with pytest.raises(InputError, match=r"without a GeoNames \.txt dump inside \(it holds "
                                         r"readme\.txt, ML\.csv\)"):
        read_all(path)


def test_a_zip_damaged_inside_is_refused(tmp_path: Path) -> None:
    path = _zip(tmp_path / "ML.zip", {"ML.txt": "\n".join([GAO] * 2000) + "\n"})
    data = bytearray(path.read_bytes())
    start = data.index(b"ML.txt") + 6 + 200  # inside the compressed text
    data[start:start + 40] = bytes(40)
    path.write_bytes(bytes(data))
    with pytest.raises(InputError, match=r"ML\.zip \(ML\.txt\)"):
        read_all(path)
    # Rows that read well but are not what was packed: the archive's checksum tells.
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("ML.txt", f"{GAO}\n{WELL}\n")
    path.write_bytes(path.read_bytes().replace(b"Gawo", b"Gawa"))
    with pytest.raises(InputError, match=r"ML\.txt\): cannot be read to the end "
                                         r"\(Bad CRC-32.*download it again"):
        read_all(path)


def test_coder_names_keeps_the_scripts_a_sahel_coder_reads() -> None:
    names = ("Gao", "Gawgaw", "جاو", "ߜߊߥߏ", "ⴳⴰⵡ", "Sɛgu", "Tin‐Zaouatene", "Ti-n-Essako",
             "Гао", "ガオ", "加奥", "Γκάο", "23", "")
    assert coder_names(names) == names[:8]


def test_wrong_column_count(tmp_path: Path) -> None:
    short = "\t".join(GAO.split("\t")[:18])
    path = write(tmp_path, f"{GAO}\n{short}\n{WELL}\n")
    with pytest.raises(InputError, match="expected 19 tab-separated columns, found 18") as caught:
        read_all(path)
    assert caught.value.line == 2
    assert "line 2" in str(caught.value)


def test_header_row_gets_a_hint(tmp_path: Path) -> None:
    header = "\t".join(["geonameid", "name", *(["x"] * 17)])
    path = write(tmp_path, f"{header}\n{GAO}\n")
    with pytest.raises(InputError, match="no header row") as caught:
        read_all(path)
    assert "line 1" in str(caught.value)


def test_non_numeric_id(tmp_path: Path) -> None:
    path = write(tmp_path, f"{GAO}\n{WELL}\nx{GAO}\n")
    with pytest.raises(InputError, match="geonameid 'x2457163' is not a number") as caught:
        read_all(path)
    assert "line 3" in str(caught.value)


@pytest.mark.parametrize(
    ("lat", "lon", "message"),
    [
        ("95.0", "1.0", "latitude 95.0 is outside -90..90"),
        ("abc", "1.0", "latitude 'abc' is not a number"),
        ("nan", "1.0", "latitude nan is outside"),
        ("16.2", "-181", "longitude -181 is outside -180..180"),
        ("16.2", "", "longitude '' is not a number"),
    ],
)
def test_bad_coordinates(tmp_path: Path, lat: str, lon: str, message: str) -> None:
    cols = GAO.split("\t")
    cols[4], cols[5] = lat, lon
    path = write(tmp_path, f"{WELL}\n{GAO}\n" + "\t".join(cols) + "\n")
    with pytest.raises(InputError, match=message) as caught:
        read_all(path)
    assert "line 3" in str(caught.value)


def test_bad_population_and_date(tmp_path: Path) -> None:
    cols = GAO.split("\t")
    cols[14] = "many"
    path = write(tmp_path, "\t".join(cols) + "\n")
    with pytest.raises(InputError, match="population 'many'"):
        read_all(path)
    cols = GAO.split("\t")
    cols[18] = "14/08/2019"
    path = write(tmp_path, "\t".join(cols) + "\n")
    with pytest.raises(InputError, match="not a YYYY-MM-DD date"):
        read_all(path)


def test_truncated_last_row(tmp_path: Path) -> None:
    path = write(tmp_path, f"{GAO}\n{WELL}\n{GAO[:40]}")
    with pytest.raises(InputError, match="last row is cut short") as caught:
        read_all(path)
    assert caught.value.line == 3
    assert "line 3" in str(caught.value)
    assert "found 5" in str(caught.value)


def test_truncated_inside_last_column(tmp_path: Path) -> None:
    path = write(tmp_path, f"{WELL}\n{GAO[:-3]}")
    with pytest.raises(InputError, match="cut short") as caught:
        read_all(path)
    assert caught.value.line == 2


def test_is_wanted(tmp_path: Path) -> None:
    path = write(tmp_path, "\n".join([GAO, GAO_REGION, GAO_CERCLE, WELL, HOTEL]) + "\n")
    wanted = [r.name for r in read_all(path) if is_wanted(r)]
    assert wanted == ["Gao", "Gao Region", "Gao Cercle", "Aguelhok"]


def test_admin_names(tmp_path: Path) -> None:
    path = write(tmp_path, "\n".join([GAO, GAO_REGION, GAO_CERCLE]) + "\n")
    names = admin_names(read_all(path))
    assert names == {("ML", "09"): "Gao Region", ("ML", "09", "7701453"): "Gao Cercle"}


@pytest.fixture(scope="module")
def mali() -> list[GeoNamesRecord]:
    if not DUMPS.is_dir():
        pytest.skip(f"../shared reference data is absent: {DUMPS}")
    return list(read_geonames(DUMPS / "ML.txt"))


@pytest.mark.shared
def test_reads_real_mali_dump(mali: list[GeoNamesRecord]) -> None:
    assert len(mali) > 20_000
    by_id = {r.geonameid: r for r in mali}
    assert by_id[2460596].name == "Bamako"
    assert by_id[2453348].feature_code == "PPLA"
    assert "موبتي" in by_id[2453348].alternatenames
    assert sum(is_wanted(r) for r in mali) > 0.9 * len(mali)


@pytest.mark.shared
def test_real_admin_names(mali: list[GeoNamesRecord]) -> None:
    names = admin_names(mali)
    assert names[("ML", "08")] == "Tombouctou Region"
    assert names[("ML", "12070577")] == "Ménaka Region"
    assert names[("ML", "04", "8299590")] == "Djenne Cercle"
