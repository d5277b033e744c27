"""Builders of import files for the import tests: xlsx through openpyxl, csv through csv."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from wall_desktop.services.context import Context
from wall_desktop.services.info import summarise

PEOPLE_HEADER = ["Imię", "Nazwisko", "E-mail", "Telefon", "Osiedle", "Płeć", "Data urodzenia"]
PEOPLE_ROWS = [
    ["Żaneta", "Łęcka-Źróbek", "zaneta@example.pl", "600 100 200", "Nadodrze", "K", "05.03.1990"],
    ["Jan", "Kowalski", "jan@example.pl", "600100201", "Nadodrze", "M", "1985-11-30"],
    ["Ola", "Nowak", "", "600 100 202", "Księże Małe", "k", ""],
]


def write_xlsx(path: Path, rows: Sequence[Sequence[Any]], title: str = "Arkusz") -> Path:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = title
    for row in rows:
        ws.append(list(row))
    wb.save(path)
    return path


def write_csv(
    path: Path, rows: Sequence[Sequence[Any]], encoding: str = "utf-8", delimiter: str = ";"
) -> Path:
    with path.open("w", encoding=encoding, newline="") as f:
        csv.writer(f, delimiter=delimiter).writerows(rows)
    return path


def counts(ctx: Context) -> dict[str, int]:
    """Rows of every table, live and soft-deleted."""
    s = summarise(ctx)
    return {k: v + s.deleted.get(k, 0) for k, v in s.counts.items() if k != "database_info"}
