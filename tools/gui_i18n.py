#!/usr/bin/env python3
"""Qt translations of the window: extract, fill and compile.

    python tools/gui_i18n.py update        # lupdate: gui code + ui/*.ui -> resources/i18n/*.ts
    python tools/gui_i18n.py missing       # unfinished entries, as a JSON skeleton to fill
    python tools/gui_i18n.py fill pl.json  # {"source": "tłumaczenie"} or {"context|source": ...}
    python tools/gui_i18n.py release       # pyside6-lrelease: *.ts -> wall_desktop/gui/i18n/*.qm

The ``.ts`` sources live in ``resources/i18n/``; the compiled ``.qm`` ship in the package.
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "wall_desktop" / "gui"
TS_DIR = ROOT / "resources" / "i18n"
QM_DIR = SOURCES / "i18n"
LANGUAGES = ("pl",)


def tool(name: str) -> str:
    local = Path(sys.executable).with_name(name)
    return str(local) if local.exists() else name


def ts_path(language: str) -> Path:
    return TS_DIR / f"wall_desktop_{language}.ts"


def gui_sources() -> list[Path]:
    """The window's Python code and its Designer forms.

    lupdate finds nothing in the compiled ``designer/ui_*.py`` modules, so
    their texts are read from the ``ui/*.ui`` sources themselves.
    """
    code = sorted(
        p
        for p in SOURCES.rglob("*.py")
        if "__pycache__" not in p.parts and p.parent.name != "designer"
    )
    return code + sorted((ROOT / "ui").glob("*.ui"))


def update(ts: Path | None = None, language: str = "pl") -> Path:
    """Extract every ``tr()``/``translate()`` string; keep the translations already made."""
    target = ts or ts_path(language)
    target.parent.mkdir(parents=True, exist_ok=True)
    files = [str(p) for p in gui_sources()]
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            "-silent",
            "-no-obsolete",
            "-locations",
            "none",
            "-target-language",
            f"{language}_PL" if language == "pl" else language,
            *files,
            "-ts",
            str(target),
        ],
        check=True,
    )
    return target


def unfinished(ts: Path) -> list[tuple[str, str]]:
    """(context, source) of every entry with no finished translation."""
    found: list[tuple[str, str]] = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            if kind in ("obsolete", "vanished"):
                continue
            forms = [] if translation is None else list(translation.iter("numerusform"))
            empty = (
                (translation is None or not (translation.text or "").strip())
                if not forms
                else any(not (f.text or "").strip() for f in forms)
            )
            if kind == "unfinished" or empty:
                found.append((name, message.findtext("source") or ""))
    return found


def fill(ts: Path, translations: dict[str, str]) -> int:
    tree = ET.parse(ts)
    done = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            text = translations.get(f"{name}|{source}", translations.get(source))
            translation = message.find("translation")
            if text is None or translation is None:
                continue
            translation.text = text
            translation.attrib.pop("type", None)
            done += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return done


def release(language: str = "pl") -> Path:
    QM_DIR.mkdir(parents=True, exist_ok=True)
    target = QM_DIR / f"wall_desktop_{language}.qm"
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(ts_path(language)), "-qm", str(target)],
        check=True,
    )
    return target


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    command = argv[0]
    for language in LANGUAGES:
        if command == "update":
            print(update(language=language))
        elif command == "missing":
            print(
                json.dumps(
                    {s: "" for _c, s in unfinished(ts_path(language))}, ensure_ascii=False, indent=1
                )
            )
        elif command == "fill":
            data = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
            print(f"{fill(ts_path(language), data)} entries filled")
        elif command == "release":
            print(release(language))
        else:
            print(__doc__)
            return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
