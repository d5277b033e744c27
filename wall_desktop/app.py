"""Composition root: settings, the database, and the services built on it."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy.exc import DatabaseError, OperationalError

from wall_desktop.db.engine import default_database_path, make_engine, resolve_url, sqlite_path
from wall_desktop.db.migrate import SchemaError, is_up_to_date, upgrade
from wall_desktop.db.session import Database
from wall_desktop.i18n import _
from wall_desktop.services.errors import StorageError

DEMO_FILE_NAME = "wall-demo.sqlite"


def demo_database_path() -> Path:
    """The demo database: its own file beside, never instead of, the user's database."""
    return default_database_path().with_name(DEMO_FILE_NAME)


def open_database(target: str | os.PathLike[str] | None = None, *, create: bool = True) -> Database:
    """Open (and if needed create or migrate) the database named by ``target``."""
    url = resolve_url(target)
    path = sqlite_path(url)
    if path is not None:
        if not path.exists() and not create:
            raise StorageError(_("Database file not found: {path}").format(path=path))
        if path.exists() and path.is_dir():
            raise StorageError(_("{path} is a folder, not a database file").format(path=path))
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StorageError(
                _("Cannot create the folder {path}: {error}").format(path=path.parent, error=exc)
            ) from exc
    engine = make_engine(url)
    try:
        if not is_up_to_date(engine):
            upgrade(engine)
    except SchemaError as exc:
        engine.dispose()
        raise StorageError(_("This file cannot be opened: {error}").format(error=exc)) from exc
    except (DatabaseError, OperationalError) as exc:
        engine.dispose()
        raise StorageError(
            _("{path} is not a WALL Desktop database or is damaged ({error})").format(
                path=path or url, error=exc.orig
            )
        ) from exc
    return Database(url, engine)
