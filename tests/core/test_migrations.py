"""Old migrations keep doing what they did: a desk built at 0001 with real rows
upgrades to head with the derived columns computed from its rows, and no
migration imports the application code that could change under it."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

import sahel_desk
from sahel_desk.storage import migrate

BOTH = pytest.mark.backends("sqlite", "postgresql")
MIGRATIONS = Path(sahel_desk.__file__).parent / "storage" / "migrations"
#: Code that changes with the application: no migration may run it.
LIVE_PACKAGES = ("sahel_desk.services", "sahel_desk.store", "sahel_desk.gui", "sahel_desk.cli",
                 "sahel_desk.exchange", "sahel_desk.interop")

_ROWS = [
    "INSERT INTO place (id, name, ascii_name, country_code, admin1, latitude, longitude, "
    "population, origin, edited, created_at, updated_at) VALUES "
    "('p1', 'Ségou', 'Segou', 'ML', 'Ségou', 13.4, -6.3, 0, 'custom', FALSE, "
    "'2017-01-01', '2017-01-01'), "
    "('p2', 'Tin-Zaouatene', 'Tin-Zaouatene', 'ML', 'Kidal', 19.9, 2.9, 0, 'custom', FALSE, "
    "'2017-01-01', '2017-01-01')",
    "INSERT INTO actor (id, name, actor_type, created_by, created_at, updated_at) VALUES "
    "('a1', 'Katiba Macina', 2, 'old', '2017-01-01', '2017-01-01'), "
    "('a2', 'Military Forces of Mali (2016-2020)', 1, 'old', '2017-01-01', '2017-01-01'), "
    "('a3', 'JNIM', 2, 'old', '2017-01-01', '2017-01-01')",
    "INSERT INTO incident (id, human_id, notes, status, near, place_id, created_by, "
    "created_at, updated_by, updated_at, revision) VALUES "
    "('i1', 'MLI-2017-0001', 'Embuscade près de Ségou', 'draft', FALSE, 'p1', 'old', "
    "'2017-05-01', 'old', '2017-05-01', 1), "
    "('i2', 'MLI-2017-0002', 'Attaque à Aguel''hoc', 'draft', FALSE, 'p2', 'old', "
    "'2017-05-02', 'old', '2017-05-02', 1), "
    "('i3', 'MLI-2017-0003', '', 'draft', FALSE, NULL, 'old', '2017-05-03', 'old', "
    "'2017-05-03', 1)",
    # i1: two actor1 rows; the one at position 0 is the one the list shows.
    "INSERT INTO incident_actor (incident_id, actor_id, role, position) VALUES "
    "('i1', 'a3', 'actor1', 1), ('i1', 'a1', 'actor1', 0), ('i1', 'a2', 'actor2', 0), "
    "('i2', 'a3', 'actor1', 0)",
    "INSERT INTO incident_tag (incident_id, tag) VALUES ('i1', 'Embuscade'), ('i2', 'IED')",
    "INSERT INTO source (id, incident_id, position, publication, author, url, citation) VALUES "
    "('s2', 'i1', 1, 'RFI', NULL, 'https://rfi.fr/A-B', NULL), "
    "('s1', 'i1', 0, 'Studio Tamani', 'Hawa Traoré', NULL, 'p. 2')",
    "INSERT INTO claim (id, incident_id, position, channel, original_text, translation, "
    "competing) VALUES ('c1', 'i2', 0, 'Telegram', 'قُتِلَ ثلاثة جنود', 'Three soldiers killed', "
    "FALSE)",
]

# Worked out by hand from the rows above: each part lower-cased, accents and
# harakat dropped, apostrophes removed, other punctuation turned into spaces,
# parts joined in the order human id, notes, tags, sources (by position), claims.
EXPECTED_SEARCH_TEXT = {
    "i1": "mli 2017 0001 embuscade pres de segou embuscade studio tamani hawa traore p 2 "
          "rfi https rfi fr a b",
    "i2": "mli 2017 0002 attaque a aguelhoc ied قتل ثلاثه جنود three soldiers killed telegram",
    "i3": "mli 2017 0003",
}
EXPECTED_LIST_COLUMNS = {
    "i1": ("Katiba Macina", "Military Forces of Mali (2016-2020)", "Ségou", "Ségou", "ML"),
    "i2": ("JNIM", None, "Tin-Zaouatene", "Kidal", "ML"),
    "i3": (None, None, None, None, None),
}


@BOTH
def test_a_desk_at_0001_upgrades_to_head_with_keys_and_list_columns_from_its_rows(
        empty_db_url: str) -> None:
    engine = create_engine(empty_db_url)
    migrate.upgrade(engine, "0001")
    with engine.begin() as conn:
        for statement in _ROWS:
            conn.execute(text(statement))
    migrate.upgrade(engine)
    with engine.connect() as conn:
        rows = conn.execute(text(
            "SELECT id, search_text, list_actor1, list_actor2, list_location, list_admin1, "
            "list_country FROM incident ORDER BY id")).all()
        version = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    engine.dispose()
    assert version == migrate.head_revision()
    assert {row[0]: row[1] for row in rows} == EXPECTED_SEARCH_TEXT
    assert {row[0]: tuple(row[2:]) for row in rows} == EXPECTED_LIST_COLUMNS


@BOTH
def test_incidents_keep_the_location_their_place_had_when_the_desk_upgrades(
        empty_db_url: str) -> None:
    """0007: each incident's location, admin units, country and coordinates are its
    place's (as every export showed them), pending revisions' states get them too, and
    an incident with no place has none."""
    engine = create_engine(empty_db_url)
    migrate.upgrade(engine, "0001")
    with engine.begin() as conn:
        for statement in _ROWS:
            conn.execute(text(statement))
        conn.execute(text("UPDATE place SET admin2 = 'Ségou cercle', admin3 = NULL "
                          "WHERE id = 'p1'"))
    migrate.upgrade(engine, "0005")
    with engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO pending_revision (id, incident_id, state, base_revision, revision, "
            "status, created_by, created_at, updated_by, updated_at) VALUES ('r2', 'i2', "
            "'{\"place_id\": \"p2\", \"notes\": \"Attaque\", \"status\": \"draft\"}', 1, 2, "
            "'draft', 'old', '2017-06-01', 'old', '2017-06-01')"))
    migrate.upgrade(engine)
    with engine.connect() as conn:
        rows = conn.execute(text(
            "SELECT id, location, country_code, admin1, admin2, admin3, latitude, longitude, "
            "place_version FROM incident ORDER BY id")).all()
        versions = conn.execute(text("SELECT DISTINCT location_version FROM place")).all()
        pending = conn.execute(text("SELECT state FROM pending_revision")).scalar_one()
    engine.dispose()
    assert [tuple(row) for row in rows] == [
        ("i1", "Ségou", "ML", "Ségou", "Ségou cercle", None, 13.4, -6.3, 1),
        ("i2", "Tin-Zaouatene", "ML", "Kidal", None, None, 19.9, 2.9, 1),
        ("i3", None, None, None, None, None, None, None, None),
    ]
    assert [tuple(v) for v in versions] == [(1,)]
    assert json.loads(pending) == {
        "place_id": "p2", "notes": "Attaque", "status": "draft", "location": "Tin-Zaouatene",
        "country_code": "ML", "admin1": "Kidal", "admin2": None, "admin3": None,
        "latitude": 19.9, "longitude": 2.9}


@BOTH
def test_acled_events_remember_the_import_that_last_read_them_when_the_desk_upgrades(
        empty_db_url: str) -> None:
    """0009: an event imported from ACLED takes the change id of the last ACLED import in
    its history (two imports: the later one); a record coded on the desk, or with an id
    but no import in its history, has none."""
    engine = create_engine(empty_db_url)
    migrate.upgrade(engine, "0001")
    with engine.begin() as conn:
        for statement in _ROWS:
            conn.execute(text(statement))
    migrate.upgrade(engine, "0008")
    entry = ("INSERT INTO history (change_id, incident_id, entity, entity_id, field, "
             "old_value, new_value, \"user\", at, reason) VALUES ('{change}', '{id}', "
             "'incident', '{id}', '{field}', NULL, NULL, 'old', '{at}', '{reason}')")
    with engine.begin() as conn:
        conn.execute(text("UPDATE incident SET acled_event_id = 'MLI' || id "
                          "WHERE id IN ('i1', 'i2')"))
        for change, id_, field, at, reason in (
                ("c1", "i1", "*", "2020-01-01", "ACLED import of mali_2019.csv"),
                ("c2", "i1", "notes", "2020-02-01", "typo"),
                ("c3", "i1", "fatalities", "2020-03-01", "ACLED import of mali_2020.csv"),
                ("c4", "i2", "*", "2020-01-01", "bundle from amina"),
                ("c5", "i3", "*", "2020-01-01", "ACLED import of mali_2019.csv")):
            conn.execute(text(entry.format(change=change, id=id_, field=field, at=at,
                                           reason=reason)))
    migrate.upgrade(engine)
    with engine.connect() as conn:
        rows = conn.execute(text(
            "SELECT id, acled_dataset FROM incident ORDER BY id")).all()
    engine.dispose()
    # i3 has an import in its history but no ACLED id: not ACLED's event.
    assert [tuple(row) for row in rows] == [("i1", "c3"), ("i2", None), ("i3", None)]


@BOTH
def test_comments_and_dismissals_made_before_count_as_stored_at_their_latest_time(
        empty_db_url: str) -> None:
    """0010: a comment or a dismissal stored before the column existed counts as stored
    at its own latest time (a comment's resolution, else when it was written), so a
    bundle "since last time" neither skips nor repeats it."""
    engine = create_engine(empty_db_url)
    migrate.upgrade(engine, "0001")
    with engine.begin() as conn:
        for statement in _ROWS:
            conn.execute(text(statement))
    migrate.upgrade(engine, "0009")
    with engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO duplicate_dismissal (incident_a, incident_b, dismissed_by, "
            "dismissed_at, reason) VALUES ('i1', 'i2', 'amina', '2020-01-02 10:00:00', NULL), "
            "('i1', 'i3', 'hawa', '2020-03-04 11:30:00', 'two attacks')"))
        conn.execute(text(
            "INSERT INTO comment (id, incident_id, \"user\", at, text, resolved, "
            "resolved_by, resolved_at) VALUES "
            "('k1', 'i1', 'amina', '2020-01-05 08:00:00', 'Which RFI?', FALSE, NULL, NULL), "
            "('k2', 'i1', 'hawa', '2020-01-06 08:00:00', 'Checked', TRUE, 'amina', "
            "'2020-02-01 09:15:00')"))
    migrate.upgrade(engine)
    with engine.connect() as conn:
        dismissed = conn.execute(text(
            "SELECT incident_b, recorded_at FROM duplicate_dismissal ORDER BY incident_b")
        ).all()
        comments = conn.execute(text(
            "SELECT id, recorded_at FROM comment ORDER BY id")).all()
    engine.dispose()
    assert [(b, str(at)) for b, at in dismissed] == [("i2", "2020-01-02 10:00:00"),
                                                      ("i3", "2020-03-04 11:30:00")]
    assert [(k, str(at)) for k, at in comments] == [("k1", "2020-01-05 08:00:00"),
                                                     ("k2", "2020-02-01 09:15:00")]


def _imported_modules(path: Path) -> list[tuple[int, str]]:
    """Every module a file imports, at any depth (functions, TYPE_CHECKING blocks)."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found += [(node.lineno, node.module)]
            found += [(node.lineno, f"{node.module}.{alias.name}") for alias in node.names]
    return found


def _live_imports(path: Path, root: Path = MIGRATIONS) -> list[str]:
    return [f"{path.relative_to(root)}:{line} imports {name}"
            for line, name in _imported_modules(path)
            if any(name == p or name.startswith(p + ".") for p in LIVE_PACKAGES)]


def test_no_migration_module_imports_application_services_store_gui_or_cli() -> None:
    modules = sorted(MIGRATIONS.rglob("*.py"))
    assert len(modules) >= 6
    assert [hit for path in modules for hit in _live_imports(path)] == []


def test_revisions_import_nothing_from_sahel_desk() -> None:
    """A revision's code is frozen in its file; even the model may change under it."""
    revisions = sorted((MIGRATIONS / "versions").glob("*.py"))
    assert len(revisions) >= 5
    hits = [f"{path.name}:{line} imports {name}" for path in revisions
            for line, name in _imported_modules(path) if name.split(".")[0] == "sahel_desk"]
    assert hits == []


def test_the_scanner_sees_an_import_inside_a_function(tmp_path: Path) -> None:
    path = tmp_path / "0099_probe.py"
    path.write_text("def upgrade():\n    from sahel_desk.store import search_text\n",
                    encoding="utf-8")
    assert _live_imports(path, tmp_path) == [
        "0099_probe.py:2 imports sahel_desk.store",
        "0099_probe.py:2 imports sahel_desk.store.search_text"]


@BOTH
def test_0006_keeps_pinned_keys_as_seen_not_trusted_with_their_fingerprints(
        empty_db_url: str) -> None:
    """A key pinned before 0006 was trusted on first contact, which nobody chose: after
    the upgrade it is seen, not trusted, under its fingerprint (pinned here as a literal:
    SHA-256 of the raw key, base64 without padding)."""
    import base64
    import hashlib

    key = bytes(range(32))
    engine = create_engine(empty_db_url)
    migrate.upgrade(engine, "0005")
    with engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO exchange_peer (name, desk_id, public_key, sent_history_id) VALUES "
            "('amina@5e1f0000', '5e1f0000-0000-4000-8000-00000000a111', :key, 0), "
            "('hawa', NULL, NULL, 3)"), {"key": key})
    migrate.upgrade(engine, "0006")
    with engine.connect() as conn:
        rows = conn.execute(text(
            "SELECT name, fingerprint, trust, trusted_by, sent_history_id FROM exchange_peer "
            "ORDER BY name")).all()
    engine.dispose()
    expected = "SHA256:" + base64.b64encode(hashlib.sha256(key).digest()).decode().rstrip("=")
    assert expected == "SHA256:Yw3NKWbEM2aRElRIu7JbT/QSpJxzLbLIq8G4WBvXEN0"
    assert [tuple(r) for r in rows] == [("amina@5e1f0000", expected, "none", None, 0),
                                        ("hawa", None, "none", None, 3)]
