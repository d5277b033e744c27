"""The copy of the database taken before a real import, by the backup service."""

from __future__ import annotations

from pathlib import Path

from wall_desktop.services.backup import make_backup
from wall_desktop.services.context import Context

BACKUP_REASON = "import"


def backup_before_import(ctx: Context) -> Path | None:
    """A verified backup in the usual backup folder; None when the database is not a file."""
    source = ctx.db.path
    if source is None or not source.exists():
        return None
    return make_backup(source, reason=BACKUP_REASON).path
