"""`sahel-desk export excel|csv`, run as a user runs it."""

from __future__ import annotations

import csv
import os
import subprocess
import sys

from tests.interop.conftest import info, load, table


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "sahel_desk", *args], capture_output=True,
                          text=True, timeout=300, env=os.environ.copy())


def test_export_excel_defaults_to_approved_and_takes_status_all(desk, add, data_dir, tmp_path):
    approved = add()
    draft = add(status="draft")
    desk.close()
    out = tmp_path / "mali.xlsx"
    done = run("--data-dir", str(data_dir), "export", "excel", str(out))
    assert done.returncode == 0, done.stderr
    assert "Exported 1 incident, 1 source, 1 claim" in done.stdout and "approved" in done.stdout
    wb = load(out)
    assert [r["human_id"] for r in table(wb["Incidents"])] == [approved.human_id]
    assert info(wb)["Review states included"] == "approved"

    done = run("--data-dir", str(data_dir), "export", "excel", str(out), "--status", "all",
               "--from", "2017-01-01", "--to", "2017-12-31", "--actor", "JNIM")
    assert done.returncode == 0, done.stderr
    assert {r["human_id"] for r in table(load(out)["Incidents"])} == {
        approved.human_id, draft.human_id}


def test_export_csv_with_a_status_list(desk, add, data_dir, tmp_path):
    add()
    submitted = add(status="submitted")
    desk.close()
    out = tmp_path / "mali.csv"
    done = run("--data-dir", str(data_dir), "export", "csv", str(out),
               "--status", "submitted,in_review", "--split-ranges")
    assert done.returncode == 0, done.stderr
    with out.open(encoding="utf-8-sig", newline="") as f:
        assert [row["human_id"] for row in csv.DictReader(f)] == [submitted.human_id]


def test_export_errors_are_plain(data_dir, tmp_path):
    done = run("--data-dir", str(data_dir), "export", "excel",
               str(tmp_path / "missing" / "out.xlsx"))
    assert done.returncode == 2
    assert "does not exist" in done.stderr and "Traceback" not in done.stderr
    done = run("--data-dir", str(data_dir), "export", "csv", str(tmp_path / "x.csv"),
               "--status", "published")
    assert done.returncode == 2 and "published" in done.stderr
