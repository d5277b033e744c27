"""The certificate register: numbering, reprints, keys, revoking and offline verification."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select, update

from tests.certificate_factories import make_academy, set_eligibility
from wall_desktop.db.enums import CertificateStatus
from wall_desktop.db.models import Certificate, Person, Programme
from wall_desktop.services import certificate_signing as signing
from wall_desktop.services.certificates import (
    VerifyStatus,
    can_issue,
    certificate_pages,
    create_signing_key,
    find_neighbourhood,
    issue_certificates,
    list_certificates,
    next_numbers,
    revoke_certificate,
    verify_certificate,
)
from wall_desktop.services.context import Context
from wall_desktop.services.errors import NotFound, RuleViolation, ValidationError

DAY = date(2023, 9, 12)
ALL = {
    "Zuzanna Łęcka-Żółć": "48.5",
    "Łukasz Ślęzak": "60",
    "Alex Nowak": None,
    "Agnieszka Ćwiek": "52",
    "Jan Źrebiec": "49.25",
}


def test_issue_numbers_in_sequence_in_a_stable_order(
    ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    academy = make_academy(ctx)
    set_eligibility(monkeypatch, academy, ALL)
    result = issue_certificates(ctx, academy.programme_id, issue_date=DAY)
    # Neighbourhood (Księże Małe before Przedmieście Oławskie), then last name; Alex not eligible.
    assert [(r.full_name, r.number, r.hours) for r in result.issued] == [
        ("Agnieszka Ćwiek", "WALL/2023/0001", Decimal("52.00")),
        ("Jan Źrebiec", "WALL/2023/0002", Decimal("49.25")),
        ("Zuzanna Łęcka-Żółć", "WALL/2023/0003", Decimal("48.50")),
        ("Łukasz Ślęzak", "WALL/2023/0004", Decimal("60.00")),
    ]
    again = issue_certificates(ctx, academy.programme_id, issue_date=DAY)
    assert again.issued == []
    assert len(again.already_held) == 4
    register = list_certificates(ctx, academy.programme_id)
    assert len({r.number for r in register}) == 4


def test_numbers_continue_per_year_and_skip_used_ones() -> None:
    used = {"WALL/2023/0001", "WALL/2023/0007", "WALL/2022/0099", "OTHER/1"}
    assert next_numbers("WALL/{year}/{number:04d}", 2023, used, 2) == [
        "WALL/2023/0008",
        "WALL/2023/0009",
    ]
    assert next_numbers("WALL/{year}/{number:04d}", 2024, used, 1) == ["WALL/2024/0001"]
    assert next_numbers("C-{number}", 2023, {"C-1", "C-2"}, 1) == ["C-3"]


def test_neighbourhood_batch_and_later_issue_continue_the_numbers(
    ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    academy = make_academy(ctx)
    set_eligibility(monkeypatch, academy, ALL)
    hood = find_neighbourhood(ctx, academy.programme_id, "przedmiescie olawskie")
    first = issue_certificates(ctx, academy.programme_id, neighbourhood_id=hood, issue_date=DAY)
    assert [r.full_name for r in first.issued] == ["Zuzanna Łęcka-Żółć", "Łukasz Ślęzak"]
    rest = issue_certificates(ctx, academy.programme_id, issue_date=DAY)
    assert [r.number for r in rest.issued] == ["WALL/2023/0003", "WALL/2023/0004"]
    with pytest.raises(NotFound):
        find_neighbourhood(ctx, academy.programme_id, "Biskupin")


def test_reprint_keeps_number_and_hours_when_attendance_changes(
    ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    academy = make_academy(ctx)
    set_eligibility(monkeypatch, academy, ALL)
    issue_certificates(ctx, academy.programme_id, issue_date=DAY)
    before = certificate_pages(ctx, academy.programme_id)
    set_eligibility(monkeypatch, academy, {**ALL, "Zuzanna Łęcka-Żółć": "60"})
    assert issue_certificates(ctx, academy.programme_id).issued == []
    after = certificate_pages(ctx, academy.programme_id)
    assert after == before
    zuzanna = next(p for p in after if p.full_name == "Zuzanna Łęcka-Żółć")
    assert zuzanna.hours == Decimal("48.50")
    assert zuzanna.mentors[0].name == "Paweł Mentorski"
    assert not zuzanna.demo


def test_a_database_with_only_the_public_key_cannot_issue(
    ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    academy = make_academy(ctx)
    set_eligibility(monkeypatch, academy, ALL)
    issue_certificates(ctx, academy.programme_id, person_ids=[academy.people["Łukasz Ślęzak"]])
    with ctx.db.write("Tester") as s:
        s.execute(
            update(Programme)
            .where(Programme.id == academy.programme_id)
            .values(signing_private_key=None)
        )
    assert not can_issue(ctx, academy.programme_id)
    with pytest.raises(RuleViolation):
        issue_certificates(ctx, academy.programme_id)
    with ctx.db.read() as s:
        assert (
            s.scalar(select(Certificate.id).where(Certificate.number == "WALL/2023/0002")) is None
        )
    # It still verifies and reprints with the stored signature.
    pages = certificate_pages(ctx, academy.programme_id)
    assert verify_certificate(ctx, pages[0].qr_payload).status == VerifyStatus.GENUINE


def test_verify_genuine_altered_and_revoked(ctx: Context, monkeypatch: pytest.MonkeyPatch) -> None:
    academy = make_academy(ctx, key=False)
    assert verify_certificate(ctx, "WALL1|x|y|1|2023-01-01|abc").status == VerifyStatus.NO_KEY
    create_signing_key(ctx, academy.programme_id)
    set_eligibility(monkeypatch, academy, ALL)
    issued = issue_certificates(ctx, academy.programme_id, issue_date=DAY).issued
    pages = {p.number: p for p in certificate_pages(ctx, academy.programme_id)}
    payload = pages[issued[0].number].qr_payload
    result = verify_certificate(ctx, payload)
    assert result.status == VerifyStatus.GENUINE
    assert (result.number, result.full_name, result.hours) == (
        "WALL/2023/0001",
        "Agnieszka Ćwiek",
        Decimal("52"),
    )
    for altered in (
        payload.replace("Agnieszka", "Agnieszkа"),  # a Cyrillic "а"
        payload.replace("|52|", "|62|"),
        payload.replace("2023-09-12", "2023-09-13"),
        payload[:-3] + ("A" if payload[-3] != "A" else "B") + payload[-2:],
        "hello",
        "",
    ):
        assert verify_certificate(ctx, altered).status == VerifyStatus.ALTERED, altered
    revoke_certificate(ctx, issued[0].id, "Podano błędne godziny", on=date(2023, 10, 1))
    assert verify_certificate(ctx, payload).status == VerifyStatus.REVOKED
    register = {r.number: r for r in list_certificates(ctx, academy.programme_id)}
    assert register["WALL/2023/0001"].status == CertificateStatus.REVOKED
    assert "WALL/2023/0001" not in {p.number for p in certificate_pages(ctx, academy.programme_id)}
    with pytest.raises(RuleViolation):
        certificate_pages(ctx, academy.programme_id, certificate_ids=[issued[0].id])
    with pytest.raises(RuleViolation):
        revoke_certificate(ctx, issued[0].id, "again")
    with pytest.raises(ValidationError):
        revoke_certificate(ctx, issued[1].id, "  ")
    # A revoked person may be issued a new certificate, with a new number.
    again = issue_certificates(ctx, academy.programme_id, issue_date=DAY).issued
    assert [(r.full_name, r.number) for r in again] == [("Agnieszka Ćwiek", "WALL/2023/0005")]


def test_name_corrected_after_issue_is_signed_again_in_the_office(
    ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    academy = make_academy(ctx)
    set_eligibility(monkeypatch, academy, ALL)
    issue_certificates(ctx, academy.programme_id, person_ids=[academy.people["Jan Źrebiec"]])
    with ctx.db.write("Tester") as s:
        s.execute(
            update(Person)
            .where(Person.id == academy.people["Jan Źrebiec"])
            .values(first_name="Janek")
        )
    (page,) = certificate_pages(ctx, academy.programme_id)
    assert page.full_name == "Janek Źrebiec"
    assert verify_certificate(ctx, page.qr_payload).status == VerifyStatus.GENUINE
    with ctx.db.write("Tester") as s:
        s.execute(update(Programme).values(signing_private_key=None))
    with pytest.raises(RuleViolation):
        certificate_pages(ctx, academy.programme_id)


def test_payload_parsing_keeps_a_bar_in_the_name() -> None:
    private, public = signing.new_key_pair()
    fields = signing.SignedFields("N/1", "Anna | Maria Kowalska", Decimal("48.50"), DAY)
    text = signing.payload(fields, signing.sign(fields, private))
    assert text.startswith("WALL1|N/1|Anna | Maria Kowalska|48.5|2023-09-12|")
    parsed, valid = signing.verify_with(text, public)
    assert valid and parsed == fields
    _other_private, other_public = signing.new_key_pair()
    assert signing.verify_with(text, other_public)[1] is False


def test_issue_uses_the_real_eligibility_rules(ctx: Context) -> None:
    """Hours come from attendance at held sessions; below the threshold there is no certificate."""
    from wall_desktop.db.enums import AttendanceStatus, SessionStatus
    from wall_desktop.db.models import Attendance, TrainingSession

    academy = make_academy(ctx)
    hood = academy.hoods["Przedmieście Oławskie"]
    with ctx.db.write("Tester") as s:
        sessions = [
            TrainingSession(
                neighbourhood_id=hood,
                date=date(2022, 3, d),
                hours=Decimal("10"),
                topic=f"Zjazd {d}",
                status=SessionStatus.HELD,
            )
            for d in (5, 12, 19)
        ]
        s.add_all(sessions)
        s.flush()
        attended = {"Zuzanna Łęcka-Żółć": ("10", "10", "5.5"), "Łukasz Ślęzak": ("10", "0", "5")}
        for name, hours in attended.items():
            for session, h in zip(sessions, hours, strict=True):
                status = AttendanceStatus.PRESENT if h != "0" else AttendanceStatus.ABSENT
                s.add(
                    Attendance(
                        session_id=session.id,
                        person_id=academy.people[name],
                        status=status,
                        hours=Decimal(h),
                    )
                )
    result = issue_certificates(ctx, academy.programme_id, issue_date=DAY)
    # 25.5 of 30 held hours is 85 %: eligible; 15 of 30 is not; Alex attended nothing.
    assert [(r.full_name, r.hours) for r in result.issued] == [
        ("Zuzanna Łęcka-Żółć", Decimal("25.50"))
    ]


def test_pending_certificates_lists_who_issue_would_number(tmp_path: Path) -> None:
    """The GUI's pending list comes from the same rule as issuing, in the same order."""
    from wall_desktop.app import open_database
    from wall_desktop.services.certificates import issue_certificates, pending_certificates
    from wall_desktop.services.demo import fill_demo
    from wall_desktop.services.programmes import choose_programme

    ctx = Context(open_database(tmp_path / "demo.sqlite"), "Tester")
    try:
        fill_demo(ctx)
        programme = choose_programme(ctx)
        pending = pending_certificates(ctx, programme.id)
        assert pending  # the demo has eligible people
        result = issue_certificates(ctx, programme.id)
        assert [c.person_id for c in result.issued] == [p.person_id for p in pending]
        assert pending_certificates(ctx, programme.id) == []
    finally:
        ctx.db.dispose()
