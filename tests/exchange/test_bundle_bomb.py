"""A signed bundle made to unpack to more than memory holds is refused while it unpacks."""

from __future__ import annotations

import json
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

from sahel_desk.cli.main import main
from sahel_desk.exchange.container import (
    MAX_PAYLOAD_BYTES,
    MAX_RATIO,
    OUT_CHUNK,
    RATIO_FLOOR_BYTES,
    BundleTooLargeError,
    inflate,
    new_signing_key,
    payload_limit,
    seal,
    seal_body,
)
from sahel_desk.paths import DATABASE_FILE

ROOT = Path(__file__).resolve().parents[2]
#: what the bomb unpacks to: 1.1 GiB of JSON (an array of spaces)
BOMB_BYTES = 1100 << 20


def bomb_body(unpacked: int = BOMB_BYTES) -> bytes:
    """A valid zlib stream of ``unpacked`` bytes of JSON, about 1/1000 of that packed.

    One 16 MiB block of spaces is compressed once, ended by a full flush (which makes
    the next block independent of it), and repeated: building it costs a second, not
    the minute compressing a gigabyte would."""
    chunk = b" " * (16 << 20)
    head, tail = b'{"incidents":[', b"]}"
    count = max(1, (unpacked - len(head) - len(tail)) // len(chunk))
    deflate = zlib.compressobj(9, zlib.DEFLATED, -15)
    first = deflate.compress(head) + deflate.flush(zlib.Z_FULL_FLUSH)
    block = deflate.compress(chunk) + deflate.flush(zlib.Z_FULL_FLUSH)
    last = deflate.compress(tail) + deflate.flush()
    check = zlib.adler32(head)
    for _ in range(count):
        check = zlib.adler32(chunk, check)
    check = zlib.adler32(tail, check)
    return b"\x78\xda" + first + block * count + last + struct.pack(">I", check)


def write_bomb(path: Path, unpacked: int = BOMB_BYTES) -> Path:
    private, _public = new_signing_key()
    header = {"desk_id": "b0b0b0b0-0000-4000-8000-000000000000", "user": "mallory",
              "peer": "hawa"}
    path.write_bytes(seal_body(bomb_body(unpacked), header, private))
    return path


def test_the_bomb_is_a_real_stream_that_unpacks_to_what_it_says():
    """The test's own bomb, small: what it unpacks to is JSON of the length asked."""
    body = bomb_body(40 << 20)
    data = zlib.decompress(body)
    assert len(data) == 2 * (16 << 20) + len(b'{"incidents":[]}')
    assert json.loads(data) == {"incidents": []}
    assert len(body) < len(data) / 900


def test_the_limit_is_a_ratio_with_a_floor_and_a_ceiling():
    assert payload_limit(1000) == RATIO_FLOOR_BYTES
    assert payload_limit(1 << 20) == max(RATIO_FLOOR_BYTES, MAX_RATIO << 20)
    assert payload_limit(MAX_PAYLOAD_BYTES) == MAX_PAYLOAD_BYTES


def test_a_bundle_a_desk_writes_stays_far_under_the_limit(make_desk, tmp_path):
    from tests.exchange.conftest import code_incident

    amina = make_desk("amina")
    for _ in range(3):
        code_incident(amina)
    path = tmp_path / "real.sdb"
    amina.exchange.export_bundle(path)
    assert len(inflate(_body_of(path.read_bytes()))) < RATIO_FLOOR_BYTES


def _body_of(data: bytes) -> bytes:
    from sahel_desk.exchange.container import read_header

    return read_header(data)[2]


def test_unpacking_stops_at_the_limit(tmp_path):
    body = bomb_body()
    assert len(body) < 2 << 20  # about a megabyte on disk
    with pytest.raises(BundleTooLargeError, match=r"bomb\.sdb unpacks to more than") as err:
        inflate(body, "bomb.sdb")
    assert f"{MAX_RATIO} times" in str(err.value)
    # it stopped at the first piece past the limit: a hundred megabytes of the 1.1 GiB
    limit = payload_limit(len(body))
    assert limit < err.value.unpacked <= limit + OUT_CHUNK


PROBE = """
import json, resource, sys
from sahel_desk.errors import UserError
from sahel_desk.services.desk import Desk

def resident_kib():
    with open("/proc/self/status") as fh:
        return next(int(line.split()[1]) for line in fh if line.startswith("VmRSS:"))


desk = Desk.open(sys.argv[1], user="hawa")
before = resident_kib()  # now, not the high-water mark so far: that may already be higher
try:
    desk.exchange.import_bundle(sys.argv[2])
    said, kind = "imported", None
except UserError as exc:
    said, kind = str(exc), type(exc).__name__
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
desk.close()
print(json.dumps({"kind": kind, "said": said, "grew_kib": after - before}))
"""


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads /proc (Linux)")
def test_a_signed_bomb_is_refused_with_little_memory(make_desk, tmp_path):
    """1.1 GiB packed into about 1 MB, properly signed: the import stops once the unpacked
    content passes the limit (100 times the packed size here), in its own process so
    that its memory high-water mark can be read."""
    hawa = make_desk("hawa")
    hawa.close()
    before = (tmp_path / "hawa" / DATABASE_FILE).read_bytes()
    path = write_bomb(tmp_path / "bomb.sdb")
    limit = payload_limit(len(_body_of(path.read_bytes())))
    run = subprocess.run([sys.executable, "-c", PROBE, str(tmp_path / "hawa"), str(path)],
                         capture_output=True, text=True, cwd=ROOT, timeout=300,
                         env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin",
                              "SAHEL_DESK_USER": "hawa"})
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout.strip().splitlines()[-1])
    assert result["kind"] == "BundleTooLargeError", result
    assert "bomb.sdb" in result["said"] and "MiB" in result["said"]
    # the unpacked content is held up to the limit (about 105 MiB), never the 1.1 GiB:
    # the high-water mark grows by some 120 MiB, up to three times that where the
    # kernel backs the buffers with huge pages; reading it all would cost several GiB
    grew = result["grew_kib"] * 1024
    print(f"limit {limit >> 20} MiB; the import's high-water mark grew {grew >> 20} MiB")
    assert grew < BOMB_BYTES / 2, result
    assert (tmp_path / "hawa" / DATABASE_FILE).read_bytes() == before


def test_the_command_line_refuses_the_bomb_with_exit_2(make_desk, tmp_path, capsys):
    hawa = make_desk("hawa")
    counts = hawa.check().counts
    hawa.close()
    path = write_bomb(tmp_path / "bomb.sdb", unpacked=300 << 20)
    code = main(["--data-dir", str(tmp_path / "hawa"), "--user", "hawa", "bundle", "import",
                 str(path)])
    assert code == 2
    err = capsys.readouterr().err
    assert "bomb.sdb" in err and "unpacks to more than" in err
    from sahel_desk.services.desk import Desk

    with Desk.open(tmp_path / "hawa", user="hawa") as again:
        assert again.check().counts == counts


def test_a_file_larger_than_any_bundle_is_not_read(make_desk, tmp_path):
    hawa = make_desk("hawa")
    path = tmp_path / "huge.sdb"
    private, _public = new_signing_key()
    path.write_bytes(seal({"incidents": []}, {"desk_id": "x", "user": "y"}, private))
    with path.open("r+b") as fh:  # a sparse file: its size, without the disk
        fh.truncate(MAX_PAYLOAD_BYTES + 1)
    with pytest.raises(BundleTooLargeError, match=r"huge\.sdb is larger than a bundle may be"):
        hawa.exchange.import_bundle(path)
