"""Migration 0003 fills ``person.sort_key`` for the people already stored."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from wall_desktop.db.engine import make_engine, resolve_url
from wall_desktop.db.migrate import upgrade
from wall_desktop.text_keys import person_sort_key

PEOPLE = [("Łucja", "Żak"), ("Adam", "Lis"), ("Ewa", "Nowak-Jeleń"), ("Zofia", "Źdźbło")]


def test_0002_to_0003_fills_the_sort_key_of_existing_people(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    engine = make_engine(resolve_url(path))
    upgrade(engine, "0002")
    con = sqlite3.connect(path)
    for n, (first, last) in enumerate(PEOPLE):
        con.execute(
            "INSERT INTO person (first_name, last_name, search_key, gender, uuid, row_version, "
            "change_seq, created_at, updated_at) VALUES (?, ?, '', 'not_given', ?, 1, 1, "
            "'2022-02-01 10:00:00', '2022-02-01 10:00:00')",
            (first, last, f"{n:032x}"),
        )
    con.commit()
    con.close()
    upgrade(engine, "0003", backup_dir=tmp_path)
    engine.dispose()
    con = sqlite3.connect(path)
    stored = con.execute("SELECT first_name, last_name, sort_key FROM person").fetchall()
    by_key = [last for _f, last, _k in sorted(stored, key=lambda r: r[2])]
    con.close()
    assert {(f, la): k for f, la, k in stored} == {
        (f, la): person_sort_key(f, la) for f, la in PEOPLE
    }
    assert by_key == ["Lis", "Nowak-Jeleń", "Źdźbło", "Żak"]
