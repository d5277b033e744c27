"""A 50 MB import: progress is reported and peak memory stays within twice a 5 MB one's.

Each import runs in a child process so its peak resident size (``ru_maxrss``)
is its own; the file is written here, row by row, before the child starts.
"""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

CHILD = r"""
import json, resource, sys
from wall_desktop.app import open_database
from wall_desktop.services.context import Context
from wall_desktop.services.importing import ImportOptions, run_import
from tests.factories import make_programme

db = open_database(sys.argv[2])
make_programme(db)
calls = []
summary = run_import(
    Context(db, "Tester"), "people", sys.argv[1],
    ImportOptions(create_neighbourhoods=True, backup=False),
    progress=lambda done, total: calls.append((done, total)),
)
print(json.dumps({
    "peak_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
    "created": summary.created,
    "progress": len(calls),
    "last": calls[-1] if calls else None,
}))
"""

NOTE = (
    "Mieszkam na osiedlu od dwudziestu lat i chcę, żeby podwórko znów było miejscem "
    "spotkań sąsiadów; zgłaszam się, bo umiem organizować i lubię ludzi. "
)


def write_people(path: Path, target_bytes: int) -> int:
    """Recruitment-form rows with a long motivation text, up to the size wanted."""
    rows = 0
    with path.open("w", encoding="utf-8", newline="") as f:
        out = csv.writer(f, delimiter=";")
        out.writerow(["Imię", "Nazwisko", "E-mail", "Osiedle", "Rok urodzenia", "Uwagi"])
        while f.tell() < target_bytes:
            rows += 1
            out.writerow(
                [
                    f"Łucja{rows}",
                    f"Żółkiewska{rows}",
                    f"osoba{rows}@example.pl",
                    ("Nadodrze", "Księże Małe", "Kozanów")[rows % 3],
                    1950 + rows % 60,
                    NOTE * 16,
                ]
            )
    return rows


def run_child(tmp: Path, size: int) -> dict[str, object]:
    source = tmp / f"people-{size}.csv"
    rows = write_people(source, size)
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(source), str(tmp / f"db-{size}.sqlite")],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).parents[2],
    )
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["created"] == rows
    result["size"] = source.stat().st_size
    return result


@pytest.mark.slow
def test_a_50_mb_file_stays_within_twice_the_memory_of_a_5_mb_one(tmp_path: Path) -> None:
    small = run_child(tmp_path, 5 * 1024 * 1024)
    large = run_child(tmp_path, 50 * 1024 * 1024)
    print(f"\n5 MB: peak {small['peak_kib']} KiB; 50 MB: peak {large['peak_kib']} KiB")
    assert large["progress"] > small["progress"] > 10  # progress shown all along
    last = large["last"]
    assert isinstance(last, list) and last[0] == last[1] == large["size"]
    assert int(large["peak_kib"]) <= 2 * int(small["peak_kib"])  # type: ignore[call-overload]
