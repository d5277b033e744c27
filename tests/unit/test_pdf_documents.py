"""Sign-in sheets, consent forms and expense descriptions, from the database to PDF text."""

from __future__ import annotations

import io
from datetime import date, time
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.certificate_factories import make_academy, set_eligibility
from wall_desktop.cli import main
from wall_desktop.db.enums import FundingSource, PaymentMethod
from wall_desktop.db.models import (
    BudgetLine,
    Expense,
    Person,
    Programme,
    Project,
    ResidentsMeeting,
    TrainingSession,
)
from wall_desktop.exports.pdf.consent import consent_pdf
from wall_desktop.exports.pdf.expense import expense_pdf
from wall_desktop.exports.pdf.sign_in import SignInSheet, page_count, sign_in_pdf
from wall_desktop.services import documents
from wall_desktop.services.context import Context
from wall_desktop.services.errors import NotFound


def _texts(data: bytes) -> list[str]:
    return [p.extract_text() for p in PdfReader(io.BytesIO(data)).pages]


def test_long_sheet_repeats_the_header_and_numbers_pages() -> None:
    sheet = SignInSheet(
        "session",
        "Wrocławska Akademia Lokalnych Liderów",
        "Księże Małe",
        date(2022, 3, 5),
        time(10),
        time(15, 30),
        Decimal("5.5"),
        "Diagnoza potrzeb",
        "Anna Trenerska",
        "Klub",
        tuple(f"Osoba {i:02d} Żółć" for i in range(1, 61)),
    )
    texts = _texts(sign_in_pdf(sheet))
    assert len(texts) == page_count(sheet) >= 3
    for i, text in enumerate(texts, start=1):
        assert "Lista obecności — szkolenie" in text
        assert "05.03.2022, 10:00–15:30" in text
        assert "5,5 godziny" in text
        assert f"Strona {i} z {len(texts)}" in text
    joined = "\n".join(texts)
    assert all(f"Osoba {i:02d} Żółć" in joined for i in range(1, 61))
    assert "66." in joined  # 60 people and 6 blank rows, numbered on
    assert "67." not in joined


def test_documents_from_the_database(ctx: Context, monkeypatch: pytest.MonkeyPatch) -> None:
    academy = make_academy(ctx)
    hood = academy.hoods["Przedmieście Oławskie"]
    with ctx.db.write("Tester") as s:
        s.query(Programme).update(
            {"data_controller": "Fundacja Przykładowa, Wrocław", "data_purpose": "udziału w WALL"}
        )
        minor = Person(first_name="Zosia", last_name="Źdźbło", birth_date=date(2010, 5, 1))
        s.add(minor)
        session = TrainingSession(
            neighbourhood_id=hood,
            date=date(2022, 3, 5),
            start_time=time(10),
            end_time=time(14),
            hours=Decimal("4"),
            topic="Komunikacja w grupie",
            place="Świetlica",
        )
        project = Project(
            neighbourhood_id=hood, title="Zielone podwórko", grant_amount=Decimal("4000")
        )
        s.add_all([session, project])
        s.flush()
        meeting = ResidentsMeeting(project_id=project.id, date=date(2022, 5, 7), place="Podwórko")
        line = BudgetLine(
            programme_id=academy.programme_id,
            project_id=project.id,
            category="Materiały",
            funding_source=FundingSource.GRANT,
            planned=Decimal("1500"),
        )
        s.add_all([meeting, line])
        s.flush()
        expense = Expense(
            budget_line_id=line.id,
            date=date(2022, 5, 10),
            document_number="FV/12/2022",
            vendor="Ogrodnik Sp. z o.o.",
            amount=Decimal("1234.50"),
            payment_method=PaymentMethod.TRANSFER,
            payment_date=date(2022, 5, 12),
        )
        s.add(expense)
        s.flush()
        ids = (session.id, meeting.id, expense.id, minor.id)
    session_id, meeting_id, expense_id, minor_id = ids

    (text,) = _texts(sign_in_pdf(documents.session_sheet(ctx, session_id)))
    assert "Komunikacja w grupie" in text and "4 godziny" in text
    assert text.index("Zuzanna Łęcka-Żółć") < text.index("Alex Nowak") < text.index("Łukasz Ślęzak")
    assert "Agnieszka Ćwiek" not in text  # another neighbourhood
    meeting_text = "\n".join(_texts(sign_in_pdf(documents.meeting_sheet(ctx, meeting_id))))
    assert "spotkanie z mieszkańcami" in meeting_text and "Zielone podwórko" in meeting_text

    (text,) = _texts(expense_pdf(documents.expense_description(ctx, expense_id)))
    for part in (
        "Opis dokumentu księgowego",
        "ACF/2022/123",
        "Zielone podwórko",
        "Materiały",
        "dotacja",
        "1 234,50 zł",
        "FV/12/2022",
        "10.05.2022",
        "Ogrodnik Sp. z o.o.",
        "przelew, 12.05.2022",
        "zatwierdził/a",
    ):
        assert part in text.replace("\u00a0", " "), part

    form = documents.consent_form(ctx, minor_id, academy.programme_id, today=date(2023, 1, 1))
    assert form.minor
    (text,) = _texts(consent_pdf(form))
    assert "Zosia Źdźbło" in text and "Fundacja Przykładowa, Wrocław" in text
    assert "opiekuna prawnego" in text
    adult = documents.consent_form(
        ctx, academy.people["Łukasz Ślęzak"], academy.programme_id, today=date(2023, 1, 1)
    )
    assert not adult.minor
    assert "opiekun" not in _texts(consent_pdf(adult))[0]
    with pytest.raises(NotFound):
        documents.session_sheet(ctx, 999)


def test_cli_issue_pdf_verify_list(
    ctx: Context,
    db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    academy = make_academy(ctx)
    set_eligibility(monkeypatch, academy, {"Zuzanna Łęcka-Żółć": "48.5", "Łukasz Ślęzak": "60"})
    db = ["--db", str(db_path)]
    assert main([*db, "certificates", "issue", "--neighbourhood", "Przedmieście Oławskie"]) == 0
    assert "WALL/" in capsys.readouterr().out
    assert main([*db, "certificates", "pdf", "--out", str(tmp_path / "c.pdf")]) == 0
    assert len(PdfReader(tmp_path / "c.pdf").pages) == 2
    assert main([*db, "certificates", "pdf", "--per-person", "--out", str(tmp_path / "each")]) == 0
    assert len(list((tmp_path / "each").glob("*.pdf"))) == 2
    capsys.readouterr()
    assert main([*db, "certificates", "list"]) == 0
    assert "Zuzanna Łęcka-Żółć" in capsys.readouterr().out
    from wall_desktop.services.certificates import certificate_pages

    payload = certificate_pages(ctx, academy.programme_id)[0].qr_payload
    assert main([*db, "certificates", "verify", payload]) == 0
    assert main([*db, "certificates", "verify", payload.replace("Zuzanna", "Zuzana")]) == 1
    assert main([*db, "sheets", "--out", str(tmp_path / "s.pdf"), "--neighbourhood", "księże"]) == 0
    assert "Agnieszka Ćwiek" in _texts((tmp_path / "s.pdf").read_bytes())[0]
