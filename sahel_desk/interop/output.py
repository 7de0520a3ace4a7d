"""Writing an export without ever leaving a half-written file under its name.

The file is written in a hidden scratch folder beside the destination (same
disk, so the final move is one atomic ``os.replace``), flushed to disk, then
moved into place. Whatever happens before that, cancelling included, the
scratch folder is removed and the destination is left as it was.
"""

from __future__ import annotations

import errno
import os
import shutil
import tempfile
from pathlib import Path
from types import TracebackType

from sahel_desk.errors import UserError


class ExportPathError(UserError):
    """The export cannot be written where asked; the message says why."""


def write_failure(path: Path, exc: OSError) -> ExportPathError:
    """A plain message for an OSError met while writing ``path``."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return ExportPathError(
            f"The disk is full: there is no room left in {path.parent}, so nothing was "
            f"written to {path}. Free some space or choose another disk, then export again.")
    if exc.errno == errno.EFBIG:
        return ExportPathError(
            f"The disk is full for this file: it grew past the largest file allowed in "
            f"{path.parent} (a FAT32 stick takes 4 GB at most), so nothing was written to "
            f"{path}. Narrow the export or choose another disk.")
    reason = exc.strerror or str(exc)
    return ExportPathError(f"Could not write {path}: {reason}; nothing was written to it.")


class ScratchOutput:
    """``with ScratchOutput(path) as out``: write ``out.part``, then ``out.commit()``."""

    def __init__(self, path: str | os.PathLike[str]):
        self.path = Path(path).expanduser().absolute()
        folder = self.path.parent
        if self.path.is_dir():
            raise ExportPathError(f"{self.path} is a folder: give the name of a file to write.")
        if not folder.exists():
            raise ExportPathError(f"The folder {folder} does not exist: choose an existing one.")
        if not folder.is_dir():
            raise ExportPathError(f"{folder} is not a folder.")
        try:
            self.scratch = Path(tempfile.mkdtemp(prefix=f".{self.path.name}.", suffix=".partial",
                                                 dir=folder))
        except PermissionError as exc:
            raise ExportPathError(
                f"Cannot write in {folder}: permission denied. Choose a folder you can "
                "write to.") from exc
        except OSError as exc:
            if exc.errno == errno.EROFS:
                raise ExportPathError(
                    f"Cannot write in {folder}: it is read-only. Choose another folder.") from exc
            raise write_failure(self.path, exc) from exc
        self.part = self.scratch / self.path.name

    def commit(self) -> None:
        """Move the finished file into place (after flushing it to disk)."""
        try:
            with self.part.open("rb") as done:
                os.fsync(done.fileno())
            os.replace(self.part, self.path)
        except OSError as exc:
            raise write_failure(self.path, exc) from exc

    def discard(self) -> None:
        shutil.rmtree(self.scratch, ignore_errors=True)

    def __enter__(self) -> ScratchOutput:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.discard()
