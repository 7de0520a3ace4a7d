"""Bundles between desks: what travels, idempotence, and three-way merges."""

from __future__ import annotations

import pytest

from sahel_desk.errors import ConflictError, InputError, PermissionDeniedError
from tests.exchange.conftest import code_incident, introduce, send

pytestmark = pytest.mark.backends("sqlite", "postgresql")


def test_a_new_incident_arrives_whole_with_its_history(make_desk, tmp_path):
    amina, hawa = make_desk("amina"), make_desk("hawa", fresh=True)
    record = code_incident(amina)
    report = send(amina, hawa, tmp_path, "first")
    assert report.added == (record.human_id,) and not report.conflicts
    got = hawa.incidents.get(record.id)
    assert got.human_id == record.human_id
    # actors and places map by name and GeoNames id onto the receiving desk's own rows
    assert got.actor1.name == record.actor1.name and got.actor1.id != record.actor1.id
    assert got.place.geonames_id == record.place.geonames_id
    assert got.claims[0].original_text == record.claims[0].original_text
    assert got.claims[0].claimant.name == record.claims[0].claimant.name
    assert [s.publication for s in got.sources] == ["RFI"]
    assert [h.change_id for h in hawa.history.for_incident(record.id)] == [
        h.change_id for h in amina.history.for_incident(record.id)]
    assert hawa.history.for_incident(record.id)[0].user == "amina"


def test_importing_the_same_bundle_twice_changes_nothing(make_desk, tmp_path):
    amina, hawa = make_desk("amina"), make_desk("hawa")
    introduce(hawa, amina)
    code_incident(amina)
    path = tmp_path / "once.sdb"
    amina.exchange.export_bundle(path)
    hawa.exchange.import_bundle(path)
    counts = hawa.check().counts
    again = hawa.exchange.import_bundle(path)
    assert (again.added, again.updated, again.unchanged) == ((), (), 1)
    assert hawa.check().counts == counts


def test_edits_to_different_fields_both_survive(make_desk, tmp_path):
    amina, hawa = make_desk("amina"), make_desk("hawa")
    record = code_incident(amina)
    send(amina, hawa, tmp_path, "1")
    amina.incidents.update(record.id, {"notes": "Almoustarat: army base attacked at dawn."})
    hawa.incidents.update(record.id, {
        "fatalities": 8, "injured": 12,
        "sources": [{"id": record.sources[0].id, "publication": "RFI", "killed": 7,
                     "source_scale": "International"},
                    {"publication": "Studio Tamani", "killed": 8}]})
    to_hawa = send(amina, hawa, tmp_path, "2")
    to_amina = send(hawa, amina, tmp_path, "3")
    assert not to_hawa.conflicts and not to_amina.conflicts
    for desk in (amina, hawa):
        got = desk.incidents.get(record.id)
        assert got.notes == "Almoustarat: army base attacked at dawn.", desk.user
        assert (got.fatalities, got.injured) == (8, 12), desk.user
        assert [s.publication for s in got.sources] == ["RFI", "Studio Tamani"], desk.user


def test_the_same_field_changed_differently_is_a_conflict_a_reviewer_resolves(
        make_desk, tmp_path):
    amina, boubacar = make_desk("amina"), make_desk("boubacar")
    introduce(boubacar, amina, "researcher")  # while boubacar is alone on his desk
    boubacar.profiles.create("boubacar", "reviewer")
    record = code_incident(amina)
    send(amina, boubacar, tmp_path, "1")
    amina.incidents.update(record.id, {"fatalities": 9})
    boubacar.incidents.update(record.id, {"fatalities": 8})
    report = send(amina, boubacar, tmp_path, "2")
    assert report.conflicts == ((record.human_id, "fatalities"),)
    # nothing is silently overwritten: the local value stays, both are kept
    assert boubacar.incidents.get(record.id).fatalities == 8
    [conflict] = boubacar.exchange.conflicts()
    assert (conflict.local_value, conflict.remote_value, conflict.base_value) == (8, 9, 7)
    assert conflict.remote_user == "amina"

    boubacar.exchange.resolve(conflict.id, "remote", reason="army statement")
    assert boubacar.incidents.get(record.id).fatalities == 9
    assert boubacar.exchange.conflicts() == []
    last = boubacar.history.for_incident(record.id)[-1]
    assert (last.field, last.old_value, last.new_value, last.user, last.reason) == (
        "fatalities", 8, 9, "boubacar", "army statement")

    # back on amina's desk the resolution arrives and nothing conflicts any more
    back = send(boubacar, amina, tmp_path, "3")
    assert not back.conflicts
    assert amina.incidents.get(record.id).fatalities == 9


def test_a_researcher_may_not_resolve_conflicts_on_a_team_desk(make_desk, tmp_path):
    amina, hawa = make_desk("amina"), make_desk("hawa")
    hawa.profiles.create("hawa", "administrator")
    hawa.profiles.create("moussa", "researcher")
    record = code_incident(amina)
    send(amina, hawa, tmp_path, "1")
    amina.incidents.update(record.id, {"injured": 2})
    hawa.incidents.update(record.id, {"injured": 3})
    send(amina, hawa, tmp_path, "2")
    hawa.switch_user("moussa")
    with pytest.raises(PermissionDeniedError):
        hawa.exchange.resolve(hawa.exchange.conflicts()[0].id, "remote")
    assert hawa.incidents.get(record.id).injured == 3


def test_review_steps_and_comments_travel(make_desk, tmp_path):
    amina, boubacar = make_desk("amina"), make_desk("boubacar")
    introduce(boubacar, amina, "researcher")
    boubacar.profiles.create("boubacar", "reviewer")
    record = code_incident(amina)
    send(amina, boubacar, tmp_path, "1")
    comment = boubacar.comments.add(record.id, "Which RFI bulletin?", field="sources")
    boubacar.review.approve(record.id, "checked against RFI")
    report = send(boubacar, amina, tmp_path, "2")
    assert report.updated == (record.human_id,) and report.comments == 1
    got = amina.incidents.get(record.id)
    assert got.status == "approved"
    steps = [(h.field, h.new_value, h.user) for h in amina.history.for_incident(record.id)
             if h.field == "status"]
    assert ("status", "approved", "boubacar") in steps
    [arrived] = amina.comments.for_incident(record.id)
    assert (arrived.id, arrived.text, arrived.user) == (comment.id, "Which RFI bulletin?",
                                                        "boubacar")


def test_a_received_comment_and_its_resolution_are_forwarded_to_a_third_desk(
        make_desk, tmp_path):
    """Hawa sends to Fatou after Amina's comment (and later its resolution) were made but
    before they reached Hawa: Hawa's next bundles "since last time" still carry them,
    though the record itself did not change."""
    amina, hawa, fatou = make_desk("amina"), make_desk("hawa"), make_desk("fatou")
    record = code_incident(amina)
    send(amina, hawa, tmp_path, "records")
    send(hawa, fatou, tmp_path, "hawa-records")
    comment = amina.comments.add(record.id, "Which RFI bulletin?", field="sources")
    send(hawa, fatou, tmp_path, "meanwhile")
    send(amina, hawa, tmp_path, "comment")
    assert send(hawa, fatou, tmp_path, "forwarded").comments == 1
    [there] = fatou.comments.for_incident(record.id)
    assert (there.id, there.text, there.user, there.at) == (
        comment.id, "Which RFI bulletin?", "amina", comment.at)
    amina.comments.resolve(comment.id)
    send(hawa, fatou, tmp_path, "meanwhile-2")
    send(amina, hawa, tmp_path, "resolution")
    assert send(hawa, fatou, tmp_path, "forwarded-2").comments == 1
    [there] = fatou.comments.for_incident(record.id)
    assert (there.resolved, there.resolved_by) == (True, "amina")
    assert send(hawa, fatou, tmp_path, "nothing-new").comments == 0


def test_a_deletion_travels_unless_the_record_was_edited_meanwhile(make_desk, tmp_path):
    amina, hawa = make_desk("amina"), make_desk("hawa")
    kept, gone = code_incident(amina), code_incident(amina, event_date="2017-05-08")
    send(amina, hawa, tmp_path, "1")
    amina.incidents.delete(gone.id)
    amina.incidents.delete(kept.id)
    hawa.incidents.update(kept.id, {"notes": "still an event"})
    report = send(amina, hawa, tmp_path, "2")
    assert report.deleted == (gone.human_id,)
    assert report.conflicts == ((kept.human_id, "*"),)
    assert hawa.incidents.get(kept.id).notes == "still an event"
    assert hawa.incidents.count() == 1


def test_since_last_sends_only_what_changed(make_desk, tmp_path):
    amina, hawa = make_desk("amina"), make_desk("hawa")
    first, second = code_incident(amina), code_incident(amina, event_date="2017-05-09")
    assert send(amina, hawa, tmp_path, "1").added == (first.human_id, second.human_id)
    amina.incidents.update(second.id, {"injured": 4})
    summary = amina.exchange.export_bundle(tmp_path / "2.sdb", peer="hawa")
    assert summary.incidents == 1
    assert amina.exchange.export_bundle(tmp_path / "3.sdb", peer="hawa").incidents == 0
    assert amina.exchange.export_bundle(tmp_path / "4.sdb", peer="hawa",
                                        since_last=False).incidents == 2


def test_new_actors_and_custom_places_travel(make_desk, tmp_path):
    amina, hawa = make_desk("amina"), make_desk("hawa", fresh=True)
    place = amina.places.add_custom(name="Boulkessi", latitude=14.58, longitude=-1.09,
                                    country_code="ML", alternate_names=["Boulkessy"])
    amina.actors.create(name="Katiba Hanifa", actor_type=2, parent="JNIM",
                        aliases=["كتيبة حنيفة"])
    record = code_incident(amina, place_id=place.id, actor1="Katiba Hanifa")
    report = send(amina, hawa, tmp_path, "1")
    assert "Katiba Hanifa" in report.actors_added and "Boulkessi" in report.places_added
    got = hawa.incidents.get(record.id)
    assert got.place.id == place.id and got.place.origin == "custom"
    serma = hawa.actors.get("Katiba Hanifa")
    assert serma.parent_name.startswith("JNIM") and "كتيبة حنيفة" in serma.aliases
    assert hawa.actors.search("حنيفة")[0].actor.name == "Katiba Hanifa"


def test_a_dry_run_says_what_would_come_and_writes_nothing(make_desk, tmp_path):
    amina, hawa = make_desk("amina"), make_desk("hawa")
    introduce(hawa, amina)
    record = code_incident(amina)
    path = tmp_path / "b.sdb"
    amina.exchange.export_bundle(path)
    before = hawa.check().counts
    report = hawa.exchange.import_bundle(path, dry_run=True)
    assert report.dry_run and report.added == (record.human_id,)
    assert hawa.check().counts == before


def test_two_researchers_and_a_reviewer_in_any_order_end_the_same(make_desk, tmp_path):
    """Bundles from two researchers reach two copies of the reviewer's desk in opposite
    orders (one bundle twice): both end with the same records and the same conflict,
    and the reviewer's decision brings every desk to one value."""
    amina, moussa = make_desk("amina"), make_desk("moussa")
    first, second = make_desk("review-1", "boubacar"), make_desk("review-2", "boubacar")
    # each desk's administrator (its one user, before profiles) trusts the others' keys:
    # the researchers' desks as researchers', the reviewer's as a reviewer's
    for reviewer in (first, second):
        for researcher in (amina, moussa):
            introduce(reviewer, researcher, "researcher")
            introduce(researcher, reviewer, "reviewer")
    introduce(second, first, "reviewer")
    first.profiles.create("boubacar", "reviewer")
    shared = code_incident(amina)
    send(amina, moussa, tmp_path, "a-to-m", trust_as="researcher")
    amina.incidents.update(shared.id, {"notes": "amina's reading", "fatalities": 9,
                                       "fatalities_high": 9})
    moussa.incidents.update(shared.id, {"injured": 5, "fatalities": 8})
    own = code_incident(moussa, event_date="2017-06-01")
    amina.exchange.export_bundle(tmp_path / "from-amina.sdb", peer="boubacar")
    moussa.exchange.export_bundle(tmp_path / "from-moussa.sdb", peer="boubacar")
    for path in ("from-amina", "from-moussa"):
        first.exchange.import_bundle(tmp_path / f"{path}.sdb")
    for path in ("from-moussa", "from-amina", "from-moussa"):
        second.exchange.import_bundle(tmp_path / f"{path}.sdb")
    for desk in (first, second):
        got = desk.incidents.get(shared.id)
        assert (got.notes, got.injured) == ("amina's reading", 5), desk.data_dir
        assert desk.incidents.get(own.id).event_date.isoformat() == "2017-06-01"
        [conflict] = desk.exchange.conflicts()
        assert conflict.path == "fatalities" and conflict.base_value == 7
        assert {conflict.local_value, conflict.remote_value} == {8, 9}
        assert got.fatalities == conflict.local_value  # nothing silently overwritten
    # the reviewer settles it; the decision reaches both researchers
    first.exchange.resolve(first.exchange.conflicts()[0].id, "value", 8,
                           reason="8 in the army's statement")
    for researcher in (amina, moussa):
        report = send(first, researcher, tmp_path, f"decision-{researcher.user}")
        assert not report.conflicts
        assert researcher.incidents.get(shared.id).fatalities == 8
    assert send(first, second, tmp_path, "to-review-2").conflicts == ()
    assert second.incidents.get(shared.id).fatalities == 8
    assert second.exchange.conflicts() == []
    for desk in (amina, moussa, second):
        assert desk.incidents.state(shared.id) == first.incidents.state(shared.id), desk.user
    # the reviewer's history of the incident, every change set of it, reached amina
    changes = {h.change_id for h in first.history.for_incident(shared.id)}
    assert changes <= {h.change_id for h in amina.history.for_incident(shared.id)}


def test_a_merge_that_would_break_a_rule_keeps_the_local_value_as_a_conflict(make_desk,
                                                                             tmp_path):
    amina, hawa = make_desk("amina"), make_desk("hawa")
    record = code_incident(amina)  # low 7, best 7, high 9
    send(amina, hawa, tmp_path, "1")
    amina.incidents.update(record.id, {"fatalities_high": 7})
    hawa.incidents.update(record.id, {"fatalities": 8})
    report = send(amina, hawa, tmp_path, "2")
    assert report.conflicts == ((record.human_id, "fatalities_high"),)
    got = hawa.incidents.get(record.id)
    assert (got.fatalities_low, got.fatalities, got.fatalities_high) == (7, 8, 9)


def test_a_conflict_is_resolved_once_and_by_a_known_choice(make_desk, tmp_path):
    amina, hawa = make_desk("amina"), make_desk("hawa")
    record = code_incident(amina)
    send(amina, hawa, tmp_path, "1")
    amina.incidents.update(record.id, {"injured": 2})
    hawa.incidents.update(record.id, {"injured": 3})
    send(amina, hawa, tmp_path, "2")
    [conflict] = hawa.exchange.conflicts()
    with pytest.raises(InputError, match="local, remote or value"):
        hawa.exchange.resolve(conflict.id, "theirs")
    hawa.exchange.resolve(conflict.id, "local")
    with pytest.raises(ConflictError, match="already resolved by hawa"):
        hawa.exchange.resolve(conflict.id, "remote")
    assert hawa.incidents.get(record.id).injured == 3
