"""The ``import`` command: summary printed, exit status, dry run, mapping file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.factories import make_programme
from tests.import_factories import PEOPLE_HEADER, PEOPLE_ROWS, counts, write_csv
from wall_desktop.cli import main
from wall_desktop.db.session import Database
from wall_desktop.services.context import Context


def _run(db_path: Path, *args: str) -> int:
    return main(["--db", str(db_path), "--operator", "Tester", "import", *args])


def test_dry_run_then_import_then_again(
    tmp_path: Path, db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make_programme(db)
    ctx = Context(db, "Tester")
    path = write_csv(tmp_path / "p.csv", [PEOPLE_HEADER, *PEOPLE_ROWS], "cp1250", "\t")
    before = counts(ctx)
    assert _run(db_path, "people", str(path), "--dry-run", "--create-neighbourhoods") == 0
    out = capsys.readouterr().out
    assert "kodowanie cp1250, separator TAB" in out
    assert "Wiersze: 3; nowe 3" in out and "nic nie zostało zapisane" in out
    assert counts(ctx) == before
    assert _run(db_path, "people", str(path), "--create-neighbourhoods") == 0
    out = capsys.readouterr().out
    assert "Zaimportowano: nowe 3" in out and "Kopia zapasowa sprzed importu" in out
    assert _run(db_path, "people", str(path), "--create-neighbourhoods") == 1  # nothing new
    assert "duplikaty 3" in capsys.readouterr().out


def test_errors_and_mapping_file(
    tmp_path: Path, db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make_programme(db)
    path = write_csv(tmp_path / "p.csv", [["Imię", "Nazwa"], ["Ala", "Kot"], ["Ola", ""]])
    assert _run(db_path, "people", str(path)) == 1
    assert "brakuje kolumny" in capsys.readouterr().err
    mapping = tmp_path / "m.json"
    mapping.write_text(json.dumps({"Nazwa": "last_name"}), encoding="utf-8")
    assert _run(db_path, "people", str(path), "--mapping", str(mapping)) == 1
    captured = capsys.readouterr()
    assert "Wiersz 3: Pole „Nazwisko” jest wymagane" in captured.out
    assert "Nic nie zaimportowano: 1 wiersz zawiera błędy" in captured.err
    report = tmp_path / "r.xlsx"
    code = _run(
        db_path,
        "people",
        str(path),
        "--mapping",
        str(mapping),
        "--valid-only",
        "--report",
        str(report),
    )
    assert code == 0 and report.exists()
    assert _run(db_path, "people", str(tmp_path / "missing.csv")) == 1
    assert "Nie można odczytać pliku" in capsys.readouterr().err
