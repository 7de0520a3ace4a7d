"""A full disk, for real: an export onto it, a desk opened or created on it.

Two ways, both the kernel refusing a write:

- a small tmpfs mounted and filled up (root only: these tests skip, saying so,
  without root): the ENOSPC a full disk gives;
- a child process under RLIMIT_FSIZE (any POSIX system): the kernel refuses to
  grow a file past the limit (EFBIG), which Sahel Desk treats as a full disk.
  SIGXFSZ is ignored in the child so that the write fails instead of the
  process being killed.

Each time the error must be plain (exit 2), and nothing may be left: no part of
the export, no empty desk file, the desk file as it was.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from sahel_desk.cli.main import main
from sahel_desk.errors import DiskFullError, UserError
from sahel_desk.paths import DATABASE_FILE
from sahel_desk.services.demo import generate
from sahel_desk.services.desk import Desk
from sahel_desk.services.exports import ALL_STATUSES
from sahel_desk.store.records import IncidentFilter

ROOT = Path(__file__).resolve().parents[2]
KINDS = {"excel": "report.xlsx", "csv": "report.csv"}


@pytest.fixture(scope="module")
def big_desk(tmp_path_factory: pytest.TempPathFactory, template_dir: Path) -> Path:
    """A data folder whose every-state export is far larger than the small disks here."""
    folder = tmp_path_factory.mktemp("big-desk")
    shutil.copy2(template_dir / DATABASE_FILE, folder / DATABASE_FILE)
    with Desk.open(folder, user="amina") as desk:
        generate(desk, 600, seed=5)
    return folder


@contextlib.contextmanager
def small_disk(where: Path, size: str) -> Iterator[Path]:
    """A tmpfs of ``size`` mounted at ``where`` (root only; skips otherwise)."""
    if sys.platform != "linux" or os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root on Linux (the RLIMIT_FSIZE tests "
                    "below cover the same code without it)")
    where.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs",
                              str(where)], capture_output=True, text=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        yield where
    finally:
        # Lazily when still busy (a failing test holding a file open): never left mounted.
        if subprocess.run(["umount", str(where)], capture_output=True).returncode != 0:
            subprocess.run(["umount", "-l", str(where)], check=True)


def fill(disk: Path, leave: int = 0) -> None:
    """Take the disk's free space, all of it or all but about ``leave`` bytes."""
    free = shutil.disk_usage(disk).free - leave
    with (disk / "filler").open("wb") as fh, contextlib.suppress(OSError):
        while free > 0:
            fh.write(b"\0" * min(free, 65536))
            free -= 65536
        fh.flush()
    assert shutil.disk_usage(disk).free <= max(leave, 0) + 65536


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("kind", list(KINDS))
def test_an_export_onto_a_full_disk_says_so_and_leaves_nothing(
        big_desk: Path, tmp_path: Path, kind: str, capsys: pytest.CaptureFixture[str]) -> None:
    with small_disk(tmp_path / "disk", "256k") as disk:
        target = disk / KINDS[kind]
        target.write_bytes(b"last month's report")
        everything = IncidentFilter(statuses=ALL_STATUSES)
        with Desk.open(big_desk, user="amina", readonly=True) as desk, \
                pytest.raises(UserError) as caught:
            getattr(desk.exports, kind)(target, everything)
        message = str(caught.value)
        assert message.startswith("The disk is full") and "no room left" in message
        assert f"nothing was written to {target}" in message
        assert sorted(p.name for p in disk.iterdir()) == [KINDS[kind]]
        assert target.read_bytes() == b"last month's report"
        # The command line says the same, exit 2.
        code = main(["--data-dir", str(big_desk), "export", kind, str(target),
                     "--status", "all"])
        err = capsys.readouterr().err
        assert code == 2 and "internal error" not in err
        assert f"The disk is full: there is no room left in {disk}" in err
        assert sorted(p.name for p in disk.iterdir()) == [KINDS[kind]]


def test_a_desk_on_a_full_disk_says_so_and_is_left_as_it_was(
        template_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db_size = (template_dir / DATABASE_FILE).stat().st_size
    with small_disk(tmp_path / "disk", f"{db_size // 1024 + 512}k") as disk:
        db = disk / DATABASE_FILE
        shutil.copy2(template_dir / DATABASE_FILE, db)
        fill(disk)
        before = _digest(db)
        with pytest.raises(DiskFullError, match="lock file"):
            Desk.open(disk, user="amina")
        with pytest.raises(DiskFullError, match="is full"):
            Desk.open(disk, user="amina", readonly=True)
        for command in (["demo", "--incidents", "3"], ["incidents", "list"], ["db", "check"]):
            code = main(["--db", str(db), "--user", "amina", *command])
            err = capsys.readouterr().err
            assert code == 2 and "is full" in err and "internal error" not in err, command
        assert _digest(db) == before
        assert not db.with_name(db.name + ".lock").exists()


def test_a_new_desk_on_a_full_disk_leaves_no_desk_file(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with small_disk(tmp_path / "disk", "2m") as disk:
        # Room for the lock file, not for the database being set up.
        fill(disk, leave=48 * 1024)
        code = main(["--db", str(disk / DATABASE_FILE), "--user", "amina", "db", "init"])
        err = capsys.readouterr().err
        assert code == 2 and "is full" in err and "internal error" not in err
        assert [p.name for p in disk.iterdir() if p.name.startswith(DATABASE_FILE)
                and not p.name.endswith(".lock")] == []


# --- the same through RLIMIT_FSIZE (no root needed) ----------------------------------------

def _limited(limit: int, code: str) -> subprocess.CompletedProcess[str]:
    """Run ``code`` in a child whose files cannot grow past ``limit`` bytes."""
    script = textwrap.dedent(f"""
        import resource, signal
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, ({limit}, {limit}))
    """) + textwrap.dedent(code)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        [str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])])}
    return subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=300, env=env, cwd=ROOT)


needs_rlimit = pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")


@needs_rlimit
@pytest.mark.parametrize("kind", list(KINDS))
def test_an_export_past_the_file_size_limit_is_said_like_a_full_disk(
        big_desk: Path, tmp_path: Path, kind: str) -> None:
    out = tmp_path / "out"
    out.mkdir()
    target = out / KINDS[kind]
    done = _limited(64 * 1024, f"""
        import sys
        from sahel_desk.cli.main import main
        sys.exit(main(["--data-dir", {str(big_desk)!r}, "export", {kind!r}, {str(target)!r},
                       "--status", "all"]))
    """)
    assert done.returncode == 2, done.stderr
    assert "internal error" not in done.stderr
    assert "The disk is full for this file" in done.stderr
    assert f"nothing was written to {target}" in done.stderr
    assert list(out.iterdir()) == []


@needs_rlimit
def test_a_lock_file_past_the_file_size_limit_is_said_like_a_full_disk(
        template_dir: Path, tmp_path: Path) -> None:
    folder = tmp_path / "desk"
    folder.mkdir()
    shutil.copy2(template_dir / DATABASE_FILE, folder / DATABASE_FILE)
    before = _digest(folder / DATABASE_FILE)
    done = _limited(16, f"""
        import sys
        from sahel_desk.errors import DiskFullError
        from sahel_desk.services.desk import Desk
        try:
            Desk.open({str(folder)!r}, user="amina")
        except DiskFullError as exc:
            print(exc)
            sys.exit(3)
    """)
    assert done.returncode == 3, done.stdout + done.stderr
    assert "is full" in done.stdout and "lock file" in done.stdout
    assert _digest(folder / DATABASE_FILE) == before
    assert not (folder / f"{DATABASE_FILE}.lock").exists()


@needs_rlimit
def test_a_new_desk_past_the_file_size_limit_leaves_no_desk_file(tmp_path: Path) -> None:
    folder = tmp_path / "new"
    done = _limited(64 * 1024, f"""
        import sys
        from sahel_desk.errors import StorageError
        from sahel_desk.services.desk import Desk
        try:
            Desk.open({str(folder)!r}, user="amina")
        except StorageError as exc:
            print(exc)
            sys.exit(3)
    """)
    assert done.returncode == 3, done.stdout + done.stderr
    assert [p.name for p in folder.iterdir() if not p.name.endswith(".lock")] == []
