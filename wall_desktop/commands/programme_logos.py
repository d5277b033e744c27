"""``logos list | add FILE | remove ID | move ID left|right``: the logos on certificates."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from wall_desktop.commands.options import GlobalOptions, open_context
from wall_desktop.i18n import _


def add_logos(sub: Any) -> argparse.ArgumentParser:
    p = sub.add_parser("logos", help=_("the programme's logos printed on its certificates"))
    actions = p.add_subparsers(dest="action", metavar=_("ACTION"), required=True)
    listing = actions.add_parser("list", help=_("the logos in printing order"))
    listing.set_defaults(handler=run_list)
    add = actions.add_parser("add", help=_("add a PNG or JPEG logo after the others"))
    add.add_argument("file", metavar=_("FILE"))
    add.set_defaults(handler=run_add)
    remove = actions.add_parser("remove", help=_("take a logo off the certificates"))
    remove.add_argument("logo_id", type=int, metavar="ID")
    remove.set_defaults(handler=run_remove)
    move = actions.add_parser("move", help=_("move a logo one place left or right"))
    move.add_argument("logo_id", type=int, metavar="ID")
    move.add_argument("direction", choices=("left", "right"))
    move.set_defaults(handler=run_move)
    return p


def _print_rows(rows: list[Any]) -> None:
    for r in rows:
        print(f"{r.id}\t{r.position}\t{r.file_name}\t{r.media_type}\t{r.width}×{r.height}")


def run_list(options: GlobalOptions, args: argparse.Namespace) -> int:
    from wall_desktop.services.programme_logos import list_logos
    from wall_desktop.services.programmes import choose_programme

    ctx = open_context(options, create=False)
    try:
        rows = list_logos(ctx, choose_programme(ctx, options.programme).id)
    finally:
        ctx.db.dispose()
    _print_rows(rows)
    if not rows:
        print(_("No logos: certificates print without them."))
    return 0


def run_add(options: GlobalOptions, args: argparse.Namespace) -> int:
    from wall_desktop.services.programme_logos import add_logo
    from wall_desktop.services.programmes import choose_programme

    ctx = open_context(options, create=False)
    try:
        row = add_logo(ctx, choose_programme(ctx, options.programme).id, Path(args.file))
    finally:
        ctx.db.dispose()
    print(_("Added the logo “{name}” (id {id}).").format(name=row.file_name, id=row.id))
    return 0


def run_remove(options: GlobalOptions, args: argparse.Namespace) -> int:
    from wall_desktop.services.programme_logos import remove_logo

    ctx = open_context(options, create=False)
    try:
        row = remove_logo(ctx, args.logo_id)
    finally:
        ctx.db.dispose()
    print(_("Removed the logo “{name}”.").format(name=row.file_name))
    return 0


def run_move(options: GlobalOptions, args: argparse.Namespace) -> int:
    from wall_desktop.services.programme_logos import move_logo

    ctx = open_context(options, create=False)
    try:
        rows = move_logo(ctx, args.logo_id, -1 if args.direction == "left" else 1)
    finally:
        ctx.db.dispose()
    _print_rows(rows)
    return 0


PARSERS = (add_logos,)
