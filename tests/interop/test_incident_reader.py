"""Bulk loading gives the very records `desk.incidents.get` gives, batch after batch."""

from __future__ import annotations

import dataclasses
import random

import pytest

from sahel_desk.interop.incident_reader import (
    PlaceCache,
    count_matching,
    incident_batches,
    load_registry,
)
from sahel_desk.services.demo import generate
from sahel_desk.store.records import IncidentFilter
from tests.interop.conftest import JNIM, KATIBA_MACINA

pytestmark = pytest.mark.backends("sqlite", "postgresql")


def _load(desk, flt: IncidentFilter, size: int):
    with desk.db.read() as session:
        def apply_filter(stmt):
            return desk.incidents.filtered(stmt, flt, session)

        registry = load_registry(session)
        total = count_matching(session, apply_filter)
        batches = list(incident_batches(session, apply_filter, registry, PlaceCache(), size))
    return total, batches


def test_bulk_records_equal_the_records_the_desk_gives(desk, add):
    generate(desk, 700, seed=5)
    add(assoc_actor_1=[KATIBA_MACINA], assoc_actor_2=["Civilians (Mali)"],
        tags=["claimed", "convoy"], claims=[
            {"claimant": "JNIM", "channel": "az-Zallaqa", "killed": 9,
             "original_text": "بيان", "competing": True},
            {"claimant": "Islamic State (West Africa) - Greater Sahara Faction",
             "channel": "Amaq", "killed": 12, "original_text": "خبر"}])
    total, batches = _load(desk, IncidentFilter(), size=128)
    records = [r for batch in batches for r in batch]
    assert total == len(records) == 701
    assert [len(b) for b in batches][:5] == [128] * 5
    keys = [(r.event_date, r.human_id) for r in records]
    assert keys == sorted(keys, key=lambda k: (k[0] is not None, k))
    sample = random.Random(1).sample(records, 120) + [
        r for r in records if len(r.claims) == 2]
    for record in sample:
        assert record == desk.incidents.get(record.id), record.human_id
        # Filled without __init__: exactly the fields, nothing more (== compares fields only).
        assert vars(record).keys() == {f.name for f in dataclasses.fields(record)}
        for source in record.sources:
            assert vars(source).keys() == {f.name for f in dataclasses.fields(source)}


def test_bulk_loading_follows_the_filters(desk, add):
    mine = add(actor1=KATIBA_MACINA, claims=[], tags=["market"])
    add(actor1="Dan Na Ambassagou", claims=[])
    add(status="draft")
    total, batches = _load(desk, IncidentFilter(actor=JNIM, tag="market"), size=10)
    assert total == 1 and [r.id for b in batches for r in b] == [mine.id]
    total, batches = _load(desk, IncidentFilter(statuses=("draft",)), size=10)
    assert total == 1 and batches[0][0].status == "draft"
