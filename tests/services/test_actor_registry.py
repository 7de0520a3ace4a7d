"""The actor registry: search in three scripts, dated variants, edits, merges."""

from __future__ import annotations

from datetime import date

import pytest

from sahel_desk.errors import ValidationError
from sahel_desk.services.desk import Desk
from tests.core.helpers import complete_values

pytestmark = pytest.mark.backends("sqlite", "postgresql")

JNIM = "JNIM: Group for Support of Islam and Muslims"


@pytest.mark.parametrize(("query", "expected"), [
    ("GSIM", JNIM),
    ("Nusrat", JNIM),
    ("نصرة الإسلام", JNIM),
    ("jama'at nusrat", JNIM),
    ("Barkhane", "Military Forces of France (2017-)"),
    ("unknown gunmen", "Unidentified Armed Group (Mali)"),
    ("hommes armes non identifies", "Unidentified Armed Group (Mali)"),
    ("EIGS", "Islamic State (West Africa) - Greater Sahara Faction"),
    ("Katiba Masina", "Katiba Macina"),
])
def test_search_finds_actors_by_any_name(desk: Desk, query: str, expected: str) -> None:
    hits = desk.actors.search(query, limit=3)
    assert expected in [h.actor.name for h in hits]


def test_the_date_picks_the_variant(desk: Desk) -> None:
    def on(day: date) -> str:
        return desk.actors.search("FAMa", on=day, limit=1)[0].actor.name

    assert on(date(2017, 5, 7)) == "Military Forces of Mali (2013-2020)"
    assert on(date(2020, 12, 1)) == "Military Forces of Mali (2020-2021)"
    assert on(date(2023, 1, 10)) == "Military Forces of Mali (2021-)"
    assert desk.actors.search("Barkhane", on=date(2016, 1, 1))[0].actor.name == (
        "Military Forces of France (2012-2017)")
    variant = desk.actors.variant_on("Military Forces of Mali (2021-)", date(2018, 3, 1))
    assert variant.name == "Military Forces of Mali (2013-2020)"


def test_component_groups_point_at_jnim(desk: Desk) -> None:
    macina = desk.actors.get("Katiba Macina")
    assert macina.parent_name == JNIM
    assert desk.actors.get(JNIM).valid_from == date(2017, 3, 2)


def test_create_and_edit_an_actor_with_aliases(desk: Desk) -> None:
    actor = desk.actors.create(name="Katiba Hanifa", actor_type=2, parent="JNIM",
                               aliases=["كتيبة حنيفة", "Hanifa brigade"])
    assert desk.actors.search("حنيفة")[0].actor.id == actor.id
    desk.actors.update(actor.id, aliases=["Katiba Khalid Ibn Walid"])
    assert desk.actors.search("Khalid Ibn Walid")[0].actor.id == actor.id
    with pytest.raises(ValidationError, match="actor_type"):
        desk.actors.create(name="Nameless", actor_type=9)
    with pytest.raises(ValidationError, match="already exists"):
        desk.actors.create(name="katiba macina", actor_type=2)
    with pytest.raises(ValidationError, match="valid_to"):
        desk.actors.update(actor.id, valid_from="2020-01-01", valid_to="2019-01-01")


def test_merge_repoints_incidents_keeps_aliases_and_records_history(desk: Desk) -> None:
    duplicate = desk.actors.create(name="Macina Katiba (duplicate)", actor_type=2,
                                   aliases=["FLM Macina"])
    record = desk.incidents.create(complete_values(
        desk, actor1=duplicate.id, assoc_actor_1=["Katiba Macina", duplicate.id],
        claims=[{"claimant": duplicate.id, "channel": "az-Zallaqa"}]))
    merged = desk.actors.merge(duplicate.id, "Katiba Macina", reason="same group")
    assert {"Macina Katiba (duplicate)", "FLM Macina"} <= set(merged.aliases)
    after = desk.incidents.get(record.id)
    assert after.actor1.name == "Katiba Macina"
    assert after.assoc_actor_1 == ()
    assert after.claims[0].claimant.name == "Katiba Macina"
    assert after.revision == 2
    changes = {h.field for h in desk.history.for_incident(record.id)[1:]}
    assert {"actor1", "assoc_actor_1", "claimant"} <= changes
    assert desk.history.for_incident(record.id)[1].reason == "same group"
    assert desk.actors.search("FLM Macina")[0].actor.name == "Katiba Macina"
    assert "Macina Katiba (duplicate)" not in [a.name for a in desk.actors.list()]
    with pytest.raises(ValidationError):
        desk.actors.merge("Katiba Macina", "Katiba Macina")
