"""Residents' meetings of a micro-project: when, where, how many came, what was agreed."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from wall_desktop.db.base import utcnow
from wall_desktop.db.models import Neighbourhood, Programme, Project, ResidentsMeeting
from wall_desktop.i18n import _
from wall_desktop.services import validation as v
from wall_desktop.services.context import Context
from wall_desktop.services.errors import NotFound, RuleViolation
from wall_desktop.services.formatting import format_date
from wall_desktop.services.undelete import live_ids, load_even_deleted


@dataclass(frozen=True)
class MeetingInput:
    date: dt.date
    start_time: dt.time | None = None
    place: str | None = None
    residents_present: int = 0
    needs: str | None = None
    decisions: str | None = None


@dataclass(frozen=True)
class MeetingRow:
    id: int
    project_id: int
    date: dt.date
    start_time: dt.time | None
    place: str | None
    residents_present: int
    needs: str | None
    decisions: str | None


def _to_row(m: ResidentsMeeting) -> MeetingRow:
    return MeetingRow(
        m.id, m.project_id, m.date, m.start_time, m.place, m.residents_present, m.needs, m.decisions
    )


def _clean(text: str | None) -> str | None:
    return text.strip() if text and text.strip() else None


def _check(session: Session, project_id: int, data: MeetingInput) -> None:
    project = session.get(Project, project_id)
    if project is None or project.deleted_at is not None:
        raise NotFound(_("The project no longer exists"))
    dates = session.execute(
        select(Programme.start_date, Programme.end_date)
        .join(Neighbourhood, Neighbourhood.programme_id == Programme.id)
        .where(Neighbourhood.id == project.neighbourhood_id)
    ).one()
    check = v.Checker()
    check.add("date", v.required(data.date, _("Date")))
    if data.date is not None and not dates.start_date <= data.date <= dates.end_date:
        check.add(
            "date",
            _("The date must fall within the programme ({start} – {end})").format(
                start=format_date(dates.start_date), end=format_date(dates.end_date)
            ),
        )
    check.add("place", v.max_length(data.place, 300, _("Place")))
    check.add("residents_present", v.non_negative(data.residents_present, _("Residents present")))
    check.raise_if_any()


def _apply(row: ResidentsMeeting, data: MeetingInput) -> None:
    row.date = data.date
    row.start_time = data.start_time
    row.place = _clean(data.place)
    row.residents_present = data.residents_present or 0
    row.needs = _clean(data.needs)
    row.decisions = _clean(data.decisions)


def _meeting(session: Session, meeting_id: int) -> ResidentsMeeting:
    row = session.get(ResidentsMeeting, meeting_id)
    if row is None or row.deleted_at is not None:
        raise NotFound(_("The meeting no longer exists"))
    return row


def list_meetings(ctx: Context, project_id: int) -> list[MeetingRow]:
    """A project's meetings, oldest first."""
    with ctx.db.read() as s:
        query = (
            select(ResidentsMeeting)
            .where(ResidentsMeeting.project_id == project_id)
            .order_by(ResidentsMeeting.date, ResidentsMeeting.start_time, ResidentsMeeting.id)
        )
        return [_to_row(m) for m in s.scalars(query)]


def create_meeting(ctx: Context, project_id: int, data: MeetingInput) -> MeetingRow:
    with ctx.db.write(ctx.operator) as s:
        _check(s, project_id, data)
        row = ResidentsMeeting(project_id=project_id)
        _apply(row, data)
        s.add(row)
        s.flush()
        return _to_row(row)


def update_meeting(ctx: Context, meeting_id: int, data: MeetingInput) -> MeetingRow:
    with ctx.db.write(ctx.operator) as s:
        row = _meeting(s, meeting_id)
        _check(s, row.project_id, data)
        _apply(row, data)
        s.flush()
        return _to_row(row)


def delete_meeting(ctx: Context, meeting_id: int) -> None:
    with ctx.db.write(ctx.operator) as s:
        _meeting(s, meeting_id).deleted_at = utcnow()


def restore_meeting(ctx: Context, meeting_id: int) -> MeetingRow:
    """Bring back a deleted meeting (undo); refused, writing nothing, when its project is
    gone. Like the delete it does not look at the project's lock. A live one is left as is."""
    with ctx.db.write(ctx.operator) as s:
        row = load_even_deleted(s, ResidentsMeeting, meeting_id)
        if row is None:
            raise NotFound(_("The meeting no longer exists"))
        if row.deleted_at is not None:
            if not live_ids(s, Project, [row.project_id]):
                raise RuleViolation(_("The project of this meeting no longer exists"))
            row.deleted_at = None
            s.flush()
        return _to_row(row)
