"""A cancelled or failed export leaves nothing behind; a bad destination is said plainly."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from sahel_desk.errors import UserError
from sahel_desk.services.demo import generate
from sahel_desk.services.exports import ALL_STATUSES
from sahel_desk.store.records import IncidentFilter

pytestmark = pytest.mark.backends("sqlite", "postgresql")


class Cancelled(Exception):
    pass


def _cancel_after_first_batch(done: int, total: int) -> None:
    if done > 0:
        raise Cancelled


@pytest.mark.parametrize("kind", ["excel", "csv"])
def test_a_cancelled_export_leaves_no_file_and_no_temporary_file(desk, tmp_path, kind):
    generate(desk, 2500, seed=3)  # more than one batch
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    target = out_dir / f"report.{'xlsx' if kind == 'excel' else 'csv'}"
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        calls.append((done, total))
        _cancel_after_first_batch(done, total)

    with pytest.raises(Cancelled):
        getattr(desk.exports, kind)(target, IncidentFilter(statuses=ALL_STATUSES),
                                    progress=progress)
    assert calls == [(0, 2500), (2000, 2500)]
    assert list(out_dir.iterdir()) == []


def test_a_cancelled_export_leaves_an_earlier_file_as_it_was(desk, add, tmp_path):
    add()
    target = tmp_path / "report.xlsx"
    target.write_bytes(b"last month's report")

    def stop(done: int, total: int) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        desk.exports.excel(target, IncidentFilter(), progress=stop)
    assert target.read_bytes() == b"last month's report"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
    desk.exports.excel(target, IncidentFilter())
    assert target.read_bytes().startswith(b"PK")


def test_progress_reaches_the_total(desk, add, tmp_path):
    add()
    add(event_date="2017-05-08")
    calls: list[tuple[int, int]] = []
    desk.exports.excel(tmp_path / "out.xlsx", IncidentFilter(),
                       progress=lambda done, total: calls.append((done, total)))
    assert calls == [(0, 2), (2, 2)]


def test_a_folder_that_does_not_exist_is_a_user_error(desk, tmp_path):
    missing = tmp_path / "no such folder" / "out.xlsx"
    with pytest.raises(UserError, match="does not exist"):
        desk.exports.excel(missing, IncidentFilter())
    with pytest.raises(UserError, match="does not exist"):
        desk.exports.csv(missing.with_suffix(".csv"), IncidentFilter())
    assert not missing.parent.exists()


def test_a_folder_as_the_file_name_is_a_user_error(desk, tmp_path):
    with pytest.raises(UserError, match="is a folder"):
        desk.exports.excel(tmp_path, IncidentFilter())


def _read_only_folder(tmp_path: Path) -> Path:
    if os.geteuid() != 0:
        folder = tmp_path / "locked"
        folder.mkdir()
        folder.chmod(0o555)
        return folder
    # root writes anywhere on a normal disk; /sys is a read-only place even for root.
    sys_folder = Path("/sys")
    if sys_folder.is_dir() and not os.access(sys_folder, os.W_OK):
        return sys_folder
    probe = sys_folder / ".sahel-desk-probe"
    try:
        probe.mkdir()
    except OSError:
        return sys_folder
    probe.rmdir()
    pytest.skip("no folder here refuses writes to root")


def test_a_read_only_folder_is_a_user_error(desk, add, tmp_path):
    add()
    folder = _read_only_folder(tmp_path)
    try:
        with pytest.raises(UserError, match="Cannot write in"):
            desk.exports.excel(folder / "out.xlsx", IncidentFilter())
        with pytest.raises(UserError, match="Cannot write in"):
            desk.exports.csv(folder / "out.csv", IncidentFilter())
    finally:
        if folder.is_relative_to(tmp_path):
            folder.chmod(0o755)
    assert not (folder / "out.xlsx").exists()


def test_an_unknown_review_state_is_a_user_error(desk, tmp_path):
    with pytest.raises(UserError, match="Unknown review state"):
        desk.exports.excel(tmp_path / "out.xlsx", IncidentFilter(statuses=("published",)))
    assert [p.name for p in tmp_path.iterdir()] == ["data"]


def test_more_rows_than_a_sheet_holds_is_a_user_error(desk, add, tmp_path, monkeypatch):
    from sahel_desk.interop import workbook

    monkeypatch.setattr(workbook, "MAX_ROW", 2)  # header and one row
    add()
    add(event_date="2017-05-08")
    with pytest.raises(UserError, match="export CSV instead"):
        desk.exports.excel(tmp_path / "big.xlsx", IncidentFilter())
    assert not (tmp_path / "big.xlsx").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["data"]
