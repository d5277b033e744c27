"""Dependencies flow one way: gui -> services -> db. Checked on the source, import by import."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "wall_desktop"
QT = ("PySide6", "shiboken6", "PyQt5", "PyQt6")
DATABASE = ("sqlalchemy", "alembic", "wall_desktop.db")


def _imported_names(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _offenders(folder: Path, banned: tuple[str, ...]) -> list[str]:
    return sorted(
        f"{path.name}: {name}"
        for path in folder.rglob("*.py")
        for name in _imported_names(path)
        if any(name == b or name.startswith(b + ".") for b in banned)
    )


def test_services_db_and_exports_never_import_qt() -> None:
    for folder in ("services", "db", "exports"):
        if (PACKAGE / folder).exists():
            assert _offenders(PACKAGE / folder, QT) == [], folder


def test_gui_never_imports_the_database_layer() -> None:
    if (PACKAGE / "gui").exists():
        assert _offenders(PACKAGE / "gui", DATABASE) == []


def test_the_checker_flags_offending_imports(tmp_path: Path) -> None:
    (tmp_path / "mod.py").write_text(
        "import os\nfrom PySide6.QtCore import QObject\nimport sqlalchemy.orm\n"
        "from wall_desktop.db.models import Person\n"
    )
    assert _offenders(tmp_path, QT) == ["mod.py: PySide6.QtCore"]
    assert _offenders(tmp_path, DATABASE) == [
        "mod.py: sqlalchemy.orm",
        "mod.py: wall_desktop.db.models",
    ]
