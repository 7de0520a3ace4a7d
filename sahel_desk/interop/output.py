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
from sahel_desk.text.message import Text


class ExportPathError(UserError):
    """The export cannot be written where asked; the message says why."""


def write_failure(path: Path, exc: OSError) -> ExportPathError:
    """A plain message for an OSError met while writing ``path``."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return ExportPathError(
            Text("The disk is full: there is no room left in {parent}, so nothing was written "
                 "to {path}. Free some space or choose another disk, then export again.",
                 parent=path.parent, path=path))
    if exc.errno == errno.EFBIG:
        return ExportPathError(
            Text("The disk is full for this file: it grew past the largest file allowed in "
                 "{parent} (a FAT32 stick takes 4 GB at most), so nothing was written to "
                 "{path}. Narrow the export or choose another disk.",
                 parent=path.parent, path=path))
    reason = exc.strerror or str(exc)
    return ExportPathError(Text("Could not write {path}: {reason}; nothing was written to it.",
                                path=path, reason=reason))


class ScratchOutput:
    """``with ScratchOutput(path) as out``: write ``out.part``, then ``out.commit()``."""

    def __init__(self, path: str | os.PathLike[str]):
        self.path = Path(path).expanduser().absolute()
        folder = self.path.parent
        if self.path.is_dir():
            raise ExportPathError(Text("{path} is a folder: give the name of a file to write.",
                                       path=self.path))
        if not folder.exists():
            raise ExportPathError(Text("The folder {folder} does not exist: choose an existing "
                                       "one.",
                                       folder=folder))
        if not folder.is_dir():
            raise ExportPathError(Text("{folder} is not a folder.", folder=folder))
        try:
            self.scratch = Path(tempfile.mkdtemp(prefix=f".{self.path.name}.", suffix=".partial",
                                                 dir=folder))
        except PermissionError as exc:
            raise ExportPathError(
                Text("Cannot write in {folder}: permission denied. Choose a folder you can "
                     "write to.",
                     folder=folder)) from exc
        except OSError as exc:
            if exc.errno == errno.EROFS:
                raise ExportPathError(
                    Text("Cannot write in {folder}: it is read-only. Choose another folder.",
                         folder=folder)) from exc
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
