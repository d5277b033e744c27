"""The fields each kind of import fills, and matching a file's header row to them.

Headers are compared folded (no case, no Polish letters, punctuation as
spaces): "E-mail", "e-mail", "EMAIL" and "Adres e-mail" all find the e-mail
field.  The user may override any column with a mapping of header text to a
field key (or to nothing, to leave the column out).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from wall_desktop.i18n import N_, _
from wall_desktop.services.importing.errors import ImportMappingError
from wall_desktop.services.importing.values import BadValue, Cell, Formula, parse_date, text
from wall_desktop.text_keys import fold


class Kind(StrEnum):
    PEOPLE = "people"
    SESSIONS = "sessions"
    ATTENDANCE = "attendance"


@dataclass(frozen=True)
class Field:
    key: str
    label: str  # English source; shown through _()
    aliases: tuple[str, ...]


def _f(key: str, label: str, *aliases: str) -> Field:
    return Field(key, label, tuple(normalise(a) for a in aliases))


def normalise(header: str) -> str:
    return " ".join(re.sub(r"[^0-9a-z]+", " ", fold(header)).split())


_PERSON = (
    _f("first_name", N_("First name"), "imię", "imiona", "first name", "firstname", "given name"),
    _f("last_name", N_("Last name"), "nazwisko", "last name", "lastname", "surname", "family name"),
    _f(
        "full_name",
        N_("Full name"),
        "imię i nazwisko",
        "imię nazwisko",
        "full name",
        "name",
        "uczestnik",
        "uczestniczka",
        "uczestnik uczestniczka",
        "participant",
        "osoba",
        "person",
    ),
    _f("full_name_reversed", N_("Last and first name"), "nazwisko i imię", "nazwisko imię"),
    _f("email", N_("E-mail"), "e-mail", "email", "adres e-mail", "mail", "e-mail address"),
)
_PEOPLE = (
    *_PERSON,
    _f(
        "phone",
        N_("Phone"),
        "telefon",
        "tel",
        "nr telefonu",
        "numer telefonu",
        "telefon kontaktowy",
        "phone",
        "phone number",
    ),
    _f("gender", N_("Gender"), "płeć", "gender", "sex"),
    _f("birth_date", N_("Birth date"), "data urodzenia", "birth date", "date of birth", "dob"),
    _f("birth_year", N_("Birth year"), "rok urodzenia", "birth year", "year of birth", "rocznik"),
    _f("pesel", N_("PESEL"), "pesel"),
    _f("postal_code", N_("Postal code"), "kod pocztowy", "postal code", "zip code"),
    _f("neighbourhood", N_("Neighbourhood"), "osiedle", "neighbourhood", "neighborhood", "estate"),
    _f("roles", N_("Roles"), "rola", "role", "roles", "funkcja"),
    _f("status", N_("Enrolment status"), "status", "status zgłoszenia", "enrolment status"),
    _f("applied_on", N_("Application date"), "data zgłoszenia", "application date", "applied on"),
    _f(
        "consent_data",
        N_("Data processing consent"),
        "zgoda rodo",
        "rodo",
        "zgoda na przetwarzanie danych",
        "zgoda na przetwarzanie danych osobowych",
        "data processing consent",
    ),
    _f("consent_image", N_("Image consent"), "zgoda na wizerunek", "wizerunek", "image consent"),
    _f("consent_contact", N_("Contact consent"), "zgoda na kontakt", "contact consent"),
    _f("consent_date", N_("Consent date"), "data zgody", "consent date"),
    _f("guardian_name", N_("Legal guardian"), "opiekun prawny", "opiekun", "legal guardian"),
    _f("notes", N_("Notes"), "uwagi", "notatki", "notes", "komentarz", "comments"),
)
_SESSIONS = (
    _f("neighbourhood", N_("Neighbourhood"), "osiedle", "neighbourhood", "neighborhood", "estate"),
    _f("date", N_("Date"), "data", "date", "data zajęć", "data szkolenia", "dzień", "day"),
    _f(
        "start_time",
        N_("Start time"),
        "od",
        "początek",
        "godzina rozpoczęcia",
        "start",
        "start time",
    ),
    _f("end_time", N_("End time"), "do", "koniec", "godzina zakończenia", "end", "end time"),
    _f("hours", N_("Hours"), "godziny", "liczba godzin", "godz", "hours", "czas trwania"),
    _f("topic", N_("Topic"), "temat", "topic", "tytuł", "szkolenie", "nazwa szkolenia", "warsztat"),
    _f("place", N_("Place"), "miejsce", "place", "lokalizacja", "sala", "venue"),
    _f("status", N_("Status"), "status"),
    _f("trainer", N_("Trainer"), "trener", "trenerka", "prowadzący", "prowadząca", "trainer"),
    _f("notes", N_("Notes"), "uwagi", "notatki", "notes", "komentarz"),
)
_ATTENDANCE = (
    *_PERSON,
    _f("neighbourhood", N_("Neighbourhood"), "osiedle", "neighbourhood", "neighborhood"),
    _f("date", N_("Session date"), "data", "date", "data zajęć", "data szkolenia", "session date"),
    _f("topic", N_("Topic"), "temat", "topic", "szkolenie"),
    _f("status", N_("Attendance"), "obecność", "status", "attendance", "obecny"),
    _f("hours", N_("Hours"), "godziny", "liczba godzin", "godz", "hours"),
)

FIELDS: dict[Kind, tuple[Field, ...]] = {
    Kind.PEOPLE: _PEOPLE,
    Kind.SESSIONS: _SESSIONS,
    Kind.ATTENDANCE: _ATTENDANCE,
}
_NAME_FIELDS = ("first_name", "last_name", "full_name", "full_name_reversed")


def field_label(kind: Kind, key: str) -> str:
    for f in FIELDS[kind]:
        if f.key == key:
            return _(f.label)
    return key


def match_header(kind: Kind, header: Cell) -> str | None:
    """The field a header names: an exact alias, else the longest alias it contains."""
    if header is None or isinstance(header, Formula):
        return None
    name = normalise(str(header))
    if not name:
        return None
    best: tuple[int, str] | None = None
    for f in FIELDS[kind]:
        for alias in f.aliases:
            if name == alias:
                return f.key
            if re.search(rf"(^| ){re.escape(alias)}( |$)", name) and (
                best is None or len(alias) > best[0]
            ):
                best = (len(alias), f.key)
    return best[1] if best else None


@dataclass(frozen=True)
class Column:
    index: int  # 0-based
    header: str
    field: str | None  # None: left out
    session_date: dt.date | None = None  # a date column of an attendance matrix


@dataclass(frozen=True)
class ColumnMap:
    header_row: int
    columns: tuple[Column, ...]

    def field_index(self, key: str) -> int | None:
        for c in self.columns:
            if c.field == key:
                return c.index
        return None

    @property
    def is_matrix(self) -> bool:
        return any(c.session_date is not None for c in self.columns)

    @property
    def width(self) -> int:
        return max((c.index + 1 for c in self.columns if c.header), default=0)


def map_columns(
    kind: Kind,
    header_row: int,
    cells: Sequence[Cell],
    overrides: Mapping[str, str | None] | None = None,
) -> ColumnMap:
    """Columns of the header row with their fields; the first column wins a field."""
    overrides = {normalise(k): v for k, v in (overrides or {}).items()}
    check_overrides(kind, overrides)
    taken: set[str] = set()
    columns: list[Column] = []
    for index, cell in enumerate(cells):
        header = "" if cell is None else (text(cell) if not isinstance(cell, Formula) else "")
        header = header or ""
        norm = normalise(header)
        field = overrides[norm] if norm in overrides else match_header(kind, header)
        session_date = None
        if field is None and kind is Kind.ATTENDANCE and norm not in overrides:
            session_date = _header_date(cell)
        if field is not None and field in taken:
            field = None  # a merged header repeated across columns, or a second copy
        if field is not None:
            taken.add(field)
        columns.append(Column(index, header, field, session_date))
    return ColumnMap(header_row, tuple(columns))


def check_overrides(kind: Kind, overrides: Mapping[str, str | None]) -> None:
    """Refuse a mapping naming a field this kind of import does not have."""
    known = {f.key for f in FIELDS[kind]}
    for value in overrides.values():
        if value is not None and value not in known:
            raise ImportMappingError(
                _("The mapping names an unknown field “{field}”; known fields: {known}").format(
                    field=value, known=", ".join(sorted(known))
                )
            )


def _header_date(cell: Cell) -> dt.date | None:
    if cell is None or isinstance(cell, (int, float)):
        return None  # a bare number in a header is not taken for an Excel serial
    try:
        return parse_date(cell)
    except BadValue:
        return None


def score(kind: Kind, cells: Sequence[Cell], overrides: Mapping[str, str | None] | None) -> int:
    """How much a row looks like the header: the number of distinct fields it names."""
    if not any(c is not None and str(c).strip() for c in cells):
        return 0
    try:
        mapped = map_columns(kind, 0, cells, overrides)
    except ImportMappingError:
        return 0
    fields = {c.field for c in mapped.columns if c.field}
    return len(fields) + (1 if mapped.is_matrix else 0)


def check_required(kind: Kind, columns: ColumnMap) -> None:
    """Refuse a mapping that lacks a field every row needs."""
    has = {c.field for c in columns.columns if c.field}
    missing: list[str] = []
    names_ok = {"first_name", "last_name"} <= has or bool(has & {"full_name", "full_name_reversed"})
    if kind in (Kind.PEOPLE, Kind.ATTENDANCE) and not names_ok:
        missing.append(_("First name") + " + " + _("Last name"))
    if kind is Kind.SESSIONS:
        missing += [field_label(kind, k) for k in ("date", "topic", "hours") if k not in has]
        if "neighbourhood" not in has:
            missing.append(field_label(kind, "neighbourhood"))
    if kind is Kind.ATTENDANCE and "date" not in has and not columns.is_matrix:
        missing.append(_("Session date (a column, or dates across the header)"))
    if missing:
        raise ImportMappingError(
            _("The file has no column for: {fields}. Choose the columns yourself.").format(
                fields=", ".join(missing)
            )
        )


def names_of(kind: Kind) -> tuple[str, ...]:
    return tuple(f.key for f in FIELDS[kind])


NAME_FIELDS = _NAME_FIELDS
