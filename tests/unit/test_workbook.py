"""The funder's workbook read back with openpyxl: sheets, headers, figures, form, print set-up."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from tests.workbook_fixtures import demo_ctx, demo_path  # noqa: F401
from wall_desktop.db.enums import CertificateStatus
from wall_desktop.exports.workbook import (
    WorkbookOptions,
    export_workbook,
    gather,
    labels,
    write_workbook,
)
from wall_desktop.exports.workbook.styles import DATE_FORMAT, MONEY_FORMAT
from wall_desktop.i18n import _
from wall_desktop.services.certificates import issue_certificates
from wall_desktop.services.context import Context
from wall_desktop.services.errors import WallError
from wall_desktop.services.export_register import list_exports
from wall_desktop.services.indicators import indicators
from wall_desktop.services.people_list import list_people
from wall_desktop.services.programmes import choose_programme

NOW = dt.datetime(2023, 8, 1, 10, 30)


def _summary(ws: Worksheet) -> dict[str, object]:
    return {
        str(a.value): b.value
        for a, b in ws.iter_rows(min_col=1, max_col=2)
        if a.value is not None and b.value is not None
    }


def _headers(ws: Worksheet) -> list[str]:
    return [str(c.value) for c in ws[1] if c.value is not None]


@pytest.fixture
def workbook(demo_ctx: Context, tmp_path: Path) -> tuple[Path, int]:  # noqa: F811
    programme = choose_programme(demo_ctx).id
    target = tmp_path / "Sprawozdanie Łódź.xlsx"
    export_workbook(demo_ctx, WorkbookOptions(programme), target, now=NOW)
    return target, programme


def test_sheets_and_headers_in_polish(workbook: tuple[Path, int]) -> None:
    wb = load_workbook(workbook[0])
    names = wb.sheetnames
    assert names[:7] == [
        "Podsumowanie",
        "Uczestnicy",
        "Obecność",
        *names[3:7],
    ]
    assert "Projekty" in names and "Budżet" in names and "Wydatki" in names
    assert names[-1] == "Certyfikaty"
    assert "Obecność – Przedmieście Oławskie" in names or any(
        n.startswith("Obecność – Przedmieście") for n in names
    )
    assert _headers(wb["Uczestnicy"])[:4] == ["Nazwisko", "Imię", "Osiedle", "Role"]
    assert "E-mail" not in _headers(wb["Uczestnicy"])  # contacts are off by default
    assert _headers(wb["Wydatki"])[8] == "Kwota"
    assert _headers(wb["Budżet"])[5:] == ["Plan", "Wydano", "Pozostało"]


def test_every_indicator_equals_the_service(workbook: tuple[Path, int], demo_ctx: Context) -> None:  # noqa: F811
    path, programme = workbook
    ind = indicators(demo_ctx, programme)
    found = _summary(load_workbook(path)["Podsumowanie"])
    expected: dict[str, object] = {
        _("People reached"): ind.people_reached,
        _("Completed the cycle (eligible for the certificate)"): ind.completed_cycle,
        _("Resigned"): ind.resigned,
        _("Leader Certificates issued"): ind.certificates_issued,
        _("Training hours planned"): ind.training_hours_planned,
        _("Training hours held"): ind.training_hours_held,
        _("Sessions held"): ind.sessions_held,
        _("Sessions cancelled"): ind.sessions_cancelled,
        _("Beneficiaries of the projects"): ind.beneficiaries,
        _("Residents' meetings"): ind.residents_meetings,
        _("Residents present at the meetings"): ind.residents_present,
        _("Grant planned"): ind.grant_planned,
        _("Grant spent"): ind.grant_spent,
        _("Grant remaining"): ind.grant_remaining,
        _("Own contribution in money"): ind.own_contribution_money,
        _("Own contribution in kind"): ind.own_contribution_in_kind,
        _("Own contribution in total"): ind.own_contribution,
    }
    for g, n in ind.reached_by_gender.items():
        expected[labels.gender(g)] = n
    for a, n in ind.reached_by_age_group.items():
        expected[labels.age_group(a)] = n
    for name, n in ind.reached_by_neighbourhood.items():
        expected[_("neighbourhood: {name}").format(name=name)] = n
    for status, n in ind.projects_by_status.items():
        expected[_("projects: {status}").format(status=labels.project_status(status))] = n
    for label, value in expected.items():
        assert label in found, label
        assert Decimal(str(found[label])) == Decimal(value), label  # type: ignore[arg-type]
    assert ind.grant_spent > 0 and ind.people_reached > 0  # the demo is not empty
    assert found[_("Exported at")] == NOW
    assert found[_("Prepared by")] == "Zofia Żółkiewska"
    assert "neighbourhood: Przedmieście Oławskie" in str(found) or "Przedmieście Oławskie" in str(
        found
    )


def test_demo_marker_properties_and_form(workbook: tuple[Path, int]) -> None:
    wb = load_workbook(workbook[0])
    summary = wb["Podsumowanie"]
    assert any("DEMO" in str(c.value) for c in summary["A"][:4])
    assert wb.properties.creator == "Zofia Żółkiewska"
    assert "Wrocławska Akademia Lokalnych Liderów" in (wb.properties.title or "")
    people = wb["Uczestnicy"]
    assert people.freeze_panes == "C2"
    assert people.auto_filter.ref is not None and people.auto_filter.ref.startswith("A1:")
    assert people.print_title_rows == "$1:$1"
    assert people["A1"].font.b
    assert people.page_setup.fitToWidth == 1 and people.sheet_properties.pageSetUpPr.fitToPage
    assert "&P" in people.oddFooter.center.text and "&N" in people.oddFooter.center.text
    expenses = wb["Wydatki"]
    assert expenses.page_setup.orientation == "landscape"  # 11 columns
    amount = expenses["I2"]
    assert isinstance(amount.value, int | float) and amount.number_format == MONEY_FORMAT
    assert (
        isinstance(expenses["A2"].value, dt.datetime)
        and expenses["A2"].number_format == DATE_FORMAT
    )
    last = expenses.max_row
    assert expenses[f"I{last}"].data_type == "f" and expenses[f"I{last}"].value.startswith(
        "=SUM(I2:"
    )
    budget = wb["Budżet"]
    formulas = [c.value for c in budget["F"] if c.data_type == "f"]
    assert any(f.startswith("=SUM(") for f in formulas) and any("+" in f for f in formulas)


def test_participants_rows_with_and_without_contacts(demo_ctx: Context, tmp_path: Path) -> None:  # noqa: F811
    programme = choose_programme(demo_ctx).id
    people = list_people(demo_ctx, programme)
    plain = gather(demo_ctx, WorkbookOptions(programme), now=NOW)
    write_workbook(plain, tmp_path / "a.xlsx")
    rows = list(load_workbook(tmp_path / "a.xlsx")["Uczestnicy"].iter_rows(values_only=True))
    assert len(rows) == len(people) + 1
    assert {r[0] for r in rows[1:]} == {p.last_name for p in people}
    flat = " ".join(str(v) for r in rows for v in r if v is not None)
    assert "@" not in flat  # no e-mail address leaks without "include contact data"
    full = gather(demo_ctx, WorkbookOptions(programme, with_contacts=True), now=NOW)
    write_workbook(full, tmp_path / "b.xlsx")
    ws = load_workbook(tmp_path / "b.xlsx")["Uczestnicy"]
    assert _headers(ws)[-3:] == ["Data urodzenia", "E-mail", "Telefon"]
    emails = {p.email for p in people if p.email}
    assert emails and emails <= {r[-2] for r in ws.iter_rows(min_row=2, values_only=True)}


def test_neighbourhood_scope_and_certificate_numbers(demo_ctx: Context, tmp_path: Path) -> None:  # noqa: F811
    from wall_desktop.services.certificates import find_neighbourhood

    programme = choose_programme(demo_ctx).id
    hood = find_neighbourhood(demo_ctx, programme, "Przedmieście Oławskie")
    issued = issue_certificates(demo_ctx, programme, neighbourhood_id=hood)
    assert issued.issued
    data = gather(demo_ctx, WorkbookOptions(programme, hood), now=NOW)
    write_workbook(data, tmp_path / "hood.xlsx")
    wb = load_workbook(tmp_path / "hood.xlsx")
    matrices = [n for n in wb.sheetnames if n.startswith("Obecność –")]
    assert len(matrices) == 1
    assert {r[0] for r in wb["Projekty"].iter_rows(min_row=2, values_only=True)} >= {
        "Przedmieście Oławskie"
    }
    numbers = {c.number for c in issued.issued if c.status == CertificateStatus.ISSUED}
    certs = {r[0] for r in wb["Certyfikaty"].iter_rows(min_row=2, values_only=True)}
    assert numbers <= certs
    listed = {r[10] for r in wb["Uczestnicy"].iter_rows(min_row=2, values_only=True)}
    assert numbers <= listed
    found = _summary(wb["Podsumowanie"])
    assert found[_("Scope of this report")] == "Przedmieście Oławskie"
    ind = indicators(demo_ctx, programme, neighbourhood_id=hood)
    assert found[_("People reached")] == ind.people_reached


def test_a_scope_ending_before_it_starts_is_refused_and_nothing_written(
    demo_ctx: Context,  # noqa: F811
    tmp_path: Path,
) -> None:
    programme = choose_programme(demo_ctx).id
    before = list_exports(demo_ctx, programme)
    target = tmp_path / "odwrotnie.xlsx"
    scope = WorkbookOptions(programme, date_from=dt.date(2023, 6, 1), date_to=dt.date(2023, 5, 31))
    with pytest.raises(WallError, match=_("The first day comes after the last day")):
        export_workbook(demo_ctx, scope, target, now=NOW)
    assert not target.exists()
    assert list_exports(demo_ctx, programme) == before
