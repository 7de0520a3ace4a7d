"""An export or backup killed mid-write (kill -9) leaves its hidden scratch folder
behind; the next export into that folder, or the next start for the backups
folder, removes it, and never anything that is not such a leftover.

The export runs in a child process that stops in its progress callback after
the first 2,000 incidents are written, so the kill always lands mid-write.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

import pytest

from sahel_desk.paths import DATABASE_FILE, backups_dir
from sahel_desk.services.demo import generate
from sahel_desk.services.desk import Desk
from sahel_desk.storage import scratch

ROOT = Path(__file__).resolve().parents[2]
KINDS = {"excel": "report.xlsx", "csv": "report.csv"}

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="kill -9 is POSIX")


@pytest.fixture(scope="module")
def desk_dir(tmp_path_factory: pytest.TempPathFactory, template_dir: Path) -> Path:
    """More incidents than one batch (2,000), so that the kill lands between batches."""
    folder = tmp_path_factory.mktemp("killed-export-desk")
    shutil.copy2(template_dir / DATABASE_FILE, folder / DATABASE_FILE)
    with Desk.open(folder, user="amina") as desk:
        generate(desk, 2100, seed=11)
    return folder


def _child(code: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        [str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])])}
    return subprocess.Popen([sys.executable, "-c", textwrap.dedent(code)], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _kill_when(child: subprocess.Popen[str], word: str) -> None:
    assert child.stdout is not None
    line = child.stdout.readline().strip()
    assert line == word, (line, child.stderr.read() if child.stderr else "")
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=60)
    child.stdout.close()
    if child.stderr is not None:
        child.stderr.close()


def _kill_mid_export(desk_dir: Path, kind: str, target: Path) -> Path:
    """Export in a child, kill -9 it mid-write; returns the scratch folder it left."""
    child = _child(f"""
        import time
        from sahel_desk.services.desk import Desk
        from sahel_desk.services.exports import ALL_STATUSES
        from sahel_desk.store.records import IncidentFilter

        def progress(done, total):
            if done > 0:  # the first batch is written: stop here until killed
                print("WRITING", flush=True)
                time.sleep(600)

        with Desk.open({str(desk_dir)!r}, user="amina", readonly=True) as desk:
            desk.exports.{kind}({str(target)!r}, IncidentFilter(statuses=ALL_STATUSES),
                                progress=progress)
    """)
    _kill_when(child, "WRITING")
    [left] = [p for p in target.parent.iterdir() if p.name.endswith(".partial")]
    assert left.name.startswith(f".{target.name}.")
    assert sum(f.stat().st_size for f in left.rglob("*")) > 100_000  # rows were written
    assert not target.exists()
    return left


def _user_lookalikes(folder: Path) -> list[Path]:
    """Things of the user's that look like leftovers but are not ours."""
    no_marker = folder / ".notes.xlsx.abcd1234.partial"
    no_marker.mkdir()
    (no_marker / "notes.xlsx").write_bytes(b"the user's own")
    plain_file = folder / ".plan.csv.abcd1234.partial"
    plain_file.write_bytes(b"a file, not a folder")
    other = folder / "thesis.partial"
    other.write_bytes(b"chapter 1")
    elsewhere = folder.parent / f"{folder.name}-elsewhere"
    elsewhere.mkdir()
    (elsewhere / scratch.MARKER).write_bytes(b"{}")
    link = folder / ".link.csv.abcd1234.partial"
    link.symlink_to(elsewhere, target_is_directory=True)
    return [no_marker, no_marker / "notes.xlsx", plain_file, other, link, elsewhere,
            elsewhere / scratch.MARKER]


@pytest.mark.parametrize("kind", list(KINDS))
def test_the_next_export_removes_what_a_killed_one_left(desk_dir: Path, tmp_path: Path,
                                                        kind: str) -> None:
    out = tmp_path / "out"
    out.mkdir()
    left = _kill_mid_export(desk_dir, kind, out / KINDS[kind])
    keep = _user_lookalikes(out)
    # A scratch folder a live export holds (here: this process).
    live = Path(tempfile.mkdtemp(prefix=".live.csv.", suffix=".partial", dir=out))
    held = scratch.claim(live, "export")
    assert held is not None
    try:
        done = subprocess.run(
            [sys.executable, "-m", "sahel_desk", "--data-dir", str(desk_dir), "export", kind,
             str(out / f"again-{KINDS[kind]}"), "--status", "all"],
            capture_output=True, text=True, timeout=300, cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)})
        assert done.returncode == 0, done.stderr
        assert not left.exists()
        assert live.is_dir() and (live / scratch.MARKER).is_file()
    finally:
        held.release()
    assert all(p.exists() or p.is_symlink() for p in keep)
    assert (keep[0] / "notes.xlsx").read_bytes() == b"the user's own"
    assert (out / f"again-{KINDS[kind]}").stat().st_size > 100_000
    # Once the live one is let go (its process gone), it is a leftover too.
    done = subprocess.run(
        [sys.executable, "-m", "sahel_desk", "--data-dir", str(desk_dir), "export", "csv",
         str(out / "third.csv")], capture_output=True, text=True, timeout=300, cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 0, done.stderr
    assert not live.exists()
    assert all(p.exists() or p.is_symlink() for p in keep)


def test_the_next_start_removes_a_backup_killed_mid_copy(desk_dir: Path, tmp_path: Path
                                                         ) -> None:
    folder = tmp_path / "desk"
    folder.mkdir()
    shutil.copy2(desk_dir / DATABASE_FILE, folder / DATABASE_FILE)
    backups = backups_dir(folder)
    backups.mkdir()
    # A backup process that has claimed its scratch folder and is copying: killed.
    child = _child(f"""
        from pathlib import Path
        from sahel_desk.storage.scratch import scratch_folder
        with scratch_folder(Path({str(backups / "sahel-desk-manual.sqlite")!r}),
                            "backup") as folder:
            (folder / "sahel-desk-manual.sqlite").write_bytes(b"SQLite format 3" * 1000)
            print("COPYING", flush=True)
            import time; time.sleep(600)
    """)
    _kill_when(child, "COPYING")
    [left] = [p for p in backups.iterdir() if p.name.endswith(".partial")]
    keep = _user_lookalikes(backups)
    with Desk.open(folder, user="amina"):
        pass
    assert not left.exists()
    assert all(p.exists() or p.is_symlink() for p in keep)
    assert [p.name for p in backups.iterdir() if p.suffix == ".sqlite"] == []


def test_the_next_start_removes_what_a_killed_export_left(desk_dir: Path, tmp_path: Path
                                                          ) -> None:
    """Killed with the machine, and no export since: opening the desk sweeps the folder
    it last exported into (only our leftovers, never the user's look-alikes)."""
    folder = tmp_path / "desk"
    folder.mkdir()
    shutil.copy2(desk_dir / DATABASE_FILE, folder / DATABASE_FILE)
    out = tmp_path / "reports"
    out.mkdir()
    left = _kill_mid_export(folder, "csv", out / "month.csv")
    keep = _user_lookalikes(out)
    with Desk.open(folder, user="amina"):
        pass
    assert not left.exists()
    assert all(p.exists() or p.is_symlink() for p in keep)
