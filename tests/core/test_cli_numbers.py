"""Every integer option of the command line takes numbers the same way (one argparse
type, cli/common.py whole_number): bad text, a sign where none is allowed or a
number out of range ends in exit 2 naming the option, never in a crash; a huge
--limit means all rows."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from sahel_desk.cli.common import LARGEST, whole_number
from sahel_desk.cli.main import main
from sahel_desk.services.desk import Desk
from tests.core.helpers import complete_values

HUGE = "99999999999999999999"
ENORMOUS = "9" * 5000  # past the digits Python converts at all

#: (arguments with {id} for an incident, the option, whether a huge value is taken)
OPTIONS = [
    (["incidents", "list", "--limit"], "--limit", True),
    (["incidents", "list", "--offset"], "--offset", True),
    (["demo", "--incidents"], "--incidents", False),
    (["review", "queue", "--limit"], "--limit", True),
    (["review", "approve", "{id}", "--revision"], "--revision", False),
    (["history", "revert", "{id}", "--to"], "--to", False),
    (["gazetteer", "search", "Gao", "--limit"], "--limit", True),
    (["gazetteer", "near", "16.27", "-0.04", "--limit"], "--limit", True),
    (["actors", "search", "JNIM", "--limit"], "--limit", True),
]


@pytest.fixture
def folder(data_dir: Path) -> tuple[Path, str]:
    with Desk.open(data_dir, user="amina") as desk:
        record = desk.incidents.create(complete_values(desk, status="approved"))
    return data_dir, record.human_id


def run(folder: Path, argv: list[str], capsys: pytest.CaptureFixture[str]
        ) -> tuple[int, str, str]:
    try:
        code = main(["--data-dir", str(folder), "--user", "amina", *argv])
    except SystemExit as exc:  # argparse refusing an argument
        code = exc.code if isinstance(exc.code, int) else 2
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(("argv", "option", "huge_taken"), OPTIONS,
                         ids=[" ".join(a) for a, _, _ in OPTIONS])
@pytest.mark.parametrize("value", ["abc", "²", "1.5", "", "-1", "0", HUGE, ENORMOUS, f"-{HUGE}"])
def test_a_bad_number_is_refused_naming_the_option(
        folder: tuple[Path, str], argv: list[str], option: str, huge_taken: bool, value: str,
        capsys: pytest.CaptureFixture[str]) -> None:
    data_dir, human_id = folder
    code, _, err = run(data_dir, [a.format(id=human_id) for a in argv] + [value], capsys)
    assert "internal error" not in err
    if (value in (HUGE, ENORMOUS) and huge_taken) or (value == "0" and option == "--offset"):
        assert code == 0, err
        return
    assert code == 2
    said = err.strip().splitlines()[-1]
    assert f"error: argument {option}: " in said
    if value in ("abc", "²", "1.5", ""):
        assert said.endswith(f"'{value}' is not a whole number")
    elif value in (HUGE, ENORMOUS):
        assert said.endswith(f"is above {LARGEST if option != '--incidents' else 2_000_000:,}, "
                             "the largest allowed")
    else:
        assert "is below" in said


def test_a_huge_limit_lists_every_incident(folder: tuple[Path, str],
                                           capsys: pytest.CaptureFixture[str]) -> None:
    data_dir, _ = folder
    code, out, _ = run(data_dir, ["incidents", "list", "--json", "--limit", HUGE], capsys)
    page = json.loads(out)
    assert code == 0 and page["total"] == 1 and len(page["incidents"]) == 1
    assert page["limit"] == LARGEST
    code, out, _ = run(data_dir, ["incidents", "list", "--offset", HUGE], capsys)
    assert code == 0 and "none shown of 1 incidents" in out


def test_the_shared_type_reads_digits_of_any_script_and_nothing_else() -> None:
    count = whole_number(minimum=1, maximum=10)
    assert count("٣") == 3 and count(" 7 ") == 7 and count("+2") == 2
    for bad in ("²", "3.0", "0x3", "三", "", "11", "0"):
        with pytest.raises(argparse.ArgumentTypeError):
            count(bad)
    assert whole_number(minimum=0, maximum=5, above_means_all=True)(HUGE) == 5
    assert whole_number()(f"-{HUGE}") == -int(HUGE)
