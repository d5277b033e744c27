"""Importing people, training sessions and attendance from xlsx and csv files.

What a caller (the command line, the GUI's import wizard) uses:

- ``detect(path, sheet=, encoding=, delimiter=) -> Detection``: the format,
  csv encoding and separator, or the workbook's sheets, for the user to confirm;
- ``preview(ctx, kind, path, options, progress=, cancelled=) -> Preview``:
  every row as new / update / duplicate / error with its reasons, and the
  columns as matched (change them with ``ImportOptions.mapping``);
- ``run_import(ctx, kind, path, options, progress=, cancelled=) -> ImportSummary``:
  the import itself, all or nothing unless ``options.valid_only``; a dry run
  with ``options.dry_run``.

Every failure is an ``ImportError_`` (or another ``WallError``) with a message
for the user, and leaves the database unchanged.
"""

from wall_desktop.services.importing.engine import preview, run_import
from wall_desktop.services.importing.errors import (
    ImportError_,
    ImportFileError,
    ImportMappingError,
    ImportRefused,
)
from wall_desktop.services.importing.fields import FIELDS, Column, Kind, field_label
from wall_desktop.services.importing.plan import (
    ImportOptions,
    ImportSummary,
    OnDuplicate,
    Outcome,
    Preview,
    RowResult,
)
from wall_desktop.services.importing.reading import Detection, detect

__all__ = [
    "FIELDS",
    "Column",
    "Detection",
    "ImportError_",
    "ImportFileError",
    "ImportMappingError",
    "ImportOptions",
    "ImportRefused",
    "ImportSummary",
    "Kind",
    "OnDuplicate",
    "Outcome",
    "Preview",
    "RowResult",
    "detect",
    "field_label",
    "preview",
    "run_import",
]
