"""When the GUI should make an automatic backup: a decision with an injected clock.

After start-up (once the window is painted), at most every ``interval``
while data changes, and at exit when anything changed since the last one.
The GUI asks ``due(now, change_seq)`` on a timer and after saves, runs
``make_backup`` off the GUI thread when told to, and reports back with
``done`` or ``failed``.  Nothing here touches files or Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

DEFAULT_INTERVAL = timedelta(minutes=30)
RETRY_AFTER_FAILURE = timedelta(minutes=5)


class BackupReason(StrEnum):
    STARTUP = "startup"
    PERIODIC = "auto"
    EXIT = "exit"


@dataclass
class BackupScheduler:
    """``last_change_seq``: the database's change counter in its newest backup, if known."""

    interval: timedelta = DEFAULT_INTERVAL
    last_change_seq: int | None = None
    last_backup_at: datetime | None = None
    last_failure_at: datetime | None = None
    running: bool = False
    _started: bool = False

    def due(self, now: datetime, change_seq: int) -> BackupReason | None:
        """The backup to start now, if any (never two at once)."""
        if self.running:
            return None
        if self.last_failure_at is not None and now - self.last_failure_at < RETRY_AFTER_FAILURE:
            return None
        if not self._started:
            if change_seq == self.last_change_seq:
                self._started = True  # the newest backup already holds this state
                self.last_backup_at = self.last_backup_at or now
                return None
            return BackupReason.STARTUP
        if change_seq == self.last_change_seq:
            return None
        if self.last_backup_at is None or now - self.last_backup_at >= self.interval:
            return BackupReason.PERIODIC
        return None

    def due_at_exit(self, change_seq: int) -> bool:
        return change_seq != self.last_change_seq

    def started(self) -> None:
        self.running = True

    def done(self, now: datetime, change_seq: int) -> None:
        """A backup holding ``change_seq`` finished at ``now``."""
        self.running = False
        self._started = True
        self.last_backup_at = now
        self.last_change_seq = change_seq
        self.last_failure_at = None

    def failed(self, now: datetime) -> None:
        """The backup failed: try again after a pause, not on every tick."""
        self.running = False
        self._started = True
        self.last_failure_at = now
