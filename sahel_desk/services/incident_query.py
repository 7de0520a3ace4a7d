"""Listing incidents: filters, sorting and paging done by the database.

The GUI's list, the CLI and exports all go through here, so a filter means the
same thing everywhere and a 100,000-incident desk stays fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import Select, exists, func, select

from sahel_desk.errors import InputError
from sahel_desk.model import Incident, IncidentActor, IncidentTag, PendingRevision
from sahel_desk.storage.portable import sort_key
from sahel_desk.store.records import IncidentFilter, IncidentRow, Page
from sahel_desk.store.state import resolve_search_scope
from sahel_desk.text.message import Text
from sahel_desk.text.normalize import fold

if TYPE_CHECKING:
    import pandas

    from sahel_desk.services.desk import Desk


SORT_COLUMNS = {
    "event_date": Incident.event_date,
    "human_id": Incident.human_id,
    "country": Incident.list_country,
    "admin1": Incident.list_admin1,
    "location": Incident.list_location,
    "event_type": Incident.event_type,
    "sub_event_type": Incident.sub_event_type,
    "actor1": Incident.list_actor1,
    "actor2": Incident.list_actor2,
    "fatalities": Incident.fatalities,
    "status": Incident.status,
    "updated_by": Incident.updated_by,
    "updated_at": Incident.updated_at,
}


def _row_select() -> Select:
    """List rows straight from the incident table: no joins, any sort is an index walk."""
    return select(
        Incident.id, Incident.human_id, Incident.event_date, Incident.event_date_end,
        Incident.list_country, Incident.list_admin1, Incident.list_location,
        Incident.event_type, Incident.sub_event_type, Incident.list_actor1,
        Incident.list_actor2, Incident.fatalities, Incident.status, Incident.updated_by,
        Incident.updated_at,
    )


class IncidentQueries:
    """Mixed into the incident service: the read side over many incidents."""

    def __init__(self, desk: Desk):
        self.desk = desk

    @property
    def _dialect(self) -> str:
        return self.desk.db.write_engine.dialect.name

    def _date_order(self) -> tuple[Any, ...]:
        """Date order, undated drafts first on every backend."""
        return (sort_key(Incident.event_date, dialect=self._dialect), Incident.human_id)

    def filtered(self, stmt: Select, flt: IncidentFilter, session) -> Select:
        conditions: list[Any] = []
        if flt.date_from:
            conditions.append(Incident.event_date >= flt.date_from)
        if flt.date_to:
            conditions.append(Incident.event_date <= flt.date_to)
        # the location as coded (its indexed copies), not the gazetteer's place
        if flt.country:
            from sahel_desk.reference.countries import by_name_or_code

            found = by_name_or_code(flt.country)
            if found is None:
                raise InputError(Text("Unknown country '{country}' (use a code like ML).",
                                      country=flt.country))
            conditions.append(Incident.list_country == found.iso2)
        if flt.admin1:
            conditions.append(func.lower(Incident.list_admin1) == flt.admin1.lower())
        if flt.actor:
            scope = resolve_search_scope(session, flt.actor)
            if not scope:
                raise InputError(Text("No actor is called '{actor}'.", actor=flt.actor))
            conditions.append(exists(
                select(IncidentActor.id).where(
                    IncidentActor.incident_id == Incident.id, IncidentActor.actor_id.in_(scope)
                )
            ))
        if flt.event_type:
            conditions.append(Incident.event_type == flt.event_type)
        if flt.sub_event_type:
            conditions.append(Incident.sub_event_type == flt.sub_event_type)
        if flt.statuses:
            conditions.append(Incident.status.in_(flt.statuses))
        if flt.tag:
            conditions.append(exists(select(IncidentTag.tag).where(
                IncidentTag.incident_id == Incident.id, IncidentTag.tag == flt.tag)))
        if flt.updated_by:
            conditions.append(Incident.updated_by == flt.updated_by)
        if flt.has_pending is not None:
            pending = exists(select(PendingRevision.id).where(
                PendingRevision.incident_id == Incident.id))
            conditions.append(pending if flt.has_pending else ~pending)
        if flt.text:
            for word in fold(flt.text).split():
                escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                conditions.append(Incident.search_text.like(f"%{escaped}%", escape="\\"))
        return stmt.where(*conditions) if conditions else stmt

    def query(
        self, flt: IncidentFilter | None = None, *, sort: str = "event_date",
        descending: bool = True, offset: int = 0, limit: int = 100,
    ) -> Page:
        """One page of list rows, sorted and filtered in the database."""
        flt = flt or IncidentFilter()
        if sort not in SORT_COLUMNS:
            raise InputError(Text("Cannot sort by '{sort}' (use {names}).",
                                  sort=sort, names=', '.join(SORT_COLUMNS)))
        column = SORT_COLUMNS[sort]
        order = [sort_key(column, descending=descending, dialect=self._dialect),
                 Incident.human_id]
        with self.desk.db.read() as session:
            stmt = self.filtered(_row_select(), flt, session)
            rows = session.execute(stmt.order_by(*order).offset(offset).limit(limit)).all()
            total = self._count(session, flt)
        return Page(tuple(IncidentRow(*row) for row in rows), total, offset, limit)

    def count(self, flt: IncidentFilter | None = None) -> int:
        with self.desk.db.read() as session:
            return self._count(session, flt or IncidentFilter())

    def _count(self, session, flt: IncidentFilter) -> int:
        stmt = self.filtered(select(func.count(Incident.id)).select_from(Incident), flt, session)
        return int(session.scalar(stmt) or 0)

    def ids(self, flt: IncidentFilter | None = None) -> list[str]:
        """Every matching id in date order: for exports and batch work."""
        with self.desk.db.read() as session:
            stmt = self.filtered(select(Incident.id), flt or IncidentFilter(), session)
            return list(session.scalars(stmt.order_by(*self._date_order())))

    def to_dataframe(self, flt: IncidentFilter | None = None) -> pandas.DataFrame:
        """The list rows of every matching incident as a pandas DataFrame."""
        import pandas as pd

        with self.desk.db.read() as session:
            stmt = self.filtered(_row_select(), flt or IncidentFilter(), session)
            rows = session.execute(stmt.order_by(*self._date_order())).all()
        frame = pd.DataFrame.from_records(rows, columns=list(IncidentRow.__dataclass_fields__))
        frame["event_date"] = pd.to_datetime(frame["event_date"])
        return frame
