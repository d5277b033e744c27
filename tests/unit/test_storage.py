"""Connections, pragmas, money, soft delete, the change counter and rejected writes."""

from __future__ import annotations

import threading
from datetime import date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError, StatementError
from sqlalchemy.orm.exc import StaleDataError

from tests.factories import make_person, make_programme, make_project_line
from wall_desktop.db.engine import SQLITE_PRAGMAS
from wall_desktop.db.models import (
    ChangeLog,
    DatabaseInfo,
    Enrolment,
    Expense,
    Person,
)
from wall_desktop.db.session import Database, HardDeleteRefused

EXPECTED_PRAGMAS = {
    "foreign_keys": 1,
    "journal_mode": "wal",
    "synchronous": 2,  # FULL
    "busy_timeout": int(SQLITE_PRAGMAS["busy_timeout"]),
    "secure_delete": 1,
}


def _pragmas(conn: object) -> dict[str, object]:
    return {
        name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()  # type: ignore[attr-defined]
        for name in EXPECTED_PRAGMAS
    }


def test_every_pooled_connection_has_the_pragmas(db: Database) -> None:
    # Hold several connections at once so the pool must hand out distinct ones.
    conns = [db.engine.connect() for _ in range(4)]
    try:
        assert len({id(c.connection.dbapi_connection) for c in conns}) == 4
        for conn in conns:
            assert _pragmas(conn) == EXPECTED_PRAGMAS
    finally:
        for conn in conns:
            conn.close()


def test_pragmas_hold_on_connections_made_in_other_threads(db: Database) -> None:
    seen: list[dict[str, object]] = []

    def worker() -> None:
        with db.engine.connect() as conn:
            seen.append(_pragmas(conn))

    threads = [threading.Thread(target=worker) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert seen == [EXPECTED_PRAGMAS] * 3


def test_session_connections_have_the_pragmas_for_reads_and_writes(db: Database) -> None:
    with db.read() as s:
        assert _pragmas(s.connection()) == EXPECTED_PRAGMAS
    with db.write("Tester") as s:
        assert _pragmas(s.connection()) == EXPECTED_PRAGMAS


def _expense(line_id: int, amount: object, number: str = "FV/1") -> Expense:
    return Expense(
        budget_line_id=line_id, date=date(2022, 5, 1), document_number=number, amount=amount
    )


def test_money_sums_are_exact_to_the_grosz(db: Database) -> None:
    line = make_project_line(db, make_programme(db))
    with db.write("Tester") as s:
        for i in range(10):
            s.add(_expense(line, Decimal("0.10"), f"A/{i}"))
        s.add(_expense(line, Decimal("0.20"), "B/1"))
        s.add(_expense(line, Decimal("-0.05"), "C/1"))
    with db.read() as s:
        total = s.scalar(select(func.sum(Expense.amount)))
        stored = s.execute(text("SELECT amount FROM expense ORDER BY id")).scalars().all()
    assert total == Decimal("1.15")
    assert isinstance(total, Decimal)
    assert stored[:1] == [10]  # grosze, an integer in the file


def test_point_one_plus_point_two_is_point_three_in_sql(db: Database) -> None:
    line = make_project_line(db, make_programme(db))
    with db.write("Tester") as s:
        s.add(_expense(line, Decimal("0.10"), "X/1"))
        s.add(_expense(line, Decimal("0.20"), "X/2"))
    with db.read() as s:
        assert s.scalar(select(func.sum(Expense.amount))) == Decimal("0.30")


@pytest.mark.parametrize("bad", [0.1, Decimal("1.005"), "abc"])
def test_money_that_is_not_exact_is_refused_and_nothing_written(db: Database, bad: object) -> None:
    line = make_project_line(db, make_programme(db))
    with pytest.raises((StatementError, TypeError, ValueError)), db.write("Tester") as s:
        s.add(_expense(line, Decimal("5.00"), "OK/1"))
        s.add(_expense(line, bad, "BAD/1"))
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Expense)) == 0


def test_soft_delete_hides_the_row_and_keeps_it(db: Database) -> None:
    pid = make_person(db, "Anna", "Nowak")
    with db.write("Tester") as s:
        s.get_one(Person, pid).deleted_at = datetime(2023, 1, 1)
    with db.read() as s:
        assert s.execute(select(Person)).scalars().all() == []
        kept = s.execute(select(Person).execution_options(include_deleted=True)).scalars().all()
        assert [p.last_name for p in kept] == ["Nowak"]
        actions = s.execute(select(ChangeLog.action).order_by(ChangeLog.id)).scalars().all()
    assert actions == ["insert", "delete"]


def test_hard_delete_is_refused_and_nothing_written(db: Database) -> None:
    pid = make_person(db, "Anna", "Nowak")
    with pytest.raises(HardDeleteRefused), db.write("Tester") as s:
        s.get_one(Person, pid).notes = "changed"
        s.delete(s.get_one(Person, pid))
    with db.read() as s:
        person = s.get_one(Person, pid)
        assert person.notes is None


def test_change_counter_orders_every_write_and_records_the_operator(db: Database) -> None:
    a = make_person(db, "Anna", "Nowak")
    b = make_person(db, "Jan", "Kowalski")
    with db.write("Basia") as s:
        s.get_one(Person, a).phone = "600100200"
    with db.read() as s:
        pa, pb = s.get_one(Person, a), s.get_one(Person, b)
        counter = s.execute(select(DatabaseInfo.change_seq)).scalar_one()
        log = s.execute(select(ChangeLog).order_by(ChangeLog.change_seq)).scalars().all()
    assert pb.change_seq < pa.change_seq == counter
    assert pa.row_version == 2 and pb.row_version == 1
    assert pa.updated_by == "Basia"
    assert [(e.action, e.operator) for e in log] == [
        ("insert", "Tester"),
        ("insert", "Tester"),
        ("update", "Basia"),
    ]


def test_a_stale_row_version_is_refused(db: Database) -> None:
    pid = make_person(db, "Anna", "Nowak")
    with db.read() as s:
        stale = s.get_one(Person, pid)
    with db.write("A") as s:
        s.get_one(Person, pid).phone = "1"
    with pytest.raises(StaleDataError), db.write("B") as s:
        merged = s.merge(stale, load=False)
        merged.phone = "2"
    with db.read() as s:
        assert s.get_one(Person, pid).phone == "1"


def test_duplicate_enrolment_is_refused_but_allowed_after_soft_delete(db: Database) -> None:
    prog = make_programme(db)
    pid = make_person(db, "Anna", "Nowak")
    with db.write("T") as s:
        s.add(Enrolment(person_id=pid, programme_id=prog))
    with pytest.raises(IntegrityError), db.write("T") as s:
        s.add(Enrolment(person_id=pid, programme_id=prog))
    with db.write("T") as s:
        s.execute(select(Enrolment)).scalar_one().deleted_at = datetime(2023, 1, 1)
    with db.write("T") as s:
        s.add(Enrolment(person_id=pid, programme_id=prog))
    with db.read() as s:
        q = select(func.count()).select_from(Enrolment)
        assert s.scalar(q.execution_options(include_deleted=True)) == 2


def test_a_reference_to_a_missing_row_is_refused(db: Database) -> None:
    with pytest.raises(IntegrityError), db.write("T") as s:
        s.add(Person(first_name="Ala", last_name="Kot"))
        s.add(Enrolment(person_id=999, programme_id=999))
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Person)) == 0


def test_writes_begin_immediate_so_a_second_writer_waits_rather_than_fails(db: Database) -> None:
    # A write transaction holds the RESERVED lock from its first statement.
    with db.write("T") as s:
        s.connection()
        other = db.engine.raw_connection()
        try:
            other.execute("PRAGMA busy_timeout=0")  # type: ignore[attr-defined]
            with pytest.raises(Exception, match="locked"):
                other.execute("BEGIN IMMEDIATE")  # type: ignore[attr-defined]
        finally:
            other.close()
