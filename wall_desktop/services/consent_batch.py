"""Consent states of a whole programme's people, read as plain rows.

``consents.consent_states`` loads a ``Consent`` object per consent, chunk by
chunk: right for a page, slow for 100,000 people (the workbook, the budget
form's chooser).  This reads the four columns the rule needs as tuples, in
one query over the programme's consents when the people are many, and
decides with the same helpers (``consents._counts``, ``is_minor_on``), so
both give the same state for everyone.
"""

from __future__ import annotations

from datetime import date
from typing import Any, cast

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from wall_desktop.db.models import Consent, Programme
from wall_desktop.services.consents import REQUIRED_KIND, Born, ConsentState, _counts, is_minor_on

# With more people than this, one query over the programme's consents beats
# asking for the people's own chunk by chunk.
WHOLE_PROGRAMME_FROM = 2000
_CHUNK = 500


def _consents(s: Session, programme_id: int, people: ColumnElement[bool] | None) -> list[Any]:
    query = select(
        Consent.person_id, Consent.given_on, Consent.withdrawn_on, Consent.guardian_name
    ).where(
        Consent.kind == REQUIRED_KIND,
        Consent.deleted_at.is_(None),
        # "this programme or none" (see consents.consent_states: coalesce, not OR)
        func.coalesce(Consent.programme_id, programme_id) == programme_id,
    )
    if people is not None:
        query = query.where(people)
    return list(s.execute(query))


def consent_states_bulk(
    s: Session, programme: Programme, people: Born, *, today: date | None = None
) -> dict[int, ConsentState]:
    """``consents.consent_states`` for many people at once, without ORM objects."""
    today = today or date.today()
    by_id = dict(people)
    ids = list(by_id)
    if len(ids) > WHOLE_PROGRAMME_FROM:
        found = _consents(s, programme.id, None)
    else:
        found = []
        for start in range(0, len(ids), _CHUNK):
            found += _consents(s, programme.id, Consent.person_id.in_(ids[start : start + _CHUNK]))
    counting: set[int] = set()
    minor_age = programme.minor_age
    for row in found:
        born = by_id.get(row.person_id)
        if born is None or row.person_id in counting:
            continue
        # The row carries the attributes ``_counts`` reads (given_on, withdrawn_on,
        # guardian_name): the very rule, not a copy of it.
        if _counts(cast(Consent, row), born[0], born[1], minor_age, today):
            counting.add(row.person_id)
    states: dict[int, ConsentState] = {}
    missing: dict[tuple[date | None, int | None], ConsentState] = {}  # many share a birth date
    for pid, born in by_id.items():
        if pid in counting:
            states[pid] = ConsentState.COMPLETE
            continue
        state = missing.get(born)
        if state is None:
            minor = is_minor_on(programme.start_date, born[0], born[1], minor_age)
            state = ConsentState.MINOR_WITHOUT_GUARDIAN if minor else ConsentState.MISSING
            missing[born] = state
        states[pid] = state
    return states
