"""The funder's indicators: one call that the workbook, the window and the CLI all use.

Definitions (the workbook's summary sheet repeats them):
- people reached: live enrolments with the participant or leader role whose
  status is accepted, completed or resigned (candidates were not reached);
  broken down by gender, by age group on the programme's start date, by
  neighbourhood and by role (a person who is both counts under both roles);
- completed the cycle: people reached who are eligible for the certificate
  under the programme's rule (``services/hours``);
- training hours planned: every session not cancelled; held: sessions held;
- residents' meetings and residents present, projects by status and their
  beneficiaries, certificates issued (not revoked);
- grant planned/spent/remaining and own contribution come from the ledger.
A date range limits sessions, meetings and certificates to those dated in it;
people, projects and the ledger are always counted whole.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from wall_desktop.db.enums import (
    CertificateStatus,
    EnrolmentStatus,
    Gender,
    ProjectStatus,
    Role,
    SessionStatus,
)
from wall_desktop.db.models import (
    Certificate,
    Enrolment,
    EnrolmentRole,
    Neighbourhood,
    Person,
    Programme,
    Project,
    ResidentsMeeting,
    TrainingSession,
)
from wall_desktop.i18n import _
from wall_desktop.services.context import Context
from wall_desktop.services.errors import NotFound
from wall_desktop.services.people_list import AgeGroup, age_group

if TYPE_CHECKING:
    from wall_desktop.services.budget_lines import LineBalance
    from wall_desktop.services.eligibility import PersonProgress

ZERO = Decimal("0.00")
REACHED_STATUSES = (EnrolmentStatus.ACCEPTED, EnrolmentStatus.COMPLETED, EnrolmentStatus.RESIGNED)
REACHED_ROLES = (Role.PARTICIPANT, Role.LEADER)


@dataclass(frozen=True)
class Indicators:
    programme_id: int
    programme_name: str
    neighbourhood_id: int | None
    date_from: date | None
    date_to: date | None
    people_reached: int
    reached_by_gender: dict[Gender, int]
    reached_by_age_group: dict[AgeGroup, int]
    reached_by_neighbourhood: dict[str, int]
    reached_by_role: dict[Role, int]
    completed_cycle: int
    resigned: int
    training_hours_planned: Decimal
    training_hours_held: Decimal
    sessions_held: int
    sessions_cancelled: int
    residents_meetings: int
    residents_present: int
    projects_by_status: dict[ProjectStatus, int]
    beneficiaries: int
    grant_planned: Decimal
    grant_spent: Decimal
    grant_remaining: Decimal
    own_contribution_money: Decimal
    own_contribution_in_kind: Decimal
    certificates_issued: int
    notes: list[str] = field(default_factory=list)

    @property
    def own_contribution(self) -> Decimal:
        return self.own_contribution_money + self.own_contribution_in_kind


def _in_range(
    column: ColumnElement[date] | InstrumentedAttribute[date],
    date_from: date | None,
    date_to: date | None,
) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if date_from is not None:
        conditions.append(column >= date_from)
    if date_to is not None:
        conditions.append(column <= date_to)
    return conditions


def _reached(programme_id: int, neighbourhood_id: int | None) -> Select[int]:
    """Enrolment ids of the people reached (see the module's definitions)."""
    query = select(Enrolment.id).where(
        Enrolment.programme_id == programme_id,
        Enrolment.status.in_(REACHED_STATUSES),
        Enrolment.id.in_(
            select(EnrolmentRole.enrolment_id).where(EnrolmentRole.role.in_(REACHED_ROLES))
        ),
    )
    if neighbourhood_id is not None:
        query = query.where(Enrolment.neighbourhood_id == neighbourhood_id)
    return query


def indicators(
    ctx: Context,
    programme_id: int,
    *,
    neighbourhood_id: int | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
    progress: Mapping[int, PersonProgress] | None = None,
    lines: Sequence[LineBalance] | None = None,
) -> Indicators:
    """Every indicator of the programme, or of one neighbourhood, computed in SQL.

    ``progress`` (``progress_for_programme`` of the same scope) and ``lines`` (the
    programme's line balances): what a caller that shows them too has read already.
    """
    from wall_desktop.services.hours import progress_for_programme
    from wall_desktop.services.ledger import Totals, ledger_summary

    with ctx.db.read() as s:
        programme = s.get(Programme, programme_id)
        if programme is None or programme.deleted_at is not None:
            raise NotFound(_("No programme with id {id}").format(id=programme_id))
        reached_ids = _reached(programme_id, neighbourhood_id).subquery()
        people = s.execute(
            select(
                Enrolment.person_id,
                Enrolment.status,
                Person.gender,
                Person.birth_date,
                Person.birth_year,
                Neighbourhood.name,
            )
            .join(Person, Person.id == Enrolment.person_id)
            .outerjoin(Neighbourhood, Neighbourhood.id == Enrolment.neighbourhood_id)
            .where(Enrolment.id.in_(select(reached_ids.c.id)))
        ).all()
        role_counts = dict(
            s.execute(
                select(EnrolmentRole.role, func.count(func.distinct(EnrolmentRole.enrolment_id)))
                .where(
                    EnrolmentRole.enrolment_id.in_(select(reached_ids.c.id)),
                    EnrolmentRole.role.in_(REACHED_ROLES),
                )
                .group_by(EnrolmentRole.role)
            ).all()
        )
        sessions = _session_figures(s, programme_id, neighbourhood_id, date_from, date_to)
        meetings, present = _meeting_figures(s, programme_id, neighbourhood_id, date_from, date_to)
        projects = s.execute(
            select(Project.status, func.count(), func.coalesce(func.sum(Project.beneficiaries), 0))
            .join(Neighbourhood, Neighbourhood.id == Project.neighbourhood_id)
            .where(Neighbourhood.programme_id == programme_id, *_only(neighbourhood_id))
            .group_by(Project.status)
        ).all()
        project_ids = set(
            s.scalars(
                select(Project.id)
                .join(Neighbourhood, Neighbourhood.id == Project.neighbourhood_id)
                .where(Neighbourhood.programme_id == programme_id, *_only(neighbourhood_id))
            )
        )
        certificate_filters = [
            Enrolment.programme_id == programme_id,
            Certificate.status == CertificateStatus.ISSUED,
            *_in_range(Certificate.issue_date, date_from, date_to),
        ]
        if neighbourhood_id is not None:
            certificate_filters.append(Enrolment.neighbourhood_id == neighbourhood_id)
        certificates = s.scalar(
            select(func.count())
            .select_from(Certificate)
            .join(Enrolment, Enrolment.id == Certificate.enrolment_id)
            .where(*certificate_filters)
        )

    if progress is None:
        progress = progress_for_programme(ctx, programme_id, neighbourhood_id)
    reached_people = {row.person_id for row in people}
    completed = sum(1 for pid, p in progress.items() if pid in reached_people and p.eligible)

    by_gender = {g: 0 for g in Gender}
    by_age = {a: 0 for a in AgeGroup}
    by_neighbourhood: dict[str, int] = {}
    for row in people:
        by_gender[row.gender] += 1
        by_age[age_group(programme, row.birth_date, row.birth_year)] += 1
        name = row.name or _("(no neighbourhood)")
        by_neighbourhood[name] = by_neighbourhood.get(name, 0) + 1

    summary = ledger_summary(ctx, programme_id, lines)
    if neighbourhood_id is None:
        grant, own_money, in_kind = summary.grant, summary.own_money.spent, summary.in_kind.spent
    else:  # the neighbourhood's project's budget only
        budgets = [b for b in summary.projects if b.project_id in project_ids]
        grant = sum((b.grant for b in budgets), Totals())
        own_money = sum((b.own_money.spent for b in budgets), ZERO)
        in_kind = sum((b.in_kind.spent for b in budgets), ZERO)
    return Indicators(
        programme_id=programme_id,
        programme_name=programme.name,
        neighbourhood_id=neighbourhood_id,
        date_from=date_from,
        date_to=date_to,
        people_reached=len(people),
        reached_by_gender=by_gender,
        reached_by_age_group=by_age,
        reached_by_neighbourhood=dict(sorted(by_neighbourhood.items())),
        reached_by_role={r: int(role_counts.get(r, 0)) for r in REACHED_ROLES},
        completed_cycle=completed,
        resigned=sum(1 for row in people if row.status == EnrolmentStatus.RESIGNED),
        training_hours_planned=sessions["planned_hours"],
        training_hours_held=sessions["held_hours"],
        sessions_held=int(sessions["held"]),
        sessions_cancelled=int(sessions["cancelled"]),
        residents_meetings=meetings,
        residents_present=present,
        projects_by_status={
            st: next((int(n) for status, n, _b in projects if status == st), 0)
            for st in ProjectStatus
        },
        beneficiaries=sum(int(row[2] or 0) for row in projects),
        grant_planned=grant.planned,
        grant_spent=grant.spent,
        grant_remaining=grant.remaining,
        own_contribution_money=own_money,
        own_contribution_in_kind=in_kind,
        certificates_issued=int(certificates or 0),
    )


def _only(neighbourhood_id: int | None) -> list[ColumnElement[bool]]:
    return [] if neighbourhood_id is None else [Neighbourhood.id == neighbourhood_id]


def _session_figures(
    s: Session,
    programme_id: int,
    neighbourhood_id: int | None,
    date_from: date | None,
    date_to: date | None,
) -> dict[str, Decimal]:
    rows = s.execute(
        select(TrainingSession.status, func.count(), func.sum(TrainingSession.hours))
        .join(Neighbourhood, Neighbourhood.id == TrainingSession.neighbourhood_id)
        .where(
            Neighbourhood.programme_id == programme_id,
            *_only(neighbourhood_id),
            *_in_range(TrainingSession.date, date_from, date_to),
        )
        .group_by(TrainingSession.status)
    ).all()
    by_status = {status: (int(n), hours or ZERO) for status, n, hours in rows}
    held_n, held_h = by_status.get(SessionStatus.HELD, (0, ZERO))
    _planned_n, planned_h = by_status.get(SessionStatus.PLANNED, (0, ZERO))
    cancelled_n, _h = by_status.get(SessionStatus.CANCELLED, (0, ZERO))
    return {
        "held": Decimal(held_n),
        "cancelled": Decimal(cancelled_n),
        "held_hours": held_h,
        "planned_hours": held_h + planned_h,
    }


def _meeting_figures(
    s: Session,
    programme_id: int,
    neighbourhood_id: int | None,
    date_from: date | None,
    date_to: date | None,
) -> tuple[int, int]:
    count, present = s.execute(
        select(func.count(), func.coalesce(func.sum(ResidentsMeeting.residents_present), 0))
        .join(Project, Project.id == ResidentsMeeting.project_id)
        .join(Neighbourhood, Neighbourhood.id == Project.neighbourhood_id)
        .where(
            Neighbourhood.programme_id == programme_id,
            *_only(neighbourhood_id),
            *_in_range(ResidentsMeeting.date, date_from, date_to),
        )
    ).one()
    return int(count), int(present)
