"""Name search ignores case and Polish letters, through the stored normalised key."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from tests.factories import make_person
from wall_desktop.db.session import Database
from wall_desktop.services.context import Context
from wall_desktop.services.search import find_people
from wall_desktop.text_keys import fold, person_key


@pytest.mark.parametrize("typed", ["żółć", "ŻÓŁĆ", "ZOLC", "zolc", "Żółć", "zoł", "zofia zol"])
def test_polish_name_found_however_typed(ctx: Context, db: Database, typed: str) -> None:
    make_person(db, "Zofia", "Żółć")
    make_person(db, "Jan", "Kowalski")
    hits = find_people(ctx, typed)
    assert [(h.first_name, h.last_name) for h in hits] == [("Zofia", "Żółć")]


def test_fold_handles_every_polish_letter() -> None:
    assert fold("Ąą Ćć Ęę Łł Ńń Óó Śś Źź Żż") == "aa cc ee ll nn oo ss zz zz"


def test_key_is_updated_when_the_name_changes(ctx: Context, db: Database) -> None:
    from wall_desktop.db.models import Person

    pid = make_person(db, "Łucja", "Świątek")
    with db.write("T") as s:
        s.get_one(Person, pid).last_name = "Źdźbło"
    assert find_people(ctx, "swiatek") == []
    assert [h.id for h in find_people(ctx, "zdzblo")] == [pid]
    assert person_key("Łucja", "Źdźbło") == "zdzblo lucja"


def test_wildcards_typed_by_the_user_are_literal(ctx: Context, db: Database) -> None:
    make_person(db, "Anna", "Nowak")
    assert find_people(ctx, "%") == []
    assert find_people(ctx, "_") == []


def test_search_key_is_indexed(db: Database) -> None:
    with db.engine.connect() as conn:
        plan = conn.exec_driver_sql(
            "EXPLAIN QUERY PLAN SELECT id FROM person "
            "WHERE search_key >= 'now' AND search_key < 'nox'"
        ).all()
        indexes = conn.execute(text("PRAGMA index_list(person)")).all()
    assert any("ix_person_search_key" in str(row) for row in plan)
    assert any(row[1] == "ix_person_search_key" for row in indexes)


def test_no_typed_character_is_a_pattern(ctx: Context, db: Database) -> None:
    make_person(db, "Anna", "Nowak")
    for typed in ("*", "?", "[a]*", "n*", "%", "_owak"):
        assert find_people(ctx, typed) == [], typed


def test_a_first_name_or_the_second_half_of_a_surname_is_found(ctx: Context, db: Database) -> None:
    jelen = make_person(db, "Ewa", "Nowak-Jeleń")
    make_person(db, "Jan", "Kowalski")
    assert [h.id for h in find_people(ctx, "jelen")] == [jelen]
    assert [h.id for h in find_people(ctx, "ewa")] == [jelen]
    assert [h.id for h in find_people(ctx, "nowak-jel")] == [jelen]
    assert find_people(ctx, "owak") == []  # inside a word is not a word's start


def test_hits_come_in_polish_order(ctx: Context, db: Database) -> None:
    for last in ("Żak", "Zając", "Źdźbło"):
        make_person(db, "Ola", last)
    assert [h.last_name for h in find_people(ctx, "ola")] == ["Zając", "Źdźbło", "Żak"]


def _words_of(db: Database, pid: int) -> list[str]:
    with db.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT word FROM person_word WHERE person_id = ? ORDER BY word", (pid,)
        ).all()
    return [r[0] for r in rows]


def test_the_word_table_follows_each_name(ctx: Context, db: Database) -> None:
    from wall_desktop.db.models import Person

    pid = make_person(db, "Anna Maria", "Nowak-Jeleń")
    assert _words_of(db, pid) == ["anna", "jelen", "maria", "nowak"]
    with db.write("T") as s:
        s.get_one(Person, pid).last_name = "Żółć"
    assert _words_of(db, pid) == ["anna", "maria", "zolc"]
    with db.write("T") as s:  # an edit that leaves the name alone rewrites nothing
        s.get_one(Person, pid).notes = "x"
    assert _words_of(db, pid) == ["anna", "maria", "zolc"]
    with db.write("T", allow_hard_delete=True) as s:  # erased for good: the words go too
        s.delete(s.get_one(Person, pid))
    assert _words_of(db, pid) == []


@pytest.mark.parametrize(
    "typed",
    [
        "n",
        "now",
        "nowak-j",
        "jel",
        "ewa",
        "ewa now",
        "now ewa",
        "zol",
        "ż",
        "an ma",
        "owak",
        "-",
        "x",
    ],
)
def test_the_word_index_selects_what_the_name_filter_selects(
    ctx: Context, db: Database, typed: str
) -> None:
    from sqlalchemy import select

    from wall_desktop.db.models import Person
    from wall_desktop.services.search import name_filter, people_with_words

    for first, last in [
        ("Ewa", "Nowak-Jeleń"),
        ("Ewa", "Nowakowska"),
        ("Anna Maria", "Żółć"),
        ("Jan", "Kowalski"),
        ("Zofia", "Nowak"),
        ("Anna", "Annowicz"),
    ]:
        make_person(db, first, last)
    words = people_with_words(typed)
    with db.read() as s:
        expected = set(s.scalars(select(Person.id).where(*name_filter(typed))))
        found = set(s.scalars(words)) if words is not None else None
    if words is None:  # nothing a name could match was typed: no filter at all
        assert name_filter(typed) == []
    else:
        assert found == expected
