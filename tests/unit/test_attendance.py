"""Attendance marks (one live row per cell, undo, refusals) and the attendance grid."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select

from tests.training_factories import (
    Academy,
    attendance_rows,
    change_seq,
    make_academy,
    set_session_status,
)
from wall_desktop.db.enums import AttendanceStatus, EnrolmentStatus, Role, SessionStatus
from wall_desktop.db.models import Attendance, ChangeLog
from wall_desktop.i18n import set_language
from wall_desktop.services.context import Context
from wall_desktop.services.eligibility import progress_for_programme
from wall_desktop.services.errors import NotFound, ValidationError
from wall_desktop.services.trainings import (
    AttendanceMark,
    GridCell,
    MarkRefused,
    attendance_grid,
    delete_session,
    list_sessions,
    set_attendance,
)

D = Decimal
PRESENT, EXCUSED, ABSENT = (
    AttendanceStatus.PRESENT,
    AttendanceStatus.EXCUSED,
    AttendanceStatus.ABSENT,
)


@pytest.fixture
def academy(ctx: Context) -> Academy:
    return make_academy(ctx, hoods=("Nadodrze", "Szczepin"))


def _cells(ctx: Context) -> dict[tuple[int, int], tuple[AttendanceStatus, Decimal]]:
    with ctx.db.read() as s:
        return {
            (a.person_id, a.session_id): (a.status, a.hours)
            for a in s.execute(select(Attendance)).scalars()
        }


# --- marking ---------------------------------------------------------------------


def test_present_takes_the_sessions_hours_others_take_none(ctx: Context, academy: Academy) -> None:
    sid = academy.session("7.5")
    anna, jan, ewa = (
        academy.person(*n) for n in (("Anna", "Nowak"), ("Jan", "Kowalski"), ("Ewa", "Lis"))
    )
    set_attendance(
        ctx,
        [
            AttendanceMark(anna, sid, PRESENT),
            AttendanceMark(jan, sid, EXCUSED),
            AttendanceMark(ewa, sid, ABSENT, D("0")),
        ],
    )
    assert _cells(ctx) == {
        (anna, sid): (PRESENT, D("7.5")),
        (jan, sid): (EXCUSED, D("0")),
        (ewa, sid): (ABSENT, D("0")),
    }


def test_a_mark_is_replaced_not_duplicated(ctx: Context, academy: Academy) -> None:
    sid = academy.session("6")
    anna = academy.person("Anna", "Nowak")
    academy.mark(anna, sid)
    academy.mark(anna, sid, "absent")
    academy.mark(anna, sid, hours="2.5")
    assert attendance_rows(ctx) == 1
    assert _cells(ctx) == {(anna, sid): (PRESENT, D("2.5"))}


def test_a_removed_mark_comes_back_in_the_same_row(ctx: Context, academy: Academy) -> None:
    sid = academy.session("6")
    anna = academy.person("Anna", "Nowak")
    academy.mark(anna, sid)
    with ctx.db.read() as s:
        first_id = s.execute(select(Attendance.id)).scalar_one()
    academy.mark(anna, sid, None)
    assert (attendance_rows(ctx), attendance_rows(ctx, live_only=True)) == (1, 0)
    academy.mark(anna, sid, "excused")
    with ctx.db.read() as s:
        row = s.execute(select(Attendance)).scalar_one()
    assert (row.id, row.status, row.deleted_at) == (first_id, EXCUSED, None)
    assert attendance_rows(ctx) == 1


def test_an_unchanged_mark_writes_nothing(ctx: Context, academy: Academy) -> None:
    sid = academy.session("6")
    anna, jan = academy.person("Anna", "Nowak"), academy.person("Jan", "Kowalski")
    academy.mark(anna, sid)
    before = change_seq(ctx)
    academy.mark(anna, sid, hours="6")  # what "present" already means
    academy.mark(jan, sid, None)  # removing a mark that is not there
    assert change_seq(ctx) == before
    academy.mark(jan, sid, "absent")
    assert change_seq(ctx) == before + 1


def test_undo_restores_every_cell(ctx: Context, academy: Academy) -> None:
    s1, s2 = academy.session("6"), academy.session("4")
    anna, jan = academy.person("Anna", "Nowak"), academy.person("Jan", "Kowalski")
    set_attendance(
        ctx, [AttendanceMark(anna, s1, PRESENT, D("5")), AttendanceMark(jan, s1, EXCUSED)]
    )
    before = _cells(ctx)

    batch = [
        AttendanceMark(anna, s1, ABSENT),
        AttendanceMark(jan, s1, None),
        AttendanceMark(anna, s2, PRESENT),
        AttendanceMark(anna, s1, PRESENT, D("1")),  # the same cell again: the last mark wins
    ]
    previous = set_attendance(ctx, batch)

    assert previous == [
        AttendanceMark(anna, s1, PRESENT, D("5")),
        AttendanceMark(jan, s1, EXCUSED, D("0")),
        AttendanceMark(anna, s2, None, None),
    ]
    assert _cells(ctx) == {(anna, s1): (PRESENT, D("1")), (anna, s2): (PRESENT, D("4"))}
    redo = set_attendance(ctx, previous)
    assert _cells(ctx) == before
    assert attendance_rows(ctx) == 3  # (anna, s2) is kept deleted, ready for a redo
    set_attendance(ctx, redo)
    assert _cells(ctx) == {(anna, s1): (PRESENT, D("1")), (anna, s2): (PRESENT, D("4"))}
    assert attendance_rows(ctx) == 3


def test_each_changed_mark_is_versioned_stamped_and_logged(ctx: Context, academy: Academy) -> None:
    sid = academy.session("6")
    anna, jan = academy.person("Anna", "Nowak"), academy.person("Jan", "Kowalski")

    def stored(person: int) -> Attendance:
        with ctx.db.read() as s:
            return s.execute(
                select(Attendance)
                .where(Attendance.person_id == person, Attendance.session_id == sid)
                .execution_options(include_deleted=True)
            ).scalar_one()

    def log_since(seq: int) -> list[tuple[int, str, str | None, object, str]]:
        with ctx.db.read() as s:
            return [
                (e.change_seq, e.table_name, e.operator, e.row_uuid, e.action)
                for e in s.execute(
                    select(ChangeLog).where(ChangeLog.change_seq > seq).order_by(ChangeLog.id)
                ).scalars()
            ]

    before = change_seq(ctx)
    set_attendance(ctx, [AttendanceMark(anna, sid, PRESENT), AttendanceMark(jan, sid, ABSENT)])
    a, j = stored(anna), stored(jan)
    seq = before + 1  # one step of the counter for the whole batch
    assert change_seq(ctx) == seq
    assert (a.row_version, a.change_seq, a.updated_by, a.hours) == (1, seq, "Tester", D("6"))
    assert a.created_at == a.updated_at and a.uuid != j.uuid
    assert sorted(log_since(before), key=str) == sorted(
        [
            (seq, "attendance", "Tester", a.uuid, "insert"),
            (seq, "attendance", "Tester", j.uuid, "insert"),
        ],
        key=str,
    )

    academy.mark(anna, sid, "excused")
    academy.mark(anna, sid, None)
    academy.mark(anna, sid, "present", "2")
    after = stored(anna)
    assert (after.id, after.uuid, after.row_version) == (a.id, a.uuid, 4)
    assert (after.status, after.hours, after.deleted_at) == (PRESENT, D("2"), None)
    assert after.change_seq == seq + 3 and after.updated_at >= a.updated_at
    assert [e[4] for e in log_since(seq)] == ["update", "delete", "restore"]
    assert [e[0] for e in log_since(seq)] == [seq + 1, seq + 2, seq + 3]
    assert stored(jan).row_version == 1  # untouched rows keep their version


def test_a_removed_mark_keeps_its_row_deleted_with_the_time(ctx: Context, academy: Academy) -> None:
    sid = academy.session("6")
    anna = academy.person("Anna", "Nowak")
    academy.mark(anna, sid)
    academy.mark(anna, sid, None)
    with ctx.db.read() as s:
        row = s.execute(select(Attendance).execution_options(include_deleted=True)).scalar_one()
    assert row.deleted_at is not None and row.deleted_at == row.updated_at
    assert attendance_rows(ctx, live_only=True) == 0


def test_an_empty_batch_does_nothing(ctx: Context) -> None:
    assert set_attendance(ctx, []) == []


# --- refusals: the whole batch, nothing written ------------------------------------------


def _refusal_setup(academy: Academy) -> dict[str, tuple[int, int]]:
    held = academy.session("6")
    cancelled = academy.session("6", SessionStatus.CANCELLED)
    deleted = academy.session("6")
    delete_session(academy.ctx, deleted)
    anna = academy.person("Anna", "Nowak")
    elsewhere = academy.person("Adam", "Szymański", hood="Szczepin")
    mentor = academy.person("Tomasz", "Mazur", roles=(Role.MENTOR,))
    no_hood = academy.person("Olga", "Kamińska", hood=None)
    return {
        "held": (anna, held),
        "cancelled": (anna, cancelled),
        "deleted": (anna, deleted),
        "elsewhere": (elsewhere, held),
        "mentor": (mentor, held),
        "no_hood": (no_hood, held),
    }


@pytest.mark.parametrize(
    ("cell", "status", "hours", "message"),
    [
        ("cancelled", PRESENT, None, "Anna Nowak: Szkolenie z dnia 06.03.2022 zostało odwołane"),
        ("deleted", PRESENT, None, "Anna Nowak: To szkolenie już nie istnieje"),
        ("deleted", None, None, "Anna Nowak: To szkolenie już nie istnieje"),
        (
            "elsewhere",
            PRESENT,
            None,
            "Adam Szymański: brak zapisu jako uczestnik lub lider na tym osiedlu",
        ),
        (
            "mentor",
            PRESENT,
            None,
            "Tomasz Mazur: brak zapisu jako uczestnik lub lider na tym osiedlu",
        ),
        (
            "no_hood",
            ABSENT,
            None,
            "Olga Kamińska: brak zapisu jako uczestnik lub lider na tym osiedlu",
        ),
        ("held", PRESENT, "6.5", "Anna Nowak: 6,5\u00a0h to więcej niż 6\u00a0h całego szkolenia"),
        ("held", PRESENT, "-1", "Anna Nowak: Pole „Godziny” nie może być ujemne"),
        (
            "held",
            PRESENT,
            "1.255",
            "Anna Nowak: Pole „Godziny” może mieć najwyżej 2 miejsca po przecinku",
        ),
        ("held", EXCUSED, "2", "Anna Nowak: Godziny można wpisać tylko osobie obecnej"),
        (
            "held",
            "present",
            None,
            "Anna Nowak: Wybierz: obecność, nieobecność usprawiedliwiona lub nieobecność",
        ),
        ("held", PRESENT, 2.0, "Anna Nowak: Pole „Godziny” musi być liczbą"),
    ],
)
@pytest.mark.parametrize("alone", [False, True], ids=["in a batch", "alone"])
def test_a_refused_mark_refuses_the_batch(
    ctx: Context,
    academy: Academy,
    alone: bool,
    cell: str,
    status: AttendanceStatus | None,
    hours: str | float | None,
    message: str,
) -> None:
    cells = _refusal_setup(academy)
    good_person, good_session = cells["held"]
    jan = academy.person("Jan", "Kowalski")
    rows, seq = attendance_rows(ctx), change_seq(ctx)
    value = D(hours) if isinstance(hours, str) else hours
    bad = AttendanceMark(*cells[cell], status, value)  # type: ignore[arg-type]

    with pytest.raises(MarkRefused) as refused:
        # one cell takes the single-statement read, a batch the three reads
        set_attendance(ctx, [bad] if alone else [AttendanceMark(jan, good_session, PRESENT), bad])

    assert refused.value.cells == {cells[cell]: message}
    assert isinstance(refused.value, ValidationError) and str(refused.value) == message
    assert (attendance_rows(ctx), change_seq(ctx)) == (rows, seq)
    assert good_person  # the good mark in the batch was not written either
    assert _cells(ctx) == {}


def test_a_mark_may_be_removed_from_a_session_cancelled_since(
    ctx: Context, academy: Academy
) -> None:
    sid = academy.session("6")
    anna = academy.person("Anna", "Nowak")
    academy.mark(anna, sid)
    set_session_status(ctx, academy.hoods["Nadodrze"], sid, SessionStatus.CANCELLED)
    with pytest.raises(MarkRefused):
        academy.mark(anna, sid, "absent")
    academy.mark(anna, sid, None)
    assert _cells(ctx) == {}


def test_refusals_speak_english_too(ctx: Context, academy: Academy) -> None:
    cells = _refusal_setup(academy)
    set_language("en")
    with pytest.raises(MarkRefused) as refused:
        set_attendance(ctx, [AttendanceMark(*cells["held"], PRESENT, D("7"))])
    assert str(refused.value) == "Anna Nowak: 7\u00a0h is more than the session's 6\u00a0h"


# --- the grid -----------------------------------------------------------------------


def test_the_grid_lists_people_sessions_cells_and_totals(ctx: Context, academy: Academy) -> None:
    s1, s2, s3 = academy.session("20"), academy.session("20"), academy.session("20")
    planned = academy.session("10", SessionStatus.PLANNED)
    cancelled = academy.session("5", SessionStatus.CANCELLED)
    people = {
        "Żak": academy.person("Zofia", "Żak"),
        "Łukasiewicz": academy.person("Jan", "Łukasiewicz", roles=(Role.PARTICIPANT, Role.LEADER)),
        "Lis": academy.person("Ewa", "Lis", status=EnrolmentStatus.RESIGNED),
        "Mazur": academy.person("Olga", "Mazur", status=EnrolmentStatus.CANDIDATE),
        "Zieliński": academy.person("Piotr", "Zieliński", status=EnrolmentStatus.COMPLETED),
        "Ćwik": academy.person("Adam", "Ćwik"),
    }
    academy.person("Tomasz", "Mentor", roles=(Role.MENTOR,))
    academy.person("Ala", "Nowak", hood="Szczepin")
    zak, luk = people["Żak"], people["Łukasiewicz"]
    set_attendance(
        ctx,
        [
            AttendanceMark(zak, s1, PRESENT),
            AttendanceMark(zak, s2, PRESENT),
            AttendanceMark(zak, s3, PRESENT, D("8")),
            AttendanceMark(luk, s1, PRESENT),
            AttendanceMark(luk, s2, EXCUSED),
            AttendanceMark(people["Zieliński"], s1, ABSENT),
        ],
    )

    grid = attendance_grid(ctx, academy.hoods["Nadodrze"])

    assert [t.id for t in grid.sessions] == [s1, s2, s3, planned, cancelled]
    assert [p.last_name for p in grid.people] == [
        "Ćwik",
        "Lis",
        "Łukasiewicz",
        "Mazur",
        "Zieliński",
        "Żak",
    ]
    by_name = {p.last_name: p for p in grid.people}
    assert by_name["Łukasiewicz"].roles == (Role.LEADER, Role.PARTICIPANT)
    assert by_name["Lis"].status is EnrolmentStatus.RESIGNED
    assert grid.cell(zak, s3) == GridCell(PRESENT, D("8"))
    assert grid.cell(luk, s3) is None
    assert len(grid.cells) == 6
    t = grid.person_totals[zak]
    assert (t.attended_hours, t.held_hours, t.share, t.eligible) == (
        D("48"),
        D("60"),
        D("80.0"),
        True,
    )
    assert (
        grid.person_totals[luk].reason == "brakuje 28\u00a0h do 48\u00a0h (80\u00a0% z 60\u00a0h)"
    )
    assert grid.person_totals[people["Lis"]].reason == "rezygnacja z udziału"
    assert set(grid.person_totals) == {p.person_id for p in grid.people}
    totals = grid.session_totals
    assert (totals[s1].present, totals[s1].hours) == (2, D("40"))
    assert (totals[s2].present, totals[s2].hours) == (1, D("20"))
    assert (totals[planned].present, totals[planned].hours) == (0, D("0"))
    assert grid.threshold == D("80") and grid.programme_id == academy.programme_id


def test_the_grids_eligibility_is_the_programmes(ctx: Context, academy: Academy) -> None:
    """The grid sums hours from its own marks: the same figures as the programme-wide query."""
    held, other = academy.session("6"), academy.session("4")
    planned = academy.session("5", SessionStatus.PLANNED)
    cancelled = academy.session("3")
    people = [
        academy.person("Anna", "Nowak"),
        academy.person("Jan", "Kowalski", status=EnrolmentStatus.CANDIDATE),
        academy.person("Ewa", "Lis", roles=(Role.LEADER,)),
        academy.person("Ola", "Żak", status=EnrolmentStatus.RESIGNED),
    ]
    elsewhere = academy.person("Adam", "Szymański", hood="Szczepin")
    academy.mark(elsewhere, academy.session("6", hood="Szczepin"))
    for n, person in enumerate(people):
        academy.mark(person, held)
        academy.mark(person, other, "present" if n % 2 else "excused")
        academy.mark(person, cancelled)
    academy.mark(people[0], other, None)  # a removed mark counts nowhere
    set_session_status(ctx, academy.hoods["Nadodrze"], cancelled, SessionStatus.CANCELLED)
    grid = attendance_grid(ctx, academy.hoods["Nadodrze"])
    expected = progress_for_programme(ctx, academy.programme_id, academy.hoods["Nadodrze"])
    assert grid.person_totals == {p.person_id: expected[p.person_id] for p in grid.people}
    assert {p.person_id for p in grid.people} == set(people)
    assert grid.person_totals[people[1]].attended_hours == D("10")
    assert grid.person_totals[people[1]].planned_hours == D("5")
    assert grid.sessions == tuple(list_sessions(ctx, academy.hoods["Nadodrze"]))
    assert [t.id for t in grid.sessions] == [held, other, planned, cancelled]


def test_the_grid_follows_marks_and_their_undo(ctx: Context, academy: Academy) -> None:
    sid = academy.session("6")
    anna = academy.person("Anna", "Nowak")
    previous = academy.mark(anna, sid)
    assert attendance_grid(ctx, academy.hoods["Nadodrze"]).person_totals[anna].eligible
    set_attendance(ctx, previous)
    grid = attendance_grid(ctx, academy.hoods["Nadodrze"])
    assert grid.cells == {} and not grid.person_totals[anna].eligible


def test_an_unknown_neighbourhood_has_no_grid(ctx: Context) -> None:
    with pytest.raises(NotFound):
        attendance_grid(ctx, 404)


def test_polish_alphabetical_order() -> None:
    from wall_desktop.services.attendance_grid import polish_key

    names = ["Żak", "Zieliński", "Łukasiewicz", "Lwowski", "Lis", "Ćwik", "Czarnecki", "Śliwa"]
    names += ["Szulc", "Sowa", "Ostrowski", "Ólka", "nowak", "Nowakowska", "Nowak-Jeleń"]
    assert sorted(names, key=polish_key) == [
        "Czarnecki",
        "Ćwik",
        "Lis",
        "Lwowski",
        "Łukasiewicz",
        "nowak",
        "Nowak-Jeleń",
        "Nowakowska",
        "Ostrowski",
        "Ólka",
        "Sowa",
        "Szulc",
        "Śliwa",
        "Zieliński",
        "Żak",
    ]
