"""Importing training sessions of the programme's neighbourhoods.

A session already held by the same neighbourhood on the same day with the
same topic is the same session: re-importing a plan updates or skips it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from wall_desktop.db.enums import SessionStatus
from wall_desktop.db.models import Neighbourhood, TrainingSession
from wall_desktop.i18n import _
from wall_desktop.services import validation as v
from wall_desktop.services.importing import values as val
from wall_desktop.services.importing.fields import Kind, field_label
from wall_desktop.services.importing.lookups import Neighbourhoods, People, name_keys
from wall_desktop.services.importing.plan import OnDuplicate, Outcome, RowResult
from wall_desktop.services.importing.records import Record, read_field
from wall_desktop.services.trainings import session_field_errors
from wall_desktop.text_keys import fold


@dataclass(frozen=True)
class SessionRow:
    neighbourhood: str | None
    date: dt.date | None
    start_time: dt.time | None
    end_time: dt.time | None
    hours: Decimal | None
    topic: str | None
    place: str | None
    status: SessionStatus | None
    trainer: str | None
    notes: str | None


def _read(rec: Record) -> SessionRow:
    k = Kind.SESSIONS
    return SessionRow(
        neighbourhood=read_field(rec, k, "neighbourhood", val.text),
        date=read_field(rec, k, "date", val.parse_date),
        start_time=read_field(rec, k, "start_time", val.parse_time),
        end_time=read_field(rec, k, "end_time", val.parse_time),
        hours=read_field(rec, k, "hours", val.parse_decimal),
        topic=read_field(rec, k, "topic", val.text),
        place=read_field(rec, k, "place", val.text),
        status=read_field(rec, k, "status", val.parse_session_status),
        trainer=read_field(rec, k, "trainer", val.text),
        notes=read_field(rec, k, "notes", val.text),
    )


def check_session_row(r: SessionRow) -> dict[str, str]:
    """The training form's own field rules, named by the import's column labels."""
    errors = {}
    missing = v.required(r.neighbourhood, field_label(Kind.SESSIONS, "neighbourhood"))
    if missing:
        errors["neighbourhood"] = missing
    errors.update(session_field_errors(r, lambda key: field_label(Kind.SESSIONS, key)))
    return errors


SessionKey = tuple[int, dt.date, str]


class SessionsImport:
    kind = Kind.SESSIONS

    def __init__(self, s: Session, programme_id: int, create_neighbourhoods: bool) -> None:
        self.neighbourhoods = Neighbourhoods(s, programme_id, create_neighbourhoods)
        self.people = People(s)
        rows = s.execute(
            select(
                TrainingSession.id,
                TrainingSession.neighbourhood_id,
                TrainingSession.date,
                TrainingSession.topic,
            )
            .join(Neighbourhood, Neighbourhood.id == TrainingSession.neighbourhood_id)
            .where(Neighbourhood.programme_id == programme_id)
        )
        self.existing: dict[SessionKey, int] = {(nb, d, fold(t)): sid for sid, nb, d, t in rows}
        self.made: dict[SessionKey, int] = {}  # key -> source row, for this import
        self.today = dt.date.today()

    def handle(self, s: Session, rec: Record, decision: OnDuplicate) -> RowResult:
        r = _read(rec)
        label = " ".join(
            x for x in (r.date.strftime("%d.%m.%Y") if r.date else "", r.topic or "") if x
        )
        checked = check_session_row(r)
        problems = rec.problems + [m for key, m in checked.items() if key not in rec.bad]
        nb_problem = self.neighbourhoods.check(r.neighbourhood)
        if nb_problem:
            problems.append(nb_problem)
        trainer_id = None
        if r.trainer:
            found = self.people.by_name(name_keys(r.trainer, False) + name_keys(r.trainer, True))
            if len(found) != 1:
                problems.append(
                    (
                        _("no person called “{name}”")
                        if not found
                        else _("several people are called “{name}”")
                    ).format(name=r.trainer)
                )
            else:
                trainer_id = found[0].id
        if problems or r.date is None or r.topic is None or r.hours is None:
            return RowResult(rec.row, Outcome.ERROR, label, tuple(problems))
        nb_id = self.neighbourhoods.ids.get(fold(r.neighbourhood or ""))
        key = (nb_id or 0, r.date, fold(r.topic))
        if nb_id is not None and key in self.made:
            reason = _("the same session as row {row}").format(row=self.made[key])
            return RowResult(rec.row, Outcome.DUPLICATE, label, (reason,))
        existing = self.existing.get(key) if nb_id is not None else None
        if existing is not None and decision is OnDuplicate.SKIP:
            reason = _("already in the database, skipped")
            return RowResult(rec.row, Outcome.DUPLICATE, label, (reason,), existing)
        row = s.get(TrainingSession, existing) if existing is not None else None
        if row is None:
            nb_id = self.neighbourhoods.resolve(s, r.neighbourhood)
            row = TrainingSession(neighbourhood_id=nb_id)
            s.add(row)
        row.date, row.topic, row.hours = r.date, r.topic, r.hours
        row.status = r.status or (row.status if existing else self._default_status(r.date))
        for attr in ("start_time", "end_time", "place", "notes"):
            if getattr(r, attr) is not None:
                setattr(row, attr, getattr(r, attr))
        if trainer_id is not None:
            row.trainer_id = trainer_id
        self.made[(row.neighbourhood_id, r.date, fold(r.topic))] = rec.row
        outcome = Outcome.UPDATE if existing is not None else Outcome.NEW
        return RowResult(rec.row, outcome, label, (), existing)

    def _default_status(self, day: dt.date) -> SessionStatus:
        return SessionStatus.HELD if day < self.today else SessionStatus.PLANNED

    def after_flush(self) -> None:
        self.people.settle()

    @property
    def created_neighbourhoods(self) -> list[str]:
        return self.neighbourhoods.created
