"""``certificates keygen | issue | pdf | verify | list``: the Leader Certificate register."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from wall_desktop.commands.options import GlobalOptions, open_context
from wall_desktop.i18n import _
from wall_desktop.services.context import Context


def add_certificates(sub: Any) -> argparse.ArgumentParser:
    p = sub.add_parser("certificates", help=_("issue, print, verify and list Leader Certificates"))
    actions = p.add_subparsers(dest="action", metavar=_("ACTION"), required=True)
    keygen = actions.add_parser(
        "keygen",
        help=_("create the programme's signing key, once, in the office database"),
    )
    keygen.set_defaults(handler=run_keygen)
    issue = actions.add_parser("issue", help=_("issue certificates to everyone eligible"))
    issue.add_argument("--neighbourhood", metavar=_("NAME"), help=_("only this neighbourhood"))
    issue.add_argument(
        "--date",
        metavar=_("DATE"),
        help=_("issue date, DD.MM.YYYY or YYYY-MM-DD (default: today)"),
    )
    issue.set_defaults(handler=run_issue)
    pdf = actions.add_parser("pdf", help=_("print issued certificates to PDF"))
    pdf.add_argument(
        "--out", required=True, metavar=_("PATH"), help=_("PDF file, or a folder with --per-person")
    )
    pdf.add_argument("--neighbourhood", metavar=_("NAME"), help=_("only this neighbourhood"))
    pdf.add_argument("--per-person", action="store_true", help=_("a file per person"))
    pdf.set_defaults(handler=run_pdf)
    verify = actions.add_parser("verify", help=_("check a certificate's QR code text offline"))
    verify.add_argument("payload", metavar="PAYLOAD")
    verify.set_defaults(handler=run_verify)
    listing = actions.add_parser("list", help=_("the register of certificates"))
    listing.set_defaults(handler=run_list)
    return p


def _scope(
    ctx: Context, options: GlobalOptions, neighbourhood: str | None
) -> tuple[int, int | None]:
    from wall_desktop.services.certificates import find_neighbourhood
    from wall_desktop.services.programmes import choose_programme

    programme = choose_programme(ctx, options.programme)
    hood = find_neighbourhood(ctx, programme.id, neighbourhood) if neighbourhood else None
    return programme.id, hood


def run_keygen(options: GlobalOptions, args: argparse.Namespace) -> int:
    from wall_desktop.services.certificates import create_signing_key
    from wall_desktop.services.programmes import choose_programme

    ctx = open_context(options, create=False)
    try:
        programme = choose_programme(ctx, options.programme)
        key = create_signing_key(ctx, programme.id)
    finally:
        ctx.db.dispose()
    print(
        _(
            "Created the signing key of “{name}” (fingerprint {fingerprint}). Keep this database "
            "in the office and back it up: only it can issue certificates."
        ).format(name=programme.name, fingerprint=key.fingerprint)
    )
    return 0


def run_issue(options: GlobalOptions, args: argparse.Namespace) -> int:
    from wall_desktop.commands.report import parse_date
    from wall_desktop.services.certificates import issue_certificates

    day = parse_date(args.date) if args.date else None
    ctx = open_context(options, create=False)
    try:
        programme_id, hood = _scope(ctx, options, args.neighbourhood)
        result = issue_certificates(ctx, programme_id, neighbourhood_id=hood, issue_date=day)
    finally:
        ctx.db.dispose()
    for row in result.issued:
        print(f"{row.number}  {row.full_name}  {row.hours}")
    print(
        _("Issued {issued}; {held} already held a certificate.").format(
            issued=len(result.issued), held=len(result.already_held)
        )
    )
    return 0


def run_pdf(options: GlobalOptions, args: argparse.Namespace) -> int:
    from wall_desktop.services.documents import write_certificate_batch

    ctx = open_context(options, create=False)
    try:
        programme_id, hood = _scope(ctx, options, args.neighbourhood)
        paths = write_certificate_batch(
            ctx, programme_id, Path(args.out), neighbourhood_id=hood, per_person=args.per_person
        )
    finally:
        ctx.db.dispose()
    for path in paths:
        print(path)
    return 0


def run_verify(options: GlobalOptions, args: argparse.Namespace) -> int:
    from wall_desktop.services.certificates import VerifyStatus, verify_certificate

    ctx = open_context(options, create=False)
    try:
        result = verify_certificate(ctx, args.payload)
    finally:
        ctx.db.dispose()
    print(result.message)
    if result.number:
        print(_("Number: {number}").format(number=result.number))
        print(_("Name: {name}").format(name=result.full_name))
        print(_("Hours: {hours}").format(hours=result.hours))
        print(_("Issued on: {date}").format(date=f"{result.issue_date:%d.%m.%Y}"))
    return 0 if result.status == VerifyStatus.GENUINE else 1


def run_list(options: GlobalOptions, args: argparse.Namespace) -> int:
    from wall_desktop.services.certificates import list_certificates

    ctx = open_context(options, create=False)
    try:
        programme_id, _hood = _scope(ctx, options, None)
        rows = list_certificates(ctx, programme_id)
    finally:
        ctx.db.dispose()
    for r in rows:
        status = _("revoked") if r.status == "revoked" else _("issued")
        print(
            f"{r.number}\t{r.issue_date:%d.%m.%Y}\t{r.full_name}\t{r.neighbourhood or ''}\t"
            f"{r.hours}\t{status}"
        )
    if not rows:
        print(_("No certificates issued yet."), file=sys.stderr)
    return 0


PARSERS = (add_certificates,)
