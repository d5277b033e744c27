"""The register of exports: each workbook sent out, with when, who, what and its SHA-256.

Staff can later prove what the funder received: ``matching_exports`` finds
the register entries whose checksum equals a file's.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from wall_desktop.db.models import ExportRecord
from wall_desktop.i18n import _
from wall_desktop.services.context import Context
from wall_desktop.services.errors import ValidationError

CHUNK = 1024 * 1024


@dataclass(frozen=True)
class ExportRow:
    id: int
    uuid: str
    programme_id: int | None
    kind: str
    scope: str | None
    file_name: str
    sha256: str
    exported_at: datetime  # UTC, as every time in the database
    operator: str | None


def file_sha256(path: str | os.PathLike[str]) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _row(r: ExportRecord) -> ExportRow:
    return ExportRow(
        r.id,
        str(r.uuid),
        r.programme_id,
        r.kind,
        r.scope,
        r.file_name,
        r.sha256,
        r.created_at,
        r.updated_by,
    )


def record_export(
    ctx: Context,
    path: str | os.PathLike[str],
    *,
    kind: str,
    programme_id: int | None,
    scope: str | None = None,
) -> ExportRow:
    """Register a written file: its full name and the SHA-256 of its bytes as they are now."""
    target = Path(path)
    if not target.is_file():
        raise ValidationError({"file_name": _("The file {path} does not exist").format(path=path)})
    if not kind.strip():
        raise ValidationError({"kind": _("The kind of export is missing")})
    checksum = file_sha256(target)
    with ctx.db.write(ctx.operator) as s:
        row = ExportRecord(
            programme_id=programme_id,
            kind=kind.strip()[:40],
            scope=scope,
            file_name=str(target.resolve())[:500],
            sha256=checksum,
        )
        s.add(row)
        s.flush()
        return _row(row)


def list_exports(ctx: Context, programme_id: int | None = None) -> list[ExportRow]:
    """The register, newest first (of one programme, or all)."""
    query = select(ExportRecord).order_by(ExportRecord.created_at.desc(), ExportRecord.id.desc())
    if programme_id is not None:
        query = query.where(ExportRecord.programme_id == programme_id)
    with ctx.db.read() as s:
        return [_row(r) for r in s.execute(query).scalars()]


def matching_exports(ctx: Context, path: str | os.PathLike[str]) -> list[ExportRow]:
    """Register entries of exactly this file's content (same SHA-256), newest first."""
    checksum = file_sha256(path)
    query = (
        select(ExportRecord)
        .where(ExportRecord.sha256 == checksum)
        .order_by(ExportRecord.created_at.desc(), ExportRecord.id.desc())
    )
    with ctx.db.read() as s:
        return [_row(r) for r in s.execute(query).scalars()]
