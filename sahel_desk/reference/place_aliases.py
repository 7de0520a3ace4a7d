"""Well-known spellings that the GeoNames dumps lack, keyed by GeoNames id.

Added to a place's alternate names at import, so that the spelling found in
French, English or Arabic reporting finds the GeoNames place. Only spellings
in common use for that very place belong here; a village missing from GeoNames
entirely is added by the researcher with coordinates, not here.
"""

from __future__ import annotations

__all__ = ["PLACE_ALIASES", "aliases_for"]

PLACE_ALIASES: dict[int, tuple[str, ...]] = {
    2596476: ("Almoustarat", "Al-Moustarat"),  # Almoustarast (ML), north of Bourem, Gao region
    2458589: ("Jenne", "Jenné"),  # Djénné (ML), Mopti region: the usual English spelling
    2453514: ("ميناكا",),  # Ménaka (ML): the Arabic spelling used in the press
    2449893: ("تساليت",),  # Tessalit (ML), Kidal region
}


def aliases_for(geonameid: int) -> tuple[str, ...]:
    """Extra spellings of a GeoNames place, or an empty tuple."""
    return PLACE_ALIASES.get(geonameid, ())
