"""The incident service: derived codes, children, revisions and history."""

from __future__ import annotations

import pytest

from sahel_desk.errors import NotFoundError, StaleRevisionError
from sahel_desk.services.desk import Desk
from tests.core.helpers import complete_values

pytestmark = pytest.mark.backends("sqlite", "postgresql")


def test_created_record_carries_derived_codes_and_who(desk: Desk) -> None:
    record = desk.incidents.create(complete_values(desk))
    assert record.disorder_type == "Political violence"
    assert (record.inter1, record.inter2) == (2, 1)
    assert record.interaction == "State forces-Rebel group"
    assert record.interaction_code == 12
    assert record.civilian_targeting is None
    assert record.place.name == "Gao" and record.place.admin1 == "Gao"
    assert record.created_by == record.updated_by == "amina"
    assert record.revision == 1
    assert record.claims[0].claimant.name.startswith("JNIM")
    assert record.claims[0].killed == 7
    assert record.sources[0].killed == 7


def test_actors_resolve_by_name_alias_in_any_script(desk: Desk) -> None:
    record = desk.incidents.create({
        "actor1": "نصرة الإسلام والمسلمين", "assoc_actor_1": ["katiba macina", "Ansar Dine"],
        "actor2": "Civilians (Mali)", "event_type": "Violence against civilians",
        "sub_event_type": "Attack"})
    assert record.actor1.name == "JNIM: Group for Support of Islam and Muslims"
    assert [a.name for a in record.assoc_actor_1] == ["Katiba Macina", "Ansar Dine"]
    assert record.civilian_targeting == "Civilians targeted"
    assert record.interaction == "Rebel group-Civilians"


def test_human_ids_count_per_country_and_year(desk: Desk) -> None:
    first = desk.incidents.create(complete_values(desk))
    second = desk.incidents.create(complete_values(desk))
    other_year = desk.incidents.create(complete_values(desk, event_date="2018-01-03"))
    burkina = desk.places.find("Ouagadougou", country_code="BF")[0]
    bf = desk.incidents.create(complete_values(desk, place_id=burkina.id))
    assert [first.human_id, second.human_id, other_year.human_id, bf.human_id] == [
        "MLI-2017-0001", "MLI-2017-0002", "MLI-2018-0001", "BFA-2017-0001"]
    assert desk.incidents.get("MLI-2017-0002").id == second.id


def test_update_writes_one_history_entry_per_changed_field(desk: Desk) -> None:
    record = desk.incidents.create(complete_values(desk))
    updated = desk.incidents.update(
        record.human_id, {"fatalities": 8, "fatalities_high": 11, "notes": record.notes},
        expected_revision=1, reason="army statement revised")
    assert updated.revision == 2
    history = desk.history.for_incident(record.id)
    assert history[0].field == "*" and history[0].old_value is None
    assert history[0].new_value["fatalities"] == 7
    changes = {(h.field, h.old_value, h.new_value) for h in history[1:]}
    assert changes == {("fatalities", 7, 8), ("fatalities_high", 9, 11)}
    assert {h.reason for h in history[1:]} == {"army statement revised"}
    assert {h.user for h in history} == {"amina"}
    assert len({h.change_id for h in history[1:]}) == 1


def test_an_update_changing_nothing_keeps_the_revision(desk: Desk) -> None:
    record = desk.incidents.create(complete_values(desk))
    same = desk.incidents.update(record.id, {"fatalities": 7, "tags": ["claimed"]})
    assert same.revision == 1
    assert len(desk.history.for_incident(record.id)) == 1


def test_children_changes_are_recorded_per_field(desk: Desk) -> None:
    record = desk.incidents.create(complete_values(desk))
    source_id = record.sources[0].id
    desk.sources.update(record.id, source_id, {"killed": 6})
    after_add = desk.sources.add(record.id, {"publication": "Studio Tamani", "killed": 11,
                                             "language": "fr"})
    assert [s.publication for s in after_add.sources] == ["RFI", "Studio Tamani"]
    final = desk.sources.remove(record.id, source_id)
    assert [s.publication for s in final.sources] == ["Studio Tamani"]
    assert final.revision == 4
    source_history = [(h.entity, h.field, h.old_value, h.new_value)
                      for h in desk.history.for_incident(record.id)[1:]]
    assert source_history[0] == ("source", "killed", 7, 6)
    assert source_history[1][:3] == ("source", "*", None)
    assert source_history[1][3]["publication"] == "Studio Tamani"
    assert source_history[2][:2] == ("source", "*")
    assert source_history[2][3] is None and source_history[2][2]["killed"] == 6


def test_a_stale_save_is_refused_and_names_who_changed_it(desk: Desk, data_dir) -> None:
    record = desk.incidents.create(complete_values(desk))
    desk.incidents.update(record.id, {"fatalities": 8})
    with pytest.raises(StaleRevisionError) as caught:
        desk.incidents.update(record.id, {"notes": "late edit"}, expected_revision=1)
    assert "amina" in str(caught.value)
    assert desk.incidents.get(record.id).notes == record.notes


def test_delete_keeps_the_history(desk: Desk) -> None:
    record = desk.incidents.create(complete_values(desk))
    desk.incidents.delete(record.human_id, reason="duplicate of MLI-2017-0002")
    with pytest.raises(NotFoundError):
        desk.incidents.get(record.id)
    history = desk.history.for_incident(record.id)
    assert history[-1].field == "*" and history[-1].new_value is None
    assert history[-1].old_value["fatalities"] == 7
    assert desk.check().ok


def test_comments_thread_on_fields(desk: Desk) -> None:
    record = desk.incidents.create(complete_values(desk))
    first = desk.comments.add(record.id, "Army says 7, JNIM 17: keep 7?", field="fatalities")
    desk.comments.add(record.human_id, "Yes, the lowest figure.", parent_id=first.id)
    thread = desk.comments.for_incident(record.id)
    assert [c.field for c in thread] == ["fatalities", None]
    assert thread[1].parent_id == first.id


def test_records_are_plain_values_usable_after_close(data_dir, db_url) -> None:
    with Desk.open(data_dir, db_url, user="amina") as opened:
        record = opened.incidents.create(complete_values(opened))
    assert record.actor1.name.startswith("JNIM")
    assert record.place.alternate_names == ()
    assert record.sources[0].publication == "RFI"
