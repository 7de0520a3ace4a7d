"""Each incident keeps its location as coded, beside its link to a gazetteer place.

Until now an incident held only a link to a place, so its location, admin units
and coordinates were whatever the gazetteer said at export time. The new columns
hold them on the incident; they are filled from each incident's place as it is
now, which is what every export showed until this revision. Pending revisions
(whole states kept as JSON) get the same values, so approving one later does not
clear its location. Places count changes to their location from here on.

Written over table clauses of this revision's schema, not the application's
models, so that later changes to either never change what it does.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

#: incident column -> place column
FROM_PLACE = {
    "location": "name", "country_code": "country_code", "admin1": "admin1",
    "admin2": "admin2", "admin3": "admin3", "latitude": "latitude", "longitude": "longitude",
}

_incident = sa.table("incident", sa.column("id"), sa.column("place_id"),
                     sa.column("place_version"), *(sa.column(name) for name in FROM_PLACE))
_place = sa.table("place", sa.column("id"), *(sa.column(name) for name in FROM_PLACE.values()))
_pending = sa.table("pending_revision", sa.column("id"), sa.column("state"))


def _place_value(name: str) -> sa.ScalarSelect:
    return sa.select(_place.c[name]).where(_place.c.id == _incident.c.place_id).scalar_subquery()


def _fill_pending(conn: sa.Connection) -> None:
    places: dict[str, dict[str, object]] = {}
    for row in conn.execute(sa.select(_place)):
        values = row._mapping
        places[values["id"]] = {key: values[column] for key, column in FROM_PLACE.items()}
    for pending_id, text in conn.execute(sa.select(_pending.c.id, _pending.c.state)).all():
        state = json.loads(text)
        place = places.get(state.get("place_id") or "")
        changed = False
        for key in FROM_PLACE:
            if key not in state:
                state[key] = place[key] if place else None
                changed = True
        if changed:
            conn.execute(_pending.update().where(_pending.c.id == pending_id).values(
                state=json.dumps(state, ensure_ascii=False, sort_keys=True)))


def upgrade() -> None:
    with op.batch_alter_table("incident") as batch_op:
        batch_op.add_column(sa.Column("location", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("country_code", sa.String(length=2), nullable=True))
        for name in ("admin1", "admin2", "admin3"):
            batch_op.add_column(sa.Column(name, sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("latitude", sa.Float(), nullable=True))
        batch_op.add_column(sa.Column("longitude", sa.Float(), nullable=True))
        batch_op.add_column(sa.Column("place_version", sa.Integer(), nullable=True))
    with op.batch_alter_table("place") as batch_op:
        batch_op.add_column(sa.Column("location_version", sa.Integer(), nullable=False,
                                      server_default="1"))
    conn = op.get_bind()
    conn.execute(_incident.update().where(_incident.c.place_id.is_not(None)).values(
        place_version=1, **{key: _place_value(column) for key, column in FROM_PLACE.items()}))
    _fill_pending(conn)


def downgrade() -> None:
    with op.batch_alter_table("place") as batch_op:
        batch_op.drop_column("location_version")
    with op.batch_alter_table("incident") as batch_op:
        for name in ("place_version", *FROM_PLACE):
            batch_op.drop_column(name)
