"""Trust in other desks: each known desk's key fingerprint, the user its last bundle
named, and what its bundles may carry (none, researcher, reviewer, revoked), with
who decided and when.

A key pinned before this revision was trusted on first contact, which nobody
chose: it becomes "seen, not trusted", and an administrator trusts it again.

Revision ID: 0006
Revises: 0005
"""

import base64
import hashlib

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def _fingerprint(key: bytes) -> str:
    digest = hashlib.sha256(key).digest()
    return "SHA256:" + base64.b64encode(digest).decode("ascii").rstrip("=")


def upgrade() -> None:
    with op.batch_alter_table("exchange_peer") as batch_op:
        batch_op.add_column(sa.Column("fingerprint", sa.String(length=60), nullable=True))
        batch_op.add_column(sa.Column("last_user", sa.String(length=100), nullable=True))
        batch_op.add_column(sa.Column("trust", sa.String(length=20), nullable=False,
                                      server_default="none"))
        batch_op.add_column(sa.Column("trusted_by", sa.String(length=100), nullable=True))
        batch_op.add_column(sa.Column("trusted_at", sa.DateTime(), nullable=True))
        batch_op.create_unique_constraint(op.f("uq_exchange_peer_fingerprint"),
                                          ["fingerprint"])
    conn = op.get_bind()
    peer = sa.table("exchange_peer", sa.column("id", sa.Integer),
                    sa.column("public_key", sa.LargeBinary),
                    sa.column("fingerprint", sa.String))
    rows = conn.execute(sa.select(peer.c.id, peer.c.public_key)
                        .where(peer.c.public_key.is_not(None))).all()
    for peer_id, key in rows:
        conn.execute(peer.update().where(peer.c.id == peer_id)
                     .values(fingerprint=_fingerprint(bytes(key))))


def downgrade() -> None:
    with op.batch_alter_table("exchange_peer") as batch_op:
        batch_op.drop_constraint(op.f("uq_exchange_peer_fingerprint"), type_="unique")
        for name in ("trusted_at", "trusted_by", "trust", "last_user", "fingerprint"):
            batch_op.drop_column(name)
