"""``import people|sessions|attendance FILE``: bring spreadsheets into the database."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from wall_desktop.commands.options import GlobalOptions, open_context
from wall_desktop.i18n import _

KINDS = ("people", "sessions", "attendance")
SHOWN_ROWS = 50


def add_import(sub: Any) -> argparse.ArgumentParser:
    p = sub.add_parser("import", help=_("import people, sessions or attendance from xlsx or csv"))
    p.add_argument("kind", choices=KINDS, help=_("what the file holds"))
    p.add_argument("file", metavar=_("FILE"), help=_("an xlsx workbook or a csv file"))
    p.add_argument("--sheet", metavar=_("NAME"), help=_("the workbook's sheet (default: first)"))
    p.add_argument(
        "--mapping",
        metavar=_("FILE.json"),
        help=_("JSON object: column header -> field name (or null to leave the column out)"),
    )
    p.add_argument("--encoding", help=_("the csv file's encoding (default: detected)"))
    p.add_argument("--delimiter", help=_("the csv file's separator (default: detected)"))
    p.add_argument("--dry-run", action="store_true", help=_("only show what would be imported"))
    p.add_argument(
        "--valid-only",
        action="store_true",
        help=_("import the valid rows and write a report of the rows left out"),
    )
    p.add_argument("--report", metavar=_("FILE.xlsx"), help=_("where to write that report"))
    p.add_argument(
        "--update",
        action="store_true",
        help=_("update people or records already in the database (default: skip them)"),
    )
    p.add_argument(
        "--create-neighbourhoods",
        action="store_true",
        help=_("create neighbourhoods the file names that do not exist yet"),
    )
    p.set_defaults(handler=run_import_command)
    return p


def _mapping(path: str | None) -> dict[str, str | None]:
    from wall_desktop.services.errors import WallError

    if path is None:
        return {}
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise WallError(
            _("Cannot read the mapping {path}: {error}").format(path=path, error=exc)
        ) from exc
    if not isinstance(data, dict) or not all(
        isinstance(k, str) and (v is None or isinstance(v, str)) for k, v in data.items()
    ):
        raise WallError(
            _("The mapping must be a JSON object of column header -> field name or null")
        )
    return data


def run_import_command(options: GlobalOptions, args: argparse.Namespace) -> int:
    from wall_desktop.services import importing as imp

    opts = imp.ImportOptions(
        sheet=args.sheet,
        encoding=args.encoding,
        delimiter=_delimiter(args.delimiter),
        mapping=_mapping(args.mapping),
        programme=options.programme,
        on_duplicate=imp.OnDuplicate.UPDATE if args.update else imp.OnDuplicate.SKIP,
        create_neighbourhoods=args.create_neighbourhoods,
        valid_only=args.valid_only,
        dry_run=args.dry_run,
        report_path=Path(args.report) if args.report else None,
    )
    ctx = open_context(options, create=False)
    try:
        summary = imp.run_import(ctx, args.kind, args.file, opts, progress=_progress())
    except imp.ImportRefused as refused:
        _print_preview(refused.preview)
        raise
    finally:
        ctx.db.dispose()
    _print_preview(summary.preview)
    _print_summary(summary, args.dry_run)
    if args.dry_run:
        return 0 if summary.preview.count(imp.Outcome.ERROR) == 0 else 1
    return 0 if summary.written else 1


def _delimiter(text: str | None) -> str | None:
    if text is None:
        return None
    return {"tab": "\t", "\\t": "\t", "semicolon": ";", "comma": ","}.get(text.lower(), text)


def _progress() -> Any:
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        percent = 100 * done // total if total else 100
        print(f"\r{percent:3d}%", end="", file=sys.stderr, flush=True)

    return show


def _print_preview(preview: Any) -> None:
    from wall_desktop.services.importing import Outcome, field_label

    d = preview.detection
    if d.format == "csv":
        sep = {"\t": "TAB", ";": ";", ",": ","}.get(d.delimiter, d.delimiter)
        print(
            _("File: csv, encoding {encoding}, separator {sep}").format(
                encoding=d.encoding, sep=sep
            )
        )
    else:
        print(_("File: xlsx, sheet “{sheet}”").format(sheet=d.sheet))
    print(_("Header in row {row}:").format(row=preview.header_row))
    for c in preview.columns:
        if c.field:
            print(f"  {c.header} -> {field_label(preview.kind, c.field)} ({c.field})")
        elif c.session_date:
            print(f"  {c.header} -> {c.session_date:%d.%m.%Y}")
        elif c.header:
            print(f"  {c.header} -> " + _("(left out)"))
    problems = [r for r in preview.rows if r.outcome in (Outcome.ERROR, Outcome.DUPLICATE)]
    for r in problems[:SHOWN_ROWS]:
        print(f"  {r.message()}")
    if len(problems) > SHOWN_ROWS:
        print("  " + _("… and {n} more").format(n=len(problems) - SHOWN_ROWS))


def _print_summary(summary: Any, dry_run: bool) -> None:
    from wall_desktop.services.importing import Outcome

    p = summary.preview
    print(
        _("Rows: {total}; new {new}, updates {update}, duplicates {dup}, errors {err}").format(
            total=p.total_rows,
            new=p.count(Outcome.NEW),
            update=p.count(Outcome.UPDATE),
            dup=p.count(Outcome.DUPLICATE),
            err=p.count(Outcome.ERROR),
        )
    )
    if p.new_neighbourhoods:
        print(_("New neighbourhoods: {names}").format(names=", ".join(p.new_neighbourhoods)))
    if dry_run:
        print(_("Dry run: nothing was written."))
    elif summary.written:
        print(
            _("Imported: {created} new, {updated} updated.").format(
                created=summary.created, updated=summary.updated
            )
        )
    else:
        print(_("Nothing was imported."))
    if summary.backup_path:
        print(_("Backup taken before the import: {path}").format(path=summary.backup_path))
    if summary.report_path:
        print(_("Rows left out, and why: {path}").format(path=summary.report_path))


PARSERS = (add_import,)
