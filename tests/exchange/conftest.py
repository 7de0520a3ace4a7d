"""Several desks side by side, each with its own database, as a team has them."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from sahel_desk.errors import UntrustedDeskError
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


def administer(desk: Desk, act: Callable[[Desk], object]) -> object:
    """``act`` done on ``desk`` by whoever may trust keys there: its user on a desk
    without profiles, else its first administrator (then back to its user)."""
    worker = desk.user
    admins = [p.name for p in desk.profiles.list() if p.role == "administrator"]
    if admins and worker not in admins:
        desk.switch_user(admins[0])
    try:
        return act(desk)
    finally:
        desk.switch_user(worker)


def trust(receiver: Desk, fingerprint: str, level: str = "reviewer") -> None:
    """The receiving desk's administrator trusts a key it has met, through the service."""
    administer(receiver, lambda desk: desk.exchange.trust(fingerprint, level))


def introduce(receiver: Desk, sender: Desk, level: str = "reviewer") -> None:
    """The receiving desk meets the sender's key (as its first bundle would show it)
    and its administrator trusts it as ``level``."""
    desk_id, key = sender.exchange.identity()
    trust_signer(receiver, desk_id, sender.user, key, level)


def trust_signer(receiver: Desk, desk_id: str, user: str, public_key: bytes,
                 level: str = "reviewer") -> None:
    """:func:`introduce` for a key a test signs with itself."""
    seen = receiver.exchange.meet(desk_id, user, public_key)
    trust(receiver, seen.fingerprint, level)


def send(sender: Desk, receiver: Desk, folder: Path, name: str, *, trust_as: str = "reviewer",
         **options):
    """Write a bundle on one desk and import it on the other; returns the import report.

    The first bundle from a desk is refused (its key is not trusted yet) and names the
    key: the receiving desk's administrator then trusts it as ``trust_as`` and the
    bundle is imported again, as a team does it."""
    path = folder / f"{name}.sdb"
    sender.exchange.export_bundle(path, peer=receiver.user, **options)
    try:
        return receiver.exchange.import_bundle(path, password=options.get("password"))
    except UntrustedDeskError as refused:
        assert not refused.revoked, str(refused)
        assert refused.fingerprint == sender.exchange.own_fingerprint()
        trust(receiver, refused.fingerprint, trust_as)
    return receiver.exchange.import_bundle(path, password=options.get("password"))

