"""The error tree: what a user can fix versus what is a bug.

Every error the user can act on derives from :class:`UserError` and carries a
plain message naming the field, row or line at fault. Anything else reaching
the top level is a bug (:class:`BugError` or an unexpected exception), which the
GUI shows in a crash dialog naming the log file and the CLI reports with a
traceback in the log.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sahel_desk.text.message import FieldName, Text, joined


class SahelDeskError(Exception):
    """Base of every error raised on purpose by Sahel Desk."""


class UserError(SahelDeskError):
    """Something the user can fix: the message says what and where."""


class BugError(SahelDeskError):
    """An internal inconsistency: report it, do not ask the user to fix it."""


@dataclass(frozen=True)
class FieldError:
    """One bad field: its name (dotted for children, e.g. ``sources[0].url``) and why."""

    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"

    def text(self) -> Text:
        """The same words as a Text: the GUI names the field by its label."""
        return Text("{field}: {problem}", field=FieldName(self.field), problem=self.message)


#: what a ValidationError is about, as the GUI says it ("Invalid {what}: ...")
_WHATS: dict[str, Text] = {
    "record": Text("record"),
    "incident": Text("incident"),
    "actor": Text("actor"),
    "place": Text("place"),
    "merge": Text("merge"),
    "comment": Text("comment"),
    "revert": Text("revert"),
    "profile": Text("profile"),
    "rejection": Text("rejection"),
    "review step": Text("review step"),
    "drafts (nothing was saved)": Text("drafts (nothing was saved)"),
    "value for the database": Text("value for the database"),
}


class ValidationError(UserError):
    """One or more fields are invalid; nothing was written."""

    def __init__(self, errors: list[FieldError] | tuple[FieldError, ...], what: str = "record"):
        self.errors = tuple(errors)
        lines = joined([e.text() for e in self.errors])
        super().__init__(Text("Invalid {what}: {problems}", what=_WHATS.get(what, what),
                              problems=lines))

    @property
    def fields(self) -> list[str]:
        return [e.field for e in self.errors]


class NotFoundError(UserError):
    """A record named by id, human id or name does not exist."""


class ConflictError(UserError):
    """The record changed since it was read (stale revision) or a unique value is taken."""


class StaleRevisionError(ConflictError):
    """A save was based on an older revision than the one stored."""

    def __init__(self, record_id: str, expected: int, actual: int, changed_by: str | None):
        self.record_id = record_id
        self.expected = expected
        self.actual = actual
        self.changed_by = changed_by
        if changed_by:
            said = Text("Incident {incident} was changed by {user} since you opened it "
                        "(your revision {expected}, stored revision {actual}).",
                        incident=record_id, user=changed_by, expected=expected, actual=actual)
        else:
            said = Text("Incident {incident} was changed since you opened it "
                        "(your revision {expected}, stored revision {actual}).",
                        incident=record_id, expected=expected, actual=actual)
        super().__init__(said)


class InputError(UserError):
    """Bad input from a file or the command line; ``line`` names where, when known."""

    def __init__(self, message: str, *, source: str | None = None, line: int | None = None):
        self.source = source
        self.line = line
        said: str = message
        if source and line is not None:
            said = Text("{source}, line {line}: {message}", source=source, line=line,
                        message=message)
        elif source:
            said = Text("{source}: {message}", source=source, message=message)
        elif line is not None:
            said = Text("line {line}: {message}", line=line, message=message)
        super().__init__(said)


class StorageError(UserError):
    """The database cannot be used as asked; the message says why."""


class NotADatabaseError(StorageError):
    """The file given as the database is not a Sahel Desk database."""


class DamagedDatabaseError(NotADatabaseError):
    """The desk file is damaged (cut short, overwritten in part, emptied): nothing is
    written to it. ``problems`` are what the checks found; ``backups`` the copies that
    could replace it, newest first."""

    def __init__(self, message: str, *, problems: tuple[str, ...] = (),
                 backups: tuple[Path, ...] = ()):
        self.problems = problems
        self.backups = backups
        super().__init__(message)


class DatabaseInUseError(StorageError):
    """Another Sahel Desk process has the database open for writing."""


class DatabaseBusyError(StorageError):
    """The database stayed locked by another writer past the busy timeout."""


class DiskFullError(StorageError):
    """The disk holding the database or a backup is full."""


class ReadOnlyError(StorageError):
    """The database was opened read-only, or the file cannot be written."""


class NewerSchemaError(StorageError):
    """The database was written by a newer version of Sahel Desk."""


class PermissionDeniedError(UserError):
    """The current user's role does not allow this action."""


class UntrustedDeskError(UserError):
    """A bundle (or a sync) from a desk whose signing key this desk has not chosen to
    trust, or has revoked: nothing was brought in. ``fingerprint`` names the key as
    ``desks list`` shows it, ``desk`` and ``user`` who signed."""

    def __init__(self, message: str, *, fingerprint: str, desk: str, user: str,
                 revoked: bool = False):
        self.fingerprint = fingerprint
        self.desk = desk
        self.user = user
        self.revoked = revoked
        super().__init__(message)
