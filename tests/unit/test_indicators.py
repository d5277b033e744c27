"""The funder's indicators agree with figures recomputed from the raw rows of the demo.

The recomputation below uses plain SQL through ``sqlite3`` on the file — none
of the services — so a mistake in a service query cannot hide in both.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from wall_desktop.db.enums import Gender, ProjectStatus, Role
from wall_desktop.services.context import Context
from wall_desktop.services.demo import fill_demo
from wall_desktop.services.indicators import Indicators, indicators
from wall_desktop.services.people_list import AgeGroup
from wall_desktop.services.programmes import choose_programme

LIVE = "deleted_at IS NULL"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from wall_desktop.app import open_database

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    db = open_database(path)
    fill_demo(Context(db, "Tester"))
    db.dispose()
    return path


@pytest.fixture
def demo_ctx(demo: Path) -> Iterator[Context]:
    from wall_desktop.app import open_database

    ctx = Context(open_database(demo), "Tester")
    yield ctx
    ctx.db.dispose()


def _raw(path: Path) -> sqlite3.Connection:
    con = sqlite3.connect(path)
    con.row_factory = sqlite3.Row
    return con


def _money(grosze: int | None) -> Decimal:
    return (Decimal(grosze or 0) / 100).quantize(Decimal("0.01"))


def _reached(
    con: sqlite3.Connection, programme_id: int, neighbourhood_id: int | None
) -> list[sqlite3.Row]:
    extra = "" if neighbourhood_id is None else f" AND e.neighbourhood_id = {int(neighbourhood_id)}"
    return con.execute(
        f"""SELECT e.id AS enrolment_id, e.person_id, e.status, e.neighbourhood_id,
                   p.gender, p.birth_date, p.birth_year
            FROM enrolment e JOIN person p ON p.id = e.person_id
            WHERE e.{LIVE} AND e.programme_id = ?
              AND e.status IN ('accepted','completed','resigned')
              AND EXISTS (SELECT 1 FROM enrolment_role r WHERE r.enrolment_id = e.id AND r.{LIVE}
                          AND r.role IN ('participant','leader')){extra}""",
        (programme_id,),
    ).fetchall()


def _is_minor(
    start: date, minor_age: int, birth_date: str | None, birth_year: int | None
) -> bool | None:
    if birth_date:
        born = date.fromisoformat(birth_date)
        adult_on = date(
            born.year + minor_age, born.month, born.day if (born.month, born.day) != (2, 29) else 28
        )
        return start < adult_on
    if birth_year:
        return start < date(birth_year + minor_age, 12, 31)
    return None


def _eligible_people(con: sqlite3.Connection, programme_id: int, threshold: Decimal) -> set[int]:
    held = {
        row["neighbourhood_id"]: Decimal(row["hours"]) / 100
        for row in con.execute(
            f"""SELECT s.neighbourhood_id, SUM(s.hours) AS hours FROM training_session s
                WHERE s.{LIVE} AND s.status = 'held' GROUP BY s.neighbourhood_id"""
        )
    }
    attended = {
        (row["person_id"], row["neighbourhood_id"]): Decimal(row["hours"]) / 100
        for row in con.execute(
            f"""SELECT a.person_id, s.neighbourhood_id, SUM(a.hours) AS hours FROM attendance a
                JOIN training_session s ON s.id = a.session_id
                WHERE a.{LIVE} AND s.{LIVE} AND s.status = 'held'
                GROUP BY a.person_id, s.neighbourhood_id"""
        )
    }
    eligible = set()
    for row in con.execute(
        f"SELECT person_id, neighbourhood_id, status FROM enrolment "
        f"WHERE {LIVE} AND programme_id = ?",
        (programme_id,),
    ):
        cycle = held.get(row["neighbourhood_id"], Decimal(0))
        mine = attended.get((row["person_id"], row["neighbourhood_id"]), Decimal(0))
        if (
            row["status"] in ("accepted", "completed")
            and cycle > 0
            and mine * 100 >= threshold * cycle
        ):
            eligible.add(row["person_id"])
    return eligible


def _recompute(
    path: Path, programme_id: int, neighbourhood_id: int | None = None
) -> dict[str, object]:
    con = _raw(path)
    prog = con.execute("SELECT * FROM programme WHERE id = ?", (programme_id,)).fetchone()
    start = date.fromisoformat(prog["start_date"])
    n_filter = "" if neighbourhood_id is None else f" AND n.id = {int(neighbourhood_id)}"
    reached = _reached(con, programme_id, neighbourhood_id)
    ages = Counter(
        {True: AgeGroup.CHILD_YOUTH, False: AgeGroup.ADULT, None: AgeGroup.UNKNOWN}[
            _is_minor(start, prog["minor_age"], r["birth_date"], r["birth_year"])
        ]
        for r in reached
    )
    reached_list = ",".join(str(r["enrolment_id"]) for r in reached) or "0"
    roles = Counter(
        row["role"]
        for row in con.execute(
            f"""SELECT DISTINCT r.enrolment_id, r.role FROM enrolment_role r WHERE r.{LIVE}
                AND r.role IN ('participant','leader') AND r.enrolment_id IN ({reached_list})"""
        )
    )
    sessions = {
        row["status"]: (row["n"], Decimal(row["hours"] or 0) / 100)
        for row in con.execute(
            f"""SELECT s.status, COUNT(*) AS n, SUM(s.hours) AS hours FROM training_session s
                JOIN neighbourhood n ON n.id = s.neighbourhood_id
                WHERE s.{LIVE} AND n.{LIVE} AND n.programme_id = ?{n_filter} GROUP BY s.status""",
            (programme_id,),
        )
    }
    meetings = con.execute(
        f"""SELECT COUNT(*), COALESCE(SUM(m.residents_present), 0) FROM residents_meeting m
            JOIN project p ON p.id = m.project_id JOIN neighbourhood n ON n.id = p.neighbourhood_id
            WHERE m.{LIVE} AND p.{LIVE} AND n.programme_id = ?{n_filter}""",
        (programme_id,),
    ).fetchone()
    projects = Counter(
        row["status"]
        for row in con.execute(
            f"""SELECT p.status FROM project p JOIN neighbourhood n ON n.id = p.neighbourhood_id
                WHERE p.{LIVE} AND n.programme_id = ?{n_filter}""",
            (programme_id,),
        )
    )
    beneficiaries = con.execute(
        f"""SELECT COALESCE(SUM(p.beneficiaries), 0) FROM project p
            JOIN neighbourhood n ON n.id = p.neighbourhood_id
            WHERE p.{LIVE} AND n.programme_id = ?{n_filter}""",
        (programme_id,),
    ).fetchone()[0]
    line_filter = (
        ""
        if neighbourhood_id is None
        else " AND l.project_id IN (SELECT id FROM project "
        f"WHERE neighbourhood_id = {int(neighbourhood_id)})"
    )

    def line_sum(source: str, what: str) -> Decimal:
        if what == "planned":
            sql = f"""SELECT SUM(l.planned) + COALESCE((SELECT SUM(t.amount) FROM budget_transfer t
                        JOIN budget_line l2 ON l2.id = t.to_line_id WHERE t.{LIVE} AND l2.{LIVE}
                        AND l2.programme_id = :p AND l2.funding_source = :s
                        {line_filter.replace("l.", "l2.")}), 0)
                      - COALESCE((SELECT SUM(t.amount) FROM budget_transfer t
                        JOIN budget_line l2 ON l2.id = t.from_line_id WHERE t.{LIVE} AND l2.{LIVE}
                        AND l2.programme_id = :p AND l2.funding_source = :s
                        {line_filter.replace("l.", "l2.")}), 0)
                      FROM budget_line l WHERE l.{LIVE} AND l.programme_id = :p
                      AND l.funding_source = :s{line_filter}"""
        else:
            sql = f"""SELECT SUM(e.amount) FROM expense e
                      JOIN budget_line l ON l.id = e.budget_line_id
                      WHERE e.{LIVE} AND l.{LIVE} AND l.programme_id = :p
                      AND l.funding_source = :s{line_filter}"""
        return _money(con.execute(sql, {"p": programme_id, "s": source}).fetchone()[0])

    n_of_enrolment = (
        "" if neighbourhood_id is None else f"AND e.neighbourhood_id = {neighbourhood_id:d}"
    )
    certificates = con.execute(
        f"""SELECT COUNT(*) FROM certificate c JOIN enrolment e ON e.id = c.enrolment_id
            WHERE c.{LIVE} AND c.status = 'issued' AND e.programme_id = ?
            {n_of_enrolment}""",
        (programme_id,),
    ).fetchone()[0]
    eligible = _eligible_people(con, programme_id, Decimal(prog["certificate_threshold"]) / 100)
    held_n, held_h = sessions.get("held", (0, Decimal(0)))
    _pn, planned_h = sessions.get("planned", (0, Decimal(0)))
    names = dict(con.execute("SELECT id, name FROM neighbourhood").fetchall())
    ledger = {
        "grant_planned": line_sum("grant", "planned"),
        "grant_spent": line_sum("grant", "spent"),
        "own_contribution_money": line_sum("own_money", "spent"),
        "own_contribution_in_kind": line_sum("own_in_kind", "spent"),
    }
    con.close()
    return ledger | {
        "people_reached": len(reached),
        "reached_by_gender": {g: sum(1 for r in reached if r["gender"] == g.value) for g in Gender},
        "reached_by_age_group": {a: ages.get(a, 0) for a in AgeGroup},
        "reached_by_neighbourhood": dict(
            sorted(Counter(names[r["neighbourhood_id"]] for r in reached).items())
        ),
        "reached_by_role": {
            Role.PARTICIPANT: roles.get("participant", 0),
            Role.LEADER: roles.get("leader", 0),
        },
        "completed_cycle": sum(1 for r in reached if r["person_id"] in eligible),
        "resigned": sum(1 for r in reached if r["status"] == "resigned"),
        "training_hours_planned": held_h + planned_h,
        "training_hours_held": held_h,
        "sessions_held": held_n,
        "sessions_cancelled": sessions.get("cancelled", (0, 0))[0],
        "residents_meetings": meetings[0],
        "residents_present": meetings[1],
        "projects_by_status": {st: projects.get(st.value, 0) for st in ProjectStatus},
        "beneficiaries": beneficiaries,
        "certificates_issued": certificates,
    }


def _compare(computed: Indicators, expected: dict[str, object]) -> None:
    for name, value in expected.items():
        assert getattr(computed, name) == value, name
    assert computed.grant_remaining == computed.grant_planned - computed.grant_spent


def test_programme_indicators_agree_with_raw_rows(demo: Path, demo_ctx: Context) -> None:
    programme = choose_programme(demo_ctx)
    computed = indicators(demo_ctx, programme.id)
    expected = _recompute(demo, programme.id)
    _compare(computed, expected)
    # The demo is realistic, so the figures are not trivially zero.
    assert 96 <= computed.people_reached <= 130
    assert computed.sessions_cancelled == 1
    assert computed.resigned == 1
    assert 0 < computed.completed_cycle < computed.people_reached
    assert computed.reached_by_age_group[AgeGroup.CHILD_YOUTH] > 0
    assert computed.grant_spent > 0


def test_each_neighbourhood_agrees_and_adds_up(demo: Path, demo_ctx: Context) -> None:
    programme = choose_programme(demo_ctx)
    con = _raw(demo)
    ids = [
        r[0]
        for r in con.execute(
            f"SELECT id FROM neighbourhood WHERE {LIVE} AND programme_id = ?", (programme.id,)
        )
    ]
    con.close()
    whole = indicators(demo_ctx, programme.id)
    parts = []
    for nid in ids:
        part = indicators(demo_ctx, programme.id, neighbourhood_id=nid)
        _compare(part, _recompute(demo, programme.id, nid))
        parts.append(part)
    assert sum(p.people_reached for p in parts) == whole.people_reached
    assert sum(p.training_hours_held for p in parts) == whole.training_hours_held


def test_progress_and_lines_given_by_the_caller_give_the_same_figures(
    demo_ctx: Context,
) -> None:
    from wall_desktop.services.eligibility import progress_for_programme
    from wall_desktop.services.ledger import line_balances

    programme = choose_programme(demo_ctx)
    lines = line_balances(demo_ctx, programme.id)
    whole = indicators(
        demo_ctx,
        programme.id,
        progress=progress_for_programme(demo_ctx, programme.id),
        lines=lines,
    )
    assert whole == indicators(demo_ctx, programme.id)
    hood = next(iter(progress_for_programme(demo_ctx, programme.id).values())).neighbourhood_id
    part = indicators(
        demo_ctx,
        programme.id,
        neighbourhood_id=hood,
        progress=progress_for_programme(demo_ctx, programme.id, hood),
        lines=lines,
    )
    assert part == indicators(demo_ctx, programme.id, neighbourhood_id=hood)
    assert part.completed_cycle > 0 and part.grant_planned > 0


def test_a_date_range_limits_sessions_and_meetings(demo_ctx: Context) -> None:
    programme = choose_programme(demo_ctx)
    whole = indicators(demo_ctx, programme.id)
    first_half = indicators(demo_ctx, programme.id, date_to=date(2022, 12, 31))
    second_half = indicators(demo_ctx, programme.id, date_from=date(2023, 1, 1))
    assert first_half.sessions_held + second_half.sessions_held == whole.sessions_held
    assert (
        first_half.residents_meetings + second_half.residents_meetings == whole.residents_meetings
    )
    assert first_half.people_reached == whole.people_reached  # people are counted whole


def test_changing_a_row_changes_the_figure(demo: Path, tmp_path: Path) -> None:
    """Guard against a recomputation that merely mirrors the service: move one figure."""
    import shutil

    from wall_desktop.app import open_database
    from wall_desktop.services.meetings import MeetingInput, create_meeting
    from wall_desktop.services.projects import list_projects

    copy = tmp_path / "copy.sqlite"
    shutil.copy(demo, copy)  # the module's demo stays untouched for the other tests
    demo_ctx = Context(open_database(copy), "Tester")
    programme = choose_programme(demo_ctx)
    before = indicators(demo_ctx, programme.id)
    running = next(p for p in list_projects(demo_ctx, programme.id) if not p.locked)
    create_meeting(demo_ctx, running.id, MeetingInput(date=date(2023, 7, 1), residents_present=17))
    after = indicators(demo_ctx, programme.id)
    assert after.residents_meetings == before.residents_meetings + 1
    assert after.residents_present == before.residents_present + 17


def test_info_json_prints_the_programme_and_indicators_that_agree(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    from wall_desktop.cli import main

    assert main(["--db", str(demo), "info", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    programme = data["programme"]
    assert programme["neighbourhoods"] == 13
    assert 96 <= programme["people"] <= 130
    assert programme["projects"] == 13
    expected = _recompute(demo, programme["id"])
    printed = data["indicators"]
    for name, value in expected.items():
        if isinstance(value, dict):
            value = {str(getattr(k, "value", k)): v for k, v in value.items()}
        elif isinstance(value, Decimal):
            assert Decimal(printed[name]) == value, name
            continue
        assert printed[name] == value, name
