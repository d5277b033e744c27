"""Opening the window; until the GUI exists it says so."""

from __future__ import annotations

from wall_desktop.commands.options import GlobalOptions
from wall_desktop.i18n import _
from wall_desktop.services.errors import NotBuiltYet


def run_gui(options: GlobalOptions, *, smoke: bool = False) -> int:
    raise NotBuiltYet(_("the window is not built yet; try “wall-desktop --help”"))
