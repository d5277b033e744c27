"""Programme editions: listing, choosing, creating and editing them."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from wall_desktop.db.models import Programme
from wall_desktop.db.models.programme import DEFAULT_CERTIFICATE_PATTERN
from wall_desktop.i18n import _
from wall_desktop.services import validation as v
from wall_desktop.services.context import Context
from wall_desktop.services.errors import Conflict, NotFound
from wall_desktop.services.validation import Checker
from wall_desktop.text_keys import fold


@dataclass(frozen=True)
class ProgrammeRow:
    id: int
    name: str
    funder: str | None
    start_date: date
    end_date: date
    nominal_hours: Decimal
    certificate_threshold: Decimal
    default_grant: Decimal


def _row(p: Programme) -> ProgrammeRow:
    return ProgrammeRow(
        p.id,
        p.name,
        p.funder,
        p.start_date,
        p.end_date,
        p.nominal_hours,
        p.certificate_threshold,
        p.default_grant,
    )


_PROGRAMME = Programme.__table__.c
_ROW_COLUMNS = [getattr(_PROGRAMME, f.name) for f in fields(ProgrammeRow)]


def list_programmes(ctx: Context) -> list[ProgrammeRow]:
    # Core on the table: start-up runs this before any ORM query (see list_neighbourhoods)
    query = (
        select(*_ROW_COLUMNS)
        .where(_PROGRAMME.deleted_at.is_(None))
        .order_by(_PROGRAMME.start_date, _PROGRAMME.id)
    )
    with ctx.db.read_core() as conn:
        return [ProgrammeRow(*row) for row in conn.execute(query)]


def choose_programme(ctx: Context, ref: str | None = None) -> ProgrammeRow:
    """``ref`` is an id or a name (case and Polish letters ignored); default the newest."""
    programmes = list_programmes(ctx)
    if not programmes:
        raise NotFound(_("The database has no programme yet"))
    if ref is None or not ref.strip():
        return programmes[-1]
    text = ref.strip()
    for p in programmes:
        if text.isdigit() and p.id == int(text):
            return p
    wanted = fold(text)
    matches = [p for p in programmes if fold(p.name) == wanted] or [
        p for p in programmes if wanted in fold(p.name)
    ]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise NotFound(_("No programme called “{name}”").format(name=text))
    raise NotFound(_("“{name}” matches several programmes; give its id").format(name=text))


@dataclass(frozen=True)
class ProgrammeInput:
    """Every column of a programme that a form edits (the signing keys are not edited)."""

    name: str
    start_date: date
    end_date: date
    funder: str | None = None
    funding_programme: str | None = None
    agreement_number: str | None = None
    default_grant: Decimal = Decimal("4000.00")
    nominal_hours: Decimal = Decimal("60")
    certificate_threshold: Decimal = Decimal("80")
    minor_age: int = 18
    certificate_pattern: str = DEFAULT_CERTIFICATE_PATTERN
    place: str | None = None
    coordinator_name: str | None = None
    data_controller: str | None = None
    data_purpose: str | None = None
    notes: str | None = None


@dataclass(frozen=True)
class ProgrammeDetail:
    id: int
    row_version: int
    data: ProgrammeInput


_TEXT_LIMITS = {
    "name": 200,
    "funder": 200,
    "funding_programme": 200,
    "agreement_number": 100,
    "place": 100,
    "coordinator_name": 200,
    "certificate_pattern": 100,
}


def _labels() -> dict[str, str]:
    return {
        "name": _("Name"),
        "funder": _("Funder"),
        "funding_programme": _("Funding programme"),
        "agreement_number": _("Agreement number"),
        "place": _("Place"),
        "coordinator_name": _("Coordinator"),
        "certificate_pattern": _("Certificate number pattern"),
        "start_date": _("Start date"),
        "end_date": _("End date"),
        "default_grant": _("Grant per project"),
        "nominal_hours": _("Nominal hours"),
        "certificate_threshold": _("Certificate threshold"),
        "minor_age": _("Age of majority"),
    }


def check_programme(data: ProgrammeInput) -> None:
    """Every problem of the input at once, as one ``ValidationError``."""
    labels = _labels()
    c = Checker()
    c.add("name", v.required(data.name, labels["name"]))
    for field, limit in _TEXT_LIMITS.items():
        c.add(field, v.max_length(_clean(getattr(data, field)), limit, labels[field]))
    c.add("start_date", v.required(data.start_date, labels["start_date"]))
    c.add("end_date", v.required(data.end_date, labels["end_date"]))
    c.add("end_date", v.date_order(data.start_date, data.end_date))
    for field, extra in (
        ("default_grant", v.non_negative),
        ("nominal_hours", v.positive),
        ("certificate_threshold", v.percent),
    ):
        value = getattr(data, field)
        if not isinstance(value, Decimal):
            c.add(field, _("{field} must be a number").format(field=labels[field]))
            continue
        c.add(field, v.decimal_places(value, labels[field]))
        c.add(field, extra(value, labels[field]))
    if not 1 <= data.minor_age <= 30:
        c.add("minor_age", _("{field} must be between 1 and 30").format(field=labels["minor_age"]))
    c.add("certificate_pattern", v.certificate_pattern(data.certificate_pattern))
    c.raise_if_any()


def _clean(value: str | None) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def _apply(row: Programme, data: ProgrammeInput) -> None:
    for f in fields(ProgrammeInput):
        value = getattr(data, f.name)
        setattr(row, f.name, _clean(value) if isinstance(value, str) else value)
    row.certificate_pattern = data.certificate_pattern.strip()


def _detail(row: Programme) -> ProgrammeDetail:
    data = ProgrammeInput(**{f.name: getattr(row, f.name) for f in fields(ProgrammeInput)})
    return ProgrammeDetail(row.id, row.row_version, data)


def _load(s: Session, programme_id: int) -> Programme:
    row = s.execute(select(Programme).where(Programme.id == programme_id)).scalar_one_or_none()
    if row is None:
        raise NotFound(_("The programme no longer exists"))
    return row


def get_programme(ctx: Context, programme_id: int) -> ProgrammeDetail:
    with ctx.db.read() as s:
        return _detail(_load(s, programme_id))


def create_programme(ctx: Context, data: ProgrammeInput) -> ProgrammeDetail:
    check_programme(data)
    with ctx.db.write(ctx.operator) as s:
        row = Programme()
        _apply(row, data)
        s.add(row)
        s.flush()
        return _detail(row)


def update_programme(
    ctx: Context, programme_id: int, data: ProgrammeInput, *, expected_version: int | None = None
) -> ProgrammeDetail:
    """``expected_version`` (the ``row_version`` the form was filled from) guards lost updates."""
    check_programme(data)
    with ctx.db.write(ctx.operator) as s:
        row = _load(s, programme_id)
        if expected_version is not None and row.row_version != expected_version:
            raise Conflict(_("Someone else changed this programme; reopen it and try again"))
        _apply(row, data)
        s.flush()
        return _detail(row)
