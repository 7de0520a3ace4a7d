"""Several desks side by side, each with its own database, as a team has them."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from sahel_desk.paths import DATABASE_FILE
from sahel_desk.services.desk import Desk
from tests.core.helpers import complete_values

MakeDesk = Callable[..., Desk]


@pytest.fixture
def make_desk(backend: str, tmp_path: Path, template_dir: Path,
              request: pytest.FixtureRequest) -> Iterator[MakeDesk]:
    """``make_desk("amina")``: a new desk (its own folder and database) worked by amina."""
    opened: list[Desk] = []
    databases: list[str] = []

    def make(name: str, user: str | None = None, *, fresh: bool = False) -> Desk:
        """``fresh``: seeded on its own (its built-in rows get their own ids, as on
        another laptop) rather than copied from the template."""
        folder = tmp_path / name
        folder.mkdir()
        url = None
        if backend == "sqlite":
            if not fresh:
                shutil.copy2(template_dir / DATABASE_FILE, folder / DATABASE_FILE)
        else:
            server = request.getfixturevalue("pg_server")
            databases.append(server.new_name())
            if fresh:
                url = server.create_database(databases[-1])
            else:
                template = request.getfixturevalue("pg_template")
                url = server.create_database(databases[-1], template=template)
        desk = Desk.open(folder, url, user=user or name)
        opened.append(desk)
        return desk

    yield make
    for desk in opened:
        desk.close()
    if databases:
        server = request.getfixturevalue("pg_server")
        for name in databases:
            server.drop_database(name)


def code_incident(desk: Desk, **overrides):
    """A complete, submitted incident coded on ``desk``."""
    return desk.incidents.create(complete_values(desk, **overrides))


def send(sender: Desk, receiver: Desk, folder: Path, name: str, **options):
    """Write a bundle on one desk and import it on the other; returns the import report."""
    path = folder / f"{name}.sdb"
    sender.exchange.export_bundle(path, peer=receiver.user, **options)
    return receiver.exchange.import_bundle(path, password=options.get("password"))

