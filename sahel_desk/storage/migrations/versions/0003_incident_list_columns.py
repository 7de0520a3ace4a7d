"""Names shown and sorted in the incident list, kept on the incident itself.

Sorting 100,000 incidents by an actor's or a place's name through joins costs
a second per page; copies on the incident row, indexed, cost milliseconds.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

COLUMNS = ("list_actor1", "list_actor2", "list_location", "list_admin1", "list_country")


def upgrade() -> None:
    with op.batch_alter_table("incident") as batch_op:
        for name in COLUMNS:
            size = 2 if name == "list_country" else 300
            batch_op.add_column(sa.Column(name, sa.String(length=size), nullable=True))
        for name in COLUMNS:
            batch_op.create_index(f"ix_incident_{name}", [name], unique=False)
    from sahel_desk.store.list_columns import refresh_list_columns

    refresh_list_columns(op.get_bind())


def downgrade() -> None:
    with op.batch_alter_table("incident") as batch_op:
        for name in COLUMNS:
            batch_op.drop_index(f"ix_incident_{name}")
            batch_op.drop_column(name)
