"""The fast state reader agrees with the one the rest of the desk uses."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from sahel_desk.exchange.collect import plain_states
from sahel_desk.model import Incident
from sahel_desk.services.demo import generate
from sahel_desk.store.records import to_plain
from sahel_desk.store.state import state_of
from tests.exchange.conftest import code_incident

pytestmark = pytest.mark.backends("sqlite", "postgresql")


def test_plain_states_match_state_of(make_desk):
    desk = make_desk("amina")
    generate(desk, 200, seed=3)
    code_incident(desk, assoc_actor_1=["Katiba Macina", "Ansar Dine"], tags=["b", "a"])
    with desk.db.read() as session:
        incidents = session.scalars(select(Incident).options(
            selectinload(Incident.actor_links), selectinload(Incident.tags),
            selectinload(Incident.sources), selectinload(Incident.claims))).all()
        fast = plain_states(session, [inc.id for inc in incidents])
        assert len(fast) == 201
        for inc in incidents:
            assert fast[inc.id] == to_plain(state_of(inc)), inc.human_id
