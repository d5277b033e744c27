"""A copy of the database before a real import, through SQLite's online backup API.

Kept small so it can be switched over to the backup service once that exists.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import datetime
from pathlib import Path

from wall_desktop.i18n import _
from wall_desktop.services.context import Context
from wall_desktop.services.errors import StorageError


def backup_before_import(ctx: Context) -> Path | None:
    """``NAME.before-import-YYYYmmdd-HHMMSS.sqlite`` beside the database; None if not SQLite."""
    source = ctx.db.path
    if source is None or not source.exists():
        return None
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = source.with_name(f"{source.stem}.before-import-{stamp}.sqlite")
    try:
        with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(target)) as dst:
            src.backup(dst)
    except sqlite3.Error as exc:
        target.unlink(missing_ok=True)
        raise StorageError(
            _("The backup before the import failed: {error}").format(error=exc)
        ) from exc
    return target
