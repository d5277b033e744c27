"""Typed errors with messages meant for the user, already in the user's language."""

from __future__ import annotations

from collections.abc import Mapping


class WallError(Exception):
    """Base of every error a user may see; ``str(err)`` is the message to show."""


class NotFound(WallError):
    """A record named by id, UUID or name does not exist (or was deleted)."""


class ValidationError(WallError):
    """Input that breaks a rule; ``errors`` maps a field name (or "") to its message."""

    def __init__(self, errors: Mapping[str, str] | str) -> None:
        self.errors: dict[str, str] = {"": errors} if isinstance(errors, str) else dict(errors)
        super().__init__("; ".join(self.errors.values()))


class RuleViolation(WallError):
    """A change that the programme's rules refuse (over budget, locked project, ...)."""


class Conflict(WallError):
    """Someone else changed or deleted the record since it was read."""


class StorageError(WallError):
    """The database file cannot be opened or used as it is."""


class NotBuiltYet(WallError):
    """A command whose part of the program is not built yet."""


class Cancelled(WallError):
    """Long work stopped because the user pressed Cancel; nothing was written."""
