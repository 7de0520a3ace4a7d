"""Shared fixtures: every test gets its own real SQLite file in tmp_path.

A seeded template database is built once per session and copied per test, so
tests start from the real built-in actors and starter places without paying
for the seeding each time. The user's real data folder is never touched.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from sahel_desk.paths import DATABASE_FILE
from sahel_desk.services.desk import Desk

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
                       ) -> None:
    monkeypatch.setenv("SAHEL_DESK_DATA_DIR", str(tmp_path_factory.mktemp("default-data")))
    monkeypatch.setenv("SAHEL_DESK_USER", "tester")


@pytest.fixture(scope="session")
def template_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("template")
    Desk.open(folder, user="setup").close()
    return folder


@pytest.fixture
def data_dir(tmp_path: Path, template_dir: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copy2(template_dir / DATABASE_FILE, folder / DATABASE_FILE)
    return folder


@pytest.fixture
def desk(data_dir: Path) -> Iterator[Desk]:
    with Desk.open(data_dir, user="amina") as opened:
        yield opened


@pytest.fixture
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"../shared reference data is absent (looked in {SHARED})")
    return SHARED
