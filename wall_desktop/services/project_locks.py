"""A settled project's budget is locked; unlocking (and locking again) needs a recorded reason.

``is_locked`` = status settled and the project's latest lock event, if any,
is not an unlock.  Marking a project settled records a lock event (see
``projects.update_project``), so a project that was unlocked, reopened and
settled again is locked again.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from wall_desktop.db.enums import ProjectStatus
from wall_desktop.db.models import Project, ProjectLockEvent
from wall_desktop.i18n import _
from wall_desktop.services.context import Context
from wall_desktop.services.errors import NotFound, RuleViolation, ValidationError
from wall_desktop.services.ledger_queries import LOCK, UNLOCK, locked_project_ids


@dataclass(frozen=True)
class LockEventRow:
    id: int
    project_id: int
    action: str  # "lock" or "unlock"
    reason: str
    at: dt.datetime
    operator: str | None


def _event_row(e: ProjectLockEvent) -> LockEventRow:
    return LockEventRow(e.id, e.project_id, e.action, e.reason, e.created_at, e.updated_by)


def _project(session: Session, project_id: int) -> Project:
    row = session.get(Project, project_id)
    if row is None or row.deleted_at is not None:
        raise NotFound(_("The project no longer exists"))
    return row


def record_lock(session: Session, project_id: int, action: str, reason: str) -> ProjectLockEvent:
    event = ProjectLockEvent(project_id=project_id, action=action, reason=reason)
    session.add(event)
    return event


def is_locked_in(session: Session, project_id: int | None) -> bool:
    return project_id is not None and bool(locked_project_ids(session, [project_id]))


def refuse_if_locked(session: Session, project_id: int | None) -> None:
    """The rule every ledger change passes: a settled, locked project is read-only."""
    if is_locked_in(session, project_id):
        assert project_id is not None
        title = session.scalar(select(Project.title).where(Project.id == project_id))
        raise RuleViolation(
            _("The project “{title}” is settled; unlock it first to change its budget").format(
                title=title
            )
        )


def is_locked(ctx: Context, project_id: int) -> bool:
    with ctx.db.read() as s:
        _project(s, project_id)
        return is_locked_in(s, project_id)


def _lock_change(ctx: Context, project_id: int, reason: str, action: str) -> LockEventRow:
    if not reason or not reason.strip():
        raise ValidationError({"reason": _("Give a reason")})
    with ctx.db.write(ctx.operator) as s:
        row = _project(s, project_id)
        if row.status != ProjectStatus.SETTLED:
            raise RuleViolation(_("Only a settled project is locked or unlocked"))
        locked = is_locked_in(s, project_id)
        if action == UNLOCK and not locked:
            raise RuleViolation(_("The project is already unlocked"))
        if action == LOCK and locked:
            raise RuleViolation(_("The project is already locked"))
        event = record_lock(s, project_id, action, reason.strip())
        s.flush()
        return _event_row(event)


def unlock_project(ctx: Context, project_id: int, reason: str) -> LockEventRow:
    """Allow changes to a settled project's budget again; the reason is recorded."""
    return _lock_change(ctx, project_id, reason, UNLOCK)


def lock_project(ctx: Context, project_id: int, reason: str) -> LockEventRow:
    """Lock a settled project that was unlocked; the reason is recorded."""
    return _lock_change(ctx, project_id, reason, LOCK)


def lock_history(ctx: Context, project_id: int) -> list[LockEventRow]:
    """Every lock and unlock of the project, oldest first, with who and why."""
    with ctx.db.read() as s:
        _project(s, project_id)
        events = s.scalars(
            select(ProjectLockEvent)
            .where(ProjectLockEvent.project_id == project_id)
            .order_by(ProjectLockEvent.id)
        )
        return [_event_row(e) for e in events]
