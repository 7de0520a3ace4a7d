"""`sahel-desk review|profiles|history`, run as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from sahel_desk.cli.main import main
from sahel_desk.services.desk import Desk
from tests.core.helpers import complete_values


def _run(capsys: pytest.CaptureFixture, folder: Path, user: str, *args: str
         ) -> tuple[int, str, str]:
    code = main(["--data-dir", str(folder), "--user", user, *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_review_from_the_command_line(data_dir: Path, capsys: pytest.CaptureFixture) -> None:
    assert _run(capsys, data_dir, "hawa", "profiles", "add", "hawa", "--role",
                "administrator")[0] == 0
    assert _run(capsys, data_dir, "hawa", "profiles", "add", "amina", "--role",
                "researcher")[0] == 0
    code, out, _ = _run(capsys, data_dir, "hawa", "profiles", "add", "boubacar", "--role",
                        "reviewer")
    assert (code, out) == (0, "Added boubacar (reviewer).\n")
    code, _, err = _run(capsys, data_dir, "amina", "profiles", "set-role", "amina",
                        "administrator")
    assert code == 2 and "only administrators" in err
    code, out, _ = _run(capsys, data_dir, "hawa", "profiles", "list", "--json")
    assert [(p["name"], p["role"]) for p in json.loads(out)] == [
        ("amina", "researcher"), ("boubacar", "reviewer"), ("hawa", "administrator")]

    with Desk.open(data_dir, user="amina") as desk:
        record = desk.incidents.create(complete_values(desk, status="draft"))
    ref = record.human_id

    code, out, _ = _run(capsys, data_dir, "amina", "review", "submit", ref, "--reason", "done")
    assert (code, out) == (0, f"{ref}: submitted (revision 2)\n")
    code, _, err = _run(capsys, data_dir, "amina", "review", "approve", ref)
    assert code == 2 and "amina is a researcher and may not approve" in err
    code, out, _ = _run(capsys, data_dir, "boubacar", "review", "queue", "--json")
    queue = json.loads(out)
    assert queue["total"] == 1 and queue["counts"]["submitted"] == 1
    assert queue["rows"][0]["human_id"] == ref
    code, out, _ = _run(capsys, data_dir, "boubacar", "review", "queue")
    assert out.startswith("1 waiting for review (1 submitted)\n") and ref in out
    assert _run(capsys, data_dir, "boubacar", "review", "start", ref, "--revision", "2")[0] == 0
    code, _, err = _run(capsys, data_dir, "boubacar", "review", "approve", ref, "--revision",
                        "2")
    assert code == 2 and "stored revision 3" in err
    with pytest.raises(SystemExit):
        main(["--data-dir", str(data_dir), "review", "request-changes", ref])
    capsys.readouterr()
    code, out, _ = _run(capsys, data_dir, "boubacar", "review", "request-changes", ref,
                        "--reason", "which army statement?")
    assert out == f"{ref}: changes_requested (revision 4)\n"
    code, out, _ = _run(capsys, data_dir, "amina", "review", "returned", "--json")
    assert [r["human_id"] for r in json.loads(out)] == [ref]
    _run(capsys, data_dir, "amina", "review", "submit", ref)
    code, out, _ = _run(capsys, data_dir, "boubacar", "review", "approve", ref, "--reason",
                        "fine")
    assert out == f"{ref}: approved (revision 6)\n"

    code, out, _ = _run(capsys, data_dir, "amina", "history", "show", ref, "--json")
    lines = json.loads(out)
    assert [(line["kind"], line["user"], line["after"]) for line in lines] == [
        ("created", "amina", "Draft"), ("status", "amina", "Submitted"),
        ("status", "boubacar", "In review"), ("status", "boubacar", "Changes requested"),
        ("status", "amina", "Submitted"), ("status", "boubacar", "Approved")]
    code, out, _ = _run(capsys, data_dir, "amina", "history", "show", ref)
    assert "Status: Submitted -> Approved  (fine)" in out

    with Desk.open(data_dir, user="amina") as desk:
        desk.incidents.update(ref, {"fatalities": 9})
    code, out, _ = _run(capsys, data_dir, "amina", "review", "diff", ref, "--json")
    assert json.loads(out) == [{"field": "fatalities", "label": "Fatalities (best)",
                                "before": 7, "after": 9}]
    code, out, _ = _run(capsys, data_dir, "amina", "history", "revert", ref, "--to",
                        str(lines[0]["entry_id"]), "--field", "fatalities")
    assert (code, out) == (0, f"{ref}: reverted as a pending revision (revision 8).\n")
    code, out, _ = _run(capsys, data_dir, "amina", "review", "diff", ref)
    assert out == "No differences.\n"
    code, out, _ = _run(capsys, data_dir, "amina", "review", "discard", ref)
    assert out == f"{ref}: approved (revision 6)\n"

    code, out, _ = _run(capsys, data_dir, "boubacar", "review", "reject", ref, "--why",
                        "not_an_event", "--reason", "a rumour")
    assert out == f"{ref}: rejected (not an event)\n"


def test_comments_from_the_command_line(data_dir: Path) -> None:
    from tests.desk_state import run_cli

    def cli(user: str, *args: str) -> Any:
        return run_cli(["--data-dir", str(data_dir), "--user", user, *args])

    with Desk.open(data_dir, user="amina") as desk:
        ref = desk.incidents.create(complete_values(desk, status="draft")).human_id
    added = cli("boubacar", "comments", "add", ref, "RFI says 9", "--field", "fatalities")
    assert added.code == 0, added.err
    comment_id = added.out.split()[1]
    assert cli("amina", "comments", "add", ref, "Fixed.", "--reply-to", comment_id).code == 0
    listed = json.loads(cli("amina", "comments", "list", ref, "--json").out)
    assert [(c["user"], c["field"], c["text"], c["parent_id"]) for c in listed] == [
        ("boubacar", "fatalities", "RFI says 9", None), ("amina", None, "Fixed.", comment_id)]
    done = cli("boubacar", "comments", "resolve", comment_id)
    assert (done.code, done.out) == (0, f"Comment {comment_id} is resolved.\n")
    assert "[resolved by boubacar]" in cli("amina", "comments", "list", ref).out
    assert cli("boubacar", "comments", "reopen", comment_id).out.endswith("is open.\n")
    assert cli("amina", "comments", "add", ref, "  ").code == 2
    assert cli("amina", "comments", "resolve", "no-such-comment").code == 2
    with Desk.open(data_dir, user="amina") as desk:
        elsewhere = desk.incidents.create(complete_values(desk, status="draft")).human_id
    for parent in ("no-such-comment", comment_id):
        wrong = cli("amina", "comments", "add", elsewhere, "Hm.", "--reply-to", parent)
        assert wrong.code == 2 and f"there is no comment '{parent}' on {elsewhere}" in wrong.err
