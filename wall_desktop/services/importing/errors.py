"""The importer's own typed errors: every failure a user can meet is one of these."""

from __future__ import annotations

from typing import TYPE_CHECKING

from wall_desktop.services.errors import WallError

if TYPE_CHECKING:
    from wall_desktop.services.importing.plan import Preview


class ImportError_(WallError):  # the builtin ImportError means something else
    """Base of the importer's errors; the database is unchanged when one is raised."""


class ImportFileError(ImportError_):
    """The file cannot be read as a table: empty, not a spreadsheet, damaged, wrong encoding."""


class ImportMappingError(ImportError_):
    """The columns of the file cannot be matched to the fields that are needed."""


class ImportRefused(ImportError_):
    """All-or-nothing import stopped because some rows have errors; nothing was written."""

    def __init__(self, message: str, preview: Preview) -> None:
        super().__init__(message)
        self.preview = preview
