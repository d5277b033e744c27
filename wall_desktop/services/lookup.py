"""Finding records by the names a user types: an integer id, a UUID, or a name."""

from __future__ import annotations

import uuid
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from wall_desktop.db.base import Tracked
from wall_desktop.i18n import _
from wall_desktop.services.errors import NotFound

T = TypeVar("T", bound=Tracked)


def by_ref(session: Session, model: type[T], ref: str | int) -> T:
    """The live row whose id or UUID is ``ref``; ``NotFound`` otherwise."""
    text = str(ref).strip()
    row: T | None = None
    if text.isdigit():
        row = session.execute(select(model).where(model.id == int(text))).scalar_one_or_none()
    else:
        try:
            key = uuid.UUID(text)
        except ValueError:
            key = None
        if key is not None:
            row = session.execute(select(model).where(model.uuid == key)).scalar_one_or_none()
    if row is None:
        raise NotFound(_("No record with id or UUID “{ref}”").format(ref=text))
    return row
