"""Indexes an import consults row by row: neighbourhoods and people by folded name.

They are loaded once at the start of the unit of work and grow with what the
import itself adds, so a person twice in one file is found the second time
without asking the database again.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from wall_desktop.db.models import Enrolment, Neighbourhood, Person
from wall_desktop.i18n import _
from wall_desktop.text_keys import fold, person_key


class Neighbourhoods:
    """The programme's neighbourhoods by folded name; unknown ones created on request."""

    def __init__(self, s: Session, programme_id: int, create: bool) -> None:
        self.programme_id = programme_id
        self.create = create
        rows = s.execute(
            select(Neighbourhood.id, Neighbourhood.name).where(
                Neighbourhood.programme_id == programme_id
            )
        )
        self.ids: dict[str, int] = {fold(name): nid for nid, name in rows}
        self.created: list[str] = []
        self.unknown: dict[str, str] = {}

    def check(self, name: str | None) -> str | None:
        """A problem with the name, or None when it is known or will be created."""
        if name is None or fold(name) in self.ids:
            return None
        if self.create:
            return None
        self.unknown.setdefault(fold(name), name)
        return _("unknown neighbourhood “{name}” (allow creating it)").format(name=name)

    def resolve(self, s: Session, name: str | None) -> int | None:
        """The id of the named neighbourhood, creating it now if it is new."""
        if name is None:
            return None
        key = fold(name)
        if key not in self.ids:
            row = Neighbourhood(programme_id=self.programme_id, name=name)
            s.add(row)
            s.flush()
            self.ids[key] = row.id
            self.created.append(name)
        return self.ids[key]

    def would_create(self, name: str | None) -> bool:
        return name is not None and self.create and fold(name) not in self.ids


@dataclass
class Known:
    """A person as far as duplicate finding needs; ``row`` is set for ones this import made."""

    id: int | None
    email: str | None
    phone: str | None
    birth_date: dt.date | None
    row: int | None = None
    pending: Person | None = None  # made by this import, not flushed yet

    @property
    def person_id(self) -> int | None:
        return self.id if self.id is not None else (self.pending.id if self.pending else None)

    def has_identifiers(self) -> bool:
        return bool(self.email or self.phone or self.birth_date)


def _email_key(value: str | None) -> str | None:
    return value.strip().casefold() if value else None


def _phone_key(value: str | None) -> str | None:
    digits = "".join(ch for ch in value or "" if ch.isdigit())
    return digits[-9:] or None


class People:
    """Every live person by search key, with the identifiers duplicates are matched on."""

    def __init__(self, s: Session, programme_id: int | None = None) -> None:
        self.by_key: dict[str, list[Known]] = {}
        rows = s.execute(
            select(Person.id, Person.search_key, Person.email, Person.phone, Person.birth_date)
        )
        for pid, key, email, phone, born in rows:
            self.by_key.setdefault(key, []).append(
                Known(pid, _email_key(email), _phone_key(phone), born)
            )
        self.enrolled: dict[int, int | None] = {}
        if programme_id is not None:
            pairs = s.execute(
                select(Enrolment.person_id, Enrolment.neighbourhood_id).where(
                    Enrolment.programme_id == programme_id
                )
            )
            self.enrolled = {pid: nb for pid, nb in pairs}

    def add(self, person: Person, row: int) -> None:
        known = Known(
            None, _email_key(person.email), _phone_key(person.phone), person.birth_date, row, person
        )
        self.by_key.setdefault(person_key(person.first_name, person.last_name), []).append(known)

    def settle(self) -> None:
        """After a flush: keep ids, let go of the ORM objects."""
        for entries in self.by_key.values():
            for k in entries:
                if k.pending is not None:
                    k.id, k.pending = k.pending.id, None

    def match(
        self,
        first: str,
        last: str,
        email: str | None,
        phone: str | None,
        birth_date: dt.date | None,
    ) -> Known | None:
        """Same folded name and the same e-mail, phone or birth date.

        A row with none of the three matches a namesake only if that namesake
        has none either: then nothing tells them apart, and re-importing the
        same list must not double it.
        """
        candidates = self.by_key.get(person_key(first, last), [])
        e, p = _email_key(email), _phone_key(phone)
        for k in candidates:
            if (
                (e and k.email == e)
                or (p and k.phone == p)
                or (birth_date and k.birth_date == birth_date)
            ):
                return k
        if not (e or p or birth_date):
            for k in candidates:
                if not k.has_identifiers():
                    return k
        return None

    def by_name(self, keys: list[str]) -> list[Known]:
        found: list[Known] = []
        for key in keys:
            for k in self.by_key.get(key, []):
                if k not in found:
                    found.append(k)
        return found


def name_keys(full_name: str, reversed_order: bool) -> list[str]:
    """Search keys a full name may stand for: every split into first and last names."""
    words = full_name.split()
    keys: list[str] = []
    for cut in range(1, len(words)):
        head, tail = " ".join(words[:cut]), " ".join(words[cut:])
        first, last = (tail, head) if reversed_order else (head, tail)
        keys.append(person_key(first, last))
    return keys


def split_name(full_name: str, reversed_order: bool) -> tuple[str, str]:
    """Split at the last word ("Anna Maria" + "Nowak"), or the first one when reversed."""
    words = full_name.split()
    if len(words) < 2:
        return ("", full_name.strip()) if reversed_order else (full_name.strip(), "")
    if reversed_order:
        return " ".join(words[1:]), words[0]
    return " ".join(words[:-1]), words[-1]
