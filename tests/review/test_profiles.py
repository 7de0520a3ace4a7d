"""Profiles and roles: who may add people, change roles and take review decisions."""

from __future__ import annotations

from pathlib import Path

import pytest

from sahel_desk.errors import (
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from sahel_desk.services.desk import Desk
from tests.core.helpers import complete_values

pytestmark = pytest.mark.backends("sqlite", "postgresql")


def test_the_first_profile_is_anyones_then_administrators_add_people(desk: Desk) -> None:
    assert desk.profiles.list() == []
    assert desk.role == "researcher"
    first = desk.profiles.create("amina", "administrator")
    assert (first.name, first.role, first.created_by) == ("amina", "administrator", "amina")
    assert desk.role == "administrator"
    desk.profiles.create("boubacar", "researcher")
    desk.switch_user("boubacar")
    with pytest.raises(PermissionDeniedError, match="only administrators"):
        desk.profiles.create("salif", "researcher")
    with pytest.raises(PermissionDeniedError):
        desk.profiles.set_role("boubacar", "reviewer")
    desk.switch_user("amina")
    assert desk.profiles.set_role("boubacar", "reviewer").role == "reviewer"
    assert [(p.name, p.role) for p in desk.profiles.list()] == [
        ("amina", "administrator"), ("boubacar", "reviewer")]
    assert desk.profiles.get("boubacar").role == "reviewer"
    roles = [(h.field, h.old_value, h.new_value, h.user)
             for h in desk.history.for_entity("profile", "boubacar")]
    assert roles == [("role", None, "researcher", "amina"),
                     ("role", "researcher", "reviewer", "amina")]


def test_profiles_are_checked(desk: Desk) -> None:
    desk.profiles.create("amina", "administrator")
    with pytest.raises(ConflictError, match="already a profile"):
        desk.profiles.create("amina", "researcher")
    with pytest.raises(ValidationError, match="not a role"):
        desk.profiles.create("salif", "editor")
    with pytest.raises(ValidationError, match="needs a name"):
        desk.profiles.create("  ", "researcher")
    with pytest.raises(ConflictError, match="last administrator"):
        desk.profiles.set_role("amina", "reviewer")
    with pytest.raises(NotFoundError):
        desk.profiles.get("nobody")
    with pytest.raises(NotFoundError):
        desk.switch_user("nobody")


def test_a_user_without_a_profile_is_a_researcher(team_dir: Path, db_url: str | None) -> None:
    with Desk.open(team_dir, db_url, user="cli-user") as desk:
        assert desk.role == "researcher"
        record = desk.incidents.create(complete_values(desk, status="draft"))
        assert desk.review.submit(record.id).status == "submitted"
        with pytest.raises(PermissionDeniedError):
            desk.review.start_review(record.id)


def test_a_desk_without_profiles_takes_published_data_but_no_decisions(desk: Desk) -> None:
    """A single-person desk: imports and scripts write approved data; the review
    decisions wait until someone has a reviewer's profile."""
    record = desk.incidents.create(complete_values(desk, status="approved"))
    assert record.status == "approved"
    desk.incidents.update(record.id, {"injured": 2}, direct=True, reason="re-import")
    assert desk.incidents.get(record.id).injured == 2
    other = desk.incidents.create(complete_values(desk))
    with pytest.raises(PermissionDeniedError, match="no profiles yet"):
        desk.review.approve(other.id)


def test_switching_user_changes_who_is_recorded(team: Desk) -> None:
    record = team.incidents.create(complete_values(team))
    assert team.switch_user("boubacar") == "reviewer"
    assert (team.user, team.role) == ("boubacar", "reviewer")
    team.review.start_review(record.id)
    assert team.incidents.get(record.id).updated_by == "boubacar"
