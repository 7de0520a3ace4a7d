"""Files that are not reports: a plain message, exit status 2, nothing created."""

from __future__ import annotations

from pathlib import Path

import pytest

from sahel_desk.services.desk import Desk
from tests.desk_state import run_cli

ENTRY = "Mali: March 2017 incidents\n\n[05 MAR 17](#): Gunmen attacked a post at Gao. 2 killed.\n"


def _count(data_dir: Path) -> int:
    with Desk.open(data_dir, user="amina") as desk:
        return desk.incidents.count()


@pytest.mark.parametrize(("content", "message"), [
    (b"", "the file is empty"),
    (b"  \n\t\n", "the file is empty"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "this is a PDF file"),
    (b"PK\x03\x04\x14\x00\x06\x00", "zip archive"),
    (bytes(range(256)) * 40, "not text"),
    (b"Mali: notes\n\nNothing happened that we know of. The summary ends here.\n",
     "no dated entry found: read 2 non-blank lines"),
    (b"A" * 10_000_001, "a report is read up to 2,000,000 bytes"),
])
def test_not_a_report_is_refused_plainly(data_dir: Path, tmp_path: Path, content: bytes,
                                         message: str) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(content)
    before = _count(data_dir)
    done = run_cli(["--data-dir", str(data_dir), "report", "read", str(path), "--create"])
    assert done.code == 2, done.err
    assert message in done.err
    assert "report.txt" in done.err
    assert _count(data_dir) == before


def test_a_missing_file_is_named(data_dir: Path, tmp_path: Path) -> None:
    done = run_cli(["--data-dir", str(data_dir), "report", "read", str(tmp_path / "nope.md")])
    assert done.code == 2
    assert "nope.md: no such file" in done.err


def test_a_bad_date_option_is_refused(data_dir: Path, tmp_path: Path) -> None:
    path = tmp_path / "r.md"
    path.write_text(ENTRY, encoding="utf-8")
    done = run_cli(["--data-dir", str(data_dir), "report", "read", str(path), "--date", "5/3"])
    assert done.code == 2
    assert "is not a date" in done.err


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "latin-1", "cp1252", "utf-8-sig"])
def test_other_encodings_are_read(data_dir: Path, tmp_path: Path, encoding: str) -> None:
    text = ("Mali : incidents de mars 2017\n\n"
            "5 mars 2017 : Des hommes armés ont attaqué le poste de gendarmerie à Ségou. "
            "Deux gendarmes tués.\n")
    path = tmp_path / "rapport.txt"
    path.write_bytes(text.encode(encoding))
    done = run_cli(["--data-dir", str(data_dir), "report", "read", str(path), "--json"])
    assert done.code == 0, done.err
    assert '"event_date": "2017-03-05"' in done.out
    assert '"location": "Ségou"' in done.out
    assert '"fatalities": 2' in done.out
