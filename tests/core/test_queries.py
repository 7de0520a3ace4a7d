"""Listing: filters, sorting and paging in the database."""

from __future__ import annotations

from datetime import date

import pytest

from sahel_desk.errors import InputError
from sahel_desk.services.desk import Desk
from sahel_desk.store.records import IncidentFilter
from tests.core.helpers import complete_values, place_id

pytestmark = pytest.mark.backends("sqlite", "postgresql")


@pytest.fixture
def coded(desk: Desk) -> Desk:
    desk.incidents.create(complete_values(desk))
    desk.incidents.create(complete_values(
        desk, event_date="2017-05-03", actor1="Katiba Macina", actor2="Civilians (Mali)",
        event_type="Violence against civilians", sub_event_type="Attack",
        place_id=place_id(desk, "Mopti"), fatalities=2, fatalities_low=2, fatalities_high=2,
        notes="Des hommes armés ont tué deux bergers près de Mopti.", tags=[], claims=[],
        status="approved"))
    desk.incidents.create(complete_values(
        desk, event_date="2018-02-11", actor1="Islamic State (West Africa) - Greater Sahara "
        "Faction", place_id=place_id(desk, "Kidal"), fatalities=0, fatalities_low=0,
        fatalities_high=0, notes="Clash near Kidal, Ménaka road.", tags=[], claims=[],
        status="draft"))
    return desk


def _ids(desk: Desk, **kwargs) -> list[str]:
    return [r.human_id for r in desk.incidents.query(IncidentFilter(**kwargs)).rows]


def test_filters_narrow_the_list(coded: Desk) -> None:
    assert _ids(coded, date_from=date(2018, 1, 1)) == ["MLI-2018-0001"]
    assert _ids(coded, date_to=date(2017, 5, 4)) == ["MLI-2017-0002"]
    assert _ids(coded, admin1="mopti") == ["MLI-2017-0002"]
    assert _ids(coded, event_type="Violence against civilians") == ["MLI-2017-0002"]
    assert _ids(coded, statuses=("approved", "draft")) == ["MLI-2018-0001", "MLI-2017-0002"]
    assert len(_ids(coded, country="Mali")) == 3
    assert _ids(coded, country="BF") == []


def test_actor_filter_includes_component_groups(coded: Desk) -> None:
    assert _ids(coded, actor="JNIM") == ["MLI-2017-0001", "MLI-2017-0002"]
    assert _ids(coded, actor="Katiba Macina") == ["MLI-2017-0002"]
    assert _ids(coded, actor="ISGS") == ["MLI-2018-0001"]


def test_text_filter_folds_accents_case_and_arabic(coded: Desk) -> None:
    assert _ids(coded, text="ARMÉS bergers") == ["MLI-2017-0002"]
    assert _ids(coded, text="menaka") == ["MLI-2018-0001"]
    assert _ids(coded, text="المسترات") == ["MLI-2017-0001"]
    assert _ids(coded, text="rfi") == ["MLI-2018-0001", "MLI-2017-0001", "MLI-2017-0002"]
    assert _ids(coded, text="50%_") == []


def test_sorting_and_paging(coded: Desk) -> None:
    page = coded.incidents.query(sort="fatalities", descending=False, offset=1, limit=1)
    assert page.total == 3
    assert [r.human_id for r in page.rows] == ["MLI-2017-0002"]
    by_actor = coded.incidents.query(sort="actor1", descending=False)
    assert by_actor.rows[0].actor1 == (
        "Islamic State (West Africa) - Greater Sahara Faction")
    with pytest.raises(InputError):
        coded.incidents.query(sort="colour")


def test_unknown_filter_values_are_said_plainly(coded: Desk) -> None:
    with pytest.raises(InputError, match="No actor is called 'Nobody'"):
        coded.incidents.query(IncidentFilter(actor="Nobody"))
    with pytest.raises(InputError, match="Unknown country"):
        coded.incidents.count(IncidentFilter(country="Atlantis"))


def test_dataframe_has_one_row_per_incident(coded: Desk) -> None:
    frame = coded.incidents.to_dataframe(IncidentFilter(statuses=("submitted",)))
    assert list(frame["human_id"]) == ["MLI-2017-0001"]
    assert str(frame["event_date"].dtype).startswith("datetime64")
    assert frame.loc[0, "actor2"] == "Military Forces of Mali (2013-2020)"
