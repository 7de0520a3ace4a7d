"""A desk from before the review workflow (schema 0003) opens with its data, and
its approved incidents take pending revisions."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import create_engine, text

from sahel_desk.paths import DATABASE_FILE
from sahel_desk.services.desk import Desk
from sahel_desk.storage import migrate


def _desk_at_0003(folder: Path) -> None:
    engine = create_engine(f"sqlite:///{folder / DATABASE_FILE}")
    migrate.upgrade(engine, "0003")
    state = {"status": "approved", "notes": "Embuscade près de Ségou", "fatalities": 3}
    with engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO place (id, name, ascii_name, country_code, admin1, latitude, longitude, "
            "population, origin, edited, created_at, updated_at) VALUES ('p1', 'Ségou', "
            "'Segou', 'ML', 'Segou', 13.4, -6.3, 0, 'custom', 0, '2017-01-01', '2017-01-01')"))
        conn.execute(text(
            "INSERT INTO actor (id, name, actor_type, created_by, created_at, updated_at) "
            "VALUES ('a1', 'Katiba Macina', 2, 'old', '2017-01-01', '2017-01-01')"))
        conn.execute(text(
            "INSERT INTO incident (id, human_id, event_date, time_precision, event_type, "
            "sub_event_type, geo_precision, fatalities, notes, search_text, status, near, "
            "place_id, created_by, created_at, updated_by, updated_at, revision) VALUES ('i1', "
            "'MLI-2017-0001', '2017-05-01', 1, 'Battles', 'Armed clash', 1, 3, "
            "'Embuscade près de Ségou', '', 'approved', 0, 'p1', 'old', '2017-05-01', 'old', "
            "'2017-05-01', 4)"))
        conn.execute(text(
            "INSERT INTO incident_actor (incident_id, actor_id, role, position) "
            "VALUES ('i1', 'a1', 'actor1', 0)"))
        conn.execute(text(
            "INSERT INTO source (id, incident_id, position, publication) "
            "VALUES ('s1', 'i1', 0, 'Studio Tamani')"))
        conn.execute(text(
            "INSERT INTO history (change_id, incident_id, entity, entity_id, field, new_value, "
            "user, at) VALUES ('c1', 'i1', 'incident', 'i1', '*', :state, 'old', "
            "'2017-05-01')"), {"state": json.dumps(state)})
        conn.execute(text(
            "INSERT INTO comment (id, incident_id, user, at, text, resolved) "
            "VALUES ('k1', 'i1', 'old', '2017-05-02', 'Trois ou quatre ?', 0)"))
    engine.dispose()


def test_upgrade_from_0003_keeps_incidents_comments_and_history(tmp_path: Path) -> None:
    _desk_at_0003(tmp_path)
    with Desk.open(tmp_path, user="hawa", seed=False) as desk:
        assert desk.schema.upgraded_from == "0003"
        assert desk.schema.revision == migrate.head_revision()
        assert desk.profiles.list() == []
        comment = desk.comments.for_incident("MLI-2017-0001")[0]
        assert (comment.text, comment.resolved, comment.resolved_by) == (
            "Trois ou quatre ?", False, None)
        assert desk.comments.resolve("k1").resolved_by == "hawa"

        desk.profiles.create("hawa", "administrator")
        desk.profiles.create("amina", "researcher")
        desk.switch_user("amina")
        revision = desk.incidents.update("MLI-2017-0001", {"fatalities": 4,
                                                           "status": "submitted"},
                                         expected_revision=4)
        assert (revision.status, revision.revision, revision.fatalities) == ("submitted", 5, 4)
        assert desk.incidents.get("MLI-2017-0001").fatalities == 3
        desk.switch_user("hawa")
        approved = desk.review.approve("MLI-2017-0001")
        assert (approved.fatalities, approved.revision) == (4, 5)
        assert [s.publication for s in approved.sources] == ["Studio Tamani"]
        kinds = [(t.kind, t.user) for t in desk.history.timeline("MLI-2017-0001")]
        assert kinds[:2] == [("created", "old"), ("comment", "old")]
        assert kinds[-2:] == [("status", "hawa"), ("change", "hawa")]
