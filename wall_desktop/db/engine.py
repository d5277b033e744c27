"""Engines for the user's database: where it lives and how every connection is set up."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url

DB_ENV = "WALL_DESKTOP_DB"
BUSY_TIMEOUT_MS = 5000

# Every SQLite connection gets these, and a test checks each one the pool hands out.
SQLITE_PRAGMAS: dict[str, str] = {
    "foreign_keys": "ON",
    "journal_mode": "WAL",
    "synchronous": "FULL",
    "busy_timeout": str(BUSY_TIMEOUT_MS),
    "secure_delete": "ON",
}


def default_database_path() -> Path:
    """The user's own database, in the platform's data folder."""
    from platformdirs import user_data_path

    return user_data_path("wall-desktop", appauthor=False) / "wall.sqlite"


def resolve_url(target: str | os.PathLike[str] | None = None) -> URL:
    """Turn ``--db``, ``WALL_DESKTOP_DB`` or the default into a database URL.

    A value containing ``://`` is taken as a full SQLAlchemy URL; anything
    else is a path to an SQLite file.
    """
    raw = os.fspath(target) if target is not None else os.environ.get(DB_ENV) or None
    if raw is None:
        return _sqlite_url(default_database_path())
    if "://" in raw:
        return make_url(raw)
    return _sqlite_url(Path(raw).expanduser())


def _sqlite_url(path: Path) -> URL:
    return URL.create("sqlite+pysqlite", database=str(path.absolute()))


def read_only_url(path: Path, *, immutable: bool = False) -> URL:
    """An SQLite URL that opens ``path`` read-only (``immutable`` for read-only media
    without the WAL's side files, where SQLite could not create them)."""
    query = {"mode": "ro", "uri": "true"}
    if immutable:
        query["immutable"] = "1"
    return URL.create(
        "sqlite+pysqlite", database=f"file:{quote(str(path.absolute()))}", query=query
    )


def sqlite_path(url: URL) -> Path | None:
    """The file behind an SQLite URL (None for memory or server databases)."""
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    if url.query.get("uri") == "true" and url.database.startswith("file:"):
        return Path(unquote(url.database.removeprefix("file:")))
    return Path(url.database)


def make_engine(url: URL, **kwargs: Any) -> Engine:
    """An engine whose connections carry the project's pragmas and transaction mode."""
    engine = create_engine(url, **kwargs)
    if url.get_backend_name() == "sqlite":
        _configure_sqlite(engine)
    elif url.get_backend_name() == "postgresql":
        import wall_desktop.db.models  # noqa: F401  (every table in the metadata)
        from wall_desktop.db.base import Base
        from wall_desktop.db.models._columns import add_postgresql_conditions

        add_postgresql_conditions(Base.metadata)
    return engine


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event issue BEGIN, so a writer can say IMMEDIATE.
        dbapi_conn.isolation_level = None
        cursor = dbapi_conn.cursor()
        for name, value in SQLITE_PRAGMAS.items():
            cursor.execute(f"PRAGMA {name}={value}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # A unit of work that writes takes the write lock up front, so it never
        # fails half-way with "database is locked" after reading.
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")


def write_engine(engine: Engine) -> Engine:
    """The same pool, with transactions that begin IMMEDIATE on SQLite."""
    if engine.dialect.name == "sqlite":
        return engine.execution_options(sqlite_begin="IMMEDIATE")
    return engine
