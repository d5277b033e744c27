"""Tables about the database itself: its identity, its operators and its change log."""

import uuid
from datetime import datetime

from sqlalchemy import BigInteger, Boolean, DateTime, Integer, String, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from wall_desktop.db.base import Base, Tracked, utcnow


class DatabaseInfo(Base):
    """One row: the database's own id and its change counter.

    The counter orders changes across laptops whose clocks disagree; it is
    bumped once per flush and stamped on every row written by that flush.
    """

    __tablename__ = "database_info"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    database_uuid: Mapped[uuid.UUID] = mapped_column(Uuid, default=uuid.uuid4)
    change_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    is_demo: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class Operator(Tracked, Base):
    """Who is working at this laptop: a name picked at start, no password."""

    __tablename__ = "operator"

    name: Mapped[str] = mapped_column(String(120), unique=True)
    last_used_at: Mapped[datetime | None] = mapped_column(DateTime)


class ChangeLog(Base):
    """Append-only audit trail: which row changed, how, by whom, at which counter value.

    A log entry is never edited or deleted, so it carries no row version or
    soft-delete mark of its own.  Entries are only appended, one transaction at
    a time, so ``id`` follows ``change_seq``: what changed after an entry is
    ``id > that entry's id``.  No other index: every write appends here.
    """

    __tablename__ = "change_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    change_seq: Mapped[int] = mapped_column(BigInteger)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    operator: Mapped[str | None] = mapped_column(String(120))
    table_name: Mapped[str] = mapped_column(String(60))
    row_uuid: Mapped[uuid.UUID] = mapped_column(Uuid)
    action: Mapped[str] = mapped_column(String(10))
    detail: Mapped[str | None] = mapped_column(String(500))
