"""Who may get the Leader Certificate, and a plain reason for everyone who may not.

The rule: the enrolment is accepted or completed (not a candidate, not
resigned) and the hours attended reach the programme's threshold of the
hours *held* in the person's neighbourhood — attended ≥ threshold × held /
100, compared exactly in ``Decimal`` (exactly on the threshold is enough).
``decide`` is the rule alone, on plain numbers, so it can be tested case by
case; ``progress_for_programme`` applies it to everyone at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_DOWN, Decimal
from functools import lru_cache

from sqlalchemy.orm import Session

from wall_desktop.db.enums import EnrolmentStatus
from wall_desktop.db.models import Programme
from wall_desktop.i18n import _, get_language
from wall_desktop.services.context import Context
from wall_desktop.services.errors import NotFound
from wall_desktop.services.formatting import format_hours, format_percent
from wall_desktop.services.hours import ZERO, cycle_hours, enrolment_hours

HUNDREDTH = Decimal("0.01")


@dataclass(frozen=True)
class PersonProgress:
    enrolment_id: int
    person_id: int
    neighbourhood_id: int | None
    status: EnrolmentStatus
    attended_hours: Decimal  # at held sessions of the person's neighbourhood
    held_hours: Decimal  # the neighbourhood's held sessions (cancelled ones not counted)
    planned_hours: Decimal  # sessions still planned
    nominal_hours: Decimal  # the programme's nominal cycle, for reference
    share: Decimal  # per cent of the held hours, one decimal, rounded down
    required_hours: Decimal  # the threshold's share of the held hours, rounded up to 0.01
    eligible: bool
    reason: str  # why not, in the user's language; empty when eligible
    eligible_if_planned_attended: bool  # if every planned session is attended in full


def required_hours(held: Decimal, threshold: Decimal) -> Decimal:
    """The least attended hours that meet the threshold.

    Attended hours have two places, so "attended ≥ threshold × held / 100"
    holds exactly when attended reaches this value rounded up to 0.01.
    """
    return (threshold * held / 100).quantize(HUNDREDTH, rounding=ROUND_CEILING)


def share_of(attended: Decimal, held: Decimal) -> Decimal:
    """Per cent with one decimal, rounded down so 79.96 % never shows as 80.0 %."""
    if held <= 0:
        return Decimal("0.0")
    return (attended * 100 / held).quantize(Decimal("0.1"), rounding=ROUND_DOWN)


def admits(status: EnrolmentStatus, attended: Decimal, held: Decimal, threshold: Decimal) -> bool:
    """The rule alone: accepted or completed, and attended ≥ threshold × held / 100."""
    return (
        status in (EnrolmentStatus.ACCEPTED, EnrolmentStatus.COMPLETED)
        and held > 0
        and attended * 100 >= threshold * held
    )


def decide(
    status: EnrolmentStatus, attended: Decimal, held: Decimal, threshold: Decimal
) -> tuple[bool, str]:
    """(eligible, reason): the reason is empty when eligible, else says why in plain words."""
    if admits(status, attended, held, threshold):
        return True, ""
    if status is EnrolmentStatus.RESIGNED:
        return False, _("resigned from the programme")
    if status is EnrolmentStatus.CANDIDATE:
        return False, _("status: candidate")
    if held <= 0:
        return False, _("no training sessions held yet")
    needed = required_hours(held, threshold)
    language = get_language()
    return False, _("{missing} short of {required} ({threshold} of {held})").format(
        missing=_hours_text(needed - attended, language),
        required=_hours_text(needed, language),
        threshold=_percent_text(threshold, language),
        held=_hours_text(held, language),
    )


# A programme's figures repeat (one neighbourhood's held hours for all its people),
# so their texts are made once; the language is part of the key.
@lru_cache(maxsize=4096)
def _hours_text(value: Decimal, _language: str) -> str:
    return format_hours(value)


@lru_cache(maxsize=256)
def _percent_text(value: Decimal, _language: str) -> str:
    return format_percent(value, 2)


def progress(
    status: EnrolmentStatus,
    attended: Decimal,
    held: Decimal,
    planned: Decimal,
    programme: Programme,
    *,
    enrolment_id: int,
    person_id: int,
    neighbourhood_id: int | None,
) -> PersonProgress:
    """One person's figures and decision, with the preview for the planned sessions."""
    threshold = programme.certificate_threshold
    eligible, reason = decide(status, attended, held, threshold)
    if_planned = admits(status, attended + planned, held + planned, threshold)
    return PersonProgress(
        enrolment_id=enrolment_id,
        person_id=person_id,
        neighbourhood_id=neighbourhood_id,
        status=status,
        attended_hours=attended,
        held_hours=held,
        planned_hours=planned,
        nominal_hours=programme.nominal_hours,
        share=share_of(attended, held),
        required_hours=required_hours(held, threshold),
        eligible=eligible,
        reason=reason,
        eligible_if_planned_attended=if_planned,
    )


def progress_in_session(
    s: Session,
    programme_id: int,
    *,
    neighbourhood_id: int | None = None,
    person_id: int | None = None,
) -> dict[int, PersonProgress]:
    """``progress_for_programme`` inside an open session (the attendance grid shares it)."""
    programme = s.get(Programme, programme_id)
    if programme is None or programme.deleted_at is not None:
        raise NotFound(_("No programme with id {id}").format(id=programme_id))
    cycles = cycle_hours(s, programme_id, neighbourhood_id)
    found: dict[int, PersonProgress] = {}
    for row in enrolment_hours(
        s, programme_id, neighbourhood_id=neighbourhood_id, person_id=person_id
    ):
        cycle = cycles.get(row.neighbourhood_id) if row.neighbourhood_id is not None else None
        found[row.person_id] = progress(
            row.status,
            row.attended,
            cycle.held if cycle else ZERO,
            cycle.planned if cycle else ZERO,
            programme,
            enrolment_id=row.enrolment_id,
            person_id=row.person_id,
            neighbourhood_id=row.neighbourhood_id,
        )
    return found


def progress_for_programme(
    ctx: Context, programme_id: int, neighbourhood_id: int | None = None
) -> dict[int, PersonProgress]:
    """Every participant's or leader's hours and eligibility, keyed by person id."""
    with ctx.db.read() as s:
        return progress_in_session(s, programme_id, neighbourhood_id=neighbourhood_id)


def progress_for_person(ctx: Context, programme_id: int, person_id: int) -> PersonProgress:
    """One person's hours and eligibility; ``NotFound`` if they do not follow the cycle."""
    with ctx.db.read() as s:
        found = progress_in_session(s, programme_id, person_id=person_id)
    if person_id not in found:
        raise NotFound(_("This person is not a participant or leader of the programme"))
    return found[person_id]
