"""Building blocks for incident tests: a complete, valid incident's values."""

from __future__ import annotations

from typing import Any

from sahel_desk.services.desk import Desk


def place_id(desk: Desk, name: str = "Gao") -> str:
    return desk.places.find(name, country_code="ML")[0].id


def complete_values(desk: Desk, **overrides: Any) -> dict[str, Any]:
    """The Almoustarat attack of 7 May 2017, as a submitted record."""
    values: dict[str, Any] = {
        "event_date": "2017-05-07",
        "time_precision": 1,
        "event_type": "Battles",
        "sub_event_type": "Armed clash",
        "place_id": place_id(desk),
        "geo_precision": 2,
        "near": True,
        "actor1": "JNIM: Group for Support of Islam and Muslims",
        "actor2": "Military Forces of Mali (2013-2020)",
        "fatalities": 7,
        "fatalities_low": 7,
        "fatalities_high": 9,
        "notes": "Suicide assault on the army base at Almoustarat, outside Gao.",
        "tags": ["claimed"],
        "sources": [{"publication": "RFI", "killed": 7, "source_scale": "International"}],
        "claims": [{"claimant": "JNIM", "channel": "az-Zallaqa", "killed": 7,
                    "original_text": "عملية استشهادية على قاعدة للجيش المالي في #المسترات",
                    "date_written": "الأحد 11/08/1438", "claim_date": "2017-05-07",
                    "vehicles_seized": 3}],
        "status": "submitted",
    }
    values.update(overrides)
    return values
