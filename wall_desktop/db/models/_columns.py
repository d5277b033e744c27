"""Small helpers for column declarations shared by the model modules."""

from __future__ import annotations

import enum
from typing import Any

from sqlalchemy import Enum, ForeignKey, Index, Integer, text
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


def live_unique(name: str, *cols: str) -> Index:
    """Unique among rows not soft-deleted (a deleted row may be re-created)."""
    return Index(
        name,
        *cols,
        unique=True,
        sqlite_where=text("deleted_at IS NULL"),
        postgresql_where=text("deleted_at IS NULL"),
    )
