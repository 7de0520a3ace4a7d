"""A properly signed bundle whose content is malformed is refused, named, and changes nothing.

Each case takes a real bundle (two incidents, one with a pending revision, a
comment, the actors and places they name), damages one spot the way a script
with a desk's key, another version or a bad disk could, signs it again and
sends it in through the Desk API and through `sahel-desk bundle import`. The
refusal must be a UserError (exit 2) naming the incident and the field, and
the receiving desk's every table must be as it was (tests/fuzz/runner.py's
fingerprint).
"""

from __future__ import annotations

import copy
import json
import math
import re
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from sahel_desk.cli.main import main
from sahel_desk.exchange.container import BundleError, new_signing_key, open_bundle, seal
from sahel_desk.exchange.schema import SHOWN, PayloadError, problems_of
from sahel_desk.paths import DATABASE_FILE
from sahel_desk.services.desk import Desk
from tests.core.helpers import complete_values
from tests.exchange.conftest import trust_signer
from tests.fuzz.runner import fingerprint

Payload = dict[str, Any]


@pytest.fixture(scope="module")
def sent(tmp_path_factory: pytest.TempPathFactory, template_dir: Path) -> Payload:
    """What amina's desk sends: a submitted incident with a source, a claim and a comment,
    and an approved one with a pending revision; every incident's history."""
    folder = tmp_path_factory.mktemp("amina")
    shutil.copy2(template_dir / DATABASE_FILE, folder / DATABASE_FILE)
    with Desk.open(folder, user="amina") as amina:
        first = amina.incidents.create(complete_values(amina))
        amina.incidents.update(first.id, {"fatalities": 8, "fatalities_high": 9},
                               expected_revision=first.revision, reason="army statement")
        amina.comments.add(first.id, "Check the toll against the claim.")
        second = amina.incidents.create(complete_values(
            amina, event_date="2018-01-27", status="approved", claims=[]))
        amina.incidents.update(second.id, {"notes": "Re-read: Boulkessi, not Gao."},
                               expected_revision=second.revision, reason="re-read")
        data, _summary = amina.exchange.bundle_bytes(peer="hawa", since_last=False)
    payload = open_bundle(data).payload
    assert [bool(i["pending"]) for i in payload["incidents"]] == [False, True]
    assert payload["comments"] and payload["incidents"][0]["state"]["claims"]
    return payload


def test_the_bundle_a_desk_writes_has_the_shape(sent):
    assert problems_of(sent) == []


#: the key every bundle here is signed with, as amina's desk would
SENDER_ID = "5e1f0000-0000-4000-8000-00000000a111"
PRIVATE, PUBLIC = new_signing_key()


def _bundle(payload: Any, path: Path) -> Path:
    path.write_bytes(seal(payload, {"desk_id": SENDER_ID, "user": "amina", "peer": "hawa"},
                          PRIVATE))
    return path


def _trusting(desk: Desk) -> Desk:
    """``desk``, trusting the key the bundles here are signed with."""
    trust_signer(desk, SENDER_ID, "amina", PUBLIC)
    return desk


# --- the damage -----------------------------------------------------------------------

def _first(p: Payload) -> dict[str, Any]:
    return p["incidents"][0]


def _pending(p: Payload) -> dict[str, Any]:
    return p["incidents"][1]


def _first_actor(p: Payload) -> dict[str, Any]:
    return next(iter(p["actors"].values()))


def _first_place(p: Payload) -> dict[str, Any]:
    return next(iter(p["places"].values()))


def _set(where: Callable[[Payload], Any], key: Any, value: Any) -> Callable[[Payload], None]:
    def damage(p: Payload) -> None:
        where(p)[key] = value
    return damage


def _drop(where: Callable[[Payload], Any], key: Any) -> Callable[[Payload], None]:
    def damage(p: Payload) -> None:
        del where(p)[key]
    return damage


def _state(p: Payload) -> dict[str, Any]:
    return _first(p)["state"]


def _source(p: Payload) -> dict[str, Any]:
    return _state(p)["sources"][0]


def _entry(p: Payload) -> list[Any]:
    return _first(p)["history"][0]


def _last_entry(p: Payload) -> list[Any]:
    return _first(p)["history"][-1]


FIRST = r"incidents\[0\] \(MLI-2017-\d+\)"
SECOND = r"incidents\[1\] \(MLI-2018-\d+\)"

#: (what, damage, what the refusal must say: the place and the problem)
CASES: list[tuple[str, Callable[[Payload], None], str]] = [
    # a string where an object belongs
    ("state is text", _set(_first, "state", "object"),
     rf"{FIRST}\.state: 'object' is text, not an object"),
    ("pending is text", _set(_pending, "pending", "pending"),
     rf"{SECOND}\.pending: 'pending' is text, not an object"),
    ("a source is text", _set(lambda p: _state(p)["sources"], 0, "RFI"),
     rf"{FIRST}\.state\.sources\[0\]: 'RFI' is text, not an object"),
    ("a comment is text", _set(lambda p: p["comments"], 0, "a comment"),
     r"comments\[0\]: 'a comment' is text, not an object"),
    ("an actor is text", lambda p: p["actors"].update({k: "JNIM" for k in list(p["actors"])[:1]}),
     r"actors\['[0-9a-f-]+'\]: 'JNIM' is text, not an object"),
    # a list where a string belongs
    ("notes is a list", _set(_state, "notes", ["a", "b"]),
     rf"{FIRST}\.state\.notes: \['a', 'b'\] is a list, not text"),
    ("an entry's user is a list", _set(_entry, 6, ["amina"]),
     rf"{FIRST}\.history\[0\]\.user: \['amina'\] is a list, not text"),
    ("an actor's name is a list", _set(_first_actor, "name", ["JNIM"]),
     r"actors\['[0-9a-f-]+'\]\.name: \['JNIM'\] is a list, not text"),
    # a bad timestamp
    ("created_at is no time", _set(_first, "created_at", "2099-13-45T25:61:00"),
     rf"{FIRST}\.created_at: '2099-13-45T25:61:00' is not a time"),
    ("an entry's time is no time", _set(_entry, 7, "not a date"),
     rf"{FIRST}\.history\[0\]\.at: 'not a date' is not a time"),
    ("a time with an impossible zone", _set(_last_entry, 7, "2017-05-07T10:00:00+99:00"),
     rf"{FIRST}\.history\[\d+\]\.at: '2017-05-07T10:00:00\+99:00' is not a time"),
    ("a comment's time is a number", _set(lambda p: p["comments"][0], "at", 20170507),
     r"comments\[0\]\.at: 20170507 is a number, not a time"),
    ("event_date is 30 February", _set(_state, "event_date", "2017-02-30"),
     rf"{FIRST}\.state\.event_date: '2017-02-30' is not a date"),
    ("a source's date is no date", _set(_source, "published", "2099-13-45"),
     rf"{FIRST}\.state\.sources\[0\]\.published: '2099-13-45' is not a date"),
    ("a pending revision's time", _set(lambda p: _pending(p)["pending"], "updated_at", ""),
     rf"{SECOND}\.pending\.updated_at: '' is not a time"),
    # nested JSON that does not parse
    ("an entry's value is not JSON", _set(_last_entry, 5, "[1,2"),
     rf"{FIRST}\.history\[\d+\]\.new_value: '\[1,2' is not JSON"),
    ("a creation entry holds no state", _set(_entry, 5, json.dumps(["x"])),
     rf"{FIRST}\.history\[0\]\.new_value: \['x'\] is a list, not an object"),
    ("an entry's value has the wrong type", _set(_last_entry, 5, json.dumps("eight")),
     rf"{FIRST}\.history\[\d+\]\.new_value: 'eight' is text, not a whole number"),
    # numbers out of range
    ("fatalities 2**70", _set(_state, "fatalities", 2**70),
     rf"{FIRST}\.state\.fatalities: 1,180,591,620,717,411,303,424 is out of range"),
    ("fatalities -1e308", _set(_state, "fatalities", -1e308),
     rf"{FIRST}\.state\.fatalities: -1e\+308 is a number, not a whole number"),
    ("fatalities NaN", _set(_state, "fatalities", math.nan),
     rf"{FIRST}\.state\.fatalities: nan is a number, not a whole number"),
    ("a latitude NaN", _set(_first_place, "latitude", math.nan),
     r"places\['[0-9a-f-]+'\]\.latitude: nan is out of range"),
    ("a population 2**63", _set(_first_place, "population", 2**63),
     r"places\['[0-9a-f-]+'\]\.population: 9,223,372,036,854,775,808 is out of range"),
    ("a revision of -1", _set(_first, "revision", -1),
     rf"{FIRST}\.revision: -1 is out of range"),
    ("a source's toll in the trillions", _set(_source, "killed", 10**12),
     rf"{FIRST}\.state\.sources\[0\]\.killed: 1,000,000,000,000 is out of range"),
    # unknown codes
    ("an unknown event type", _set(_state, "event_type", "Picnic"),
     rf"{FIRST}\.state\.event_type: 'Picnic' is not a known event type"),
    ("an unknown review state", _set(_state, "status", "published"),
     rf"{FIRST}\.state\.status: 'published' is not a known review state"),
    ("an unknown history entity", _set(_entry, 1, "weather"),
     rf"{FIRST}\.history\[0\]\.entity: 'weather' is not a known history entity"),
    ("an unknown actor type", _set(_first_actor, "actor_type", 99),
     r"actors\['[0-9a-f-]+'\]\.actor_type: 99 is not a known actor type"),
    ("a time precision given as text", _set(_state, "time_precision", "1"),
     rf"{FIRST}\.state\.time_precision: '1' is not a known time precision"),
    ("an unknown field in a history entry", _set(_last_entry, 3, "weather"),
     rf"{FIRST}\.history\[\d+\]\.field: 'weather' is not a field of an incident"),
    # missing keys
    ("no history", _drop(_first, "history"), rf"{FIRST}\.history: is missing"),
    ("no review state", _drop(_state, "status"), rf"{FIRST}\.state\.status: is missing"),
    ("no actors", _drop(lambda p: p, "actors"), r"actors: is missing"),
    ("a comment without text", _drop(lambda p: p["comments"][0], "text"),
     r"comments\[0\]\.text: is missing"),
    ("a pending revision without state", _drop(lambda p: _pending(p)["pending"], "state"),
     rf"{SECOND}\.pending\.state: is missing"),
    ("an incident without an id", _drop(_first, "id"), rf"{FIRST}\.id: is missing"),
    ("a source without an id", _drop(_source, "id"),
     rf"{FIRST}\.state\.sources\[0\]\.id: is missing"),
    # wrong types at every level
    ("incidents is an object", _set(lambda p: p, "incidents", {"a": 1}),
     r"incidents: \{'a': 1\} is an object, not a list"),
    ("an incident is a number", _set(lambda p: p["incidents"], 0, 7),
     r"incidents\[0\]: 7 is a number, not an incident"),
    ("history is text", _set(_first, "history", "x"),
     rf"{FIRST}\.history: 'x' is text, not a list"),
    ("an entry is an object", _set(lambda p: _first(p)["history"], 0, {"a": 1}),
     rf"{FIRST}\.history\[0\]: \{{'a': 1\}} is not a history entry"),
    ("an entry is short", _set(lambda p: _first(p)["history"], 0, ["a", "incident"]),
     rf"{FIRST}\.history\[0\]: \['a', 'incident'\] is not a history entry"),
    ("sources is text", _set(_state, "sources", "RFI"),
     rf"{FIRST}\.state\.sources: 'RFI' is text, not a list"),
    ("a toll as text", _set(_source, "killed", "7"),
     rf"{FIRST}\.state\.sources\[0\]\.killed: '7' is text, not a whole number"),
    ("near as 1", _set(_state, "near", 1), rf"{FIRST}\.state\.near: 1 is a number, not true"),
    ("tags of numbers", _set(_state, "tags", [1]),
     rf"{FIRST}\.state\.tags: \[0\] 1 is a number, not text"),
    ("an incident id as an object", _set(_first, "id", {"a": 1}),
     rf"{FIRST}\.id: \{{'a': 1\}} is an object, not text"),
    ("an alias as text", _set(_first_actor, "aliases", "JNIM"),
     r"actors\['[0-9a-f-]+'\]\.aliases: 'JNIM' is text, not a list"),
    ("a place's names of numbers", _set(_first_place, "names", [1]),
     r"places\['[0-9a-f-]+'\]\.names: \[0\] 1 is a number, not text"),
    ("resolved as text", _set(lambda p: p["comments"][0], "resolved", "no"),
     r"comments\[0\]\.resolved: 'no' is text, not true or false"),
    ("a part no desk sends", _set(lambda p: p, "weather", []),
     r"'weather': is not a part of a bundle"),
    ("a field no desk sends", _set(_state, "weather", "rain"),
     rf"{FIRST}\.state\.'weather': is not a field a desk sends"),
    # text no column holds
    ("a NUL in the notes", _set(_state, "notes", "a\x00b"),
     rf"{FIRST}\.state\.notes: contains a NUL character"),
    ("a lone surrogate", _set(_source, "publication", "RFI \ud800"),
     rf"{FIRST}\.state\.sources\[0\]\.publication: contains a lone surrogate"),
    ("a publication too long", _set(_source, "publication", "x" * 100_000),
     rf"{FIRST}\.state\.sources\[0\]\.publication: is 100,000 characters long"),
    # what the records name, and what is theirs alone
    ("an actor the bundle does not list", _set(_state, "actor1", "nobody"),
     rf"{FIRST}\.state\.actor1: names actor 'nobody', which the bundle does not list"),
    ("a place the bundle does not list", _set(_state, "place_id", "nowhere"),
     rf"{FIRST}\.state\.place_id: names place 'nowhere', which the bundle does not list"),
    ("a claimant the bundle does not list",
     _set(lambda p: _state(p)["claims"][0], "claimant", "nobody"),
     rf"{FIRST}\.state\.claims\[0\]\.claimant: names actor 'nobody'"),
    ("one source in two incidents",
     lambda p: _pending(p)["state"]["sources"].append(copy.deepcopy(_source(p))),
     rf"{SECOND}\.state\.sources\[1\]\.id: '[0-9a-f-]+' belongs to {FIRST} too"),
    ("one ACLED event in two incidents",
     lambda p: [i["state"].update(acled_event_id="MLI12345") for i in p["incidents"]],
     rf"{SECOND}\.state\.acled_event_id: 'MLI12345' is {FIRST}'s too"),
    ("the same incident twice", lambda p: p["incidents"].append(copy.deepcopy(_first(p))),
     r"incidents\[2\] \(MLI-2017-\d+\)\.id: '[0-9a-f-]+' is given twice"),
]


def _damaged(sent: Payload, damage: Callable[[Payload], None]) -> Payload:
    payload = copy.deepcopy(sent)
    damage(payload)
    return payload


#: one case of each kind, also sent to a desk that holds the incidents (the merge path)
ON_A_KNOWN_DESK = ("state is text", "notes is a list", "an entry's time is no time",
                   "an entry's value is not JSON", "fatalities 2**70", "a latitude NaN",
                   "an unknown event type", "no history", "a toll as text",
                   "an actor the bundle does not list", "a lone surrogate")
RECEIVERS = [pytest.param(what, damage, said, "fresh", id=f"{what}-fresh")
             for what, damage, said in CASES] + [
    pytest.param(what, damage, said, "known", id=f"{what}-known")
    for what, damage, said in CASES if what in ON_A_KNOWN_DESK]


def test_the_known_desk_cases_are_cases():
    assert set(ON_A_KNOWN_DESK) <= {what for what, _damage, _said in CASES}


@pytest.mark.parametrize(("what", "damage", "said", "receiver"), RECEIVERS)
def test_the_api_refuses_it_naming_the_place_and_changes_nothing(
        make_desk, tmp_path, sent, what, damage, said, receiver):
    hawa = _trusting(make_desk("hawa"))
    if receiver == "known":  # the same incidents already came in: the merge path
        hawa.exchange.import_bundle(_bundle(sent, tmp_path / "good.sdb"))
    path = _bundle(_damaged(sent, damage), tmp_path / "bad.sdb")
    db = tmp_path / "hawa" / DATABASE_FILE
    before = fingerprint(db)
    for dry_run in (True, False):
        with pytest.raises(PayloadError, match=said) as err:
            hawa.exchange.import_bundle(path, dry_run=dry_run)
        assert "bad.sdb" in str(err.value) and "nothing was changed" in str(err.value)
    assert fingerprint(db) == before


@pytest.mark.parametrize(("what", "damage", "said"), CASES, ids=[c[0] for c in CASES])
def test_the_command_line_says_it_and_exits_2(make_desk, tmp_path, capsys, sent, what,
                                             damage, said):
    _trusting(make_desk("hawa")).close()
    path = _bundle(_damaged(sent, damage), tmp_path / "bad.sdb")
    db = tmp_path / "hawa" / DATABASE_FILE
    before = fingerprint(db)
    code = main(["--data-dir", str(tmp_path / "hawa"), "--user", "hawa", "bundle", "import",
                 str(path)])
    err = capsys.readouterr().err
    assert code == 2, err
    assert "bad.sdb" in err
    assert re.search(said, err), err
    assert fingerprint(db) == before


@pytest.mark.parametrize("content", [[], "text", 7, None])
def test_content_that_is_not_an_object_is_refused(make_desk, tmp_path, content):
    hawa = _trusting(make_desk("hawa"))
    path = _bundle(content, tmp_path / "odd.sdb")
    with pytest.raises(BundleError, match=r"odd\.sdb holds no changes a desk wrote"):
        hawa.exchange.import_bundle(path)


def test_problems_are_all_named_up_to_a_dozen(sent):
    payload = copy.deepcopy(sent)
    for item in payload["incidents"]:
        item["state"]["fatalities"] = "many"
        item["state"]["event_type"] = "Picnic"
    payload["comments"][0]["resolved"] = "no"
    assert len(problems_of(payload)) == 5
    many = copy.deepcopy(sent)
    many["incidents"] = [copy.deepcopy(many["incidents"][0]) for _ in range(40)]
    for i, item in enumerate(many["incidents"]):
        item["id"] = f"id-{i}"
        item["revision"] = "one"
    assert len(problems_of(many)) == SHOWN


def test_a_history_entry_keeps_what_was_true_then(make_desk, tmp_path, sent):
    """A code since dropped from the codebook, or text longer than its column now takes,
    is history: it reads, and comes in; in the record itself it would be refused."""
    payload = copy.deepcopy(sent)
    entry = _last_entry(payload)
    entry[3], entry[4], entry[5] = "event_type", json.dumps("Remote violence"), json.dumps(
        "Explosions/Remote violence")
    payload["incidents"][0]["history"].append(
        [*entry[:3], "notes", json.dumps("x" * 50_000), json.dumps("short"), *entry[6:]])
    assert problems_of(payload) == []
    hawa = _trusting(make_desk("hawa"))
    hawa.exchange.import_bundle(_bundle(payload, tmp_path / "old.sdb"))
    kept = [h for h in hawa.history.for_incident(_first(payload)["id"])
            if h.field == "event_type"]
    assert [h.old_value for h in kept] == ["Remote violence"]
    _state(payload)["event_type"] = "Remote violence"
    assert problems_of(payload) == [
        f"incidents[0] ({_first(payload)['human_id']}).state.event_type: 'Remote violence' "
        "is not a known event type"]
