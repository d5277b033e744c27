"""A reproducible large database: a city-wide operator after ten editions.

At scale 1: 100,000 people, 10 programmes of 50 neighbourhoods (500), 100
sessions per neighbourhood (50,000), 25 trainees per neighbourhood marked at
every held session (1,000,000 marks), 20 projects per neighbourhood
(10,000) with 10 expenses each (100,000).  The newest programme, the one the
window opens, enrols every person (a city-wide recruitment: most are
candidates waiting, some resigned, a few on the staff), so the People tab
and the funder's workbook work on 100,000 rows; the nine older editions
enrol 25 alumni per neighbourhood each.  Certificates are issued through
the real service in the oldest edition.

The schema comes from the migrations (``open_database``); rows are then
written with the raw ``sqlite3`` connection in large transactions, with
every NOT NULL column filled the way the ORM would (uuid, row_version,
change_seq, times, the folded search and Polish sort keys, money and hours in hundredths).
The file is cached under ``bench/.cache/`` keyed by the generator version
and the scale.

    .venv/bin/python -m bench.generate [--scale 0.01] [--force]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sqlite3
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench import names
from bench.names import words
from wall_desktop.text_keys import key_words, person_key, person_sort_key

GENERATOR_VERSION = 6  # 3: person.sort_key (Polish order); 5: schema 0004; 6: person_word
CACHE = Path(__file__).resolve().parent / ".cache"
SEED = 20240611
OPERATOR = "bench"
CREATED = "2024-01-15 09:00:00.000000"

PROGRAMMES = 10
SESSIONS_PER_HOOD = 100
HELD_PER_HOOD = 80  # every trainee has a mark at each: 25 x 80 x 500 = 1,000,000
PLANNED_PER_HOOD = 12  # only in the newest edition; the rest of the 100 are cancelled
TRAINEES_PER_HOOD = 25
PROJECTS_PER_HOOD = 20
EXPENSES_PER_PROJECT = 10


@dataclass(frozen=True)
class Sizes:
    people: int
    hoods: int  # a multiple of PROGRAMMES

    @property
    def hoods_per_programme(self) -> int:
        return self.hoods // PROGRAMMES

    @classmethod
    def at(cls, scale: float) -> Sizes:
        hoods = max(PROGRAMMES, round(500 * scale / PROGRAMMES) * PROGRAMMES)
        people = max(round(100_000 * scale), hoods * TRAINEES_PER_HOOD * 2)
        return cls(people=people, hoods=hoods)


def cache_path(scale: float) -> Path:
    return CACHE / f"large-v{GENERATOR_VERSION}-scale{scale:g}.sqlite"


def database(scale: float = 1.0, *, force: bool = False, quiet: bool = False) -> Path:
    """The cached large database for ``scale`` (made on first use or with ``force``)."""
    path = cache_path(scale)
    if path.exists() and not force:
        return path
    CACHE.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.stem + ".building.sqlite")
    for stale in (tmp, *(Path(f"{tmp}{s}") for s in ("-wal", "-shm"))):
        stale.unlink(missing_ok=True)
    started = time.perf_counter()
    build(tmp, Sizes.at(scale), quiet=quiet)
    os.replace(tmp, path)
    Path(f"{tmp}.lock").unlink(missing_ok=True)  # the writer lock of the build
    if not quiet:
        print(f"generated {path} in {time.perf_counter() - started:.1f} s")
    return path


# --- rows ---------------------------------------------------------------------------


class Writer:
    """Bulk inserts with the audit columns every table carries."""

    AUDIT = ("uuid", "row_version", "change_seq", "created_at", "updated_at", "updated_by")

    def __init__(self, conn: sqlite3.Connection, rng: random.Random) -> None:
        self.conn = conn
        self.rng = rng
        self.next_id: dict[str, int] = {}

    def uuid(self) -> str:
        # A version-4 UUID from the seeded generator, stored as SQLAlchemy's Uuid does (hex).
        n = self.rng.getrandbits(128)
        n = (n & ~(0xF000 << 64)) | (0x4000 << 64)
        n = (n & ~(0xC000 << 48)) | (0x8000 << 48)
        return f"{n:032x}"

    def insert(
        self, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]
    ) -> list[int]:
        """Insert ``rows`` (values for ``columns``); returns the ids given, in order."""
        first = self.next_id.get(table) or self._first_id(table)
        ids: list[int] = []
        audit = (1, 1, CREATED, CREATED, OPERATOR)

        def full() -> Iterator[tuple[Any, ...]]:
            for row in rows:
                ids.append(first + len(ids))
                yield (ids[-1], *row, self.uuid(), *audit)

        cols = ("id", *columns, *self.AUDIT)
        marks = ", ".join("?" * len(cols))
        self.conn.executemany(f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({marks})", full())
        self.next_id[table] = first + len(ids)
        return ids

    def _first_id(self, table: str) -> int:
        (last,) = self.conn.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()
        return int(last) + 1


def _day(start: dt.date, days: int) -> str:
    return (start + dt.timedelta(days=days)).isoformat()


def build(path: Path, sizes: Sizes, *, quiet: bool = True) -> None:
    from wall_desktop.app import open_database

    db = open_database(path, operator=OPERATOR)  # the schema, through the migrations
    db.dispose()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=OFF")  # a generated cache file: speed over durability
    conn.execute("PRAGMA cache_size=-200000")
    rng = random.Random(SEED)
    w = Writer(conn, rng)
    step = _Stepper(quiet)
    conn.execute("BEGIN")
    programmes = _programmes(w)
    hoods = _hoods(w, programmes, sizes)
    step("programmes and neighbourhoods")
    people = _people(w, sizes)
    step(f"{len(people)} people")
    trainees = _enrolments(w, programmes, hoods, people, sizes)
    step("enrolments and roles")
    _consents(w, people, programmes[-1])
    step("consents")
    _sessions_and_marks(w, programmes, hoods, trainees)
    step("sessions and attendance")
    _projects(w, programmes, hoods, trainees)
    step("projects, budget lines and expenses")
    conn.execute("UPDATE database_info SET change_seq = 1 WHERE id = 1")
    conn.execute("COMMIT")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    _issue_certificates(path, programmes[0])
    step("certificates (through the service)")


class _Stepper:
    def __init__(self, quiet: bool) -> None:
        self.quiet = quiet
        self.last = time.perf_counter()

    def __call__(self, what: str) -> None:
        now = time.perf_counter()
        if not self.quiet:
            print(f"  {what}: {now - self.last:.1f} s", flush=True)
        self.last = now


# --- the tables ---------------------------------------------------------------------

START = dt.date(2015, 2, 1)


def _programme_start(k: int) -> dt.date:
    return dt.date(START.year + k, 2, 1)


def _programmes(w: Writer) -> list[int]:
    cols = words(
        "name funder funding_programme agreement_number start_date end_date default_grant "
        "nominal_hours certificate_threshold minor_age certificate_pattern place "
        "coordinator_name"
    )
    rows = []
    for k in range(PROGRAMMES):
        start = _programme_start(k)
        rows.append(
            (
                f"Miejska Akademia Liderów {start.year}–{start.year + 1}",
                "Fundusz Obywatelski Miasta",
                "Aktywne Sąsiedztwa",
                f"FOM/{start.year}/{k + 1:03d}",
                start.isoformat(),
                dt.date(start.year + 1, 9, 30).isoformat(),
                400000,
                48000,
                8000,
                18,
                "MAL/{year}/{number:05d}",
                "Łódź",
                "Małgorzata Żółkiewska",
            )
        )
    return w.insert("programme", cols, rows)


STREETS = words(
    "Bałuty Widzew Górna Polesie Śródmieście Retkinia Teofilów Chojny Żubardź "
    "Radogoszcz Stoki Olechów Janów Złotno Karolew Koziny Dąbrowa Księży Młyn "
    "Nowosolna Łagiewniki"
)


def _hoods(w: Writer, programmes: list[int], sizes: Sizes) -> dict[int, list[int]]:
    cols = ["programme_id", "name", "recruitment_status", "cycle_start", "cycle_end"]
    by_programme: dict[int, list[int]] = {}
    for k, pid in enumerate(programmes):
        start = _programme_start(k)
        rows = [
            (
                pid,
                f"Osiedle {STREETS[i % len(STREETS)]} {i // len(STREETS) + 1}",
                "closed",
                _day(start, 14),
                _day(start, 14 + 7 * SESSIONS_PER_HOOD // 2),
            )
            for i in range(sizes.hoods_per_programme)
        ]
        by_programme[pid] = w.insert("neighbourhood", cols, rows)
    return by_programme


def _people(w: Writer, sizes: Sizes) -> list[int]:
    rng = w.rng
    cols = words(
        "first_name last_name search_key sort_key gender birth_date birth_year email phone"
    )
    rows = []
    for i in range(sizes.people):
        woman = rng.random() < 0.55
        first = rng.choice(names.WOMEN if woman else names.MEN)
        last = rng.choice(names.ADJECTIVAL if rng.random() < 0.5 else names.PLAIN)
        if woman:
            last = names.feminine(last)
        if rng.random() < 0.03:  # double-barrelled surnames
            other = rng.choice(names.PLAIN)
            last = f"{last}-{names.feminine(other) if woman else other}"
        year = rng.randint(1945, 2010)
        born = dt.date(year, rng.randint(1, 12), rng.randint(1, 28))
        kind = rng.random()
        birth_date = born.isoformat() if kind < 0.7 else None
        birth_year = year if 0.7 <= kind < 0.9 else None
        email = f"osoba{i}@poczta.example.pl" if rng.random() < 0.6 else None
        phone = f"+48 {rng.randint(500, 899)} {rng.randint(100, 999)} {i % 1000:03d}"
        gender = "woman" if woman else "man"
        keys = (person_key(first, last), person_sort_key(first, last))
        rows.append((first, last, *keys, gender, birth_date, birth_year, email, phone))
    ids = w.insert("person", cols, rows)
    # the words of each key, as the flush hook writes them (services/search.people_with_words)
    w.conn.executemany(
        "INSERT INTO person_word (person_id, word) VALUES (?, ?)",
        ((pid, word) for pid, row in zip(ids, rows, strict=True) for word in key_words(row[2])),
    )
    return ids


def _enrolments(
    w: Writer,
    programmes: list[int],
    hoods: dict[int, list[int]],
    people: list[int],
    sizes: Sizes,
) -> dict[int, list[int]]:
    """Enrolments and roles; returns each neighbourhood's trainees (person ids)."""
    rng = w.rng
    newest = programmes[-1]
    shuffled = people[:]
    rng.shuffle(shuffled)
    enrol_cols = ["person_id", "programme_id", "neighbourhood_id", "status", "applied_on"]
    trainees: dict[int, list[int]] = {}
    enrol_rows: list[tuple[Any, ...]] = []
    roles: list[tuple[int, str]] = []  # (index into enrol_rows, role)

    def add(person: int, pid: int, hood: int, status: str, on: str, *role: str) -> None:
        for r in role:
            roles.append((len(enrol_rows), r))
        enrol_rows.append((person, pid, hood, status, on))

    # Older editions: 25 alumni per neighbourhood, each person in at most one of them.
    alumni = iter(shuffled)
    for k, pid in enumerate(programmes[:-1]):
        on = _day(_programme_start(k), -20)
        for hood in hoods[pid]:
            group = [next(alumni) for _ in range(TRAINEES_PER_HOOD)]
            trainees[hood] = group
            for n, person in enumerate(group):
                status = "resigned" if n == 0 else "completed"
                extra = ("leader",) if n in (1, 2) else ()
                add(person, pid, hood, status, on, "participant", *extra)
    # The newest edition: everyone, spread over its neighbourhoods.
    on = _day(_programme_start(PROGRAMMES - 1), -20)
    new_hoods = hoods[newest]
    for n, person in enumerate(shuffled):
        hood = new_hoods[n % len(new_hoods)]
        group = trainees.setdefault(hood, [])
        if len(group) < TRAINEES_PER_HOOD:
            group.append(person)
            status = "resigned" if len(group) == 1 else "accepted"
            extra = ("leader",) if len(group) in (2, 3) else ()
            add(person, newest, hood, status, on, "participant", *extra)
            continue
        # The rest of the city's applicants: not in the training cycle (a handful who
        # resigned do show in the grid, without marks).
        draw = rng.random()
        if draw < 0.97:
            add(person, newest, hood, "candidate", on)  # applied, role not decided yet
        elif draw < 0.973:
            add(person, newest, hood, "resigned", on, "participant")
        else:
            add(person, newest, hood, "accepted", on, rng.choice(("mentor", "trainer", "staff")))
    ids = w.insert("enrolment", enrol_cols, enrol_rows)
    w.insert("enrolment_role", ("enrolment_id", "role"), ((ids[i], r) for i, r in roles))
    return trainees


def _consents(w: Writer, people: list[int], newest: int) -> None:
    rng = w.rng
    cols = ["person_id", "programme_id", "kind", "given_on", "withdrawn_on"]
    rows = []
    for person in people:
        if rng.random() < 0.6:
            withdrawn = "2024-12-01" if rng.random() < 0.02 else None
            rows.append((person, newest, "data_processing", "2024-01-20", withdrawn))
            if rng.random() < 0.5:
                rows.append((person, newest, "image", "2024-01-20", None))
    w.insert("consent", cols, rows)


TOPICS = (
    "Lider lokalny – rola i kompetencje",
    "Diagnoza potrzeb osiedla",
    "Komunikacja i współpraca z mieszkańcami",
    "Planowanie działań i budżet",
    "Pozyskiwanie środków i rozliczenia",
    "Rozwiązywanie konfliktów",
    "Współpraca z samorządem",
    "Ewaluacja i dobre praktyki",
)


def _sessions_and_marks(
    w: Writer, programmes: list[int], hoods: dict[int, list[int]], trainees: dict[int, list[int]]
) -> None:
    rng = w.rng
    newest = programmes[-1]
    s_cols = words("neighbourhood_id date start_time end_time hours topic place status")
    a_cols = ("session_id", "person_id", "status", "hours")
    for k, pid in enumerate(programmes):
        start = _programme_start(k)
        for hood in hoods[pid]:
            rows = []
            for n in range(SESSIONS_PER_HOOD):
                if n < HELD_PER_HOOD:
                    status = "held"
                elif pid == newest and n < HELD_PER_HOOD + PLANNED_PER_HOOD:
                    status = "planned"
                else:
                    status = "cancelled"
                hours = 600 if n % 4 else 400
                rows.append(
                    (
                        hood,
                        _day(start, 14 + 3 * n + (n % 3)),
                        "10:00:00.000000",
                        "16:00:00.000000" if hours == 600 else "14:00:00.000000",
                        hours,
                        TOPICS[n % len(TOPICS)],
                        "Dom Kultury, ul. Piotrkowska 12",
                        status,
                    )
                )
            sessions = w.insert("training_session", s_cols, rows)
            held = [(sid, r[4]) for sid, r in zip(sessions, rows, strict=True) if r[7] == "held"]
            marks = []
            for person in trainees[hood]:
                # most come steadily; some miss a third of the sessions (not eligible)
                absent = 0.04 if rng.random() < 0.92 else 0.35
                for sid, hours in held:
                    draw = rng.random()
                    if draw < absent:
                        marks.append((sid, person, "absent" if draw < absent / 2 else "excused", 0))
                    else:
                        part = hours if rng.random() < 0.95 else hours - 100
                        marks.append((sid, person, "present", part))
            w.insert("attendance", a_cols, marks)


PROJECT_TITLES = (
    "Zielone podwórko",
    "Sąsiedzka biblioteczka",
    "Ławki i donice przy bloku",
    "Piknik integracyjny",
    "Warsztaty dla seniorów",
    "Mural na garażach",
    "Kącik zabaw dla dzieci",
    "Festyn osiedlowy",
)
VENDORS = ("Castorama Polska", "Ogrodnik Łódź s.c.", "Drukarnia Żak", "PHU Świątek", "Biedronka")


def _projects(
    w: Writer, programmes: list[int], hoods: dict[int, list[int]], trainees: dict[int, list[int]]
) -> None:
    rng = w.rng
    p_cols = words("neighbourhood_id title status start_date end_date grant_amount beneficiaries")
    line_cols = words(
        "programme_id project_id category funding_source planned in_kind_hours in_kind_rate"
    )
    e_cols = words(
        "budget_line_id date document_number document_kind vendor description amount "
        "payment_date payment_method"
    )
    newest = programmes[-1]
    for k, pid in enumerate(programmes):
        start = _programme_start(k)
        w.insert(
            "budget_line",
            line_cols,
            [
                (pid, None, "Szkolenia", "grant", 12000000, None, None),
                (pid, None, "Koordynacja", "grant", 6000000, None, None),
                (pid, None, "Wolontariat", "own_in_kind", 1500000, 5000, 3000),
            ],
        )
        project_rows = []
        for hood in hoods[pid]:
            for n in range(PROJECTS_PER_HOOD):
                status = (
                    rng.choice(("planned", "in_progress", "completed"))
                    if pid == newest
                    else "settled"
                )
                project_rows.append(
                    (
                        hood,
                        f"{PROJECT_TITLES[n % len(PROJECT_TITLES)]} {n + 1}",
                        status,
                        _day(start, 120 + n),
                        _day(start, 300 + n),
                        400000,
                        rng.randint(20, 400),
                    )
                )
        projects = w.insert("project", p_cols, project_rows)
        project_hood = [row[0] for row in project_rows]
        members = []
        for project, hood in zip(projects, project_hood, strict=True):
            team = trainees[hood]
            for person in rng.sample(team, 2):
                members.append((project, person, "koordynacja"))
        w.insert("project_member", ("project_id", "person_id", "task"), members)
        lines = w.insert(
            "budget_line",
            line_cols,
            (
                row
                for project in projects
                for row in (
                    (pid, project, "Materiały", "grant", 250000, None, None),
                    (pid, project, "Usługi", "grant", 150000, None, None),
                    (pid, project, "Wkład własny", "own_in_kind", 60000, 2000, 3000),
                )
            ),
        )
        expenses = []
        for n, line in enumerate(lines):
            if n % 3 == 2:
                continue  # in-kind lines have time sheets, not invoices
            share = EXPENSES_PER_PROJECT // 2
            for e in range(share):
                day = _day(start, 130 + e * 7)
                expenses.append(
                    (
                        line,
                        day,
                        f"FV/{start.year}/{n:05d}/{e + 1}",
                        "invoice" if e % 3 else "receipt",
                        rng.choice(VENDORS),
                        "Zakup materiałów do projektu",
                        rng.randint(1000, (250000 if n % 3 == 0 else 150000) // share),
                        day,
                        "transfer" if e % 2 else "card",
                    )
                )
        w.insert("expense", e_cols, expenses)


def _issue_certificates(path: Path, programme_id: int) -> None:
    from wall_desktop.app import open_database
    from wall_desktop.services.certificates import issue_certificates
    from wall_desktop.services.context import Context

    db = open_database(path, operator=OPERATOR)
    ctx = Context(db, OPERATOR)
    try:
        _create_signing_key(ctx, programme_id)
        issue_certificates(ctx, programme_id, issue_date=dt.date(2016, 10, 15))
    finally:
        db.dispose()


def _create_signing_key(ctx: Any, programme_id: int) -> None:
    """The office step before issuing, where the tree has it (an explicit signing key)."""
    try:
        from wall_desktop.services.certificate_keys import create_signing_key
    except ImportError:  # a tree whose issuing makes the key itself
        return
    create_signing_key(ctx, programme_id)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.generate", description=__doc__)
    parser.add_argument("--scale", type=float, default=1.0, help="1 = 100,000 people")
    parser.add_argument("--force", action="store_true", help="rebuild even when cached")
    args = parser.parse_args(argv)
    print(database(args.scale, force=args.force))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
