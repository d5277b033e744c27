"""Training sessions: the form's checks, the list, changes that carry marks, deletion."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from tests.training_factories import Academy, attendance_rows, change_seq, make_academy
from wall_desktop.db.base import utcnow
from wall_desktop.db.enums import AttendanceStatus, Role, SessionStatus
from wall_desktop.db.models import Attendance, Neighbourhood, Person, TrainingSession
from wall_desktop.i18n import set_language
from wall_desktop.services.context import Context
from wall_desktop.services.errors import Conflict, NotFound, RuleViolation, ValidationError
from wall_desktop.services.trainings import (
    SessionInput,
    create_session,
    delete_session,
    list_sessions,
    update_session,
)

D = Decimal


def _form(a: Academy, **changes: object) -> SessionInput:
    data = SessionInput(
        neighbourhood_id=a.hoods["Nadodrze"],
        date=date(2022, 3, 5),
        start_time=time(10, 0),
        end_time=time(16, 0),
        hours=D("6"),
        topic="  Komunikacja   w grupie ",
        place="Centrum Aktywności Lokalnej, ul. Łokietka 5",
    )
    return replace(data, **changes)  # type: ignore[arg-type]


def _sessions(ctx: Context) -> int:
    with ctx.db.read() as s:
        query = select(func.count(TrainingSession.id)).execution_options(include_deleted=True)
        return int(s.execute(query).scalar_one())


@pytest.fixture
def academy(ctx: Context) -> Academy:
    return make_academy(ctx, hoods=("Nadodrze", "Szczepin"))


def test_a_session_is_created_cleaned_and_listed_with_its_trainer(
    ctx: Context, academy: Academy
) -> None:
    trainer = academy.person("Krzysztof", "Łęcki", hood=None, roles=(Role.TRAINER,))
    row = create_session(ctx, _form(academy, trainer_id=trainer, notes="  "))
    assert row.topic == "Komunikacja w grupie"
    assert row.trainer_name == "Krzysztof Łęcki"
    assert (row.hours, row.status, row.notes) == (D("6.00"), SessionStatus.PLANNED, None)
    assert (row.present, row.excused, row.absent, row.attended_hours) == (0, 0, 0, D("0"))
    assert [r.id for r in list_sessions(ctx, academy.hoods["Nadodrze"])] == [row.id]
    assert list_sessions(ctx, academy.hoods["Szczepin"]) == []


def test_sessions_are_listed_by_date_then_time_with_their_counts(
    ctx: Context, academy: Academy
) -> None:
    late = create_session(ctx, _form(academy, date=date(2022, 3, 6), topic="B"))
    afternoon = create_session(
        ctx, _form(academy, start_time=time(14, 0), end_time=time(17, 0), hours=D("3"), topic="C")
    )
    morning = create_session(
        ctx, _form(academy, start_time=time(9, 0), end_time=time(12, 0), hours=D("3"), topic="A")
    )
    untimed = create_session(ctx, _form(academy, start_time=None, end_time=None, topic="D"))
    held = replace(_form(academy, topic="A"), start_time=time(9, 0), end_time=time(12, 0))
    update_session(ctx, morning.id, replace(held, hours=D("3"), status=SessionStatus.HELD))
    anna = academy.person("Anna", "Nowak")
    jan = academy.person("Jan", "Kowalski")
    ewa = academy.person("Ewa", "Lis")
    academy.mark(anna, morning.id)
    academy.mark(jan, morning.id, "excused")
    academy.mark(ewa, morning.id, hours="1.5")

    rows = list_sessions(ctx, academy.hoods["Nadodrze"])

    assert [r.id for r in rows] == [morning.id, afternoon.id, untimed.id, late.id]
    first = rows[0]
    assert (first.present, first.excused, first.absent) == (2, 1, 0)
    assert first.attended_hours == D("4.50")


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"topic": "   "}, "topic"),
        ({"topic": "x" * 301}, "topic"),
        ({"end_time": time(9, 0)}, "end_time"),
        ({"end_time": time(10, 0)}, "end_time"),
        ({"hours": D("0")}, "hours"),
        ({"hours": D("-2")}, "hours"),
        ({"hours": D("1.255")}, "hours"),
        ({"hours": D("25")}, "hours"),
        ({"hours": 6.0}, "hours"),
        ({"neighbourhood_id": 999}, "neighbourhood_id"),
        ({"trainer_id": 999}, "trainer_id"),
        ({"status": "held"}, "status"),
    ],
)
def test_a_bad_form_is_refused_and_nothing_is_written(
    ctx: Context, academy: Academy, changes: dict[str, object], field: str
) -> None:
    before = _sessions(ctx)
    with pytest.raises(ValidationError) as refused:
        create_session(ctx, _form(academy, **changes))
    assert field in refused.value.errors
    assert _sessions(ctx) == before


def test_the_messages_are_polish_and_english(ctx: Context, academy: Academy) -> None:
    bad = _form(academy, topic="", end_time=time(9, 0), hours=D("1.255"))
    with pytest.raises(ValidationError) as pl:
        create_session(ctx, bad)
    assert pl.value.errors["end_time"] == (
        "Godzina zakończenia musi być późniejsza niż godzina rozpoczęcia"
    )
    assert "Temat" in pl.value.errors["topic"]
    set_language("en")
    with pytest.raises(ValidationError) as en:
        create_session(ctx, bad)
    assert en.value.errors["end_time"] == "The end time must be after the start time"
    assert en.value.errors["hours"] == "Hours may have at most 2 decimal places"


def test_a_deleted_neighbourhood_takes_no_new_sessions(ctx: Context, academy: Academy) -> None:
    with ctx.db.write("Tester") as s:
        hood = s.get(Neighbourhood, academy.hoods["Szczepin"])
        assert hood is not None
        hood.deleted_at = utcnow()
    with pytest.raises(ValidationError) as refused:
        create_session(ctx, _form(academy, neighbourhood_id=academy.hoods["Szczepin"]))
    assert "neighbourhood_id" in refused.value.errors


def test_changing_the_hours_carries_full_present_marks(ctx: Context, academy: Academy) -> None:
    sid = academy.session("6")
    full, part, away = (
        academy.person("Anna", "Nowak"),
        academy.person("Jan", "Kowalski"),
        academy.person("Ewa", "Lis"),
    )
    academy.mark(full, sid)
    academy.mark(part, sid, hours="4")
    academy.mark(away, sid, "absent")
    data = _form(academy, status=SessionStatus.HELD, date=date(2022, 3, 5))
    update_session(ctx, sid, replace(data, hours=D("5")))
    with ctx.db.read() as s:
        marks = {a.person_id: a.hours for a in s.execute(select(Attendance)).scalars()}
    assert marks == {full: D("5"), part: D("4"), away: D("0")}


def test_hours_below_an_explicit_mark_are_refused(ctx: Context, academy: Academy) -> None:
    sid = academy.session("6")
    academy.mark(academy.person("Jan", "Kowalski"), sid, hours="4")
    before = change_seq(ctx)
    data = _form(academy, status=SessionStatus.HELD, hours=D("3"))
    with pytest.raises(RuleViolation) as refused:
        update_session(ctx, sid, data)
    assert "1 osoba ma zapisane" in str(refused.value)
    assert change_seq(ctx) == before
    assert list_sessions(ctx, academy.hoods["Nadodrze"])[0].hours == D("6")


def test_a_session_with_marks_stays_in_its_neighbourhood(ctx: Context, academy: Academy) -> None:
    sid = academy.session("6")
    academy.mark(academy.person("Jan", "Kowalski"), sid)
    moved = _form(academy, neighbourhood_id=academy.hoods["Szczepin"], status=SessionStatus.HELD)
    with pytest.raises(RuleViolation):
        update_session(ctx, sid, moved)
    empty = academy.session("6")
    update_session(ctx, empty, moved)
    assert [r.id for r in list_sessions(ctx, academy.hoods["Szczepin"])] == [empty]


def test_a_stale_version_is_a_conflict(ctx: Context, academy: Academy) -> None:
    row = create_session(ctx, _form(academy))
    update_session(ctx, row.id, _form(academy, topic="Nowy temat"))
    with pytest.raises(Conflict):
        update_session(ctx, row.id, _form(academy), expected_version=row.row_version)


def test_delete_takes_the_marks_and_says_so(ctx: Context, academy: Academy) -> None:
    sid = academy.session("6")
    other = academy.session("6")
    for first, last in (("Anna", "Nowak"), ("Jan", "Kowalski")):
        academy.mark(academy.person(first, last), sid)
    academy.mark(academy.people["Anna Nowak"], other)

    gone = delete_session(ctx, sid)

    assert gone.marks_deleted == 2
    assert gone.message == "Usunięto szkolenie z dnia 05.03.2022 i 2 wpisy obecności"
    assert [r.id for r in list_sessions(ctx, academy.hoods["Nadodrze"])] == [other]
    assert attendance_rows(ctx) == 3 and attendance_rows(ctx, live_only=True) == 1
    with pytest.raises(NotFound):
        delete_session(ctx, sid)
    set_language("en")
    assert delete_session(ctx, other).message == (
        "Deleted the session of 06.03.2022 and its 1 attendance mark"
    )


def test_an_empty_session_deletes_alone(ctx: Context, academy: Academy) -> None:
    gone = delete_session(ctx, academy.session("6"))
    assert (gone.marks_deleted, gone.message) == (0, "Usunięto szkolenie z dnia 05.03.2022")


def test_a_deleted_trainer_still_names_the_session(ctx: Context, academy: Academy) -> None:
    trainer = academy.person("Krzysztof", "Łęcki", hood=None, roles=(Role.TRAINER,))
    create_session(ctx, _form(academy, trainer_id=trainer))
    with ctx.db.write("Tester") as s:
        person = s.get(Person, trainer)
        assert person is not None
        person.deleted_at = utcnow()
    assert list_sessions(ctx, academy.hoods["Nadodrze"])[0].trainer_name == "Krzysztof Łęcki"


def test_status_values_are_real_enums(ctx: Context, academy: Academy) -> None:
    sid = academy.session("6")
    academy.mark(academy.person("Anna", "Nowak"), sid, "excused")
    with ctx.db.read() as s:
        mark = s.execute(select(Attendance)).scalar_one()
    assert mark.status is AttendanceStatus.EXCUSED and mark.hours == D("0")
