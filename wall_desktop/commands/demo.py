"""``demo``: fill an empty database with the demo programme and say what it holds."""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict
from typing import Any

from wall_desktop.commands.options import GlobalOptions, open_context
from wall_desktop.i18n import _


def add_demo(sub: Any) -> argparse.ArgumentParser:
    p = sub.add_parser("demo", help=_("fill an empty database with the demo programme"))
    p.add_argument(
        "--seed",
        type=int,
        default=None,
        help=_("random seed; the same seed gives the same data (default: 2022)"),
    )
    p.add_argument("--json", action="store_true", help=_("print the summary as JSON"))
    p.set_defaults(handler=run_demo)
    return p


def run_demo(options: GlobalOptions, args: argparse.Namespace) -> int:
    from wall_desktop.services.demo import DEFAULT_SEED, fill_demo

    ctx = open_context(options, fill_demo=False)
    try:
        summary = fill_demo(ctx, DEFAULT_SEED if args.seed is None else args.seed)
        url = ctx.db.url.render_as_string(hide_password=True)
    finally:
        ctx.db.dispose()
    if args.json:
        print(json.dumps(asdict(summary), ensure_ascii=False, indent=2, default=str))
        return 0
    from wall_desktop.services.formatting import format_date, format_money

    print(_("Demo programme written to {url}").format(url=url))
    print(
        _("Programmes: {n}; neighbourhoods of the main programme: {hoods}").format(
            n=summary.programmes, hoods=summary.neighbourhoods
        )
    )
    print(
        _(
            "People: {people} (participants {participants}, of them minors {minors}, "
            "leaders {leaders}, candidates {candidates}, resigned {resigned}; "
            "mentors {mentors}; trainers {trainers})"
        ).format(**asdict(summary))
    )
    print(
        _(
            "Training sessions: {sessions_held} held, {sessions_planned} planned, "
            "{sessions_cancelled} cancelled; attendance marks: {attendance_marks}"
        ).format(**asdict(summary))
    )
    print(
        _(
            "Micro-projects: {n} ({settled} settled, {running} in progress), grants {total}; "
            "residents' meetings: {meetings}"
        ).format(
            n=summary.projects,
            settled=summary.projects_settled,
            running=summary.projects_in_progress,
            total=format_money(summary.grants_total),
            meetings=summary.residents_meetings,
        )
    )
    print(
        _("Budget lines: {lines}; expenses: {expenses}").format(
            lines=summary.budget_lines, expenses=summary.expenses
        )
    )
    print(_("The programme's “today”: {day}").format(day=format_date(summary.today)))
    return 0


PARSERS = (add_demo,)
