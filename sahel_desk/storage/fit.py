"""Every value written must fit its column, on SQLite as on PostgreSQL.

SQLite keeps text of any length in a ``VARCHAR(300)``, integers up to 64 bits
in an ``INTEGER`` and NUL characters in text; PostgreSQL refuses all three. So
that a desk behaves the same on both, each flush checks the values it is about
to write against the columns' declared types and refuses with the fields named
(a :class:`ValidationError`, nothing written). The services validate their
input first with friendlier field names; this is the net under all of them.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import BigInteger, Integer, String, inspect
from sqlalchemy.orm import Session

from sahel_desk.errors import FieldError, ValidationError

#: PostgreSQL's INTEGER, which the model's Integer columns are there
INT_MIN, INT_MAX = -(2**31), 2**31 - 1
NUL = "\x00"


def value_problem(column_type: Any, value: Any) -> str | None:
    """Why ``value`` cannot be stored in a column of ``column_type``, or None."""
    if value is None:
        return None
    if isinstance(value, str):
        if NUL in value:
            return "contains a NUL character (\\x00), which cannot be stored"
        length = getattr(column_type, "length", None) if isinstance(column_type, String) else None
        if length is not None and len(value) > length:
            return f"is {len(value):,} characters long; at most {length:,} fit"
    elif (isinstance(value, int) and not isinstance(value, bool)
          and isinstance(column_type, Integer) and not isinstance(column_type, BigInteger)
          and not INT_MIN <= value <= INT_MAX):
        return f"{value:,} is out of range (at most {INT_MAX:,} can be stored)"
    return None


def _problems(obj: Any, *, changed_only: bool) -> list[FieldError]:
    state = inspect(obj)
    table = state.mapper.local_table.name
    errors = []
    for prop in state.mapper.column_attrs:
        if prop.key not in state.dict:
            continue
        if changed_only and not state.attrs[prop.key].history.has_changes():
            continue  # a value stored earlier is the database's business, not this save's
        problem = value_problem(prop.columns[0].type, state.dict[prop.key])
        if problem:
            errors.append(FieldError(f"{table}.{prop.key}", problem))
    return errors


def check_fit_before_flush(session: Session, _context: Any, _instances: Any) -> None:
    """Session ``before_flush`` hook: refuse the flush if a value does not fit."""
    errors = [e for obj in session.new for e in _problems(obj, changed_only=False)]
    errors += [e for obj in session.dirty for e in _problems(obj, changed_only=True)]
    if errors:
        raise ValidationError(errors, what="value for the database")


class RowChecker:
    """The same checks for rows written with Core statements (bulk imports, bundles,
    the demo), which the ORM's flush hook never sees: one pass per row over the
    columns that can refuse a value."""

    def __init__(self, table: Any):
        self.table = table
        self.checked = [
            (column.name, column.type) for column in table.columns
            if (isinstance(column.type, String) and column.type.length is not None)
            or isinstance(column.type, String | Integer)
        ]

    def problems(self, row: dict[str, Any], label: str | None = None) -> list[FieldError]:
        errors = []
        for name, column_type in self.checked:
            value = row.get(name)
            if value is None or value.__class__ is bool:
                continue
            problem = value_problem(column_type, value)
            if problem:
                where = f"{label}: " if label else ""
                errors.append(FieldError(f"{where}{self.table.name}.{name}", problem))
        return errors


_CHECKERS: dict[str, RowChecker] = {}


def check_rows(table: Any, rows: list[dict[str, Any]], label_key: str | None = None) -> None:
    """Refuse (ValidationError, nothing written) if a value of ``rows`` does not fit
    ``table``; ``label_key`` names the row in the message (e.g. ``human_id``)."""
    checker = _CHECKERS.get(table.name)
    if checker is None or checker.table is not table:
        checker = _CHECKERS[table.name] = RowChecker(table)
    errors: list[FieldError] = []
    for row in rows:
        errors += checker.problems(row, row.get(label_key) if label_key else None)
        if len(errors) >= 20:
            break
    if errors:
        raise ValidationError(errors, what="value for the database")
