"""Automatic backups on a timer, "Backup now" to a chosen folder, and restoring a backup.

``AutoBackup`` asks the scheduler (``services/backup_scheduler``) whether a
backup is due, on a timer and after saves, and makes it in the worker; the
window never waits for it except at exit, under a short progress dialog.
``RestoreDialog`` lists the backups; the chosen one is verified in the
worker and its counts are shown before the user confirms.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QEventLoop,
    QLocale,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QMessageBox,
    QProgressDialog,
    QTableWidgetItem,
    QWidget,
)

from wall_desktop.gui.designer.ui_restore_dialog import Ui_RestoreDialog
from wall_desktop.gui.worker import run_task
from wall_desktop.gui.workspace import Workspace
from wall_desktop.services import info
from wall_desktop.services.backup import (
    BackupInfo,
    RestoreResult,
    default_backup_folder,
    list_backups,
    make_backup,
    read_backup_info,
    restore_backup,
)
from wall_desktop.services.backup_scheduler import BackupScheduler
from wall_desktop.services.errors import WallError

Clock = Callable[[], datetime]
translate = QCoreApplication.translate  # a bare name lupdate reads with its context
TICK_MS = 60_000  # how often the scheduler is asked while the window is open
AFTER_SAVE_MS = 1_500  # a burst of saves asks once

# What the restore dialog counts, in this order (table names of the database).
COUNTED = (
    ("programme", QT_TRANSLATE_NOOP("backup", "Programme editions")),
    ("neighbourhood", QT_TRANSLATE_NOOP("backup", "Neighbourhoods")),
    ("person", QT_TRANSLATE_NOOP("backup", "People")),
    ("training_session", QT_TRANSLATE_NOOP("backup", "Training sessions")),
    ("attendance", QT_TRANSLATE_NOOP("backup", "Attendance marks")),
    ("project", QT_TRANSLATE_NOOP("backup", "Projects")),
    ("expense", QT_TRANSLATE_NOOP("backup", "Expenses")),
    ("certificate", QT_TRANSLATE_NOOP("backup", "Certificates")),
)


def utc_now() -> datetime:
    return datetime.now(UTC)


def reason_text(reason: str) -> str:
    names = {
        "auto": translate("backup", "automatic"),
        "startup": translate("backup", "at start"),
        "exit": translate("backup", "at exit"),
        "manual": translate("backup", "made by hand"),
        "before-restore": translate("backup", "before a restore"),
        "before-import": translate("backup", "before an import"),
        "before-migration": translate("backup", "before an update"),
        "before-merge": translate("backup", "before a merge"),
        "before-erasure": translate("backup", "before erasing data"),
        "copy": translate("backup", "copy"),
    }
    return names.get(reason, reason)


def when_text(moment: datetime) -> str:
    local = moment.astimezone()
    day = QDate(local.year, local.month, local.day)
    return QLocale().toString(day, QLocale.FormatType.ShortFormat) + local.strftime(" %H:%M")


def size_text(size: int) -> str:
    # "1,3 MB" as people read it, not "1,3 MiB"
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


def counts_text(backup: BackupInfo) -> str:
    return "\n".join(
        f"{translate('backup', str(label))}: {backup.counts.get(table, 0)}"
        for table, label in COUNTED
        if table in backup.counts
    )


# --- automatic backups ---------------------------------------------------------------


class AutoBackup(QObject):
    """Makes the automatic backups of one window's database (never two at once)."""

    finished = Signal(object)  # the BackupInfo made
    failed = Signal(str)  # the message shown to the user

    def __init__(
        self,
        workspace: Workspace,
        parent: QObject | None = None,
        *,
        clock: Clock = utc_now,
        scheduler: BackupScheduler | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.clock = clock
        self.scheduler = scheduler or BackupScheduler()
        self.stopped = False
        self._asking = False
        self._primed = False
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.check)
        self.after_save = QTimer(self)
        self.after_save.setSingleShot(True)
        self.after_save.setInterval(AFTER_SAVE_MS)
        self.after_save.timeout.connect(self.check)

    @property
    def enabled(self) -> bool:
        ws = self.workspace
        return not self.stopped and ws.path is not None and not ws.read_only

    def start(self) -> None:
        """The first check now (after painting), then on the timer."""
        if self.enabled:
            self.timer.start()
            self.check()

    def stop(self) -> None:
        self.stopped = True
        self.timer.stop()
        self.after_save.stop()

    def saved(self) -> None:
        """Something was saved: ask soon (a burst of saves asks once)."""
        if self.enabled and self._primed:
            self.after_save.start()

    def check(self) -> None:
        if not self.enabled or self._asking or self.scheduler.running:
            return
        self._asking = True
        ctx, path, prime = self.workspace.ctx, self.workspace.path, not self._primed

        def read() -> tuple[int, int | None]:
            seq = info.database_state(ctx).change_seq  # one row; no table counted
            newest = None
            if prime and path is not None:
                # the newest backup may already hold this state: no backup at start then
                found = list_backups(path)
                newest = found[0].change_seq if found else None
            return seq, newest

        run_task(read, self._decide, self._not_read)

    def _not_read(self, _error: BaseException) -> None:
        self._asking = False  # the tab that reads the same data shows the problem

    def _decide(self, pair: tuple[int, int | None]) -> None:
        self._asking = False
        seq, newest = pair
        if not self._primed:
            self._primed = True
            self.scheduler.last_change_seq = newest
        if not self.enabled:
            return
        reason = self.scheduler.due(self.clock(), seq)
        if reason is None:
            return
        self.scheduler.started()
        path, clock = self.workspace.path, self.clock
        assert path is not None
        run_task(
            lambda: make_backup(path, reason=reason.value, clock=clock),
            self._made,
            self._backup_failed,
        )

    def _made(self, made: BackupInfo) -> None:
        self.scheduler.done(self.clock(), made.change_seq or 0)
        self.finished.emit(made)

    def _backup_failed(self, error: BaseException) -> None:
        self.scheduler.failed(self.clock())
        self.failed.emit(failure_text(error))

    def at_exit(self, parent: QWidget | None) -> BackupInfo | None:
        """Before closing: a backup if anything changed since the last one (a short wait)."""
        if not self.enabled:
            return None
        self.stop()
        if self.scheduler.running:  # an automatic backup is being written: let it finish
            waiting = QEventLoop()
            self.finished.connect(waiting.quit)
            self.failed.connect(waiting.quit)
            waiting.exec()
        ctx, path, clock = self.workspace.ctx, self.workspace.path, self.clock
        assert path is not None
        outcome: dict[str, Any] = {}

        def work() -> BackupInfo | None:
            if not self.scheduler.due_at_exit(info.database_state(ctx).change_seq):
                return None
            return make_backup(path, reason="exit", clock=clock)

        dialog = QProgressDialog(
            translate("backup", "Making a backup before closing…"), "", 0, 0, parent
        )
        dialog.setObjectName("exit_backup_progress")
        dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.setMinimumDuration(300)
        loop = QEventLoop()

        def finish(key: str, value: object) -> None:
            outcome[key] = value
            loop.quit()

        run_task(
            work,
            lambda made: finish("made", made),
            lambda error: finish("error", error),
        )
        if not outcome:
            loop.exec()
        dialog.close()
        dialog.deleteLater()
        if "error" in outcome:
            QMessageBox.warning(parent, "WALL Desktop", failure_text(outcome["error"]))
            return None
        made = outcome.get("made")
        return made if isinstance(made, BackupInfo) else None


def failure_text(error: BaseException) -> str:
    if isinstance(error, WallError):
        return str(error)
    return translate("backup", "The backup was not made: {error}").replace("{error}", str(error))


# --- backup now ----------------------------------------------------------------------


def backup_now(parent: QWidget, workspace: Workspace) -> None:
    """Ask for a folder (a USB stick) and make a verified backup there."""
    path = workspace.path
    if path is None:
        return
    folder = QFileDialog.getExistingDirectory(
        parent,
        translate("backup", "Where should the backup go?"),
        str(default_backup_folder(path).parent),
    )
    if not folder:
        return
    chosen = Path(folder)

    def made(result: BackupInfo) -> None:
        QMessageBox.information(
            parent,
            translate("backup", "Backup made"),
            translate("backup", "The backup was made and checked:\n{path}\n\n{counts}")
            .replace("{path}", str(result.path))
            .replace("{counts}", counts_text(result)),
        )

    def refused(error: BaseException) -> None:
        QMessageBox.warning(parent, translate("backup", "Backup not made"), failure_text(error))

    run_task(
        lambda: make_backup(path, reason="manual", folder=chosen),
        made,
        refused,
        progress_parent=parent,
        progress_label=translate("backup", "Making a backup…"),
    )


# --- restore -------------------------------------------------------------------------


class RestoreDialog(QDialog):
    """The database's backups, newest first; the chosen one is checked and counted."""

    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RestoreDialog()
        self.ui.setupUi(self)
        self.db_path = db_path
        self.backups: list[BackupInfo] = []
        self.checked: dict[Path, BackupInfo] = {}
        self.chosen: BackupInfo | None = None
        self.table = self.ui.backups
        self.table.setHorizontalHeaderLabels(
            [translate("backup", "Made"), translate("backup", "Why"), translate("backup", "Size")]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._selected)
        self.details = self.ui.backup_details
        self.other_button = self.ui.other_button
        self.other_button.clicked.connect(self.pick_file)
        self.buttons = self.ui.buttons
        self.restore_button = self.buttons.addButton(
            translate("backup", "Restore…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setObjectName("restore_button")
        self.restore_button.setEnabled(False)
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        self.load()

    def load(self) -> None:
        path = self.db_path
        run_task(lambda: list_backups(path), self._fill, self._failed)

    def _fill(self, backups: list[BackupInfo]) -> None:
        self.backups = list(backups)
        self.table.setRowCount(len(self.backups))
        for row, backup in enumerate(self.backups):
            size = QTableWidgetItem(size_text(backup.size))
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 0, QTableWidgetItem(when_text(backup.taken_at)))
            self.table.setItem(row, 1, QTableWidgetItem(reason_text(backup.reason)))
            self.table.setItem(row, 2, size)
        if self.backups:
            self.table.selectRow(0)
        else:
            self.details.setText(
                translate(
                    "backup", "No backups were found in {folder}. Use “Other file…” to pick one."
                ).replace("{folder}", str(default_backup_folder(self.db_path)))
            )

    def _failed(self, error: BaseException) -> None:
        self.details.setText(failure_text(error))

    def pick_file(self) -> None:
        name, _f = QFileDialog.getOpenFileName(
            self,
            translate("backup", "Backup file"),
            str(self.db_path.parent),
            translate("backup", "WALL backup (*.sqlite)"),
        )
        if name:
            self._fill([read_backup_info(Path(name)), *self.backups])

    def current(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def _selected(self) -> None:
        backup = self.current()
        self.restore_button.setEnabled(False)
        if backup is None:
            self.details.clear()
            return
        if backup.path in self.checked:
            self._show(self.checked[backup.path])
            return
        self.details.setText(translate("backup", "Checking the backup…"))
        run_task(
            lambda: read_backup_info(backup.path, verify=True),
            self._verified,
            self._failed,
        )

    def _verified(self, backup: BackupInfo) -> None:
        self.checked[backup.path] = backup
        current = self.current()
        if current is not None and current.path == backup.path:
            self._show(backup)

    def _show(self, backup: BackupInfo) -> None:
        head = f"<b>{when_text(backup.taken_at)}</b> — {reason_text(backup.reason)}"
        if not backup.verified:
            problem = backup.problem or "?"
            self.details.setText(
                head
                + "<br><br>"
                + translate("backup", "This backup failed its check: {problem}").replace(
                    "{problem}", html.escape(problem)
                )
            )
            return
        rows = "".join(
            f"<tr><td>{html.escape(translate('backup', str(label)))}</td>"
            f"<td align='right'>&nbsp;&nbsp;{backup.counts.get(table, 0)}</td></tr>"
            for table, label in COUNTED
            if table in backup.counts
        )
        lines = f"<table cellspacing='0' cellpadding='1'>{rows}</table>"
        self.details.setText(
            head
            + "<br>"
            + translate("backup", "Checked: sound.")
            + "<br><br>"
            + lines
            + "<br><br><small>"
            + html.escape(str(backup.path))
            + "</small>"
        )
        self.restore_button.setEnabled(True)

    def confirm(self) -> None:
        current = self.current()
        backup = self.checked.get(current.path) if current is not None else None
        if backup is None or not backup.verified:
            return
        box = QMessageBox(self)
        box.setObjectName("confirm_restore")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(translate("backup", "Restore from backup"))
        box.setText(
            translate("backup", "Go back to the backup of {when}?").replace(
                "{when}", when_text(backup.taken_at)
            )
        )
        box.setInformativeText(
            translate(
                "backup",
                "Changes made after it will not be in the database. The database as it "
                "is now is backed up first, so this can be undone by restoring that backup.",
            )
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        if box.exec() == QMessageBox.StandardButton.Yes:
            self.chosen = backup
            self.accept()


def restore_into(
    parent: QWidget,
    workspace: Workspace,
    backup: BackupInfo,
    reopen: Callable[[], None],
    before: Callable[[], None] | None = None,
) -> None:
    """Close the database, restore ``backup`` over it (the worker), then ``reopen``.

    ``reopen`` runs whether or not the restore worked: the window must not keep
    a closed database.
    """
    path = workspace.path
    if path is None:
        return
    if before is not None:
        before()
    workspace.close()  # releases the writer lock, which the restore takes itself
    operator = workspace.operator

    def restored(result: RestoreResult) -> None:
        lines = counts_text(backup)
        text = translate("backup", "The database was restored from the backup of {when}.").replace(
            "{when}", when_text(backup.taken_at)
        )
        if result.before_restore is not None:
            text += "\n" + translate("backup", "The database as it was is kept as {path}.").replace(
                "{path}", str(result.before_restore)
            )
        QMessageBox.information(parent, translate("backup", "Restored"), text + "\n\n" + lines)
        reopen()

    def refused(error: BaseException) -> None:
        QMessageBox.warning(parent, translate("backup", "Not restored"), failure_text(error))
        reopen()

    run_task(
        lambda: restore_backup(path, backup.path, operator=operator),
        restored,
        refused,
        progress_parent=parent,
        progress_label=translate("backup", "Restoring the backup…"),
    )
