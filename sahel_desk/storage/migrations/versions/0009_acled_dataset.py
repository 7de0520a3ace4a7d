"""Which ACLED file an event was last read from: events read from one file were kept
apart by ACLED's editors, which the duplicates' score weighs. Events imported before
take the change id of the last ACLED import that wrote them.

Revision ID: 0009
Revises: 0008
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("incident") as batch:
        batch.add_column(sa.Column("acled_dataset", sa.String(length=36), nullable=True))
    op.execute(
        "UPDATE incident SET acled_dataset = ("
        " SELECT h.change_id FROM history h"
        " WHERE h.entity = 'incident' AND h.entity_id = incident.id"
        " AND h.reason LIKE 'ACLED import of %'"
        " ORDER BY h.id DESC LIMIT 1)"
        " WHERE acled_event_id IS NOT NULL")


def downgrade() -> None:
    with op.batch_alter_table("incident") as batch:
        batch.drop_column("acled_dataset")
