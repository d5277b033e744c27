"""Creating and editing a programme edition: every rule accepted and refused."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from wall_desktop.db.models import Programme
from wall_desktop.i18n import set_language
from wall_desktop.services.context import Context
from wall_desktop.services.errors import Conflict, ValidationError
from wall_desktop.services.programmes import (
    ProgrammeInput,
    choose_programme,
    create_programme,
    get_programme,
    list_programmes,
    update_programme,
)

GOOD = ProgrammeInput(
    name="Wrocławska Akademia Lokalnych Liderów",
    start_date=date(2022, 2, 1),
    end_date=date(2023, 9, 30),
    funder="Aktywni Obywatele – Fundusz Krajowy",
)


def programmes(ctx: Context) -> int:
    with ctx.db.read() as s:
        return int(s.execute(select(func.count(Programme.id))).scalar_one())


def test_create_get_update(ctx: Context) -> None:
    made = create_programme(ctx, replace(GOOD, place=" Wrocław ", notes="  "))
    assert made.data.place == "Wrocław" and made.data.notes is None
    assert get_programme(ctx, made.id) == made
    assert choose_programme(ctx, "wroclawska").id == made.id
    changed = update_programme(
        ctx,
        made.id,
        replace(made.data, certificate_threshold=Decimal("75.5"), default_grant=Decimal("3999.99")),
        expected_version=made.row_version,
    )
    assert changed.data.certificate_threshold == Decimal("75.50")
    assert list_programmes(ctx)[0].default_grant == Decimal("3999.99")
    with pytest.raises(Conflict):
        update_programme(ctx, made.id, GOOD, expected_version=made.row_version)
    with ctx.db.read() as s:
        assert s.execute(select(Programme.updated_by)).scalar_one() == "Tester"


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"name": " "}, "name", "Pole „Nazwa” jest wymagane"),
        (
            {"end_date": date(2022, 1, 31)},
            "end_date",
            "Data zakończenia nie może być wcześniejsza niż data rozpoczęcia",
        ),
        (
            {"certificate_threshold": Decimal("100.01")},
            "certificate_threshold",
            "Pole „Próg certyfikatu” musi mieć wartość od 0 do 100",
        ),
        (
            {"certificate_threshold": Decimal("-1")},
            "certificate_threshold",
            "Pole „Próg certyfikatu” musi mieć wartość od 0 do 100",
        ),
        (
            {"nominal_hours": Decimal("0")},
            "nominal_hours",
            "Pole „Liczba godzin cyklu” musi być większe od zera",
        ),
        (
            {"default_grant": Decimal("-0.01")},
            "default_grant",
            "Pole „Dotacja na projekt” nie może być ujemne",
        ),
        (
            {"default_grant": Decimal("4000.001")},
            "default_grant",
            "Pole „Dotacja na projekt” może mieć najwyżej 2 miejsca po przecinku",
        ),
        (
            {"certificate_pattern": "WALL/{year}"},
            "certificate_pattern",
            "Wzór numeru certyfikatu musi zawierać {number}",
        ),
        (
            {"certificate_pattern": "WALL/{rok}/{number}"},
            "certificate_pattern",
            "Tego wzoru numeru certyfikatu nie można użyć; może zawierać tylko {year} i {number}",
        ),
        (
            {"certificate_pattern": "WALL/{number:s}"},
            "certificate_pattern",
            "Tego wzoru numeru certyfikatu nie można użyć; może zawierać tylko {year} i {number}",
        ),
        ({"minor_age": 0}, "minor_age", "Pole „Wiek pełnoletności” musi mieć wartość od 1 do 30"),
    ],
)
def test_each_rule_refuses_and_writes_nothing(
    ctx: Context, change: dict[str, object], field: str, message: str
) -> None:
    with pytest.raises(ValidationError) as err:
        create_programme(ctx, replace(GOOD, **change))  # type: ignore[arg-type]
    assert err.value.errors == {field: message}
    assert programmes(ctx) == 0


@pytest.mark.parametrize(
    "change",
    [
        {"end_date": date(2022, 2, 1)},
        {"certificate_threshold": Decimal("0")},
        {"certificate_threshold": Decimal("100")},
        {"default_grant": Decimal("0")},
        {"nominal_hours": Decimal("0.25")},
        {"certificate_pattern": "{number}"},
        {"certificate_pattern": "C-{year}-{number:05d}"},
    ],
)
def test_edge_values_are_accepted(ctx: Context, change: dict[str, object]) -> None:
    create_programme(ctx, replace(GOOD, **change))  # type: ignore[arg-type]
    assert programmes(ctx) == 1


def test_refused_update_keeps_the_row_and_speaks_english(ctx: Context) -> None:
    made = create_programme(ctx, GOOD)
    set_language("en")
    try:
        with pytest.raises(ValidationError) as err:
            update_programme(ctx, made.id, replace(GOOD, name="", nominal_hours=Decimal("-1")))
    finally:
        set_language("pl")
    assert err.value.errors == {
        "name": "Name is required",
        "nominal_hours": "Nominal hours must be greater than zero",
    }
    assert get_programme(ctx, made.id) == made
