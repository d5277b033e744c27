"""Programme editions: listing them and choosing the one a command works on."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select

from wall_desktop.db.models import Programme
from wall_desktop.db.search_key import fold
from wall_desktop.i18n import _
from wall_desktop.services.context import Context
from wall_desktop.services.errors import NotFound


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


def list_programmes(ctx: Context) -> list[ProgrammeRow]:
    with ctx.db.read() as s:
        rows = s.execute(select(Programme).order_by(Programme.start_date, Programme.id)).scalars()
        return [_row(p) for p in rows]


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
