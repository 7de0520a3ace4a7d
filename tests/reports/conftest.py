"""A desk with the Mali GeoNames dump imported, as a coder's desk has it: the
report reader's places are decided by that gazetteer. Built once per session
and copied per test; skipped with a reason when ../shared is absent."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from sahel_desk.paths import DATABASE_FILE
from sahel_desk.services.desk import Desk
from tests.conftest import SHARED

GEONAMES = SHARED / "data" / "geonames" / "ML.txt"


@pytest.fixture(scope="session")
def gazetteer_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not GEONAMES.is_file():
        pytest.skip(f"../shared GeoNames dump is absent (looked for {GEONAMES})")
    folder = tmp_path_factory.mktemp("gazetteer-template")
    with Desk.open(folder, user="setup") as desk:
        desk.gazetteer.import_geonames([GEONAMES])
    return folder


@pytest.fixture
def mali_dir(gazetteer_template: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "mali"
    folder.mkdir()
    shutil.copy2(gazetteer_template / DATABASE_FILE, folder / DATABASE_FILE)
    return folder
