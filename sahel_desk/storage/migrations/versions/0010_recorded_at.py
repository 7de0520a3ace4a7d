"""When this desk stored each comment and each "not the same event": a bundle sent
"since last time" forwards what was stored since, including what another desk sent,
whose own times (``at``, ``resolved_at``, ``dismissed_at``, kept as made) may be older
than the last sending. Rows stored before take their own latest time.

Revision ID: 0010
Revises: 0009
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

#: table -> the SQL expression of its rows' latest own time
_TABLES = {"duplicate_dismissal": "dismissed_at", "comment": "COALESCE(resolved_at, at)"}


def upgrade() -> None:
    for table, latest in _TABLES.items():
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("recorded_at", sa.DateTime(), nullable=True))
        op.execute(f"UPDATE {table} SET recorded_at = {latest}")
        with op.batch_alter_table(table) as batch:
            batch.alter_column("recorded_at", existing_type=sa.DateTime(), nullable=False)
            batch.create_index(f"ix_{table}_recorded_at", ["recorded_at"])


def downgrade() -> None:
    for table in _TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_index(f"ix_{table}_recorded_at")
            batch.drop_column("recorded_at")
