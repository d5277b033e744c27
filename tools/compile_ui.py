#!/usr/bin/env python3
"""Compile the Designer sources in ``ui/`` into ``wall_desktop/gui/designer/``.

    python tools/compile_ui.py          # (re)write every compiled form
    python tools/compile_ui.py --check  # exit 1 when a compiled form is missing or stale

Every window and dialog lays itself out from a ``.ui`` file (edit them with
``pyside6-designer ui/<name>.ui``); the compiled ``ui_<name>.py`` modules are
committed so that the program needs no build step and no ``QUiLoader`` at run
time. ``tests/unit/test_designer_forms.py`` fails when one is out of date.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "ui"
TARGET = ROOT / "wall_desktop" / "gui" / "designer"
HEADER = '"""Compiled from ui/{name}.ui by tools/compile_ui.py: edit the .ui, not this."""\n'


def uic() -> str:
    local = Path(sys.executable).with_name("pyside6-uic")
    return str(local) if local.exists() else "pyside6-uic"


def compiled_text(source: Path) -> str:
    """The module for one ``.ui`` file, as ``pyside6-uic`` writes it plus our header."""
    out = subprocess.run(
        [uic(), "--generator", "python", str(source)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return HEADER.format(name=source.stem) + out


def target_for(source: Path) -> Path:
    return TARGET / f"ui_{source.stem}.py"


def sources() -> list[Path]:
    return sorted(SOURCES.glob("*.ui"))


def stale() -> list[str]:
    """Names of forms whose compiled module is missing or differs; orphans too."""
    problems = [
        s.name
        for s in sources()
        if not target_for(s).exists() or target_for(s).read_text("utf-8") != compiled_text(s)
    ]
    wanted = {target_for(s).name for s in sources()}
    problems += [
        p.name for p in TARGET.glob("ui_*.py") if p.name not in wanted
    ]  # a compiled form whose source was deleted
    return problems


def main(argv: list[str]) -> int:
    if "--check" in argv:
        problems = stale()
        for name in problems:
            print(f"out of date: {name} (run python tools/compile_ui.py)")
        return 1 if problems else 0
    TARGET.mkdir(parents=True, exist_ok=True)
    init = TARGET / "__init__.py"
    if not init.exists():
        init.write_text('"""Forms compiled from the Designer sources in ui/."""\n', "utf-8")
    wanted = {target_for(s) for s in sources()}
    for orphan in set(TARGET.glob("ui_*.py")) - wanted:
        orphan.unlink()
    # Rewrite only what changed, so a test run beside it never sees a form missing.
    for source in sources():
        target, text = target_for(source), compiled_text(source)
        if not target.exists() or target.read_text("utf-8") != text:
            target.write_text(text, "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
