"""Commands of the map whose part of the program is not built yet: each says so."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from wall_desktop.commands.options import GlobalOptions
from wall_desktop.i18n import N_, _
from wall_desktop.services.errors import NotBuiltYet

# name -> help text; a module that builds one of these commands takes precedence.
PLANNED: dict[str, str] = {
    "demo": N_("fill an empty database with the demo programme"),
    "report": N_("write the funder's workbook (xlsx)"),
    "table": N_("export one table (xlsx or csv)"),
    "certificates": N_("issue, print, verify and list Leader Certificates"),
    "sheets": N_("print sign-in sheets, consent forms and expense descriptions"),
    "import": N_("import people, sessions or attendance from xlsx or csv"),
    "backup": N_("make a verified backup now"),
    "backups": N_("list the backups"),
    "restore": N_("restore the database from a backup"),
    "person": N_("export or anonymise one person's data"),
    "retention": N_("erase personal data past its retention period"),
    "encrypt": N_("encrypt the database with a passphrase"),
    "decrypt": N_("decrypt the database"),
    "exchange": N_("exchange data between laptops"),
    "guide": N_("write the good-practice guide"),
    "project-report": N_("write a micro-project's report"),
}


def _adder(name: str, help_text: str) -> Callable[[Any], argparse.ArgumentParser]:
    def add(sub: Any) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=_(help_text) + " " + _("(not built yet)"))
        p.set_defaults(handler=_not_built(name), accepts_extra=True)
        return p

    return add


def _not_built(name: str) -> Callable[[GlobalOptions, argparse.Namespace], int]:
    def run(options: GlobalOptions, args: argparse.Namespace) -> int:
        raise NotBuiltYet(_("the command “{name}” is not built yet").format(name=name))

    return run


ADDERS = {name: _adder(name, text) for name, text in PLANNED.items()}
