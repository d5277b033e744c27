"""Extract translatable messages from the package into locale/pl/<module>.po.

Run: python tools/update_po.py
Messages are the literal first arguments of ``_()``, ``N_()`` and
``ngettext()`` calls, one PO file per source module.  Existing translations
are kept (looked up across all files, so moving code keeps them); new
messages get an empty msgstr, which the test suite reports as unfinished.
"""

from __future__ import annotations

import ast
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from wall_desktop.i18n import parse_po  # noqa: E402

PACKAGE = ROOT / "wall_desktop"
PO_DIR = PACKAGE / "locale" / "pl"
HEADER = """msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"
"Language: pl\\n"
"Plural-Forms: nplurals=3; "
"plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\\n"
"""


Found = dict[tuple[str, str | None], list[str]]


def extract(package: Path = PACKAGE) -> dict[str, Found]:
    """Every message in the package's sources, by module, with the places it is used."""
    modules: dict[str, Found] = {}
    for path in sorted(package.rglob("*.py")):
        rel = path.relative_to(package)
        if rel.parts[0] == "gui":
            continue  # the GUI uses Qt's tr() and .ts files
        parts = rel.with_suffix("").parts
        if parts[-1] == "__init__":  # a package's messages go with the package's name
            parts = parts[:-1]
        found = modules.setdefault(".".join(parts), {})
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
                continue
            args = node.args
            if node.func.id in ("_", "N_") and args and _is_str(args[0]):
                key: tuple[str, str | None] = (args[0].value, None)  # type: ignore[attr-defined]
            elif (
                node.func.id == "ngettext"
                and len(args) >= 2
                and _is_str(args[0])
                and _is_str(args[1])
            ):
                key = (args[0].value, args[1].value)  # type: ignore[attr-defined]
            else:
                continue
            found.setdefault(key, []).append(f"{path.relative_to(ROOT)}:{node.lineno}")
    return {name: found for name, found in modules.items() if found}


def _is_str(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _quote(text: str) -> str:
    escaped = (
        text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
    )
    return f'"{escaped}"'


def render(found: Found, known: Found) -> str:
    parts = [HEADER]
    for key in sorted(found, key=lambda k: (found[k][0], k[0])):
        msgid, plural = key
        lines = [f"#: {' '.join(found[key][:3])}", f"msgid {_quote(msgid)}"]
        forms = known.get(key, [])
        if plural is None:
            lines.append(f"msgstr {_quote(forms[0] if forms else '')}")
        else:
            lines.append(f"msgid_plural {_quote(plural)}")
            for i in range(3):
                lines.append(f"msgstr[{i}] {_quote(forms[i] if i < len(forms) else '')}")
        parts.append("\n".join(lines) + "\n")
    return "\n".join(parts)


def main() -> int:
    """``update_po.py [--only PREFIX] [--fill FILE.json]``.

    ``--only`` writes only the PO files of modules whose dotted name starts with
    PREFIX (so parallel work on other modules is left alone); the JSON of
    ``--fill`` maps msgid to msgstr, or a singular msgid to a list of three
    plural forms.
    """
    import argparse

    parser = argparse.ArgumentParser()
    parser.add_argument("--only", default="")
    parser.add_argument("--fill")
    args = parser.parse_args()
    fills: dict[str, str | list[str]] = {}
    if args.fill:
        fills = json.loads(Path(args.fill).read_text(encoding="utf-8"))
    known: Found = {}
    for po in sorted(PO_DIR.glob("*.po")):
        known.update(parse_po(po.read_text(encoding="utf-8")))
    modules = {k: v for k, v in extract().items() if k.startswith(args.only)}
    for found in modules.values():
        for key in found:
            if key[0] in fills:
                value = fills[key[0]]
                known[key] = [value] if isinstance(value, str) else list(value)
    PO_DIR.mkdir(parents=True, exist_ok=True)
    if not args.only:
        for po in PO_DIR.glob("*.po"):
            if po.stem not in modules:
                po.unlink()
    total = missing = 0
    for name, found in modules.items():
        (PO_DIR / f"{name}.po").write_text(render(found, known), encoding="utf-8")
        total += len(found)
        missing += sum(1 for k in found if not all(known.get(k, [""])))
    print(f"{total} messages in {len(modules)} files, {missing} without a translation")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
