"""Writing "not the same event": a pair of incidents never proposed as duplicates again.

Through the access policy like every write; one row per pair whichever way it
was named (store/duplicates.py reads them). A pair dismissed twice keeps who
dismissed it first. Bundles carry dismissals (exchange/collect.py), and a
received one is added here the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sahel_desk.errors import InputError
from sahel_desk.model import DuplicateDismissal, Incident, utcnow
from sahel_desk.storage.fit import check_rows
from sahel_desk.store import policy
from sahel_desk.store.duplicates import pair_key
from sahel_desk.text.message import Text


@dataclass(frozen=True)
class DismissalRecord:
    incident_a: str
    incident_b: str
    dismissed_by: str
    dismissed_at: datetime
    reason: str | None
    #: False when the pair was already dismissed (by ``dismissed_by``)
    new: bool = True


def _record(row: DuplicateDismissal, new: bool) -> DismissalRecord:
    return DismissalRecord(row.incident_a, row.incident_b, row.dismissed_by, row.dismissed_at,
                           row.reason, new)


def dismiss(session: Session, a: Incident, b: Incident, *, user: str,
            reason: str | None = None) -> DismissalRecord:
    """Record that ``a`` and ``b`` are not the same event."""
    if a.id == b.id:
        raise InputError(Text("{incident} is one incident: name two to mark them as not the "
                              "same event.", incident=a.human_id))
    policy.require(session, user, policy.Action.DISMISS_DUPLICATE,
                   Text("mark {a} and {b} as not the same event", a=a.human_id,
                        b=b.human_id))
    first, second = pair_key(a.id, b.id)
    existing = session.get(DuplicateDismissal, (first, second))
    if existing is not None:
        return _record(existing, new=False)
    now = utcnow()
    row = {"incident_a": first, "incident_b": second, "dismissed_by": user,
           "dismissed_at": now, "recorded_at": now, "reason": reason or None}
    check_rows(DuplicateDismissal.__table__, [row])
    dismissal = DuplicateDismissal(**row)
    session.add(dismissal)
    session.flush()
    return _record(dismissal, new=True)


def unknown(session: Session, rows: list[dict[str, Any]]) -> int:
    """How many of these pairs this desk has not dismissed yet."""
    return len(_new(session, rows))


def _new(session: Session, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    found: dict[tuple[str, str], dict[str, Any]] = {}
    for row in rows:
        first, second = pair_key(str(row["incident_a"]), str(row["incident_b"]))
        if (first, second) in found or first == second:
            continue
        if session.get(DuplicateDismissal, (first, second)) is None:
            found[first, second] = {**row, "incident_a": first, "incident_b": second}
    return list(found.values())


def receive(session: Session, rows: list[dict[str, Any]]) -> int:
    """Dismissals another desk sent (checked: exchange/schema.py): those this desk lacks
    are added as they were made there (who, when, why), stored now; returns how many. A
    dismissal is open to anyone (policy.Action.DISMISS_DUPLICATE); the import itself was
    allowed."""
    new = _new(session, rows)
    fields = ("incident_a", "incident_b", "dismissed_by", "dismissed_at", "reason")
    now = utcnow()
    values = [{**{name: row.get(name) for name in fields}, "recorded_at": now}
              for row in new]
    check_rows(DuplicateDismissal.__table__, values)
    session.add_all(DuplicateDismissal(**row) for row in values)
    session.flush()
    return len(values)


def since(session: Session, moment: datetime | None) -> list[DuplicateDismissal]:
    """Dismissals this desk stored at or after ``moment`` (all when None), made here or
    received (a bundle forwards both), oldest first."""
    stmt = select(DuplicateDismissal)
    if moment is not None:
        stmt = stmt.where(DuplicateDismissal.recorded_at >= moment)
    return list(session.scalars(stmt.order_by(DuplicateDismissal.recorded_at,
                                              DuplicateDismissal.incident_a)))
