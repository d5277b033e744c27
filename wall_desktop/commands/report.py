"""``report``: the funder's workbook (xlsx) of the programme or one neighbourhood."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from wall_desktop.commands.options import GlobalOptions, open_context
from wall_desktop.i18n import _
from wall_desktop.services.errors import WallError


def parse_date(text: str) -> dt.date:
    """DD.MM.YYYY (as Polish users write it) or YYYY-MM-DD."""
    for pattern in ("%d.%m.%Y", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(text.strip(), pattern).date()
        except ValueError:
            continue
    raise WallError(_("“{text}” is not a date; write it as DD.MM.YYYY").format(text=text))


def add_report(sub: Any) -> argparse.ArgumentParser:
    p = sub.add_parser("report", help=_("write the funder's workbook (xlsx)"))
    p.add_argument("--out", required=True, metavar="FILE.xlsx", help=_("the workbook to write"))
    p.add_argument("--neighbourhood", metavar=_("NAME"), help=_("only this neighbourhood"))
    p.add_argument("--from", dest="date_from", metavar=_("DATE"), help=_("first day covered"))
    p.add_argument("--to", dest="date_to", metavar=_("DATE"), help=_("last day covered"))
    p.add_argument(
        "--with-contacts",
        action="store_true",
        help=_("include the participants' birth dates, e-mail and phone"),
    )
    p.set_defaults(handler=run_report)
    return p


def run_report(options: GlobalOptions, args: argparse.Namespace) -> int:
    from wall_desktop.exports.workbook import WorkbookOptions, export_workbook
    from wall_desktop.services.certificates import find_neighbourhood
    from wall_desktop.services.programmes import choose_programme

    out = Path(args.out)
    if out.suffix.lower() != ".xlsx":
        raise WallError(_("The workbook's name must end in .xlsx"))
    date_from = parse_date(args.date_from) if args.date_from else None
    date_to = parse_date(args.date_to) if args.date_to else None
    ctx = open_context(options, create=False)
    try:
        programme = choose_programme(ctx, options.programme)
        hood = (
            find_neighbourhood(ctx, programme.id, args.neighbourhood)
            if args.neighbourhood
            else None
        )
        result = export_workbook(
            ctx,
            WorkbookOptions(programme.id, hood, date_from, date_to, args.with_contacts),
            out,
        )
    finally:
        ctx.db.dispose()
    print(result.path)
    print(_("SHA-256: {sum}").format(sum=result.sha256))
    return 0


PARSERS = (add_report,)
