"""``info`` and ``check``: what a database holds and whether it is sound."""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict
from typing import Any

from wall_desktop.commands.options import GlobalOptions, open_context
from wall_desktop.i18n import _


def add_info(sub: Any) -> argparse.ArgumentParser:
    p = sub.add_parser("info", help=_("what the database holds: counts per table"))
    p.add_argument("--json", action="store_true", help=_("print as JSON"))
    p.set_defaults(handler=run_info)
    return p


def run_info(options: GlobalOptions, args: argparse.Namespace) -> int:
    from wall_desktop.services.info import summarise

    ctx = open_context(options, create=False)
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
    from wall_desktop.services.check import check_database

    ctx = open_context(options, create=False)
    try:
        result = check_database(ctx)
    finally:
        ctx.db.dispose()
    if result.ok:
        print(_("The database is sound."))
        return 0
    for problem in result.problems:
        print(problem)
    return 1


PARSERS = (add_info, add_check)
