"""When this desk stored each "not the same event": a bundle sent "since last time"
forwards the dismissals stored since, including those received from another desk,
whose own time (``dismissed_at``, kept as made) may be older than the last sending.
Dismissals stored before take their own time.

Revision ID: 0010
Revises: 0009
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("duplicate_dismissal") as batch:
        batch.add_column(sa.Column("recorded_at", sa.DateTime(), nullable=True))
    op.execute("UPDATE duplicate_dismissal SET recorded_at = dismissed_at")
    with op.batch_alter_table("duplicate_dismissal") as batch:
        batch.alter_column("recorded_at", existing_type=sa.DateTime(), nullable=False)
        batch.create_index("ix_duplicate_dismissal_recorded_at", ["recorded_at"])


def downgrade() -> None:
    with op.batch_alter_table("duplicate_dismissal") as batch:
        batch.drop_index("ix_duplicate_dismissal_recorded_at")
        batch.drop_column("recorded_at")
