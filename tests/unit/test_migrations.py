"""Alembic owns the schema: head matches the models, old databases open with data intact."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import select

import wall_desktop.db.models  # noqa: F401 - fills the metadata
from wall_desktop.app import open_database
from wall_desktop.db.base import Base
from wall_desktop.db.engine import make_engine, resolve_url
from wall_desktop.db.migrate import alembic_config, upgrade
from wall_desktop.db.migrations import HEAD
from wall_desktop.db.models import Person, Programme
from wall_desktop.db.session import Database


def test_head_constant_is_the_scripts_head() -> None:
    assert ScriptDirectory.from_config(alembic_config()).get_current_head() == HEAD


def test_migrated_schema_equals_the_models(db: Database) -> None:
    with db.engine.connect() as conn:
        diff = compare_metadata(
            MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata
        )
    assert diff == []


def _database_at_first_revision(path: Path) -> None:
    engine = make_engine(resolve_url(path))
    upgrade(engine, "0001")
    engine.dispose()
    con = sqlite3.connect(path)
    con.execute(
        "INSERT INTO person (first_name, last_name, search_key, gender, uuid, row_version, "
        "change_seq, created_at, updated_at) VALUES ('Zofia', 'Żółć', 'zolc zofia', 'woman', "
        "'0123456789abcdef0123456789abcdef', 1, 1, '2022-02-01 10:00:00', '2022-02-01 10:00:00')"
    )
    con.execute(
        "INSERT INTO programme (name, start_date, end_date, default_grant, nominal_hours, "
        "certificate_threshold, minor_age, certificate_pattern, uuid, row_version, change_seq, "
        "created_at, updated_at) VALUES ('Pilotaż', '2020-03-01', '2020-12-31', 400000, 6000, "
        "8000, 18, 'ALL/{year}/{number:03d}', 'fedcba9876543210fedcba9876543210', 1, 2, "
        "'2020-03-01 10:00:00', '2020-03-01 10:00:00')"
    )
    con.commit()
    con.close()


def test_database_from_first_revision_opens_with_its_data_and_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    _database_at_first_revision(path)
    db = open_database(path)
    try:
        with db.read() as s:
            person = s.execute(select(Person)).scalar_one()
            programme = s.execute(select(Programme)).scalar_one()
        assert (person.first_name, person.last_name, person.search_key) == (
            "Zofia",
            "Żółć",
            "zolc zofia",
        )
        assert str(programme.default_grant) == "4000.00"
        assert programme.signing_public_key is None  # a column added by 0002
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == HEAD
            words = conn.exec_driver_sql("SELECT word FROM person_word ORDER BY word").all()
        assert [w for (w,) in words] == ["zofia", "zolc"]  # filled by 0005 for stored people
    finally:
        db.dispose()
    backups = list(tmp_path.glob("old.before-migration-0001-*.sqlite"))
    assert len(backups) == 1
    con = sqlite3.connect(backups[0])
    assert con.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    assert con.execute("SELECT last_name FROM person").fetchone() == ("Żółć",)
    con.close()


def test_start_up_does_not_import_alembic_when_up_to_date(db_path: Path) -> None:
    open_database(db_path).dispose()
    code = (
        "import sys; from wall_desktop.app import open_database; "
        f"open_database({str(db_path)!r}).dispose(); print('alembic' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_opening_sqlite_loads_no_postgresql_modules(db_path: Path) -> None:
    open_database(db_path).dispose()
    code = (
        "import sys; from wall_desktop.app import open_database; "
        f"open_database({str(db_path)!r}).dispose(); "
        "print(sorted(m for m in sys.modules if 'postgresql' in m or 'asyncpg' in m))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_partial_indexes_get_their_postgresql_condition() -> None:
    from sqlalchemy.dialects import postgresql
    from sqlalchemy.schema import CreateIndex

    from wall_desktop.db.base import Base
    from wall_desktop.db.models._columns import add_postgresql_conditions

    partial = [i for t in Base.metadata.tables.values() for i in t.indexes if "where" in i.info]
    assert len(partial) == 8
    add_postgresql_conditions(Base.metadata)
    for index in partial:
        ddl = str(CreateIndex(index).compile(dialect=postgresql.dialect()))
        assert ddl.endswith(f"WHERE {index.info['where']}")
        assert ddl.startswith("CREATE UNIQUE INDEX") == index.name.startswith("uq_")
