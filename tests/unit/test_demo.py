"""The demo programme: its figures, its determinism, and the rules its data must keep.

Most checks read the stored file with plain ``sqlite3`` so they test what is on
disk, not what the ORM believes it wrote.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from tests.factories import make_person, make_programme
from wall_desktop.app import demo_database_path, open_database
from wall_desktop.cli import main
from wall_desktop.db.session import Database
from wall_desktop.services import validation as v
from wall_desktop.services.context import Context
from wall_desktop.services.demo import DEMO_TODAY, MAIN_NAME, DemoSummary, fill_demo
from wall_desktop.services.errors import WallError

MAIN_START = dt.date(2022, 2, 1)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, DemoSummary]]:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    db = open_database(path)
    summary = fill_demo(Context(db, "Tester"))
    db.dispose()
    yield path, summary


@pytest.fixture
def raw(demo_file: tuple[Path, DemoSummary]) -> Iterator[sqlite3.Connection]:
    conn = sqlite3.connect(demo_file[0])
    yield conn
    conn.close()


def _main_id(raw: sqlite3.Connection) -> int:
    (pid,) = raw.execute("SELECT id FROM programme WHERE name = ?", (MAIN_NAME,)).fetchone()
    return int(pid)


def _one(raw: sqlite3.Connection, sql: str, *args: object) -> int:
    return int(raw.execute(sql, args).fetchone()[0])


def _age_on(day: dt.date, born: dt.date) -> int:
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def test_main_programme_has_the_seed_documents_figures(raw: sqlite3.Connection) -> None:
    pid = _main_id(raw)
    assert _one(raw, "SELECT count(*) FROM programme") == 2
    assert _one(raw, "SELECT count(*) FROM neighbourhood WHERE programme_id = ?", pid) == 13
    assert 96 <= _one(raw, "SELECT count(*) FROM person") <= 130
    projects = raw.execute(
        "SELECT p.status, p.grant_amount FROM project p "
        "JOIN neighbourhood n ON n.id = p.neighbourhood_id WHERE n.programme_id = ?",
        (pid,),
    ).fetchall()
    assert len(projects) == 13
    statuses = [status for status, _ in projects]
    assert "settled" in statuses and "in_progress" in statuses
    assert statuses.count("settled") + statuses.count("completed") >= 9
    grants = [Decimal(g) / 100 for _, g in projects]
    assert all(g <= Decimal("4000.00") for g in grants)
    assert grants.count(Decimal("4000.00")) >= 11
    assert Decimal("45000") <= sum(grants) <= Decimal("53000")
    row = raw.execute(
        "SELECT funder, funding_programme, start_date, end_date, default_grant, nominal_hours, "
        "certificate_threshold, minor_age, certificate_pattern, place, coordinator_name "
        "FROM programme WHERE id = ?",
        (pid,),
    ).fetchone()
    assert row == (
        "Aktywni Obywatele – Fundusz Krajowy",
        "Fundusze EOG",
        "2022-02-01",
        "2023-09-30",
        400000,
        6000,
        8000,
        18,
        "WALL/{year}/{number:04d}",
        "Wrocław",
        "Magdalena Wróblewska",
    )


def test_every_neighbourhood_has_a_mentor_with_the_mentor_role(raw: sqlite3.Connection) -> None:
    pid = _main_id(raw)
    rows = raw.execute(
        "SELECT n.name, n.recruitment_status, "
        "  (SELECT count(*) FROM neighbourhood_mentor nm "
        "   JOIN enrolment e ON e.person_id = nm.person_id AND e.programme_id = n.programme_id "
        "   JOIN enrolment_role r ON r.enrolment_id = e.id AND r.role = 'mentor' "
        "   WHERE nm.neighbourhood_id = n.id) "
        "FROM neighbourhood n WHERE n.programme_id = ?",
        (pid,),
    ).fetchall()
    assert all(mentors == 1 for _, _, mentors in rows)
    assert {status for _, status, _ in rows} == {"closed"}
    roles = dict(
        raw.execute(
            "SELECT r.role, count(*) FROM enrolment_role r "
            "JOIN enrolment e ON e.id = r.enrolment_id "
            "WHERE e.programme_id = ? GROUP BY r.role",
            (pid,),
        ).fetchall()
    )
    assert roles["trainer"] >= 4 and roles["mentor"] >= 5 and roles["leader"] >= 13


def test_minors_are_about_nine_and_every_consent_of_theirs_names_a_guardian(
    raw: sqlite3.Connection,
) -> None:
    pid = _main_id(raw)
    people = raw.execute(
        "SELECT p.id, p.birth_date FROM person p JOIN enrolment e ON e.person_id = p.id "
        "WHERE e.programme_id = ? AND p.birth_date IS NOT NULL",
        (pid,),
    ).fetchall()
    minors = [i for i, born in people if _age_on(MAIN_START, dt.date.fromisoformat(born)) < 18]
    assert 8 <= len(minors) <= 10
    for person_id in minors:
        consents = raw.execute(
            "SELECT kind, guardian_name FROM consent WHERE person_id = ?", (person_id,)
        ).fetchall()
        assert "data_processing" in {kind for kind, _ in consents}
        assert all(guardian and guardian.strip() for _, guardian in consents)
    without_image = _one(
        raw,
        "SELECT count(*) FROM person p WHERE NOT EXISTS "
        "(SELECT 1 FROM consent c WHERE c.person_id = p.id AND c.kind = 'image')",
    )
    assert without_image >= 1


def test_every_enrolled_person_has_a_consent_that_counts(
    demo_file: tuple[Path, DemoSummary],
) -> None:
    from sqlalchemy import select

    from wall_desktop.db.models import Enrolment, Person, Programme
    from wall_desktop.services.consents import ConsentState, consent_states

    db = open_database(demo_file[0], create=False)
    try:
        with db.read() as s:
            for programme in s.execute(select(Programme)).scalars():
                people = s.execute(
                    select(Person.id, Person.birth_date, Person.birth_year)
                    .join(Enrolment, Enrolment.person_id == Person.id)
                    .where(Enrolment.programme_id == programme.id, Enrolment.status != "candidate")
                ).all()
                born = {pid: (bd, by) for pid, bd, by in people}
                states = consent_states(s, programme, born, today=DEMO_TODAY)
                assert len(states) > 5
                assert set(states.values()) == {ConsentState.COMPLETE}, programme.name
    finally:
        db.dispose()


def test_one_resignation_a_few_candidates_and_one_cancelled_session(
    raw: sqlite3.Connection,
) -> None:
    pid = _main_id(raw)
    statuses = dict(
        raw.execute(
            "SELECT status, count(*) FROM enrolment WHERE programme_id = ? GROUP BY status", (pid,)
        ).fetchall()
    )
    assert statuses["resigned"] == 1
    assert 1 <= statuses["candidate"] <= 5
    assert statuses["completed"] > statuses.get("accepted", 0)
    assert _one(raw, "SELECT count(*) FROM training_session WHERE status = 'cancelled'") == 1
    assert (
        _one(
            raw,
            "SELECT count(*) FROM attendance a JOIN training_session t ON t.id = a.session_id "
            "WHERE t.status != 'held'",
        )
        == 0
    )
    planned = raw.execute("SELECT date FROM training_session WHERE status = 'planned'").fetchall()
    held = raw.execute("SELECT date FROM training_session WHERE status = 'held'").fetchall()
    assert planned and all(dt.date.fromisoformat(d) >= DEMO_TODAY for (d,) in planned)
    assert all(dt.date.fromisoformat(d) < DEMO_TODAY for (d,) in held)


def test_attendance_is_realistic(raw: sqlite3.Connection) -> None:
    """Most people attend 85–100 % of held hours; some fall below 80 %; one sits exactly on it."""
    shares = raw.execute(
        "SELECT e.person_id, "
        "  (SELECT coalesce(sum(a.hours), 0) FROM attendance a "
        "   JOIN training_session t ON t.id = a.session_id "
        "   WHERE a.person_id = e.person_id AND t.neighbourhood_id = e.neighbourhood_id) * 100.0 / "
        "  (SELECT sum(t.hours) FROM training_session t "
        "   WHERE t.neighbourhood_id = e.neighbourhood_id AND t.status = 'held') "
        "FROM enrolment e JOIN neighbourhood n ON n.id = e.neighbourhood_id "
        "WHERE e.programme_id = ? AND e.status IN ('accepted', 'completed') "
        "AND n.cycle_end < ?",
        (_main_id(raw), DEMO_TODAY.isoformat()),
    ).fetchall()
    values = [share for _, share in shares]
    assert sum(85 <= x <= 100 for x in values) > 0.7 * len(values)
    assert any(x < 80 for x in values)
    assert any(x == 80 for x in values)
    kinds = dict(raw.execute("SELECT status, count(*) FROM attendance GROUP BY status").fetchall())
    assert kinds["present"] > 10 * (kinds["excused"] + kinds["absent"]) > 0
    assert kinds["excused"] and kinds["absent"]
    assert _one(raw, "SELECT count(*) FROM attendance WHERE status = 'present' AND hours = 300")


def test_no_expense_takes_a_line_over_its_plan(raw: sqlite3.Connection) -> None:
    over = raw.execute(
        "SELECT bl.id, bl.category, bl.planned, sum(e.amount) FROM budget_line bl "
        "JOIN expense e ON e.budget_line_id = bl.id AND e.deleted_at IS NULL "
        "WHERE bl.funding_source IN ('grant', 'own_money') "
        "GROUP BY bl.id HAVING sum(e.amount) > bl.planned"
    ).fetchall()
    assert over == []
    assert _one(raw, "SELECT count(*) FROM expense") > 100


def test_project_grant_lines_fit_the_grant_and_both_sources_are_planned(
    raw: sqlite3.Connection,
) -> None:
    rows = raw.execute(
        "SELECT p.grant_amount, n.programme_id, "
        "  (SELECT sum(planned) FROM budget_line b "
        "   WHERE b.project_id = p.id AND b.funding_source = 'grant'),"
        "  (SELECT count(*) FROM budget_line b "
        "   WHERE b.project_id = p.id AND b.funding_source != 'grant') "
        "FROM project p JOIN neighbourhood n ON n.id = p.neighbourhood_id"
    ).fetchall()
    assert len(rows) == 14
    for grant, programme_id, planned, own in rows:
        assert planned <= grant
        if programme_id == _main_id(raw):
            assert own == 2  # own contribution in money and in kind
    in_kind = raw.execute(
        "SELECT planned, in_kind_hours, in_kind_rate FROM budget_line "
        "WHERE funding_source = 'own_in_kind'"
    ).fetchall()
    assert in_kind
    for planned, hours, rate in in_kind:  # stored in hundredths: planned = hours × rate
        assert Decimal(planned) / 100 == (Decimal(hours) / 100) * (Decimal(rate) / 100)
    programme_lines = _one(
        raw,
        "SELECT count(*) FROM budget_line WHERE project_id IS NULL AND programme_id = ?",
        _main_id(raw),
    )
    assert programme_lines >= 5


def test_one_correction_points_at_the_expense_it_corrects(raw: sqlite3.Connection) -> None:
    rows = raw.execute(
        "SELECT c.amount, c.budget_line_id, o.amount, o.budget_line_id FROM expense c "
        "JOIN expense o ON o.id = c.corrects_id WHERE c.amount < 0"
    ).fetchall()
    assert len(rows) == 1
    correction, line, original, original_line = rows[0]
    assert line == original_line and original > -correction > 0
    assert _one(raw, "SELECT count(*) FROM expense WHERE amount < 0") == 1


def test_documents_and_contacts_look_real(raw: sqlite3.Connection) -> None:
    kinds = {k for (k,) in raw.execute("SELECT DISTINCT document_kind FROM expense")}
    assert {"invoice", "receipt", "bill"} <= kinds
    numbers = [n for (n,) in raw.execute("SELECT document_number FROM expense")]
    assert any(n.startswith("FV/") for n in numbers) and any(n.startswith("R/") for n in numbers)
    unpaid = raw.execute(
        "SELECT e.amount, b.funding_source, b.in_kind_rate FROM expense e "
        "JOIN budget_line b ON b.id = e.budget_line_id WHERE e.payment_date IS NULL"
    ).fetchall()
    assert unpaid  # volunteers' time sheets: valued in kind, never paid
    for amount, source, rate in unpaid:
        assert source == "own_in_kind" and amount > 0 and amount % rate == 0
    outside = raw.execute(
        "SELECT e.document_number, e.date FROM expense e "
        "JOIN budget_line b ON b.id = e.budget_line_id JOIN programme p ON p.id = b.programme_id "
        "WHERE e.date < p.start_date OR e.date > p.end_date"
    ).fetchall()
    assert outside == []
    contacts = raw.execute("SELECT email, phone FROM person").fetchall()
    emails = [e for e, _ in contacts if e]
    phones = [p for _, p in contacts if p]
    assert len(emails) > 30 and len(phones) > 30
    assert all(v.email(e) is None for e in emails)
    assert all(v.phone(p) is None for p in phones)


def test_projects_have_teams_meetings_and_texts(raw: sqlite3.Connection) -> None:
    rows = raw.execute(
        "SELECT p.title, p.needs, p.goals, p.planned_actions, p.status, p.outcome, "
        "  (SELECT count(*) FROM project_member m WHERE m.project_id = p.id), "
        "  (SELECT count(*) FROM residents_meeting r WHERE r.project_id = p.id), "
        "  (SELECT min(residents_present) FROM residents_meeting r WHERE r.project_id = p.id) "
        "FROM project p"
    ).fetchall()
    for title, needs, goals, actions, status, outcome, team, meetings, present in rows:
        assert title and needs and goals and actions
        assert team >= 5 and 1 <= meetings <= 3 and present > 0
        if (
            status in ("completed", "settled")
            and title != "Jagodno się integruje – sąsiedzki festyn"
        ):
            assert outcome


def test_polish_letters_and_name_forms_survive_on_disk(raw: sqlite3.Connection) -> None:
    text = " ".join(
        str(value)
        for sql in (
            "SELECT first_name || ' ' || last_name || ' ' || coalesce(notes, '') FROM person",
            "SELECT topic FROM training_session",
            "SELECT title || ' ' || needs FROM project",
            "SELECT coalesce(vendor, '') || ' ' || coalesce(description, '') FROM expense",
            "SELECT name || ' ' || coalesce(notes, '') FROM neighbourhood",
        )
        for (value,) in raw.execute(sql)
    )
    for letter in "ąćęłńóśźżĆŁŚŹŻ":
        assert letter in text, letter
    people = raw.execute("SELECT last_name, gender FROM person").fetchall()
    assert all(not last.endswith(("ski", "cki")) for last, g in people if g == "woman")
    assert all(not last.endswith(("ska", "cka")) for last, g in people if g == "man")
    assert any(last.endswith("ska") for last, _ in people)


def test_summary_and_demo_flag(
    demo_file: tuple[Path, DemoSummary], raw: sqlite3.Connection
) -> None:
    summary = demo_file[1]
    assert _one(raw, "SELECT is_demo FROM database_info") == 1
    assert summary.neighbourhoods == 13 and summary.projects == 13
    assert summary.people == _one(raw, "SELECT count(*) FROM person")
    assert summary.resigned == 1 and summary.sessions_cancelled == 1
    assert (
        summary.grants_total
        == Decimal(
            _one(
                raw,
                "SELECT sum(p.grant_amount) FROM project p JOIN neighbourhood n "
                "ON n.id = p.neighbourhood_id WHERE n.programme_id = ?",
                summary.programme_id,
            )
        )
        / 100
    )
    assert summary.today == DEMO_TODAY
    events = raw.execute(
        "SELECT e.action, p.status FROM project_lock_event e JOIN project p ON p.id = e.project_id "
        "ORDER BY e.id"
    ).fetchall()
    assert events == [("unlock", "settled"), ("lock", "settled")]


def _fingerprint(db: Database) -> list[tuple[object, ...]]:
    """Names, dates and amounts: everything a seed decides except UUIDs and audit times."""
    path = db.path
    assert path is not None
    conn = sqlite3.connect(path)
    try:
        rows: list[tuple[object, ...]] = []
        for sql in (
            "SELECT first_name, last_name, gender, birth_date, birth_year, email, phone "
            "FROM person",
            "SELECT p.last_name, t.date, a.status, a.hours FROM attendance a "
            "JOIN person p ON p.id = a.person_id JOIN training_session t ON t.id = a.session_id",
            "SELECT date, topic, status FROM training_session",
            "SELECT title, status, grant_amount, beneficiaries FROM project",
            "SELECT document_number, date, amount, vendor FROM expense",
            "SELECT category, planned, in_kind_hours FROM budget_line",
            "SELECT date, residents_present FROM residents_meeting",
            "SELECT kind, given_on, guardian_name FROM consent",
        ):
            rows.extend(sorted(conn.execute(sql).fetchall(), key=repr))
        return rows
    finally:
        conn.close()


def _filled(path: Path, seed: int) -> list[tuple[object, ...]]:
    db = open_database(path)
    try:
        fill_demo(Context(db, "Tester"), seed=seed)
        return _fingerprint(db)
    finally:
        db.dispose()


def test_same_seed_same_data_other_seed_other_data(tmp_path: Path) -> None:
    first = _filled(tmp_path / "a.sqlite", 2022)
    again = _filled(tmp_path / "b.sqlite", 2022)
    other = _filled(tmp_path / "c.sqlite", 7)
    assert first == again
    assert first != other
    names = {r[:2] for r in first if len(r) == 7}
    assert names != {r[:2] for r in other if len(r) == 7}


def test_progress_reaches_the_end(ctx: Context) -> None:
    seen: list[tuple[int, int]] = []
    fill_demo(ctx, progress=lambda done, total: seen.append((done, total)))
    assert seen and seen[-1][0] == seen[-1][1]
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def _table_counts(db: Database) -> dict[str, int]:
    path = db.path
    assert path is not None
    conn = sqlite3.connect(path)
    try:
        tables = [
            t
            for (t,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if not t.startswith("sqlite_")
        ]
        counts = {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
        counts["is_demo"] = conn.execute("SELECT is_demo FROM database_info").fetchone()[0]
        counts["change_seq"] = conn.execute("SELECT change_seq FROM database_info").fetchone()[0]
        return counts
    finally:
        conn.close()


@pytest.mark.parametrize("maker", [make_person, make_programme])
def test_a_database_that_holds_data_is_refused_and_nothing_written(
    db: Database, ctx: Context, maker: object
) -> None:
    if maker is make_person:
        make_person(db, "Zofia", "Żółć")
    else:
        make_programme(db)
    before = _table_counts(db)
    with pytest.raises(WallError) as err:
        fill_demo(ctx)
    assert "empty" in str(err.value) or "pust" in str(err.value)
    assert _table_counts(db) == before


def test_cli_demo_fills_then_refuses(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(db_path), "demo"]) == 0
    out = capsys.readouterr().out
    assert "Osiedla w głównej edycji: 13".lower() in out.lower()
    assert main(["--db", str(db_path), "--lang", "en", "demo"]) == 1
    err = capsys.readouterr().err.strip()
    assert "empty database" in err and "\n" not in err and "Traceback" not in err


def test_demo_option_creates_and_fills_the_demo_file(capsys: pytest.CaptureFixture[str]) -> None:
    path = demo_database_path()
    assert not path.exists()
    assert main(["--demo", "info", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert path.exists()
    assert data["is_demo"] is True
    assert 96 <= data["counts"]["person"] <= 130
    assert data["counts"]["programme"] == 2
    people = data["counts"]["person"]
    assert main(["--demo", "info", "--json"]) == 0  # opened again, not filled twice
    assert json.loads(capsys.readouterr().out)["counts"]["person"] == people
