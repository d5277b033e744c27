"""The signing key as an explicit office step, and the issue date's rule."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.certificate_factories import make_academy, set_eligibility
from wall_desktop.cli import main
from wall_desktop.db.models import Certificate, Programme
from wall_desktop.i18n import get_language, set_language
from wall_desktop.services.certificates import (
    KeyState,
    can_issue,
    create_signing_key,
    issue_certificates,
    list_certificates,
    signing_key,
)
from wall_desktop.services.context import Context
from wall_desktop.services.demo import fill_demo
from wall_desktop.services.errors import RuleViolation, ValidationError
from wall_desktop.services.programmes import list_programmes

HOURS: dict[str, str | None] = {"Zuzanna Łęcka-Żółć": "48.5", "Łukasz Ślęzak": "60"}


@pytest.fixture(autouse=True)
def _english() -> Iterator[None]:
    """The messages are asserted in English, whatever language an earlier test left set."""
    before = get_language()
    set_language("en")
    yield
    set_language(before)


def _keys(ctx: Context, programme_id: int) -> tuple[bytes | None, bytes | None]:
    with ctx.db.read() as s:
        p = s.get(Programme, programme_id)
        assert p is not None
        return p.signing_private_key, p.signing_public_key


def test_issuing_without_a_key_is_refused_and_says_how_to_make_one(
    ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    academy = make_academy(ctx, key=False)
    set_eligibility(monkeypatch, academy, HOURS)
    assert signing_key(ctx, academy.programme_id).state is KeyState.NONE
    assert not can_issue(ctx, academy.programme_id)
    with pytest.raises(RuleViolation) as caught:
        issue_certificates(ctx, academy.programme_id)
    assert "keygen" in str(caught.value) and "office" in str(caught.value)
    assert list_certificates(ctx, academy.programme_id) == []
    assert _keys(ctx, academy.programme_id) == (None, None)  # nothing made behind the back

    made = create_signing_key(ctx, academy.programme_id)
    assert made.state is KeyState.PRIVATE and made.fingerprint
    private, public = _keys(ctx, academy.programme_id)
    assert private and public and len(private) == len(public) == 32
    assert can_issue(ctx, academy.programme_id)
    assert len(issue_certificates(ctx, academy.programme_id).issued) == 2

    with pytest.raises(RuleViolation) as again:
        create_signing_key(ctx, academy.programme_id)
    assert "verified" in str(again.value)
    assert _keys(ctx, academy.programme_id) == (private, public)  # never replaced


def test_cli_keygen_once_then_refuses(
    ctx: Context, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    academy = make_academy(ctx, key=False)
    db = ["--db", str(db_path)]
    assert main([*db, "--lang", "en", "certificates", "keygen"]) == 0
    out = capsys.readouterr().out
    fingerprint = signing_key(ctx, academy.programme_id).fingerprint
    assert fingerprint and fingerprint in out
    private, _public = _keys(ctx, academy.programme_id)
    assert main([*db, "--lang", "en", "certificates", "keygen"]) == 1
    assert "already has a signing key" in capsys.readouterr().err
    assert _keys(ctx, academy.programme_id)[0] == private


def test_cli_issue_without_a_key_is_refused(
    ctx: Context, db_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    academy = make_academy(ctx, key=False)
    set_eligibility(monkeypatch, academy, HOURS)
    assert main(["--db", str(db_path), "--lang", "en", "certificates", "issue"]) == 1
    assert "certificates keygen" in capsys.readouterr().err
    assert list_certificates(ctx, academy.programme_id) == []


def test_issue_date_rule(ctx: Context, monkeypatch: pytest.MonkeyPatch) -> None:
    academy = make_academy(ctx)  # the programme started on 1.02.2022
    set_eligibility(monkeypatch, academy, HOURS)
    for day, words in (
        (date.today() + timedelta(days=1), "future"),
        (date(2022, 1, 31), "01.02.2022"),
    ):
        with pytest.raises(ValidationError) as caught:
            issue_certificates(ctx, academy.programme_id, issue_date=day)
        assert words in caught.value.errors["issue_date"]
    assert list_certificates(ctx, academy.programme_id) == []
    issued = issue_certificates(ctx, academy.programme_id, issue_date=date(2022, 2, 1)).issued
    assert {c.issue_date for c in issued} == {date(2022, 2, 1)}
    assert issued[0].number.startswith("WALL/2022/")


@pytest.mark.parametrize(
    ("text", "expected"), [("12.09.2023", date(2023, 9, 12)), ("2023-09-12", date(2023, 9, 12))]
)
def test_cli_issue_date(
    ctx: Context,
    db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    text: str,
    expected: date,
) -> None:
    academy = make_academy(ctx)
    set_eligibility(monkeypatch, academy, HOURS)
    assert main(["--db", str(db_path), "certificates", "issue", "--date", text]) == 0
    assert {c.issue_date for c in list_certificates(ctx, academy.programme_id)} == {expected}


def test_cli_issue_refuses_bad_dates(
    ctx: Context, db_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    academy = make_academy(ctx)
    set_eligibility(monkeypatch, academy, HOURS)
    db = ["--db", str(db_path), "--lang", "en", "certificates", "issue", "--date"]
    future = (date.today() + timedelta(days=3)).strftime("%d.%m.%Y")
    for text, words in (
        ("31.02.2023", "not a date"),
        (future, "in the future"),
        ("2021-12-31", "before the programme started"),
    ):
        assert main([*db, text]) == 1
        assert words in capsys.readouterr().err
    with ctx.db.read() as s:
        assert s.scalar(select(Certificate.id)) is None


def test_the_demo_database_can_issue(ctx: Context) -> None:
    fill_demo(ctx)
    for programme in list_programmes(ctx):
        assert signing_key(ctx, programme.id).state is KeyState.PRIVATE
