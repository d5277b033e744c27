"""``table NAME --out FILE``: one table (as its tab shows it) to xlsx or csv."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from wall_desktop.commands.options import GlobalOptions, open_context
from wall_desktop.i18n import _


class TableNames:
    """The table names as argparse ``choices``, read only when a ``table`` command is parsed.

    ``services.tables`` pulls in openpyxl and the exporters (~0.4 s); every
    start of the program builds this parser, so it must not import them.
    """

    def _names(self) -> list[str]:
        from wall_desktop.services.tables import TABLES

        return sorted(TABLES)

    def __contains__(self, name: object) -> bool:
        return name in self._names()

    def __iter__(self) -> Iterator[str]:
        return iter(self._names())


def add_table(sub: Any) -> argparse.ArgumentParser:
    p = sub.add_parser("table", help=_("export one table (xlsx or csv)"))
    p.add_argument("name", choices=TableNames(), metavar=_("NAME"), help="%(choices)s")
    p.add_argument("--out", required=True, metavar=_("FILE"), help=_("FILE.xlsx or FILE.csv"))
    p.add_argument("--format", choices=("xlsx", "csv"), help=_("instead of the file's suffix"))
    p.add_argument(
        "--with-contacts", action="store_true", help=_("include e-mail and phone (people)")
    )
    p.set_defaults(handler=run_table)
    return p


def run_table(options: GlobalOptions, args: argparse.Namespace) -> int:
    from wall_desktop.exports.table_export import format_of, write_table
    from wall_desktop.services.programmes import choose_programme
    from wall_desktop.services.tables import build_table

    out = Path(args.out)
    fmt = format_of(out, args.format)
    ctx = open_context(options, create=False)
    try:
        programme = choose_programme(ctx, options.programme)
        table = build_table(ctx, args.name, programme.id, with_contacts=args.with_contacts)
    finally:
        ctx.db.dispose()
    write_table(table, out, fmt=fmt, operator=options.operator_name())
    print(out)
    return 0


PARSERS = (add_table,)
