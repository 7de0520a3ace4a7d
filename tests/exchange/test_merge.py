"""The three-way merge on plain states and histories, without a database."""

from __future__ import annotations

import json
from datetime import datetime

from sahel_desk.exchange.merge import Entry, merge, three_way

AT = datetime(2026, 11, 1, 12, 0)
BASE = {"notes": "n", "fatalities": 7, "injured": None, "tags": ["a"],
        "sources": [{"id": "s1", "publication": "RFI", "killed": 7}], "claims": []}


def entry(change: str, field: str, new, *, entity="incident", entity_id="i1", user="amina"):
    return Entry(change, entity, entity_id, field, None, json.dumps(new), user, AT, None)


CREATED = entry("c0", "*", BASE)


def with_changes(state, **changes):
    return {**json.loads(json.dumps(state)), **changes}


def test_each_side_keeps_its_own_fields():
    local = with_changes(BASE, notes="mine")
    remote = with_changes(BASE, fatalities=8)
    result = merge(local, remote, [CREATED, entry("l1", "notes", "mine")],
                   [CREATED, entry("r1", "fatalities", 8)])
    assert result.state["notes"] == "mine" and result.state["fatalities"] == 8
    assert result.taken == ["fatalities"] and not result.conflicts


def test_the_same_field_changed_differently_keeps_the_local_value_as_a_conflict():
    local, remote = with_changes(BASE, fatalities=9), with_changes(BASE, fatalities=8)
    result = merge(local, remote, [CREATED, entry("l1", "fatalities", 9)],
                   [CREATED, entry("r1", "fatalities", 8, user="hawa")])
    assert result.state["fatalities"] == 9
    [conflict] = result.conflicts
    assert (conflict.path, conflict.base, conflict.local, conflict.remote,
            conflict.remote_user) == ("fatalities", 7, 9, 8, "hawa")


def test_a_side_that_set_a_field_back_to_the_base_gives_way():
    local = with_changes(BASE)  # changed to 9, then back to 7
    remote = with_changes(BASE, fatalities=8)
    result = merge(local, remote,
                   [CREATED, entry("l1", "fatalities", 9), entry("l2", "fatalities", 7)],
                   [CREATED, entry("r1", "fatalities", 8)])
    assert result.state["fatalities"] == 8 and not result.conflicts


def test_nothing_new_from_the_other_side_changes_nothing():
    local = with_changes(BASE, notes="mine")
    result = merge(local, BASE, [CREATED, entry("l1", "notes", "mine")], [CREATED])
    assert result.state == local and not result.changed


def test_children_added_on_both_sides_are_all_kept():
    local = with_changes(BASE, sources=[*BASE["sources"], {"id": "s2", "publication": "AFP",
                                                              "killed": 6}])
    remote = with_changes(BASE, sources=[*BASE["sources"], {"id": "s3", "publication": "Tamani",
                                                               "killed": 8}])
    result = merge(local, remote,
                   [CREATED, entry("l1", "*", local["sources"][1], entity="source",
                                   entity_id="s2")],
                   [CREATED, entry("r1", "*", remote["sources"][1], entity="source",
                                   entity_id="s3")])
    assert [s["id"] for s in result.state["sources"]] == ["s1", "s2", "s3"]


def test_a_child_removed_there_and_edited_here_is_a_conflict():
    local = with_changes(BASE, sources=[{"id": "s1", "publication": "RFI", "killed": 5}])
    remote = with_changes(BASE, sources=[])
    result = merge(local, remote,
                   [CREATED, entry("l1", "killed", 5, entity="source", entity_id="s1")],
                   [CREATED, entry("r1", "*", None, entity="source", entity_id="s1")])
    assert [s["id"] for s in result.state["sources"]] == ["s1"]
    assert [c.path for c in result.conflicts] == ["sources/s1"]


def test_a_child_removed_there_and_untouched_here_goes():
    remote = with_changes(BASE, sources=[])
    result = merge(with_changes(BASE), remote, [CREATED],
                   [CREATED, entry("r1", "*", None, entity="source", entity_id="s1")])
    assert result.state["sources"] == [] and result.taken == ["sources/s1"]


def test_three_way_by_values_for_a_stale_form():
    stored = with_changes(BASE, injured=4, fatalities=8)
    form = with_changes(BASE, notes="mine", fatalities=9)
    result = three_way(BASE, stored, form, remote_user="amina")
    assert (result.state["notes"], result.state["injured"], result.state["fatalities"]) == (
        "mine", 4, 8)
    assert [(c.path, c.local, c.remote, c.base) for c in result.conflicts] == [
        ("fatalities", 8, 9, 7)]
