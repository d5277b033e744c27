"""People and enrolments: every check, search, filters, paging, duplicates and deletion."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from wall_desktop.db.enums import (
    AttendanceStatus,
    ConsentKind,
    EnrolmentStatus,
    Gender,
    Role,
)
from wall_desktop.db.models import (
    Attendance,
    Certificate,
    Consent,
    Enrolment,
    EnrolmentRole,
    Neighbourhood,
    Person,
    Programme,
    Project,
    ProjectMember,
    TrainingSession,
)
from wall_desktop.db.session import INCLUDE_DELETED
from wall_desktop.i18n import set_language
from wall_desktop.services.consents import ConsentInput, ConsentState, add_consent
from wall_desktop.services.context import Context
from wall_desktop.services.errors import Conflict, RuleViolation, ValidationError
from wall_desktop.services.people import (
    AgeGroup,
    EnrolmentInput,
    PersonInput,
    count_people,
    create_person,
    delete_person,
    find_duplicates,
    get_person,
    list_people,
    person_dependants,
    update_enrolment,
    update_person,
)

TODAY = date(2024, 5, 1)
START = date(2022, 2, 1)


def programme(ctx: Context, name: str = "WALL 2022–2023") -> int:
    with ctx.db.write("Tester") as s:
        p = Programme(name=name, start_date=START, end_date=date(2023, 9, 30))
        s.add(p)
        s.flush()
        return p.id


def neighbourhood(ctx: Context, programme_id: int, name: str) -> int:
    with ctx.db.write("Tester") as s:
        n = Neighbourhood(programme_id=programme_id, name=name)
        s.add(n)
        s.flush()
        return n.id


def person(first: str = "Anna", last: str = "Nowak", **kw: object) -> PersonInput:
    return PersonInput(first_name=first, last_name=last, **kw)  # type: ignore[arg-type]


def enrol(programme_id: int, **kw: object) -> EnrolmentInput:
    return EnrolmentInput(programme_id=programme_id, **kw)  # type: ignore[arg-type]


def count(ctx: Context, model: type) -> int:
    with ctx.db.read() as s:
        return int(
            s.execute(
                select(func.count()).select_from(model).execution_options(**{INCLUDE_DELETED: True})
            ).scalar_one()
        )


def counts(ctx: Context) -> tuple[int, int, int]:
    return count(ctx, Person), count(ctx, Enrolment), count(ctx, EnrolmentRole)


# --- creating and checking ---------------------------------------------------


def test_create_person_stores_normalised_fields_and_operator(ctx: Context) -> None:
    pid = programme(ctx)
    hood = neighbourhood(ctx, pid, "Nadodrze")
    row = create_person(
        ctx,
        person(
            " Zofia ",
            "Żółć",
            gender=Gender.WOMAN,
            birth_date=date(1980, 3, 5),
            email="  zofia@example.pl ",
            phone="600 100 200",
            postal_code="50-001",
        ),
        enrol(pid, neighbourhood_id=hood, roles=frozenset({Role.LEADER, Role.PARTICIPANT})),
        today=TODAY,
    )
    assert (row.first_name, row.last_name) == ("Zofia", "Żółć")
    assert row.roles == (Role.PARTICIPANT, Role.LEADER)
    assert row.neighbourhood_name == "Nadodrze"
    assert row.birth_year == 1980
    assert row.age_group is AgeGroup.ADULT
    assert row.consent_state is ConsentState.MISSING
    with ctx.db.read() as s:
        stored = s.get_one(Person, row.id)
        assert stored.email == "zofia@example.pl"
        assert stored.phone == "+48 600 100 200"
        assert stored.updated_by == "Tester"
        assert s.get_one(Enrolment, row.enrolment_id).updated_by == "Tester"


@pytest.mark.parametrize(
    ("fields", "field", "message"),
    [
        ({"first": " "}, "first_name", "Pole „Imię” jest wymagane"),
        ({"last": ""}, "last_name", "Pole „Nazwisko” jest wymagane"),
        ({"email": "anna@"}, "email", "„anna@” nie jest poprawnym adresem e-mail"),
        ({"phone": "12"}, "phone", "„12” nie jest poprawnym numerem telefonu"),
        ({"pesel": "12345678901"}, "pesel", "„12345678901” nie jest poprawnym numerem PESEL"),
        ({"postal_code": "50001"}, "postal_code", "Kod pocztowy musi mieć postać 50-001"),
        (
            {"birth_date": date(2024, 5, 2)},
            "birth_date",
            "Data urodzenia nie może być w przyszłości",
        ),
        ({"birth_year": 1850}, "birth_year", "Rok urodzenia musi być między 1900 a 2024"),
        (
            {"birth_date": date(1990, 1, 1), "birth_year": 1991},
            "birth_year",
            "Rok urodzenia 1991 nie zgadza się z datą urodzenia",
        ),
        (
            {"pesel": "02070803628", "birth_date": date(1902, 7, 9)},
            "pesel",
            "Numer PESEL nie zgadza się z datą urodzenia",
        ),
    ],
)
def test_each_bad_field_is_refused_in_polish_and_nothing_written(
    ctx: Context, fields: dict[str, object], field: str, message: str
) -> None:
    pid = programme(ctx)
    first = fields.pop("first", "Anna")
    last = fields.pop("last", "Nowak")
    before = counts(ctx)
    with pytest.raises(ValidationError) as err:
        create_person(ctx, person(first, last, **fields), enrol(pid), today=TODAY)  # type: ignore[arg-type]
    assert err.value.errors[field] == message
    assert counts(ctx) == before


@pytest.mark.parametrize(
    "fields",
    [
        {"email": "anna.nowak+wall@example.com.pl"},
        {"phone": "+48 71 123 45 67"},
        {"phone": "601-200-300"},
        {"pesel": "02070803628", "birth_date": date(1902, 7, 8)},
        {"pesel": "02070803628"},
        {"postal_code": "53-611"},
        {"birth_date": TODAY},
        {"birth_year": 2024},
        {"birth_date": date(1990, 1, 1), "birth_year": 1990},
    ],
)
def test_each_good_field_is_accepted(ctx: Context, fields: dict[str, object]) -> None:
    pid = programme(ctx)
    create_person(ctx, person(**fields), enrol(pid), today=TODAY)  # type: ignore[arg-type]
    assert count_people(ctx, pid) == 1


def test_every_problem_is_reported_at_once_in_english(ctx: Context) -> None:
    pid = programme(ctx)
    other = programme(ctx, "Pilot")
    elsewhere = neighbourhood(ctx, other, "Przedmieście Oławskie")
    set_language("en")
    try:
        with pytest.raises(ValidationError) as err:
            create_person(
                ctx,
                person("", "Nowak", email="x@", postal_code="5-001"),
                enrol(pid, neighbourhood_id=elsewhere, roles=frozenset()),
                today=TODAY,
            )
    finally:
        set_language("pl")
    assert err.value.errors == {
        "first_name": "First name is required",
        "email": "“x@” is not a valid e-mail address",
        "postal_code": "Postal code must look like 50-001",
        "roles": "Choose at least one role",
        "neighbourhood_id": "The neighbourhood belongs to another programme",
    }
    assert counts(ctx) == (0, 0, 0)


# --- the list: search, filters, paging ----------------------------------------


def _crowd(ctx: Context) -> tuple[int, int, int]:
    pid = programme(ctx)
    north = neighbourhood(ctx, pid, "Nadodrze")
    south = neighbourhood(ctx, pid, "Huby")
    create_person(ctx, person("Zofia", "Żółć"), enrol(pid, neighbourhood_id=north), today=TODAY)
    create_person(
        ctx,
        person("Łucja", "Świątek"),
        enrol(pid, neighbourhood_id=south, status=EnrolmentStatus.ACCEPTED),
        today=TODAY,
    )
    create_person(
        ctx,
        person("Jan", "Kowalski"),
        enrol(
            pid,
            neighbourhood_id=north,
            status=EnrolmentStatus.ACCEPTED,
            roles=frozenset({Role.MENTOR}),
        ),
        today=TODAY,
    )
    create_person(ctx, person("Adam", "Zolciński"), enrol(pid), today=TODAY)
    other = programme(ctx, "Pilot")
    create_person(ctx, person("Zenon", "Żółć"), enrol(other), today=TODAY)
    return pid, north, south


@pytest.mark.parametrize("typed", ["zolc", "ŻÓŁĆ", "żółć", "zofia zol"])
def test_search_ignores_case_and_polish_letters(ctx: Context, typed: str) -> None:
    pid, _n, _s = _crowd(ctx)
    found = list_people(ctx, pid, search=typed, today=TODAY)
    names = [r.full_name for r in found]
    # Polish order: Zolciński before Żółć (z < ż), though both fold to "zolc..."
    expected = ["Zofia Żółć"] if " " in typed else ["Adam Zolciński", "Zofia Żółć"]
    assert names == expected
    assert count_people(ctx, pid, search=typed) == len(expected)


def test_filters_by_neighbourhood_role_and_status(ctx: Context) -> None:
    pid, north, south = _crowd(ctx)
    assert [r.last_name for r in list_people(ctx, pid, neighbourhood_id=north)] == [
        "Kowalski",
        "Żółć",
    ]
    assert [r.last_name for r in list_people(ctx, pid, role=Role.MENTOR)] == ["Kowalski"]
    accepted = list_people(ctx, pid, status=EnrolmentStatus.ACCEPTED)
    assert [r.last_name for r in accepted] == ["Kowalski", "Świątek"]
    both = list_people(ctx, pid, neighbourhood_id=north, status=EnrolmentStatus.ACCEPTED)
    assert [r.last_name for r in both] == ["Kowalski"]
    assert count_people(ctx, pid, neighbourhood_id=south) == 1
    assert count_people(ctx, pid, role=Role.PARTICIPANT) == 3
    assert count_people(ctx, pid) == 4


def test_paging_is_ordered_by_name_and_stable(ctx: Context) -> None:
    pid, _n, _s = _crowd(ctx)
    everyone = [r.last_name for r in list_people(ctx, pid)]
    assert everyone == ["Kowalski", "Świątek", "Zolciński", "Żółć"]  # Polish order: z < ż
    pages = [
        [r.last_name for r in list_people(ctx, pid, limit=3, offset=offset)] for offset in (0, 3, 6)
    ]
    assert pages == [everyone[:3], everyone[3:], []]


def test_deleted_people_and_roles_leave_the_list(ctx: Context) -> None:
    pid, _n, _s = _crowd(ctx)
    kowalski = list_people(ctx, pid, search="kowalski")[0]
    update_enrolment(ctx, kowalski.id, enrol(pid, roles=frozenset({Role.TRAINER})), today=TODAY)
    assert count_people(ctx, pid, role=Role.MENTOR) == 0
    assert list_people(ctx, pid, role=Role.TRAINER)[0].roles == (Role.TRAINER,)
    delete_person(ctx, kowalski.id)
    assert count_people(ctx, pid) == 3
    assert count_people(ctx, pid, role=Role.TRAINER) == 0


# --- age group and consent state ------------------------------------------------


def test_turning_18_the_day_after_the_start_is_still_a_minor(ctx: Context) -> None:
    pid = programme(ctx)
    minor = create_person(ctx, person("Ola", "Mała", birth_date=date(2004, 2, 2)), enrol(pid))
    adult = create_person(ctx, person("Ela", "Duża", birth_date=date(2004, 2, 1)), enrol(pid))
    unknown = create_person(ctx, person("Ula", "Nieznana"), enrol(pid))
    by_year = create_person(ctx, person("Iza", "Rocznik", birth_year=2004), enrol(pid))
    grown = create_person(ctx, person("Ewa", "Starsza", birth_year=2003), enrol(pid))
    groups = {r.id: (r.age_group, r.consent_state) for r in list_people(ctx, pid, today=TODAY)}
    assert groups[minor.id] == (AgeGroup.CHILD_YOUTH, ConsentState.MINOR_WITHOUT_GUARDIAN)
    assert groups[adult.id] == (AgeGroup.ADULT, ConsentState.MISSING)
    assert groups[unknown.id] == (AgeGroup.UNKNOWN, ConsentState.MISSING)
    # A birth year alone: a minor unless of age even when born on 31 December.
    assert groups[by_year.id][0] is AgeGroup.CHILD_YOUTH
    assert groups[grown.id][0] is AgeGroup.ADULT


def test_consent_state_in_the_list(ctx: Context) -> None:
    pid = programme(ctx)
    minor = create_person(ctx, person("Ola", "Mała", birth_date=date(2006, 1, 1)), enrol(pid))
    adult = create_person(ctx, person("Ela", "Duża", birth_date=date(1970, 1, 1)), enrol(pid))
    add_consent(
        ctx,
        ConsentInput(minor.id, pid, ConsentKind.DATA_PROCESSING, START, guardian_name="Jan Mały"),
        today=TODAY,
    )
    add_consent(ctx, ConsentInput(adult.id, None, ConsentKind.DATA_PROCESSING, START), today=TODAY)
    states = {r.id: r.consent_state for r in list_people(ctx, pid, today=TODAY)}
    assert states == {minor.id: ConsentState.COMPLETE, adult.id: ConsentState.COMPLETE}


# --- updating -------------------------------------------------------------------


def test_update_person_and_enrolment_in_one_go(ctx: Context) -> None:
    pid = programme(ctx)
    hood = neighbourhood(ctx, pid, "Huby")
    row = create_person(ctx, person(), enrol(pid), today=TODAY)
    detail = get_person(ctx, row.id, pid, today=TODAY)
    changed = update_person(
        ctx,
        row.id,
        person("Anna", "Nowak-Kowalska", phone="+48600100200"),
        enrol(pid, neighbourhood_id=hood, status=EnrolmentStatus.ACCEPTED),
        expected_version=detail.row_version,
        today=TODAY,
    )
    assert changed.data.last_name == "Nowak-Kowalska"
    assert changed.data.phone == "+48 600 100 200"
    assert changed.enrolment is not None
    assert changed.enrolment.neighbourhood_name == "Huby"
    assert changed.enrolment.status_changed_on == TODAY
    assert list_people(ctx, pid, search="nowak-kow")[0].id == row.id
    with pytest.raises(Conflict):
        update_person(ctx, row.id, person(), expected_version=detail.row_version)


def test_refused_update_writes_nothing(ctx: Context) -> None:
    pid = programme(ctx)
    row = create_person(ctx, person(), enrol(pid), today=TODAY)
    with pytest.raises(ValidationError):
        update_person(ctx, row.id, person("Anna", "Nowak", email="nie-mail"), enrol(pid))
    assert get_person(ctx, row.id, pid).data.email is None


def test_update_enrolment_enrols_in_another_programme(ctx: Context) -> None:
    pid = programme(ctx)
    other = programme(ctx, "Pilot")
    row = create_person(ctx, person(), enrol(pid), today=TODAY)
    moved = update_enrolment(ctx, row.id, enrol(other, roles=frozenset({Role.STAFF})))
    assert moved.roles == (Role.STAFF,)
    assert count_people(ctx, other) == 1
    assert count_people(ctx, pid) == 1


# --- duplicates -----------------------------------------------------------------


def test_duplicates_need_the_same_name_and_one_more_fact(ctx: Context) -> None:
    pid = programme(ctx)
    zofia = create_person(
        ctx,
        person(
            "Zofia",
            "Żółć",
            email="Zofia@Example.pl",
            phone="600100200",
            birth_date=date(1980, 1, 2),
        ),
        enrol(pid),
        today=TODAY,
    ).id
    create_person(ctx, person("Zofia", "Nowak", email="zofia@example.pl"), enrol(pid), today=TODAY)
    assert find_duplicates(ctx, "zofia", "ZOLC", email=" zofia@example.PL ") == [zofia]
    assert find_duplicates(ctx, "Zofia", "Żółć", phone="+48 600-100-200") == [zofia]
    assert find_duplicates(ctx, "Zofia", "Żółć", birth_date=date(1980, 1, 2)) == [zofia]
    assert find_duplicates(ctx, "Zofia", "Żółć", birth_date=date(1980, 1, 3)) == []
    assert find_duplicates(ctx, "Zofia", "Żółć") == []
    assert find_duplicates(ctx, "Zofia", "Żółć", email="zofia@example.pl", exclude_id=zofia) == []
    delete_person(ctx, zofia)
    assert find_duplicates(ctx, "Zofia", "Żółć", email="zofia@example.pl") == []


# --- deleting -------------------------------------------------------------------


def test_delete_takes_dependants_and_says_so(ctx: Context) -> None:
    pid = programme(ctx)
    hood = neighbourhood(ctx, pid, "Nadodrze")
    row = create_person(ctx, person("Zofia", "Żółć"), enrol(pid, neighbourhood_id=hood))
    keep = create_person(ctx, person("Jan", "Kowalski"), enrol(pid, neighbourhood_id=hood))
    with ctx.db.write("Tester") as s:
        sessions = [
            TrainingSession(
                neighbourhood_id=hood, date=date(2022, 3, d), hours=Decimal("5"), topic="Zjazd"
            )
            for d in (5, 6)
        ]
        s.add_all(sessions)
        project = Project(neighbourhood_id=hood, title="Podwórko", grant_amount=Decimal("4000"))
        s.add(project)
        s.flush()
        for who in (row.id, keep.id):
            for session in sessions:
                s.add(
                    Attendance(
                        session_id=session.id,
                        person_id=who,
                        status=AttendanceStatus.PRESENT,
                        hours=Decimal("5"),
                    )
                )
        s.add(ProjectMember(project_id=project.id, person_id=row.id))
        s.add(Consent(person_id=row.id, kind=ConsentKind.IMAGE, given_on=START))
    ctx_other = Context(ctx.db, operator="Koordynatorka")
    preview = person_dependants(ctx, row.id)
    assert preview.describe() == (
        "Razem z tą osobą (Zofia Żółć) zostaną usunięte: 1 zapis, 2 wpisy obecności, "
        "1 zgoda, 1 członkostwo w projekcie."
    )
    gone = delete_person(ctx_other, row.id)
    assert gone == preview
    assert count_people(ctx, pid) == 1
    with ctx.db.read() as s:
        assert s.execute(select(func.count(Attendance.id))).scalar_one() == 2
        assert s.execute(select(func.count(Consent.id))).scalar_one() == 0
        assert s.execute(select(func.count(ProjectMember.id))).scalar_one() == 0
        deleted = s.execute(
            select(Person).where(Person.id == row.id).execution_options(**{INCLUDE_DELETED: True})
        ).scalar_one()
        assert deleted.deleted_at is not None
        assert deleted.updated_by == "Koordynatorka"


def test_a_certificate_holder_cannot_be_deleted(ctx: Context) -> None:
    pid = programme(ctx)
    row = create_person(ctx, person(), enrol(pid, status=EnrolmentStatus.COMPLETED))
    with ctx.db.write("Tester") as s:
        s.add(
            Certificate(
                enrolment_id=row.enrolment_id,
                number="WALL/2023/0001",
                issue_date=date(2023, 9, 1),
                hours=Decimal("60"),
            )
        )
    with pytest.raises(RuleViolation, match="1 certyfikat"):
        delete_person(ctx, row.id)
    assert count_people(ctx, pid) == 1
