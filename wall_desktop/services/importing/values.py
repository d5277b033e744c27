"""Turning spreadsheet cells into typed values: dates, booleans, genders, roles, hours.

Each parser returns ``None`` for an empty cell and raises ``BadValue`` with a
message for the user when the text cannot mean a value of the field.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from typing import TypeVar

from wall_desktop.db.enums import AttendanceStatus, EnrolmentStatus, Gender, Role, SessionStatus
from wall_desktop.i18n import _
from wall_desktop.text_keys import fold

E = TypeVar("E")


class BadValue(Exception):
    """A cell that cannot be read as its field's type (caught per row, never escapes)."""


class Formula:
    """A cell holding a formula instead of a value."""

    def __init__(self, text: str) -> None:
        self.text = text

    def __str__(self) -> str:
        return self.text


Cell = object

# Excel's day 1 is 1900-01-01; its last valid serial is 9999-12-31.
_EXCEL_EPOCH = dt.date(1899, 12, 30)
_MAX_SERIAL = 2958465
_DMY = re.compile(r"^(\d{1,2})[./-](\d{1,2})[./-](\d{4})(?:\s*r\.?)?$")
_YMD = re.compile(r"^(\d{4})[./-](\d{1,2})[./-](\d{1,2})$")
_TIME = re.compile(r"^(\d{1,2})[:.](\d{2})(?::\d{2})?$")


def is_empty(value: Cell) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def text(value: Cell) -> str | None:
    """A cell as trimmed text; whole numbers lose Excel's ".0" (phone numbers, postal codes)."""
    if isinstance(value, Formula):
        raise BadValue(
            _("the cell holds a formula ({formula}); paste values only").format(
                formula=value.text[:40]
            )
        )
    if is_empty(value):
        return None
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.strftime("%d.%m.%Y") if value.time() == dt.time() else value.isoformat(" ")
    if isinstance(value, dt.date):
        return value.strftime("%d.%m.%Y")
    return " ".join(str(value).split())


def parse_date(value: Cell) -> dt.date | None:
    """A real date, an Excel serial number, or text "05.03.2022" / "2022-03-05"."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if not 1 <= value <= _MAX_SERIAL:
            raise BadValue(_("“{value}” is not a valid date").format(value=value))
        return _EXCEL_EPOCH + dt.timedelta(days=int(value))
    raw = text(value)
    if raw is None:
        return None
    day = month = year = None
    if m := _DMY.match(raw):
        day, month, year = (int(g) for g in m.groups())
    elif m := _YMD.match(raw):
        year, month, day = (int(g) for g in m.groups())
    if year is None or month is None or day is None:
        raise BadValue(_("“{value}” is not a valid date").format(value=raw))
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise BadValue(_("“{value}” is not a valid date").format(value=raw)) from None


def parse_time(value: Cell) -> dt.time | None:
    if isinstance(value, dt.datetime):
        return value.time()
    if isinstance(value, dt.time):
        return value
    if isinstance(value, float) and not isinstance(value, bool) and 0 <= value < 1:
        minutes = round(value * 24 * 60)
        return dt.time(minutes // 60, minutes % 60)
    raw = text(value)
    if raw is None:
        return None
    m = _TIME.match(raw)
    if m and int(m.group(1)) < 24 and int(m.group(2)) < 60:
        return dt.time(int(m.group(1)), int(m.group(2)))
    raise BadValue(_("“{value}” is not a valid time").format(value=raw))


def parse_year(value: Cell) -> int | None:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.year
    raw = text(value)
    if raw is None:
        return None
    if not re.fullmatch(r"\d{4}", raw):
        raise BadValue(_("“{value}” is not a year").format(value=raw))
    return int(raw)


def parse_decimal(value: Cell) -> Decimal | None:
    """Hours: 3, 2.5, "2,5", "2,5 h"; a float from Excel goes through its shortest text."""
    if isinstance(value, bool):
        raise BadValue(_("“{value}” is not a number").format(value=value))
    if isinstance(value, int):
        return _bounded(Decimal(value), value)
    if isinstance(value, float):
        return _bounded(Decimal(repr(value)), value)
    raw = text(value)
    if raw is None:
        return None
    cleaned = raw.lower().replace("godz.", "").replace("h", "").replace(" ", "").replace(",", ".")
    try:
        number = Decimal(cleaned)
    except InvalidOperation:
        raise BadValue(_("“{value}” is not a number").format(value=raw)) from None
    return _bounded(number, raw)


# Larger numbers are no hours or counts, and would overflow decimal arithmetic later.
_LIMIT = Decimal(10) ** 9


def _bounded(number: Decimal, shown: object) -> Decimal:
    if not number.is_finite() or abs(number) >= _LIMIT:
        raise BadValue(_("“{value}” is not a number").format(value=shown))
    return number


def _words(value: Cell) -> str | None:
    raw = text(value)
    return None if raw is None else fold(raw).strip(" .")


_TRUE = {"tak", "t", "x", "1", "yes", "y", "true", "prawda", "✓", "✔", "v", "+"}
_FALSE = {"nie", "n", "0", "no", "false", "falsz", "-", "brak"}


def parse_bool(value: Cell) -> bool | None:
    """ "TAK"/"NIE", "tak", "x", "1", "yes"...; an empty cell is "not given"."""
    if isinstance(value, bool):
        return value
    word = _words(value)
    if word is None:
        return None
    if word in _TRUE:
        return True
    if word in _FALSE:
        return False
    raise BadValue(_("“{value}” is neither yes nor no").format(value=text(value)))


def _lookup(value: Cell, table: dict[str, E], message: str) -> E | None:
    word = _words(value)
    if word is None:
        return None
    if word in table:
        return table[word]
    raise BadValue(message.format(value=text(value)))


_GENDERS = {
    **dict.fromkeys(["k", "kobieta", "f", "female", "woman", "w", "ż", "z"], Gender.WOMAN),
    **dict.fromkeys(["m", "mezczyzna", "male", "man"], Gender.MAN),
    **dict.fromkeys(["inna", "inne", "inny", "other", "o"], Gender.OTHER),
    **dict.fromkeys(
        ["nie podano", "nie chce podawac", "odmowa", "not given", "?", "-"], Gender.NOT_GIVEN
    ),
}


def parse_gender(value: Cell) -> Gender | None:
    return _lookup(value, _GENDERS, _("“{value}” is not a gender (K, M, inna)"))


_ROLES = {
    **dict.fromkeys(["uczestnik", "uczestniczka", "participant", "u"], Role.PARTICIPANT),
    **dict.fromkeys(["lider", "liderka", "leader"], Role.LEADER),
    **dict.fromkeys(["mentor", "mentorka"], Role.MENTOR),
    **dict.fromkeys(["trener", "trenerka", "ekspert", "ekspertka", "trainer"], Role.TRAINER),
    **dict.fromkeys(["personel", "koordynator", "koordynatorka", "staff"], Role.STAFF),
}


def parse_roles(value: Cell) -> tuple[Role, ...]:
    raw = text(value)
    if raw is None:
        return ()
    roles: list[Role] = []
    for part in re.split(r"[,;/+]|\s+i\s+", raw):
        if not part.strip():
            continue
        role = _lookup(part, _ROLES, _("“{value}” is not a role"))
        if role is not None and role not in roles:
            roles.append(role)
    return tuple(roles)


_ENROLMENT = {
    **dict.fromkeys(
        ["kandydat", "kandydatka", "zgloszenie", "candidate"], EnrolmentStatus.CANDIDATE
    ),
    **dict.fromkeys(
        ["przyjety", "przyjeta", "zakwalifikowany", "zakwalifikowana", "accepted"],
        EnrolmentStatus.ACCEPTED,
    ),
    **dict.fromkeys(
        ["rezygnacja", "zrezygnowal", "zrezygnowala", "resigned"], EnrolmentStatus.RESIGNED
    ),
    **dict.fromkeys(["ukonczyl", "ukonczyla", "ukonczone", "completed"], EnrolmentStatus.COMPLETED),
}


def parse_enrolment_status(value: Cell) -> EnrolmentStatus | None:
    return _lookup(value, _ENROLMENT, _("“{value}” is not an enrolment status"))


_SESSION = {
    **dict.fromkeys(["planowane", "planowany", "zaplanowane", "planned"], SessionStatus.PLANNED),
    **dict.fromkeys(["odbyte", "odbylo sie", "zrealizowane", "held", "done"], SessionStatus.HELD),
    **dict.fromkeys(["odwolane", "odwolany", "cancelled", "canceled"], SessionStatus.CANCELLED),
}


def parse_session_status(value: Cell) -> SessionStatus | None:
    return _lookup(value, _SESSION, _("“{value}” is not a session status"))


_ATTENDANCE = {
    **dict.fromkeys(
        ["obecny", "obecna", "ob", "o", "present", "x", "1", "tak", "t", "v", "✓", "+"],
        AttendanceStatus.PRESENT,
    ),
    **dict.fromkeys(
        ["usprawiedliwiony", "usprawiedliwiona", "usp", "u", "excused"], AttendanceStatus.EXCUSED
    ),
    **dict.fromkeys(
        ["nieobecny", "nieobecna", "nb", "n", "absent", "0", "nie", "-"], AttendanceStatus.ABSENT
    ),
}


def parse_attendance_status(value: Cell) -> AttendanceStatus | None:
    return _lookup(value, _ATTENDANCE, _("“{value}” is not an attendance mark"))
