"""Global options shared by every command, and turning them into an open context."""

from __future__ import annotations

import argparse
import getpass
import os
from dataclasses import dataclass
from pathlib import Path

from wall_desktop.services.context import Context

OPERATOR_ENV = "WALL_DESKTOP_OPERATOR"


@dataclass(frozen=True)
class GlobalOptions:
    db: str | None
    demo: bool
    programme: str | None
    operator: str | None
    passphrase_file: str | None
    lang: str | None

    @classmethod
    def from_namespace(cls, ns: argparse.Namespace) -> GlobalOptions:
        return cls(
            db=ns.db,
            demo=bool(ns.demo),
            programme=ns.programme,
            operator=ns.operator,
            passphrase_file=ns.passphrase_file,
            lang=ns.lang,
        )

    def database_target(self) -> str | None:
        if self.demo:
            from wall_desktop.app import demo_database_path

            return str(demo_database_path())
        return self.db

    def operator_name(self) -> str:
        if self.operator:
            return self.operator
        from_env = os.environ.get(OPERATOR_ENV)
        if from_env:
            return from_env
        from wall_desktop.settings import load_settings

        saved = load_settings().operator
        if saved:
            return saved
        try:
            return getpass.getuser()
        except (KeyError, OSError):
            return "?"


def open_context(options: GlobalOptions, *, create: bool = True, fill_demo: bool = True) -> Context:
    """Open the chosen database; with ``--demo`` a missing or empty demo file is filled first."""
    from wall_desktop.app import open_database

    if options.passphrase_file is not None and not Path(options.passphrase_file).is_file():
        from wall_desktop.i18n import _
        from wall_desktop.services.errors import WallError

        raise WallError(_("Passphrase file not found: {path}").format(path=options.passphrase_file))
    db = open_database(options.database_target(), create=create or options.demo)
    ctx = Context(db=db, operator=options.operator_name())
    if options.demo and fill_demo:
        _fill_demo_if_empty(ctx)
    return ctx


def _fill_demo_if_empty(ctx: Context) -> None:
    from wall_desktop.services import demo

    try:
        if demo.is_empty(ctx):
            demo.fill_demo(ctx)
    except BaseException:
        ctx.db.dispose()
        raise
