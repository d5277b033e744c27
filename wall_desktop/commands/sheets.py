"""``sheets``: sign-in sheets, consent forms and expense descriptions as PDF."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from wall_desktop.commands.options import GlobalOptions, open_context
from wall_desktop.i18n import _


def add_sheets(sub: Any) -> argparse.ArgumentParser:
    p = sub.add_parser(
        "sheets", help=_("print sign-in sheets, consent forms and expense descriptions")
    )
    p.add_argument("--out", required=True, metavar="FILE.pdf", help=_("the PDF to write"))
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--session", type=int, metavar="ID", help=_("a training session's sheet"))
    which.add_argument("--meeting", type=int, metavar="ID", help=_("a residents' meeting's sheet"))
    which.add_argument(
        "--neighbourhood", metavar=_("NAME"), help=_("a blank sheet with a neighbourhood's people")
    )
    which.add_argument("--consents", metavar=_("PERSON"), help=_("a person's consent form (id)"))
    which.add_argument("--expense", type=int, metavar="ID", help=_("an expense's description"))
    p.set_defaults(handler=run_sheets)
    return p


def run_sheets(options: GlobalOptions, args: argparse.Namespace) -> int:
    from wall_desktop.exports.pdf.consent import write_consent
    from wall_desktop.exports.pdf.expense import write_expense
    from wall_desktop.exports.pdf.sign_in import write_sign_in
    from wall_desktop.services import documents
    from wall_desktop.services.certificates import find_neighbourhood
    from wall_desktop.services.errors import WallError
    from wall_desktop.services.programmes import choose_programme

    out = Path(args.out)
    ctx = open_context(options, create=False)
    try:
        if args.session is not None:
            write_sign_in(documents.session_sheet(ctx, args.session), out)
        elif args.meeting is not None:
            write_sign_in(documents.meeting_sheet(ctx, args.meeting), out)
        elif args.neighbourhood is not None:
            programme = choose_programme(ctx, options.programme)
            hood = find_neighbourhood(ctx, programme.id, args.neighbourhood)
            write_sign_in(documents.neighbourhood_sheet(ctx, hood), out)
        elif args.consents is not None:
            if not args.consents.strip().isdigit():
                raise WallError(_("Give the person's id (see the People tab or “person”)"))
            programme = choose_programme(ctx, options.programme)
            write_consent(documents.consent_form(ctx, int(args.consents), programme.id), out)
        else:
            write_expense(documents.expense_description(ctx, args.expense), out)
    finally:
        ctx.db.dispose()
    print(out)
    return 0


PARSERS = (add_sheets,)
