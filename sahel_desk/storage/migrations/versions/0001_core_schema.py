"""Core schema: incidents with actors, tags, sources and claims; actors,
places, field-level history and comments.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "actor",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("actor_type", sa.Integer(), nullable=False),
        sa.Column("parent_id", sa.String(length=36), nullable=True),
        sa.Column("valid_from", sa.Date(), nullable=True),
        sa.Column("valid_to", sa.Date(), nullable=True),
        sa.Column("country", sa.String(length=3), nullable=True),
        sa.Column("family", sa.String(length=300), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("merged_into_id", sa.String(length=36), nullable=True),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["merged_into_id"], ["actor.id"], name=op.f("fk_actor_merged_into_id_actor")
        ),
        sa.ForeignKeyConstraint(["parent_id"], ["actor.id"], name=op.f("fk_actor_parent_id_actor")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_actor")),
        sa.UniqueConstraint("name", name=op.f("uq_actor_name")),
    )
    with op.batch_alter_table("actor", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_actor_family"), ["family"], unique=False)
        batch_op.create_index(batch_op.f("ix_actor_parent_id"), ["parent_id"], unique=False)

    op.create_table(
        "history",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("change_id", sa.String(length=36), nullable=False),
        sa.Column("incident_id", sa.String(length=36), nullable=True),
        sa.Column("entity", sa.String(length=20), nullable=False),
        sa.Column("entity_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=60), nullable=False),
        sa.Column("old_value", sa.Text(), nullable=True),
        sa.Column("new_value", sa.Text(), nullable=True),
        sa.Column("user", sa.String(length=100), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_history")),
    )
    with op.batch_alter_table("history", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_history_change_id"), ["change_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_history_entity_id"), ["entity_id"], unique=False)
        batch_op.create_index("ix_history_incident_at", ["incident_id", "id"], unique=False)

    op.create_table(
        "place",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("geonames_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("ascii_name", sa.String(length=200), nullable=False),
        sa.Column("country_code", sa.String(length=2), nullable=False),
        sa.Column("admin1", sa.String(length=200), nullable=True),
        sa.Column("admin2", sa.String(length=200), nullable=True),
        sa.Column("admin3", sa.String(length=200), nullable=True),
        sa.Column("latitude", sa.Float(), nullable=False),
        sa.Column("longitude", sa.Float(), nullable=False),
        sa.Column("feature_class", sa.String(length=1), nullable=True),
        sa.Column("feature_code", sa.String(length=10), nullable=True),
        sa.Column("population", sa.Integer(), nullable=False),
        sa.Column("origin", sa.String(length=10), nullable=False),
        sa.Column("added_by", sa.String(length=100), nullable=True),
        sa.Column("edited", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_place")),
        sa.UniqueConstraint("geonames_id", name=op.f("uq_place_geonames_id")),
    )
    with op.batch_alter_table("place", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_place_admin1"), ["admin1"], unique=False)
        batch_op.create_index(batch_op.f("ix_place_country_code"), ["country_code"], unique=False)

    op.create_table(
        "actor_alias",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("actor_id", sa.String(length=36), nullable=False),
        sa.Column("alias", sa.String(length=300), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=True),
        sa.Column("folded", sa.String(length=300), nullable=False),
        sa.ForeignKeyConstraint(
            ["actor_id"],
            ["actor.id"],
            name=op.f("fk_actor_alias_actor_id_actor"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_actor_alias")),
    )
    with op.batch_alter_table("actor_alias", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_actor_alias_actor_id"), ["actor_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_actor_alias_folded"), ["folded"], unique=False)

    op.create_table(
        "incident",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("human_id", sa.String(length=40), nullable=False),
        sa.Column("acled_event_id", sa.String(length=40), nullable=True),
        sa.Column("acled_timestamp", sa.Integer(), nullable=True),
        sa.Column("event_date", sa.Date(), nullable=True),
        sa.Column("event_date_end", sa.Date(), nullable=True),
        sa.Column("time_precision", sa.Integer(), nullable=True),
        sa.Column("event_type", sa.String(length=60), nullable=True),
        sa.Column("sub_event_type", sa.String(length=60), nullable=True),
        sa.Column("place_id", sa.String(length=36), nullable=True),
        sa.Column("geo_precision", sa.Integer(), nullable=True),
        sa.Column("near", sa.Boolean(), nullable=False),
        sa.Column("fatalities", sa.Integer(), nullable=True),
        sa.Column("fatalities_low", sa.Integer(), nullable=True),
        sa.Column("fatalities_high", sa.Integer(), nullable=True),
        sa.Column("injured", sa.Integer(), nullable=True),
        sa.Column("kidnapped", sa.Integer(), nullable=True),
        sa.Column("arrested", sa.Integer(), nullable=True),
        sa.Column("attack_type", sa.String(length=60), nullable=True),
        sa.Column("target_type", sa.String(length=60), nullable=True),
        sa.Column("weapon_type", sa.String(length=60), nullable=True),
        sa.Column("suicide", sa.Boolean(), nullable=True),
        sa.Column("property_damage", sa.String(length=10), nullable=True),
        sa.Column("seized_vehicles", sa.Integer(), nullable=True),
        sa.Column("seized_weapons", sa.Integer(), nullable=True),
        sa.Column("items_seized", sa.Text(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["place_id"], ["place.id"], name=op.f("fk_incident_place_id_place")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incident")),
        sa.UniqueConstraint("acled_event_id", name=op.f("uq_incident_acled_event_id")),
        sa.UniqueConstraint("human_id", name=op.f("uq_incident_human_id")),
    )
    with op.batch_alter_table("incident", schema=None) as batch_op:
        batch_op.create_index("ix_incident_event_date", ["event_date"], unique=False)
        batch_op.create_index(batch_op.f("ix_incident_event_type"), ["event_type"], unique=False)
        batch_op.create_index(batch_op.f("ix_incident_place_id"), ["place_id"], unique=False)
        batch_op.create_index("ix_incident_status_date", ["status", "event_date"], unique=False)

    op.create_table(
        "place_name",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("place_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("folded", sa.String(length=300), nullable=False),
        sa.ForeignKeyConstraint(
            ["place_id"],
            ["place.id"],
            name=op.f("fk_place_name_place_id_place"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_place_name")),
    )
    with op.batch_alter_table("place_name", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_place_name_folded"), ["folded"], unique=False)
        batch_op.create_index(batch_op.f("ix_place_name_place_id"), ["place_id"], unique=False)

    op.create_table(
        "claim",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("incident_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("claimant_id", sa.String(length=36), nullable=True),
        sa.Column("channel", sa.String(length=60), nullable=True),
        sa.Column("original_text", sa.Text(), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=True),
        sa.Column("translation", sa.Text(), nullable=True),
        sa.Column("date_written", sa.String(length=100), nullable=True),
        sa.Column("claim_date", sa.Date(), nullable=True),
        sa.Column("killed", sa.Integer(), nullable=True),
        sa.Column("wounded", sa.Integer(), nullable=True),
        sa.Column("vehicles_seized", sa.Integer(), nullable=True),
        sa.Column("weapons_seized", sa.Integer(), nullable=True),
        sa.Column("competing", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["claimant_id"], ["actor.id"], name=op.f("fk_claim_claimant_id_actor")
        ),
        sa.ForeignKeyConstraint(
            ["incident_id"],
            ["incident.id"],
            name=op.f("fk_claim_incident_id_incident"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_claim")),
    )
    with op.batch_alter_table("claim", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_claim_claimant_id"), ["claimant_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_claim_incident_id"), ["incident_id"], unique=False)

    op.create_table(
        "comment",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("incident_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=60), nullable=True),
        sa.Column("parent_id", sa.String(length=36), nullable=True),
        sa.Column("user", sa.String(length=100), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("resolved", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["incident_id"],
            ["incident.id"],
            name=op.f("fk_comment_incident_id_incident"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["parent_id"],
            ["comment.id"],
            name=op.f("fk_comment_parent_id_comment"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_comment")),
    )
    with op.batch_alter_table("comment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_comment_incident_id"), ["incident_id"], unique=False)

    op.create_table(
        "incident_actor",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("incident_id", sa.String(length=36), nullable=False),
        sa.Column("actor_id", sa.String(length=36), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["actor_id"], ["actor.id"], name=op.f("fk_incident_actor_actor_id_actor")
        ),
        sa.ForeignKeyConstraint(
            ["incident_id"],
            ["incident.id"],
            name=op.f("fk_incident_actor_incident_id_incident"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incident_actor")),
        sa.UniqueConstraint(
            "incident_id", "role", "position", name=op.f("uq_incident_actor_incident_id")
        ),
    )
    with op.batch_alter_table("incident_actor", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_incident_actor_actor_id"), ["actor_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_incident_actor_incident_id"), ["incident_id"], unique=False
        )

    op.create_table(
        "incident_tag",
        sa.Column("incident_id", sa.String(length=36), nullable=False),
        sa.Column("tag", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(
            ["incident_id"],
            ["incident.id"],
            name=op.f("fk_incident_tag_incident_id_incident"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("incident_id", "tag", name=op.f("pk_incident_tag")),
    )
    op.create_table(
        "source",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("incident_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("publication", sa.String(length=300), nullable=False),
        sa.Column("author", sa.String(length=300), nullable=True),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("published", sa.Date(), nullable=True),
        sa.Column("language", sa.String(length=8), nullable=True),
        sa.Column("source_scale", sa.String(length=60), nullable=True),
        sa.Column("reliability", sa.String(length=10), nullable=True),
        sa.Column("citation", sa.Text(), nullable=True),
        sa.Column("killed", sa.Integer(), nullable=True),
        sa.Column("injured", sa.Integer(), nullable=True),
        sa.Column("kidnapped", sa.Integer(), nullable=True),
        sa.Column("arrested", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["incident_id"],
            ["incident.id"],
            name=op.f("fk_source_incident_id_incident"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_source")),
    )
    with op.batch_alter_table("source", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_source_incident_id"), ["incident_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("source", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_source_incident_id"))

    op.drop_table("source")
    op.drop_table("incident_tag")
    with op.batch_alter_table("incident_actor", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_incident_actor_incident_id"))
        batch_op.drop_index(batch_op.f("ix_incident_actor_actor_id"))

    op.drop_table("incident_actor")
    with op.batch_alter_table("comment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_comment_incident_id"))

    op.drop_table("comment")
    with op.batch_alter_table("claim", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_claim_incident_id"))
        batch_op.drop_index(batch_op.f("ix_claim_claimant_id"))

    op.drop_table("claim")
    with op.batch_alter_table("place_name", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_place_name_place_id"))
        batch_op.drop_index(batch_op.f("ix_place_name_folded"))

    op.drop_table("place_name")
    with op.batch_alter_table("incident", schema=None) as batch_op:
        batch_op.drop_index("ix_incident_status_date")
        batch_op.drop_index(batch_op.f("ix_incident_place_id"))
        batch_op.drop_index(batch_op.f("ix_incident_event_type"))
        batch_op.drop_index("ix_incident_event_date")

    op.drop_table("incident")
    with op.batch_alter_table("actor_alias", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_actor_alias_folded"))
        batch_op.drop_index(batch_op.f("ix_actor_alias_actor_id"))

    op.drop_table("actor_alias")
    with op.batch_alter_table("place", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_place_country_code"))
        batch_op.drop_index(batch_op.f("ix_place_admin1"))

    op.drop_table("place")
    with op.batch_alter_table("history", schema=None) as batch_op:
        batch_op.drop_index("ix_history_incident_at")
        batch_op.drop_index(batch_op.f("ix_history_entity_id"))
        batch_op.drop_index(batch_op.f("ix_history_change_id"))

    op.drop_table("history")
    with op.batch_alter_table("actor", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_actor_parent_id"))

    op.drop_table("actor")
