"""SQL that means the same on SQLite and on PostgreSQL.

Where the two databases answer the same query differently, the services ask
here instead of writing the query themselves: SQLite's behaviour (the one the
desk was built on) is kept, and PostgreSQL is told to match it.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import ColumnElement, Integer, cast, func, literal, select
from sqlalchemy.engine import Connection
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.functions import FunctionElement

#: digits of a numbered id that fit a 32-bit integer
_MAX_DIGITS = 9


def dialect_name(bind: Session | Connection) -> str:
    """"sqlite" or "postgresql" (or another SQLAlchemy dialect's name)."""
    if isinstance(bind, Session):
        return bind.get_bind().dialect.name
    return bind.dialect.name


def sort_key(column: Any, *, descending: bool = False, dialect: str) -> ColumnElement:
    """An ORDER BY term that puts NULLs where SQLite does: first going up, last going
    down. PostgreSQL's default is the reverse (NULL sorts as the largest value), so
    undated drafts would jump from one end of a list or an export to the other."""
    key: ColumnElement[Any] = column.desc() if descending else column.asc()
    if dialect == "sqlite":
        return key  # already so; kept bare so that SQLite walks its indexes as before
    return key.nulls_last() if descending else key.nulls_first()


def last_number(bind: Session | Connection, column: Any, prefix: str) -> int:
    """The highest N of the values ``<prefix>N`` in ``column`` (0 when there is none):
    MLI-2017-0042 gives 42 for prefix MLI-2017-.

    SQLite's CAST reads '0042a' as 42 and never fails; PostgreSQL's refuses a
    non-number and stops the whole save. There only all-digit suffixes are counted.
    """
    stmt = (select(func.max(cast(func.substr(column, len(prefix) + 1), Integer)))
            .where(column.like(f"{prefix}%")))
    if dialect_name(bind) != "sqlite":
        stmt = stmt.where(column.regexp_match(f"^{re.escape(prefix)}[0-9]{{1,{_MAX_DIGITS}}}$"))
    return int(bind.scalar(stmt) or 0)


class days_after(FunctionElement[Any]):
    """``column`` moved by a whole number of days (negative: before), as a date that
    compares with the column's own values, so that an index on the column serves a
    range between two such bounds."""

    name = "days_after"
    inherit_cache = True

    def __init__(self, column: Any, days: int):
        # Both spellings are bound values (so compiled statements are shared): SQLite's
        # date() modifier, and PostgreSQL's number of days.
        super().__init__(column, literal(f"{int(days):+d} days"), literal(int(days)))


@compiles(days_after)
def _days_after_sqlite(element: days_after, compiler: Any, **kw: Any) -> str:
    column, modifier, _ = element.clauses
    return f"date({compiler.process(column, **kw)}, {compiler.process(modifier, **kw)})"


@compiles(days_after, "postgresql")
def _days_after_postgresql(element: days_after, compiler: Any, **kw: Any) -> str:
    column, _, days = element.clauses
    return f"({compiler.process(column, **kw)} + {compiler.process(days, **kw)})"
