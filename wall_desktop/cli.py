"""The one command map: ``wall-desktop [global options] [command ...]``.

With no command the GUI opens.  User mistakes print one clear line and exit
non-zero; a traceback is only ever shown for a bug.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

from wall_desktop import __version__, startup_gc
from wall_desktop.commands import GlobalOptions, add_commands
from wall_desktop.i18n import LANGUAGES, _, set_language
from wall_desktop.services.errors import NotBuiltYet, WallError

EXIT_ERROR = 1
EXIT_USAGE = 2


def _global_options(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    """Global options; on sub-commands too (suppressed defaults) so either place works."""
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument(
        "--db",
        metavar=_("PATH|URL"),
        default=default,
        help=_("database file or SQLAlchemy URL (or set WALL_DESKTOP_DB)"),
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        default=argparse.SUPPRESS if suppress else False,
        help=_("use the separate demo database, creating it when missing"),
    )
    parser.add_argument(
        "--programme",
        metavar=_("NAME|ID"),
        default=default,
        help=_("programme edition to work on (default: the newest)"),
    )
    parser.add_argument(
        "--operator",
        metavar=_("NAME"),
        default=default,
        help=_("who is working (recorded with every change)"),
    )
    parser.add_argument(
        "--passphrase-file",
        metavar=_("FILE"),
        default=default,
        help=_("file holding the passphrase of an encrypted database"),
    )
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=default,
        help=_("language of messages (default: Polish)"),
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="wall-desktop",
        description=_(
            "WALL Desktop: records of a local leaders academy. Without a command, the window opens."
        ),
    )
    parser.add_argument("--version", action="version", version=f"wall-desktop {__version__}")
    parser.add_argument(
        "--smoke",
        action="store_true",
        help=_("open the window, paint the first tab, print its row count, exit"),
    )
    _global_options(parser, suppress=False)
    sub = parser.add_subparsers(dest="command", metavar=_("COMMAND"))
    add_commands(sub, lambda child: _global_options(child, suppress=True))
    return parser


class _NotForTheWindow(Exception):
    """The short parser cannot judge these arguments: the full command map will."""


class _WindowParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise _NotForTheWindow(message)


def _window_arguments(argv: Sequence[str]) -> argparse.Namespace | None:
    """Global options when ``argv`` names no command (the window opens), else None.

    Building every command's sub-parser costs start-up time the window does not need.
    """
    if any(arg in ("-h", "--help", "--version") for arg in argv):
        return None
    parser = _WindowParser(prog="wall-desktop", add_help=False)
    parser.add_argument("--smoke", action="store_true")
    _global_options(parser, suppress=False)
    try:
        args, extra = parser.parse_known_args(argv)
    except _NotForTheWindow:
        return None
    if extra:
        return None
    args.command = None
    return args


def _language_from_argv(argv: Sequence[str]) -> str | None:
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    set_language(
        _language_from_argv(args_list) or os.environ.get("WALL_DESKTOP_LANG") or _saved_language()
    )
    args = _window_arguments(args_list)
    if args is None:
        parser = build_parser()
        args, extra = parser.parse_known_args(args_list)
        if extra and not getattr(args, "accepts_extra", False):
            parser.error(_("unrecognized arguments: {args}").format(args=" ".join(extra)))
    options = GlobalOptions.from_namespace(args)
    try:
        if args.command is None:
            from wall_desktop.commands.gui import run_gui

            return run_gui(options, smoke=args.smoke)  # resumes the collector once painted
        startup_gc.resume()
        return int(args.handler(options, args) or 0)
    except NotBuiltYet as exc:
        print(f"wall-desktop: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except WallError as exc:
        print(_("wall-desktop: error: {message}").format(message=exc), file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print(_("wall-desktop: interrupted"), file=sys.stderr)
        return 130


def _saved_language() -> str | None:
    from wall_desktop.settings import load_settings

    return load_settings().language
