"""The demo database: a realistic copy of the Wrocław Academy of Local Leaders.

``fill_demo`` writes, in one unit of work, the 2022–2023 edition (13 estates,
about 120 people, weekend training cycles, 13 micro-projects and their budget)
and the small 2020 pilot into an empty database, and marks it as a demo.
Everything comes from ``random.Random(seed)`` and a fixed "today" of the
programme, so the same seed gives the same data on any day.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from wall_desktop.db.enums import (
    ProjectStatus,
    RecruitmentStatus,
    SessionStatus,
)
from wall_desktop.db.models import (
    Attendance,
    DatabaseInfo,
    Neighbourhood,
    Person,
    Programme,
    ProjectLockEvent,
    ResidentsMeeting,
)
from wall_desktop.db.session import INCLUDE_DELETED
from wall_desktop.i18n import _
from wall_desktop.services.certificate_keys import set_new_key
from wall_desktop.services.context import Context
from wall_desktop.services.demo import enrolments as demo_enrolments
from wall_desktop.services.demo import pilot as demo_pilot
from wall_desktop.services.demo.budget import add_budget
from wall_desktop.services.demo.cycles import (
    Cycle,
    cancel_one,
    meeting_rows,
    project_row,
    session_rows,
    team_rows,
)
from wall_desktop.services.demo.estates import ESTATES, STAFF, TRAINERS
from wall_desktop.services.demo.people import (
    Member,
    NameMaker,
    estate_groups,
    new_person,
)
from wall_desktop.services.errors import WallError
from wall_desktop.services.ledger_queries import LOCK, UNLOCK

DEFAULT_SEED = 2022
# The programme's "now": the last estate is still in training, two projects still run.
DEMO_TODAY = dt.date(2023, 8, 1)
MAIN_NAME = "Wrocławska Akademia Lokalnych Liderów"
MAIN_START = dt.date(2022, 2, 1)
MAIN_END = dt.date(2023, 9, 30)
FIRST_CYCLE = dt.date(2022, 2, 19)  # a Saturday; one estate starts every six weeks
CYCLE_SPACING = dt.timedelta(weeks=6)
CYCLE_LENGTH = dt.timedelta(days=91)
MENTORS = 7

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class DemoSummary:
    """What the demo wrote (the main programme's figures unless said otherwise)."""

    programme_id: int
    programmes: int
    neighbourhoods: int
    people: int  # every person in the database, pilot included
    participants: int  # enrolled with the participant role (candidates and resigned too)
    minors: int
    leaders: int
    mentors: int
    trainers: int
    candidates: int
    resigned: int
    sessions_held: int
    sessions_planned: int
    sessions_cancelled: int
    attendance_marks: int
    projects: int
    projects_settled: int
    projects_in_progress: int
    residents_meetings: int
    budget_lines: int
    expenses: int
    grants_total: Decimal
    today: dt.date


def ensure_empty(s: Session) -> None:
    """Refuse a database that already holds a programme or a person (deleted ones too)."""
    for model in (Programme, Person):
        found = s.execute(
            select(func.count()).select_from(model).execution_options(**{INCLUDE_DELETED: True})
        ).scalar_one()
        if found:
            raise WallError(
                _(
                    "The demo programme can only be written into an empty database; "
                    "this one already holds data"
                )
            )


def fill_demo(
    ctx: Context, seed: int = DEFAULT_SEED, progress: Progress | None = None
) -> DemoSummary:
    """Write the demo programmes into an empty database; nothing is written if it is not empty."""
    rng = random.Random(seed)
    step = _stepper(progress, 6)
    with ctx.db.write(ctx.operator) as s:
        ensure_empty(s)
        programme = _main_programme()
        pilot = demo_pilot.programme()
        _signing_keys(seed, programme, pilot)
        s.add_all([programme, pilot])
        s.flush()
        step()
        names = NameMaker(rng)
        staff = [new_person(rng, f, la, w, (1970, 1990)) for f, la, w, _role in STAFF]
        trainers = [new_person(rng, f, la, w, (1965, 1992)) for f, la, w, _t in TRAINERS]
        for person in staff + trainers:
            names.used.add(person.full_name)
        pilot_group = demo_pilot.group(rng, names)
        mentors = (
            pilot_group[:3]
            + [
                new_person(rng, *names.pick(woman), woman, (1960, 1995))
                for woman in (True, False, True, True)
            ][: MENTORS - 3]
        )
        cycles = _cycles(rng, names, mentors)
        candidates = demo_enrolments.candidates(rng, names, cycles)
        s.add_all(staff + trainers + pilot_group + mentors[3:])
        s.add_all([m.person for c in cycles for m in c.group] + [m.person for _, m in candidates])
        s.add_all(c.neighbourhood for c in cycles if c.neighbourhood is not None)
        for cycle in cycles:
            assert cycle.neighbourhood is not None
            cycle.neighbourhood.programme_id = programme.id
        s.flush()
        step()
        topic_trainer = {t: n for n, (*_x, topics) in enumerate(TRAINERS) for t in topics}
        for cycle in cycles:
            cycle.sessions = session_rows(cycle, trainers, topic_trainer, DEMO_TODAY)
        finished = [c for c in cycles if c.end < DEMO_TODAY]
        cancel_one(rng, rng.choice(finished[1:-1]))
        s.add_all(row for c in cycles for row in c.sessions)
        s.flush()
        step()
        demo_enrolments.people_rows(s, rng, programme, cycles, candidates, staff, trainers, mentors)
        step()
        grants = _grants(rng, len(cycles), programme.default_grant)
        for cycle, grant in zip(cycles, grants, strict=True):
            cycle.project = project_row(rng, cycle, grant, DEMO_TODAY)
        s.add_all(c.project for c in cycles if c.project is not None)
        s.flush()
        for cycle in cycles:
            assert cycle.project is not None
            team = [m for m in cycle.group if m.profile != "resigned"]
            s.add_all(team_rows(rng, cycle.project, team))
            s.add_all(meeting_rows(rng, cycle, DEMO_TODAY))
        step()
        lines, expenses = add_budget(
            s, rng, programme, cycles, trainers, staff[0], staff[1], DEMO_TODAY
        )
        demo_pilot.fill(s, rng, pilot, pilot_group, staff[0], trainers[:2])
        s.add_all(_reopened_once(cycles))
        s.execute(select(DatabaseInfo)).scalar_one().is_demo = True
        s.flush()
        step()
        return _summary(programme, cycles, candidates, mentors, s, lines, expenses)


def _signing_keys(seed: int, *programmes: Programme) -> None:
    """The demo is an office database, so it holds its programmes' signing keys, as the
    office makes them before issuing.  They come from the seed (a random source of their
    own, so the rest of the data stays as it was): a demo key signs only DEMO certificates."""
    keys = random.Random(f"demo-signing-keys-{seed}")
    for programme in programmes:
        set_new_key(programme, keys.randbytes(32))


def _main_programme() -> Programme:
    return Programme(
        name=MAIN_NAME,
        funder="Aktywni Obywatele – Fundusz Krajowy",
        funding_programme="Fundusze EOG",
        agreement_number="AOFK/2021/4/0347",
        start_date=MAIN_START,
        end_date=MAIN_END,
        default_grant=Decimal("4000.00"),
        nominal_hours=Decimal("60"),
        certificate_threshold=Decimal("80"),
        minor_age=18,
        certificate_pattern="WALL/{year}/{number:04d}",
        place="Wrocław",
        coordinator_name=f"{STAFF[0][0]} {STAFF[0][1]}",
        data_controller=(
            "Stowarzyszenie „Wrocławskie Osiedla”, ul. Traugutta 45/2, 50-416 Wrocław"
        ),
        data_purpose=(
            "Realizacja projektu „Wrocławska Akademia Lokalnych Liderów”, rozliczenie dotacji "
            "z programu Aktywni Obywatele – Fundusz Krajowy i sprawozdawczość wobec "
            "Operatora Programu."
        ),
        notes=(
            "Partner: nieformalna grupa liderów osiedlowych, która powstała po pilotażowej "
            "Akademii Lokalnych Liderów na Przedmieściu Oławskim (2020)."
        ),
    )


def _cycles(rng: random.Random, names: NameMaker, mentors: list[Person]) -> list[Cycle]:
    starts = [FIRST_CYCLE + CYCLE_SPACING * i for i in range(len(ESTATES))]
    completed = {i for i, start in enumerate(starts) if start + CYCLE_LENGTH < DEMO_TODAY}
    groups = estate_groups(rng, names, len(ESTATES), completed)
    cycles = []
    for i, (estate, start, group) in enumerate(zip(ESTATES, starts, groups, strict=True)):
        cycle = Cycle(
            index=i,
            estate=estate,
            start=start,
            end=min(start + CYCLE_LENGTH, MAIN_END),
            mentor=mentors[i % len(mentors)],
            group=group,
        )
        recruitment_start = max(MAIN_START, start - dt.timedelta(weeks=6))
        cycle.neighbourhood = Neighbourhood(
            name=estate.name,
            notes="REKRUTACJA ZAKOŃCZONA",
            recruitment_status=RecruitmentStatus.CLOSED,
            recruitment_start=recruitment_start,
            recruitment_end=start - dt.timedelta(days=6),
            cycle_start=start,
            cycle_end=cycle.end,
        )
        for member in group:
            member.applied_on = _day_between(rng, recruitment_start, start - dt.timedelta(days=6))
        cycles.append(cycle)
    return cycles


def _reopened_once(cycles: list[Cycle]) -> list[ProjectLockEvent]:
    """A settled project unlocked once to fix a description, then locked again (recorded)."""
    settled = [c.project for c in cycles if c.project and c.project.status == ProjectStatus.SETTLED]
    first = settled[0]
    return [
        ProjectLockEvent(
            project_id=first.id,
            action=UNLOCK,
            reason="Operator poprosił o uzupełnienie opisu faktury za materiały.",
        ),
        ProjectLockEvent(project_id=first.id, action=LOCK, reason="Opis faktury uzupełniony."),
    ]


def _grants(rng: random.Random, count: int, default: Decimal) -> list[Decimal]:
    """4,000 zł each, except one or two projects that asked for less (about 50,000 in all)."""
    grants = [default] * count
    for i in rng.sample(range(count - 1), rng.randint(1, 2)):
        grants[i] = rng.choice((Decimal("2800.00"), Decimal("3000.00"), Decimal("3500.00")))
    return grants


def _day_between(rng: random.Random, first: dt.date, last: dt.date) -> dt.date:
    return first + dt.timedelta(days=rng.randint(0, max(0, (last - first).days)))


def _stepper(progress: Progress | None, total: int) -> Callable[[], None]:
    done = 0

    def step() -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done, total)

    return step


def _summary(
    programme: Programme,
    cycles: list[Cycle],
    candidates: list[tuple[Cycle, Member]],
    mentors: list[Person],
    s: Session,
    lines: int,
    expenses: int,
) -> DemoSummary:
    members = [m for c in cycles for m in c.group]
    sessions = [row for c in cycles for row in c.sessions]
    projects = [c.project for c in cycles if c.project is not None]
    people = s.execute(select(func.count()).select_from(Person)).scalar_one()
    marks = s.execute(
        select(func.count())
        .select_from(Attendance)
        .where(Attendance.session_id.in_([r.id for r in sessions]))
    ).scalar_one()
    meetings = s.execute(
        select(func.count())
        .select_from(ResidentsMeeting)
        .where(ResidentsMeeting.project_id.in_([p.id for p in projects]))
    ).scalar_one()
    return DemoSummary(
        programme_id=programme.id,
        programmes=2,
        neighbourhoods=len(cycles),
        people=int(people),
        participants=len(members) + len(candidates),
        minors=sum(m.minor for m in members),
        leaders=sum(m.leader for m in members),
        mentors=len(mentors),
        trainers=len(TRAINERS),
        candidates=len(candidates),
        resigned=sum(m.profile == "resigned" for m in members),
        sessions_held=sum(r.status == SessionStatus.HELD for r in sessions),
        sessions_planned=sum(r.status == SessionStatus.PLANNED for r in sessions),
        sessions_cancelled=sum(r.status == SessionStatus.CANCELLED for r in sessions),
        attendance_marks=int(marks),
        projects=len(projects),
        projects_settled=sum(p.status == ProjectStatus.SETTLED for p in projects),
        projects_in_progress=sum(p.status == ProjectStatus.IN_PROGRESS for p in projects),
        residents_meetings=int(meetings),
        budget_lines=lines,
        expenses=expenses,
        grants_total=sum((p.grant_amount for p in projects), Decimal("0")),
        today=DEMO_TODAY,
    )


def is_empty(ctx: Context) -> bool:
    """True when the database holds no programme and no person (the demo may be written)."""
    with ctx.db.read() as s:
        try:
            ensure_empty(s)
        except WallError:
            return False
        return True
