"""Bringing a database's schema up to date.

Start-up reads ``alembic_version`` with plain SQL and imports Alembic only
when a migration is due.  Before migrating a database that holds data, a
copy is taken through SQLite's backup API next to it.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

from wall_desktop.db.engine import sqlite_path
from wall_desktop.db.migrations import HEAD

if TYPE_CHECKING:  # Alembic is imported only when a migration is due
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


class SchemaError(RuntimeError):
    """The database cannot be used by this version of the program."""


def current_revision(conn: Connection) -> str | None:
    if not inspect(conn).has_table("alembic_version"):
        return None
    row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
    return None if row is None else str(row[0])


def is_up_to_date(engine: Engine) -> bool:
    with engine.connect() as conn:
        return current_revision(conn) == HEAD


def upgrade(
    engine: Engine, revision: str = "head", *, backup_dir: Path | None = None
) -> Path | None:
    """Migrate to ``revision``; return the pre-migration backup, if one was taken."""
    with engine.connect() as conn:
        current = current_revision(conn)
        has_tables = bool(inspect(conn).get_table_names())
    if current is not None and current not in _known_revisions():
        raise SchemaError(
            f"the database has schema revision {current}, newer than this program knows"
        )
    if current is None and has_tables:
        raise SchemaError("the file holds tables that were not made by WALL Desktop")
    backup = None
    if current is not None:
        path = sqlite_path(engine.url)
        if path is not None:
            backup = backup_before_migration(path, current, backup_dir)
    _run_alembic(engine, revision)
    return backup


def backup_before_migration(path: Path, revision: str, folder: Path | None = None) -> Path:
    folder = folder or path.parent
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = folder / f"{path.stem}.before-migration-{revision}-{stamp}.sqlite"
    src = sqlite3.connect(path)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return target


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def _known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def _run_alembic(engine: Engine, revision: str) -> None:
    from alembic import command

    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
