"""A laptop with its own SQLite file syncs with the team's database (PostgreSQL on a
server) by the same bundles as a USB stick, passed in memory."""

from __future__ import annotations

import pytest

from sahel_desk.cli.main import main
from sahel_desk.errors import UntrustedDeskError
from sahel_desk.services.desk import Desk
from tests.desk_state import desk_fingerprint
from tests.exchange.conftest import code_incident, trust

pytestmark = pytest.mark.backends("sqlite", "postgresql")


def test_a_laptop_and_the_server_sync_both_ways(make_desk, tmp_path, template_dir):
    server = make_desk("server", "boubacar")
    laptop = Desk.open(tmp_path / "laptop", user="amina")
    try:
        mine = code_incident(laptop)
        theirs = code_incident(server, event_date="2017-06-02")
        # the first sync asks for trust both ways, naming both keys, and sends nothing
        records = {desk: desk_fingerprint(desk) for desk in (server, laptop)}
        with pytest.raises(UntrustedDeskError) as refused:
            laptop.exchange.sync(server)
        said = str(refused.value)
        assert said.startswith("Nothing was synced")
        assert laptop.exchange.own_fingerprint() in said
        assert server.exchange.own_fingerprint() in said
        for desk, before in records.items():  # only the keys, seen
            assert {name for name, rows in desk_fingerprint(desk).items()
                    if rows != before[name]} <= {"desk_identity", "exchange_peer"}
        assert server.incidents.count() == laptop.incidents.count() == 1
        trust(laptop, server.exchange.own_fingerprint(), "reviewer")
        with pytest.raises(UntrustedDeskError, match="the other database does not trust"):
            laptop.exchange.sync(server)
        trust(server, laptop.exchange.own_fingerprint(), "researcher")
        sent, received = laptop.exchange.sync(server)
        # both desks numbered their first 2017 incident MLI-2017-0001: the arrival is
        # renumbered where the number is taken, and keeps its id everywhere
        assert sent.renumbered == ((mine.human_id, "MLI-2017-0002"),)
        assert received.renumbered == ((theirs.human_id, "MLI-2017-0002"),)
        assert not received.conflicts and not sent.conflicts
        assert server.incidents.count() == laptop.incidents.count() == 2
        # concurrent edits of different fields, then a second sync: both survive
        laptop.incidents.update(theirs.id, {"notes": "laptop note"})
        server.incidents.update(theirs.id, {"injured": 6})
        laptop.exchange.sync(server)
        for desk in (laptop, server):
            got = desk.incidents.get(theirs.id)
            assert (got.notes, got.injured) == ("laptop note", 6)
        # nothing new: a third sync moves nothing
        sent, received = laptop.exchange.sync(server)
        assert sent.added == sent.updated == received.added == received.updated == ()
    finally:
        laptop.close()


@pytest.mark.backends("sqlite")
def test_sync_from_the_command_line(tmp_path, capsys):
    with Desk.open(tmp_path / "laptop", user="amina") as laptop:
        code_incident(laptop)
    server_file = tmp_path / "server" / "team.sqlite"
    laptop_args = ["--data-dir", str(tmp_path / "laptop"), "--user", "amina"]
    with Desk.open(tmp_path / "server", url=str(server_file), user="hawa") as server:
        server.profiles.create("hawa", "administrator")
        before = desk_fingerprint(server)
    assert main([*laptop_args, "sync", "--with", str(server_file)]) == 2
    err = capsys.readouterr().err
    commands = [part.split("`")[0] for part in err.split("`sahel-desk ")[1:]]
    assert len(commands) == 2, err
    here, there = (c.split() for c in commands)
    assert here[:2] == ["desks", "trust"] and there[:3] == ["--db", str(server_file), "desks"]
    with Desk.open(tmp_path / "server", url=str(server_file), user="hawa") as server:
        changed = {name for name, rows in desk_fingerprint(server).items()
                   if rows != before[name]}
        # the server's own key, made, and the laptop's, seen; no record
        assert changed == {"desk_identity", "exchange_peer"}
    assert main([*laptop_args, *here]) == 0
    # on the server only its administrator may trust the laptop's key
    assert main(["--user", "amina", *there]) == 2
    assert "only administrators may" in capsys.readouterr().err
    assert main(["--user", "hawa", *there]) == 0
    assert main([*laptop_args, "sync", "--with", str(server_file)]) == 0
    out = capsys.readouterr().out
    assert "Sent:" in out and "1 incident was added" in out
    with Desk.open(tmp_path / "server", url=str(server_file), user="hawa") as server:
        assert server.incidents.count() == 1
