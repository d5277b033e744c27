"""``info`` and ``check``: what a database holds and whether it is sound.

Both only read: they open the database read-only, take no writer lock and
so work while the window (or another command) is writing to it.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict
from decimal import Decimal
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
    from wall_desktop.services.indicators import indicators
    from wall_desktop.services.info import programme_counts, summarise
    from wall_desktop.services.programmes import choose_programme, list_programmes

    ctx = open_for_reading(options)
    try:
        summary = summarise(ctx)
        chosen = choose_programme(ctx, options.programme) if list_programmes(ctx) else None
        counts = programme_counts(ctx, chosen.id) if chosen else None
        figures = indicators(ctx, chosen.id) if chosen else None
    finally:
        ctx.db.dispose()
    if args.json:
        data = asdict(summary)
        data["programme"] = asdict(counts) if counts else None
        data["indicators"] = _plain(asdict(figures)) if figures else None
        print(json.dumps(data, ensure_ascii=False, indent=2, default=str))
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
    if counts is not None and figures is not None:
        _print_programme(counts, figures)
    return 0


def _plain(value: Any) -> Any:
    """Dictionary keys as plain strings (enum values), Decimals as exact strings."""
    if isinstance(value, dict):
        return {str(getattr(k, "value", k)): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, Decimal):
        return str(value)
    return value


def _print_programme(counts: Any, figures: Any) -> None:
    from wall_desktop.services.formatting import format_hours, format_money

    print()
    print(_("Programme: {name} (id {id})").format(name=counts.name, id=counts.id))
    print(
        _("  {n} neighbourhoods, {p} people, {j} projects, {s} sessions").format(
            n=counts.neighbourhoods, p=counts.people, j=counts.projects, s=counts.sessions
        )
    )
    print(
        _("  people reached {r}, completed the cycle {c}, training hours held {h}").format(
            r=figures.people_reached,
            c=figures.completed_cycle,
            h=format_hours(figures.training_hours_held),
        )
    )
    print(
        _("  grant planned {p}, spent {s}, remaining {r}").format(
            p=format_money(figures.grant_planned),
            s=format_money(figures.grant_spent),
            r=format_money(figures.grant_remaining),
        )
    )


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
