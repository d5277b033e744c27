"""Micro-projects: one per neighbourhood, its team, its lock state once settled.

A settled project is locked: its budget lines and expenses cannot change
until someone unlocks it with a reason (``services/project_locks.py``,
re-exported here).  Marking a project settled records a lock event, so a
project that was unlocked, reopened and settled again is locked again.
While locked, the project's status and grant cannot be changed either (that
would unlock it through the back door); its texts (outcome, good practice,
beneficiaries) stay editable because the good-practice guide is written
after settlement.

Residents' meetings live in ``services/meetings.py`` and are re-exported here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from wall_desktop.db.base import Tracked, utcnow
from wall_desktop.db.enums import ProjectStatus
from wall_desktop.db.models import (
    BudgetLine,
    BudgetTransfer,
    Expense,
    Neighbourhood,
    Person,
    Programme,
    Project,
    ProjectMember,
    ResidentsMeeting,
)
from wall_desktop.i18n import _, ngettext
from wall_desktop.services import validation as v
from wall_desktop.services.context import Context
from wall_desktop.services.errors import NotFound, RuleViolation, ValidationError
from wall_desktop.services.formatting import format_money
from wall_desktop.services.ledger_queries import (
    LOCK,
    ZERO,
    grant_plan_of_project,
    grant_spent_by_project,
    locked_project_ids,
)
from wall_desktop.services.meetings import (
    MeetingInput,
    MeetingRow,
    create_meeting,
    delete_meeting,
    list_meetings,
    restore_meeting,
    update_meeting,
)
from wall_desktop.services.project_locks import (
    LockEventRow,
    is_locked,
    is_locked_in,
    lock_history,
    lock_project,
    record_lock,
    refuse_if_locked,
    unlock_project,
)
from wall_desktop.services.undelete import deleted_with, live_ids, load_even_deleted, undelete

__all__ = [
    "LockEventRow",
    "MeetingInput",
    "MeetingRow",
    "MemberRow",
    "ProjectDependants",
    "ProjectInput",
    "ProjectRow",
    "create_meeting",
    "create_project",
    "delete_meeting",
    "delete_project",
    "get_project",
    "is_locked",
    "list_meetings",
    "list_members",
    "list_projects",
    "lock_history",
    "lock_project",
    "project_dependants",
    "refuse_if_locked",
    "restore_meeting",
    "restore_project",
    "set_members",
    "unlock_project",
    "update_meeting",
    "update_project",
]


@dataclass(frozen=True)
class ProjectInput:
    neighbourhood_id: int
    title: str
    needs: str | None = None
    goals: str | None = None
    planned_actions: str | None = None
    status: ProjectStatus = ProjectStatus.IDEA
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    grant_amount: Decimal | None = None  # None: the programme's default grant
    beneficiaries: int | None = None
    beneficiaries_note: str | None = None
    outcome: str | None = None
    good_practice: str | None = None


@dataclass(frozen=True)
class ProjectRow:
    id: int
    neighbourhood_id: int
    neighbourhood_name: str
    title: str
    needs: str | None
    goals: str | None
    planned_actions: str | None
    status: ProjectStatus
    start_date: dt.date | None
    end_date: dt.date | None
    grant_amount: Decimal
    grant_spent: Decimal
    grant_remaining: Decimal
    beneficiaries: int | None
    beneficiaries_note: str | None
    outcome: str | None
    good_practice: str | None
    team_size: int
    meetings_count: int
    residents_present: int
    locked: bool


@dataclass(frozen=True)
class MemberRow:
    person_id: int
    first_name: str
    last_name: str

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"


@dataclass(frozen=True)
class ProjectDependants:
    """What a delete takes with it; ``expenses`` > 0 means it is refused."""

    project_id: int
    meetings: int
    members: int
    budget_lines: int
    transfers: int
    expenses: int

    def describe(self) -> str:
        """One sentence for the confirmation dialog, in the user's language."""
        if self.expenses:
            return _expenses_block_message(self.expenses)
        parts = [
            ngettext("{n} residents' meeting", "{n} residents' meetings", self.meetings).format(
                n=self.meetings
            ),
            ngettext("{n} team member", "{n} team members", self.members).format(n=self.members),
            ngettext("{n} budget line", "{n} budget lines", self.budget_lines).format(
                n=self.budget_lines
            ),
            ngettext("{n} move between lines", "{n} moves between lines", self.transfers).format(
                n=self.transfers
            ),
        ]
        return _("Deleting the project also deletes: {items}.").format(items=", ".join(parts))


def _expenses_block_message(count: int) -> str:
    return ngettext(
        "The project has {n} expense; delete or move it before deleting the project.",
        "The project has {n} expenses; delete or move them before deleting the project.",
        count,
    ).format(n=count)


# ---------------------------------------------------------------- helpers


def _project(session: Session, project_id: int) -> Project:
    row = session.get(Project, project_id)
    if row is None or row.deleted_at is not None:
        raise NotFound(_("The project no longer exists"))
    return row


def _check_input(session: Session, data: ProjectInput) -> Neighbourhood:
    check = v.Checker()
    check.add("title", v.required(data.title, _("Title")))
    check.add("title", v.max_length(data.title, 300, _("Title")))
    check.add("end_date", v.date_order(data.start_date, data.end_date))
    if data.grant_amount is not None:
        check.add("grant_amount", v.decimal_places(data.grant_amount, _("Grant")))
        check.add("grant_amount", v.non_negative(data.grant_amount, _("Grant")))
    check.add("beneficiaries", v.non_negative(data.beneficiaries, _("Beneficiaries")))
    neighbourhood = session.get(Neighbourhood, data.neighbourhood_id)
    if neighbourhood is None or neighbourhood.deleted_at is not None:
        check.add("neighbourhood_id", _("Choose a neighbourhood"))
    check.raise_if_any()
    assert neighbourhood is not None
    return neighbourhood


def _one_per_neighbourhood(session: Session, neighbourhood_id: int, own_id: int | None) -> None:
    query = select(Project.id).where(Project.neighbourhood_id == neighbourhood_id)
    if own_id is not None:
        query = query.where(Project.id != own_id)
    if session.scalar(query.limit(1)) is not None:
        raise ValidationError(
            {"neighbourhood_id": _("This neighbourhood already has a micro-project")}
        )


def _clean(text: str | None) -> str | None:
    return text.strip() if text and text.strip() else None


def _apply(row: Project, data: ProjectInput, grant: Decimal) -> None:
    row.neighbourhood_id = data.neighbourhood_id
    row.title = data.title.strip()
    row.needs = _clean(data.needs)
    row.goals = _clean(data.goals)
    row.planned_actions = _clean(data.planned_actions)
    row.status = data.status
    row.start_date = data.start_date
    row.end_date = data.end_date
    row.grant_amount = grant
    row.beneficiaries = data.beneficiaries
    row.beneficiaries_note = _clean(data.beneficiaries_note)
    row.outcome = _clean(data.outcome)
    row.good_practice = _clean(data.good_practice)


def _rows(session: Session, programme_id: int, only: int | None = None) -> list[ProjectRow]:
    team = (
        select(ProjectMember.project_id.label("pid"), func.count(ProjectMember.id).label("n"))
        .group_by(ProjectMember.project_id)
        .subquery()
    )
    meetings = (
        select(
            ResidentsMeeting.project_id.label("pid"),
            func.count(ResidentsMeeting.id).label("n"),
            func.sum(ResidentsMeeting.residents_present).label("present"),
        )
        .group_by(ResidentsMeeting.project_id)
        .subquery()
    )
    query = (
        select(Project, Neighbourhood.name, team.c.n, meetings.c.n, meetings.c.present)
        .join(Neighbourhood, Neighbourhood.id == Project.neighbourhood_id)
        .outerjoin(team, team.c.pid == Project.id)
        .outerjoin(meetings, meetings.c.pid == Project.id)
        .where(Neighbourhood.programme_id == programme_id)
        .order_by(Neighbourhood.name, Project.title, Project.id)
    )
    if only is not None:
        query = query.where(Project.id == only)
    spent = grant_spent_by_project(session, programme_id)
    locked = locked_project_ids(session)
    rows = []
    for p, n_name, team_n, meeting_n, present in session.execute(query):
        used = spent.get(p.id, ZERO)
        rows.append(
            ProjectRow(
                p.id,
                p.neighbourhood_id,
                n_name,
                p.title,
                p.needs,
                p.goals,
                p.planned_actions,
                p.status,
                p.start_date,
                p.end_date,
                p.grant_amount,
                used,
                p.grant_amount - used,
                p.beneficiaries,
                p.beneficiaries_note,
                p.outcome,
                p.good_practice,
                team_n or 0,
                meeting_n or 0,
                int(present or 0),
                p.id in locked,
            )
        )
    return rows


def _row(session: Session, project: Project) -> ProjectRow:
    programme_id = session.scalar(
        select(Neighbourhood.programme_id).where(Neighbourhood.id == project.neighbourhood_id)
    )
    assert programme_id is not None
    return _rows(session, programme_id, only=project.id)[0]


# ---------------------------------------------------------------- projects


def list_projects(ctx: Context, programme_id: int) -> list[ProjectRow]:
    """Every live project of the programme with its figures, by neighbourhood name."""
    with ctx.db.read() as s:
        return _rows(s, programme_id)


def get_project(ctx: Context, project_id: int) -> ProjectRow:
    with ctx.db.read() as s:
        return _row(s, _project(s, project_id))


def create_project(ctx: Context, data: ProjectInput) -> ProjectRow:
    with ctx.db.write(ctx.operator) as s:
        neighbourhood = _check_input(s, data)
        _one_per_neighbourhood(s, data.neighbourhood_id, None)
        grant = data.grant_amount
        if grant is None:
            grant = s.scalar(
                select(Programme.default_grant).where(Programme.id == neighbourhood.programme_id)
            )
            assert grant is not None
        row = Project()
        _apply(row, data, grant)
        s.add(row)
        s.flush()
        if data.status == ProjectStatus.SETTLED:
            record_lock(s, row.id, LOCK, _("Project settled"))
        s.flush()
        return _row(s, row)


def update_project(ctx: Context, project_id: int, data: ProjectInput) -> ProjectRow:
    """Save a project's form; a locked project keeps its status and grant."""
    with ctx.db.write(ctx.operator) as s:
        row = _project(s, project_id)
        neighbourhood = _check_input(s, data)
        old_programme = s.scalar(
            select(Neighbourhood.programme_id).where(Neighbourhood.id == row.neighbourhood_id)
        )
        if neighbourhood.programme_id != old_programme:
            raise ValidationError(
                {"neighbourhood_id": _("A project cannot move to another programme")}
            )
        _one_per_neighbourhood(s, data.neighbourhood_id, row.id)
        grant = row.grant_amount if data.grant_amount is None else data.grant_amount
        locked = is_locked_in(s, row.id)
        if locked and (data.status != row.status or grant != row.grant_amount):
            raise RuleViolation(
                _("The project is settled: unlock it first to change its status or grant")
            )
        planned = grant_plan_of_project(s, row.id) if grant < row.grant_amount else ZERO
        if planned > grant:
            raise RuleViolation(
                _(
                    "The project's grant-funded lines plan {planned}, more than a grant of "
                    "{grant}; reduce the lines first"
                ).format(planned=format_money(planned), grant=format_money(grant))
            )
        becomes_settled = (
            row.status != ProjectStatus.SETTLED and data.status == ProjectStatus.SETTLED
        )
        _apply(row, data, grant)
        s.flush()
        if becomes_settled:
            record_lock(s, row.id, LOCK, _("Project settled"))
            s.flush()
        return _row(s, row)


def _dependants(session: Session, project_id: int) -> ProjectDependants:
    line_ids = session.scalars(
        select(BudgetLine.id).where(BudgetLine.project_id == project_id)
    ).all()

    def count(query: object) -> int:
        return int(session.scalar(query) or 0)  # type: ignore[call-overload]

    return ProjectDependants(
        project_id,
        meetings=count(
            select(func.count(ResidentsMeeting.id)).where(ResidentsMeeting.project_id == project_id)
        ),
        members=count(
            select(func.count(ProjectMember.id)).where(ProjectMember.project_id == project_id)
        ),
        budget_lines=len(line_ids),
        transfers=count(
            select(func.count(BudgetTransfer.id)).where(
                BudgetTransfer.from_line_id.in_(line_ids) | BudgetTransfer.to_line_id.in_(line_ids)
            )
        ),
        expenses=count(select(func.count(Expense.id)).where(Expense.budget_line_id.in_(line_ids))),
    )


def project_dependants(ctx: Context, project_id: int) -> ProjectDependants:
    """What deleting the project would take with it (for the confirmation)."""
    with ctx.db.read() as s:
        _project(s, project_id)
        return _dependants(s, project_id)


def delete_project(ctx: Context, project_id: int) -> ProjectDependants:
    """Soft-delete the project with its meetings, team, lines and moves; refused with expenses."""
    with ctx.db.write(ctx.operator) as s:
        row = _project(s, project_id)
        found = _dependants(s, project_id)
        if found.expenses:
            raise RuleViolation(_expenses_block_message(found.expenses))
        refuse_if_locked(s, project_id)
        now = utcnow()
        line_ids = s.scalars(select(BudgetLine.id).where(BudgetLine.project_id == project_id)).all()
        dependants: list[object] = [
            *s.scalars(select(ResidentsMeeting).where(ResidentsMeeting.project_id == project_id)),
            *s.scalars(select(ProjectMember).where(ProjectMember.project_id == project_id)),
            *s.scalars(
                select(BudgetTransfer).where(
                    BudgetTransfer.from_line_id.in_(line_ids)
                    | BudgetTransfer.to_line_id.in_(line_ids)
                )
            ),
            *s.scalars(select(BudgetLine).where(BudgetLine.project_id == project_id)),
        ]
        for dependant in dependants:
            dependant.deleted_at = now  # type: ignore[attr-defined]
        row.deleted_at = now
        return found


def restore_project(ctx: Context, project_id: int) -> ProjectRow:
    """Bring back a deleted project with the meetings, team, lines and moves its delete
    took (undo); members deleted since stay out.

    Refused, writing nothing, when its neighbourhood is gone, the neighbourhood has a
    micro-project again or the project is locked (the delete's rule). The lines come
    back with exactly the moves between them, so every line's plan is what it was.
    A live project is left as is.
    """
    with ctx.db.write(ctx.operator) as s:
        row = load_even_deleted(s, Project, project_id)
        if row is None:
            raise NotFound(_("The project no longer exists"))
        if row.deleted_at is None:
            return _row(s, row)
        if not live_ids(s, Neighbourhood, [row.neighbourhood_id]):
            raise RuleViolation(_("The neighbourhood of this project no longer exists"))
        _one_per_neighbourhood(s, row.neighbourhood_id, row.id)
        refuse_if_locked(s, row.id)
        lines = deleted_with(s, BudgetLine, BudgetLine.project_id, row)
        line_ids = [line.id for line in lines]
        moves = [
            t
            for t in s.scalars(
                select(BudgetTransfer)
                .where(
                    BudgetTransfer.from_line_id.in_(line_ids)
                    | BudgetTransfer.to_line_id.in_(line_ids)
                )
                .execution_options(include_deleted=True)
            )
            if t.deleted_at == row.deleted_at
        ]
        back: list[Tracked] = [
            *deleted_with(s, ResidentsMeeting, ResidentsMeeting.project_id, row),
            *lines,
            *moves,
        ]
        for dependant in back:
            dependant.deleted_at = None
        undelete(s, row, deleted_with(s, ProjectMember, ProjectMember.project_id, row))
        s.flush()
        return _row(s, row)


# ---------------------------------------------------------------- team


def list_members(ctx: Context, project_id: int) -> list[MemberRow]:
    with ctx.db.read() as s:
        return _members(s, project_id)


def _members(session: Session, project_id: int) -> list[MemberRow]:
    query = (
        select(Person.id, Person.first_name, Person.last_name)
        .join(ProjectMember, ProjectMember.person_id == Person.id)
        .where(ProjectMember.project_id == project_id)
        .order_by(Person.sort_key, Person.id)
    )
    return [MemberRow(pid, first, last) for pid, first, last in session.execute(query)]


def set_members(ctx: Context, project_id: int, person_ids: list[int]) -> list[MemberRow]:
    """Make the team exactly these people: removed ones are soft-deleted, new ones added."""
    wanted = list(dict.fromkeys(person_ids))
    with ctx.db.write(ctx.operator) as s:
        _project(s, project_id)
        known = set(s.scalars(select(Person.id).where(Person.id.in_(wanted))))
        missing = [pid for pid in wanted if pid not in known]
        if missing:
            raise ValidationError({"person_ids": _("Some chosen people no longer exist")})
        current = {
            m.person_id: m
            for m in s.scalars(select(ProjectMember).where(ProjectMember.project_id == project_id))
        }
        now = utcnow()
        for person_id, member in current.items():
            if person_id not in wanted:
                member.deleted_at = now
        s.flush()  # free the unique pair before a removed person is added back
        for person_id in wanted:
            if person_id not in current:
                s.add(ProjectMember(project_id=project_id, person_id=person_id))
        s.flush()
        return _members(s, project_id)
