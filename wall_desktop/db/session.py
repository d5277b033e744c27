"""The open database and its units of work.

``Database.read()`` and ``Database.write()`` are the only ways services reach
the data.  A write is one transaction that begins IMMEDIATE on SQLite, so a
user action is either wholly saved or not at all.  Flush hooks keep the
audit columns: the change counter, the operator, the times, the search key
and the change log; queries skip soft-deleted rows unless asked not to.

A hot path that writes with Core statements instead of ORM objects (one
attendance mark) keeps the same bookkeeping by hand through ``stamp`` and
``log_changes``, which the flush hook uses too; ``Database.write_core()``
gives it the same unit of work (write guard, BEGIN IMMEDIATE, commit or
rollback, error translation) on a bare connection, without an ORM session.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, cast

from sqlalchemy import (
    Connection,
    Engine,
    Executable,
    bindparam,
    delete,
    event,
    insert,
    inspect,
    text,
)
from sqlalchemy.engine import URL, Dialect
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker, with_loader_criteria
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import ClauseElement

from wall_desktop.db.base import Tracked, utcnow
from wall_desktop.db.engine import make_engine, sqlite_path, write_engine
from wall_desktop.db.models import ChangeLog, Person, PersonWord
from wall_desktop.text_keys import key_words, person_key, person_sort_key

INCLUDE_DELETED = "include_deleted"


class HardDeleteRefused(RuntimeError):
    """Rows are soft-deleted; removing one for good needs an explicit allowance."""


WriteGuard = Callable[[str | None], None]
ErrorTranslator = Callable[[BaseException], BaseException | None]


class Database:
    """An open database: its engine and the sessions services work in.

    The composition root may add a ``write_guard`` (called before every unit
    of work that writes: refuses on read-only media, takes the writer lock)
    and an ``error_translator`` (turns "disk full" into the user's message);
    ``read_only``, ``read_only_reason`` and ``warnings`` are for the GUI's banner.
    """

    def __init__(
        self,
        url: URL,
        engine: Engine | None = None,
        *,
        read_only: bool = False,
        read_only_reason: str | None = None,
        warnings: Sequence[Any] = (),
        write_guard: WriteGuard | None = None,
        error_translator: ErrorTranslator | None = None,
    ) -> None:
        self.url = url
        self.engine = engine if engine is not None else make_engine(url)
        self.read_only = read_only
        self.read_only_reason = read_only_reason
        self.warnings = tuple(warnings)
        self._write_guard = write_guard
        self._translate = error_translator
        self._on_dispose: list[Callable[[], None]] = []
        self._prepared: dict[Executable, Prepared] = {}
        self._core_lock = threading.Lock()
        self._core_pooled: Any = None  # the pooled connection write_core keeps (SQLite)
        self._read = sessionmaker(self.engine, expire_on_commit=False)
        self._write_engine = write_engine(self.engine)
        self._write = sessionmaker(self._write_engine, expire_on_commit=False)

    def on_dispose(self, callback: Callable[[], None]) -> None:
        """Run ``callback`` when the database is closed (releasing its writer lock)."""
        self._on_dispose.append(callback)

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.url)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; nothing it does is committed (closing rolls back)."""
        with self._read() as session:
            yield session

    @contextmanager
    def read_core(self) -> Iterator[Connection]:
        """``read()`` without an ORM session, for Core statements (soft-delete filters
        written out); one transaction, rolled back when the block ends."""
        with self.engine.connect() as conn:
            yield conn

    @contextmanager
    def write(self, operator: str | None, *, allow_hard_delete: bool = False) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back on any error."""
        if self._write_guard is not None:
            self._write_guard(operator)
        with self._write() as session:
            session.info["operator"] = operator
            session.info["allow_hard_delete"] = allow_hard_delete
            try:
                yield session
                session.commit()
            except BaseException as exc:
                try:
                    session.rollback()
                except Exception:
                    # After an I/O error SQLite may already have rolled back.
                    if self._translate is None:
                        raise
                translated = self._translate(exc) if self._translate is not None else None
                if translated is not None:
                    raise translated from exc
                raise

    @contextmanager
    def write_core(self, operator: str | None) -> Iterator[CoreWrite]:
        """``write()`` for Core statements: the same guard, transaction and errors, no ORM.

        The ORM session's set-up and commit cost more than a one-cell write
        itself; the flush hooks do not run here, so the caller stamps and logs
        its rows with ``stamp`` and ``log_changes``.  On SQLite the pooled
        driver connection is used as it is: BEGIN IMMEDIATE (what the write
        engine's begin hook says), the statements, COMMIT, or ROLLBACK on any
        error; its ``connection`` is None, so only ``run`` is available.
        """
        if self._write_guard is not None:
            self._write_guard(operator)
        try:
            if self.dialect == "sqlite":
                with self._driver_transaction() as driver:
                    yield CoreWrite(None, driver, operator, self.prepared)
            else:
                with self._write_engine.begin() as conn:
                    yield self._core(conn, operator)
        except BaseException as exc:
            translated = self._translate(exc) if self._translate is not None else None
            if translated is not None:
                raise translated from exc
            raise

    @contextmanager
    def _driver_transaction(self) -> Iterator[Any]:
        # One connection is kept for these writes: a checkout from the pool and
        # its return (with the pool's reset) cost about a tenth of a one-cell save.
        # A second thread writing meanwhile takes one from the pool as before.
        if not self._core_lock.acquire(blocking=False):
            pooled = self._write_engine.raw_connection()
            try:
                yield from self._driver_work(pooled.driver_connection)
            finally:
                pooled.close()  # back to the pool
            return
        try:
            if self._core_pooled is None:
                self._core_pooled = self._write_engine.raw_connection()
            try:
                yield from self._driver_work(self._core_pooled.driver_connection)
            except BaseException:
                self._release_core()  # after a failure, start afresh from the pool
                raise
        finally:
            self._core_lock.release()

    def _driver_work(self, driver: Any) -> Iterator[Any]:
        assert driver is not None
        driver.execute("BEGIN IMMEDIATE")
        try:
            yield driver
            driver.execute("COMMIT")
        except BaseException:
            try:
                if driver.in_transaction:
                    driver.execute("ROLLBACK")
            except Exception:
                # After an I/O error SQLite may already have rolled back.
                if self._translate is None:
                    raise
            raise

    def _release_core(self) -> None:
        held, self._core_pooled = self._core_pooled, None
        if held is not None:
            held.close()  # back to the pool, which rolls back anything left

    def core(self, session: Session) -> CoreWrite:
        """A unit of work of ``write()`` seen as a ``CoreWrite`` (for batches of Core writes)."""
        return self._core(session.connection(), session.info.get("operator"))

    def _core(self, conn: Connection, operator: str | None) -> CoreWrite:
        return CoreWrite(conn, conn.connection.driver_connection, operator, self.prepared)

    def prepared(self, statement: Executable) -> Prepared:
        """``statement`` compiled once for this database (see ``Prepared``)."""
        found = self._prepared.get(statement)
        if found is None:
            found = self._prepared[statement] = Prepared(statement, self.engine.dialect)
        return found

    def dispose(self) -> None:
        with self._core_lock:
            self._release_core()
        self.engine.dispose()
        callbacks, self._on_dispose = self._on_dispose, []
        for callback in callbacks:
            callback()


@event.listens_for(Session, "do_orm_execute")
def _skip_soft_deleted(state: ORMExecuteState) -> None:
    if (
        state.is_select
        and not state.is_column_load
        and not state.is_relationship_load
        and not state.execution_options.get(INCLUDE_DELETED, False)
    ):
        state.statement = state.statement.options(
            with_loader_criteria(
                Tracked, lambda cls: cls.deleted_at.is_(None), include_aliases=True
            )
        )


class Prepared:
    """A Core statement compiled once and run straight on the driver's cursor.

    ``Connection.execute`` costs tens of microseconds per statement in
    SQLAlchemy (cache lookup, parameter and result set-up), more than SQLite
    needs to run a one-row statement: the one-cell attendance write runs four.
    This keeps the statement's SQL and its columns' type conversions (enums,
    UUIDs, times, Decimal hours) and does only the conversions per call.
    Expanding IN lists must have fixed values at build time.  A dialect
    whose driver does not take ``?`` parameters runs through ``execute``.
    """

    def __init__(self, statement: Executable, dialect: Dialect) -> None:
        self.statement = statement
        compiled = cast(SQLCompiler, cast(ClauseElement, statement).compile(dialect=dialect))
        self.direct = dialect.paramstyle == "qmark" and compiled.positiontup is not None
        fixed = compiled.construct_params(_check=False) or {}
        sql = compiled.string
        # what Connection.execute itself uses: the dialect's conversion of each type
        processors = compiled._bind_processors
        params: list[tuple[str, Any, Any]] = []  # name, fixed value, conversion
        for name in compiled.positiontup or ():
            bind = compiled.binds[name]
            convert = processors.get(name)
            token = f"__[POSTCOMPILE_{name}]"
            if bind.expanding:
                values = list(fixed[name] or ())
                sql = sql.replace(token, ", ".join("?" * len(values)) or "NULL", 1)
                params.extend((f"{name}#{n}", value, convert) for n, value in enumerate(values))
            else:
                params.append((name, fixed.get(name), convert))
        self.sql = sql
        self._params = params
        columns = getattr(statement, "selected_columns", None)
        if columns is None and getattr(statement, "_returning", None):
            columns = statement._returning  # type: ignore[attr-defined]
        self._results = [c.type._cached_result_processor(dialect, None) for c in (columns or ())]

    def run(self, work: CoreWrite, values: dict[str, Any]) -> tuple[list[tuple[Any, ...]], int]:
        """The rows (converted) and the rowcount of one execution with ``values``."""
        if not self.direct:
            if work.connection is None:
                raise RuntimeError("a statement the driver cannot run needs a Connection")
            result = work.connection.execute(self.statement, values)
            rows = [tuple(r) for r in result] if result.returns_rows else []
            return rows, result.rowcount
        bound = []
        for name, fixed, convert in self._params:
            value = values.get(name, fixed)
            bound.append(convert(value) if convert is not None and value is not None else value)
        cursor = work.driver.cursor()
        try:
            cursor.execute(self.sql, bound)
            raw = cursor.fetchall() if cursor.description else []
            count = cursor.rowcount
        finally:
            cursor.close()
        results = self._results
        if raw and any(results):
            raw = [
                tuple(f(v) if f is not None else v for f, v in zip(results, row, strict=False))
                for row in raw
            ]
        return raw, count


_LOG_INSERT = insert(ChangeLog)
# Two statements, not UPDATE ... RETURNING: SQLite runs RETURNING through a
# temporary result table, which cost a one-cell save more than the extra SELECT
# (1.30x against 1.21x of a bare UPDATE and COMMIT, measured for #9).
_BUMP_SEQ = text("UPDATE database_info SET change_seq = change_seq + 1 WHERE id = 1")
_READ_SEQ = text("SELECT change_seq FROM database_info WHERE id = 1")


@dataclass(frozen=True)
class Stamp:
    """What one flush (or one Core write) marks its rows with."""

    change_seq: int  # the counter's new value: every row changed by the write carries it
    at: datetime
    operator: str | None


@dataclass(frozen=True)
class CoreWrite:
    """A unit of work of Core statements: its connections and operator.

    ``connection`` is None in ``Database.write_core()`` on SQLite, where the
    statements run on the ``driver`` connection itself.
    """

    connection: Connection | None
    driver: Any  # the DBAPI connection under it
    operator: str | None
    prepared: Callable[[Executable], Prepared]

    def run(self, statement: Executable, values: dict[str, Any]) -> tuple[list[Any], int]:
        """Run a statement prepared once: its rows and rowcount."""
        return self.prepared(statement).run(self, values)


def stamp(work: Session | CoreWrite) -> Stamp:
    """Take the next change counter value for a write made with Core statements.

    Each changed row gets ``change_seq``, ``updated_at`` = ``at`` and
    ``updated_by`` = ``operator`` (new rows also a uuid and ``created_at``;
    updates ``row_version + 1``), and ``log_changes`` records them.
    """
    if isinstance(work, CoreWrite):
        work.run(_BUMP_SEQ, {})
        rows, _count = work.run(_READ_SEQ, {})
        return Stamp(_seq_of(rows[0] if rows else None), utcnow(), work.operator)
    return Stamp(_next_change_seq(work.connection()), utcnow(), work.info.get("operator"))


def log_changes(
    work: Session | CoreWrite,
    done: Stamp,
    table_name: str,
    changes: Iterable[tuple[uuid.UUID, str]],
) -> None:
    """Append the change log rows of a Core write: (row uuid, action) each."""
    rows = [
        {
            "change_seq": done.change_seq,
            "at": done.at,
            "operator": done.operator,
            "table_name": table_name,
            "row_uuid": row_uuid,
            "action": action,
        }
        for row_uuid, action in changes
    ]
    if isinstance(work, CoreWrite):
        if work.connection is not None and len(rows) > 1:
            work.connection.execute(_LOG_INSERT, rows)  # one executemany
        else:
            for row in rows:
                work.run(_LOG_INSERT, row)
    elif rows:
        work.connection().execute(_LOG_INSERT, rows)


@event.listens_for(Session, "before_flush")
def _stamp_changes(session: Session, _ctx: Any, _instances: Any) -> None:
    tracked_new = [o for o in session.new if isinstance(o, Tracked)]
    tracked_dirty = [o for o in session.dirty if isinstance(o, Tracked) and session.is_modified(o)]
    if session.deleted and not session.info.get("allow_hard_delete", False):
        victims = [o for o in session.deleted if isinstance(o, Tracked)]
        if victims:
            raise HardDeleteRefused(
                f"hard delete of {type(victims[0]).__name__} refused; use soft delete"
            )
    if not tracked_new and not tracked_dirty and not session.deleted:
        return
    done = stamp(session)
    seq, now, operator = done.change_seq, done.at, done.operator
    renamed: list[Person] = []  # their words are written once they have ids (after_flush)
    for obj in tracked_new:
        if obj.uuid is None:
            obj.uuid = uuid.uuid4()
        obj.change_seq = seq
        obj.created_at = obj.created_at or now
        obj.updated_at = now
        obj.updated_by = operator
        _refresh_derived(obj)
        if isinstance(obj, Person):
            renamed.append(obj)
        session.add(_log(obj, "insert", seq, now, operator))
    for obj in tracked_dirty:
        obj.change_seq = seq
        obj.updated_at = now
        obj.updated_by = operator
        _refresh_derived(obj)
        if isinstance(obj, Person) and inspect(obj).attrs.search_key.history.has_changes():
            renamed.append(obj)
        session.add(_log(obj, _update_kind(obj), seq, now, operator))
    if renamed:
        session.info.setdefault(_RENAMED, []).extend(renamed)
    for obj in session.deleted:
        if isinstance(obj, Tracked):
            session.add(_log(obj, "erase", seq, now, operator))


_RENAMED = "renamed_people"
_WORDS_DELETE = delete(PersonWord).where(PersonWord.person_id.in_(bindparam("ids", expanding=True)))
_WORDS_INSERT = insert(PersonWord)


@event.listens_for(Session, "after_flush")
def _write_person_words(session: Session, _ctx: Any) -> None:
    """Each new or renamed person's ``person_word`` rows, from the key the flush stored."""
    people = session.info.pop(_RENAMED, None)
    if not people:
        return
    conn = session.connection()
    conn.execute(_WORDS_DELETE, {"ids": [p.id for p in people]})
    rows = [{"person_id": p.id, "word": w} for p in people for w in key_words(p.search_key)]
    if rows:
        conn.execute(_WORDS_INSERT, rows)


def _next_change_seq(conn: Connection) -> int:
    conn.execute(_BUMP_SEQ)
    return _seq_of(conn.execute(_READ_SEQ).first())


def _seq_of(row: Any) -> int:
    if row is None:
        raise RuntimeError(
            "database_info row is missing: the database was not made by WALL Desktop"
        )
    return int(row[0])


def _refresh_derived(obj: Tracked) -> None:
    if isinstance(obj, Person):
        obj.search_key = person_key(obj.first_name or "", obj.last_name or "")
        obj.sort_key = person_sort_key(obj.first_name or "", obj.last_name or "")


def _update_kind(obj: Tracked) -> str:
    history = inspect(obj).attrs.deleted_at.history
    if history.has_changes():
        return "delete" if obj.deleted_at is not None else "restore"
    return "update"


def _log(obj: Tracked, action: str, seq: int, now: Any, operator: str | None) -> ChangeLog:
    return ChangeLog(
        change_seq=seq,
        at=now,
        operator=operator,
        table_name=type(obj).__tablename__,  # type: ignore[attr-defined]
        row_uuid=obj.uuid,
        action=action,
    )
