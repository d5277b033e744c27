"""``backup``, ``backups`` and ``restore``: verified copies of the database and the way back."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from wall_desktop.commands.options import GlobalOptions
from wall_desktop.i18n import _
from wall_desktop.services.errors import StorageError


def _database_path(options: GlobalOptions) -> Path:
    from wall_desktop.db.engine import resolve_url, sqlite_path

    path = sqlite_path(resolve_url(options.database_target()))
    if path is None:
        raise StorageError(_("Backups are made of database files only."))
    if not path.exists():
        raise StorageError(_("Database file not found: {path}").format(path=path))
    return path


def add_backup(sub: Any) -> argparse.ArgumentParser:
    p = sub.add_parser("backup", help=_("make a verified backup now"))
    p.add_argument(
        "--out",
        metavar=_("DIR"),
        help=_("folder to write the backup to (default: the backups folder next to the database)"),
    )
    p.set_defaults(handler=run_backup)
    return p


def run_backup(options: GlobalOptions, args: argparse.Namespace) -> int:
    from wall_desktop.app import open_database
    from wall_desktop.services.backup import make_backup

    path = _database_path(options)
    # Opening read-only runs the damage check without taking the writer lock.
    open_database(path, create=False, read_only=True).dispose()
    out = Path(args.out).expanduser() if args.out else None
    info = make_backup(path, reason="manual", folder=out)
    print(_("Backup written and verified: {path}").format(path=info.path))
    _print_counts(info.counts)
    return 0


def add_backups(sub: Any) -> argparse.ArgumentParser:
    p = sub.add_parser("backups", help=_("list the backups"))
    p.add_argument("--dir", metavar=_("DIR"), help=_("folder holding the backups"))
    p.add_argument("--verify", action="store_true", help=_("check every backup in full"))
    p.set_defaults(handler=run_backups)
    return p


def run_backups(options: GlobalOptions, args: argparse.Namespace) -> int:
    from wall_desktop.services.backup import list_backups, read_backup_info

    path = _database_path(options)
    folder = Path(args.dir).expanduser() if args.dir else None
    backups = list_backups(path, folder)
    if not backups:
        print(_("No backups yet."))
        return 0
    for info in backups:
        if args.verify:
            info = read_backup_info(info.path, verify=True)
            state = (
                _("verified")
                if info.verified
                else _("DAMAGED: {problem}").format(problem=info.problem)
            )
        else:
            state = info.problem or ""
        people = info.counts.get("person", 0)
        when = info.taken_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        print(
            f"{when}  {info.reason:<15} {info.size // 1024:>7} KiB  "
            + _("people: {n}").format(n=people)
            + f"  {info.path.name}  {state}".rstrip()
        )
    return 0


def add_restore(sub: Any) -> argparse.ArgumentParser:
    p = sub.add_parser("restore", help=_("restore the database from a backup"))
    p.add_argument("backup", metavar=_("BACKUP"), help=_("the backup file to restore"))
    p.add_argument("--yes", action="store_true", help=_("do not ask for confirmation"))
    p.set_defaults(handler=run_restore)
    return p


def run_restore(options: GlobalOptions, args: argparse.Namespace) -> int:
    from wall_desktop.db.engine import resolve_url, sqlite_path
    from wall_desktop.services.backup import read_backup_info, restore_backup

    path = sqlite_path(resolve_url(options.database_target()))
    if path is None:
        raise StorageError(_("Backups are made of database files only."))
    backup = Path(args.backup).expanduser()
    if not backup.is_file():
        raise StorageError(_("Backup file not found: {path}").format(path=backup))
    info = read_backup_info(backup, verify=True)
    if not info.verified:
        raise StorageError(
            _("The backup {path} cannot be restored: {problem}.").format(
                path=backup, problem=info.problem
            )
        )
    print(
        _("Backup of {when}:").format(when=info.taken_at.astimezone().strftime("%Y-%m-%d %H:%M:%S"))
    )
    _print_counts(info.counts)
    if not args.yes:
        answer = input(_("Replace the database {path} with this backup? [y/N] ").format(path=path))
        if answer.strip().lower() not in ("y", "yes", "t", "tak"):
            print(_("Nothing was changed."))
            return 1
    result = restore_backup(path, backup, operator=options.operator_name())
    if result.before_restore is not None:
        print(
            _("The database before the restore was backed up to {path}").format(
                path=result.before_restore
            )
        )
    if result.set_aside_as is not None:
        print(_("The damaged database was kept as {path}").format(path=result.set_aside_as))
    print(_("Restored from {path}").format(path=backup))
    return 0


def _print_counts(counts: dict[str, int]) -> None:
    shown = {k: v for k, v in counts.items() if k not in ("change_log", "database_info")}
    if not shown:
        return
    width = max(len(name) for name in shown)
    for name, count in shown.items():
        print(f"  {name:<{width}}  {count:>8}")


PARSERS = (add_backup, add_backups, add_restore)
