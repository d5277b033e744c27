"""LibreOffice recalculates the workbook headless; each total formula equals the service figure."""

from __future__ import annotations

import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from tests.workbook_fixtures import demo_ctx, demo_path  # noqa: F401
from wall_desktop.db.enums import FundingSource
from wall_desktop.exports.workbook import WorkbookOptions, export_workbook, labels
from wall_desktop.i18n import _
from wall_desktop.services.context import Context
from wall_desktop.services.indicators import indicators
from wall_desktop.services.ledger import ledger_summary
from wall_desktop.services.programmes import choose_programme
from wall_desktop.services.projects import list_projects
from wall_desktop.services.trainings import attendance_grid

CENT = Decimal("0.01")


def soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None:  # tools/dev.sh installs it; a missing one must not pass silently
        pytest.fail("LibreOffice (soffice) is missing: apt-get install libreoffice-calc-nogui")
    return found


def recalculated(source: Path, out_dir: Path) -> Path:
    """The workbook as LibreOffice saves it after recalculating every formula."""
    profile = out_dir / "profile"
    subprocess.run(
        [
            soffice(),
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "xlsx:Calc MS Excel 2007 XML",
            "--outdir",
            str(out_dir / "calc"),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    return out_dir / "calc" / source.name


def _rows_by_label(ws: Worksheet) -> dict[str, tuple[object, ...]]:
    return {str(r[0]): r for r in ws.iter_rows(values_only=True) if r and r[0] is not None}


def _money(value: object) -> Decimal:
    return Decimal(str(value)).quantize(CENT)


@pytest.mark.slow
def test_totals_recalculated_by_libreoffice_equal_the_services(
    demo_ctx: Context,  # noqa: F811
    tmp_path: Path,
) -> None:
    programme = choose_programme(demo_ctx).id
    source = tmp_path / "raport.xlsx"
    export_workbook(demo_ctx, WorkbookOptions(programme), source)
    wb = load_workbook(recalculated(source, tmp_path), data_only=True)
    summary = ledger_summary(demo_ctx, programme)

    budget = _rows_by_label(wb[_("Budget")])
    for source_kind in FundingSource:
        row = budget[_("Total: {source}").format(source=labels.funding_source(source_kind))]
        figures = summary.by_source(source_kind)
        assert [_money(v) for v in row[5:8]] == [
            figures.planned,
            figures.spent,
            figures.remaining,
        ], source_kind
    grand = budget[_("Grand total")]
    everything = [summary.by_source(s) for s in FundingSource]
    assert _money(grand[5]) == sum((t.planned for t in everything), Decimal(0))
    assert _money(grand[6]) == sum((t.spent for t in everything), Decimal(0))
    for project in summary.projects:
        label = _("Subtotal: {budget}").format(budget=project.title)
        rows = [
            r
            for r in wb[_("Budget")].iter_rows(values_only=True)
            if r[0] == label and r[2] == labels.funding_source(FundingSource.GRANT)
        ]
        assert [_money(v) for v in rows[0][5:8]] == [
            project.grant.planned,
            project.grant.spent,
            project.grant.remaining,
        ]

    expenses = _rows_by_label(wb[_("Expenses")])
    assert _money(expenses[_("Total")][8]) == sum((t.spent for t in everything), Decimal(0))

    ind = indicators(demo_ctx, programme)
    projects = list_projects(demo_ctx, programme)
    total = _rows_by_label(wb[_("Projects")])[_("Total")]
    assert _money(total[5]) == sum((p.grant_amount for p in projects), Decimal(0))
    assert _money(total[6]) == sum((p.grant_spent for p in projects), Decimal(0))
    assert total[9] == ind.residents_meetings
    assert total[10] == ind.residents_present
    assert total[11] == ind.beneficiaries

    from wall_desktop.services.neighbourhoods import list_neighbourhoods

    for hood in list_neighbourhoods(demo_ctx, programme):
        grid = attendance_grid(demo_ctx, hood.id)
        if not grid.people:
            continue
        ws = wb[_("Attendance – {name}").format(name=hood.name)[:31]]
        last = list(ws.iter_rows(values_only=True))[-1]
        assert last[0] == _("Total")
        sums = [Decimal(str(v or 0)) for v in last[3 : 3 + len(grid.sessions)]]
        assert sums == [grid.session_totals[t.id].hours for t in grid.sessions], hood.name
