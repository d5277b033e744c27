"""The certificate rule, case by case, and its application to a whole programme."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.training_factories import Academy, make_academy, set_session_status
from wall_desktop.db.enums import EnrolmentStatus, Role, SessionStatus
from wall_desktop.i18n import set_language
from wall_desktop.services import hours
from wall_desktop.services.context import Context
from wall_desktop.services.eligibility import (
    decide,
    progress_for_person,
    progress_for_programme,
    required_hours,
    share_of,
)
from wall_desktop.services.errors import NotFound

NB = "\u00a0"
ACCEPTED = EnrolmentStatus.ACCEPTED
D = Decimal


# --- the rule on plain numbers --------------------------------------------------


def test_exactly_on_the_threshold_is_eligible() -> None:
    assert decide(ACCEPTED, D("48.00"), D("60.00"), D("80")) == (True, "")


def test_a_hundredth_below_the_threshold_is_not() -> None:
    eligible, reason = decide(ACCEPTED, D("47.99"), D("60.00"), D("80"))
    assert not eligible
    assert reason == f"brakuje 0,01{NB}h do 48{NB}h (80{NB}% z 60{NB}h)"


def test_the_shortfall_is_explained_in_polish() -> None:
    eligible, reason = decide(ACCEPTED, D("42"), D("60"), D("80"))
    assert not eligible
    assert reason == f"brakuje 6{NB}h do 48{NB}h (80{NB}% z 60{NB}h)"


def test_the_shortfall_is_explained_in_english() -> None:
    set_language("en")
    assert decide(ACCEPTED, D("42"), D("60"), D("80")) == (
        False,
        f"6{NB}h short of 48{NB}h (80% of 60{NB}h)",
    )
    assert decide(EnrolmentStatus.RESIGNED, D("60"), D("60"), D("80"))[1] == (
        "resigned from the programme"
    )
    assert decide(EnrolmentStatus.CANDIDATE, D("60"), D("60"), D("80"))[1] == "status: candidate"
    assert decide(ACCEPTED, D("0"), D("0"), D("80"))[1] == "no training sessions held yet"


def test_completed_counts_like_accepted() -> None:
    assert decide(EnrolmentStatus.COMPLETED, D("60"), D("60"), D("80")) == (True, "")


def test_resigned_is_never_eligible_whatever_the_hours() -> None:
    assert decide(EnrolmentStatus.RESIGNED, D("60"), D("60"), D("80")) == (
        False,
        "rezygnacja z udziału",
    )


def test_a_candidate_is_not_eligible_yet() -> None:
    assert decide(EnrolmentStatus.CANDIDATE, D("60"), D("60"), D("80")) == (
        False,
        "status: kandydat",
    )


def test_no_held_sessions_means_no_certificate() -> None:
    assert decide(ACCEPTED, D("0"), D("0"), D("80")) == (False, "brak odbytych szkoleń")


def test_a_fractional_threshold_is_compared_exactly() -> None:
    # 33.33 % of 10 h is 3.333 h: 3.33 h falls short, 3.34 h is enough.
    assert not decide(ACCEPTED, D("3.33"), D("10"), D("33.33"))[0]
    assert decide(ACCEPTED, D("3.34"), D("10"), D("33.33"))[0]
    assert required_hours(D("10"), D("33.33")) == D("3.34")
    reason = decide(ACCEPTED, D("3.33"), D("10"), D("33.33"))[1]
    assert reason == f"brakuje 0,01{NB}h do 3,34{NB}h (33,33{NB}% z 10{NB}h)"


def test_the_share_is_rounded_down_so_it_never_flatters() -> None:
    assert share_of(D("47.99"), D("60")) == D("79.9")
    assert share_of(D("48"), D("60")) == D("80.0")
    assert share_of(D("5"), D("0")) == D("0.0")


# --- a whole programme ------------------------------------------------------------


def _cycle(ctx: Context) -> tuple[Academy, list[int], int, list[int]]:
    """Nadodrze: 4 held sessions of 15 h (60 h), one cancelled, two planned of 6 h."""
    a = make_academy(ctx, hoods=("Nadodrze", "Szczepin"))
    held = [a.session("15") for _ in range(4)]
    to_cancel = a.session("15")
    planned = [a.session("6", SessionStatus.PLANNED) for _ in range(2)]
    return a, held, to_cancel, planned


def test_progress_counts_held_hours_only_and_previews_planned(ctx: Context) -> None:
    a, held, to_cancel, _planned = _cycle(ctx)
    on = a.person("Anna", "Nowak")  # 48 h: exactly 80 % of 60 h
    below = a.person("Jan", "Kowalski")  # 46 h now; 58 of 72 h (80.6 %) after the planned ones
    far = a.person("Ewa", "Lis")  # 15 h; the planned sessions cannot save her
    for s in held[:3]:
        for who in (on, below):
            a.mark(who, s)
    a.mark(on, held[3], hours="3")
    a.mark(below, held[3], hours="1")
    a.mark(far, held[0])
    a.mark(far, held[1], "absent")
    # Marks at a session that is then cancelled do not count.
    for who in (on, below, far):
        a.mark(who, to_cancel)
    set_session_status(ctx, a.hoods["Nadodrze"], to_cancel, SessionStatus.CANCELLED)

    got = progress_for_programme(ctx, a.programme_id)

    assert set(got) == {on, below, far}
    p = got[on]
    assert (p.attended_hours, p.held_hours, p.planned_hours) == (D("48"), D("60"), D("12"))
    assert (p.nominal_hours, p.share, p.required_hours) == (D("60"), D("80.0"), D("48"))
    assert p.eligible and p.reason == "" and p.eligible_if_planned_attended
    assert p.neighbourhood_id == a.hoods["Nadodrze"] and p.status is ACCEPTED
    q = got[below]
    assert (q.attended_hours, q.share, q.eligible) == (D("46"), D("76.6"), False)
    assert q.reason == f"brakuje 2{NB}h do 48{NB}h (80{NB}% z 60{NB}h)"
    assert q.eligible_if_planned_attended
    r = got[far]
    assert (r.attended_hours, r.eligible, r.eligible_if_planned_attended) == (D("15"), False, False)


def test_a_session_held_after_all_counts_again(ctx: Context) -> None:
    a, _held, to_cancel, _planned = _cycle(ctx)
    anna = a.person("Anna", "Nowak")
    a.mark(anna, to_cancel)
    set_session_status(ctx, a.hoods["Nadodrze"], to_cancel, SessionStatus.CANCELLED)
    assert progress_for_person(ctx, a.programme_id, anna).held_hours == D("60")
    set_session_status(ctx, a.hoods["Nadodrze"], to_cancel, SessionStatus.HELD)
    p = progress_for_person(ctx, a.programme_id, anna)
    assert (p.attended_hours, p.held_hours) == (D("15"), D("75"))


def test_statuses_and_an_empty_cycle_in_the_programme(ctx: Context) -> None:
    a, held, fifth, _p = _cycle(ctx)  # the fifth session stays held here: 75 h
    resigned = a.person("Piotr", "Wiśniewski", status=EnrolmentStatus.RESIGNED)
    candidate = a.person("Zofia", "Żak", status=EnrolmentStatus.CANDIDATE)
    completed = a.person("Łucja", "Mazur", status=EnrolmentStatus.COMPLETED)
    elsewhere = a.person("Adam", "Szymański", hood="Szczepin")
    for s in [*held, fifth]:
        for p in (resigned, candidate, completed):
            a.mark(p, s)

    got = progress_for_programme(ctx, a.programme_id)

    assert (got[resigned].eligible, got[resigned].reason) == (False, "rezygnacja z udziału")
    assert not got[resigned].eligible_if_planned_attended
    assert (got[candidate].eligible, got[candidate].reason) == (False, "status: kandydat")
    assert got[candidate].attended_hours == D("75")
    assert (got[completed].eligible, got[completed].share) == (True, D("100.0"))
    e = got[elsewhere]  # Szczepin has held nothing yet
    assert (e.held_hours, e.eligible, e.reason) == (D("0"), False, "brak odbytych szkoleń")


def test_hours_count_only_in_the_persons_own_neighbourhood(ctx: Context) -> None:
    a, held, _c, _p = _cycle(ctx)
    moved = a.person("Adam", "Szymański")
    a.mark(moved, held[0])
    # The enrolment moves to Szczepin: Nadodrze's marks stay there and count for nothing.
    from sqlalchemy import select

    from wall_desktop.db.models import Enrolment

    with ctx.db.write("Tester") as s:
        e = s.execute(select(Enrolment).where(Enrolment.person_id == moved)).scalar_one()
        e.neighbourhood_id = a.hoods["Szczepin"]
    p = progress_for_person(ctx, a.programme_id, moved)
    assert (p.attended_hours, p.held_hours, p.neighbourhood_id) == (
        D("0"),
        D("0"),
        a.hoods["Szczepin"],
    )


def test_only_participants_and_leaders_are_counted(ctx: Context) -> None:
    a, _held, _c, _p = _cycle(ctx)
    leader = a.person("Maria", "Wójcik", roles=(Role.PARTICIPANT, Role.LEADER))
    only_leader = a.person("Olga", "Kamińska", roles=(Role.LEADER,))
    mentor = a.person("Tomasz", "Mentor", roles=(Role.MENTOR,))
    got = progress_for_programme(ctx, a.programme_id)
    assert leader in got and only_leader in got and mentor not in got
    with pytest.raises(NotFound):
        progress_for_person(ctx, a.programme_id, mentor)


def test_filtering_by_neighbourhood_and_the_hours_module_agree(ctx: Context) -> None:
    a, held, _c, _p = _cycle(ctx)
    here = a.person("Anna", "Nowak")
    there = a.person("Adam", "Szymański", hood="Szczepin")
    a.mark(here, held[0])
    only_here = progress_for_programme(ctx, a.programme_id, a.hoods["Nadodrze"])
    assert set(only_here) == {here}
    assert hours.progress_for_programme(ctx, a.programme_id) == progress_for_programme(
        ctx, a.programme_id
    )
    assert there in progress_for_programme(ctx, a.programme_id)


def test_an_unknown_programme_is_not_found(ctx: Context) -> None:
    with pytest.raises(NotFound):
        progress_for_programme(ctx, 999)
