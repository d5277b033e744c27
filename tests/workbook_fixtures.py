"""The demo database, built once per test module, for the workbook and table tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from wall_desktop.services.context import Context


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from wall_desktop.app import open_database
    from wall_desktop.services.demo import fill_demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    db = open_database(path)
    fill_demo(Context(db, "Tester"))
    db.dispose()
    return path


@pytest.fixture
def demo_ctx(demo_path: Path) -> Iterator[Context]:
    from wall_desktop.app import open_database

    ctx = Context(open_database(demo_path), "Zofia Żółkiewska")
    yield ctx
    ctx.db.dispose()
