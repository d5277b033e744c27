"""Alembic environment: always run from code, on a connection the program hands over."""

from __future__ import annotations

from alembic import context

from wall_desktop.db import models  # noqa: F401 - registers every table on the metadata
from wall_desktop.db.base import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
