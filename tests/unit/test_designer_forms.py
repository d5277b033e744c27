"""Every window, dialog and page is laid out from a Designer source in ``ui/``.

One way everywhere: ``tools/compile_ui.py`` compiles ``ui/*.ui`` into
``wall_desktop/gui/designer/``; widget classes call ``setupUi`` (or
``FormDialog.use_form``) and never build layouts in code.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GUI = ROOT / "wall_desktop" / "gui"
DESIGNER = GUI / "designer"
# Windows, dialogs and wizard pages: each must set itself up from a form.
WINDOW_BASES = {"QDialog", "QWizard", "QWizardPage", "QMainWindow"}
# Containers that arrange children: built in a form, never in code.
CONTAINERS = {"QSplitter", "QTabWidget", "QGroupBox", "QStackedWidget", "QScrollArea", "QToolBox"}


def _gui_modules() -> list[Path]:
    return sorted(
        p for p in GUI.rglob("*.py") if DESIGNER not in p.parents and "__pycache__" not in p.parts
    )


def _name(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def test_compiled_forms_are_up_to_date() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "compile_ui.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_no_layout_is_built_in_code() -> None:
    built = []
    for path in _gui_modules():
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Call):
                called = _name(node.func)
                if (called.startswith("Q") and called.endswith("Layout")) or called in CONTAINERS:
                    built.append(f"{path.relative_to(ROOT)}:{node.lineno} {called}")
    assert built == [], "lay these out in a ui/*.ui form instead:\n" + "\n".join(built)


def test_every_window_uses_a_designer_form() -> None:
    """A window, dialog or page sets itself up from a form, or inherits from one that does."""
    classes: dict[str, tuple[list[str], bool, str]] = {}
    for path in _gui_modules():
        source = path.read_text("utf-8")
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.ClassDef):
                bases = [_name(b) for b in node.bases]
                body = ast.get_source_segment(source, node) or ""
                uses = "setupUi(" in body or "use_form(" in body
                classes[node.name] = (bases, uses, f"{path.relative_to(ROOT)}:{node.lineno}")

    def laid_out(name: str, seen: frozenset[str] = frozenset()) -> bool:
        bases, uses, _where = classes[name]
        return uses or any(
            b in classes and b not in seen and laid_out(b, seen | {name}) for b in bases
        )

    missing = [
        f"{where} {name}"
        for name, (bases, _uses, where) in classes.items()
        if any(b in WINDOW_BASES for b in bases) and not laid_out(name)
    ]
    assert missing == [], "no Designer form behind:\n" + "\n".join(sorted(missing))


def test_every_compiled_form_is_used() -> None:
    code = "\n".join(p.read_text("utf-8") for p in _gui_modules())
    unused = [
        p.stem for p in sorted(DESIGNER.glob("ui_*.py")) if f"designer.{p.stem} import" not in code
    ]
    assert unused == []
