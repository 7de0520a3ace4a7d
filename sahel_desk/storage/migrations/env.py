"""Alembic environment: always run on a connection handed in by Sahel Desk."""

from alembic import context

from sahel_desk.model import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Sahel Desk migrations run through sahel_desk.storage.migrate")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
