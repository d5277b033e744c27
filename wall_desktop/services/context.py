"""What every service needs: the open database and who is working."""

from __future__ import annotations

from dataclasses import dataclass

from wall_desktop.db.session import Database


@dataclass(frozen=True)
class Context:
    db: Database
    operator: str | None = None
