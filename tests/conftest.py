"""Shared fixtures: a fresh database built through the migrations, and its context."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from wall_desktop.app import open_database
from wall_desktop.db.session import Database
from wall_desktop.i18n import set_language
from wall_desktop.services.context import Context


@pytest.fixture(autouse=True)
def _isolated_settings(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Never read or write the developer's own settings or databases."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("WALL_DESKTOP_CONFIG_DIR", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config-xdg"))
    monkeypatch.delenv("WALL_DESKTOP_DB", raising=False)
    monkeypatch.delenv("WALL_DESKTOP_LANG", raising=False)
    monkeypatch.delenv("WALL_DESKTOP_OPERATOR", raising=False)
    set_language("pl")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "wall.sqlite"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = open_database(db_path)
    yield database
    database.dispose()


@pytest.fixture
def ctx(db: Database) -> Context:
    return Context(db=db, operator="Tester")
