"""A desk with a team: hawa administers, amina codes, boubacar reviews."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from sahel_desk.services.desk import Desk
from sahel_desk.store.records import IncidentRecord
from tests.core.helpers import complete_values


@pytest.fixture
def team_dir(data_dir: Path, db_url: str | None) -> Path:
    """The team's data folder; on PostgreSQL open it with ``db_url`` too."""
    with Desk.open(data_dir, db_url, user="hawa") as desk:
        desk.profiles.create("hawa", "administrator")
        desk.profiles.create("amina", "researcher")
        desk.profiles.create("boubacar", "reviewer")
    return data_dir


@pytest.fixture
def team(team_dir: Path, db_url: str | None) -> Iterator[Desk]:
    """The team's desk, opened by amina; tests switch user as people take turns."""
    with Desk.open(team_dir, db_url, user="amina") as desk:
        yield desk


def approved_incident(desk: Desk, **overrides) -> IncidentRecord:
    """Coded by amina, approved by boubacar; the desk is left with amina working."""
    desk.switch_user("amina")
    record = desk.incidents.create(complete_values(desk, **overrides))
    desk.switch_user("boubacar")
    record = desk.review.approve(record.id)
    desk.switch_user("amina")
    return record
