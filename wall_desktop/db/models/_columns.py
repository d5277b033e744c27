"""Small helpers for column declarations shared by the model modules."""

from __future__ import annotations

import enum
from typing import Any

from sqlalchemy import Enum, ForeignKey, Index, Integer, MetaData, text
from sqlalchemy.orm import mapped_column


def enum_column(kind: type[enum.StrEnum], **kw: Any) -> Any:
    """An enum stored as its value in a plain string column (portable, readable)."""
    return mapped_column(
        Enum(
            kind,
            native_enum=False,
            create_constraint=False,
            length=20,
            values_callable=lambda members: [m.value for m in members],
        ),
        **kw,
    )


def fk(
    target: str, *, nullable: bool = False, ondelete: str = "RESTRICT", index: bool = True
) -> Any:
    """An integer foreign key; deletes are soft, so the database refuses hard ones."""
    return mapped_column(
        Integer, ForeignKey(target, ondelete=ondelete), nullable=nullable, index=index
    )


_LIVE = "deleted_at IS NULL"


def partial_index(name: str, *cols: str, where: str, unique: bool = False) -> Index:
    """An index of the rows matching ``where`` (SQL on this table's columns).

    The condition is written for SQLite here and for PostgreSQL by
    ``add_postgresql_conditions`` once a PostgreSQL engine is made: naming a
    dialect's option loads that dialect, 30 ms of modules at every start.
    """
    return Index(name, *cols, unique=unique, sqlite_where=text(where), info={"where": where})


def live_unique(name: str, *cols: str) -> Index:
    """Unique among rows not soft-deleted (a deleted row may be re-created)."""
    return partial_index(name, *cols, where=_LIVE, unique=True)


def add_postgresql_conditions(metadata: MetaData) -> None:
    """Give the partial indexes their PostgreSQL condition too."""
    for table in metadata.tables.values():
        for index in table.indexes:
            if "where" in index.info:
                index.dialect_kwargs["postgresql_where"] = text(index.info["where"])
