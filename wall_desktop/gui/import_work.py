"""What the import wizard asks the importer, bundled per step and run in the worker.

No Qt here: each function is one call into ``services.importing`` (reading
the file's first rows, matching its header, a preview) shaped for a page.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from itertools import islice
from pathlib import Path

from wall_desktop.services.context import Context
from wall_desktop.services.importing import (
    Detection,
    ImportMappingError,
    ImportOptions,
    Kind,
    Outcome,
    Preview,
    detect,
    preview,
)
from wall_desktop.services.importing.fields import ColumnMap, map_columns
from wall_desktop.services.importing.reading import Row, iter_rows
from wall_desktop.services.importing.records import find_header
from wall_desktop.services.importing.values import is_empty

SAMPLE_ROWS = 40  # the header is looked for in the first 30 rows; a few data rows below it

ProgressFn = Callable[[int, int], None]
CancelledFn = Callable[[], bool]


@dataclass(frozen=True)
class Columns:
    """The header as matched (or, when matching failed, as read) and why it failed."""

    columns: ColumnMap | None
    error: str | None


@dataclass(frozen=True)
class FileLook:
    detection: Detection
    sample: tuple[Row, ...]
    match: Columns


def look_at_file(
    kind: Kind,
    path: Path,
    overrides: Mapping[str, str | None],
    *,
    sheet: str | None = None,
    encoding: str | None = None,
    delimiter: str | None = None,
) -> FileLook:
    """The file's format and first rows, and its header matched to the fields."""
    detection = detect(path, sheet=sheet, encoding=encoding, delimiter=delimiter)
    sample = tuple(islice(iter_rows(detection), SAMPLE_ROWS))
    return FileLook(detection, sample, match_columns(kind, detection, sample, overrides))


def match_columns(
    kind: Kind,
    detection: Detection,
    sample: tuple[Row, ...],
    overrides: Mapping[str, str | None],
) -> Columns:
    """The importer's own header matching; when it finds too little, the first non-blank
    row of the file as read, so the user can choose the columns themselves."""
    try:
        return Columns(find_header(kind, detection, overrides), None)
    except ImportMappingError as exc:
        first = next(((n, cells) for n, cells in sample if not all(map(is_empty, cells))), None)
        if first is None:
            return Columns(None, str(exc))
        try:
            return Columns(map_columns(kind, first[0], first[1], overrides), str(exc))
        except ImportMappingError:
            return Columns(None, str(exc))


@dataclass(frozen=True)
class PreviewLook:
    preview: Preview
    unknown_neighbourhoods: tuple[str, ...]  # named by the file, not in the programme


def preview_with_neighbourhoods(
    ctx: Context,
    kind: Kind,
    path: Path,
    options: ImportOptions,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> PreviewLook:
    """The preview; and, when neighbourhoods are not to be created and rows failed, a
    second dry pass that would create them, to learn which ones the file names.

    (``Preview`` lists the neighbourhoods an import creates, but not the unknown
    ones it refused; the second pass fills that gap.)
    """
    result = preview(ctx, kind, path, options, progress=progress, cancelled=cancelled)
    if options.create_neighbourhoods:
        return PreviewLook(result, result.new_neighbourhoods)
    if kind is Kind.ATTENDANCE or not result.count(Outcome.ERROR):
        return PreviewLook(result, ())
    probe = preview(
        ctx,
        kind,
        path,
        replace(options, create_neighbourhoods=True),
        progress=progress,
        cancelled=cancelled,
    )
    return PreviewLook(result, probe.new_neighbourhoods)
