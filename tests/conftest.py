"""Shared fixtures: every test gets its own real database, never the user's.

On SQLite each test gets its own file in tmp_path: a seeded template database
is built once per session and copied per test, so tests start from the real
built-in actors and places without paying for the seeding each time.

Places: a test's desk starts with the small starter gazetteer (828 places;
``SAHEL_DESK_GAZETTEER=starter``, set for the whole run, so that desks a test or
a module's fixture creates, and the command line a test runs, get it too). The
application's built-in gazetteer of some 59,000 places would make every
per-test copy 30 MB and every search index take seconds to build; a test
marked ``@pytest.mark.builtin_gazetteer`` gets it, from a template of its own.

A test module opts into PostgreSQL too with ``pytestmark =
pytest.mark.backends("sqlite", "postgresql")`` (a test may narrow it again with
its own marker): its tests then run once per backend, the ``backend`` fixture
saying which. On PostgreSQL (tests/pg_server.py starts a throwaway server) the
seeded template is a database, and each test gets a fresh copy of it made with
``CREATE DATABASE ... TEMPLATE``. ``db_url`` is what to pass to ``Desk.open``:
None on SQLite (the file in ``data_dir``), the database's URL on PostgreSQL.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from sahel_desk.paths import DATABASE_FILE
from sahel_desk.services.desk import Desk
from sahel_desk.services.seed import BUILTIN, STARTER

if TYPE_CHECKING:  # imported by pytest as a plugin, below, so that its asserts are rewritten
    from tests.pg_server import PostgresServer

pytest_plugins = ["tests.pg_server"]

#: The tests' offscreen screen is the most common one in the field, a 1366x768 laptop,
#: instead of Qt's default 800x800 square.
LAPTOP_SCREEN = Path(__file__).resolve().parent / "gui" / "laptop_screen.json"
if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={LAPTOP_SCREEN}"

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
GEONAMES = SHARED / "data" / "geonames" / "ML.txt"
BACKENDS = ("sqlite", "postgresql")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "backends(*names): run the test on each database backend named "
        f"({', '.join(BACKENDS)}); without it a test runs on SQLite only")
    config.addinivalue_line(
        "markers", "builtin_gazetteer: the test's desks get the application's built-in "
        "gazetteer instead of the small starter set (SQLite only)")
    os.environ["SAHEL_DESK_GAZETTEER"] = STARTER


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    marker = metafunc.definition.get_closest_marker("backends")
    if marker is None or "backend" not in metafunc.fixturenames:
        return
    unknown = set(marker.args) - set(BACKENDS)
    if unknown or not marker.args:
        raise pytest.UsageError(f"backends() takes some of {BACKENDS}, not {marker.args}")
    metafunc.parametrize("backend", [
        pytest.param(name, marks=pytest.mark.postgresql) if name == "postgresql" else name
        for name in marker.args], indirect=True)


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch,
                       request: pytest.FixtureRequest) -> None:
    monkeypatch.setenv("SAHEL_DESK_DATA_DIR", str(tmp_path_factory.mktemp("default-data")))
    monkeypatch.setenv("SAHEL_DESK_USER", "tester")
    if request.node.get_closest_marker("builtin_gazetteer") is not None:
        monkeypatch.delenv("SAHEL_DESK_GAZETTEER")


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    """The database backend this test runs on (see the module docstring)."""
    return getattr(request, "param", "sqlite")


@pytest.fixture(scope="session")
def template_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("template")
    Desk.open(folder, user="setup", gazetteer=STARTER).close()
    return folder


@pytest.fixture(scope="session")
def builtin_template_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new desk as the application makes it: with the built-in gazetteer."""
    folder = tmp_path_factory.mktemp("builtin-template")
    Desk.open(folder, user="setup", gazetteer=BUILTIN).close()
    return folder


@pytest.fixture(scope="session")
def pg_template(pg_server: PostgresServer, tmp_path_factory: pytest.TempPathFactory) -> str:
    """The name of a seeded, migrated database that per-test databases copy."""
    name = pg_server.new_name("sahel_template")
    url = pg_server.create_database(name)
    Desk.open(tmp_path_factory.mktemp("pg-template"), url, user="setup",
              gazetteer=STARTER).close()
    return name


@pytest.fixture
def db_url(backend: str, request: pytest.FixtureRequest) -> Iterator[str | None]:
    """What to pass to Desk.open as ``url``: None on SQLite, a fresh database's URL on
    PostgreSQL (a copy of the seeded template, dropped after the test)."""
    if backend == "sqlite":
        yield None
        return
    server: PostgresServer = request.getfixturevalue("pg_server")
    template: str = request.getfixturevalue("pg_template")
    name = server.new_name()
    url = server.create_database(name, template=template)
    yield url
    server.drop_database(name)


@pytest.fixture
def empty_db_url(backend: str, tmp_path: Path, request: pytest.FixtureRequest
                 ) -> Iterator[str]:
    """A database with nothing in it yet, as a URL: a new SQLite file or PostgreSQL database."""
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'empty.sqlite'}"
        return
    server: PostgresServer = request.getfixturevalue("pg_server")
    name = server.new_name("empty")
    yield server.create_database(name)
    server.drop_database(name)


@pytest.fixture
def data_dir(tmp_path: Path, backend: str, request: pytest.FixtureRequest) -> Path:
    """The desk's data folder. On SQLite it holds a copy of the seeded template; on
    PostgreSQL the database is elsewhere (``db_url``), and the folder holds a *folder*
    where the SQLite file would be, so that opening it without the URL fails loudly
    instead of quietly testing SQLite."""
    folder = tmp_path / "data"
    folder.mkdir()
    if backend == "sqlite":
        builtin = request.node.get_closest_marker("builtin_gazetteer") is not None
        template_dir: Path = request.getfixturevalue(
            "builtin_template_dir" if builtin else "template_dir")
        shutil.copy2(template_dir / DATABASE_FILE, folder / DATABASE_FILE)
    else:
        (folder / DATABASE_FILE).mkdir()
    return folder


@pytest.fixture
def desk(data_dir: Path, db_url: str | None) -> Iterator[Desk]:
    with Desk.open(data_dir, db_url, user="amina") as opened:
        yield opened


@pytest.fixture
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"../shared reference data is absent (looked in {SHARED})")
    return SHARED


@pytest.fixture(scope="session")
def gazetteer_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A desk with the Mali GeoNames dump imported, as a coder's desk has it (the report
    reader's places are decided by that gazetteer): built once per session, skipped with
    a reason when ../shared is absent."""
    if not GEONAMES.is_file():
        pytest.skip(f"../shared GeoNames dump is absent (looked for {GEONAMES})")
    folder = tmp_path_factory.mktemp("gazetteer-template")
    with Desk.open(folder, user="setup", gazetteer=STARTER) as desk:
        desk.gazetteer.import_geonames([GEONAMES])
    return folder


@pytest.fixture
def mali_dir(gazetteer_template: Path, tmp_path: Path) -> Path:
    """A data folder holding a copy of the Mali gazetteer desk."""
    folder = tmp_path / "mali"
    folder.mkdir()
    shutil.copy2(gazetteer_template / DATABASE_FILE, folder / DATABASE_FILE)
    return folder
