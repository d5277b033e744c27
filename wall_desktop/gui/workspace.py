"""What the window works on: the open database, who is working, the chosen programme."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from wall_desktop.app import demo_database_path, open_database
from wall_desktop.services import info
from wall_desktop.services.context import Context
from wall_desktop.services.programmes import ProgrammeRow, list_programmes


@dataclass
class Workspace:
    ctx: Context
    programmes: list[ProgrammeRow] = field(default_factory=list)
    programme: ProgrammeRow | None = None
    is_demo: bool = False
    notice: str | None = None  # why it was opened read-only, in the user's words (a lock)

    @property
    def path(self) -> Path | None:
        return self.ctx.db.path

    @property
    def read_only(self) -> bool:
        return self.ctx.db.read_only

    @property
    def operator(self) -> str:
        return self.ctx.operator or ""

    @property
    def programme_id(self) -> int:
        if self.programme is None:
            raise LookupError("no programme is open")
        return self.programme.id

    def refresh_programmes(self, keep: int | None = None) -> None:
        """Re-read the editions; keep the one with id ``keep`` (else the newest)."""
        self.programmes = list_programmes(self.ctx)
        chosen = [p for p in self.programmes if p.id == keep]
        self.programme = chosen[0] if chosen else (self.programmes[-1] if self.programmes else None)

    def with_operator(self, operator: str) -> Workspace:
        ctx = Context(db=self.ctx.db, operator=operator)
        return Workspace(ctx, self.programmes, self.programme, self.is_demo, self.notice)

    def close(self) -> None:
        self.ctx.db.dispose()


def open_workspace(
    target: str | Path | None,
    operator: str,
    *,
    writer: bool | None = None,
    read_only: bool = False,
    accept_damaged: bool = False,
) -> Workspace:
    """Open the database (see ``app.open_database`` for the flags) and read its editions."""
    db = open_database(
        target,
        writer=writer,
        operator=operator,
        read_only=read_only,
        accept_damaged=accept_damaged,
    )
    ctx = Context(db=db, operator=operator)
    try:
        ws = Workspace(ctx, is_demo=info.database_state(ctx).is_demo)
        ws.refresh_programmes()
    except BaseException:
        db.dispose()  # releases the writer lock taken above
        raise
    return ws


def open_demo(operator: str, *, writer: bool | None = None) -> Workspace:
    """The demo database, a file of its own, filled with the demo programme when missing."""
    ws = open_workspace(demo_database_path(), operator, writer=writer)
    if ws.programme is None:
        from wall_desktop.services.demo import fill_demo  # lands with the rules issue

        fill_demo(ws.ctx)
        ws.is_demo = info.database_state(ws.ctx).is_demo
        ws.refresh_programmes()
    return ws
