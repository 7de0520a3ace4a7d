"""Finding duplicates: the pairs a person said are not the same event, and an index
the search for candidates walks (a country's days in order, with coordinates and
precisions).

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "duplicate_dismissal",
        sa.Column("incident_a", sa.String(length=36), nullable=False),
        sa.Column("incident_b", sa.String(length=36), nullable=False),
        sa.Column("dismissed_by", sa.String(length=100), nullable=False),
        sa.Column("dismissed_at", sa.DateTime(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("incident_a", "incident_b",
                                name=op.f("pk_duplicate_dismissal")),
    )
    op.create_index(op.f("ix_duplicate_dismissal_incident_b"), "duplicate_dismissal",
                    ["incident_b"])
    op.create_index("ix_incident_duplicate_block", "incident",
                    ["country_code", "event_date", "latitude", "longitude", "geo_precision",
                     "time_precision", "event_date_end", "admin1", "id"])


def downgrade() -> None:
    op.drop_index("ix_incident_duplicate_block", table_name="incident")
    op.drop_index(op.f("ix_duplicate_dismissal_incident_b"), table_name="duplicate_dismissal")
    op.drop_table("duplicate_dismissal")
