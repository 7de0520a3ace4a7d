"""A bundle that is cut, altered, locked or forged is refused and changes nothing."""

from __future__ import annotations

import json

import pytest

from sahel_desk.cli.main import main
from sahel_desk.exchange.container import (
    BundleError,
    new_signing_key,
    open_bundle,
    read_header,
    seal,
)
from tests.exchange.conftest import code_incident, introduce

pytestmark = pytest.mark.backends("sqlite", "postgresql")


@pytest.fixture
def pair(make_desk, tmp_path):
    amina, hawa = make_desk("amina"), make_desk("hawa")
    introduce(hawa, amina)
    code_incident(amina)
    path = tmp_path / "to-hawa.sdb"
    amina.exchange.export_bundle(path, peer="hawa")
    return amina, hawa, path


def _refused(hawa, path, match, **options):
    before = hawa.check().counts
    with pytest.raises(BundleError, match=match):
        hawa.exchange.import_bundle(path, **options)
    assert hawa.check().counts == before


def test_a_tampered_bundle_is_refused(pair, backend):
    _amina, hawa, path = pair
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))
    _refused(hawa, path, "altered")


def test_a_truncated_bundle_is_refused(pair, backend):
    _amina, hawa, path = pair
    path.write_bytes(path.read_bytes()[:-100])
    _refused(hawa, path, "truncated")


def test_another_file_is_not_a_bundle(pair, backend, tmp_path):
    _amina, hawa, _path = pair
    other = tmp_path / "notes.txt"
    other.write_text("Gao, 7 May: attack on the camp\n", encoding="utf-8")
    _refused(hawa, other, "not a Sahel Desk bundle")
    empty = tmp_path / "empty.sdb"
    empty.write_bytes(b"")
    _refused(hawa, empty, "not a Sahel Desk bundle")


def test_an_encrypted_bundle_needs_its_password(make_desk, tmp_path, backend):
    amina, hawa = make_desk("amina"), make_desk("hawa")
    introduce(hawa, amina)
    record = code_incident(amina)
    path = tmp_path / "locked.sdb"
    summary = amina.exchange.export_bundle(path, password="sahel 2017")
    assert summary.encrypted
    assert b"Almoustarat" not in path.read_bytes()
    _refused(hawa, path, "encrypted")
    _refused(hawa, path, "password .* is wrong", password="sahel 2018")
    assert hawa.exchange.import_bundle(path, password="sahel 2017").added == (record.human_id,)


def test_a_bundle_signed_with_another_key_for_a_known_desk_is_refused(pair, backend, tmp_path):
    """The first bundle pins its desk's key; a forged one for that desk does not pass."""
    _amina, hawa, path = pair
    hawa.exchange.import_bundle(path)
    header, _header_bytes, _body = read_header(path.read_bytes())
    private, _public = new_signing_key()
    payload = open_bundle(path.read_bytes()).payload
    payload["incidents"][0]["state"]["fatalities"] = 70
    forged = tmp_path / "forged.sdb"
    forged.write_bytes(seal(payload, {k: header[k] for k in ("desk_id", "user", "peer")},
                            private))
    _refused(hawa, forged, "signed with another key")


def test_a_desk_does_not_import_its_own_bundle(pair, backend):
    amina, _hawa, path = pair
    with pytest.raises(BundleError, match="written by this desk"):
        amina.exchange.import_bundle(path)


@pytest.mark.backends("sqlite")
def test_the_command_line_round_trip_with_a_password_file(make_desk, tmp_path, capsys,
                                                          backend):
    amina, hawa = make_desk("amina"), make_desk("hawa")
    record = code_incident(amina)
    amina.close()
    hawa.close()
    secret = tmp_path / "secret.txt"
    secret.write_text("sahel 2017\n", encoding="utf-8")
    bundle = tmp_path / "cli.sdb"
    common = ["--data-dir", str(tmp_path / "amina"), "--user", "amina"]
    assert main([*common, "bundle", "export", str(bundle), "--for", "hawa",
                 "--password-file", str(secret)]) == 0
    assert "1 incidents" in capsys.readouterr().out
    there = ["--data-dir", str(tmp_path / "hawa"), "--user", "hawa"]
    # the first bundle from amina's desk is refused, naming its key; hawa, alone on her
    # desk, trusts it
    assert main([*there, "bundle", "import", str(bundle), "--dry-run",
                 "--password-file", str(secret)]) == 2
    err = capsys.readouterr().err
    assert "does not trust yet" in err and "user amina" in err
    fingerprint = err.split("desks trust ")[1].split()[0]
    assert main([*there, "desks", "list"]) == 0
    assert f"{fingerprint}  amina@" in capsys.readouterr().out
    assert main([*there, "desks", "trust", fingerprint, "--as", "researcher"]) == 0
    assert "trusted as researcher" in capsys.readouterr().out
    assert main([*there, "bundle", "import", str(bundle), "--dry-run",
                 "--password-file", str(secret)]) == 0
    out = capsys.readouterr().out
    assert "1 incident would be added" in out and "Dry run" in out
    assert main([*there, "bundle", "import", str(bundle)]) == 2
    assert "encrypted" in capsys.readouterr().err
    assert main([*there, "bundle", "import", str(bundle), "--json",
                 "--password-file", str(secret)]) == 0
    assert json.loads(capsys.readouterr().out)["added"] == [record.human_id]
    assert main([*there, "conflicts", "list"]) == 0
    assert "No conflicts" in capsys.readouterr().out
