"""The command map: info, check, unbuilt commands, and user mistakes without tracebacks."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.factories import make_person
from wall_desktop.cli import main
from wall_desktop.db.session import Database


def test_info_json_prints_counts_per_table(
    db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make_person(db, "Zofia", "Żółć")
    assert main(["--db", str(db_path), "info", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["counts"]["person"] == 1
    assert data["counts"]["programme"] == 0
    assert data["schema_revision"]
    assert set(data["counts"]) >= {
        "attendance",
        "budget_line",
        "certificate",
        "expense",
        "training_session",
    }


def test_global_options_work_after_the_command_too(
    db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["info", "--json", "--db", str(db_path)]) == 0
    assert json.loads(capsys.readouterr().out)["counts"]["person"] == 0


def test_check_reports_a_sound_database(
    db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(db_path), "--lang", "en", "check"]) == 0
    assert "sound" in capsys.readouterr().out


def test_missing_database_is_one_line_in_polish(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(tmp_path / "brak.sqlite"), "info"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("wall-desktop: błąd: Nie znaleziono pliku bazy danych")
    assert "\n" not in err


def test_a_file_that_is_not_a_database_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    junk = tmp_path / "list.sqlite"
    junk.write_bytes(b"%PDF-1.4 definitely not sqlite" * 100)
    assert main(["--db", str(junk), "--lang", "en", "info"]) == 1
    err = capsys.readouterr().err
    assert "is not a WALL Desktop database or is damaged" in err
    assert "Traceback" not in err
    assert junk.read_bytes().startswith(b"%PDF")  # left exactly as it was


def test_unbuilt_command_says_so_and_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--lang", "en", "exchange", "export", "--out", "x"]) == 2
    assert "not built yet" in capsys.readouterr().err


def test_unknown_option_is_a_usage_error() -> None:
    with pytest.raises(SystemExit) as exc:
        main(["info", "--no-such-option"])
    assert exc.value.code == 2


def test_console_script_runs_as_a_module(db: Database, db_path: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "wall_desktop", "--db", str(db_path), "--version"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.startswith("wall-desktop ")
