"""Exchange between desks: this desk's signing identity, its peers, and the
conflicts that merging their changes left for a reviewer.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "desk_identity",
        sa.Column("desk_id", sa.String(length=36), nullable=False),
        sa.Column("private_key", sa.LargeBinary(), nullable=False),
        sa.Column("public_key", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("desk_id", name=op.f("pk_desk_identity")),
    )
    op.create_table(
        "exchange_peer",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("desk_id", sa.String(length=36), nullable=True),
        sa.Column("public_key", sa.LargeBinary(), nullable=True),
        sa.Column("sent_history_id", sa.Integer(), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=True),
        sa.Column("received_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_peer")),
        sa.UniqueConstraint("desk_id", name=op.f("uq_exchange_peer_desk_id")),
        sa.UniqueConstraint("name", name=op.f("uq_exchange_peer_name")),
    )
    op.create_table(
        "conflict",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("incident_id", sa.String(length=36), nullable=False),
        sa.Column("part", sa.String(length=20), nullable=False),
        sa.Column("path", sa.String(length=200), nullable=False),
        sa.Column("base_value", sa.Text(), nullable=True),
        sa.Column("local_value", sa.Text(), nullable=True),
        sa.Column("remote_value", sa.Text(), nullable=True),
        sa.Column("remote_user", sa.String(length=100), nullable=True),
        sa.Column("remote_desk", sa.String(length=100), nullable=True),
        sa.Column("remote_at", sa.DateTime(), nullable=True),
        sa.Column("found_at", sa.DateTime(), nullable=False),
        sa.Column("resolved_by", sa.String(length=100), nullable=True),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("resolution", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conflict")),
    )
    op.create_index(op.f("ix_conflict_incident_id"), "conflict", ["incident_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_conflict_incident_id"), table_name="conflict")
    op.drop_table("conflict")
    op.drop_table("exchange_peer")
    op.drop_table("desk_identity")
