"""Names shown and sorted in the incident list, kept on the incident itself.

Sorting 100,000 incidents by an actor's or a place's name through joins costs
a second per page; copies on the incident row, indexed, cost milliseconds.

The backfill is a frozen copy of ``refresh_list_columns`` from
sahel_desk/store/list_columns.py as it was when this revision was written,
over table clauses of this revision's schema rather than the application's
models, so that later changes to either never change what this revision does.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

COLUMNS = ("list_actor1", "list_actor2", "list_location", "list_admin1", "list_country")

_incident = sa.table(
    "incident", sa.column("id"), sa.column("place_id"), *(sa.column(name) for name in COLUMNS))
_incident_actor = sa.table(
    "incident_actor", sa.column("incident_id"), sa.column("actor_id"), sa.column("role"),
    sa.column("position"))
_actor = sa.table("actor", sa.column("id"), sa.column("name"))
_place = sa.table(
    "place", sa.column("id"), sa.column("name"), sa.column("admin1"), sa.column("country_code"))


def _actor_name(role: str) -> sa.ScalarSelect:
    """The name of the incident's first actor in ``role`` (lowest position)."""
    return (
        sa.select(_actor.c.name)
        .join(_incident_actor, _incident_actor.c.actor_id == _actor.c.id)
        .where(sa.and_(_incident_actor.c.incident_id == _incident.c.id,
                       _incident_actor.c.role == role))
        .order_by(_incident_actor.c.position)
        .limit(1)
        .scalar_subquery()
    )


def _place_value(column: sa.ColumnClause) -> sa.ScalarSelect:
    return sa.select(column).where(_place.c.id == _incident.c.place_id).scalar_subquery()


def _backfill(conn: sa.Connection) -> None:
    """Copy actor, place, region and country names onto every incident, in one UPDATE."""
    conn.execute(_incident.update().values(
        list_actor1=_actor_name("actor1"),
        list_actor2=_actor_name("actor2"),
        list_location=_place_value(_place.c.name),
        list_admin1=_place_value(_place.c.admin1),
        list_country=_place_value(_place.c.country_code),
    ))


def upgrade() -> None:
    with op.batch_alter_table("incident") as batch_op:
        for name in COLUMNS:
            size = 2 if name == "list_country" else 300
            batch_op.add_column(sa.Column(name, sa.String(length=size), nullable=True))
        for name in COLUMNS:
            batch_op.create_index(f"ix_incident_{name}", [name], unique=False)
    _backfill(op.get_bind())


def downgrade() -> None:
    with op.batch_alter_table("incident") as batch_op:
        for name in COLUMNS:
            batch_op.drop_index(f"ix_incident_{name}")
            batch_op.drop_column(name)
