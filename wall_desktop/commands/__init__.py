"""Sub-commands of ``wall-desktop``; each module adds its parsers and handlers."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from wall_desktop.commands import database, planned
from wall_desktop.commands.options import GlobalOptions

__all__ = ["COMMANDS", "Command", "GlobalOptions"]


@dataclass(frozen=True)
class Command:
    add_parser: Callable[[Any], argparse.ArgumentParser]


COMMANDS: list[Command] = [Command(f) for f in (*database.PARSERS, *planned.PARSERS)]
