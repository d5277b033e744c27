"""``info`` and ``check``: what a database holds and whether it is sound.

Both only read: they open the database read-only, take no writer lock and
so work while the window (or another command) is writing to it.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict
from typing import Any

from wall_desktop.commands.options import GlobalOptions
from wall_desktop.i18n import _
from wall_desktop.services.context import Context


def open_for_reading(options: GlobalOptions) -> Context:
    """A context on the database opened read-only (no lock, no migration, no renaming)."""
    from wall_desktop.app import open_database
    from wall_desktop.commands.options import open_context

    if options.demo:
        open_context(options).db.dispose()  # --demo makes and fills the demo file first
    db = open_database(options.database_target(), create=False, read_only=True)
    return Context(db=db, operator=options.operator_name())


def add_info(sub: Any) -> argparse.ArgumentParser:
    p = sub.add_parser("info", help=_("what the database holds: counts per table"))
    p.add_argument("--json", action="store_true", help=_("print as JSON"))
    p.set_defaults(handler=run_info)
    return p


def run_info(options: GlobalOptions, args: argparse.Namespace) -> int:
    from wall_desktop.services.info import summarise

    ctx = open_for_reading(options)
    try:
        summary = summarise(ctx)
    finally:
        ctx.db.dispose()
    if args.json:
        print(json.dumps(asdict(summary), ensure_ascii=False, indent=2, default=str))
        return 0
    print(_("Database: {url}").format(url=summary.url))
    print(_("Database id: {uuid}").format(uuid=summary.database_uuid))
    print(_("Schema revision: {rev}").format(rev=summary.schema_revision))
    if summary.is_demo:
        print(_("DEMO database"))
    width = max(len(name) for name in summary.counts)
    for name, count in summary.counts.items():
        extra = summary.deleted.get(name)
        suffix = _(" ({n} deleted)").format(n=extra) if extra else ""
        print(f"  {name:<{width}}  {count:>8}{suffix}")
    return 0


def add_check(sub: Any) -> argparse.ArgumentParser:
    p = sub.add_parser("check", help=_("check the database's integrity"))
    p.set_defaults(handler=run_check)
    return p


def run_check(options: GlobalOptions, args: argparse.Namespace) -> int:
    from wall_desktop.services.backup import list_backups
    from wall_desktop.services.check import check_database
    from wall_desktop.services.damage import full_check

    ctx = open_for_reading(options)
    path = ctx.db.path
    try:
        problems = check_database(ctx).problems if path is None else []
        warnings = [w.message for w in ctx.db.warnings]
    finally:
        ctx.db.dispose()
    if path is not None:
        # The full check reads every page through its own read-only connection.
        report = full_check(path)
        problems = report.problems
        print(_("Integrity check: {result}").format(result=_("ok") if report.ok else _("FAILED")))
        backups = list_backups(path)
        if backups:
            newest = backups[0]
            print(
                _("Newest backup: {path} ({when})").format(
                    path=newest.path, when=newest.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")
                )
            )
        else:
            print(_("No backups yet."))
    for warning in warnings:
        print(_("Warning: {message}").format(message=warning))
    if not problems:
        print(_("The database is sound."))
        return 0
    for problem in problems:
        print(problem)
    return 1


PARSERS = (add_info, add_check)
