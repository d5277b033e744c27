"""Importing attendance: a long list (person, session date, mark, hours) or a matrix.

In a matrix, people run down and session dates across, as paper sign-in
lists get typed in; an empty cell records nothing (it is not taken for an
absence that nobody wrote down).  A session is found by its date, narrowed
by the neighbourhood column, else by the person's own neighbourhood, else
by the topic column.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from wall_desktop.db.enums import AttendanceStatus
from wall_desktop.db.models import Attendance, Neighbourhood, TrainingSession
from wall_desktop.i18n import _
from wall_desktop.services import validation as v
from wall_desktop.services.formatting import format_hours
from wall_desktop.services.importing import values as val
from wall_desktop.services.importing.fields import Kind, field_label
from wall_desktop.services.importing.lookups import People, name_keys
from wall_desktop.services.importing.plan import OnDuplicate, Outcome, RowResult
from wall_desktop.services.importing.records import Record, read_field
from wall_desktop.text_keys import fold, person_key


@dataclass(frozen=True)
class _Session:
    id: int
    neighbourhood_id: int
    neighbourhood: str
    date: dt.date
    topic: str
    hours: Decimal


@dataclass(frozen=True)
class Mark:
    session: _Session
    status: AttendanceStatus
    hours: Decimal


class AttendanceImport:
    kind = Kind.ATTENDANCE

    def __init__(self, s: Session, programme_id: int) -> None:
        self.people = People(s, programme_id)
        rows = s.execute(
            select(TrainingSession, Neighbourhood.name)
            .join(Neighbourhood, Neighbourhood.id == TrainingSession.neighbourhood_id)
            .where(Neighbourhood.programme_id == programme_id)
        )
        self.sessions: dict[dt.date, list[_Session]] = {}
        for t, nb_name in rows:
            self.sessions.setdefault(t.date, []).append(
                _Session(t.id, t.neighbourhood_id, nb_name, t.date, t.topic, t.hours)
            )
        names = s.execute(
            select(Neighbourhood.id, Neighbourhood.name).where(
                Neighbourhood.programme_id == programme_id
            )
        )
        self.neighbourhood_ids = {fold(name): nid for nid, name in names}
        self.marked: dict[tuple[int, int], int] = {}  # (person, session) -> source row

    def handle(self, s: Session, rec: Record, decision: OnDuplicate) -> RowResult:
        k = Kind.ATTENDANCE
        nb_name = read_field(rec, k, "neighbourhood", val.text)
        person_id, label = self._person(rec, nb_name)
        topic = read_field(rec, k, "topic", val.text)
        marks: list[Mark] = []
        if rec.columns.is_matrix:
            for col in rec.columns.columns:
                if col.session_date is None:
                    continue
                cell = rec.cells[col.index] if col.index < len(rec.cells) else None
                mark = self._matrix_mark(rec, person_id, col.session_date, cell, nb_name, topic)
                if mark is not None:
                    marks.append(mark)
        else:
            day = read_field(rec, k, "date", val.parse_date)
            if val.is_empty(rec.raw("date")):
                rec.problems.append(_("{field} is required").format(field=field_label(k, "date")))
            status = read_field(rec, k, "status", val.parse_attendance_status)
            hours = read_field(rec, k, "hours", val.parse_decimal)
            session = None
            if day is not None and person_id is not None:
                session = self._session(rec, person_id, day, nb_name, topic)
            if session is not None:
                marks.append(self._mark(rec, session, status, hours))
        if rec.problems or person_id is None:
            return RowResult(rec.row, Outcome.ERROR, label, tuple(rec.problems))
        return self._write(s, rec.row, person_id, marks, decision, label)

    def _person(self, rec: Record, nb_name: str | None) -> tuple[int | None, str]:
        k = Kind.ATTENDANCE
        first = read_field(rec, k, "first_name", val.text)
        last = read_field(rec, k, "last_name", val.text)
        email = read_field(rec, k, "email", val.text)
        keys: list[str] = []
        label = ""
        if first and last:
            keys, label = [person_key(first, last)], f"{first} {last}"
        for key, reversed_order in (("full_name", False), ("full_name_reversed", True)):
            whole = read_field(rec, k, key, val.text)
            if whole and not keys:
                keys, label = name_keys(whole, reversed_order), whole
        if not keys:
            rec.problems.append(_("the person's name is missing"))
            return None, label
        found = self.people.by_name(keys)
        if email and len(found) > 1:
            found = [p for p in found if p.email == email.strip().casefold()] or found
        if len(found) > 1:
            enrolled = [p for p in found if p.id in self.people.enrolled]
            found = enrolled or found
        if len(found) > 1 and nb_name:
            nb_id = self.neighbourhood_ids.get(fold(nb_name))
            found = [p for p in found if self.people.enrolled.get(p.id or 0) == nb_id] or found
        if not found:
            rec.problems.append(_("no person called “{name}” in the database").format(name=label))
            return None, label
        if len(found) > 1:
            rec.problems.append(
                _("several people are called “{name}”; add their e-mail").format(name=label)
            )
            return None, label
        return found[0].id, label

    def _session(
        self,
        rec: Record,
        person_id: int | None,
        day: dt.date,
        nb_name: str | None,
        topic: str | None,
    ) -> _Session | None:
        candidates = self.sessions.get(day, [])
        if nb_name:
            candidates = [c for c in candidates if fold(c.neighbourhood) == fold(nb_name)]
        elif len(candidates) > 1 and person_id is not None:
            own = self.people.enrolled.get(person_id)
            candidates = [c for c in candidates if c.neighbourhood_id == own] or candidates
        if topic and len(candidates) > 1:
            candidates = [c for c in candidates if fold(c.topic) == fold(topic)] or candidates
        when = day.strftime("%d.%m.%Y")
        if not candidates:
            rec.problems.append(_("there is no training session on {date}").format(date=when))
            return None
        if len(candidates) > 1:
            rec.problems.append(
                _("there are several sessions on {date}; add the neighbourhood or topic").format(
                    date=when
                )
            )
            return None
        return candidates[0]

    def _matrix_mark(
        self,
        rec: Record,
        person_id: int | None,
        day: dt.date,
        cell: val.Cell,
        nb_name: str | None,
        topic: str | None,
    ) -> Mark | None:
        if val.is_empty(cell):
            return None
        status: AttendanceStatus | None
        hours: Decimal | None = None
        try:
            number = (
                val.parse_decimal(cell)
                if not isinstance(cell, str) or any(ch.isdigit() for ch in cell)
                else None
            )
        except val.BadValue:
            number = None
        if number is not None and number not in (0, 1):
            status, hours = AttendanceStatus.PRESENT, number
        else:
            try:
                status = val.parse_attendance_status(cell)
            except val.BadValue as exc:
                rec.problems.append(f"{day.strftime('%d.%m.%Y')}: {exc}")
                return None
        session = self._session(rec, person_id, day, nb_name, topic)
        return self._mark(rec, session, status, hours) if session else None

    def _mark(
        self,
        rec: Record,
        session: _Session,
        status: AttendanceStatus | None,
        hours: Decimal | None,
    ) -> Mark:
        label = field_label(Kind.ATTENDANCE, "hours")
        if status is None:
            status = AttendanceStatus.PRESENT if hours else AttendanceStatus.ABSENT
        if hours is None:
            hours = session.hours if status is AttendanceStatus.PRESENT else Decimal(0)
        for problem in (v.decimal_places(hours, label), v.non_negative(hours, label)):
            if problem:
                rec.problems.append(problem)
        if hours > session.hours:
            rec.problems.append(
                _("{hours} is more than the session's {held}").format(
                    hours=format_hours(hours), held=format_hours(session.hours)
                )
            )
        if status is not AttendanceStatus.PRESENT and hours:
            rec.problems.append(_("hours are given for someone who was not present"))
        return Mark(session, status, hours)

    def _write(
        self,
        s: Session,
        row: int,
        person_id: int,
        marks: list[Mark],
        decision: OnDuplicate,
        label: str,
    ) -> RowResult:
        if not marks:
            return RowResult(row, Outcome.ERROR, label, (_("no attendance is marked"),))
        new = changed = 0
        reasons: list[str] = []
        for m in marks:
            pair = (person_id, m.session.id)
            if pair in self.marked:
                reasons.append(_("the same mark as row {row}").format(row=self.marked[pair]))
                continue
            self.marked[pair] = row
            current = s.execute(
                select(Attendance).where(
                    Attendance.person_id == person_id, Attendance.session_id == m.session.id
                )
            ).scalar_one_or_none()
            if current is None:
                s.add(
                    Attendance(
                        session_id=m.session.id, person_id=person_id, status=m.status, hours=m.hours
                    )
                )
                new += 1
            elif (current.status, current.hours) != (m.status, m.hours):
                if decision is OnDuplicate.UPDATE:
                    current.status, current.hours = m.status, m.hours
                    changed += 1
                else:
                    reasons.append(_("already recorded differently, skipped"))
        if new:
            return RowResult(row, Outcome.NEW, label, tuple(reasons), person_id)
        if changed:
            return RowResult(row, Outcome.UPDATE, label, tuple(reasons), person_id)
        return RowResult(
            row, Outcome.DUPLICATE, label, tuple(reasons) or (_("already recorded"),), person_id
        )

    def after_flush(self) -> None:
        self.people.settle()

    @property
    def created_neighbourhoods(self) -> list[str]:
        return []
