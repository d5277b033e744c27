"""What an import will do or did: options in, per-row outcomes and a summary out."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from wall_desktop.i18n import _
from wall_desktop.services.importing.fields import Column, Kind
from wall_desktop.services.importing.reading import Detection

# Rows kept in a preview for display; the counts always cover every row.
MAX_ROWS_KEPT = 5000


class Outcome(StrEnum):
    NEW = "new"
    UPDATE = "update"
    DUPLICATE = "duplicate"
    ERROR = "error"


class OnDuplicate(StrEnum):
    SKIP = "skip"
    UPDATE = "update"


@dataclass(frozen=True)
class ImportOptions:
    """Everything the user chose; ``decisions`` overrides ``on_duplicate`` per source row."""

    sheet: str | None = None
    encoding: str | None = None
    delimiter: str | None = None
    mapping: Mapping[str, str | None] = field(default_factory=dict)
    programme: str | None = None  # id or name; default the newest
    on_duplicate: OnDuplicate = OnDuplicate.SKIP
    decisions: Mapping[int, OnDuplicate] = field(default_factory=dict)
    create_neighbourhoods: bool = False
    valid_only: bool = False
    dry_run: bool = False
    backup: bool = True
    report_path: Path | None = None

    def decision(self, row: int) -> OnDuplicate:
        return self.decisions.get(row, self.on_duplicate)


@dataclass(frozen=True)
class RowResult:
    row: int  # as the user sees it in the source file
    outcome: Outcome
    label: str  # who or what the row is about
    reasons: tuple[str, ...] = ()
    record_id: int | None = None  # the existing record it matches or updates

    def message(self) -> str:
        """ "Row 14: not a valid e-mail" in the user's language."""
        reason = "; ".join(self.reasons) if self.reasons else _outcome_text(self.outcome)
        return _("Row {row}: {reason}").format(row=self.row, reason=reason)


def _outcome_text(outcome: Outcome) -> str:
    return {
        Outcome.NEW: _("new"),
        Outcome.UPDATE: _("update of an existing record"),
        Outcome.DUPLICATE: _("duplicate, skipped"),
        Outcome.ERROR: _("error"),
    }[outcome]


@dataclass(frozen=True)
class Preview:
    """Every row's outcome (up to ``MAX_ROWS_KEPT`` listed) and the counts of all."""

    kind: Kind
    detection: Detection
    header_row: int
    columns: tuple[Column, ...]
    rows: tuple[RowResult, ...]
    counts: Mapping[Outcome, int]
    total_rows: int
    new_neighbourhoods: tuple[str, ...]
    programme_id: int
    programme_name: str

    @property
    def rows_truncated(self) -> bool:
        return len(self.rows) < self.total_rows

    def count(self, outcome: Outcome) -> int:
        return self.counts.get(outcome, 0)

    def errors(self) -> tuple[RowResult, ...]:
        return tuple(r for r in self.rows if r.outcome is Outcome.ERROR)


@dataclass(frozen=True)
class ImportSummary:
    preview: Preview
    written: bool  # False for a dry run or when nothing could be imported
    created: int
    updated: int
    skipped: int
    left_out: int
    report_path: Path | None
    backup_path: Path | None

    @property
    def imported(self) -> int:
        return self.created + self.updated
