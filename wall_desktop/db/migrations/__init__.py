"""Alembic migrations of the WALL Desktop schema.

``HEAD`` names the newest revision so that start-up can tell whether a
migration is due without importing Alembic; a test keeps it equal to the
scripts' real head.
"""

HEAD = "0005"
