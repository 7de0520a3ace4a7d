"""Every validation rule has a failing case, through the real service, and a
rejected write leaves the database exactly as it was."""

from __future__ import annotations

from typing import Any

import pytest

from sahel_desk.errors import ValidationError
from sahel_desk.services.desk import Desk
from tests.core.helpers import complete_values

pytestmark = pytest.mark.backends("sqlite", "postgresql")


def _table_counts(desk: Desk) -> dict[str, int]:
    return desk.check().counts


def _rejected(desk: Desk, values: dict[str, Any]) -> ValidationError:
    before = _table_counts(desk)
    with pytest.raises(ValidationError) as caught:
        desk.incidents.create(values)
    assert _table_counts(desk) == before
    return caught.value


def test_a_complete_record_is_accepted(desk: Desk) -> None:
    record = desk.incidents.create(complete_values(desk))
    assert record.human_id == "MLI-2017-0001"
    assert record.status == "submitted"


@pytest.mark.parametrize(("overrides", "field", "words"), [
    ({"sub_event_type": "Peaceful protest"}, "sub_event_type", "does not belong"),
    ({"sub_event_type": "Ambush of doom"}, "sub_event_type", "not a known sub-event type"),
    ({"event_type": "Terrorism"}, "event_type", "not a known event type"),
    ({"event_date": "2017-02-30"}, "event_date", "not a date"),
    ({"event_date": "05/13/2017"}, "event_date", "month 13 does not exist"),
    ({"event_date_end": "2017-05-01"}, "event_date_end", "before the start date"),
    ({"event_date": "2999-01-01"}, "event_date", "in the future"),
    ({"fatalities": -1}, "fatalities", "cannot be negative"),
    ({"injured": -3}, "injured", "cannot be negative"),
    ({"fatalities_low": 8}, "fatalities_low", "more than the best estimate"),
    ({"fatalities_high": 5}, "fatalities_high", "less than the best estimate"),
    ({"fatalities": "seven"}, "fatalities", "not a whole number"),
    ({"time_precision": 4}, "time_precision", "not a time precision"),
    ({"geo_precision": 0}, "geo_precision", "not a geo precision"),
    ({"status": "published"}, "status", "not a review state"),
    ({"actor1": "Nobody Known"}, "actor1", "no actor is called"),
    ({"place_id": "no-such-place"}, "place_id", "no place"),
    ({"colour": "red"}, "colour", "not a field"),
    ({"sources": [{"publication": "RFI", "killed": -2}]}, "sources[0].killed", "negative"),
    ({"sources": [{"publication": "RFI", "source_scale": "Gossip"}]},
     "sources[0].source_scale", "not a source scale"),
    ({"sources": [{"author": "x"}]}, "sources[0].publication", "needs a publication"),
    ({"claims": [{"claimant": "JNIM", "killed": -5}]}, "claims[0].killed", "negative"),
    ({"attack_type": "Sniping"}, "attack_type", "not a known attack type"),
    # What PostgreSQL cannot store is refused on SQLite too, so both desks agree.
    ({"sources": [{"publication": "RFI", "language": "french-fr"}]}, "sources[0].language",
     "at most 8 fit"),
    ({"injured": 3_000_000_000}, "injured", "too large"),
    ({"claims": [{"claimant": "JNIM", "channel": "az-Zallaqa\x00"}]}, "claims[0].channel",
     "NUL character"),
])
def test_each_rule_rejects_its_bad_value(desk: Desk, overrides: dict, field: str, words: str
                                         ) -> None:
    error = _rejected(desk, complete_values(desk, **overrides))
    messages = {e.field: e.message for e in error.errors}
    assert field in messages, error
    assert words in messages[field]
    assert field in str(error)


@pytest.mark.parametrize("missing", ["event_date", "event_type", "actor1", "location",
                                     "fatalities", "time_precision", "geo_precision"])
def test_a_submitted_record_needs_its_required_fields(desk: Desk, missing: str) -> None:
    values = complete_values(desk)
    values[missing] = None
    if missing == "event_type":
        values["sub_event_type"] = None
    if missing == "location":  # no place to take one from either
        values["place_id"] = None
    error = _rejected(desk, values)
    assert missing in error.fields


def test_a_submitted_record_needs_no_gazetteer_place_when_its_location_is_coded(
        desk: Desk) -> None:
    values = complete_values(desk, place_id=None, location="Ouagadou (hameau)",
                             country_code="ml", latitude="14,3494", longitude=-4.01)
    record = desk.incidents.create(values)
    assert (record.place, record.location, record.country_code, record.latitude,
            record.longitude) == (None, "Ouagadou (hameau)", "ML", 14.3494, -4.01)


@pytest.mark.parametrize(("values", "field", "words"), [
    ({"latitude": "91"}, "latitude", "outside -90..90"),
    ({"longitude": "-180.5"}, "longitude", "outside -180..180"),
    ({"latitude": "nan"}, "latitude", "not a number"),
    ({"latitude": "1e3"}, "latitude", "not a number"),
    ({"latitude": "1²"}, "latitude", "not a number"),
    ({"latitude": True}, "latitude", "not a number"),
    ({"country_code": "XX"}, "country_code", "not a two-letter country code"),
    ({"country_code": "MLI"}, "country_code", "not a two-letter country code"),
    ({"location": "x" * 201}, "location", "at most 200 fit"),
    ({"latitude": None}, "latitude", "a location needs a latitude"),
    ({"location": None}, "location", "a location needs a location name"),
])
def test_a_coded_location_is_checked(desk: Desk, values: dict, field: str, words: str) -> None:
    coded = {"place_id": None, "location": "Boni", "country_code": "ML", "latitude": 15.0,
             "longitude": -1.5, **values}
    error = _rejected(desk, {"notes": "draft", **coded})
    messages = {e.field: e.message for e in error.errors}
    assert words in messages.get(field, ""), error


def test_a_submitted_record_needs_a_source(desk: Desk) -> None:
    error = _rejected(desk, complete_values(desk, sources=[]))
    assert "sources" in error.fields


def test_a_draft_may_be_incomplete(desk: Desk) -> None:
    record = desk.incidents.create({"notes": "Heard of an attack near Boni, details to come."})
    assert record.status == "draft"
    assert record.event_date is None
    assert record.human_id.startswith("MLI-")


def test_every_bad_field_is_reported_at_once(desk: Desk) -> None:
    error = _rejected(desk, complete_values(desk, fatalities=-1, event_date="nope",
                                            geo_precision=9))
    assert {"fatalities", "event_date", "geo_precision"} <= set(error.fields)


def test_an_update_that_breaks_a_rule_changes_nothing(desk: Desk) -> None:
    record = desk.incidents.create(complete_values(desk))
    history_before = desk.history.for_incident(record.id)
    with pytest.raises(ValidationError):
        desk.incidents.update(record.id, {"fatalities": 3, "fatalities_high": 1})
    after = desk.incidents.get(record.id)
    assert after == record
    assert desk.history.for_incident(record.id) == history_before


def test_out_of_range_coordinates_are_refused_for_a_custom_place(desk: Desk) -> None:
    before = desk.places.count()
    with pytest.raises(ValidationError) as caught:
        desk.places.add_custom(name="Boulkessi", latitude=95.2, longitude=-181,
                               country_code="ML")
    assert set(caught.value.fields) == {"latitude", "longitude"}
    with pytest.raises(ValidationError) as caught:
        desk.places.add_custom(name="Boulkessi", latitude="north", longitude=-1.1,
                               country_code="ML")
    assert caught.value.fields == ["latitude"]
    assert desk.places.count() == before


def test_a_custom_place_with_good_coordinates_is_kept(desk: Desk) -> None:
    place = desk.places.add_custom(name="Boulkessi", latitude=14.63, longitude=-1.07,
                                   country_code="ML", alternate_names=["Boulkessy"],
                                   admin1="Mopti")
    assert place.origin == "custom"
    assert place.added_by == "amina"
    assert desk.places.find("boulkessy")[0].id == place.id


def test_text_limits_are_the_columns_sizes() -> None:
    from sahel_desk.codebook.validation import TEXT_LIMITS
    from sahel_desk.model import Claim, Incident, IncidentTag, Source

    tables = {"sources": Source, "claims": Claim}
    for key, limit in TEXT_LIMITS.items():
        owner, _, name = key.rpartition(".")
        model = tables.get(owner) or (IncidentTag if name == "tags" else Incident)
        column = model.__table__.c["tag" if name == "tags" else name]
        assert column.type.length == limit, key
