"""Hidden scratch folders for files being written (exports, backups), and sweeping
away the ones a killed process left behind.

A file is written in a folder ``.<name>.<8 random characters>.partial`` beside
its destination and moved into place when done (see interop/output.py). A
process killed meanwhile leaves that folder behind, possibly large. To tell such
a leftover from a folder still being written, and from anything of the user's,
the writing process *claims* its folder: it keeps a marker file inside it
(:data:`MARKER`) open and locked until it is done. The operating system drops
the lock when the process dies, however it dies.

:func:`sweep` removes a folder only when its name has our pattern, it holds our
marker, and nobody holds the marker's lock (for a marker written on another
computer, whose locks this one may not see, only when it is over a day old).
Anything else (a folder without the marker, a file, a link) is left alone.
"""

from __future__ import annotations

import json
import logging
import os
import re
import shutil
import socket
import stat
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from sahel_desk.storage.lock import try_lock, unlock

log = logging.getLogger(__name__)

SUFFIX = ".partial"
MARKER = ".sahel-desk-scratch"
#: tempfile.mkdtemp(prefix=".<name>.", suffix=".partial") names: 8 of [a-z0-9_].
NAME = re.compile(r"^\..+\.[a-z0-9_]{8}\.partial$")
#: A marker from another computer is taken as stale only after this long.
FOREIGN_AGE_S = 24 * 3600


class Claim:
    """The open, locked marker that says a scratch folder is being written."""

    def __init__(self, folder: Path, purpose: str):
        self.folder = folder
        # Locked under another name, then renamed: a marker is never seen unlocked
        # while its process lives (the lock belongs to the file, whatever its name).
        pending = folder / f"{MARKER}.new"
        fd = os.open(pending, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            if not try_lock(fd):  # a new file: nobody else can hold it
                raise OSError(f"cannot lock {pending}")
            info = {"pid": os.getpid(), "host": socket.gethostname(), "purpose": purpose,
                    "since": datetime.now(UTC).isoformat(timespec="seconds")}
            os.write(fd, json.dumps(info).encode())
            os.replace(pending, folder / MARKER)
        except BaseException:
            os.close(fd)
            raise
        self._fd: int | None = fd

    def release(self) -> None:
        if self._fd is None:
            return
        try:
            unlock(self._fd)
        finally:
            os.close(self._fd)
            self._fd = None


def claim(folder: Path, purpose: str) -> Claim | None:
    """Claim a scratch folder just made; None when the marker cannot be written (a full
    disk: the write of the file itself will then fail and say so)."""
    try:
        return Claim(folder, purpose)
    except OSError as exc:
        log.warning("could not claim the scratch folder %s: %s", folder, exc)
        return None


@contextmanager
def scratch_folder(beside: Path, purpose: str) -> Iterator[Path]:
    """A claimed scratch folder beside ``beside`` (same disk), removed on leaving."""
    folder = Path(tempfile.mkdtemp(prefix=f".{beside.name}.", suffix=SUFFIX,
                                   dir=beside.parent))
    held = claim(folder, purpose)
    try:
        yield folder
    finally:
        if held is not None:
            held.release()
        shutil.rmtree(folder, ignore_errors=True)


def sweep(folder: Path) -> list[Path]:
    """Remove the scratch folders in ``folder`` that a killed process left; returns them."""
    removed: list[Path] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return removed
    for entry in entries:
        if NAME.match(entry.name) and _stale(entry):
            shutil.rmtree(entry, ignore_errors=True)
            if not entry.exists():
                log.info("removed %s, left by an export or backup that was stopped", entry)
                removed.append(entry)
    return removed


def _stale(entry: Path) -> bool:
    """Ours (a real folder holding our marker) and no live process holds its marker."""
    try:
        if not stat.S_ISDIR(entry.lstat().st_mode):
            return False
        marker = entry / MARKER
        mode = marker.lstat()
        if not stat.S_ISREG(mode.st_mode):
            return False
        fd = os.open(marker, os.O_RDWR)
    except OSError:
        return False
    try:
        if not try_lock(fd):
            return False  # a live process is writing there
        try:
            info = json.loads(os.read(fd, 4096) or b"{}")
        except (OSError, ValueError):
            info = {}
        unlock(fd)
    finally:
        os.close(fd)
    host = info.get("host") if isinstance(info, dict) else None
    if host not in (None, socket.gethostname()):
        return time.time() - mode.st_mtime > FOREIGN_AGE_S
    return True


#: The folders a desk exported into lately, so that the next start can sweep them
#: (an export killed with the machine is otherwise only swept by the next export there).
EXPORT_FOLDERS = "export-folders.txt"
REMEMBERED = 20


def remember_export_folder(data_dir: Path, folder: Path) -> None:
    """Put ``folder`` first in the data folder's list of recent export folders."""
    record = data_dir / EXPORT_FOLDERS
    folders = [str(folder)] + [f for f in _remembered(record) if f != str(folder)]
    text = "\n".join(folders[:REMEMBERED]) + "\n"
    pending = record.with_name(record.name + ".new")
    try:
        pending.write_text(text, encoding="utf-8")
        os.replace(pending, record)
    except OSError:  # a full disk or a read-only folder: the export itself goes on
        pending.unlink(missing_ok=True)


def sweep_export_folders(data_dir: Path) -> list[Path]:
    """Sweep every recent export folder (at start: what a killed export left)."""
    removed: list[Path] = []
    for folder in _remembered(data_dir / EXPORT_FOLDERS):
        removed.extend(sweep(Path(folder)))
    return removed


def _remembered(record: Path) -> list[str]:
    try:
        text = record.read_text(encoding="utf-8")
    except (OSError, UnicodeError):
        return []
    return [line for line in text.splitlines() if line.strip()]
